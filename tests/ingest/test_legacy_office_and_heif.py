"""Excel 97 .xls, PowerPoint 97 .ppt and HEIF/HEIC photos: files built here, read in this
process and through the sandboxed workers, hostile variants included."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image

from archive_app.ingest.extractors import ExtractionError, extract_bytes
from archive_app.ingest.model import IntakeDefaults, NewDocument
from archive_app.ingest.pipeline import import_paths
from archive_app.ingest.sandbox import SandboxLimits

from .conftest import MemorySink
from .hostile import compound_file
from .office97 import (
    Date,
    biff8_stream,
    excel97_xls,
    powerpoint97_ppt,
    ppt_atom,
    ppt_container,
    text_bytes,
    text_chars,
    text_header,
)

DETAINEES: dict[str, list[list[str | float]]] = {
    "Затрыманыя": [
        ["Прозвішча", "Дата затрымання", "Суткі"],
        ["Іваноў Сяргей", Date(44052), 15],
        ["Петрова Вольга", Date(44053), 10.5],
    ],
    "Пуста": [],
    "Суды": [["Суд Цэнтральнага раёна", "пр. Незалежнасці, 1"]],
}


def only(name: str, data: bytes) -> tuple[str, NewDocument]:
    fmt, docs = extract_bytes(name, data, ocr=False)
    assert len(docs) == 1
    return fmt, docs[0]


# --- Excel 97 --------------------------------------------------------------------------------


def test_xls_cells_sheet_by_sheet() -> None:
    fmt, doc = only("spis.xls", excel97_xls(DETAINEES))
    assert fmt == "xls"
    assert doc.text == (
        "## Затрыманыя\n"
        "Прозвішча\tДата затрымання\tСуткі\n"
        "Іваноў Сяргей\t2020-08-09\t15\n"
        "Петрова Вольга\t2020-08-10\t10.5\n\n"
        "## Суды\n"
        "Суд Цэнтральнага раёна\tпр. Незалежнасці, 1"
    )
    assert doc.metadata["format"] == "xls" and doc.metadata["sheets"] == 3
    assert doc.language == "be"


def test_xls_detected_by_content_not_name() -> None:
    fmt, doc = only("list-without-extension", excel97_xls(DETAINEES))
    assert fmt == "xls" and "Іваноў Сяргей" in doc.text


def test_damaged_xls_is_a_named_reason() -> None:
    stream = biff8_stream(DETAINEES)
    # The sheet's BOF named by the BOUNDSHEET record is overwritten: xlrd cannot find it.
    broken = stream.replace(
        b"\x09\x08\x10\x00\x00\x06\x10\x00", b"\x09\x08\x10\x00\xff\xff\xff\xff"
    )
    with pytest.raises(ExtractionError, match="Excel workbook"):
        extract_bytes("broken.xls", compound_file({"Workbook": broken}), ocr=False)
    with pytest.raises(ExtractionError):
        extract_bytes("cut.xls", excel97_xls(DETAINEES)[:1500], ocr=False)


# --- PowerPoint 97 ---------------------------------------------------------------------------


def _deck() -> bytes:
    slides = ppt_container(
        0x0FF0,  # SlideListWithText
        text_header(0),
        text_chars("Суд над Бабарыкам"),
        text_header(1),
        text_bytes("Court hearing, 6 July\rMinsk"),
    )
    master = ppt_container(0x03F8, text_header(0), text_chars("Click to edit Master title style"))
    slide = ppt_container(
        0x03EE,
        ppt_container(0xF002, text_chars("Суд над Бабарыкам"), text_chars("Прысуд: 14 гадоў")),
    )
    notes = ppt_container(0x03F0, text_header(2), text_chars("Сведка не прыйшоў"))
    return ppt_container(0x03E8, slides, master) + slide + notes


def test_ppt_text_of_slides_and_notes_without_the_master() -> None:
    fmt, doc = only("hearing.ppt", powerpoint97_ppt(_deck()))
    assert fmt == "ppt" and doc.metadata["format"] == "ppt"
    assert doc.text == (
        "Суд над Бабарыкам\n\nCourt hearing, 6 July\nMinsk\n\nПрысуд: 14 гадоў\n\nСведка не прыйшоў"
    )
    assert "Master" not in doc.text
    assert doc.title == "Суд над Бабарыкам"


def test_encrypted_ppt_is_named_as_such() -> None:
    stream = _deck() + ppt_container(0x2F14, ppt_atom(0x0FA0, b"\x00" * 16))
    with pytest.raises(ExtractionError, match="password"):
        extract_bytes("secret.ppt", powerpoint97_ppt(stream), ocr=False)


def test_hostile_ppt_records_stay_bounded() -> None:
    # A record that claims more bytes than its container: the text before it is kept.
    lying = text_chars("Першы слайд") + struct.pack("<HHI", 0, 0x0FA0, 0x7FFFFFFF) + b"ab"
    _, doc = only("lying.ppt", powerpoint97_ppt(ppt_container(0x03E8, lying)))
    assert doc.text == "Першы слайд"
    # Containers nested 5,000 deep: walked without recursion, text below the cap ignored.
    deep = text_chars("Глыбока")
    for _ in range(5000):
        deep = ppt_container(0x03E8, deep)
    _, doc = only("deep.ppt", powerpoint97_ppt(text_chars("Зверху") + deep))
    assert doc.text == "Зверху"


# --- HEIF / HEIC -----------------------------------------------------------------------------


def _heic_from(jpeg: Path) -> bytes:
    """The corpus's geotagged JPEG re-encoded as an iPhone-style HEIC, EXIF carried over."""
    from pillow_heif import register_heif_opener

    register_heif_opener()
    with Image.open(jpeg) as img:
        exif = img.info["exif"]
        out = io.BytesIO()
        img.convert("RGB").save(out, format="HEIF", exif=exif, quality=50)
    return out.getvalue()


