"""Result collection without scoring every match: document sets, facets, date order, and
the matched terms of the displayed hits only.

Measured on the 10k benchmark index (bench/search/RESULTS.md), most of a common-term query's
time was not ranking but bookkeeping around it: Whoosh's page object counts the total by
running the query a second time over every posting, ``terms=True`` records the matched
terms of every scored document, and facets or a date sort score *all* matches in Python.
Here the set of matching documents is read straight from the posting blocks (one decode per
block of up to 128 documents instead of a Python step per posting); the total, the facets
(from per-segment column values, cached while the segment lives) and the date order are
computed from that set, and Whoosh only ranks the top of the page, with its block-quality
skipping intact. Matched terms (for snippets) are looked up for the displayed hits only.

Example::

    sets = DocSets(searcher, segment_cache)
    matching = sets.docset(query)
    counts = sets.facet_counts(matching, FACET_FIELDS)
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from whoosh import collectors
from whoosh import query as wq
from whoosh.reading import TermNotFound

#: Whoosh query types whose documents are a plain union of their expanded terms.
_MULTI_TERMS = (wq.Prefix, wq.Wildcard, wq.FuzzyTerm, wq.Regex, wq.TermRange, wq.Variations)
#: Facet fields kept as Whoosh columns (one value per document); the others come from terms.
COLUMN_FACETS = frozenset(("type", "language", "collection", "year"))


def expand_terms(q: Any, reader: Any) -> Any:
    """``q`` with every prefix, wildcard, fuzzy or range term replaced by the OR of the
    index terms it stands for, expanded once over the whole index.

    Whoosh expands such a term again for each segment, for the size estimate and for the
    matcher (each expansion a binary search of the term table); expanded here, the terms
    are looked up once and ranked like any OR of terms (BM25F; Whoosh gives prefix and
    wildcard matches a constant score instead).
    """
    if isinstance(q, _MULTI_TERMS):
        if q.fieldname not in reader.schema:
            return wq.NullQuery
        fieldobj = reader.schema[q.fieldname]
        words = [w for w in q._btexts(reader) if w]
        terms = [
            wq.Term(q.fieldname, fieldobj.from_bytes(w) if isinstance(w, bytes) else w)
            for w in words
        ]
        if not terms:
            return wq.NullQuery
        return terms[0].with_boost(q.boost) if len(terms) == 1 else wq.Or(terms, boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(lambda sub: expand_terms(sub, reader))


class SegmentCache:
    """Per-segment data that lives as long as the segment: column values and tag sets.

    Segments are immutable once written (deletions are kept apart and taken out of every
    document set), so what is read from a segment stays valid until a merge removes it.
    """

    def __init__(self) -> None:
        self._data: dict[tuple[str, str, str], Any] = {}
        #: Data merged over all live segments, for one layout of them (the newest only).
        self._merged: dict[tuple[tuple[tuple[str, int], ...], str], Any] = {}

    def get(self, segment: str, kind: str, field: str) -> Any:
        return self._data.get((segment, kind, field))

    def put(self, segment: str, kind: str, field: str, value: Any) -> None:
        self._data[(segment, kind, field)] = value

    def get_merged(self, layout: tuple[tuple[str, int], ...], field: str) -> Any:
        """What was merged over all segments of ``layout`` (segment ids and offsets)."""
        return self._merged.get((layout, field))

    def put_merged(self, layout: tuple[tuple[str, int], ...], field: str, value: Any) -> None:
        self._merged = {k: v for k, v in self._merged.items() if k[0] == layout}
        self._merged[(layout, field)] = value

    def keep_only(self, segments: Iterable[str]) -> None:
        """Forget the data of segments no longer in the index (merged away)."""
        alive = set(segments)
        for key in [k for k in self._data if k[0] not in alive]:
            del self._data[key]

    def clear(self) -> None:
        self._data.clear()
        self._merged.clear()


def segment_id(reader: Any, offset: int) -> str:
    """A key for what is cached of one segment."""
    segment = getattr(reader, "segment", None)
    if callable(segment):
        return str(segment().segment_id())
    return f"@{offset}:{id(reader)}"  # not a segment reader: cache for this searcher only


class DocSets:
    """Matching document numbers (global, deletions excluded) for the queries of one
    searcher, and what is derived from them."""

    def __init__(self, searcher: Any, segments: SegmentCache) -> None:
        self.searcher = searcher
        self.schema = searcher.schema
        self.leaves: list[tuple[Any, int]] = list(searcher.reader().leaf_readers())
        self.segments = segments
        segments.keep_only(segment_id(r, o) for r, o in self.leaves)
        #: Every (field, term) met while computing sets, with its documents (for snippets).
        self.terms: dict[tuple[str, Any], set[int]] = {}
        #: The words of phrases, with the documents the phrase matched: each holds them all.
        #: Kept apart from :attr:`terms`, whose sets are a term's whole posting list.
        self.implied: dict[tuple[str, Any], set[int]] = {}

    # Sets ---------------------------------------------------------------------------------

    def term_docs(self, field: str, text: Any) -> set[int]:
        """The documents containing ``text`` in ``field``."""
        key = (field, text)
        found = self.terms.get(key)
        if found is None:
            found = set()
            for reader, offset in self.leaves:
                found.update(_postings_ids(reader, field, text, offset))
            self.terms[key] = found
        return found

    def all_docs(self) -> set[int]:
        out: set[int] = set()
        for reader, offset in self.leaves:
            out.update(offset + d for d in reader.all_doc_ids())
        return out

    def docset(self, q: Any) -> set[int]:
        """The documents ``q`` matches: exactly Whoosh's matches, without scoring them."""
        kind = type(q)
        if kind is wq.Term:
            return set(self.term_docs(q.fieldname, q.text))
        if kind is wq.Or and not getattr(q, "minmatch", 0):
            out: set[int] = set()
            for sub in q.subqueries:
                out |= self.docset(sub)
            return out
        if kind is wq.And:
            parts = sorted((self.docset(sub) for sub in q.subqueries), key=len)
            if not parts:
                return set()
            first = parts[0]
            for other in parts[1:]:
                first &= other
            return first
        if kind is wq.AndNot:
            return self.docset(q.a) - self.docset(q.b)
        if kind is wq.AndMaybe:
            self.docset(q.b)  # for the matched terms of the optional part
            return self.docset(q.a)
        if kind is wq.Not:
            return self.all_docs() - self.docset(q.query)
        if kind is wq.Every and not getattr(q, "fieldname", None):
            return self.all_docs()
        if q is wq.NullQuery or kind is type(wq.NullQuery):
            return set()
        if isinstance(q, _MULTI_TERMS):
            out = set()
            for reader, _offset in self.leaves:
                fieldobj = self.schema[q.fieldname]
                for btext in q._btexts(reader):
                    term = fieldobj.from_bytes(btext) if isinstance(btext, bytes) else btext
                    out |= self.term_docs(q.fieldname, term)
            return out
        # Phrases, ranges and anything else: Whoosh's own matcher decides.
        docs = set(self.searcher.docs_for_query(q))
        if kind is wq.Phrase:
            self.imply(q, docs)  # no need to read the postings of its (often common) words
        else:
            for field, text in q.iter_all_terms(phrases=True):
                if field in self.schema:
                    self.term_docs(field, text)
        return docs

    def imply(self, q: Any, docs: set[int]) -> None:
        """Note the words of the phrases in ``q`` as matched in ``docs`` (for snippets)."""
        for field, text in q.iter_all_terms(phrases=True):
            self.implied.setdefault((field, text), set()).update(docs)

    def rank_phrases(
        self, q: Any, allowed: set[int] | None, count: int
    ) -> tuple[set[int], list[tuple[int, float]]]:
        """Every document a phrase query (a phrase, or an OR of phrases: one per field)
        matches and its ``count`` best ``(docnum, score)``, best first, in one pass of
        Whoosh's matcher: counting and ranking were two passes, each checking the words'
        positions in every candidate document."""
        top = _TopAndAll(count)
        collector = top if allowed is None else collectors.FilterCollector(top, allow=allowed)
        self.searcher.search_with_collector(q, collector)
        docs = set(top.matched)
        self.imply(q, docs)
        best = sorted(top.items, reverse=True)  # (score, -docnum): Whoosh's order
        return docs, [(-negdoc, score) for score, negdoc in best]

    def matched_terms(self, docnum: int) -> frozenset[tuple[str, str]]:
        """The ``(field, term)`` pairs met by the last queries that ``docnum`` contains."""
        out = set()
        for (field, text), docs in [*self.terms.items(), *self.implied.items()]:
            if docnum in docs:
                out.add((field, text if isinstance(text, str) else str(text)))
        return frozenset(out)

    # Facets and order ---------------------------------------------------------------------

    def column(self, field: str, *, translate: bool = True) -> list[tuple[int, list[Any]]]:
        """``(offset, values by segment docnum)`` of a column field for every segment."""
        out = []
        kind = "column" if translate else "raw column"
        for reader, offset in self.leaves:
            seg = segment_id(reader, offset)
            values = self.segments.get(seg, kind, field)
            if values is None:
                if reader.has_column(field):
                    values = list(reader.column_reader(field, translate=translate))
                else:
                    values = [None] * reader.doc_count_all()
                self.segments.put(seg, kind, field, values)
            out.append((offset, values))
        return out

    def term_sets(self, field: str) -> dict[str, set[int]]:
        """Every term of ``field`` with its documents (deleted ones included: callers
        intersect with a document set, which never holds them)."""
        layout = tuple((segment_id(r, o), o) for r, o in self.leaves)
        cached: dict[str, set[int]] | None = self.segments.get_merged(layout, field)
        if cached is not None:
            return cached
        merged: dict[str, set[int]] = {}
        for reader, offset in self.leaves:
            seg = segment_id(reader, offset)
            sets = self.segments.get(seg, "terms", field)
            if sets is None:
                sets = {}
                fieldobj = self.schema[field]
                for btext in reader.lexicon(field):
                    matcher = reader._terms.matcher(field, btext, fieldobj.format)
                    sets[fieldobj.from_bytes(btext)] = set(_leaf_ids(matcher, 0))
                self.segments.put(seg, "terms", field, sets)
            for term, docs in sets.items():
                bucket = merged.setdefault(term, set())
                if offset:
                    bucket.update(offset + d for d in docs)
                else:
                    bucket.update(docs)
        self.segments.put_merged(layout, field, merged)
        return merged

    def by_segment(self, docs: set[int]) -> list[list[int]]:
        """``docs`` split by segment, as segment-local document numbers (in order)."""
        ordered = sorted(docs)
        out = []
        for reader, offset in self.leaves:
            lo = bisect_left(ordered, offset)
            hi = bisect_left(ordered, offset + reader.doc_count_all())
            out.append([d - offset for d in ordered[lo:hi]] if offset else ordered[lo:hi])
        return out

    def facet_counts(
        self, docs: set[int], fields: Sequence[str]
    ) -> dict[str, list[tuple[str, int]]]:
        """Documents of ``docs`` per value of each field, most frequent first."""
        out: dict[str, list[tuple[str, int]]] = {}
        local: list[list[int]] | None = None
        for field in fields:
            counts: Counter[Any] = Counter()
            if field in COLUMN_FACETS:
                if local is None:
                    local = self.by_segment(docs)  # once for every column field
                for (_offset, values), ids in zip(self.column(field), local, strict=True):
                    # map() and Counter's counting loop run in C: a Python step per
                    # document and segment was most of a facet search at 100k documents.
                    counts.update(map(values.__getitem__, ids))
            else:
                for term, members in self.term_sets(field).items():
                    n = len(docs & members) if len(docs) > len(members) else len(members & docs)
                    if n:
                        counts[term] = n
            pairs = [(str(k), int(n)) for k, n in counts.items() if k not in (None, "", b"")]
            pairs.sort(key=lambda kv: (-kv[1], kv[0]))
            out[field] = pairs
        return out

    def newest(self, docs: set[int], count: int) -> list[int]:
        """The ``count`` newest documents of ``docs`` (undated last, then by docnum).

        Dates are the column's raw 64-bit values (microseconds since year 1); a missing
        date is stored as the largest unsigned value, which is not a date.
        """
        keyed: list[tuple[int, int]] = []
        for offset, values in self.column("date", translate=False):
            end = offset + len(values)
            keyed += [(_date_key(values[d - offset]), d) for d in docs if offset <= d < end]
        return [d for _, d in heapq.nsmallest(count, keyed, key=lambda vd: (-vd[0], vd[1]))]


