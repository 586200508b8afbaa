"""Documents to JSON and back, for the trip from a worker process to the importing process.

JSON and nothing else: the worker parses hostile files and may be subverted, so what it sends
is data the parent validates field by field (types, sizes), never objects it would unpickle.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import Any

from archive_app.ingest.model import DOC_TYPES, DocType, NewAttachment, NewDocument

__all__ = ["BadResult", "document_from_json", "document_to_json"]

_MAX_STR = 50_000_000
_MAX_ATTACHMENTS = 10_000
_MAX_LIST = 100_000


class BadResult(ValueError):
    """A worker's answer did not have the expected shape."""


def _attachment_to_json(att: NewAttachment) -> dict[str, Any]:
    return {
        "name": att.name,
        "sha256": att.sha256,
        "size": att.size,
        "mime": att.mime,
        "path": str(att.path) if att.path is not None else None,
        "data": base64.b64encode(att.data).decode("ascii") if att.data is not None else None,
        "text": att.text,
        "metadata": att.metadata,
        "is_original": att.is_original,
    }


def document_to_json(doc: NewDocument) -> dict[str, Any]:
    """A JSON-ready dict of ``doc`` (attachment bytes as base64).

    :param doc: the document.
    """
    return {
        "title": doc.title,
        "text": doc.text,
        "type": doc.type,
        "language": doc.language,
        "date": doc.date,
        "source": doc.source,
        "author": doc.author,
        "tags": list(doc.tags),
        "collection": doc.collection,
        "metadata": doc.metadata,
        "attachments": [_attachment_to_json(a) for a in doc.attachments],
        "provenance": doc.provenance,
    }


def _str(obj: dict[str, Any], key: str, *, optional: bool = False) -> Any:
    value = obj.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > _MAX_STR:
        raise BadResult(f"field {key} is not a string")
    return value


def _dict(obj: dict[str, Any], key: str) -> dict[str, Any]:
    value = obj.get(key) or {}
    if not isinstance(value, dict):
        raise BadResult(f"field {key} is not an object")
    return value


def _attachment_from_json(obj: Any) -> NewAttachment:
    if not isinstance(obj, dict):
        raise BadResult("attachment is not an object")
    size = obj.get("size")
    if not isinstance(size, int) or size < 0:
        raise BadResult("attachment size is not a count")
    data: bytes | None = None
    if obj.get("data") is not None:
        try:
            data = base64.b64decode(_str(obj, "data"), validate=True)
        except (binascii.Error, ValueError):
            raise BadResult("attachment data is not base64") from None
        if len(data) != size:
            raise BadResult("attachment size does not match its data")
    path = _str(obj, "path", optional=True)
    if (data is None) == (path is None):
        raise BadResult("attachment needs exactly one of path and data")
    sha = _str(obj, "sha256")
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise BadResult("attachment sha256 is not a hex digest")
    return NewAttachment(
        name=_str(obj, "name"),
        sha256=sha,
        size=size,
        mime=_str(obj, "mime"),
        path=Path(path) if path is not None else None,
        data=data,
        text=_str(obj, "text"),
        metadata=_dict(obj, "metadata"),
        is_original=bool(obj.get("is_original", False)),
    )


def document_from_json(obj: Any) -> NewDocument:
    """Rebuild and validate a document sent by a worker.

    :param obj: the parsed JSON value.
    :raises BadResult: anything of the wrong type or out of bounds.
    """
    if not isinstance(obj, dict):
        raise BadResult("document is not an object")
    doc_type = obj.get("type")
    if doc_type not in DOC_TYPES:
        raise BadResult("unknown document type")
    attachments = obj.get("attachments") or []
    tags = obj.get("tags") or []
    if not isinstance(attachments, list) or len(attachments) > _MAX_ATTACHMENTS:
        raise BadResult("attachments is not a list")
    if (
        not isinstance(tags, list)
        or len(tags) > _MAX_LIST
        or not all(isinstance(t, str) for t in tags)
    ):
        raise BadResult("tags is not a list of strings")
    typed: DocType = doc_type
    return NewDocument(
        title=_str(obj, "title"),
        text=_str(obj, "text"),
        type=typed,
        language=_str(obj, "language", optional=True),
        date=_str(obj, "date", optional=True),
        source=_str(obj, "source", optional=True),
        author=_str(obj, "author", optional=True),
        tags=list(tags),
        collection=_str(obj, "collection", optional=True),
        metadata=_dict(obj, "metadata"),
        attachments=[_attachment_from_json(a) for a in attachments],
        provenance=_dict(obj, "provenance"),
    )