def test_heic_photo_keeps_exif_and_gps(files_dir: Path) -> None:
    data = _heic_from(files_dir / "jpeg" / "tika_testJPEG_GEO.jpg")
    assert data[4:12] == b"ftypheic"
    fmt, doc = only("IMG_0001.HEIC", data)
    assert fmt == "image" and doc.type == "evidence"
    assert doc.metadata["format"] == "heif"
    assert doc.metadata["gps"] == {"lat": 12.54321, "lon": -54.1234}
    jpeg = only("geo.jpg", (files_dir / "jpeg" / "tika_testJPEG_GEO.jpg").read_bytes())[1]
    assert doc.metadata["exif"] == jpeg.metadata["exif"]
    assert doc.date == jpeg.date and (doc.metadata["width"], doc.metadata["height"]) == (
        jpeg.metadata["width"],
        jpeg.metadata["height"],
    )


def test_heic_that_claims_a_huge_size_is_refused(files_dir: Path) -> None:
    data = bytearray(_heic_from(files_dir / "jpeg" / "tika_testJPEG_GEO.jpg"))
    at = data.find(b"ispe")
    assert at > 0
    struct.pack_into(">II", data, at + 8, 30000, 30000)  # 900 megapixels declared
    with pytest.raises(ExtractionError, match="too large to read safely"):
        extract_bytes("bomb.heic", bytes(data), ocr=False)


# --- through the sandboxed workers -----------------------------------------------------------


def test_new_formats_through_the_workers(tmp_path: Path, files_dir: Path) -> None:
    folder = tmp_path / "evidence"
    folder.mkdir()
    (folder / "spis.xls").write_bytes(excel97_xls(DETAINEES))
    (folder / "hearing.ppt").write_bytes(powerpoint97_ppt(_deck()))
    (folder / "IMG_0001.heic").write_bytes(_heic_from(files_dir / "jpeg" / "tika_testJPEG_GEO.jpg"))
    (folder / "broken.xls").write_bytes(excel97_xls(DETAINEES)[:1500])
    sink = MemorySink()
    report = import_paths(sink, [folder], IntakeDefaults(), limits=SandboxLimits(ocr=False))
    assert not report.failed and len(report.added) == 3
    assert [Path(p.path).name for p in report.kept_without_text] == ["broken.xls"]
    assert "Іваноў Сяргей\t2020-08-09\t15" in sink.by_file("spis.xls")[0].text
    assert "Прысуд: 14 гадоў" in sink.by_file("hearing.ppt")[0].text
    photo = sink.by_file("IMG_0001.heic")[0]
    assert photo.metadata["gps"] == {"lat": 12.54321, "lon": -54.1234}
    original = photo.attachments[0]
    assert original.is_original and original.mime in ("image/heic", "application/octet-stream")
