"""Fuzzing every extractor through the real sandbox (HOSTILE_CASES G).

Damaged copies of the real corpus files (../shared/corpus/files, every format) go through
the worker process with its memory, CPU and time limits, exactly as an import reads them. A
file may be read or refused with a plain reason ("unreadable"); a reader crash, a bug (an
unexpected exception), a timeout or a memory blow-up on a small file is a finding. A finding
is written to tests/regressions/ (and the test fails); every file kept there runs first.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import tempfile
import wave
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archive_app.ingest.extractors import ExtractionError, extract_bytes
from archive_app.ingest.sandbox import SandboxedExtractor, SandboxLimits
from tests.fuzz.mutate import (
    REGRESSIONS,
    fuzz_settings,
    json_mutated,
    mutated,
    record_examples,
    regression_inputs,
)
from tests.ingest.hostile import docx, docx_body, word97_doc

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "files"
#: Generous for a small file on a busy machine, far below what a bomb would take.
LIMITS = SandboxLimits(memory_mb=1024, cpu_seconds=30, wall_seconds=45.0, ocr=False)
MAX_SEED = 400_000
FORMATS = ["docx", "eml", "html", "jpeg", "mbox", "msg", "odt", "pdf", "png", "rtf", "tiff", "txt"]


#: The regression file written in this session per seed name (replaced by smaller ones).
_KEPT: dict[str, Path] = {}


def seeds(fmt: str) -> list[Path]:
    folder = CORPUS / fmt
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.stat().st_size <= MAX_SEED)
    return files[:4]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxedExtractor]:
    with SandboxedExtractor(LIMITS) as extractor:
        yield extractor


def in_process_error(name: str, data: bytes) -> str:
    """The exception type a reader raises in this process (diagnostics for a finding)."""
    try:
        extract_bytes(name, data, ocr=False)
    except ExtractionError:
        return "ExtractionError"
    except Exception as exc:
        return type(exc).__name__
    return "none"


def run_one(sandbox: SandboxedExtractor, name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        outcome = sandbox.extract(path)
    if outcome.ok or outcome.kind == "unreadable":
        return
    # Hypothesis calls this again while it shrinks the input: keep only the smallest.
    REGRESSIONS.mkdir(exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()[:12]
    kept = REGRESSIONS / f"extract-{digest}-{name}"
    earlier = _KEPT.get(name)
    if earlier is None or earlier.stat().st_size > len(data):
        if earlier is not None:
            earlier.unlink(missing_ok=True)
        kept.write_bytes(data)
        _KEPT[name] = kept
    kept = _KEPT[name]
    extra = in_process_error(name, data) if outcome.kind == "bug" else ""
    pytest.fail(f"{name}: {outcome.kind} {extra} (input kept as {kept.name})")


@pytest.mark.parametrize("fmt", FORMATS)
def test_damaged_corpus_files(sandbox: SandboxedExtractor, fmt: str) -> None:
    files = seeds(fmt)
    if not files:
        pytest.skip(f"no {fmt} files in ../shared/corpus")
    originals = {p.name: p.read_bytes() for p in files}
    count = 0

    @fuzz_settings(10)
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        nonlocal count
        count += 1
        name = data.draw(st.sampled_from(sorted(originals)))
        run_one(sandbox, name, data.draw(mutated(originals[name], max_ops=4)))

    try:
        check()
    finally:
        record_examples(fmt, count)


# --- formats the corpus lacks: seeds made here (Word 97, PPTX, XLSX, audio, video, Telegram) --

_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _zip(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return buf.getvalue()


def _xlsx() -> bytes:
    return _zip(
        {
            "[Content_Types].xml": "<Types/>",
            "xl/workbook.xml": f'<workbook xmlns="{_S}" xmlns:r="{_R}"><sheets>'
            '<sheet name="Затрыманыя" sheetId="1" r:id="rId1"/></sheets></workbook>',
            "xl/_rels/workbook.xml.rels": '<Relationships xmlns="urn:r">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
            "xl/sharedStrings.xml": f'<sst xmlns="{_S}"><si><t>Імя</t></si>'
            "<si><r><t>Алесь </t></r><r><t>Бяляцкі</t></r></si></sst>",
            "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{_S}"><sheetData>'
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
            '<c r="C1"><v>2021</v></c><c r="D1" t="inlineStr"><is><t>Мінск</t></is></c></row>'
            "</sheetData></worksheet>",
        }
    )


def _pptx() -> bytes:
    def slide(*paras: str) -> str:
        body = "".join(f"<a:p><a:r><a:t>{p}</a:t></a:r></a:p>" for p in paras)
        return f'<p:sld xmlns:p="urn:p" xmlns:a="{_A}"><p:txBody>{body}</p:txBody></p:sld>'

    return _zip(
        {
            "ppt/presentation.xml": "<p/>",
            "ppt/slides/slide2.xml": slide("Палітвязні", "1 200 чалавек"),
            "ppt/slides/slide1.xml": slide("Справаздача 2023"),
            "ppt/notesSlides/notesSlide1.xml": slide("нататка"),
        }
    )


def _wav() -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x01\x00" * 4000)
    return buf.getvalue()


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _mp4() -> bytes:
    mvhd = bytes(4) + struct.pack(">IIII", 0, 0, 1000, 42_000) + bytes(80)
    return (
        _box(b"ftyp", b"isom" + bytes(4) + b"isommp41")
        + _box(b"moov", _box(b"mvhd", mvhd) + _box(b"udta", _box(b"name", b"clip")))
        + _box(b"mdat", bytes(64))
    )


TELEGRAM_JSON = {
    "name": "Гродна 2020",
    "type": "public_supergroup",
    "id": 1,
    "messages": [
        {"id": 1, "type": "service", "date": "2020-08-09T20:00:00", "actor": "Адмін", "text": ""},
        {
            "id": 2,
            "type": "message",
            "date": "2020-08-09T21:15:00",
            "from": "Алеся",
            "text": ["Каля ", {"type": "bold", "text": "ўніверсама"}, " затрымалі."],
        },
        {
            "id": 3,
            "type": "message",
            "date": "2020-08-09T21:16:10",
            "from": "Алеся",
            "reply_to_message_id": 2,
            "photo": "photos/photo_1.jpg",
            "file": "../../etc/passwd",
            "text": "Вось фота",
        },
    ],
}

TELEGRAM_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"/></head><body>
<div class="page_wrap"><div class="page_header"><div class="text bold">Гродна 2020</div></div>
<div class="page_body chat_page"><div class="history">
<div class="message default clearfix" id="message2"><div class="body">
<div class="pull_right date details" title="09.08.2020 21:15:00 UTC+03:00">21:15</div>
<div class="from_name">Алеся </div>
<div class="text">Каля ўніверсама затрымалі.<br>Усе ў масках.</div></div></div>
<div class="message default clearfix joined" id="message3"><div class="body">
<div class="pull_right date details" title="09.08.2020 21:16:10 UTC+03:00">21:16</div>
<div class="media_wrap clearfix"><a class="photo_wrap clearfix pull_left"
 href="photos/photo_1.jpg"><img class="photo" src="photos/photo_1_thumb.jpg"/></a></div>
<div class="text">Вось фота <strong>з месца</strong></div></div></div>
</div></div></div></body></html>"""

