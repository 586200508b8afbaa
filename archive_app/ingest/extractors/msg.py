"""Outlook ``.msg`` (MS-OXMSG) through olefile (BSD), not extract-msg (GPL).

Strings are stored as UTF-16 (type 001F) or as 8-bit text (001E) in the message's code page
(PR_MESSAGE_CODEPAGE / PR_INTERNET_CPID), which we use when present and otherwise detect, so
windows-1251 subjects and bodies decode. Attachments become attachments with their text read.
"""

from __future__ import annotations

import io
import re
import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import olefile  # type: ignore[import-untyped]

from archive_app.ingest.encoding import decode_text
from archive_app.ingest.extractors.common import (
    ExtractionError,
    inline_attachment,
    make_document,
)
from archive_app.ingest.extractors.email import MAX_NESTING, AttachmentReader, decode_declared
from archive_app.ingest.extractors.html import html_to_text
from archive_app.ingest.model import NewAttachment, NewDocument

__all__ = ["extract"]

MAX_STREAM_BYTES = 64 * 1024 * 1024
MAX_ATTACHMENTS = 1000
_PR_SUBJECT = 0x0037
_PR_SENDER_NAME = 0x0C1A
_PR_SENDER_EMAIL = 0x0C1F
_PR_SENT_REPRESENTING_NAME = 0x0042
_PR_DISPLAY_TO = 0x0E04
_PR_DISPLAY_CC = 0x0E03
_PR_BODY = 0x1000
_PR_HTML = 0x1013
_PR_HEADERS = 0x007D
_PR_SUBMIT_TIME = 0x0039
_PR_DELIVERY_TIME = 0x0E06
_PR_MESSAGE_CODEPAGE = 0x3FFD
_PR_INTERNET_CPID = 0x3FDE
_PR_ATTACH_LONG_FILENAME = 0x3707
_PR_ATTACH_FILENAME = 0x3704
_PR_ATTACH_DATA = 0x3701
_PR_ATTACH_MIME = 0x370E


class _Storage:
    """One property storage (the message or an attachment) of a .msg file."""

    def __init__(self, ole: olefile.OleFileIO, prefix: str, header_size: int) -> None:
        self.ole = ole
        self.prefix = prefix
        self.fixed: dict[int, tuple[int, bytes]] = {}
        props = self._raw(f"{prefix}__properties_version1.0")
        if props:
            for off in range(header_size, len(props) - 15, 16):
                tag, _flags = struct.unpack("<II", props[off : off + 8])
                self.fixed[tag >> 16] = (tag & 0xFFFF, props[off + 8 : off + 16])
        self.codepage: str | None = None
        for prop in (_PR_INTERNET_CPID, _PR_MESSAGE_CODEPAGE):
            value = self.integer(prop)
            if value and value not in (1200, 65001):
                self.codepage = f"cp{value}"
                break
            if value == 65001:
                self.codepage = "utf-8"
                break

    def _raw(self, name: str) -> bytes | None:
        if not self.ole.exists(name):
            return None
        if self.ole.get_size(name) > MAX_STREAM_BYTES:
            raise ExtractionError("a part of the message is too large to read safely")
        with self.ole.openstream(name) as fh:
            data: bytes = fh.read(MAX_STREAM_BYTES + 1)
        return data

    def integer(self, prop: int) -> int | None:
        """A 32-bit integer property from the fixed-size property stream."""
        entry = self.fixed.get(prop)
        if entry is None or entry[0] not in (0x0003, 0x0002):
            return None
        return int(struct.unpack("<i", entry[1][:4])[0])

    def time(self, prop: int) -> str | None:
        """A PT_SYSTIME property as ISO 8601 (UTC)."""
        entry = self.fixed.get(prop)
        if entry is None or entry[0] != 0x0040:
            return None
        ticks = struct.unpack("<Q", entry[1])[0]
        try:
            when = datetime(1601, 1, 1, tzinfo=UTC) + timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None
        return when.isoformat()

    def binary(self, prop: int) -> bytes | None:
        """A binary (0102) property."""
        return self._raw(f"{self.prefix}__substg1.0_{prop:04X}0102")

    def string(self, prop: int) -> str:
        """A string property, UTF-16 or 8-bit in the message code page; "" if absent."""
        data = self._raw(f"{self.prefix}__substg1.0_{prop:04X}001F")
        if data is not None:
            return data.decode("utf-16-le", errors="replace").rstrip("\x00")
        data = self._raw(f"{self.prefix}__substg1.0_{prop:04X}001E")
        if data is None:
            return ""
        data = data.rstrip(b"\x00")
        if self.codepage:
            try:
                return data.decode(self.codepage)
            except (UnicodeDecodeError, LookupError):
                pass
        return decode_text(data).text


