"""Precision of the variant key on real text: how many unrelated words share a word's key.

For every distinct word form of the corpus (../shared/corpus/text and udhr), the key groups
word forms; a key that groups forms of *different stems* merges words the stemmer kept
apart. For a random word form we count the other stems sharing its key: overall (cognates
across languages, like свабода/свобода, count too — often wanted), and within one language
(where a shared key is more likely a false merge). A plain transliteration key (Cyrillic to
Latin, diacritics dropped, no folding) is the baseline.

Usage: python bench/search/precision.py [CORPUS_DIR]
"""

from __future__ import annotations

import random
import statistics
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from archive_app.search.analysis import WORD_RE, normalize_word
from archive_app.search.query import MIN_FOLD_KEY
from archive_app.search.stemming import stem
from archive_app.search.variants import _CYRILLIC, variant_key

LANGS = ("be", "ru", "uk", "pl", "en", "be-latn")


def corpus_words(corpus: Path) -> dict[str, set[str]]:
    """Distinct normalised word forms per language."""
    words: dict[str, set[str]] = defaultdict(set)
    for lang in LANGS:
        paths = list((corpus / "text" / lang).glob("*.txt"))
        udhr = {"be": "bel", "ru": "rus", "uk": "ukr", "pl": "pol", "en": "eng"}.get(lang)
        if udhr:
            paths.append(corpus / "udhr" / f"udhr_{udhr}.txt")
        for path in paths:
            for match in WORD_RE.finditer(path.read_text(encoding="utf-8")):
                word = normalize_word(match.group())
                if word.isalpha() and len(word) >= 3:
                    words[lang].add(word)
    return words


def plain_key(word: str) -> str:
    latin = word.translate(_CYRILLIC)
    return "".join(c for c in unicodedata.normalize("NFD", latin) if not unicodedata.combining(c))


def measure(words: dict[str, set[str]], key_fn, sample: int = 2000) -> dict[str, float]:  # type: ignore[no-untyped-def]
    by_key: dict[str, set[tuple[str, str]]] = defaultdict(set)  # key -> {(lang, stem)}
    entries = []
    for lang, forms in sorted(words.items()):
        for w in sorted(forms):
            k, s = key_fn(w), stem(w)
            by_key[k].add((lang, s))
            entries.append((lang, w, k, s))
    rng = random.Random(4)
    picked = rng.sample(entries, min(sample, len(entries)))
    other_all = [len({s for _, s in by_key[k]} - {s}) for _, _, k, s in picked]
    # At query time keys shorter than MIN_FOLD_KEY are not used (unless in the table).
    effective = [
        n if len(k) >= MIN_FOLD_KEY else 0
        for n, (_, _, k, _) in zip(other_all, picked, strict=True)
    ]
    other_lang = [len({s for l2, s in by_key[k] if l2 == lang} - {s}) for lang, _, k, s in picked]
    return {
        "forms": len(entries),
        "keys": len(by_key),
        "mean_other_stems": statistics.mean(other_all),
        "median_other_stems": statistics.median(other_all),
        "p95_other_stems": sorted(other_all)[int(0.95 * len(other_all))],
        "share_no_collision": sum(1 for n in other_all if n == 0) / len(other_all),
        "mean_other_stems_as_queried": statistics.mean(effective),
        "p95_other_stems_as_queried": sorted(effective)[int(0.95 * len(effective))],
        "share_no_collision_as_queried": sum(1 for n in effective if n == 0) / len(effective),
        "mean_other_stems_same_language": statistics.mean(other_lang),
        "share_no_collision_same_language": sum(1 for n in other_lang if n == 0) / len(other_lang),
    }


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpus")
    words = corpus_words(corpus)
    for name, fn in (("variant_key", variant_key), ("plain transliteration", plain_key)):
        print(name)
        for k, v in measure(words, fn).items():
            print(f"  {k}: {v:.3f}" if isinstance(v, float) else f"  {k}: {v}")


if __name__ == "__main__":
    main()
