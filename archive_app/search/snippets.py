"""Highlighted snippets, made lazily from text the caller fetched, for visible hits only.

Highlighting is most of Whoosh's query time when done its way (re-analysing stored bodies
and, for fuzzy queries, re-expanding every fuzzy term over the vocabulary), so Letapis keeps
bodies out of the index and highlights from the search's *matched terms*: the stems and
variant keys that actually matched that document. A word of the text is a hit when its stem
or its variant key is one of them, which also highlights Лукашэнка in a document found by
the query Lukashenko.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from archive_app.search.analysis import WORD_RE, split_words, term_forms

STEM_FIELDS = frozenset(("title", "body", "files"))
FOLD_FIELDS = frozenset(("fold",))
#: Texts are scanned up to this many characters for hits (a snippet, not a reader view).
SCAN_LIMIT = 200_000


@dataclass(frozen=True)
class Snippet:
    """A short passage of a document with the hits marked.

    Attributes:
        text: the passage (plain text; "…" where it was cut).
        highlights: ``(start, end)`` offsets of the hits inside ``text``.
    """

    text: str
    highlights: tuple[tuple[int, int], ...] = ()

    def marked(self, start: str = "[", end: str = "]") -> str:
        """The passage with every hit wrapped in ``start``/``end`` (e.g. ANSI or HTML)."""
        out, last = [], 0
        for a, b in self.highlights:
            out += [self.text[last:a], start, self.text[a:b], end]
            last = b
        out.append(self.text[last:])
        return "".join(out)


def make_snippet(text: str, matched: Iterable[tuple[str, str]], *, width: int = 240) -> Snippet:
    """The passage of ``text`` of about ``width`` characters with the most distinct hits.

    Args:
        text: the document's text as the reader shows it.
        matched: ``(field, term)`` pairs that matched the document.
        width: the passage length in characters.
    """
    scanned = text[:SCAN_LIMIT]
    hits = find_hits(scanned, matched)
    if not hits:
        return _cut(scanned, 0, width, [])
    best_start, best_score, j = hits[0][0], -1, 0
    for i, (start, _end, _term) in enumerate(hits):
        # Window [start, start + width): count distinct terms first, then hits.
        j = max(j, i)
        while j + 1 < len(hits) and hits[j + 1][1] <= start + width:
            j += 1
        window = hits[i : j + 1]
        score = len({t for _, _, t in window}) * 1000 + len(window)
        if score > best_score:
            best_start, best_score = start, score
    # Start a little before the first hit so it is read in context.
    lead = min(width // 4, best_start)
    return _cut(scanned, best_start - lead, width, hits)


def find_hits(text: str, matched: Iterable[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, term)`` of every word of ``text`` whose stem or variant key is one of
    the ``matched`` terms, in text order (``term`` is the matched stem or key).

    The words of a long text are mostly not hits: the text is split in C (``findall``), each
    distinct word is analysed once, and only the words that match are looked for again
    (``str.find``), each occurrence kept if it is a whole word as :data:`WORD_RE` splits
    the text. The same hits as analysing every word in turn (tests/search/test_snippets.py),
    in about half the time.
    """
    pairs = list(matched)
    stems = {t for f, t in pairs if f in STEM_FIELDS}
    keys = {t for f, t in pairs if f in FOLD_FIELDS}
    if not stems and not keys:
        return []
    wanted: dict[str, str] = {}
    for word in set(split_words(text)):
        forms = term_forms(word)
        if forms is None:
            continue
        stem, key, _normal = forms
        if stem in stems:
            wanted[word] = stem
        elif key in keys:
            wanted[word] = key
    hits = []
    for word, term in wanted.items():
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if _whole_word(text, start, end):
                hits.append((start, end, term))
            start = text.find(word, start + 1)
    hits.sort()
    return hits


def _word_char(ch: str) -> bool:
    # WORD_RE's letters: [^\W_] (str.isalnum) and the combining marks U+0300–U+036F.
    return ch.isalnum() or "\u0300" <= ch <= "\u036f"


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one word of :data:`WORD_RE`, not a piece of one."""
    if start > 0:
        before = text[start - 1]
        if _word_char(before):
            return False
        if before in "'’ʼ" and start > 1 and _word_char(text[start - 2]):
            return False
    found = WORD_RE.match(text, start)
    return found is not None and found.end() == end


def _cut(text: str, start: int, width: int, hits: list[tuple[int, int, str]]) -> Snippet:
    start = max(0, start)
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    body = " ".join(text[start:end].split("\n"))
    marks = tuple(
        (a - start + len(prefix), b - start + len(prefix))
        for a, b, _ in hits
        if a >= start and b <= end
    )
    return Snippet(prefix + body + suffix, marks)
