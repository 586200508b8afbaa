"""The facade's read path and the hooks the window uses: a reader on a second thread that
searches while the writer imports, hit spans of variant spellings, wipeable attachment
bytes, sidebar counts from the database, removable name-variant groups."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from archive_app.archive import Archive, hit_spans
from archive_app.errors import CorruptData, IndexUnavailable, NotFound, UsageError
from archive_app.ingest.model import IntakeDefaults


def _files(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"note_{i:03}.txt").write_text(
            f"Сведка {i} расказвае пра Лукашэнку і затрыманні ў Гродне. " * 20, encoding="utf-8"
        )
    return folder


def test_reader_searches_while_the_writer_imports(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text("Lukashenko visited Hrodna.", encoding="utf-8")
    archive.add_paths([tmp_path / "first.txt"])
    archive.index.procs = 1
    reader = archive.reader()
    assert reader.search("Lukashenka").total == 1
    folder = _files(tmp_path / "many", 200)
    finished = threading.Event()
    reports = []

    def write() -> None:
        reports.append(archive.add_paths([folder], workers=1, index_every=0.2))
        finished.set()

    writer = threading.Thread(target=write)
    writer.start()
    totals_during = []
    try:
        while not finished.is_set():
            started = time.monotonic()
            total = reader.search("Lukashenko", limit=5).total
            if not finished.is_set():
                totals_during.append(total)
            # The reader never waits for the writer's long import.
            assert time.monotonic() - started < 5
            time.sleep(0.05)
    finally:
        writer.join()
    assert len(reports[0].added) == 200
    assert totals_during and totals_during[0] >= 1
    # Documents became searchable while the import was still running.
    assert max(totals_during) > 1, totals_during
    assert reader.search("Lukashenko").total == 201
    reader.close()


def test_reader_reports_an_index_not_built_yet(archive: Archive) -> None:
    reader = archive.reader()
    with pytest.raises(IndexUnavailable):
        reader.search("anything")
    with pytest.raises(UsageError):
        reader.index.rebuild()
    reader.close()


def test_hit_spans_mark_variant_spellings(archive: Archive, tmp_path: Path) -> None:
    text = "Заява. Лукашэнка выступаў. Потым Lukashenka і Łukašenka. Гродна."
    (tmp_path / "z.txt").write_text(text, encoding="utf-8")
    archive.add_paths([tmp_path / "z.txt"])
    hit = archive.search("Lukashenko").hits[0]
    doc = archive.get_document(hit.id)
    words = [doc.text[a:b] for a, b in archive.hit_spans(doc.text, hit.matched)]
    assert words == ["Лукашэнка", "Lukashenka", "Łukašenka"]
    assert hit_spans(doc.text, frozenset()) == []


def test_attachment_bytes_are_a_verified_wipeable_buffer(archive: Archive, tmp_path: Path) -> None:
    data = b"%PDF-1.4 not really\n" * 1000
    (tmp_path / "scan.bin").write_bytes(data)
    archive.add_paths([tmp_path / "scan.bin"])
    doc = archive.list_documents()[0]
    att = doc.attachments[0]
    buf = archive.attachment_bytes(att.id)
    assert isinstance(buf, bytearray) and bytes(buf) == data
    with pytest.raises(UsageError):
        archive.attachment_bytes(att.id, limit=10)
    # A stored file changed on disk is refused.
    blob = archive.vault.blobs.path_for(att.blob)
    raw = bytearray(blob.read_bytes())
    raw[-40] ^= 1
    blob.write_bytes(bytes(raw))
    with pytest.raises(CorruptData):
        archive.attachment_bytes(att.id)


def test_label_counts_follow_edits_without_a_search(archive: Archive, tmp_path: Path) -> None:
    folder = _files(tmp_path / "few", 3)
    archive.add_paths([folder], IntakeDefaults(collection="Hrodna 2020", tags=["court"]))
    counts = archive.label_counts()
    assert counts.documents == 3
    assert counts.collections == [("Hrodna 2020", 3)]
    assert counts.tags == [("court", 3)]
    first = archive.list_documents()[0]
    archive.update_document(first.id, {"tags": ["court", "witness"], "collections": ["Other"]})
    counts = archive.label_counts()
    assert dict(counts.collections) == {"Hrodna 2020": 2, "Other": 1}
    assert dict(counts.tags) == {"court": 3, "witness": 1}
    reader = archive.reader()
    assert reader.label_counts() == counts
    reader.close()


def test_name_variant_groups_can_be_removed(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Зміцер Дашкевіч выступіў.", encoding="utf-8")
    archive.add_paths([tmp_path / "a.txt"])
    assert archive.search("Dmitry").total == 0
    archive.add_name_variants(["Зміцер", "Dmitry"])
    assert archive.search("Dmitry").total == 1
    reader = archive.reader()
    reader.set_variants(archive.variant_table())
    assert reader.search("Dmitry").total == 1
    archive.remove_name_variants(["dmitry", "зміцер"])
    assert archive.name_variant_groups() == []
    assert archive.search("Dmitry").total == 0
    with pytest.raises(NotFound):
        archive.remove_name_variants(["Зміцер", "Dmitry"])
    reader.close()


def test_a_long_list_gets_its_first_snippets_at_once_and_the_rest_later(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "statements"
    folder.mkdir()
    for i in range(25):
        (folder / f"s{i:02}.txt").write_text(
            f"Заява {i}. Пра выбары нічога. " * 12 + f"Лукашэнка і суд у Гродне, сведка {i}.",
            encoding="utf-8",
        )
    archive.add_paths([folder], workers=1)
    whole = archive.search("Lukashenko", limit=25)
    assert whole.total == 25 and all(h.snippet and h.snippet.highlights for h in whole.hits)
    reader = archive.reader()
    try:
        for source in (archive, reader):
            part = source.search("Lukashenko", limit=25, snippet_limit=10)
            assert [h.id for h in part.hits] == [h.id for h in whole.hits]
            assert all(h.snippet for h in part.hits[:10])
            assert not any(h.snippet for h in part.hits[10:])
            later = source.snippets((h.id, h.matched) for h in part.hits[10:])
            assert later == {h.id: h.snippet for h in whole.hits[10:]}
            assert all("[Лукашэнка]" in s.marked() for s in later.values())
        assert archive.snippets([("0" * 32, whole.hits[0].matched)]) == {}  # no such document
    finally:
        reader.close()