_UNDATED = -1


def _date_key(value: Any) -> int:
    if not isinstance(value, int) or value >= 1 << 63:
        return _UNDATED
    return value


def is_phrase_query(q: Any) -> bool:
    """Whether ``q`` is a phrase or an OR of phrases (a quoted phrase over several fields)."""
    if type(q) is wq.Phrase:
        return True
    return (
        type(q) is wq.Or
        and bool(q.subqueries)
        and all(type(sub) is wq.Phrase for sub in q.subqueries)
    )


class _TopAndAll(collectors.TopCollector):  # type: ignore[misc]  # whoosh is untyped
    """Whoosh's top-N collector that also keeps every matching document number, so it
    must see every match: no block skipping, and no replacing the matcher once the top N
    are full (``replace=0``; Whoosh then drops the parts of an OR that cannot reach the
    N-th score, and the documents only they match)."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit=max(1, limit), usequality=False, replace=0)
        self.matched: list[int] = []

    def _collect(self, global_docnum: int, score: float) -> Any:
        self.matched.append(global_docnum)
        return super()._collect(global_docnum, score)


def _postings_ids(reader: Any, field: str, text: Any, offset: int) -> list[int]:
    """Document numbers of one term in one segment, deletions excluded."""
    if field not in reader.schema:
        return []
    fieldobj = reader.schema[field]
    terms = getattr(reader, "_terms", None)
    try:
        if terms is None:  # not a segment reader (an empty index)
            return [offset + d for d in reader.postings(field, text).all_ids()]
        btext = text if isinstance(text, bytes) else fieldobj.to_bytes(text)
        matcher = terms.matcher(field, btext, fieldobj.format)
    except (TermNotFound, KeyError):
        return []
    ids = _leaf_ids(matcher, offset)
    deleted = reader.deleted_docs_set if reader.has_deletions() else None
    if deleted:
        ids = [d for d in ids if d - offset not in deleted]
    return ids


def _leaf_ids(matcher: Any, offset: int) -> list[int]:
    """Every document number of a leaf posting matcher, a block at a time.

    Whoosh's ``W3LeafMatcher`` decodes a whole block of ids at once; stepping through it
    posting by posting (``all_ids``) costs a Python call each. Other matchers are stepped.
    """
    out: list[int] = []
    read_ids = getattr(matcher, "_read_ids", None)
    next_block = getattr(matcher, "_next_block", None)
    if read_ids is None or next_block is None:
        return [offset + d for d in matcher.all_ids()]
    while matcher.is_active():
        read_ids()
        ids = matcher._ids
        if offset:
            out.extend(offset + d for d in ids)
        else:
            out.extend(ids)
        next_block()
    return out
