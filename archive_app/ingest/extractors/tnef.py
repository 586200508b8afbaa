"""Outlook's TNEF (``winmail.dat``, ``application/ms-tnef``): the files and text inside.

Outlook sometimes wraps a message's attachments and body in one TNEF part, which other mail
programs show as an opaque ``winmail.dat``. tnefparse (LGPL, pure Python) decodes it; before
handing it the bytes we walk the object headers ourselves (a linear pass) and refuse a part
whose object count would make tnefparse's per-object copying too costly — a hostile file with
millions of tiny objects would otherwise cost the whole e-mail its wall-time limit.
"""

from __future__ import annotations

import struct
from typing import Any

from archive_app.ingest.encoding import decode_text
from archive_app.ingest.extractors.common import ExtractionError

__all__ = ["MAX_FILES", "is_tnef", "unpack_tnef"]

SIGNATURE = b"\x78\x9f\x3e\x22"
MAX_FILES = 1000
#: Bytes tnefparse may copy in all (it slices the rest of the data for every object).
MAX_COPY_WORK = 2_000_000_000
_HEADER = 11  # level (1), name (2), type (2), length (4) … checksum (2)


def is_tnef(data: bytes) -> bool:
    """True for a TNEF part: by its signature, whatever it is called or labelled."""
    return data[:4] == SIGNATURE


def _object_count(data: bytes) -> int:
    count, offset = 0, 6
    while offset + _HEADER <= len(data):
        (length,) = struct.unpack_from("<I", data, offset + 5)
        offset += min(len(data) - offset, length + _HEADER)
        count += 1
    return count


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return decode_text(value.rstrip(b"\x00")).text
    return value if isinstance(value, str) else ""


def _name(att: Any, index: int) -> str:
    try:
        name = att.long_filename()
    except (UnicodeDecodeError, ValueError, TypeError, AttributeError):
        name = _text(getattr(att, "_name", b""))
    name = _text(name).strip("\x00").replace("/", "_").replace("\\", "_").strip()
    return name or f"attachment-{index}"


def unpack_tnef(data: bytes) -> tuple[str, str, list[tuple[str, bytes]]]:
    """The plain body, the HTML body and the files of a TNEF part.

    :param data: the part's bytes (``winmail.dat``).
    :returns: (plain text body, HTML body, [(file name, bytes)]); bodies may be empty.
    :raises ExtractionError: not TNEF, damaged, or too costly to decode.
    """
    if data[:4] != SIGNATURE:
        raise ExtractionError("it is not a TNEF (winmail.dat) part")
    if _object_count(data) * len(data) > MAX_COPY_WORK:
        raise ExtractionError("the winmail.dat has too many parts to unpack safely")
    from tnefparse.tnef import TNEF  # type: ignore[import-untyped]

    try:
        tnef = TNEF(data)
        body = _text(tnef.body)
        html = _text(tnef.htmlbody)
        files: list[tuple[str, bytes]] = []
        for index, att in enumerate(tnef.attachments[:MAX_FILES]):
            content = att.data
            if isinstance(content, bytes) and content:
                files.append((_name(att, index), content))
    except MemoryError:
        raise
    except Exception as exc:  # a third-party parser on hostile bytes: anything it raises
        # (an attachment property before any attachment is an UnboundLocalError there).
        raise ExtractionError("the winmail.dat is damaged") from exc
    return body, html, files
