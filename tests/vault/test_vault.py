"""Vault life cycle: create, open, lock, passphrases, recovery key, records, custody."""

from __future__ import annotations

import hashlib
import io
import json
import unicodedata
from pathlib import Path

import pytest

from archive_app.archive import Archive
from archive_app.crypto.keys import KdfParams
from archive_app.errors import (
    CorruptData,
    InvalidPassphrase,
    NotFound,
    UsageError,
    VaultInUse,
    WrongPassphrase,
)
from archive_app.ingest.model import NewAttachment, NewDocument
from tests.conftest import PASSPHRASE


def new_doc(
    title: str = "Statement", text: str = "Body", data: bytes = b"original bytes"
) -> NewDocument:
    return NewDocument(
        title=title,
        text=text,
        type="statement",
        tags=["hrodna"],
        collection="Statements",
        attachments=[
            NewAttachment(
                name="statement.txt",
                sha256=hashlib.sha256(data).hexdigest(),
                size=len(data),
                data=data,
                is_original=True,
            )
        ],
    )


def test_create_open_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "v.letapis"
    archive, recovery = Archive.create(path, PASSPHRASE)
    doc_id = archive.add_document(new_doc())
    archive.close()
    assert sorted(p.name for p in path.iterdir()) == [
        "archive.db",
        "blobs",
        "index",
        "lock",
        "staging",
        "vault.json",
    ]
    with Archive.open(path, PASSPHRASE) as again:
        doc = again.get_document(doc_id)
        assert (doc.title, doc.text, doc.type, doc.tags, doc.collections) == (
            "Statement",
            "Body",
            "statement",
            ["hrodna"],
            ["Statements"],
        )
        assert doc.attachments[0].sha256 == hashlib.sha256(b"original bytes").hexdigest()
        assert [c["name"] for c in again.collections()] == ["Statements"]
    with Archive.open(path, recovery) as by_recovery:
        assert by_recovery.get_document(doc_id).title == "Statement"


