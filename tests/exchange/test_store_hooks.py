"""The public store calls receiving uses, on a real vault; and no private access from exchange/."""

from __future__ import annotations

import ast
import hashlib
import os
from pathlib import Path

import pytest

from archive_app.archive import Archive
from archive_app.errors import NotFound, StorageError
from archive_app.ingest.model import NewAttachment, NewDocument
from archive_app.vault.store import Document

PASS = "correct horse battery staple"
EXCHANGE = Path(__file__).resolve().parents[2] / "archive_app" / "exchange"


@pytest.fixture
def vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    arch, _ = Archive.create(tmp_path / "v.letapis", PASS)
    yield arch
    if arch.vault.is_open:
        arch.close()


def stage_blob(arch: Archive, payload: bytes) -> tuple[str, str, Path]:
    """Seal ``payload`` into staging/ as the received-file path does; return sha, name, path."""
    blobs = arch.vault.blobs
    sha = hashlib.sha256(payload).hexdigest()
    name = blobs.name_for(sha)
    arch.vault.staging_dir.mkdir(exist_ok=True)
    path = arch.vault.staging_dir / f"{name}.blob"
    with blobs.staged_writer(name, path) as writer:
        writer.write(payload)
    return sha, name, path


def test_put_document_and_attach_stored_blob_round_trip(vault: Archive) -> None:
    store, blobs = vault.store, vault.vault.blobs
    payload = os.urandom(200_000)
    sha, name, staged = stage_blob(vault, payload)
    assert blobs.adopt(name, staged, label="x") is True
    assert not staged.exists() and blobs.exists(name)
    doc = Document(id="ab" * 16, version=3, change=0, title="Received", text="body")
    doc.collections = ["weekly"]
    before = store.current_change()
    with store.transaction():
        store.put_document(doc, new=True)
        att = NewAttachment("r.bin", sha, len(payload), is_original=True)
        store.attach_stored_blob(doc.id, att, added="2026-11-25T12:00:00Z")
        store.append_custody("receive", doc.id, doc.version, {})
    got = store.get_document(doc.id)
    assert (got.version, got.title, got.text, got.change) == (3, "Received", "body", before + 1)
    assert [c["name"] for c in store.list_collections()] == ["weekly"]
    out = vault.vault.staging_dir / "out.bin"
    with open(out, "wb") as handle:
        assert blobs.copy_out(got.attachments[0].blob, handle, label="r.bin") == sha
    assert out.read_bytes() == payload
    # a second identical blob is not moved over the first
    _, _, again = stage_blob(vault, payload)
    assert blobs.adopt(name, again, label="x") is False and again.exists()
    got.version += 1
    got.title = "Updated"
    with store.transaction():
        store.put_document(got, new=False)
    assert store.get_document(doc.id).title == "Updated"


def test_hooks_refuse_outside_a_transaction_and_missing_rows(vault: Archive) -> None:
    store = vault.store
    doc = Document(id="cd" * 16, version=1, change=0)
    with pytest.raises(RuntimeError):
        store.put_document(doc, new=True)
    with pytest.raises(NotFound), store.transaction():
        store.put_document(doc, new=False)  # no such row
    with pytest.raises(NotFound), store.transaction():
        store.put_document(doc, new=True)
        # the blob was never stored: a row must not point at nothing
        store.attach_stored_blob(doc.id, NewAttachment("x", "00" * 32, 1), added="t")
    with pytest.raises(NotFound):  # rolled back as a whole
        store.get_document(doc.id)


def test_drop_unreferenced_blobs_keeps_used_ones(vault: Archive) -> None:
    store, blobs = vault.store, vault.vault.blobs
    used = os.urandom(70_000)
    sha_used = hashlib.sha256(used).hexdigest()
    vault.add_document(
        NewDocument(
            title="Held",
            text="t",
            attachments=[NewAttachment("h.bin", sha_used, len(used), data=used)],
        )
    )
    _, orphan, staged = stage_blob(vault, os.urandom(70_000))
    blobs.adopt(orphan, staged, label="x")
    held = blobs.name_for(sha_used)
    store.drop_unreferenced_blobs([orphan, held])
    assert not blobs.exists(orphan) and blobs.exists(held)


def test_adopt_reports_a_refusing_disk(vault: Archive) -> None:
    _, name, staged = stage_blob(vault, b"payload")
    staged.unlink()  # the staged file vanished (a pulled disk, a wiped staging)
    with pytest.raises(StorageError):
        vault.vault.blobs.adopt(name, staged, label="x")


def test_exchange_uses_no_private_attribute_of_other_objects() -> None:
    """exchange/ reaches the vault only through public calls (``obj._x`` only on self/cls)."""
    found = []
    for path in sorted(EXCHANGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            ):
                found.append(f"{path.name}:{node.lineno}: .{node.attr}")
    assert found == []
