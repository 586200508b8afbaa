"""Records as they travel in bundles (docs/FORMAT.md §2.7): encode, check, compare.

A record carries a global id, the vault it was created in, and a version vector (``clock``):
each vault that edits a record counts its own edits. Comparing two clocks tells newer, older,
the same, or a concurrent edit — which becomes a conflict for a person, never last-writer-wins.
Location metadata can be stripped losslessly from JPEG and PNG copies (no re-encoding: the
image data stays byte-identical, only metadata segments go).
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
import struct
from collections.abc import Iterable, Iterator
from typing import Any

from archive_app.exchange.canonical import MAX_DEPTH
from archive_app.exchange.errors import BundleRejected
from archive_app.ingest.model import DOC_TYPES

DOMAIN_RECORD = b"letapis/v1/record\x00"
RECORDS_PER_MEMBER = 1000
MAX_MEMBER_BYTES = 8 * 1024 * 1024
MAX_RECORD_BYTES = 64 * 1024 * 1024
#: Fields of a document that travel (besides id, origin, clock, revision, attachments …).
DOC_FIELDS = (
    "title",
    "text",
    "type",
    "language",
    "date",
    "source",
    "author",
    "tags",
    "collections",
    "metadata",
    "provenance",
)
#: Fields that may be marked sensitive and left out (the type is never secret).
REDACTABLE = frozenset(DOC_FIELDS) - {"type"}
_HEX32 = re.compile(r"\A[0-9a-f]{32}\Z")
_HEX64 = re.compile(r"\A[0-9a-f]{64}\Z")
_LOCATION_KEY = re.compile(r"gps|location|latitude|longitude|altitude|geo", re.IGNORECASE)
_RECORD_KEYS = frozenset(
    {"id", "origin", "clock", "revision", "attachments", "redacted", "custody", *DOC_FIELDS}
)


class Relation(enum.Enum):
    """How an incoming clock relates to the local one."""

    SAME = "same"
    NEWER = "newer"
    OLDER = "older"
    CONCURRENT = "concurrent"


def compare_clocks(local: dict[str, int], incoming: dict[str, int]) -> Relation:
    """Compare two version vectors.

    >>> compare_clocks({"a": 1}, {"a": 2}).value
    'newer'
    >>> compare_clocks({"a": 2, "b": 1}, {"a": 1, "b": 2}).value
    'concurrent'
    """
    keys = set(local) | set(incoming)
    ahead = any(incoming.get(k, 0) > local.get(k, 0) for k in keys)
    behind = any(incoming.get(k, 0) < local.get(k, 0) for k in keys)
    if ahead and behind:
        return Relation.CONCURRENT
    if ahead:
        return Relation.NEWER
    if behind:
        return Relation.OLDER
    return Relation.SAME


def merge_clocks(*clocks: dict[str, int]) -> dict[str, int]:
    """Pointwise maximum of version vectors."""
    merged: dict[str, int] = {}
    for clock in clocks:
        for key, value in clock.items():
            merged[key] = max(merged.get(key, 0), value)
    return merged


def record_json_bytes(value: Any) -> bytes:
    """Deterministic JSON of a record (sorted keys, ASCII; floats allowed in metadata)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def revision_of(record: dict[str, Any]) -> str:
    """Hex SHA-256 of a record's content (without ``revision`` and ``custody``)."""
    body = {k: v for k, v in record.items() if k not in ("revision", "custody")}
    return hashlib.sha256(DOMAIN_RECORD + record_json_bytes(body)).hexdigest()


