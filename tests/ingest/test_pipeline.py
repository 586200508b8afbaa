"""The import pipeline end to end on real files, with a real in-memory DocumentSink."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from archive_app.ingest.model import IntakeDefaults, IntakeProgress, IntakeReport
from archive_app.ingest.pipeline import import_paths, walk_paths
from archive_app.ingest.sandbox import SandboxLimits

from .conftest import MemorySink

NO_OCR = SandboxLimits(ocr=False, wall_seconds=120)
MALFORMED_UNREADABLE = {
    "MALFORMED_tika_testWORD_truncated.docx",
    "MALFORMED_tika_testODTnotaZipFile.odt",
    "MALFORMED_ocrmypdf_invalid.pdf",
}
MALFORMED_READ_WITH_WARNING = {
    "MALFORMED_poi_truncated62886.docx",
    "MALFORMED_enmime_bad-final-boundary.eml",
    "MALFORMED_enmime_malformed-base64-attach.eml",
    "MALFORMED_flanker_mailformed-headers.eml",
    "MALFORMED_mail-parser_mail_malformed_3.eml",
    "MALFORMED_tika_testArabicMisleadingCharset.html",
}


@pytest.fixture(scope="module")
def corpus_import(corpus_dir: Path) -> tuple[MemorySink, IntakeReport, list[IntakeProgress]]:
    sink = MemorySink()
    ticks: list[IntakeProgress] = []
    report = import_paths(
        sink, [corpus_dir / "files"], IntakeDefaults(), limits=NO_OCR, progress=ticks.append
    )
    return sink, report, ticks


def test_every_corpus_file_is_a_document_or_a_named_reason(
    corpus_dir: Path, corpus_import: tuple[MemorySink, IntakeReport, list[IntakeProgress]]
) -> None:
    sink, report, _ = corpus_import
    files = sorted(p for p in (corpus_dir / "files").rglob("*") if p.is_file())
    kept = {Path(p.path).name: p.reason for p in report.kept_without_text}
    assert not report.failed
    for path in files:
        docs = sink.by_file(path.name)
        assert docs, f"{path.name} was not kept"
        originals = [a for d in docs for a in d.attachments if a.is_original]
        assert len(originals) == 1 and originals[0].path == path
        if path.name in kept:
            assert kept[path.name] and "\n" not in kept[path.name]
        else:
            assert any(d.text.strip() for d in docs) or docs[0].type == "evidence", path.name
    assert kept.keys() >= MALFORMED_UNREADABLE
    assert "password" in kept["pypdf_libreoffice-writer-password_ENCRYPTED.pdf"]
    warned = {Path(p.path.split(" (")[0]).name for p in report.warnings}
    assert warned >= MALFORMED_READ_WITH_WARNING
    # Every MALFORMED_ file is named somewhere in the report.
    malformed = {p.name for p in files if p.name.startswith("MALFORMED_")}
    assert len(malformed) == 9 and malformed <= kept.keys() | warned


def test_corpus_metadata_survives_the_worker_round_trip(
    corpus_import: tuple[MemorySink, IntakeReport, list[IntakeProgress]],
) -> None:
    sink, _, _ = corpus_import
    geo = sink.by_file("tika_testJPEG_GEO.jpg")[0]
    assert geo.metadata["gps"] == {"lat": 12.54321, "lon": -54.1234}
    assert geo.type == "evidence"
    mail = sink.by_file("thunderbird_sample05_windows-1251-base64.eml")[0]
    assert (mail.title, mail.text, mail.type) == ("Алфавит", "Вопрос", "letter")
    png_mail = sink.by_file("tika_testEmailWithPNGAtt.eml")[0]
    png = next(a for a in png_mail.attachments if not a.is_original)
    assert png.data is not None and png.data.startswith(b"\x89PNG") and png.size == len(png.data)
    mbox = sink.by_file("tika_complex.mbox")
    assert len(mbox) == 3
    assert sum(a.is_original for d in mbox for a in d.attachments) == 1
    be = sink.by_file("uchardet_be_windows-1251.txt")[0]
    assert be.language == "be" and be.text.startswith("Суркі (Marmota)")


def test_progress_reports_files_and_bytes(
    corpus_dir: Path, corpus_import: tuple[MemorySink, IntakeReport, list[IntakeProgress]]
) -> None:
    _, _, ticks = corpus_import
    files = [p for p in (corpus_dir / "files").rglob("*") if p.is_file()]
    assert len(ticks) == len(files)
    assert [t.files_done for t in ticks] == list(range(1, len(files) + 1))
    assert ticks[-1].bytes_done == ticks[-1].bytes_total == sum(p.stat().st_size for p in files)
    assert all(t.files_total == len(files) for t in ticks)


def test_same_files_again_are_skipped_unless_again(tmp_path: Path, files_dir: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(files_dir / "txt", folder)
    sink = MemorySink()
    first = import_paths(sink, [folder], IntakeDefaults(), limits=NO_OCR)
    assert len(first.added) == 16 and first.ok
    second = import_paths(sink, [folder], IntakeDefaults(), limits=NO_OCR)
    assert second.added == [] and len(second.already_present) == 16
    third = import_paths(sink, [folder], IntakeDefaults(), limits=NO_OCR, again=True)
    assert len(third.added) == 16


def test_cancel_stops_the_import(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"n{i:02}.txt").write_text(f"Сведчанне {i}: затрыманне каля ўніверсама.", "utf-8")
    cancel = threading.Event()
    sink = MemorySink()

    def on_progress(p: IntakeProgress) -> None:
        if p.files_done == 3:
            cancel.set()

    report = import_paths(
        sink, [folder], IntakeDefaults(), limits=NO_OCR, progress=on_progress, cancel=cancel
    )
    assert report.cancelled and not report.ok
    assert 3 <= len(report.added) < 40
    assert len(sink.documents) == len(report.added)


def test_walk_skips_junk_and_links_out_of_the_tree(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("not chosen")
    folder = tmp_path / "chosen"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("a")
    (folder / "sub" / "b.txt").write_text("b")
    for junk in (".DS_Store", "Thumbs.db", "._a.txt", ".hidden", "desktop.ini"):
        (folder / junk).write_text("junk")
    (folder / "__MACOSX").mkdir()
    (folder / "__MACOSX" / "c.txt").write_text("junk")
    os.symlink(outside, folder / "link-out.txt")
    os.symlink(folder / "a.txt", folder / "link-in.txt")
    os.symlink(tmp_path, folder / "sub" / "loop")
    (folder / "mine.letapis").mkdir()  # a vault inside the folder is not evidence
    (folder / "mine.letapis" / "archive.db").write_bytes(b"sealed")
    found = sorted(p.relative_to(folder).as_posix() for p in walk_paths([folder]))
    assert found == ["a.txt", "link-in.txt", "sub/b.txt"]
    # A file named directly is always taken, hidden or not.
    assert list(walk_paths([folder / ".hidden"])) == [folder / ".hidden"]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    report = import_paths(MemorySink(), [tmp_path / "gone.pdf"], IntakeDefaults(), limits=NO_OCR)
    assert [(p.path, p.reason) for p in report.failed] == [
        (str(tmp_path / "gone.pdf"), "it does not exist")
    ]


def test_defaults_override_guesses(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Заява Каардынацыйнай рады\n\nМы патрабуем вызвалення ўсіх палітвязняў.")
    sink = MemorySink()
    defaults = IntakeDefaults(
        type="evidence", collection="Гродна 2020", tags=["суд"], source="USB", date="2020-08-09"
    )
    report = import_paths(sink, [note], defaults, limits=NO_OCR)
    doc = sink.documents[report.added[0]]
    assert (doc.type, doc.collection, doc.tags, doc.source, doc.date) == (
        "evidence",
        "Гродна 2020",
        ["суд"],
        "USB",
        "2020-08-09",
    )
    no_defaults = MemorySink()
    report = import_paths(no_defaults, [note], IntakeDefaults(), limits=NO_OCR)
    guessed = no_defaults.documents[report.added[0]]
    assert guessed.type == "statement" and guessed.language == "be"


def _telegram_export(root: Path, photo: Path) -> Path:
    export = root / "ChatExport_2020-08-10"
    (export / "photos").mkdir(parents=True)
    shutil.copy(photo, export / "photos" / "photo_1@09-08-2020_21-15-00.jpg")
    (export / "result.json").write_text(
        """{"name": "Гродна 2020", "type": "public_supergroup", "id": 1, "messages": [
 {"id": 1, "type": "service", "date": "2020-08-09T20:00:00", "actor": "Адмін", "text": ""},
 {"id": 2, "type": "message", "date": "2020-08-09T21:15:00", "from": "Алеся",
  "text": "Каля ўніверсама затрымалі некалькі чалавек. Усе ў масках."},
 {"id": 3, "type": "message", "date": "2020-08-09T21:16:10", "from": "Павел",
  "reply_to_message_id": 2, "photo": "photos/photo_1@09-08-2020_21-15-00.jpg",
  "text": ["Вось фота ", {"type": "bold", "text": "з месца"}]},
 {"id": 4, "type": "message", "date": "2020-08-09T21:17:00", "from": "Павел",
  "file": "../../../../etc/passwd", "text": "спроба"}]}""",
        encoding="utf-8",
    )
    return export


def test_telegram_export_one_document_per_message(tmp_path: Path, files_dir: Path) -> None:
    export = _telegram_export(tmp_path, files_dir / "jpeg" / "tika_testJPEG_GEO.jpg")
    sink = MemorySink()
    report = import_paths(sink, [tmp_path], IntakeDefaults(), limits=NO_OCR)
    assert report.ok and len(report.added) == 3
    docs = sorted(sink.documents.values(), key=lambda d: d.provenance["message_id"])
    first, photo, probe = docs
    assert first.text == "Каля ўніверсама затрымалі некалькі чалавек. Усе ў масках."
    assert first.metadata["chat"] == "Гродна 2020" and first.author == "Алеся"
    assert first.date == "2020-08-09T21:15:00" and first.language == "be"
    assert first.provenance["chat"] == "Гродна 2020"
    assert first.provenance["message_key"] == "telegram:1:2"
    assert first.attachments[0].is_original and first.attachments[0].path == export / "result.json"
    assert photo.provenance["reply_to"] == 2
    assert photo.language == "be"  # too short on its own: the chat's language
    media = [a for a in photo.attachments if not a.is_original]
    assert [a.name for a in media] == ["photo_1@09-08-2020_21-15-00.jpg"]
    # The photo is the message's attachment, not a separate document.
    assert not sink.by_file("photo_1@09-08-2020_21-15-00.jpg")
    # A media path that leaves the export is ignored.
    assert [a for a in probe.attachments if not a.is_original] == []


def test_unreadable_file_is_kept_as_evidence(tmp_path: Path) -> None:
    broken = tmp_path / "scan.pdf"
    broken.write_bytes(b"%PDF-1.4\n this is not really a PDF")
    sink = MemorySink()
    report = import_paths(sink, [broken], IntakeDefaults(collection="Case 7"), limits=NO_OCR)
    assert report.added == [] and not report.ok
    (problem,) = report.kept_without_text
    assert problem.path == str(broken) and problem.reason.startswith("it is not a readable PDF")
    doc = sink.documents[problem.document_id or ""]
    assert doc.type == "evidence" and doc.collection == "Case 7"
    assert doc.attachments[0].is_original and doc.attachments[0].path == broken


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_corpus_import_with_ocr(corpus_dir: Path) -> None:
    sink = MemorySink()
    report = import_paths(sink, [corpus_dir / "files"], IntakeDefaults())
    scanned = sink.by_file("ocrmypdf_c02-22_scanned-page.pdf")[0]
    assert "THEY TIP-TOED ALONG" in scanned.text and scanned.metadata["ocr_pages"] == 1
    assert "психики" in sink.by_file("aleph_russian_ocr.png")[0].text
    assert "Happy New Year 2003" in sink.by_file("tika_testOCR_image-only.pdf")[0].text
    kept = {Path(p.path).name for p in report.kept_without_text}
    assert kept == MALFORMED_UNREADABLE | {"pypdf_libreoffice-writer-password_ENCRYPTED.pdf"}


def test_large_chat_export_streams_message_by_message(tmp_path: Path) -> None:
    import json

    export = tmp_path / "ChatExport"
    export.mkdir()
    messages = [
        {"id": i, "type": "message", "date": "2020-08-10T00:00:00", "from": f"user{i % 7}",
         "text": f"Паведамленне {i}: на плошчы збіраюцца людзі."}
        for i in range(1, 3001)
    ]  # fmt: skip
    (export / "result.json").write_text(
        json.dumps({"name": "Мінск", "type": "private_group", "id": 5, "messages": messages}),
        encoding="utf-8",
    )
    seen: list[int] = []

    class CountingSink(MemorySink):
        def add_document(self, doc):  # type: ignore[no-untyped-def]
            seen.append(doc.provenance["message_id"])
            return super().add_document(doc)

    sink = CountingSink()
    report = import_paths(sink, [export], IntakeDefaults(), limits=NO_OCR)
    assert report.ok and len(report.added) == 3000
    assert seen == list(range(1, 3001))  # in order, one by one
    assert sum(a.is_original for d in sink.documents.values() for a in d.attachments) == 1


def test_reader_dying_mid_file_keeps_what_arrived(tmp_path: Path) -> None:
    bad = tmp_path / "notes.midcrash"
    bad.write_text("Першая частка сведчання.", encoding="utf-8")
    limits = SandboxLimits(ocr=False, test_hooks=True, wall_seconds=20)
    sink = MemorySink()
    report = import_paths(sink, [bad], IntakeDefaults(), limits=limits)
    assert len(report.added) == 1
    assert [(w.path, w.reason) for w in report.warnings] == [
        (str(bad), "only part of it was read: the reader crashed")
    ]
    (doc,) = sink.documents.values()
    assert doc.attachments[0].is_original
