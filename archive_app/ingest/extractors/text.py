"""Plain text and Markdown: decode whatever the encoding, title from the first line."""

from __future__ import annotations

from pathlib import Path

from archive_app.ingest.encoding import decode_text
from archive_app.ingest.extractors.common import ExtractionError, make_document
from archive_app.ingest.model import NewDocument

__all__ = ["extract"]


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Read a text or Markdown file into one document.

    :param path: the file's path (its name is the fallback title).
    :param data: the file's bytes, in any encoding :func:`decode_text` knows.
    """
    decoded = decode_text(data)
    sample = decoded.text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v")
    if sample and (controls > 0.05 * len(sample) or sample.count("\ufffd") > 0.2 * len(sample)):
        raise ExtractionError("no text was read: it looks like binary data, not text")
    fmt = "markdown" if path.suffix.lower() in (".md", ".markdown") else "text"
    return [
        make_document(
            decoded.text,
            fallback_title=path.stem,
            metadata={"encoding": decoded.encoding, "format": fmt},
        )
    ]
