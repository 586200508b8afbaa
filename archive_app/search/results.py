"""What a search and an index update give back: hits, result pages, reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from archive_app.search.snippets import Snippet


@dataclass(frozen=True)
class SearchHit:
    """One search result.

    Attributes:
        id, title, type, date, language, collection, tags, files: the document's metadata
            (``date`` as the ISO string the store gave; ``files`` the original file names).
        score: relevance (BM25F; 0 when sorted by date).
        snippet: the highlighted passage, when ``text_for`` was given to the search.
        matched: ``(field, term)`` pairs that matched (to highlight more text later).
    """

    id: str
    title: str
    type: str
    date: str | None
    language: str | None
    score: float
    collection: str | None = None
    tags: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    has_attachments: bool = False
    snippet: Snippet | None = None
    matched: frozenset[tuple[str, str]] = field(default=frozenset(), repr=False)

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``--json`` form of a hit."""
        return {
            "id": self.id,
            "title": self.title,
            "type": self.type,
            "date": self.date,
            "language": self.language,
            "score": round(self.score, 4),
            "snippet": self.snippet.text if self.snippet else None,
            "files": list(self.files),
        }


@dataclass(frozen=True)
class SearchResults:
    """A page of results, the total, facet counts and a did-you-mean suggestion."""

    hits: list[SearchHit]
    total: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class IndexReport:
    """What :meth:`SearchIndex.catch_up` or :meth:`SearchIndex.rebuild` did."""

    applied: int
    documents: int
    rebuilt: bool = False
    reason: str | None = None
    seconds: float = 0.0
