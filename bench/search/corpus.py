"""A deterministic multilingual corpus generator for the search benchmarks.

Documents are assembled at run time from sentences of ../shared/corpus/text (nothing of it
is copied into the repository): a language by realistic weights, a length drawn from a
log-normal distribution (median about 1,500 characters, a long tail to 40,000), names of
Belarusian public life in one of their real spellings, and metadata (type, date, tags,
collection, attachments).
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator
from pathlib import Path

from archive_app.search.protocol import IndexableDoc

LANG_WEIGHTS = {"be": 0.35, "ru": 0.25, "en": 0.15, "uk": 0.1, "pl": 0.1, "be-latn": 0.05}
NAMES = {
    "be": ["Лукашэнка", "Лукашэнкі", "Ціханоўская", "Ціханоўскай", "Бабарыка", "Калеснікава",
           "Гродна", "Менск", "Мінску", "Бяляцкі", "Вясны", "Курапаты"],
    "ru": ["Лукашенко", "Лукашенка", "Тихановская", "Тихановской", "Бабарико", "Колесникова",
           "Гродно", "Минске", "Беляцкий", "Весна", "Куропаты"],
    "uk": ["Лукашенко", "Тихановська", "Київ", "Києві", "Мінськ", "Гродно"],
    "pl": ["Łukaszenka", "Łukaszenki", "Cichanouska", "Babaryka", "Kalesnikawa", "Grodno",
           "Mińsku", "Białoruś", "Białorusi", "Bialacki", "Wiosna", "Kijów"],
    "en": ["Lukashenka", "Lukashenko's", "Tsikhanouskaya", "Tikhanovskaya", "Babaryka",
           "Kalesnikava", "Hrodna", "Grodno", "Minsk", "Bialiatski", "Viasna", "Kyiv", "Kiev"],
    "be-latn": ["Łukašenka", "Cichanoŭskaja", "Babaryka", "Horadnia", "Miensk", "Viasna"],
}  # fmt: skip
TYPES = ("statement", "letter", "evidence", "other")
TAGS = ("protest", "prisoners", "elections", "repression", "media", "exile", "history", "law")
COLLECTIONS = ("2020 elections", "Political prisoners", "Press", "Testimonies", None)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def load_sentences(corpus: Path) -> dict[str, list[str]]:
    """Sentences per language from the shared corpus."""
    out: dict[str, list[str]] = {}
    for lang in LANG_WEIGHTS:
        sentences: list[str] = []
        for path in sorted((corpus / "text" / lang).glob("*.txt")):
            text = " ".join(path.read_text("utf-8").split())
            sentences += [s for s in _SENTENCE.split(text) if 20 <= len(s) <= 600]
        out[lang] = sentences
    return out


def generate(n: int, sentences: dict[str, list[str]], seed: int = 7) -> Iterator[IndexableDoc]:
    """``n`` documents, always the same ones for the same seed."""
    rng = random.Random(seed)
    langs = list(LANG_WEIGHTS)
    weights = list(LANG_WEIGHTS.values())
    for i in range(n):
        lang = rng.choices(langs, weights)[0]
        pool = sentences[lang]
        target = min(40_000, int(math.exp(rng.gauss(math.log(1500), 0.9))))
        parts: list[str] = []
        size = 0
        start = rng.randrange(len(pool))
        while size < target:
            if rng.random() < 0.7:  # runs of consecutive sentences read like real text
                sentence = pool[(start + len(parts)) % len(pool)]
            else:
                sentence = rng.choice(pool)
            if rng.random() < 0.08:
                sentence = f"{sentence} {rng.choice(NAMES[lang])}."
            parts.append(sentence)
            size += len(sentence) + 1
        text = " ".join(parts)
        title = " ".join(parts[0].split()[:8])
        year = rng.randint(2015, 2025)
        yield IndexableDoc(
            id=f"doc{i:06d}",
            title=title,
            text=text,
            type=rng.choice(TYPES),
            language=lang,
            date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            tags=rng.sample(TAGS, rng.randint(0, 3)),
            collection=rng.choice(COLLECTIONS),
            has_attachments=rng.random() < 0.2,
            file_names=[f"scan_{i}.pdf"] if rng.random() < 0.2 else [],
        )


class GeneratedStore:
    """A RecordStore over the generator: streams documents, never holds them all."""

    def __init__(self, n: int, sentences: dict[str, list[str]], seed: int = 7) -> None:
        self.n = n
        self.sentences = sentences
        self.seed = seed

    def current_change(self) -> int:
        return self.n

    def changes_since(self, counter: int) -> Iterator[tuple[str, int, IndexableDoc | None]]:
        for change, doc in enumerate(generate(self.n, self.sentences, self.seed), start=1):
            if change > counter:
                yield doc.id, change, doc
