"""XLSX spreadsheets (lists of detainees, trial calendars …): cell text, sheet by sheet.

Same bounded ZIP and safe XML as DOCX. Rows become tab-separated lines under a heading with
the sheet's name; formulas are not evaluated (the cached value, if any, is read).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive_app.ingest.extractors.common import make_document
from archive_app.ingest.extractors.docx import core_properties
from archive_app.ingest.extractors.safezip import BoundedZip, parse_xml
from archive_app.ingest.model import NewDocument

__all__ = ["extract"]

_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MAX_SHEETS = 200
MAX_CELLS = 2_000_000


def _shared_strings(zf: BoundedZip) -> list[str]:
    data = zf.read("xl/sharedStrings.xml")
    if not data:
        return []
    root = parse_xml(data, "XLSX")
    return ["".join(t.text or "" for t in si.iter(f"{_S}t")) for si in root.iter(f"{_S}si")]


def _sheets(zf: BoundedZip) -> list[tuple[str, str]]:
    """(sheet name, part name) in workbook order."""
    book = parse_xml(zf.read("xl/workbook.xml", required=True) or b"", "XLSX")
    rels_data = zf.read("xl/_rels/workbook.xml.rels")
    targets: dict[str, str] = {}
    if rels_data:
        for rel in parse_xml(rels_data, "XLSX").iter(f"{_PKG_REL}Relationship"):
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[rel.get("Id", "")] = target
    out = []
    for index, sheet in enumerate(book.iter(f"{_S}sheet"), start=1):
        part = targets.get(sheet.get(f"{_R}id", ""), f"xl/worksheets/sheet{index}.xml")
        out.append((sheet.get("name", f"Sheet {index}"), part))
    return out[:MAX_SHEETS]


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Read an XLSX workbook into one document.

    :param path: the file's path (its name is the fallback title).
    :param data: the workbook's bytes.
    :raises ExtractionError: damaged, a zip bomb, or XML with DTDs/entities.
    """
    zf = BoundedZip(data, "XLSX")
    strings = _shared_strings(zf)
    lines: list[str] = []
    cells = 0
    for name, part in _sheets(zf):
        xml = zf.read(part)
        if not xml:
            continue
        lines.append(f"## {name}")
        for row in parse_xml(xml, "XLSX").iter(f"{_S}row"):
            values = []
            for cell in row.iter(f"{_S}c"):
                cells += 1
                kind = cell.get("t")
                if kind == "inlineStr":
                    values.append("".join(t.text or "" for t in cell.iter(f"{_S}t")))
                    continue
                v = cell.find(f"{_S}v")
                text = v.text if v is not None and v.text else ""
                if kind == "s" and text.isdigit() and int(text) < len(strings):
                    text = strings[int(text)]
                values.append(text)
            if any(values):
                lines.append("\t".join(values).rstrip("\t"))
            if cells > MAX_CELLS:
                break
    props = core_properties(zf)
    metadata: dict[str, Any] = {"format": "xlsx"}
    if zf.salvaged:
        metadata["damaged"] = "the XLSX is cut short; its text was recovered from what remains"
    created = props.get("created") or props.get("modified")
    return [
        make_document(
            "\n".join(lines),
            title=props.get("title"),
            fallback_title=path.stem,
            author=props.get("creator"),
            date=created[:10] if created else None,
            metadata=metadata,
        )
    ]
