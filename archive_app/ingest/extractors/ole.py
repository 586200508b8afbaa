"""OLE Compound Files (the legacy Office containers): opening them and their summary.

Word 97 ``.doc``, Excel 97 ``.xls`` and PowerPoint 97 ``.ppt`` are all OLE2 "structured
storage" files; olefile (BSD) reads the container with bounds checks of its own. The
SummaryInformation stream gives title, author and creation time, in the file's code page.
"""

from __future__ import annotations

import io
import struct
from typing import Any

import olefile  # type: ignore[import-untyped]

from archive_app.ingest.extractors.common import ExtractionError

__all__ = [
    "MAX_STREAM_BYTES",
    "OLE_ERRORS",
    "OLE_MAGIC",
    "Summary",
    "open_ole",
    "read_stream",
    "summary",
]

MAX_STREAM_BYTES = 256 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: What olefile raises on a damaged container.
OLE_ERRORS = (OSError, ValueError, struct.error, IndexError, TypeError, KeyError)


def open_ole(data: bytes, what: str) -> olefile.OleFileIO:
    """Open an OLE container from bytes.

    :param data: the file's bytes.
    :param what: the format's name for messages ("Word document", "PowerPoint file" …).
    :raises ExtractionError: not an OLE container, or a damaged one.
    """
    try:
        return olefile.OleFileIO(io.BytesIO(data))
    except OLE_ERRORS as exc:
        raise ExtractionError(f"it is not a readable {what} (damaged file)") from exc


def read_stream(ole: olefile.OleFileIO, name: str, what: str) -> bytes:
    """One stream's bytes, refused above :data:`MAX_STREAM_BYTES`.

    :raises ExtractionError: no such stream, or too large.
    """
    if not ole.exists(name):
        raise ExtractionError(f"it is not a readable {what} (no {name} stream)")
    if ole.get_size(name) > MAX_STREAM_BYTES:
        raise ExtractionError(f"the {what} is too large to read safely")
    with ole.openstream(name) as fh:
        data: bytes = fh.read(MAX_STREAM_BYTES)
    return data


class Summary:
    """Title, author, date and a few more properties of an OLE file's SummaryInformation."""

    def __init__(self, meta: Any) -> None:
        self._meta = meta
        codepage = getattr(meta, "codepage", None)
        self._codec = (
            f"cp{codepage}" if isinstance(codepage, int) and 0 < codepage < 65000 else "cp1252"
        )

    def prop(self, name: str) -> str | None:
        """A text property decoded in the file's code page, or None when empty."""
        value: Any = getattr(self._meta, name, None)
        if isinstance(value, bytes):
            raw = value.rstrip(b"\x00")
            try:
                value = raw.decode(self._codec)
            except (UnicodeDecodeError, LookupError):
                value = raw.decode("cp1252", errors="replace")
        return (value.strip() or None) if isinstance(value, str) else None

    @property
    def date(self) -> str | None:
        created: Any = getattr(self._meta, "create_time", None)
        return created.date().isoformat() if hasattr(created, "date") else None

    def extra(self) -> dict[str, str]:
        """Subject, keywords and company, where recorded."""
        out = {}
        for key in ("subject", "keywords", "company"):
            value = self.prop(key)
            if value:
                out[key] = value
        return out


def summary(ole: olefile.OleFileIO) -> Summary:
    """The container's summary properties (empty when the stream is missing or damaged)."""
    try:
        return Summary(ole.get_metadata())
    except OLE_ERRORS:
        return Summary(None)
