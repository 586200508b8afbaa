"""Builders of legacy Office files for the tests: Excel 97 workbooks and PowerPoint 97 decks.

Made byte by byte after MS-XLS and MS-PPT, inside the minimal OLE container of
:func:`tests.ingest.hostile.compound_file`, so every test knows exactly what its file holds.
"""

from __future__ import annotations

import struct

from .hostile import compound_file

#: A cell given as ``Date(serial)`` is written as a number in a date format (Excel's way).
XF_GENERAL = 15
XF_DATE = 16


class Date(float):
    """An Excel date serial (days since 1899-12-30), written with a date format."""


def _rec(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def _bof(kind: int) -> bytes:
    return _rec(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 6))


def _xf(fmt: int) -> bytes:
    flags = 0xFFF5 if fmt == 0 else 0x0001  # a style XF, or a cell XF
    return _rec(0x00E0, struct.pack("<HHHBBBBIIH", 0, fmt, flags, 0x20, 0, 0, 0, 0, 0, 0x20C0))


def biff8_stream(sheets: dict[str, list[list[str | float]]]) -> bytes:
    """The "Workbook" stream of an Excel 97 (BIFF8) workbook with these cells.

    Strings go to the shared string table (UTF-16); numbers are NUMBER records.
    """
    strings: list[str] = []
    for rows in sheets.values():
        for row in rows:
            for value in row:
                if isinstance(value, str) and value not in strings:
                    strings.append(value)
    bodies = []
    for rows in sheets.values():
        body = _bof(0x0010)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, str):
                    body += _rec(
                        0x00FD, struct.pack("<HHHI", r, c, XF_GENERAL, strings.index(value))
                    )
                else:
                    xf = XF_DATE if isinstance(value, Date) else XF_GENERAL
                    body += _rec(0x0203, struct.pack("<HHHd", r, c, xf, float(value)))
        bodies.append(body + _rec(0x000A, b""))
    sst = _rec(
        0x00FC,
        struct.pack("<II", len(strings), len(strings))
        + b"".join(struct.pack("<HB", len(s), 1) + s.encode("utf-16-le") for s in strings),
    )

    def boundsheet(name: str, pos: int) -> bytes:
        body = struct.pack("<IBBBB", pos, 0, 0, len(name), 1) + name.encode("utf-16-le")
        return _rec(0x0085, body)

    head = _bof(0x0005) + _rec(0x0042, struct.pack("<H", 1200))  # code page: UTF-16
    head += b"".join(_xf(0) for _ in range(16)) + _xf(14)  # XF 16: the built-in date format
    names = list(sheets)
    pos = len(head) + sum(len(boundsheet(n, 0)) for n in names) + len(sst) + 4
    book = head
    for name, body in zip(names, bodies, strict=True):
        book += boundsheet(name, pos)
        pos += len(body)
    return book + sst + _rec(0x000A, b"") + b"".join(bodies)


def excel97_xls(sheets: dict[str, list[list[str | float]]]) -> bytes:
    """An Excel 97 ``.xls`` file holding ``sheets``."""
    return compound_file({"Workbook": biff8_stream(sheets)})


def ppt_atom(kind: int, body: bytes) -> bytes:
    return struct.pack("<HHI", 0, kind, len(body)) + body


def ppt_container(kind: int, *children: bytes) -> bytes:
    body = b"".join(children)
    return struct.pack("<HHI", 0x000F, kind, len(body)) + body


def text_chars(text: str) -> bytes:
    """A TextCharsAtom (UTF-16)."""
    return ppt_atom(0x0FA0, text.encode("utf-16-le"))


def text_bytes(text: str) -> bytes:
    """A TextBytesAtom (8-bit)."""
    return ppt_atom(0x0FA8, text.encode("latin-1"))


def text_header(kind: int) -> bytes:
    """A TextHeaderAtom (0 title, 1 body, 2 notes)."""
    return ppt_atom(0x0F9F, struct.pack("<I", kind))


def powerpoint97_ppt(stream: bytes) -> bytes:
    """A PowerPoint 97 ``.ppt`` with this "PowerPoint Document" stream."""
    return compound_file({"PowerPoint Document": stream, "Current User": bytes(20)})
