"""The Whoosh schema of a Letapis index and the fields of one document.

Bodies are indexed, never stored: snippets are made from text the caller fetches from the
record store (STYLE.md, "Whoosh facts that bite").
"""

from __future__ import annotations

from typing import Any

from whoosh import fields as wf

from archive_app.search.analysis import (
    detect_language,
    fold_analyzer,
    stem_analyzer,
    word_analyzer,
)
from archive_app.search.protocol import IndexableDoc
from archive_app.search.query import parse_date

#: Bump when the schema or the analysis changes: an index of another version is rebuilt.
INDEX_VERSION = 1
FACET_FIELDS = ("type", "language", "collection", "tags", "year")


def build_schema() -> Any:
    """The Whoosh schema of a Letapis index (bodies are indexed, never stored)."""
    return wf.Schema(
        id=wf.ID(stored=True, unique=True),
        title=wf.TEXT(analyzer=stem_analyzer(), stored=True),
        body=wf.TEXT(analyzer=stem_analyzer()),
        files=wf.TEXT(analyzer=stem_analyzer()),
        fold=wf.TEXT(analyzer=fold_analyzer(), phrase=False),  # quoted phrases are exact
        words=wf.TEXT(analyzer=word_analyzer(), phrase=False),
        type=wf.ID(stored=True, sortable=True),
        language=wf.ID(stored=True, sortable=True),
        collection=wf.ID(stored=True, sortable=True),
        tags=wf.KEYWORD(stored=True, commas=True, scorable=False),
        year=wf.ID(sortable=True),
        date=wf.DATETIME(sortable=True),
        date_text=wf.STORED(),
        has_attachments=wf.BOOLEAN(stored=True),
        change=wf.NUMERIC(stored=True, bits=64),
        file_names=wf.STORED(),
    )


def index_fields(doc: IndexableDoc) -> dict[str, Any]:
    """The Whoosh fields of one document."""
    body = doc.text if not doc.attachment_text else f"{doc.text}\n\n{doc.attachment_text}"
    names = " ".join(doc.file_names)
    moment = parse_date(doc.date)
    out: dict[str, Any] = {
        "id": doc.id,
        "title": doc.title or "",
        "body": body,
        "files": names,
        "fold": f"{doc.title}\n{body}\n{names}",
        "words": f"{doc.title}\n{body}\n{names}",
        "type": doc.type or "other",
        "language": doc.language or detect_language(body) or "und",
        "has_attachments": bool(doc.has_attachments),
        "file_names": list(doc.file_names),
        "date_text": doc.date,
    }
    if doc.collection:
        out["collection"] = doc.collection
    tags = [t.replace(",", " ").strip() for t in doc.tags if t and t.strip()]
    if tags:
        out["tags"] = ",".join(tags)
    if moment is not None:
        out["date"] = moment
        out["year"] = f"{moment.year:04d}"
    return out
