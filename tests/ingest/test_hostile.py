"""HOSTILE_CASES.md section G: hostile files built here, read in the sandbox and directly."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import pickle
import time
import zipfile
from pathlib import Path

import pytest

from archive_app.ingest.extractors import ExtractionError, extract_bytes
from archive_app.ingest.model import IntakeDefaults
from archive_app.ingest.pipeline import import_paths
from archive_app.ingest.sandbox import SandboxedExtractor, SandboxLimits

from . import hostile
from .conftest import MemorySink

MARKER = "LETAPIS-SECRET-MARKER-7f3a"


def _all_text(sink: MemorySink) -> str:
    parts = []
    for doc in sink.documents.values():
        parts += [doc.title, doc.text, repr(doc.metadata)]
        parts += [a.text for a in doc.attachments]
    return "\n".join(parts)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(MARKER)
    return path


# G1 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("builder", [hostile.xxe_docx, hostile.parameter_entity_docx])
def test_g1_external_entities_never_leak(tmp_path: Path, secret: Path, builder) -> None:  # type: ignore[no-untyped-def]
    data = builder(str(secret))
    with pytest.raises(ExtractionError, match="refused for safety"):
        extract_bytes("statement.docx", data)
    # Through the whole pipeline: kept as evidence, reported, marker nowhere.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "statement.docx").write_bytes(data)
    sink = MemorySink()
    report = import_paths(sink, [folder], IntakeDefaults(), workers=1)
    assert [p.path for p in report.kept_without_text] == [str(folder / "statement.docx")]
    assert "refused for safety" in report.kept_without_text[0].reason
    assert MARKER not in _all_text(sink)


def test_g1_xxe_in_odt_meta(secret: Path) -> None:
    content = (
        '<?xml version="1.0"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:p>fine</text:p></office:text></office:body></office:document-content>"
    )
    data = hostile.odt(content)
    ok = extract_bytes("a.odt", data)[1][0]
    assert ok.text == "fine"
    meta = (
        f'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>&x;</dc:title>'
        "</office:meta></office:document-meta>"
    )

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
        zf.writestr("meta.xml", meta)
    with pytest.raises(ExtractionError, match="refused for safety"):
        extract_bytes("a.odt", buf.getvalue())


# G2 -----------------------------------------------------------------------------------------


def test_g2_billion_laughs_is_refused_quickly() -> None:
    start = time.monotonic()
    with pytest.raises(ExtractionError, match="refused for safety"):
        extract_bytes("laughs.odt", hostile.billion_laughs_odt())
    assert time.monotonic() - start < 2


# G3 -----------------------------------------------------------------------------------------


def test_g3_zip_bomb_member_over_the_cap() -> None:
    with pytest.raises(ExtractionError, match="too large to read safely"):
        extract_bytes("bomb.docx", hostile.zip_bomb_docx(80))


def test_g3_zip_bomb_by_ratio() -> None:
    with pytest.raises(ExtractionError, match="compressed suspiciously well"):
        extract_bytes("bomb.docx", hostile.zip_bomb_docx(20))


def test_g3_member_larger_than_declared() -> None:
    data = hostile.lying_size_docx()
    with pytest.raises(ExtractionError, match="damaged"):
        extract_bytes("liar.docx", data)


def test_g3_normal_docx_still_reads() -> None:
    _, docs = extract_bytes("ok.docx", hostile.docx(hostile.docx_body("Жыве Беларусь")))
    assert docs[0].text == "Жыве Беларусь"


# G4 -----------------------------------------------------------------------------------------


def test_g4_flate_bomb_pdf_is_contained(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bomb.pdf").write_bytes(hostile.flate_bomb_pdf(512))
    (folder / "fine.pdf").write_bytes(hostile.text_pdf("Fine text"))
    limits = SandboxLimits(memory_mb=300, cpu_seconds=20, wall_seconds=30, ocr=False)
    sink = MemorySink()
    start = time.monotonic()
    report = import_paths(sink, [folder], IntakeDefaults(), workers=2, limits=limits)
    assert time.monotonic() - start < 60
    fine = sink.by_file("fine.pdf")
    assert fine and fine[0].text == "Fine text"
    # The bomb is either read within the limits (a blank page) or reported; never fatal.
    bomb = sink.by_file("bomb.pdf")
    assert len(bomb) == 1 and bomb[0].attachments[0].is_original
    problems = {p.path: p.reason for p in report.kept_without_text}
    assert problems[str(folder / "bomb.pdf")].startswith("could not be read: ")


def test_g4_xref_loop() -> None:
    _, docs = extract_bytes("loop.pdf", hostile.xref_loop_pdf())
    assert docs[0].text == "loop"


# G5 -----------------------------------------------------------------------------------------


class _Trap:
    """Unpickling this writes a file: proof that someone unpickled a CMap."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os.mkdir, (self.path,))