def strip_location_keys(value: Any) -> tuple[Any, int]:
    """Remove location-like keys (GPS, latitude …) from nested metadata; return it and a count."""
    if isinstance(value, dict):
        removed = 0
        result: dict[str, Any] = {}
        for key, item in value.items():
            if _LOCATION_KEY.search(str(key)):
                removed += 1
                continue
            result[key], n = strip_location_keys(item)
            removed += n
        return result, removed
    if isinstance(value, list):
        items = [strip_location_keys(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    return value, 0


def chunk_records(records: Iterable[dict[str, Any]]) -> Iterator[tuple[str, bytes]]:
    """Pack records into ``records/NNNNNN.jsonl`` members (≤ 1000 records or ≈ 8 MiB each)."""
    number = 0
    lines: list[bytes] = []
    size = 0
    for record in records:
        line = record_json_bytes(record) + b"\n"
        if lines and (len(lines) >= RECORDS_PER_MEMBER or size + len(line) > MAX_MEMBER_BYTES):
            number += 1
            yield f"records/{number:06d}.jsonl", b"".join(lines)
            lines, size = [], 0
        lines.append(line)
        size += len(line)
    if lines:
        number += 1
        yield f"records/{number:06d}.jsonl", b"".join(lines)


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("duplicate key")
        result[key] = value
    return result


def _depth(value: Any, depth: int = 0) -> int:
    if depth > MAX_DEPTH:
        raise ValueError("too deep")
    if isinstance(value, dict):
        return max([_depth(v, depth + 1) for v in value.values()], default=depth)
    if isinstance(value, list):
        return max([_depth(v, depth + 1) for v in value], default=depth)
    return depth


def _bad(detail: str) -> BundleRejected:
    return BundleRejected("record", f"a record in it is malformed ({detail})")


def parse_record_line(line: bytes) -> dict[str, Any]:
    """Parse and check one record line; raise :class:`BundleRejected` if malformed."""
    if len(line) > MAX_RECORD_BYTES:
        raise _bad("too large")
    try:
        value = json.loads(
            line.decode("ascii"),
            object_pairs_hook=_reject_duplicates,
            parse_constant=lambda _: (_ for _ in ()).throw(ValueError("constant")),
        )
        _depth(value)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise _bad("not valid JSON") from exc
    if not isinstance(value, dict) or not set(value) <= _RECORD_KEYS:
        raise _bad("unexpected fields")
    for key in ("id", "origin"):
        if not isinstance(value.get(key), str) or not _HEX32.match(value[key]):
            raise _bad(key)
    clock = value.get("clock")
    if not isinstance(clock, dict) or not clock or len(clock) > 1000:
        raise _bad("clock")
    for key, count in clock.items():
        if not _HEX32.match(key) or not isinstance(count, int) or isinstance(count, bool):
            raise _bad("clock")
        if not 0 < count < 2**53:
            raise _bad("clock")
    if value.get("revision") != revision_of(value):
        raise _bad("revision")
    for key in ("title", "text", "type"):
        if not isinstance(value.get(key, ""), str):
            raise _bad(key)
    if value.get("type", "other") not in DOC_TYPES:
        raise _bad("type")
    for key in ("language", "date", "source", "author"):
        if value.get(key) is not None and not isinstance(value[key], str):
            raise _bad(key)
    for key in ("tags", "collections", "redacted"):
        items = value.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise _bad(key)
    for key in ("metadata", "provenance"):
        if not isinstance(value.get(key, {}), dict):
            raise _bad(key)
    if not isinstance(value.get("custody", []), list):
        raise _bad("custody")
    attachments = value.get("attachments", [])
    if not isinstance(attachments, list):
        raise _bad("attachments")
    for att in attachments:
        if (
            not isinstance(att, dict)
            or not isinstance(att.get("sha256"), str)
            or not _HEX64.match(att["sha256"])
            or not isinstance(att.get("size"), int)
            or isinstance(att["size"], bool)
            or not 0 <= att["size"] <= 2**40
            or not isinstance(att.get("name", ""), str)
            or not isinstance(att.get("mime", ""), str)
            or not isinstance(att.get("metadata", {}), dict)
        ):
            raise _bad("attachment")
    return value


def iter_record_lines(data: bytes) -> Iterator[dict[str, Any]]:
    """Every record of one ``records/*.jsonl`` member."""
    if data and not data.endswith(b"\n"):
        raise _bad("the last line is cut")
    for line in data.split(b"\n")[:-1]:
        yield parse_record_line(line)


# --- lossless location stripping ---------------------------------------------------------------

_JPEG_DROP = {0xE1, 0xED, 0xFE}  # APP1 (EXIF, XMP), APP13 (IPTC/Photoshop), COM
_PNG_DROP = {b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"}


def strip_image_metadata(data: bytes, mime: str) -> bytes | None:
    """A copy of a JPEG or PNG without metadata segments, or None if not such an image.

    The compressed image data are kept byte for byte; only EXIF (with GPS), XMP, IPTC,
    comments and PNG text chunks are removed. Malformed images give None (the caller then
    leaves the file out rather than risk sending a location).
    """
    if data[:3] == b"\xff\xd8\xff":
        return _strip_jpeg(data)
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return _strip_png(data)
    return None


def _strip_jpeg(data: bytes) -> bytes | None:
    out = bytearray(b"\xff\xd8")
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data
            out += data[pos:]
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[pos : pos + 2]
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            return None
        if marker not in _JPEG_DROP:
            out += data[pos : pos + 2 + length]
        pos += 2 + length
    return None


def _strip_png(data: bytes) -> bytes | None:
    out = bytearray(data[:8])
    pos = 8
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            return None
        if kind not in _PNG_DROP:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            return bytes(out)
    return None
