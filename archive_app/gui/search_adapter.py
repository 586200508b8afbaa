"""The one place in gui/ that knows how the archive searches.

It calls ``search`` of the archive or its reader when the facade has it, and otherwise (or
while the index is being built: ``IndexUnavailable``) filters ``list_documents()`` by a
case-insensitive substring of the title. Everything else in the window sees only
:class:`ResultPage` and :class:`ResultItem`. It runs on a worker thread.
"""

from __future__ import annotations

import contextlib
import html
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

#: Facet fields in the order the window shows them.
FACETS = ("type", "language", "collection", "tag", "year")
_INDEX_FACET = {
    "type": "type",
    "language": "language",
    "collection": "collection",
    "tag": "tags",
    "year": "year",
}


@dataclass(frozen=True)
class Filters:
    """What the person narrowed the search to (None = any)."""

    type: str | None = None
    language: str | None = None
    collection: str | None = None
    tag: str | None = None
    year: str | None = None

    def with_value(self, name: str, value: str | None) -> Filters:
        data = {f: getattr(self, f) for f in FACETS}
        data[name] = value
        return Filters(**data)


@dataclass(frozen=True)
class ResultItem:
    id: str
    title: str
    type: str
    date: str | None
    language: str | None
    score: float = 0.0
    snippet: str = ""
    highlights: tuple[tuple[int, int], ...] = ()
    matched: frozenset[tuple[str, str]] = frozenset()

    def snippet_html(self, colour: str) -> str:
        """The snippet as HTML with every hit marked (text escaped)."""
        out, last = [], 0
        for a, b in self.highlights:
            out.append(html.escape(self.snippet[last:a]))
            out.append(f'<span style="background-color:{colour}">')
            out.append(html.escape(self.snippet[a:b]))
            out.append("</span>")
            last = b
        out.append(html.escape(self.snippet[last:]))
        return "".join(out)


@dataclass
class ResultPage:
    items: list[ResultItem]
    total: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None
    query: str = ""
    #: The index was not ready: these are title matches only.
    titles_only: bool = False


def prepare(archive: Any) -> None:
    """Adapt a freshly opened archive to life inside the window (worker thread).

    The index's bulk writer forks helper processes where it can; forking a process that
    runs Qt threads is unsafe and froze the event loop for 100-300 ms per fork (measured in
    tests/gui/test_responsiveness.py), so the window indexes in its own worker thread.
    """
    if not has_index(archive):
        return
    index = getattr(type(archive), "index", None)
    if isinstance(index, property):
        with contextlib.suppress(Exception):
            archive.index.procs = 1


def warm(archive: Any) -> None:
    """Read ahead the index's columns and field lengths (``SearchIndex.warm``): the first
    searches with facets then do not wait for them (about half a second at 100k
    documents, on the 10k benchmark index 52 of a first search's 66 ms)."""
    from archive_app.errors import IndexUnavailable

    if has_index(archive):
        with contextlib.suppress(IndexUnavailable):
            archive.index.warm()


def has_index(archive: Any) -> bool:
    return callable(getattr(archive, "search", None))


#: Snippets made with the search itself; the rest of the list gets its snippets from a
#: second task (:func:`later_snippets`) a moment later. Two hundred snippets took 128 ms of a
#: 145 ms search on the 10k benchmark index; thirty fill the window and more.
SNIPPETS_AT_ONCE = 30


def later_snippets(
    archive: Any, items: list[ResultItem], cancelled: Callable[[], bool] = lambda: False
) -> list[ResultItem]:
    """``items`` that came without a snippet, now with one (those that have none are left
    out: no hit in their text, or gone meanwhile). Stops early once ``cancelled()``: a
    newer search is waiting on the same lane."""
    wanted = [(item.id, item.matched) for item in items if item.matched and not item.snippet]
    made: dict[str, Any] = {}
    for start in range(0, len(wanted), 10):
        if cancelled():
            break
        made.update(archive.snippets(wanted[start : start + 10]))
    return [
        replace(item, snippet=made[item.id].text, highlights=tuple(made[item.id].highlights))
        for item in items
        if item.id in made and made[item.id].text
    ]


