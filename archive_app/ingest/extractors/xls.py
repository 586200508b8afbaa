"""Legacy Excel ``.xls`` workbooks (BIFF5/BIFF8, Excel 95–2003): cell text, sheet by sheet.

Read with xlrd (BSD), which decodes the workbook's own code page (a Cyrillic list saved by
Excel 97 in windows-1251 reads right). Like XLSX, rows become tab-separated lines under a
heading with the sheet's name; dates are written as ISO dates; formulas are not evaluated (the
cached value is read). Sheets and cells are capped; the worker's memory limit bounds the rest.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

import xlrd  # type: ignore[import-untyped]

from archive_app.ingest.extractors.common import ExtractionError, make_document
from archive_app.ingest.extractors.ole import OLE_ERRORS, OLE_MAGIC, Summary, open_ole, summary
from archive_app.ingest.model import NewDocument

__all__ = ["extract"]

MAX_SHEETS = 200
MAX_CELLS = 2_000_000


def _cell_text(cell: Any, datemode: int) -> str:
    kind = cell.ctype
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if kind == xlrd.XL_CELL_TEXT:
        return str(cell.value).strip()
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if kind == xlrd.XL_CELL_DATE:
        try:
            when: datetime = xlrd.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return str(cell.value)
        return when.date().isoformat() if when.time() == datetime.min.time() else when.isoformat()
    value = cell.value
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _summary(data: bytes) -> Summary:
    """Title and author from the OLE summary (BIFF2–4 files are bare streams: none)."""
    if not data.startswith(OLE_MAGIC):
        return Summary(None)
    try:
        ole = open_ole(data, "Excel workbook")
    except ExtractionError:
        return Summary(None)
    try:
        return summary(ole)
    finally:
        ole.close()


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Read an Excel 95–2003 workbook into one document.

    :param path: the file's path (its name is the fallback title).
    :param data: the workbook's bytes.
    :raises ExtractionError: damaged, encrypted, or not a workbook.
    """
    try:
        with open(os.devnull, "w") as quiet:  # xlrd prints warnings: never document content
            book = xlrd.open_workbook(
                file_contents=data, on_demand=True, ragged_rows=True, logfile=quiet
            )
    except xlrd.biffh.XLRDError as exc:
        reason = str(exc).lower()
        if "encrypt" in reason or "password" in reason:
            raise ExtractionError("it is protected by a password") from None
        raise ExtractionError("it is not a readable Excel workbook (damaged file)") from None
    except (*OLE_ERRORS, AssertionError, UnicodeDecodeError, MemoryError):
        raise ExtractionError("it is not a readable Excel workbook (damaged file)") from None
    lines: list[str] = []
    cells = 0
    truncated = False
    try:
        for index in range(min(book.nsheets, MAX_SHEETS)):
            sheet = book.sheet_by_index(index)
            rows: list[str] = []
            for r in range(sheet.nrows):
                values = [_cell_text(c, book.datemode) for c in sheet.row(r)]
                cells += len(values)
                while values and not values[-1]:
                    values.pop()
                if values:
                    rows.append("\t".join(values))
                if cells > MAX_CELLS:
                    truncated = True
                    break
            book.unload_sheet(index)
            if rows:
                lines.append(f"## {sheet.name}")
                lines.extend(rows)
                lines.append("")
            if truncated:
                break
    except (xlrd.biffh.XLRDError, *OLE_ERRORS, AssertionError, UnicodeDecodeError):
        raise ExtractionError("the Excel workbook is damaged") from None
    finally:
        book.release_resources()
    metadata: dict[str, Any] = {"format": "xls", "sheets": book.nsheets}
    if truncated or book.nsheets > MAX_SHEETS:
        metadata["damaged"] = "only the first part of a very large workbook was read"
    props = _summary(data)
    metadata.update(props.extra())
    return [
        make_document(
            "\n".join(lines).strip(),
            title=props.prop("title"),
            fallback_title=path.stem,
            author=props.prop("author"),
            date=props.date,
            metadata=metadata,
        )
    ]
