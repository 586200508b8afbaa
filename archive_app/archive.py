"""The one facade over a vault: what the CLI and the GUI call.

Long operations are plain functions that take a ``progress`` callback and a ``cancel`` event;
the GUI runs them in a worker thread, the CLI draws a progress bar.

Example::

    archive, recovery_key = Archive.create(Path("work.letapis"), "a long passphrase")
    report = archive.add_paths([Path("statement.txt")], IntakeDefaults(type="statement"))
    for doc in archive.list_documents():
        print(doc.id, doc.title)
    archive.close()
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from archive_app.crypto.keys import KdfParams
from archive_app.errors import CorruptData, NotFound
from archive_app.ingest.model import (
    IntakeDefaults,
    IntakeReport,
    NewDocument,
    ProgressCallback,
)
from archive_app.vault.check import CheckReport, check_vault
from archive_app.vault.store import Attachment, Document, RecordStore
from archive_app.vault.vault import Vault


class Archive:
    """An open vault with everything done to it. Not thread-safe: one writer at a time."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.store = RecordStore(vault)

    # --- open / close ------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[Archive, str]:
        """Create a vault; return the open archive and the recovery key (show it once)."""
        vault, recovery = Vault.create(Path(path), passphrase, kdf=kdf)
        return cls(vault), recovery

    @classmethod
    def open(cls, path: Path, secret: str) -> Archive:
        """Unlock a vault with its passphrase or recovery key."""
        return cls(Vault.open(Path(path), secret))

    def close(self) -> None:
        """Lock: close the database, forget the keys, release the vault."""
        self.vault.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.vault.path

    # --- intake ------------------------------------------------------------------------------

    def has_original(self, sha256: str) -> bool:
        """DocumentSink: is an original with this SHA-256 already stored?"""
        return self.store.has_original(sha256)

    def add_document(self, doc: NewDocument) -> str:
        """DocumentSink: store one document atomically; return its id."""
        return self.store.add_document(doc, details={"file": doc.provenance.get("file")})

    def add_paths(
        self,
        paths: Sequence[Path],
        defaults: IntakeDefaults | None = None,
        *,
        again: bool = False,
        workers: int | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> IntakeReport:
        """Import files and folders (walked recursively); see ingest.pipeline."""
        from archive_app.ingest.pipeline import import_paths

        return import_paths(
            self,
            [Path(p) for p in paths],
            defaults or IntakeDefaults(),
            again=again,
            workers=workers,
            progress=progress,
            cancel=cancel,
        )

    # --- reading -----------------------------------------------------------------------------

    def list_documents(self) -> list[Document]:
        """Every document's metadata and attachments (no body text), oldest first."""
        return list(self.store.iter_documents(with_text=False))

    def get_document(self, doc_id: str) -> Document:
        """A document with its text and attachments; accepts a unique id prefix."""
        return self.store.get_document(self.resolve_id(doc_id))

    def resolve_id(self, prefix: str, table: str = "documents") -> str:
        """Expand a unique prefix (at least 6 characters) of a document or attachment id."""
        prefix = prefix.strip().lower()
        if len(prefix) == 32:
            return prefix
        if len(prefix) < 6 or any(c not in "0123456789abcdef" for c in prefix):
            raise NotFound(f"There is no {table[:-1]} {prefix!r} in this vault.")
        rows = self.vault.db.execute(
            f"SELECT id FROM {table} WHERE id LIKE ? LIMIT 2",  # noqa: S608 - table is ours
            [prefix + "%"],
        ).fetchall()
        if len(rows) != 1:
            raise NotFound(f"There is no single {table[:-1]} starting with {prefix!r}.")
        return str(rows[0][0])

    def custody_log(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """The custody events of one document, or of the whole vault."""
        return self.store.custody_events(self.resolve_id(doc_id) if doc_id else None)

    def get_attachment(self, att_id: str) -> Attachment:
        return self.store.get_attachment(self.resolve_id(att_id, "attachments"))

    def export_attachment(self, att_id: str, out: BinaryIO) -> Attachment:
        """Write an original file to ``out``, verified against its recorded SHA-256.

        Raises:
            CorruptData: the stored bytes do not match the SHA-256 recorded at intake.
        """
        att = self.get_attachment(att_id)
        digest = self.vault.blobs.copy_out(att.blob, out, label=att.name)
        if digest != att.sha256:
            raise CorruptData(f"{att.name}: the stored file does not match its SHA-256.")
        return att

    # --- editing -----------------------------------------------------------------------------

    def update_document(self, doc_id: str, changes: dict[str, Any]) -> Document:
        """Edit metadata or text; records a custody event."""
        return self.store.update_document(self.resolve_id(doc_id), changes)

    def delete_document(self, doc_id: str) -> None:
        self.store.delete_document(self.resolve_id(doc_id))

    def collections(self) -> list[dict[str, Any]]:
        return self.store.list_collections()

    # --- keys --------------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        self.vault.change_passphrase(new_passphrase, kdf=kdf)

    def new_recovery_key(self, *, kdf: KdfParams | None = None) -> str:
        return self.vault.new_recovery_key(kdf=kdf)

    # --- checking ----------------------------------------------------------------------------

    def check(self) -> CheckReport:
        """Verify every sealed row, every attachment, the custody chain and the schema."""
        return check_vault(self.store)

    # --- search ------------------------------------------------------------------------------

    # --- exchange ----------------------------------------------------------------------------
