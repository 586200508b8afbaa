"""Legacy PowerPoint ``.ppt`` files (97–2003): the text of the slides and notes.

No maintained Python library reads the binary PowerPoint format, so this is the plain record
walk that Apache POI's "quick" extractor also does (MS-PPT 2.3): the "PowerPoint Document"
stream is a tree of records with an 8-byte header (version/instance, type, length); text
lives in TextCharsAtom (UTF-16) and TextBytesAtom (8-bit) records. Every length is checked
against its container, nesting and record counts are capped, and the master slides' placeholder
text ("Click to edit Master title style") is skipped. Text kept by older "fast saves" may be
read too: for evidence, more text is better than less.
"""

from __future__ import annotations

import struct
from pathlib import Path

from archive_app.ingest.extractors.common import ExtractionError, make_document
from archive_app.ingest.extractors.ole import OLE_ERRORS, open_ole, read_stream, summary
from archive_app.ingest.model import NewDocument

__all__ = ["extract", "ppt_text"]

MAX_DEPTH = 32
MAX_RECORDS = 2_000_000
MAX_CHARS = 20_000_000
_TEXT_CHARS = 0x0FA0
_TEXT_BYTES = 0x0FA8
_MAIN_MASTER = 0x03F8
_HANDOUT = 0x0FC9
_CRYPT_SESSION = 0x2F14
_SKIPPED = frozenset({_MAIN_MASTER, _HANDOUT})


def ppt_text(stream: bytes) -> list[str]:
    """The text runs of a "PowerPoint Document" stream, in stream order, without repeats.

    :param stream: the stream's bytes.
    :raises ExtractionError: the file is encrypted.
    """
    runs: list[str] = []
    seen: set[str] = set()
    chars = records = 0
    # (position, end of the enclosing container, depth): no recursion, bounded work.
    stack = [(0, len(stream), 0)]
    while stack:
        pos, end, depth = stack.pop()
        while pos + 8 <= end:
            records += 1
            if records > MAX_RECORDS or chars > MAX_CHARS:
                return runs
            ver_inst, rec_type, length = struct.unpack_from("<HHI", stream, pos)
            body = pos + 8
            if length > end - body:
                break  # a record longer than its container: the rest is damaged
            if rec_type == _CRYPT_SESSION:
                raise ExtractionError("it is protected by a password")
            if ver_inst & 0x000F == 0x000F:  # a container
                if rec_type not in _SKIPPED and depth < MAX_DEPTH:
                    stack.append((body + length, end, depth))
                    pos, end, depth = body, body + length, depth + 1
                    continue
            elif rec_type in (_TEXT_CHARS, _TEXT_BYTES):
                raw = stream[body : body + length]
                codec = "utf-16-le" if rec_type == _TEXT_CHARS else "latin-1"
                text = raw.decode(codec, errors="replace").replace("\r", "\n").replace("\x0b", "\n")
                text = text.strip()
                if text and text not in seen:
                    seen.add(text)
                    runs.append(text)
                    chars += len(text)
            pos = body + length
    return runs


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Read a PowerPoint 97–2003 presentation into one document.

    :param path: the file's path (its name is the fallback title).
    :param data: the .ppt bytes.
    :raises ExtractionError: not a presentation, encrypted, or damaged.
    """
    what = "PowerPoint file"
    ole = open_ole(data, what)
    try:
        if ole.exists("EncryptedSummary"):
            raise ExtractionError("it is protected by a password")
        runs = ppt_text(read_stream(ole, "PowerPoint Document", what))
        props = summary(ole)
    except OLE_ERRORS as exc:
        raise ExtractionError("the PowerPoint file is damaged") from exc
    finally:
        ole.close()
    return [
        make_document(
            "\n\n".join(runs),
            title=props.prop("title"),
            fallback_title=path.stem,
            author=props.prop("author"),
            date=props.date,
            metadata={"format": "ppt", **props.extra()},
        )
    ]
