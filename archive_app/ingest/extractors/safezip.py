"""Bounded reading of ZIP containers (DOCX, ODT) and safe XML parsing.

A ZIP member is read only if its declared size, the running total and its compression ratio
are within caps, and reading stops at the declared size plus one byte, so a member that lies
about its size (case G3, zip bombs) costs at most the cap. XML is parsed by defusedxml with
DTDs, entities and external references forbidden (cases G1, G2).
"""

from __future__ import annotations

import io
import zipfile
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


class BoundedZip:
    """A ZIP archive whose members are read within size and ratio caps.

    :param data: the archive's bytes.
    :param what: the format's name for messages ("DOCX", "ODT").
    """

    def __init__(self, data: bytes, what: str) -> None:
        self.what = what
        self._read_total = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise ExtractionError(f"it is not a readable {what} (damaged ZIP container)") from exc
        if len(infos) > MAX_MEMBERS:
            raise ExtractionError(f"the {what} has too many parts ({len(infos)})")
        self._infos = {i.filename: i for i in infos}

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
                raise ExtractionError(f"the {self.what} has no {name} part")
            return None
        declared = info.file_size
        if declared > MAX_MEMBER_BYTES:
            raise ExtractionError(f"a part of the {self.what} is too large to read safely")
        if declared > 1024 * 1024 and declared > MAX_RATIO * max(info.compress_size, 1):
            raise ExtractionError(f"the {self.what} is compressed suspiciously well (a zip bomb?)")
        if self._read_total + declared > MAX_TOTAL_BYTES:
            raise ExtractionError(f"the {self.what} is too large to read safely")
        try:
            with self._zip.open(info) as fh:
                data = fh.read(declared + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise ExtractionError(
                f"the {self.what} is damaged (a part cannot be unpacked)"
            ) from exc
        if len(data) > declared:
            raise ExtractionError(f"the {self.what} is damaged (a part is larger than declared)")
        self._read_total += len(data)
        return data


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
    except SafeET.ParseError:
        raise ExtractionError(f"the {what} is damaged (malformed XML)") from None
    return root  # type: ignore[no-any-return]