#: Seeds for the readers the shared corpus has no files for, by a name that picks the reader.
GENERATED: dict[str, dict[str, bytes]] = {
    "doc": {
        "zayava.doc": word97_doc("Заява аб затрыманні 9 жніўня"),
        "letter.doc": word97_doc("A letter in cp1252", compressed=True),
    },
    "pptx": {"report.pptx": _pptx()},
    "xlsx": {"list.xlsx": _xlsx()},
    "docx": {"made.docx": docx(docx_body("Сведчанне"))},
    "audio": {"interview.wav": _wav()},
    "video": {"clip.mp4": _mp4()},
    "telegram-json": {"result.json": json.dumps(TELEGRAM_JSON, ensure_ascii=False).encode()},
    "telegram-html": {"messages.html": TELEGRAM_HTML.encode()},
}


@pytest.mark.parametrize("fmt", sorted(GENERATED))
def test_damaged_generated_files(sandbox: SandboxedExtractor, fmt: str) -> None:
    """The same as above for formats the corpus lacks, from seeds built here."""
    originals = GENERATED[fmt]
    count = 0

    @fuzz_settings(8)
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        nonlocal count
        count += 1
        name = data.draw(st.sampled_from(sorted(originals)))
        if name.endswith(".json") and data.draw(st.booleans()):
            value = data.draw(json_mutated(TELEGRAM_JSON, max_ops=4))
            damaged = json.dumps(value, ensure_ascii=False).encode()
        else:
            damaged = data.draw(mutated(originals[name], max_ops=4))
        run_one(sandbox, name, damaged)

    try:
        check()
    finally:
        record_examples(fmt, count)


@pytest.mark.parametrize("path", regression_inputs("extract-"), ids=lambda p: p.name)
def test_kept_extractor_regressions(sandbox: SandboxedExtractor, path: Path) -> None:
    name = path.name.split("-", 2)[2]
    run_one(sandbox, name, path.read_bytes())
