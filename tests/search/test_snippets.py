"""Snippet hits: the fast search for matching words finds exactly the words that analysing
every word in turn finds (the definition), on generated text and on the real corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from archive_app.search.analysis import WORD_RE, term_forms
from archive_app.search.snippets import FOLD_FIELDS, STEM_FIELDS, find_hits, make_snippet


def iter_words(text: str) -> Iterator[tuple[int, int, tuple[str, str, str]]]:
    """The definition: every word WORD_RE finds, analysed in turn, with its offsets."""
    for match in WORD_RE.finditer(text):
        forms = term_forms(match.group())
        if forms is not None:
            yield match.start(), match.end(), forms


def reference(text: str, matched: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    stems = {t for f, t in matched if f in STEM_FIELDS}
    keys = {t for f, t in matched if f in FOLD_FIELDS}
    return [
        (a, b, stem if stem in stems else key)
        for a, b, (stem, key, _w) in iter_words(text)
        if stem in stems or key in keys
    ]


def matched_for(words: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for word in words:
        forms = term_forms(word)
        if forms is not None:
            pairs += [("body", forms[0]), ("fold", forms[1])]
    return pairs


# Letters of several scripts, combining marks, apostrophes, digits, "_" and separators: the
# places where "is this a whole word" can go wrong.
_ALPHABET = st.sampled_from(
    [*"abcлукашэнаіўЛ'’ʼ_ -.\n0123", "\u0301", "\u0300", "ё", "Ł", "ŭ", "ß", "ǅ"]
)


@settings(max_examples=600, deadline=None)
@given(st.text(_ALPHABET, max_size=80), st.data())
def test_find_hits_equals_word_by_word_analysis(text: str, data: st.DataObject) -> None:
    # Matched words: pieces of the text itself (so that some are found inside longer words,
    # after an apostrophe or a combining mark) and a few words of its own.
    cuts = st.tuples(st.integers(0, len(text)), st.integers(1, 8))
    pieces = [text[a : a + n] for a, n in data.draw(st.lists(cuts, max_size=6))]
    words = data.draw(st.lists(st.text(_ALPHABET, min_size=1, max_size=8), max_size=3))
    matched = matched_for(pieces + words)
    assert find_hits(text, matched) == reference(text, matched)


_PIECES = st.sampled_from(["b", "ab", "лук", "Лук", "ё", "e\u0301", "1", "ŭ", "ß", "ss"])
_GLUE = st.sampled_from([" ", "'", "’", "ʼ", "-", "_", "\u0301", "\u0300", "", "\n"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), max_size=14), st.lists(_PIECES, max_size=4))
def test_find_hits_where_words_repeat_inside_other_words(
    parts: list[tuple[str, str]], words: list[str]
) -> None:
    # A few short pieces glued in every way: the same word stands alone and inside longer
    # words, after apostrophes, underscores and combining marks.
    text = "".join(piece + glue for piece, glue in parts)
    matched = matched_for(words + [piece for piece, _glue in parts[:3]])
    assert find_hits(text, matched) == reference(text, matched)


def test_find_hits_on_the_real_corpus(corpus_dir: Path) -> None:
    folders = sorted(p for p in (corpus_dir / "text").iterdir() if p.is_dir())
    texts = [path for folder in folders for path in sorted(folder.rglob("*.txt"))[:3]]
    assert len(texts) >= 12, "corpus texts missing"
    for path in texts:
        text = path.read_text("utf-8", errors="replace")
        words = [w for _a, _b, (_s, _k, w) in list(iter_words(text))[5:400:37]]
        matched = matched_for(words)
        assert find_hits(text, matched) == reference(text, matched), path.name
        snippet = make_snippet(text, matched)
        assert snippet.highlights, path.name


def test_a_name_in_another_spelling_is_marked() -> None:
    matched = matched_for(["Lukashenko"])
    text = "Учора Лукашэнка сказаў; Łukašenka i Lukashenko's people; Lukashenkoville no."
    marked = make_snippet(text, matched).marked()
    assert "[Лукашэнка]" in marked and "[Łukašenka]" in marked and "[Lukashenko's]" in marked
    assert "[Lukashenkoville" not in marked
