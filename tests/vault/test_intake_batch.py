"""Intake in batches (archive_app/vault/batch.py): one commit for many documents.

Real vaults on disk throughout. The crash behaviour (SIGKILL inside a batch's commit) is
tested in tests/crash/test_batch_crash.py.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from archive_app.archive import Archive
from archive_app.errors import StorageError
from archive_app.ingest.model import IntakeDefaults, IntakeProgress, NewDocument
from archive_app.ingest.pipeline import import_paths
from tests.crash.harness import attachment


def doc(i: int, data: bytes | None = None) -> NewDocument:
    data = data if data is not None else f"original {i} ".encode() * 300
    return NewDocument(
        title=f"Document {i}",
        text=f"Text {i}",
        type="evidence",
        attachments=[attachment(f"file{i}.bin", data)],
    )


def temp_files(archive: Archive) -> list[Path]:
    return [p for p in archive.vault.blobs.root.rglob("*") if p.name.endswith(".tmp")]


def test_a_batch_is_invisible_until_committed_and_then_whole(archive: Archive) -> None:
    store = archive.store
    with store.intake_batch() as batch:
        ids = [store.add_document(doc(i)) for i in range(5)]
        assert store.count_documents() == 0
        assert list(archive.vault.blobs.names()) == []  # sealed into temp files only
        assert len(temp_files(archive)) == 5
        # Already counted, so one import never stores the same file twice.
        assert store.has_original(doc(3).attachments[0].sha256)
        assert len(batch) == 5
        assert batch.commit() == ids
        assert store.count_documents() == 5
    assert temp_files(archive) == []
    assert set(archive.vault.blobs.names()) == store.referenced_blobs()
    assert [e["subject"] for e in store.custody_events()] == ids
    assert archive.check().ok
    assert not any(archive.vault.staging_dir.iterdir())


def test_leaving_the_block_commits_the_rest_even_on_an_exception(archive: Archive) -> None:
    store = archive.store
    with pytest.raises(KeyError), store.intake_batch():
        store.add_document(doc(1))
        raise KeyError("the caller failed after adding")
    assert store.count_documents() == 1
    assert archive.check().ok


def test_one_original_for_two_documents_of_a_batch_is_stored_once(archive: Archive) -> None:
    store = archive.store
    same = b"the same original bytes" * 100
    with store.intake_batch():
        store.add_document(doc(1, same))
        store.add_document(doc(2, same))
    assert store.count_documents() == 2
    assert len(list(archive.vault.blobs.names())) == 1
    assert archive.check().ok


def test_due_by_documents_bytes_and_time(archive: Archive) -> None:
    store = archive.store
    with store.intake_batch(max_documents=3, max_seconds=1e9, max_bytes=1 << 40) as batch:
        assert not batch.due()
        store.add_document(doc(1))
        store.add_document(doc(2))
        assert not batch.due()
        store.add_document(doc(3))
        assert batch.due()
        batch.commit()
        assert not batch.due()
    with store.intake_batch(max_documents=100, max_seconds=1e9, max_bytes=1000) as batch:
        store.add_document(doc(4))  # about 3 KB of original
        assert batch.due()
    with store.intake_batch(max_documents=100, max_seconds=0.0, max_bytes=1 << 40) as batch:
        store.add_document(doc(5))
        assert batch.due()
    assert store.count_documents() == 5


def test_a_failed_commit_stores_nothing_of_the_batch(archive: Archive) -> None:
    store = archive.store
    taken = store.add_document(doc(0))
    blobs_before = set(archive.vault.blobs.names())
    with store.intake_batch() as batch:
        store.add_document(doc(1))
        # A real failure inside the transaction: the id is already used in the database.
        store.add_document(doc(2), doc_id=taken)
        with pytest.raises(StorageError, match="2 documents could not be saved"):
            batch.commit()
        assert len(batch) == 0
    assert store.count_documents() == 1
    assert set(archive.vault.blobs.names()) == blobs_before  # the new blobs were removed
    assert temp_files(archive) == []
    assert not any(archive.vault.staging_dir.iterdir())
    assert archive.check().ok


def test_one_batch_at_a_time(archive: Archive) -> None:
    store = archive.store
    with store.intake_batch(), pytest.raises(RuntimeError, match="already open"):
        store.intake_batch().__enter__()


def test_add_document_outside_a_batch_is_durable_at_once(archive: Archive) -> None:
    doc_id = archive.add_document(doc(1))
    assert archive.get_document(doc_id).title == "Document 1"
    assert temp_files(archive) == []
    assert not any(archive.vault.staging_dir.iterdir())


def make_files(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        (folder / f"note{i:03d}.txt").write_text(f"Note {i}: Hrodna, 2020", encoding="utf-8")


def test_import_commits_in_batches_and_the_index_catches_up(
    archive: Archive, tmp_path: Path
) -> None:
    make_files(tmp_path / "files", 150)
    # Twice the same file: the second is "already present" though its twin is not yet
    # committed when it is looked up.
    (tmp_path / "files" / "twin.txt").write_text("Note 7: Hrodna, 2020", encoding="utf-8")
    report = archive.add_paths([tmp_path / "files"], workers=1)
    assert len(report.added) == 150 and len(report.already_present) == 1
    assert archive.store.count_documents() == 150
    assert len(archive.custody_log()) == 150  # one custody event per document
    assert len(archive.search("Hrodna", limit=200, snippets=False).hits) == 150
    assert archive.check().ok
    assert not any(archive.vault.staging_dir.iterdir())


def test_a_cancelled_import_keeps_what_was_done(archive: Archive, tmp_path: Path) -> None:
    make_files(tmp_path / "files", 120)
    cancel = threading.Event()

    def progress(value: IntakeProgress) -> None:
        if value.files_done >= 10:
            cancel.set()

    report = archive.add_paths([tmp_path / "files"], progress=progress, cancel=cancel)
    assert report.cancelled
    assert 10 <= len(report.added) < 120
    assert archive.store.count_documents() == len(report.added)
    for doc_id in report.added:
        assert archive.get_document(doc_id).text.startswith("Note ")
    assert archive.check().ok


class FailingBatch:
    """A DocumentBatch over a real vault whose second commit fails as a full disk would."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.commits = 0

    def due(self) -> bool:
        return True  # one document per batch

    def commit(self) -> object:
        self.commits += 1
        assert self.archive.store._batch is not None
        if self.commits == 2:
            self.archive.store._batch.discard()
            raise StorageError("the disk is full")
        return self.archive.store._batch.commit()


def test_the_report_says_which_documents_a_failed_batch_lost(
    archive: Archive, tmp_path: Path
) -> None:
    make_files(tmp_path / "files", 4)
    batch = FailingBatch(archive)
    with archive.store.intake_batch():
        report = import_paths(
            archive, [tmp_path / "files"], IntakeDefaults(), workers=1, document_batch=batch
        )
    assert len(report.added) == 3
    (lost,) = report.failed
    assert lost.code == "store-failed" and "the disk is full" in lost.reason
    assert archive.store.count_documents() == 3
    assert sorted(report.added) == sorted(archive.store.document_ids())
