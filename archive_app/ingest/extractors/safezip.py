"""Bounded reading of ZIP containers (DOCX, ODT) and safe XML parsing.

A ZIP member is read only if its declared size, the running total and its compression ratio
are within caps, and reading stops at the declared size plus one byte, so a member that lies
about its size (case G3, zip bombs) costs at most the cap. XML is parsed by defusedxml with
DTDs, entities and external references forbidden (cases G1, G2).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element

import defusedxml  # type: ignore[import-untyped]
import defusedxml.ElementTree as SafeET  # type: ignore[import-untyped]

from archive_app.ingest.extractors.common import ExtractionError

__all__ = ["BoundedZip", "parse_xml"]

MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 10_000


@dataclass(frozen=True)
class _Member:
    """What reading a member needs, from the central directory or a local header."""

    name: str
    method: int
    compressed: int
    size: int
    #: Where the data starts (salvaged members only; the zipfile module finds its own).
    offset: int = -1


class BoundedZip:
    """A ZIP archive whose members are read within size and ratio caps.

    A container whose central directory is missing (a truncated download or copy) is read
    from its local file headers instead, as far as they go; :attr:`salvaged` says so.

    :param data: the archive's bytes.
    :param what: the format's name for messages ("DOCX", "ODT").
    """

    def __init__(self, data: bytes, what: str) -> None:
        self.what = what
        self._data = data
        self._read_total = 0
        self._zip: zipfile.ZipFile | None = None
        self.salvaged = False
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
            members = [_Member(i.filename, i.compress_type, i.compress_size, i.file_size)
                       for i in infos[: MAX_MEMBERS + 1]]  # fmt: skip
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            # NotImplementedError: a central directory naming a ZIP version zipfile does not
            # support (fuzzer finding); the local headers may still be readable.
            members = self._local_headers()
            if not members:
                raise ExtractionError(
                    f"it is not a readable {what} (damaged ZIP container)"
                ) from exc
            self._zip = None
            self.salvaged = True
        if len(members) > MAX_MEMBERS:
            raise ExtractionError(f"the {what} has too many parts")
        self._infos = {m.name: m for m in members}

    def _local_headers(self) -> list[_Member]:
        """Members found by their local headers, with sizes the headers state."""
        data = self._data
        found: list[_Member] = []
        pos = data.find(b"PK\x03\x04")
        while pos >= 0 and len(found) <= MAX_MEMBERS and pos + 30 <= len(data):
            flags, method = struct.unpack("<HH", data[pos + 6 : pos + 10])
            csize, usize, name_len, extra_len = struct.unpack("<IIHH", data[pos + 18 : pos + 30])
            name = data[pos + 30 : pos + 30 + name_len].decode("utf-8", "replace")
            start = pos + 30 + name_len + extra_len
            # Sizes written after the data (flag bit 3) are unknown here: skip such members.
            if not flags & 0x08 and method in (0, 8) and start + csize <= len(data):
                found.append(_Member(name, method, csize, usize, start))
            pos = data.find(b"PK\x03\x04", pos + 4)
        return found

    def names(self) -> list[str]:
        """Member names."""
        return list(self._infos)

    def read(self, name: str, *, required: bool = False) -> bytes | None:
        """Read one member within the caps; None if absent and not required.

        :param name: the member's name.
        :param required: raise instead of returning None when it is missing.
        """
        info = self._infos.get(name)
        if info is None:
            if required:
                detail = " (the file is cut short)" if self.salvaged else ""
                raise ExtractionError(f"the {self.what} has no {name} part{detail}")
            return None
        declared = info.size
        if declared > MAX_MEMBER_BYTES:
            raise ExtractionError(f"a part of the {self.what} is too large to read safely")
        if declared > 1024 * 1024 and declared > MAX_RATIO * max(info.compressed, 1):
            raise ExtractionError(f"the {self.what} is compressed suspiciously well (a zip bomb?)")
        if self._read_total + declared > MAX_TOTAL_BYTES:
            raise ExtractionError(f"the {self.what} is too large to read safely")
        try:
            data = self._unpack(info, declared)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
                zlib.error) as exc:  # fmt: skip
            raise ExtractionError(
                f"the {self.what} is damaged (a part cannot be unpacked)"
            ) from exc
        except RuntimeError as exc:  # zipfile: "File … is encrypted" (fuzzer finding)
            raise ExtractionError(
                f"the {self.what} is protected by a password or damaged (a part is encrypted)"
            ) from exc
        if len(data) > declared:
            raise ExtractionError(f"the {self.what} is damaged (a part is larger than declared)")
        self._read_total += len(data)
        return data

    def _unpack(self, info: _Member, declared: int) -> bytes:
        if self._zip is not None:
            with self._zip.open(info.name) as fh:
                return fh.read(declared + 1)
        raw = self._data[info.offset : info.offset + info.compressed]
        if info.method == 0:
            return raw[: declared + 1]
        # Never inflate more than the declared size plus one byte (the lie detector).
        return zlib.decompressobj(-15).decompress(raw, declared + 1)


def parse_xml(data: bytes, what: str) -> Element:
    """Parse XML with no DTD, no entity declarations and no external references.

    :param data: the XML bytes.
    :param what: the format's name for messages.
    :raises ExtractionError: malformed XML, or a DTD/entity (refused, never expanded).
    """
    try:
        root: Any = SafeET.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except (
        defusedxml.DTDForbidden,
        defusedxml.EntitiesForbidden,
        defusedxml.ExternalReferenceForbidden,
    ):
        raise ExtractionError(
            f"the {what} contains XML declarations that are refused for safety (DTD or entities)"
        ) from None
    except (SafeET.ParseError, LookupError, ValueError):
        # LookupError/ValueError: an XML declaration naming an unknown or multi-byte
        # encoding that expat cannot use (fuzzer finding: encoding="UT1-8").
        raise ExtractionError(f"the {what} is damaged (malformed XML)") from None
    return root  # type: ignore[no-any-return]
