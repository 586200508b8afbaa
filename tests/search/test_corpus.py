"""End to end on real multilingual text (../shared/corpus, read at run time)."""

from __future__ import annotations

import random
import re
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import MemoryStore

from archive_app.search.analysis import WORD_RE, normalize_word
from archive_app.search.index import SearchIndex
from archive_app.search.protocol import IndexableDoc
from archive_app.search.query import MIN_FOLD_KEY
from archive_app.search.stemming import stem
from archive_app.search.variants import variant_key

LANGS = ("be", "ru", "uk", "pl", "en", "be-latn")
UDHR = {"be": "bel", "ru": "rus", "uk": "ukr", "pl": "pol", "en": "eng"}


def corpus_docs(corpus: Path) -> list[IndexableDoc]:
    docs = []
    for lang in LANGS:
        for path in sorted((corpus / "text" / lang).glob("*.txt")):
            docs.append(IndexableDoc(path.stem, path.stem, path.read_text("utf-8"), language=lang))
    for lang, code in UDHR.items():
        path = corpus / "udhr" / f"udhr_{code}.txt"
        docs.append(IndexableDoc(f"udhr_{lang}", "UDHR", path.read_text("utf-8"), language=lang))
    return docs


@pytest.fixture(scope="module")
def corpus_index(corpus_dir: Path) -> tuple[SearchIndex, MemoryStore, list[IndexableDoc]]:
    store = MemoryStore()
    docs = corpus_docs(corpus_dir)
    for doc in docs:
        store.put(doc)
    index = SearchIndex.in_memory(store)
    index.catch_up()
    return index, store, docs


def containing(docs: list[IndexableDoc], pattern: str) -> set[str]:
    rx = re.compile(pattern, re.IGNORECASE)
    return {d.id for d in docs if rx.search(d.text)}


@pytest.mark.parametrize("query", ["Lukashenko", "Лукашэнка", "Łukaszenka", "Лукашенко"])
def test_a_name_in_any_spelling_finds_every_script(corpus_index, query: str) -> None:  # type: ignore[no-untyped-def]
    index, _, docs = corpus_index
    expected = containing(docs, r"\b(Лукашэнк|Лукашенк|Lukashenk|Łukaszenk|Łukašenk)")
    assert len(expected) >= 5
    found = {h.id for h in index.search(query, limit=1000).hits}
    assert expected <= found
    assert len(found - expected) <= len(expected) // 5  # few others (Лукашевич, …)


def test_udhr_in_five_languages_meets_on_one_query(corpus_index) -> None:  # type: ignore[no-untyped-def]
    index, _, _ = corpus_index
    # Cognates across scripts: правы/права/prawa; stemmed and folded alike.
    found = {h.id for h in index.search("правы", limit=1000).hits}
    assert {"udhr_be", "udhr_ru", "udhr_uk", "udhr_pl"} <= found


def test_search_is_fast_and_snippets_mark_hits(corpus_index) -> None:  # type: ignore[no-untyped-def]
    index, store, _ = corpus_index
    results = index.search("Беларусь", text_for=store.text, limit=10, facets=True)
    assert results.total >= 50 and results.seconds < 1.0
    marked = [h.snippet.marked() for h in results.hits if h.snippet]
    assert len(marked) == 10 and all("[" in m for m in marked)
    assert dict(results.facets["language"])["be"] >= 40


def test_variant_key_precision_on_real_words(corpus_dir: Path) -> None:
    """A random real word's key is shared with few other stems (figure in RESULTS.md)."""
    by_key: dict[str, set[str]] = defaultdict(set)
    forms: list[tuple[str, str]] = []
    for path in sorted((corpus_dir / "text").glob("*/*.txt")):
        for match in WORD_RE.finditer(path.read_text("utf-8")):
            word = normalize_word(match.group())
            if word.isalpha() and len(word) >= 3:
                forms.append((variant_key(word), stem(word)))
    for key, s in forms:
        by_key[key].add(s)
    distinct = sorted(set(forms))
    sample = random.Random(4).sample(distinct, 2000)
    others = [len(by_key[k] - {s}) if len(k) >= MIN_FOLD_KEY else 0 for k, s in sample]
    assert sum(others) / len(others) < 1.5
    assert sum(1 for n in others if n == 0) / len(others) > 0.6
