"""Audio and video kept as evidence with duration; Telegram HTML exports; import hygiene."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from archive_app.ingest.extractors import extract_bytes
from archive_app.ingest.extractors.media import mp4_duration
from archive_app.ingest.model import IntakeDefaults
from archive_app.ingest.pipeline import import_paths
from archive_app.ingest.sandbox import SandboxLimits

from .conftest import MemorySink

needs_ffmpeg = pytest.mark.skipif(
    shutil.which("ffmpeg") is None or shutil.which("ffprobe") is None,
    reason="ffmpeg/ffprobe are not installed",
)


def _wav(seconds: float, rate: int = 8000) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x00" * int(seconds * rate))
    return buf.getvalue()


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _mp4(duration_s: int, timescale: int = 1000) -> bytes:
    """A minimal MP4: ftyp, then moov/mvhd (version 0) with a duration, then mdat."""
    mvhd = bytes(4) + struct.pack(">IIII", 0, 0, timescale, duration_s * timescale) + bytes(80)
    return (
        _box(b"ftyp", b"isom" + bytes(4) + b"isommp41")
        + _box(b"moov", _box(b"mvhd", mvhd))
        + _box(b"mdat", bytes(64))
    )


def test_wav_is_evidence_with_duration(tmp_path: Path) -> None:
    path = tmp_path / "interview.wav"
    path.write_bytes(_wav(2.5))
    fmt, docs = extract_bytes(path, path.read_bytes())
    assert fmt == "audio"
    (doc,) = docs
    assert doc.type == "evidence" and doc.text == ""
    assert doc.metadata["duration"] == pytest.approx(2.5, abs=0.01)
    assert doc.metadata["samplerate"] == 8000 and doc.metadata["channels"] == 1


def test_mp4_duration_from_the_box_reader() -> None:
    assert mp4_duration(_mp4(42)) == 42.0
    assert mp4_duration(b"\x00\x00\x00\x08ftyp") is None
    assert mp4_duration(_box(b"moov", b"\xff" * 3)) is None  # truncated: no crash


def test_video_without_ffprobe_still_gets_duration(tmp_path: Path) -> None:
    # A name that ffprobe cannot open (not a file on disk) forces the box reader.
    _, docs = extract_bytes("no-such-dir/clip.mp4", _mp4(7))
    doc = docs[0]
    assert doc.type == "evidence" and doc.metadata["format"] == "video"
    assert doc.metadata["duration"] == 7.0 and doc.title == "clip"


def test_media_named_right_but_not_media_is_kept_opaque(tmp_path: Path) -> None:
    path = tmp_path / "fake.mp3"
    path.write_bytes(b"this is not audio at all")
    sink = MemorySink()
    report = import_paths(sink, [path], IntakeDefaults(), limits=SandboxLimits(ocr=False))
    (problem,) = report.kept_without_text
    assert "format is not one this program reads" in problem.reason
    assert sink.documents[problem.document_id or ""].attachments[0].is_original


@needs_ffmpeg
def test_real_audio_and_video_through_the_pipeline(tmp_path: Path) -> None:
    run = ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi"]
    subprocess.run(
        [*run, "-i", "sine=frequency=440:duration=1.5", "-metadata", "title=Пратэст",
         str(tmp_path / "a.mp3")],
        check=True,
    )  # fmt: skip
    subprocess.run(
        [*run, "-i", "testsrc=duration=2:size=64x48:rate=10", "-pix_fmt", "yuv420p",
         str(tmp_path / "v.mp4")],
        check=True,
    )  # fmt: skip
    sink = MemorySink()
    report = import_paths(sink, [tmp_path], IntakeDefaults(), limits=SandboxLimits(ocr=False))
    assert report.ok and len(report.added) == 2
    audio = sink.by_file("a.mp3")[0]
    assert audio.title == "Пратэст" and audio.type == "evidence"
    assert audio.metadata["duration"] == pytest.approx(1.5, abs=0.1)
    video = sink.by_file("v.mp4")[0]
    assert video.metadata["duration"] == pytest.approx(2.0, abs=0.1)
    assert video.metadata["streams"][0]["codec_type"] == "video"


TELEGRAM_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"/><title>Exported Data</title></head>
<body><div class="page_wrap"><div class="page_header"><div class="content">
<div class="text bold">Гродна 2020</div></div></div>
<div class="page_body chat_page"><div class="history">
<div class="message service" id="message1"><div class="body details">Адмін created group</div></div>
<div class="message default clearfix" id="message2"><div class="body">
<div class="pull_right date details" title="09.08.2020 21:15:00 UTC+03:00">21:15</div>
<div class="from_name">Алеся </div>
<div class="text">Каля ўніверсама затрымалі некалькі чалавек.<br>Усе ў масках.</div></div></div>
<div class="message default clearfix joined" id="message3"><div class="body">
<div class="pull_right date details" title="09.08.2020 21:16:10 UTC+03:00">21:16</div>
<div class="media_wrap clearfix"><a class="photo_wrap clearfix pull_left"
 href="photos/photo_1.jpg"><img class="photo" src="photos/photo_1_thumb.jpg"/></a></div>
<div class="text">Вось фота <strong>з месца</strong></div></div></div>
</div></div></div></body></html>"""


def test_telegram_html_export(tmp_path: Path, files_dir: Path) -> None:
    export = tmp_path / "ChatExport"
    (export / "photos").mkdir(parents=True)
    shutil.copy(files_dir / "jpeg" / "tika_testJPEG_GEO.jpg", export / "photos" / "photo_1.jpg")
    (export / "css").mkdir()
    (export / "css" / "style.css").write_text("body{}")
    (export / "messages.html").write_text(TELEGRAM_HTML, encoding="utf-8")
    sink = MemorySink()
    report = import_paths(sink, [tmp_path], IntakeDefaults(), limits=SandboxLimits(ocr=False))
    assert report.ok and len(report.added) == 2
    first, second = sorted(sink.documents.values(), key=lambda d: d.date or "")
    assert first.text == "Каля ўніверсама затрымалі некалькі чалавек.\nУсе ў масках."
    assert first.date == "2020-08-09T21:15:00+03:00" and first.author == "Алеся"
    assert first.metadata["chat"] == "Гродна 2020"
    assert second.author == "Алеся"  # a "joined" message continues the previous sender
    assert [a.name for a in second.attachments if not a.is_original] == ["photo_1.jpg"]


def test_no_module_of_intake_imports_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, archive_app.ingest as p\n"
        "for m in pkgutil.walk_packages(p.__path__, 'archive_app.ingest.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('PySide6' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "False"
