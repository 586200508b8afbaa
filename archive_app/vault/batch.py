"""Intake in batches: many documents made durable with a few disk flushes, not four each.

A document's rows and the blobs they name must reach the disk in order — blobs first, then
the rows — and a blob moved into place for rows that then never commit must not stay behind.
Done per document, that is a sync of the intent note, of the blob file, of its folder and of
the database: about 35 ms a small file on a laptop disk. An :class:`IntakeBatch` collects
documents instead and commits them together (:meth:`IntakeBatch.commit`):

1. blobs are sealed into temp files as documents arrive, with no sync (a crash leaves temp
   files, which the next open sweeps);
2. one intent note names every new blob of the batch (synced; see ``Vault.blob_intent``);
3. the temp files are synced (a few at a time, so the file system groups them), renamed into
   place, and each folder touched is synced once;
4. every row of the batch, with one custody event per document, is committed in one
   transaction; then the note goes.

A crash before 4 leaves none of the batch's documents and the next open removes the blobs the
note names; after 4 all of them are there. Re-running the import adds what is missing (the
originals' SHA-256 tell what is already stored).
"""

from __future__ import annotations

import dataclasses
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archive_app.errors import StorageError, UsageError
from archive_app.ingest.model import NewAttachment, NewDocument

if TYPE_CHECKING:
    from archive_app.vault.store import Document, RecordStore

#: Default limits of one batch: whichever is reached first closes it.
BATCH_DOCUMENTS = 64
BATCH_SECONDS = 0.5
BATCH_BYTES = 32 * 1024 * 1024


@dataclass
class _Entry:
    doc: Document
    attachments: list[NewAttachment]
    blobs: list[str]
    action: str
    details: dict[str, Any]


class IntakeBatch:
    """Documents added but not yet committed; see the module text and :meth:`commit`.

    Made by :meth:`RecordStore.intake_batch`; while it is open, ``RecordStore.add_document``
    puts documents here. Its documents are not readable before :meth:`commit`, but
    ``has_original`` and ``has_message`` already count them, so an import does not add the
    same file twice.
    """

    def __init__(
        self,
        store: RecordStore,
        *,
        max_documents: int = BATCH_DOCUMENTS,
        max_seconds: float = BATCH_SECONDS,
        max_bytes: int = BATCH_BYTES,
    ) -> None:
        self._store = store
        self.max_documents = max_documents
        self.max_seconds = max_seconds
        self.max_bytes = max_bytes
        self._entries: list[_Entry] = []
        #: New blobs of this batch: name -> sealed temp file, not yet synced.
        self._staged: dict[str, Path] = {}
        #: Every blob the batch's rows refer to (new or already stored).
        self._referenced: set[str] = set()
        self._ids: set[str] = set()
        self._bytes = 0
        self._started = 0.0

    def __len__(self) -> int:
        return len(self._entries)

    def holds_blob(self, name: str) -> bool:
        """True if a document of this batch has an attachment stored as blob ``name``."""
        return name in self._referenced

    def holds_id(self, doc_id: str) -> bool:
        return doc_id in self._ids

    def due(self) -> bool:
        """True once the batch holds enough documents, bytes or age to be committed."""
        if not self._entries:
            return False
        return (
            len(self._entries) >= self.max_documents
            or self._bytes >= self.max_bytes
            or time.monotonic() - self._started >= self.max_seconds
        )

    def add(
        self,
        new: NewDocument,
        *,
        doc_id: str | None,
        action: str,
        details: dict[str, Any],
    ) -> str:
        """Seal the document's new originals into temp files and hold its rows; return its id.

        Raises:
            UsageError: an attachment has neither data nor a path, or ``doc_id`` is taken.
            CorruptData: a file changed between hashing and sealing.
            StorageError: the disk refused.
        """
        store = self._store
        blobs = store.vault.blobs
        if doc_id is not None and doc_id in self._ids:
            raise UsageError(f"The document id {doc_id} is used twice in one import.")
        names: list[str] = []
        fresh: dict[str, Path] = {}
        size = len(new.text)
        try:
            for att in new.attachments:
                name = blobs.name_for(att.sha256)
                names.append(name)
                if name in self._staged or name in fresh or blobs.exists(name):
                    continue
                source: Path | bytes
                if att.data is not None:
                    source = att.data
                elif att.path is not None:
                    source = att.path
                else:
                    raise UsageError(f"{att.name}: an attachment has neither data nor a path")
                tmp = blobs.seal_unsynced(att.sha256, source, label=att.name)
                if tmp is not None:
                    fresh[name] = tmp
                    size += att.size
        except BaseException:
            for tmp in fresh.values():
                tmp.unlink(missing_ok=True)
            raise
        doc = store.new_document_row(new, doc_id or store.id_for(new))
        if not self._entries:
            self._started = time.monotonic()
        self._staged.update(fresh)
        self._referenced.update(names)
        self._ids.add(doc.id)
        self._bytes += size
        # The bytes are sealed already; the rows need only the attachments' descriptions.
        kept = [dataclasses.replace(a, data=None) for a in new.attachments]
        self._entries.append(_Entry(doc, kept, names, action, details))
        return doc.id

    def commit(self) -> list[str]:
        """Make every document of the batch durable, all together; return their ids.

        On failure none of them is stored (their new blobs are removed again) and the batch
        is empty, ready for the next documents.

        Raises:
            StorageError: the disk refused (full, read-only, vanished); nothing was changed.
        """
        entries, staged = self._entries, self._staged
        self._entries, self._staged = [], {}
        self._referenced, self._ids, self._bytes = set(), set(), 0
        if not entries:
            return []
        store = self._store
        vault = store.vault
        try:
            with vault.blob_intent(staged):
                try:
                    vault.blobs.place_batch(staged)
                    with store.transaction():
                        for entry in entries:
                            store.insert_new_document(
                                entry.doc,
                                entry.attachments,
                                entry.blobs,
                                action=entry.action,
                                details=entry.details,
                            )
                except sqlite3.Error as exc:
                    store.drop_unreferenced_blobs(staged)
                    what = "The document" if len(entries) == 1 else f"{len(entries)} documents"
                    raise StorageError(
                        f"{what} could not be saved ({exc}); nothing was changed."
                    ) from None
                except BaseException:
                    store.drop_unreferenced_blobs(staged)
                    raise
        finally:
            for tmp in staged.values():
                tmp.unlink(missing_ok=True)
        return [entry.doc.id for entry in entries]

    def discard(self) -> None:
        """Forget the documents not yet committed and remove their temp files."""
        for tmp in self._staged.values():
            tmp.unlink(missing_ok=True)
        self._entries, self._staged = [], {}
        self._referenced, self._ids, self._bytes = set(), set(), 0
