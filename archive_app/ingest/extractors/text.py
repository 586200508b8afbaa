"""Plain text and Markdown: decode whatever the encoding, title from the first line."""

from __future__ import annotations

from pathlib import Path

from archive_app.ingest.encoding import decode_text
from archive_app.ingest.extractors.common import make_document
from archive_app.ingest.model import NewDocument

__all__ = ["extract"]


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Read a text or Markdown file into one document.

    :param path: the file's path (its name is the fallback title).
    :param data: the file's bytes, in any encoding :func:`decode_text` knows.
    """
    decoded = decode_text(data)
    fmt = "markdown" if path.suffix.lower() in (".md", ".markdown") else "text"
    return [
        make_document(
            decoded.text,
            fallback_title=path.stem,
            metadata={"encoding": decoded.encoding, "format": fmt},
        )
    ]