def test_g5_pdf_naming_a_cmap_path_loads_nothing(tmp_path: Path) -> None:
    tripwire = tmp_path / "UNPICKLED"
    evil = tmp_path / "evil"
    for suffix in (".pickle.gz", ".pickle"):
        raw = pickle.dumps(_Trap(str(tripwire)))
        Path(str(evil) + suffix).write_bytes(gzip.compress(raw) if suffix.endswith("gz") else raw)
    name = "../../../../../../../../" + str(evil).lstrip("/")
    data = hostile.cmap_path_pdf(name)
    # Refusing the font is fine too; loading anything from that path is not.
    with contextlib.suppress(ExtractionError):
        extract_bytes("cmap.pdf", data)
    assert not tripwire.exists()


# G6 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "reason"),
    [
        (".segv", "could not be read: the reader crashed"),
        (".abort", "could not be read: the reader crashed"),
        (".hog", "could not be read: it needed too much memory"),
        (".spin", "could not be read: it took too long"),
        (".hang", "could not be read: it took too long"),
    ],
)
def test_g6_misbehaving_reader_costs_only_its_file(
    tmp_path: Path, fast_limits: SandboxLimits, suffix: str, reason: str
) -> None:
    bad = tmp_path / f"evidence{suffix}"
    bad.write_bytes(b"anything")
    good = tmp_path / "note.txt"
    good.write_text("Жыве Беларусь! Мы ўсе разам.", encoding="utf-8")
    with SandboxedExtractor(fast_limits) as ex:
        outcome = ex.extract(bad)
        assert not outcome.ok and outcome.reason == reason
        after = ex.extract(good)  # a fresh worker takes over
        assert after.ok and after.documents[0].language == "be"


def test_g6_import_survives_a_segfault(tmp_path: Path, fast_limits: SandboxLimits) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"note{i}.txt").write_text(f"Заява нумар {i}. Мы ўсе разам.", "utf-8")
    (folder / "crash.segv").write_bytes(b"\x00" * 10)
    sink = MemorySink()
    report = import_paths(sink, [folder], IntakeDefaults(), workers=2, limits=fast_limits)
    assert len(report.added) == 4
    assert [(p.path, p.reason) for p in report.kept_without_text] == [
        (str(folder / "crash.segv"), "could not be read: the reader crashed")
    ]
    kept = sink.by_file("crash.segv")[0]
    assert kept.type == "evidence" and kept.attachments[0].is_original


def test_g3_bombs_stay_bounded_when_the_zip_directory_is_missing() -> None:
    def cut(data: bytes) -> bytes:
        return data[: data.rfind(b"PK\x01\x02")]  # drop the central directory

    with pytest.raises(ExtractionError, match="too large to read safely"):
        extract_bytes("bomb.docx", cut(hostile.zip_bomb_docx(80)))
    with pytest.raises(ExtractionError, match="compressed suspiciously well"):
        extract_bytes("bomb.docx", cut(hostile.zip_bomb_docx(20)))
    # A local header that understates the size: inflation stops one byte past it.
    data = bytearray(cut(hostile.docx(hostile.docx_body("x" * 5000))))
    pos = data.find(b"word/document.xml") - 30
    data[pos + 22 : pos + 26] = (100).to_bytes(4, "little")
    with pytest.raises(ExtractionError, match="larger than declared"):
        extract_bytes("liar.docx", bytes(data))
    ok = extract_bytes("ok.docx", cut(hostile.docx(hostile.docx_body("Жыве"))))[1][0]
    assert ok.text == "Жыве" and "cut short" in ok.metadata["damaged"]


