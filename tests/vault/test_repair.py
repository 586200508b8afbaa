"""`check --deep` and `repair`: the index is derived and rebuilt; evidence is never touched."""

from __future__ import annotations

import os
from pathlib import Path

from archive_app.archive import Archive
from tests.conftest import PASSPHRASE
from tests.vault.test_vault import new_doc


def test_deep_check_finds_a_damaged_index_and_repair_rebuilds_it(archive: Archive) -> None:
    doc_id = archive.add_document(new_doc("Лукашэнка і Гродна", "Заява пра Лукашэнку", b"x"))
    assert [h.id for h in archive.search("Lukashenko").hits] == [doc_id]
    assert archive.check(deep=True).ok
    segment = max((archive.path / "index").iterdir(), key=lambda p: p.stat().st_size)
    raw = bytearray(segment.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    segment.write_bytes(bytes(raw))
    report = archive.check(deep=True)
    assert [(p.kind, p.subject) for p in report.problems] == [("index", "files")]
    assert "damaged" in report.problems[0].message
    assert not archive.check().problems  # the quick check does not read the index
    done = archive.repair()
    assert done == ["rebuilt the search index (1 documents)"]
    assert archive.check(deep=True).ok
    assert [h.id for h in archive.search("Лукашенко").hits] == [doc_id]


def test_deep_check_notices_a_stale_index(archive: Archive) -> None:
    archive.add_document(new_doc("one", "first text", b"1"))
    archive.search("first")
    archive._reset_index()  # the next write does not reach the closed index
    archive.store.add_document(new_doc("two", "second text", b"2"))
    report = archive.check(deep=True)
    assert report.ok  # a derived index behind the database is not damage
    assert [(n.kind, n.code) for n in report.notes] == [("index", "index-behind")]
    assert "brings it up to date" in report.notes[0].message
    archive.search("second")
    assert not archive.check(deep=True).notes


def test_deep_check_of_a_new_vault_notes_the_index_is_not_built(tmp_path: Path) -> None:
    fresh, _recovery = Archive.create(tmp_path / "new.letapis", PASSPHRASE)
    with fresh:
        report = fresh.check(deep=True)
    assert report.ok and not report.problems
    assert [n.code for n in report.notes] == ["index-missing"]


def test_repair_removes_orphan_blobs_but_never_damaged_evidence(archive: Archive) -> None:
    doc_id = archive.add_document(new_doc("evidence", "photo", b"evidence bytes"))
    orphan = archive.vault.blobs.path_for("ab" * 32)
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(os.urandom(100))
    att = archive.get_document(doc_id).attachments[0]
    blob = archive.vault.blobs.path_for(att.blob)
    raw = bytearray(blob.read_bytes())
    raw[-1] ^= 1
    blob.write_bytes(bytes(raw))
    kinds = sorted(p.kind for p in archive.check().problems)
    assert kinds == ["attachment", "orphan-blob"]
    done = archive.repair()
    assert "removed 1 stored file(s) that no record referred to" in done
    assert not orphan.exists()
    assert blob.exists() and blob.read_bytes() == bytes(raw)  # damaged evidence kept as is
    assert [p.kind for p in archive.check().problems] == ["attachment"]


def test_missing_index_is_rebuilt_with_a_notice(tmp_path: Path, archive: Archive) -> None:
    doc_id = archive.add_document(new_doc("Менск", "Мінск і Менск", b"m"))
    archive.search("Minsk")
    archive._reset_index()
    for f in (archive.path / "index").iterdir():
        f.unlink()
    assert [h.id for h in archive.search("Mińsk").hits] == [doc_id]
    # a brand-new index is built silently; a lost one is rebuilt with a notice
    archive._reset_index()
    (archive.path / "index" / "letapis_state").unlink()
    archive.search("Minsk")
    assert any("rebuilt" in n for n in archive.notices)
