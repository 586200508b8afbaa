"""Language detection on the corpus's Belarusian, Russian, Ukrainian, Polish and English prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.ingest.language import detect_language

LANGS = ("be", "ru", "uk", "pl", "en")


def _docs(corpus_dir: Path, lang: str) -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((corpus_dir / "text" / lang).glob("*.txt"))]
    return [t for t in texts if len(t) >= 200]


@pytest.mark.parametrize("lang", LANGS)
def test_accuracy_per_language_is_at_least_95_percent(corpus_dir: Path, lang: str) -> None:
    docs = _docs(corpus_dir, lang)
    assert len(docs) >= 50
    right = sum(detect_language(t) == lang for t in docs)
    assert right / len(docs) >= 0.95, f"{lang}: {right}/{len(docs)}"


def test_overall_accuracy(corpus_dir: Path) -> None:
    total = right = 0
    for lang in LANGS:
        for text in _docs(corpus_dir, lang):
            total += 1
            right += detect_language(text) == lang
    # Measured 677/679 (99.7 %) when written; 98 % leaves room, not slack for a regression.
    assert right / total >= 0.98


def test_parallel_russian_is_russian_and_not_belarusian(corpus_dir: Path) -> None:
    docs = _docs(corpus_dir, "parallel-pud/ru")
    assert sum(detect_language(t) == "ru" for t in docs) >= 0.95 * len(docs)


def test_lacinka_is_belarusian(corpus_dir: Path) -> None:
    for path in (corpus_dir / "text" / "be-latn").glob("*messages.txt"):
        assert detect_language(path.read_text("utf-8")) == "be", path.name


def test_udhr_article_one(corpus_dir: Path) -> None:
    expected = {"bel": "be", "rus": "ru", "ukr": "uk", "pol": "pl", "eng": "en"}
    found = 0
    for path in sorted((corpus_dir.parent / "corpus" / "udhr").glob("*.txt")):
        code = next((c for c in expected if c in path.name), None)
        if code is None:
            continue
        found += 1
        assert detect_language(path.read_text("utf-8")) == expected[code], path.name
    assert found >= 5


def test_short_and_empty() -> None:
    assert detect_language("") is None
    assert detect_language("12 34 !!") is None
    assert detect_language("Жыве Беларусь! Мы ўсе разам.") == "be"
    assert detect_language("Слава Україні! Ми всі разом, і це наша земля.") == "uk"
    assert detect_language("Мы все вместе, и это наша земля.") == "ru"
