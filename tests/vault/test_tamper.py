"""Tampering with a closed vault (HOSTILE_CASES.md A2, B1–B7, B10, C on blobs)."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from archive_app.archive import Archive
from archive_app.errors import CorruptData, WrongPassphrase
from tests.conftest import PASSPHRASE
from tests.vault.test_vault import new_doc


@pytest.fixture
def vault_with_two(tmp_path: Path) -> tuple[Path, str, str]:
    path = tmp_path / "v.letapis"
    archive, _ = Archive.create(path, PASSPHRASE)
    a = archive.add_document(new_doc("first", "alpha", b"one"))
    b = archive.add_document(new_doc("second", "beta", b"two"))
    archive.close()
    return path, a, b


def sql(path: Path, statement: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path / "archive.db")
    try:
        rows = conn.execute(statement, params).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def problems(path: Path) -> list[tuple[str, str]]:
    with Archive.open(path, PASSPHRASE) as archive:
        return [(p.kind, p.subject) for p in archive.check().problems]


def test_b1_swapped_rows_both_fail(vault_with_two: tuple[Path, str, str]) -> None:
    path, a, b = vault_with_two
    (meta_a,), (meta_b,) = (
        sql(path, "SELECT meta FROM documents WHERE id = ?", (i,))[0] for i in (a, b)
    )
    sql(path, "UPDATE documents SET meta = ? WHERE id = ?", (meta_b, a))
    sql(path, "UPDATE documents SET meta = ? WHERE id = ?", (meta_a, b))
    with Archive.open(path, PASSPHRASE) as archive:
        for doc_id in (a, b):
            with pytest.raises(CorruptData, match="failed authentication"):
                archive.get_document(doc_id)
        listed = archive.list_documents()
        assert [d.damaged for d in listed] == [True, True]
    assert ("record", a) in problems(path) and ("record", b) in problems(path)


def test_b2_ciphertext_moved_to_another_column_or_table(
    vault_with_two: tuple[Path, str, str],
) -> None:
    path, a, _ = vault_with_two
    (meta,) = sql(path, "SELECT meta FROM documents WHERE id = ?", (a,))[0]
    sql(path, "UPDATE documents SET body = ? WHERE id = ?", (meta, a))
    sql(path, "INSERT INTO settings (key, version, sealed) VALUES (?, 1, ?)", (a, meta))
    with Archive.open(path, PASSPHRASE) as archive:
        with pytest.raises(CorruptData):
            archive.get_document(a)
        with pytest.raises(CorruptData):
            archive.store.get_setting(a)


def test_b3_single_row_rollback_found_by_check(vault_with_two: tuple[Path, str, str]) -> None:
    path, a, _ = vault_with_two
    old = sql(path, "SELECT version, change, meta, body FROM documents WHERE id = ?", (a,))[0]
    with Archive.open(path, PASSPHRASE) as archive:
        archive.update_document(a, {"title": "edited"})
    sql(
        path,
        "UPDATE documents SET version = ?, change = ?, meta = ?, body = ? WHERE id = ?",
        (*old, a),
    )
    with Archive.open(path, PASSPHRASE) as archive:
        assert archive.get_document(a).title == "first"  # it authenticates as version 1 …
        report = archive.check()
    assert not report.ok  # … but its custody history says version 2
    assert any("rolled back" in p.message for p in report.problems)


def test_b5_row_deleted_behind_our_back(vault_with_two: tuple[Path, str, str]) -> None:
    path, a, _ = vault_with_two
    sql(path, "DELETE FROM attachments WHERE document_id = ?", (a,))
    sql(path, "DELETE FROM documents WHERE id = ?", (a,))
    found = problems(path)
    assert ("record", a) in found
    assert any(kind == "orphan-blob" for kind, _ in found)


def test_b5_custody_event_deleted(vault_with_two: tuple[Path, str, str]) -> None:
    path, _, _ = vault_with_two
    sql(path, "DELETE FROM custody WHERE seq = 1")
    assert ("custody", "2") in problems(path)


def test_b6_flipped_bit_in_a_record_is_a_per_record_error(
    vault_with_two: tuple[Path, str, str],
) -> None:
    path, a, b = vault_with_two
    (body,) = sql(path, "SELECT body FROM documents WHERE id = ?", (a,))[0]
    raw = bytearray((path / "archive.db").read_bytes())
    at = raw.find(bytes(body))
    assert at > 0
    raw[at + 20] ^= 0x04
    (path / "archive.db").write_bytes(bytes(raw))
    with Archive.open(path, PASSPHRASE) as archive:
        with pytest.raises(CorruptData):
            archive.get_document(a)
        assert archive.get_document(b).text == "beta"
        assert [p.subject for p in archive.check().problems if p.kind == "record"] == [a]


def test_b7_truncated_database_is_refused_never_recreated(
    vault_with_two: tuple[Path, str, str],
) -> None:
    path, _, _ = vault_with_two
    db = path / "archive.db"
    db.write_bytes(db.read_bytes()[:5000])
    with pytest.raises(CorruptData):
        Archive.open(path, PASSPHRASE)
    assert db.stat().st_size == 5000


def test_b10_deleted_ciphertext_does_not_linger(tmp_path: Path) -> None:
    path = tmp_path / "v.letapis"
    archive, _ = Archive.create(path, PASSPHRASE)
    doc_id = archive.add_document(new_doc("gone", "to be deleted " * 50, b"gone"))
    (body,) = archive.vault.db.execute(
        "SELECT body FROM documents WHERE id = ?", [doc_id]
    ).fetchone()
    archive.delete_document(doc_id)
    files = [p for p in path.iterdir() if p.name.startswith("archive.db")]
    assert all(bytes(body)[:64] not in p.read_bytes() for p in files)
    archive.close()
    assert bytes(body)[:64] not in (path / "archive.db").read_bytes()


@pytest.mark.parametrize("field", ["wrapped_key", "salt"])
def test_a2_flipped_slot_field_cannot_unlock(
    vault_with_two: tuple[Path, str, str], field: str
) -> None:
    path, _, _ = vault_with_two
    header = json.loads((path / "vault.json").read_text())
    for slot in header["slots"]:
        target = slot if field == "wrapped_key" else slot["kdf"]
        target[field] = (
            "A" + target[field][1:] if target[field][0] != "A" else "B" + target[field][1:]
        )
    (path / "vault.json").write_text(json.dumps(header))
    with pytest.raises(WrongPassphrase):
        Archive.open(path, PASSPHRASE)


def test_a2_changed_header_field_fails_the_mac(vault_with_two: tuple[Path, str, str]) -> None:
    path, _, _ = vault_with_two
    header = json.loads((path / "vault.json").read_text())
    header["slots"] = [s for s in header["slots"] if s["kind"] == "passphrase"]
    (path / "vault.json").write_text(json.dumps(header))
    with pytest.raises(CorruptData, match="changed or is damaged"):
        Archive.open(path, PASSPHRASE)


def test_a2_header_of_another_vault_is_refused(
    tmp_path: Path, vault_with_two: tuple[Path, str, str]
) -> None:
    path, _, _ = vault_with_two
    other, _ = Archive.create(tmp_path / "other.letapis", PASSPHRASE)
    other.close()
    (path / "vault.json").write_bytes((tmp_path / "other.letapis" / "vault.json").read_bytes())
    with pytest.raises(CorruptData, match="another vault"):
        Archive.open(path, PASSPHRASE)


@pytest.mark.parametrize("damage", ["truncate", "flip", "delete"])
def test_damaged_blob_is_named_by_check_and_export(
    vault_with_two: tuple[Path, str, str], damage: str
) -> None:
    path, _, _ = vault_with_two
    blob_path = next((path / "blobs").glob("*/*"))
    with Archive.open(path, PASSPHRASE) as archive:
        atts = {att.blob: att for d in archive.list_documents() for att in d.attachments}
    att = atts[blob_path.name]
    if damage == "truncate":
        blob_path.write_bytes(blob_path.read_bytes()[:-3])
    elif damage == "flip":
        raw = bytearray(blob_path.read_bytes())
        raw[-1] ^= 1
        blob_path.write_bytes(bytes(raw))
    else:
        blob_path.unlink()
    with Archive.open(path, PASSPHRASE) as archive:
        report = archive.check()
        assert [(p.kind, p.subject) for p in report.problems] == [("attachment", att.id)]
        with pytest.raises(Exception) as info:
            archive.export_attachment(att.id, io.BytesIO())
        assert "statement.txt" in str(info.value)