def test_created_vault_uses_calibrated_kdf_floor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the test fixture's cheap cost, new slots never go below RFC 9106's floor."""
    from archive_app.vault import vault

    monkeypatch.setattr(vault, "DEFAULT_KDF", None)
    archive, _ = Archive.create(tmp_path / "v.letapis", PASSPHRASE)
    archive.close()
    header = json.loads((tmp_path / "v.letapis" / "vault.json").read_text())
    for slot in header["slots"]:
        assert slot["kdf"]["memory_kib"] >= 64 * 1024
        assert slot["kdf"]["iterations"] >= 3
        assert slot["kdf"]["lanes"] == 4


def test_wrong_passphrase_is_a_plain_error(tmp_path: Path) -> None:
    archive, _ = Archive.create(tmp_path / "v.letapis", PASSPHRASE)
    archive.close()
    with pytest.raises(WrongPassphrase) as info:
        Archive.open(tmp_path / "v.letapis", "not it")
    assert (
        str(info.value)
        == f"{tmp_path / 'v.letapis'}: cannot unlock: the passphrase or recovery key is wrong."
    )


def test_nfc_and_nfd_passphrases_both_open(tmp_path: Path) -> None:
    phrase = "Жыве Беларусь — café"
    archive, _ = Archive.create(tmp_path / "v.letapis", unicodedata.normalize("NFD", phrase))
    archive.close()
    Archive.open(tmp_path / "v.letapis", unicodedata.normalize("NFC", phrase)).close()
    Archive.open(tmp_path / "v.letapis", unicodedata.normalize("NFD", phrase)).close()


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * 1025, "too long"),
        ("tab\there", "control characters"),
    ],
)
def test_unusable_passphrases_refused_at_creation(tmp_path: Path, phrase: str, reason: str) -> None:
    with pytest.raises(InvalidPassphrase, match=reason):
        Archive.create(tmp_path / "v.letapis", phrase)
    assert not (tmp_path / "v.letapis").exists()


def test_ten_megabyte_passphrase_is_simply_wrong(tmp_path: Path) -> None:
    archive, _ = Archive.create(tmp_path / "v.letapis", PASSPHRASE)
    archive.close()
    with pytest.raises(WrongPassphrase):
        Archive.open(tmp_path / "v.letapis", "x" * 10_000_000)


def test_second_opener_is_told_the_vault_is_open_elsewhere(archive: Archive) -> None:
    with pytest.raises(VaultInUse, match="open elsewhere"):
        Archive.open(archive.path, PASSPHRASE)
    archive.close()
    Archive.open(archive.path, PASSPHRASE).close()


def test_create_refuses_an_existing_folder(tmp_path: Path) -> None:
    (tmp_path / "v.letapis").mkdir()
    (tmp_path / "v.letapis" / "something").write_text("x")
    with pytest.raises(UsageError, match="already exists"):
        Archive.create(tmp_path / "v.letapis", PASSPHRASE)


def test_open_missing_vault_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        Archive.open(tmp_path / "nothing", PASSPHRASE)


def test_missing_database_is_never_recreated(tmp_path: Path) -> None:
    archive, _ = Archive.create(tmp_path / "v.letapis", PASSPHRASE)
    archive.close()
    (tmp_path / "v.letapis" / "archive.db").unlink()
    with pytest.raises(CorruptData, match="never created"):
        Archive.open(tmp_path / "v.letapis", PASSPHRASE)
    assert not (tmp_path / "v.letapis" / "archive.db").exists()


def test_passphrase_change_keeps_master_key_and_recovery(tmp_path: Path) -> None:
    archive, recovery = Archive.create(tmp_path / "v.letapis", PASSPHRASE)
    doc_id = archive.add_document(new_doc())
    archive.change_passphrase("a new long passphrase")
    archive.close()
    with pytest.raises(WrongPassphrase):
        Archive.open(tmp_path / "v.letapis", PASSPHRASE)
    with Archive.open(tmp_path / "v.letapis", "a new long passphrase") as again:
        assert again.get_document(doc_id).text == "Body"
    Archive.open(tmp_path / "v.letapis", recovery).close()


def test_new_recovery_key_replaces_the_old_one(tmp_path: Path) -> None:
    archive, old = Archive.create(tmp_path / "v.letapis", PASSPHRASE)
    new = archive.new_recovery_key()
    archive.close()
    assert new != old
    with pytest.raises(WrongPassphrase):
        Archive.open(tmp_path / "v.letapis", old)
    Archive.open(tmp_path / "v.letapis", new).close()


def test_recovery_key_typo_is_named(tmp_path: Path) -> None:
    archive, recovery = Archive.create(tmp_path / "v.letapis", PASSPHRASE)
    archive.close()
    typo = ("Z" if recovery[0] != "Z" else "Y") + recovery[1:]
    with pytest.raises(WrongPassphrase, match="typing mistake"):
        Archive.open(tmp_path / "v.letapis", typo)


def test_identical_originals_are_stored_once(archive: Archive) -> None:
    archive.add_document(new_doc("one"))
    archive.add_document(new_doc("two"))
    blobs = list(archive.vault.blobs.names())
    assert len(blobs) == 1
    assert archive.has_original(hashlib.sha256(b"original bytes").hexdigest())
    assert not archive.has_original(hashlib.sha256(b"other").hexdigest())


def test_export_attachment_verifies_sha256(archive: Archive) -> None:
    doc_id = archive.add_document(new_doc())
    att = archive.get_document(doc_id).attachments[0]
    out = io.BytesIO()
    archive.export_attachment(att.id[:8], out)
    assert out.getvalue() == b"original bytes"


def test_edit_and_delete_are_in_the_custody_chain(archive: Archive) -> None:
    doc_id = archive.add_document(new_doc())
    archive.update_document(doc_id, {"title": "Renamed", "tags": ["hrodna", "2020"]})
    doc = archive.get_document(doc_id)
    assert (doc.version, doc.title) == (2, "Renamed")
    events = archive.custody_log(doc_id)
    assert [e["action"] for e in events] == ["intake", "edit"]
    assert events[1]["details"] == {"fields": ["tags", "title"]}
    assert events[1]["prev"] != events[0]["prev"]
    archive.delete_document(doc_id)
    with pytest.raises(NotFound):
        archive.get_document(doc_id)
    assert list(archive.vault.blobs.names()) == []
    assert [e["action"] for e in archive.custody_log()] == ["intake", "edit", "delete"]
    assert archive.check().ok


def test_changes_since_reports_updates_and_deletions(archive: Archive) -> None:
    a = archive.add_document(new_doc("a", data=b"a"))
    b = archive.add_document(new_doc("b", data=b"b"))
    mark = archive.store.current_change()
    archive.update_document(a, {"title": "a2"})
    archive.delete_document(b)
    changes = [
        (doc_id, doc.title if doc else None) for doc_id, _, doc in archive.store.changes_since(mark)
    ]
    assert changes == [(a, "a2"), (b, None)]


def test_kdf_params_injected_explicitly(tmp_path: Path) -> None:
    archive, _ = Archive.create(tmp_path / "v.letapis", PASSPHRASE, kdf=KdfParams(2048, 2, 1))
    archive.close()
    slot = json.loads((tmp_path / "v.letapis" / "vault.json").read_text())["slots"][0]
    assert (slot["kdf"]["memory_kib"], slot["kdf"]["iterations"]) == (2048, 2)


def test_forked_child_does_not_keep_the_lock_after_the_parent_dies(tmp_path: Path) -> None:
    """The search engine forks workers; if the parent is killed, its children must not keep
    holding the vault lock (a second open would say "open elsewhere" forever)."""
    import subprocess
    import sys

    path = tmp_path / "v.letapis"
    Archive.create(path, PASSPHRASE)[0].close()
    script = (
        "import os, signal, sys, time\n"
        "from pathlib import Path\n"
        "from archive_app.archive import Archive\n"
        f"a = Archive.open(Path({str(path)!r}), {PASSPHRASE!r})\n"
        "if os.fork() == 0:\n"
        "    os.close(1); os.close(2); time.sleep(20); os._exit(0)\n"
        "print('forked', flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert proc.stdout.strip() == "forked"
    Archive.open(path, PASSPHRASE).close()  # the orphaned child does not hold the lock
