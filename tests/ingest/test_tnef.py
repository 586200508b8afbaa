"""Outlook's winmail.dat inside an e-mail: its files become attachments, read for text."""

from __future__ import annotations

import struct
from email.message import EmailMessage

import pytest

from archive_app.ingest.extractors import extract_bytes
from archive_app.ingest.extractors.tnef import unpack_tnef

from .office97 import excel97_xls


def _object(level: int, name: int, kind: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", checksum)


def winmail_dat(body: bytes, files: list[tuple[bytes, bytes]], codepage: int = 1251) -> bytes:
    """A TNEF stream (MS-OXTNEF) with a plain body and attached files, as Outlook writes it."""
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += _object(1, 0x9006, 0x0008, struct.pack("<I", 0x00010000))  # TNEF version
    out += _object(1, 0x9007, 0x0006, struct.pack("<II", codepage, 0))  # OEM code page
    out += _object(1, 0x800C, 0x0002, body)  # attBody
    for name, data in files:
        out += _object(2, 0x9002, 0x0006, bytes(14))  # attAttachRendData: a new attachment
        out += _object(2, 0x8010, 0x0001, name + b"\x00")  # attAttachTitle
        out += _object(2, 0x800F, 0x0006, data)  # attAttachData
    return out


def _outlook_mail(tnef: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Алеся <alesia@example.org>"
    msg["To"] = "archive@example.org"
    msg["Subject"] = "Спіс затрыманых"
    msg["Date"] = "Mon, 10 Aug 2020 08:10:00 +0300"
    msg.set_content("")
    msg.add_attachment(tnef, maintype="application", subtype="ms-tnef", filename="winmail.dat")
    return bytes(msg)


SHEET: dict[str, list[list[str | float]]] = {"Спіс": [["Іваноў Сяргей", "Акрэсціна"]]}


def test_winmail_dat_files_become_attachments_with_text() -> None:
    note = "Сведчанне: затрымалі каля ўніверсама.".encode("cp1251")
    tnef = winmail_dat(
        "Глядзіце спіс у дадатку.".encode("cp1251"),
        [("сведчанне.txt".encode("cp1251"), note), (b"spis.xls", excel97_xls(SHEET))],
    )
    fmt, (doc,) = extract_bytes("outlook.eml", _outlook_mail(tnef), ocr=False)
    assert fmt == "eml" and doc.title == "Спіс затрыманых"
    by_name = {a.name: a for a in doc.attachments}
    assert set(by_name) == {"winmail.dat", "сведчанне.txt", "spis.xls"}
    assert by_name["сведчанне.txt"].text == "Сведчанне: затрымалі каля ўніверсама."
    assert "Іваноў Сяргей\tАкрэсціна" in by_name["spis.xls"].text
    assert by_name["spis.xls"].metadata["inside"] == "winmail.dat"
    assert by_name["winmail.dat"].size == len(tnef)  # the part itself is kept as it came
    assert doc.text == "Глядзіце спіс у дадатку."  # the only body is the one in the TNEF


def test_damaged_winmail_dat_is_kept_and_named() -> None:
    tnef = winmail_dat(b"body", [(b"a.txt", b"hello")])
    cut = tnef[:40] + struct.pack("<BHHI", 2, 0x9005, 0x0006, 12) + b"\xff" * 14
    _, (doc,) = extract_bytes("outlook.eml", _outlook_mail(cut), ocr=False)
    assert [a.name for a in doc.attachments] == ["winmail.dat"]
    assert doc.metadata["problems"] == ["attachment winmail.dat: the winmail.dat is damaged"]


def test_a_winmail_dat_of_countless_tiny_parts_is_refused_quickly() -> None:
    tiny = _object(1, 0x8008, 0x0001, b"")
    hostile = struct.pack("<IH", 0x223E9F78, 1) + tiny * 200_000  # 2.2 MB of empty objects
    with pytest.raises(Exception, match="too many parts"):
        unpack_tnef(hostile)