def _attachments(
    ole: olefile.OleFileIO, root: _Storage, read: AttachmentReader | None, depth: int
) -> tuple[list[NewAttachment], list[str]]:
    prefixes = sorted(
        {entry[0] for entry in ole.listdir() if entry[0].startswith("__attach_version1.0_#")}
    )
    out: list[NewAttachment] = []
    problems: list[str] = []
    skipped: list[dict[str, Any]] = []
    for index, prefix in enumerate(prefixes[:MAX_ATTACHMENTS]):
        store = _Storage(ole, prefix + "/", 8)
        store.codepage = root.codepage
        data = store.binary(_PR_ATTACH_DATA)
        if data is None:
            continue  # an embedded message or OLE object: kept inside the original .msg
        name = store.string(_PR_ATTACH_LONG_FILENAME) or store.string(_PR_ATTACH_FILENAME)
        name = re.sub(r"[\\/\x00]", "_", name).strip() or f"attachment-{index}"
        text = ""
        if read is not None and depth < MAX_NESTING:
            try:
                text = read(name, data, depth + 1)
            except ExtractionError as exc:
                problems.append(f"attachment {name}: {exc}")
        att = inline_attachment(name, data, store.string(_PR_ATTACH_MIME) or None, text, skipped)
        if att is not None:
            out.append(att)
    for big in skipped:
        problems.append(f"attachment {big['name']} is kept inside the original file only")
    return out, problems


def extract(
    path: Path, data: bytes, read_attachment: AttachmentReader | None = None, depth: int = 0
) -> list[NewDocument]:
    """Read an Outlook message into one "letter" document.

    :param path: the file's path.
    :param data: the .msg bytes.
    :param read_attachment: reads attachments' text.
    :param depth: nesting depth.
    :raises ExtractionError: not an OLE file or not a message.
    """
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, struct.error, IndexError, TypeError, KeyError) as exc:
        raise ExtractionError("it is not a readable Outlook message (damaged file)") from exc
    try:
        root = _Storage(ole, "", 32)
        subject = root.string(_PR_SUBJECT)
        body = root.string(_PR_BODY)
        if not body.strip():
            html = root.binary(_PR_HTML)
            if html:
                body = html_to_text(decode_declared(html, root.codepage), main_only=False)[0]
        sender_name = root.string(_PR_SENDER_NAME) or root.string(_PR_SENT_REPRESENTING_NAME)
        sender_email = root.string(_PR_SENDER_EMAIL)
        sender = (
            f"{sender_name} <{sender_email}>"
            if sender_email and sender_name
            else (sender_name or sender_email)
        )
        attachments, problems = _attachments(ole, root, read_attachment, depth)
        date = root.time(_PR_SUBMIT_TIME) or root.time(_PR_DELIVERY_TIME)
        metadata: dict[str, Any] = {
            "format": "msg",
            "from": sender,
            "to": [s.strip() for s in root.string(_PR_DISPLAY_TO).split(";") if s.strip()],
            "cc": [s.strip() for s in root.string(_PR_DISPLAY_CC).split(";") if s.strip()],
            "subject": subject,
            "codepage": root.codepage,
        }
        if problems:
            metadata["problems"] = problems
    except (OSError, ValueError, struct.error, IndexError, TypeError, KeyError) as exc:
        raise ExtractionError("the Outlook message is damaged") from exc
    finally:
        ole.close()
    if not (subject or body or attachments):
        raise ExtractionError("it is not an Outlook message (no message properties)")
    return [
        make_document(
            body,
            title=subject or None,
            fallback_title=sender or path.stem,
            type="letter",
            date=date,
            author=sender or None,
            metadata={k: v for k, v in metadata.items() if v},
            attachments=attachments,
            provenance={"format": "msg"},
        )
    ]
