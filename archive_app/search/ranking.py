"""BM25F ranking of term queries from whole posting blocks: Whoosh's scores, computed in
a few list passes instead of a matcher tree stepped document by document.

A one-word Letapis query is an OR over four fields (title, body, file names, variant keys)
and a name expands to several variant keys; for such unions Whoosh switches to an array
union matcher that scores every matching document through a chain of Python calls (and a
field-length column read per posting), so its block-max skipping does not apply: at 10k
documents a common word took ~190 ms to rank. Here each term's postings are read a block
at a time (ids and frequencies decoded together), field lengths come from a per-segment
list cached while the segment lives, and the BM25F formula is Whoosh's own
(:func:`whoosh.scoring.bm25`, same idf, same average lengths, same boosts), so rankings are
the same; ``tests/search/test_ranking.py`` compares the scores with Whoosh's.

Queries of other shapes (phrases, wildcards, fuzzy terms, …) return None: the caller lets
Whoosh rank them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from typing import Any

from whoosh import query as wq
from whoosh import scoring
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from archive_app.search.collect import DocSets, segment_id

_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]

Scores = dict[int, float]


class Ranker:
    """Scores of the documents a term query matches, for one searcher."""

    def __init__(self, sets: DocSets) -> None:
        self.sets = sets
        self.searcher = sets.searcher
        weighting = self.searcher.weighting
        self.usable = type(weighting) is scoring.BM25F and not weighting._field_B
        self.B = getattr(weighting, "B", 0.75)
        self.K1 = getattr(weighting, "K1", 1.2)

    def top(self, q: Any, allowed: set[int], count: int) -> list[tuple[int, float]] | None:
        """The ``count`` best ``(docnum, score)`` of ``allowed`` for ``q``, best first;
        None if ``q`` is not a term query."""
        scores = self.scores(q) if self.usable else None
        return None if scores is None else top_scores(scores, allowed, count)

    def scores(self, q: Any) -> Scores | None:
        """Every matching document's score (the keys are exactly the matches), or None
        if ``q`` is not a term query. Each term's documents are noted in the
        :class:`DocSets` for the matched terms of the hits."""
        kind = type(q)
        if kind is wq.Term:
            return self._term(q.fieldname, q.text, q.boost)
        if kind is wq.Or and not q.minmatch and not q.scale:
            parts = [self.scores(sub) for sub in q.subqueries]
            if any(p is None for p in parts):
                return None
            # The largest part (usually the body) is copied in C; the others are added.
            ordered = sorted((p for p in parts if p is not None), key=len, reverse=True)
            out: Scores = dict(ordered[0]) if ordered else {}
            for part in ordered[1:]:
                get = out.get
                out.update({d: get(d, 0.0) + s for d, s in part.items()})
            return _boosted(out, q.boost)
        if kind is wq.And:
            # Whoosh matches a NOT part of an AND with an inverse matcher that scores 1.0
            # for every document it lets through; kept, so rankings equal Whoosh's.
            nots = [sub.query for sub in q.subqueries if type(sub) is wq.Not]
            parts = [self.scores(sub) for sub in q.subqueries if type(sub) is not wq.Not]
            if not parts or any(p is None for p in parts):
                return None
            common = set.intersection(*(set(p) for p in parts if p is not None))
            for sub in nots:
                common -= self.sets.docset(sub)
            extra = float(len(nots))
            out = {d: sum(p[d] for p in parts if p is not None) + extra for d in common}
            return _boosted(out, q.boost)
        if kind is wq.AndNot:
            a = self.scores(q.a)
            if a is None:
                return None
            excluded = self.sets.docset(q.b)
            return {d: s for d, s in a.items() if d not in excluded}
        if kind is wq.AndMaybe:
            a, b = self.scores(q.a), self.scores(q.b)
            if a is None or b is None:
                return None
            return {d: s + b.get(d, 0.0) for d, s in a.items()}
        if q is wq.NullQuery or kind is type(wq.NullQuery):
            return {}
        return None

    def _term(self, field: str, text: Any, boost: float) -> Scores | None:
        schema = self.searcher.schema
        if field not in schema:
            return {}
        fieldobj = schema[field]
        if not fieldobj.scorable:
            return None  # Whoosh scores these by raw weight: let it
        try:
            btext = fieldobj.to_bytes(text)
        except ValueError:
            return {}
        idf = self.searcher.idf(field, btext)
        avgfl = self.searcher.avg_field_length(field) or 1
        factor = idf * boost * (self.K1 + 1)
        k1, b = self.K1, self.B
        out: Scores = {}
        for reader, offset in self.sets.leaves:
            terms = getattr(reader, "_terms", None)
            if terms is None:
                return None
            try:
                matcher = terms.matcher(field, btext, fieldobj.format)
            except (TermNotFound, KeyError):
                continue
            if not hasattr(matcher, "_read_weights"):
                return None
            lengths = self._lengths(reader, offset, field)
            deleted = reader.deleted_docs_set if reader.has_deletions() else None
            while matcher.is_active():
                matcher._read_ids()
                matcher._read_weights()
                ids, weights = matcher._ids, matcher._weights
                for d, tf in zip(ids, weights, strict=True):
                    if deleted and d in deleted:
                        continue
                    fl = lengths[d]
                    out[offset + d] = factor * tf / (tf + k1 * ((1 - b) + b * fl / avgfl))
                matcher._next_block()
        self.sets.terms[(field, text)] = set(out)
        return out

    def warm(self, fields: Iterable[str]) -> None:
        """Read the field lengths of ``fields`` for every segment now (kept while the
        segment lives)."""
        for reader, offset in self.sets.leaves:
            if getattr(reader, "_perdoc", None) is not None:
                for field in fields:
                    self._lengths(reader, offset, field)

    def _lengths(self, reader: Any, offset: int, field: str) -> list[int]:
        seg = segment_id(reader, offset)
        lengths: list[int] | None = self.sets.segments.get(seg, "lengths", field)
        if lengths is None:
            column = f"_{field}_len"
            perdoc = reader._perdoc
            if perdoc.has_column(column):
                raw = perdoc.column_reader(column, LENGTHS_COLUMN)
                lengths = [_LENGTH_OF_BYTE[v] for v in raw]
            else:
                lengths = [1] * reader.doc_count_all()
            self.sets.segments.put(seg, "lengths", field, lengths)
        return lengths


def top_scores(scores: Scores, allowed: set[int] | None, count: int) -> list[tuple[int, float]]:
    """The ``count`` best of ``scores`` (within ``allowed`` if given), best first; equal
    scores by document number, as Whoosh orders them."""
    if allowed is None:
        best = heapq.nlargest(count, ((s, -d) for d, s in scores.items()))
    else:
        best = heapq.nlargest(count, ((s, -d) for d, s in scores.items() if d in allowed))
    return [(-negd, s) for s, negd in best]


def _boosted(scores: Scores, boost: float) -> Scores:
    if boost == 1.0:
        return scores
    return {d: s * boost for d, s in scores.items()}
