"""Legacy Word 97–2003 ``.doc`` files: the main text through the piece table (MS-DOC).

Read with olefile (BSD) and our own few lines of the format: the File Information Block gives
the table stream and the position of the piece table (``Clx``); each piece is either 8-bit
("compressed", cp1252) or UTF-16 text in the WordDocument stream. Only the main document
(``ccpText`` characters) is read; field codes are dropped and field results kept.
Summary information gives title, author and creation time.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

from archive_app.ingest.extractors.common import ExtractionError, make_document
from archive_app.ingest.extractors.ole import OLE_ERRORS, open_ole, read_stream, summary
from archive_app.ingest.model import NewDocument

__all__ = ["doc_text", "extract"]

MAX_PIECES = 100_000
_FIELD = re.compile("\x13[^\x13\x14\x15]*\x14([^\x13\x14\x15]*)\x15|\x13[^\x13\x14\x15]*\x15")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")


def doc_text(word: bytes, table: bytes) -> str:
    """The main text of a Word binary document from its two streams.

    :param word: the WordDocument stream.
    :param table: the 0Table or 1Table stream the FIB names.
    :raises ExtractionError: a piece table that does not fit the streams.
    """
    try:
        ccp_text = struct.unpack_from("<i", word, 0x4C)[0]
        fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x1A2)
    except struct.error:
        raise ExtractionError("it is not a readable Word document (header cut short)") from None
    clx = table[fc_clx : fc_clx + lcb_clx]
    if len(clx) != lcb_clx or lcb_clx == 0:
        raise ExtractionError("the Word document is damaged (no piece table)")
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: formatting, skipped
        pos += 3 + struct.unpack_from("<H", clx, pos + 1)[0]
    if pos + 5 > len(clx) or clx[pos] != 0x02:
        raise ExtractionError("the Word document is damaged (no piece table)")
    lcb = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5 : pos + 5 + lcb]
    count = (len(plc) - 4) // 12
    if count <= 0 or count > MAX_PIECES:
        raise ExtractionError("the Word document is damaged (no piece table)")
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    parts: list[str] = []
    total = 0
    for k in range(count):
        chars = cps[k + 1] - cps[k]
        if chars <= 0:
            continue
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * k + 2)[0]
        if fc & 0x40000000:
            start = (fc & 0x3FFFFFFF) // 2
            raw = word[start : start + chars]
            parts.append(raw.decode("cp1252", errors="replace"))
        else:
            raw = word[fc : fc + 2 * chars]
            parts.append(raw.decode("utf-16-le", errors="replace"))
        total += chars
        if 0 <= ccp_text <= total:
            break
    text = "".join(parts)
    if ccp_text >= 0:
        text = text[:ccp_text]
    text = _FIELD.sub(lambda m: m.group(1) or "", text)
    text = text.replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    text = text.replace("\x07", "\t")  # end of a table cell
    return _CONTROL.sub("", text)


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Read a Word 97–2003 document into one document.

    :param path: the file's path (its name is the fallback title).
    :param data: the .doc bytes.
    :raises ExtractionError: not a Word document, encrypted, or damaged.
    """
    ole = open_ole(data, "Word document")
    try:
        word = read_stream(ole, "WordDocument", "Word document")
        if len(word) < 0x1AA or struct.unpack_from("<H", word, 0)[0] != 0xA5EC:
            raise ExtractionError("it is not a readable Word document (unknown header)")
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if flags & 0x0100:
            raise ExtractionError("it is protected by a password")
        table = read_stream(ole, "1Table" if flags & 0x0200 else "0Table", "Word document")
        text = doc_text(word, table)
        props = summary(ole)
    except OLE_ERRORS as exc:
        raise ExtractionError("the Word document is damaged") from exc
    finally:
        ole.close()
    return [
        make_document(
            text,
            title=props.prop("title"),
            fallback_title=path.stem,
            author=props.prop("author"),
            date=props.date,
            metadata={"format": "doc", **props.extra()},
        )
    ]
