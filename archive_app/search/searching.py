"""One search over an open Whoosh searcher: rank the page, count, facet, highlight.

Whoosh ranks only the hits of the requested page (``limit``, no term recording, so its
block-quality skipping stays on); the total, the facets and the date order come from the
set of matching documents (:mod:`archive_app.search.collect`); matched terms and snippets
are made for the displayed hits only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from whoosh import query as wq

from archive_app.search.analysis import WORD_RE, normalize_word
from archive_app.search.collect import (
    COLUMN_FACETS,
    DocSets,
    SegmentCache,
    expand_terms,
    is_phrase_query,
)
from archive_app.search.query import FIELD_BOOSTS
from archive_app.search.ranking import Ranker, top_scores
from archive_app.search.results import SearchHit, SearchResults
from archive_app.search.schema import FACET_FIELDS
from archive_app.search.snippets import make_snippet
from archive_app.search.variants import variant_key

_OPERATORS = frozenset(("and", "or", "not", "andnot", "andmaybe"))

TextFor = Callable[[str], str | None]


def run_search(
    searcher: Any,
    segments: SegmentCache,
    q: Any,
    flt: Any | None,
    *,
    text: str,
    sort: str,
    limit: int,
    page: int,
    facets: bool,
    text_for: TextFor | None,
    started: float,
) -> SearchResults:
    """A page of results for ``q`` restricted by the filter query ``flt``."""
    page = max(1, page)
    start = (page - 1) * limit
    q = expand_terms(q, searcher.reader())
    allowed = DocSets(searcher, segments).docset(flt) if flt is not None else None
    sets = DocSets(searcher, segments)  # its terms are the query's only (for snippets)
    ranker = Ranker(sets)
    scores = ranker.scores(q) if sort == "relevance" and ranker.usable else None
    phrase_top: list[tuple[int, float]] | None = None
    if scores is not None:
        matching = set(scores)
    elif sort == "relevance" and is_phrase_query(q):
        matching, phrase_top = sets.rank_phrases(q, allowed, start + limit)
    else:
        matching = sets.docset(q)
    if allowed is not None:
        matching &= allowed
    total = len(matching)
    ranked: list[tuple[int, float]] = []
    if start < total:
        if sort == "date":
            ranked = [(d, 0.0) for d in sets.newest(matching, start + limit)[start:]]
        elif isinstance(q, wq.Every):
            ranked = [(d, 1.0) for d in sorted(matching)[start : start + limit]]
        elif scores is not None:
            within = matching if allowed is not None else None
            ranked = top_scores(scores, within, start + limit)[start:]
        elif phrase_top is not None:
            ranked = phrase_top[start : start + limit]
        else:  # not a term query: Whoosh ranks it
            results = searcher.search(
                q, limit=start + limit, filter=matching if allowed is not None else None
            )
            top = [(results.docnum(i), results.score(i)) for i in range(len(results.top_n))]
            ranked = top[start : start + limit]
    hits = [_hit(searcher, sets, d, score, text_for) for d, score in ranked]
    facet_counts = sets.facet_counts(matching, FACET_FIELDS) if facets else {}
    suggestion = did_you_mean(searcher, text) if total == 0 and text else None
    return SearchResults(hits, total, facet_counts, suggestion, time.monotonic() - started)


def warm_segments(searcher: Any, segments: SegmentCache) -> None:
    """Fill ``segments`` with what searches read per segment (see ``SearchIndex.warm``)."""
    sets = DocSets(searcher, segments)
    for field in FACET_FIELDS:
        if field in COLUMN_FACETS:
            sets.column(field)
        else:
            sets.term_sets(field)
    sets.column("date", translate=False)
    Ranker(sets).warm(FIELD_BOOSTS)  # the fields a query's words are ranked in


def _hit(
    searcher: Any, sets: DocSets, docnum: int, score: float, text_for: TextFor | None
) -> SearchHit:
    return make_hit(searcher.stored_fields(docnum), score, sets.matched_terms(docnum), text_for)


def make_hit(
    stored: dict[str, Any],
    score: float,
    matched: frozenset[tuple[str, str]],
    text_for: TextFor | None,
) -> SearchHit:
    """A :class:`SearchHit` from a document's stored fields (and a snippet if asked)."""
    snippet = None
    if text_for is not None:
        body = text_for(stored["id"])
        if body:
            snippet = make_snippet(body, matched)
    tags = tuple(t.strip() for t in (stored.get("tags") or "").split(",") if t.strip())
    return SearchHit(
        id=stored["id"],
        title=stored.get("title", ""),
        type=stored.get("type", "other"),
        date=stored.get("date_text"),
        language=stored.get("language"),
        score=float(score or 0.0),
        collection=stored.get("collection"),
        tags=tags,
        files=tuple(stored.get("file_names") or ()),
        has_attachments=bool(stored.get("has_attachments")),
        snippet=snippet,
        matched=matched,
    )


def did_you_mean(searcher: Any, text: str) -> str | None:
    """A corrected query for a misspelt one, or None (words found in some spelling are
    not typos; operators and field names are left alone)."""
    reader = searcher.reader()
    changed = False
    pieces: list[str] = []
    last = 0
    for match in WORD_RE.finditer(text):
        raw = match.group()
        word = normalize_word(raw)
        if word in _OPERATORS or text[match.end() : match.end() + 1] == ":":
            continue  # an operator or a field name, not a word to correct
        if len(word) < 3 or reader.doc_frequency("words", word) > 0:
            continue
        if reader.doc_frequency("fold", variant_key(word)) > 0:
            continue  # found in another spelling: not a typo
        maxdist = 1 if len(word) < 6 else 2
        found = searcher.suggest("words", word, limit=1, maxdist=maxdist, prefix=1)
        if found:
            pieces += [text[last : match.start()], found[0]]
            last = match.end()
            changed = True
    if not changed:
        return None
    pieces.append(text[last:])
    return "".join(pieces)