def test_a_failing_consumer_never_mixes_files(tmp_path: Path, files_dir: Path) -> None:
    mbox = files_dir / "mbox" / "tika_complex.mbox"
    note = tmp_path / "note.txt"
    note.write_text("Асобны дакумент.", encoding="utf-8")

    def explode(doc: object) -> None:
        raise RuntimeError("sink failed")

    with SandboxedExtractor(SandboxLimits(ocr=False)) as ex:
        with pytest.raises(RuntimeError):
            ex.extract(mbox, on_document=explode)
        after = ex.extract(note)
    assert after.ok and [d.text for d in after.documents] == ["Асобны дакумент."]


def test_a_reader_printing_to_stdout_cannot_corrupt_the_protocol(tmp_path: Path) -> None:
    # C code writing to descriptor 1 (here: os.write) must not reach the result pipe.
    import subprocess
    import sys

    code = (
        "import os, sys, json, struct\n"
        "from archive_app.ingest import worker\n"
        "real = worker._handle\n"
        "def noisy(req, hooks, send):\n"
        "    os.write(1, b'garbage from C code')\n"
        "    print('garbage from Python')\n"
        "    return real(req, hooks, send)\n"
        "worker._handle = noisy\n"
        "sys.exit(worker.main([]))\n"
    )
    note = tmp_path / "note.txt"
    note.write_text("Ціха.", encoding="utf-8")
    request = json.dumps({"path": str(note), "ocr": False}).encode()
    frame = len(request).to_bytes(4, "big") + request
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=frame,
        capture_output=True,
        cwd=Path(__file__).resolve().parents[2],
        check=True,
    ).stdout
    size = int.from_bytes(out[:4], "big")
    first = json.loads(out[4 : 4 + size])
    assert first["doc"]["text"] == "Ціха."


def test_workers_never_see_the_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LETAPIS_PASSPHRASE", "correct horse battery staple")
    monkeypatch.setenv("PYTHONSTARTUP", str(tmp_path / "evil.py"))
    probe = tmp_path / "probe.environ"
    probe.write_text("x")
    with SandboxedExtractor(SandboxLimits(ocr=False, test_hooks=True)) as ex:
        outcome = ex.extract(probe)
    assert outcome.ok
    names = outcome.documents[0].text.split("\n")
    assert "PATH" in names
    assert "LETAPIS_PASSPHRASE" not in names and "PYTHONSTARTUP" not in names


# Inputs that make careless regular expressions quadratic (a hostile file can pin a core).


@pytest.mark.parametrize(
    "name,data",
    [
        ("run.txt", b"a" * 2_000_000),  # a long run without spaces (language detection)
        ("spaces.txt", b"x" + b" " * 2_000_000 + b"y"),  # trailing-space cleanup
        ("fonts.rtf", b"{\\rtf1 " + b"\\f1 " * 60_000 + b"}"),  # font table scan
        (
            "many.eml",
            b"From: a@b\r\nTo: " + b'"x", ' * 40_000 + b"c@d\r\nSubject: s\r\n\r\nbody",
        ),
        (
            "salvage.eml",
            b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--x" + b" " * 2_000_000 + b"y",
        ),
    ],
)
def test_pathological_inputs_stay_linear(name: str, data: bytes) -> None:
    start = time.monotonic()
    with contextlib.suppress(ExtractionError):
        extract_bytes(name, data, ocr=False)
    assert time.monotonic() - start < 5