def search(
    archive: Any,
    query: str,
    filters: Filters | None = None,
    *,
    sort: str = "relevance",
    exact: bool = False,
    limit: int = 200,
) -> ResultPage:
    """Search ``archive``; blank ``query`` lists documents (newest first)."""
    from archive_app.errors import IndexUnavailable

    filters = filters or Filters()
    if has_index(archive):
        try:
            return _indexed(archive, query, filters, sort=sort, exact=exact, limit=limit)
        except IndexUnavailable:
            page = _by_title(archive, query, filters, limit=limit)
            page.titles_only = True
            return page
    return _by_title(archive, query, filters, limit=limit)


def _indexed(
    archive: Any, query: str, filters: Filters, *, sort: str, exact: bool, limit: int
) -> ResultPage:
    from archive_app.search.query import SearchFilters

    flt = SearchFilters(
        type=filters.type,
        language=filters.language,
        collection=filters.collection,
        tag=filters.tag,
        date_from=filters.year,
        date_to=filters.year,
    )
    if not query.strip():
        sort = "date"
    res = archive.search(
        query,
        filters=flt,
        sort=sort,
        limit=limit,
        exact=exact,
        facets=True,
        snippet_limit=SNIPPETS_AT_ONCE,
    )
    seen: set[str] = set()
    unique = []
    for h in res.hits:  # the index may list an edited document twice (reported upstream)
        if h.id not in seen:
            seen.add(h.id)
            unique.append(h)
    items = [
        ResultItem(
            id=h.id,
            title=h.title,
            type=h.type,
            date=h.date,
            language=h.language,
            score=h.score,
            snippet=h.snippet.text if h.snippet else "",
            highlights=tuple(h.snippet.highlights) if h.snippet else (),
            matched=frozenset(h.matched),
        )
        for h in unique
    ]
    facets = {name: list(res.facets.get(_INDEX_FACET[name], [])) for name in FACETS}
    return ResultPage(
        items, res.total - (len(res.hits) - len(unique)), facets, res.suggestion, query
    )


def _year(date: str | None) -> str | None:
    return date[:4] if date and date[:4].isdigit() else None


def _by_title(archive: Any, query: str, filters: Filters, *, limit: int) -> ResultPage:
    needle = query.strip().casefold()
    docs = []
    for doc in archive.list_documents():
        if doc.damaged or (needle and needle not in doc.title.casefold()):
            continue
        if filters.type and doc.type != filters.type:
            continue
        if filters.language and doc.language != filters.language:
            continue
        if filters.collection and filters.collection not in doc.collections:
            continue
        if filters.tag and filters.tag not in doc.tags:
            continue
        if filters.year and _year(doc.date) != filters.year:
            continue
        docs.append(doc)
    docs.sort(key=lambda d: d.date or "", reverse=True)
    counts: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    for doc in docs:
        counts["type"][doc.type] += 1
        if doc.language:
            counts["language"][doc.language] += 1
        for c in doc.collections:
            counts["collection"][c] += 1
        for t in doc.tags:
            counts["tag"][t] += 1
        if _year(doc.date):
            counts["year"][_year(doc.date) or ""] += 1
    items = [
        ResultItem(doc.id, doc.title, doc.type, doc.date, doc.language) for doc in docs[:limit]
    ]
    facets = {name: counts[name].most_common() for name in FACETS}
    return ResultPage(items, len(docs), facets, None, query)


def _substring_spans(text: str, needle: str) -> Iterable[tuple[int, int]]:
    low = text.casefold()
    start = low.find(needle)
    while needle and start >= 0:
        yield start, start + len(needle)
        start = low.find(needle, start + len(needle))


def hit_spans(text: str, matched: frozenset[tuple[str, str]], query: str) -> list[tuple[int, int]]:
    """Where the hits are in a document's full text (for the reader).

    From the search's matched terms (the facade's ``hit_spans``: variant spellings too);
    for title-only results, where nothing was matched in the text, the query's words.
    """
    if matched:
        from archive_app.archive import hit_spans as spans_of

        return spans_of(text, matched)
    spans: list[tuple[int, int]] = []
    for word in query.split():
        word = word.strip('"*~()').casefold()
        if len(word) >= 2 and word not in ("and", "or", "not"):
            spans.extend(_substring_spans(text, word))
    return sorted(spans)
