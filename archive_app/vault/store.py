"""Records of a vault: documents, attachments, collections, settings, the custody log.

Every row keeps in the clear only ids, a version and a change counter; the rest is sealed
(docs/FORMAT.md, 1.5). All writes of one operation happen in one transaction together with
their custody event, so after a crash an operation is wholly there or not at all.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from archive_app.crypto.errors import RecordAuthError
from archive_app.crypto.keys import canonical_json
from archive_app.errors import CorruptData, NotFound, UsageError
from archive_app.ingest.model import DOC_TYPES, NewAttachment, NewDocument
from archive_app.vault.batch import BATCH_BYTES, BATCH_DOCUMENTS, BATCH_SECONDS, IntakeBatch
from archive_app.vault.vault import DB_FILE, Vault, database_error

#: Document fields kept in the ``meta`` sealed column (the body text is sealed apart).
META_FIELDS = (
    "title",
    "type",
    "language",
    "date",
    "source",
    "author",
    "tags",
    "collections",
    "metadata",
    "provenance",
    "sensitive",
    "created",
    "modified",
    "origin",
    "revision",
)
#: Fields a person may edit (and mark sensitive).
EDITABLE_FIELDS = (
    "title",
    "text",
    "type",
    "language",
    "date",
    "source",
    "author",
    "tags",
    "collections",
    "sensitive",
    "metadata",
)
_ZERO_HASH = bytes(32)
#: Sub-key label for the ids of documents read from chat messages (see message_document_id).
LABEL_MESSAGE_IDS = b"letapis/v1/message-ids"


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_id() -> str:
    """A random 128-bit row id (hex)."""
    return secrets.token_hex(16)


@dataclass
class Attachment:
    """An original file kept with a document."""

    id: str
    document_id: str
    blob: str
    version: int
    name: str
    mime: str
    size: int
    sha256: str
    text: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    is_original: bool = False
    added: str = ""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("blob")
        data.pop("version")
        return data


@dataclass
class Document:
    """A document with its metadata; ``text`` is empty when loaded without the body."""

    id: str
    version: int
    change: int
    title: str = ""
    text: str = ""
    type: str = "other"
    language: str | None = None
    date: str | None = None
    source: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    collections: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Any] = field(default_factory=dict)
    sensitive: list[str] = field(default_factory=list)
    created: str = ""
    modified: str = ""
    origin: str = ""
    revision: dict[str, Any] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    #: True when the sealed row failed authentication (listed, but nothing can be read).
    damaged: bool = False

    def meta_payload(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in META_FIELDS}

    def to_json(self, *, with_text: bool = True) -> dict[str, Any]:
        data = {"id": self.id, "version": self.version, **self.meta_payload()}
        if with_text:
            data["text"] = self.text
        data["attachments"] = [a.to_json() for a in self.attachments]
        return data


def _damaged(what: str) -> CorruptData:
    return CorruptData(f"{what} is damaged: it failed authentication (changed or swapped).")


class RecordStore:
    """Typed access to the sealed rows of one open vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.db = vault.db
        self._sealer = vault.sealer
        self.actor = vault.vault_id.hex()
        self._custody_head: tuple[int, bytes] | None = None
        self._message_key: bytes | None = None
        self._batch: IntakeBatch | None = None

    # --- transactions ------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic operation; the cached custody head is dropped if it rolls back."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.OperationalError as exc:
            self._custody_head = None
            # A full or failing disk mid-write: rolled back, and said as such.
            raise database_error(self.vault.path / DB_FILE, exc) from None
        except BaseException:
            self._custody_head = None
            raise

    @contextmanager
    def intake_batch(
        self,
        *,
        max_documents: int = BATCH_DOCUMENTS,
        max_seconds: float = BATCH_SECONDS,
        max_bytes: int = BATCH_BYTES,
    ) -> Iterator[IntakeBatch]:
        """Group the documents added inside into batches made durable together.

        While the block runs, :meth:`add_document` seals originals into temp files and holds
        the rows; :meth:`IntakeBatch.commit` (call it when :meth:`IntakeBatch.due`) makes the
        batch durable with a few disk flushes and one transaction (see
        :mod:`archive_app.vault.batch`). Leaving the block commits what is left — also when
        it is left by an exception, as documents added one by one would have been.

        Args:
            max_documents, max_seconds, max_bytes: when the batch is due: this many
                documents, seconds since its first document, or bytes of new originals
                and text, whichever comes first.

        Raises:
            RuntimeError: a batch is already open.

        Example::

            with store.intake_batch() as batch:
                for new in documents:
                    store.add_document(new)
                    if batch.due():
                        batch.commit()
        """
        if self._batch is not None:
            raise RuntimeError("an intake batch is already open")
        batch = IntakeBatch(
            self, max_documents=max_documents, max_seconds=max_seconds, max_bytes=max_bytes
        )
        self._batch = batch
        try:
            yield batch
        except BaseException:
            self._batch = None
            try:
                batch.commit()
            except BaseException:
                batch.discard()  # the first error is the one to report
            raise
        self._batch = None
        batch.commit()

    # --- low-level sealing -------------------------------------------------------------------

    def _open(self, table: str, column: str, row_id: str, version: int, sealed: bytes) -> Any:
        try:
            return self._sealer.open(table, column, row_id, version, sealed)
        except RecordAuthError:
            raise _damaged(f"{table} record {row_id}") from None

    def _seal(self, table: str, column: str, row_id: str, version: int, payload: Any) -> bytes:
        return self._sealer.seal(table, column, row_id, version, payload)

    def _next_change(self) -> int:
        row = self.db.execute(
            "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change' "
            "RETURNING value"
        ).fetchone()
        return int(row[0])

    def current_change(self) -> int:
        """The last change counter handed out (the index catches up to it)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'change'").fetchone()
        return int(row[0])

    # --- documents ---------------------------------------------------------------------------

    def _document_from_row(
        self, row: sqlite3.Row | tuple[Any, ...], *, with_text: bool
    ) -> Document:
        doc_id, version, change, meta_blob, body_blob = row
        meta = self._open("documents", "meta", doc_id, version, meta_blob)
        doc = Document(id=doc_id, version=version, change=change)
        for name in META_FIELDS:
            if name in meta:
                setattr(doc, name, meta[name])
        if with_text:
            doc.text = self._open("documents", "body", doc_id, version, body_blob)
        return doc

    def get_document(self, doc_id: str, *, with_text: bool = True) -> Document:
        """Load a document with its attachments; raises NotFound or CorruptData."""
        row = self.db.execute(
            "SELECT id, version, change, meta, body FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no document {doc_id} in this vault.")
        doc = self._document_from_row(row, with_text=with_text)
        doc.attachments = self.attachments_of(doc_id)
        return doc

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY rowid")]

    def count_documents(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def iter_documents(self, *, with_text: bool = False) -> Iterator[Document]:
        """Every document (attachments included), in insertion order."""
        for row in self.db.execute(
            "SELECT id, version, change, meta, body FROM documents ORDER BY rowid"
        ).fetchall():
            try:
                doc = self._document_from_row(row, with_text=with_text)
                doc.attachments = self.attachments_of(doc.id)
            except CorruptData:
                doc = Document(id=row[0], version=row[1], change=row[2], damaged=True)
            yield doc

    def changes_since(self, counter: int) -> Iterator[tuple[str, int, Document | None]]:
        """(id, change, document or None if deleted) for every change after ``counter``."""
        rows = self.db.execute(
            "SELECT id, change, 1 FROM documents WHERE change > ? "
            "UNION ALL SELECT id, change, 0 FROM tombstones WHERE change > ? ORDER BY 2",
            [counter, counter],
        ).fetchall()
        for doc_id, change, alive in rows:
            if alive:
                try:
                    yield doc_id, change, self.get_document(doc_id)
                except NotFound:
                    yield doc_id, change, None
            else:
                yield doc_id, change, None

    def _insert_attachment(self, doc_id: str, att: NewAttachment, blob: str, now: str) -> str:
        att_id = new_id()
        payload = {
            "name": att.name,
            "mime": att.mime,
            "size": att.size,
            "sha256": att.sha256,
            "text": att.text,
            "metadata": att.metadata,
            "is_original": att.is_original,
            "added": now,
        }
        self.db.execute(
            "INSERT INTO attachments (id, document_id, blob, version, sealed) "
            "VALUES (?, ?, ?, 1, ?)",
            [att_id, doc_id, blob, self._seal("attachments", "sealed", att_id, 1, payload)],
        )
        return att_id

    def drop_unreferenced_blobs(self, names: Iterable[str]) -> None:
        """Remove those of the blobs ``names`` that no attachment row refers to.

        The clean-up after a failed operation: blobs moved into place for rows that were
        then not committed (intake, a received bundle) are removed again; blobs that another
        committed row uses stay.

        >>> # store.drop_unreferenced_blobs(moved)  # after the transaction rolled back
        """
        for name in names:
            still = self.db.execute("SELECT 1 FROM attachments WHERE blob = ? LIMIT 1", [name])
            if still.fetchone() is None:
                self.vault.blobs.remove(name)

    def add_document(
        self,
        new: NewDocument,
        *,
        doc_id: str | None = None,
        action: str = "intake",
        details: dict[str, Any] | None = None,
    ) -> str:
        """Store a document with its attachments and a custody event, atomically.

        Blobs are sealed and renamed into place first; the rows that refer to them are then
        committed in one transaction. If that fails, new blobs are removed again. Inside
        :meth:`intake_batch` the document is committed with its batch instead.
        """
        if new.type not in DOC_TYPES:
            raise UsageError(
                f"Unknown document type {new.type!r}; use one of {', '.join(DOC_TYPES)}."
            )
        if self._batch is not None:
            return self._batch.add(new, doc_id=doc_id, action=action, details=details or {})
        with self.intake_batch() as batch:
            return batch.add(new, doc_id=doc_id, action=action, details=details or {})

    def message_document_id(self, message_key: str) -> str:
        """The id a document read from a chat message gets, from its stable message key.

        A keyed hash (HMAC-SHA256 under a vault sub-key, 128 bits): the same message of a
        re-exported chat maps to the same id, so a re-import can tell it is already here,
        while the id in the clear says nothing about which chat or message it is.

        :param message_key: e.g. ``"telegram:4711:23"`` (chat id and message id).
        """
        if self._message_key is None:
            self._message_key = self.vault.subkey(LABEL_MESSAGE_IDS)
        mac = hmac.new(self._message_key, message_key.encode("utf-8"), hashlib.sha256)
        return mac.hexdigest()[:32]

    def has_message(self, message_key: str) -> bool:
        """True if the document of this chat message (see :meth:`message_document_id`) is here."""
        doc_id = self.message_document_id(message_key)
        if self._batch is not None and self._batch.holds_id(doc_id):
            return True
        row = self.db.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id])
        return row.fetchone() is not None

    def id_for(self, new: NewDocument) -> str:
        """A chat message's keyed id when it is free (not present, never deleted), else random."""
        key = new.provenance.get("message_key")
        if isinstance(key, str) and key:
            doc_id = self.message_document_id(key)
            if self._batch is not None and self._batch.holds_id(doc_id):
                return new_id()
            taken = self.db.execute(
                "SELECT 1 FROM documents WHERE id = ? UNION ALL SELECT 1 FROM tombstones "
                "WHERE id = ?",
                [doc_id, doc_id],
            ).fetchone()
            if taken is None:
                return doc_id
        return new_id()

    def new_document_row(self, new: NewDocument, doc_id: str) -> Document:
        """The first version of a document made from ``new`` (not yet written)."""
        now = utc_now()
        return Document(
            id=doc_id,
            version=1,
            change=0,
            title=new.title,
            text=new.text,
            type=new.type,
            language=new.language,
            date=new.date,
            source=new.source,
            author=new.author,
            tags=sorted(set(new.tags)),
            collections=[new.collection] if new.collection else [],
            metadata=new.metadata,
            provenance=new.provenance,
            created=now,
            modified=now,
            origin=self.vault.vault_id.hex(),
        )

    def insert_new_document(
        self,
        doc: Document,
        attachments: list[NewAttachment],
        blobs: list[str],
        *,
        action: str,
        details: dict[str, Any],
    ) -> None:
        """Write a new document's rows and its custody event (inside :meth:`transaction`).

        Args:
            doc: from :meth:`new_document_row`; ``doc.change`` is set here.
            attachments: its attachments, each stored as the blob of the same position in
                ``blobs`` (in place before the transaction commits).
        """
        if not self.db.conn.in_transaction:
            raise RuntimeError("documents are written inside the operation's transaction")
        doc.change = self._next_change()
        self.db.execute(
            "INSERT INTO documents (id, version, change, meta, body) VALUES (?, 1, ?, ?, ?)",
            [
                doc.id,
                doc.change,
                self._seal("documents", "meta", doc.id, 1, doc.meta_payload()),
                self._seal("documents", "body", doc.id, 1, doc.text),
            ],
        )
        for att, blob in zip(attachments, blobs, strict=True):
            self._insert_attachment(doc.id, att, blob, doc.created)
        for name in doc.collections:
            self.ensure_collection(name)
        self.append_custody(
            action,
            doc.id,
            1,
            {
                **details,
                "attachments": [{"name": a.name, "sha256": a.sha256} for a in attachments],
            },
        )

    def put_document(self, doc: Document, *, new: bool) -> None:
        """Write ``doc`` exactly as given, under the next change counter, with its collections.

        For versions decided elsewhere — a record received in a bundle, a settled conflict —
        where the caller sets ``doc.version``, the fields and ``doc.revision`` itself. Call it
        inside :meth:`transaction`, together with the operation's custody event
        (:meth:`append_custody`), so that both are committed or neither.

        Args:
            doc: the document; ``doc.change`` is set here. Its attachments are not written
                (see :meth:`attach_stored_blob`).
            new: True to insert a row (the id must be unused); False to replace the row
                with this id.

        Raises:
            RuntimeError: called outside a transaction.
            NotFound: ``new`` is False and there is no document with this id.

        Example::

            with store.transaction():
                doc.version += 1
                store.put_document(doc, new=False)
                store.append_custody("receive-update", doc.id, doc.version, details)
        """
        if not self.db.conn.in_transaction:
            raise RuntimeError("documents are written inside the operation's transaction")
        doc.change = self._next_change()
        meta = self._seal("documents", "meta", doc.id, doc.version, doc.meta_payload())
        body = self._seal("documents", "body", doc.id, doc.version, doc.text)
        if new:
            self.db.execute(
                "INSERT INTO documents (id, version, change, meta, body) VALUES (?, ?, ?, ?, ?)",
                [doc.id, doc.version, doc.change, meta, body],
            )
        else:
            cursor = self.db.execute(
                "UPDATE documents SET version = ?, change = ?, meta = ?, body = ? WHERE id = ?",
                [doc.version, doc.change, meta, body, doc.id],
            )
            if cursor.rowcount != 1:
                raise NotFound(f"There is no document {doc.id} in this vault.")
        for name in doc.collections:
            self.ensure_collection(name)

    def attach_stored_blob(self, doc_id: str, att: NewAttachment, *, added: str) -> str:
        """Add an attachment row for an original whose blob is already in the blob store.

        The blob (named from ``att.sha256``) was put there earlier, e.g. moved into place by
        :meth:`BlobStore.adopt` before this transaction, or held already for another
        document. Call inside :meth:`transaction`. Returns the new attachment id.

        Raises:
            RuntimeError: called outside a transaction.
            NotFound: the blob is not in the store (a row must never point at nothing).

        >>> # store.attach_stored_blob(doc.id, NewAttachment("a.jpg", sha, size), added=now)
        """
        if not self.db.conn.in_transaction:
            raise RuntimeError("attachments are written inside the operation's transaction")
        blob = self.vault.blobs.name_for(att.sha256)
        if not self.vault.blobs.exists(blob):
            raise NotFound(f"{att.name}: the stored file is missing")
        return self._insert_attachment(doc_id, att, blob, added)

    def update_document(self, doc_id: str, changes: dict[str, Any]) -> Document:
        """Change fields of a document (a new version, a change counter, a custody event)."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise UsageError(f"These fields cannot be edited: {', '.join(sorted(unknown))}.")
        if "type" in changes and changes["type"] not in DOC_TYPES:
            raise UsageError(f"Unknown document type {changes['type']!r}.")
        with self.transaction():
            doc = self.get_document(doc_id)
            changed = sorted(k for k, v in changes.items() if getattr(doc, k) != v)
            if not changed:
                return doc
            for key in changed:
                setattr(doc, key, changes[key])
            doc.version += 1
            doc.modified = utc_now()
            doc.change = self._next_change()
            self.db.execute(
                "UPDATE documents SET version = ?, change = ?, meta = ?, body = ? WHERE id = ?",
                [
                    doc.version,
                    doc.change,
                    self._seal("documents", "meta", doc_id, doc.version, doc.meta_payload()),
                    self._seal("documents", "body", doc_id, doc.version, doc.text),
                    doc_id,
                ],
            )
            for name in doc.collections:
                self.ensure_collection(name)
            self.append_custody("edit", doc_id, doc.version, {"fields": changed})
        return doc

    def delete_document(self, doc_id: str) -> None:
        """Delete a document, its attachment rows and blobs no other row uses."""
        doc = self.get_document(doc_id, with_text=False)
        blobs = [a.blob for a in doc.attachments]
        with self.vault.blob_intent(blobs):
            with self.transaction():
                doc = self.get_document(doc_id, with_text=False)
                self.db.execute("DELETE FROM attachments WHERE document_id = ?", [doc_id])
                self.db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
                change = self._next_change()
                self.db.execute(
                    "INSERT OR REPLACE INTO tombstones (id, change) VALUES (?, ?)",
                    [doc_id, change],
                )
                self.append_custody("delete", doc_id, doc.version + 1, {})
            self.drop_unreferenced_blobs(blobs)
        self.checkpoint()

    def checkpoint(self) -> None:
        """Fold the WAL into the database and truncate it (no old ciphertext lingers)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- attachments -------------------------------------------------------------------------

    def _attachment_from_row(self, row: tuple[Any, ...]) -> Attachment:
        att_id, doc_id, blob, version, sealed = row
        data = self._open("attachments", "sealed", att_id, version, sealed)
        return Attachment(id=att_id, document_id=doc_id, blob=blob, version=version, **data)

    def attachments_of(self, doc_id: str) -> list[Attachment]:
        rows = self.db.execute(
            "SELECT id, document_id, blob, version, sealed FROM attachments "
            "WHERE document_id = ? ORDER BY rowid",
            [doc_id],
        ).fetchall()
        return [self._attachment_from_row(r) for r in rows]

    def get_attachment(self, att_id: str) -> Attachment:
        row = self.db.execute(
            "SELECT id, document_id, blob, version, sealed FROM attachments WHERE id = ?",
            [att_id],
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no attachment {att_id} in this vault.")
        return self._attachment_from_row(row)

    def has_original(self, sha256_hex: str) -> bool:
        """True if an attachment with this SHA-256 is stored (looked up by its blob name)."""
        name = self.vault.blobs.name_for(sha256_hex)
        if self._batch is not None and self._batch.holds_blob(name):
            return True
        row = self.db.execute("SELECT 1 FROM attachments WHERE blob = ? LIMIT 1", [name])
        return row.fetchone() is not None

    def referenced_blobs(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT DISTINCT blob FROM attachments")}

    # --- collections -------------------------------------------------------------------------

    def list_collections(self) -> list[dict[str, Any]]:
        result = []
        for row_id, version, sealed in self.db.execute(
            "SELECT id, version, sealed FROM collections ORDER BY rowid"
        ).fetchall():
            result.append(
                {"id": row_id, **self._open("collections", "sealed", row_id, version, sealed)}
            )
        return result

    def ensure_collection(self, name: str) -> None:
        """Create the collection ``name`` unless it exists (call inside a transaction)."""
        if any(c["name"] == name for c in self.list_collections()):
            return
        row_id = new_id()
        payload = {"name": name, "description": ""}
        self.db.table("collections").insert(
            {
                "id": row_id,
                "version": 1,
                "sealed": self._seal("collections", "sealed", row_id, 1, payload),
            }
        )

    # --- settings ----------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute(
            "SELECT version, sealed FROM settings WHERE key = ?", [key]
        ).fetchone()
        if row is None:
            return default
        return self._open("settings", "sealed", key, row[0], row[1])

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            row = self.db.execute("SELECT version FROM settings WHERE key = ?", [key]).fetchone()
            version = 1 if row is None else row[0] + 1
            self.db.execute(
                "INSERT OR REPLACE INTO settings (key, version, sealed) VALUES (?, ?, ?)",
                [key, version, self._seal("settings", "sealed", key, version, value)],
            )

    # --- custody log -------------------------------------------------------------------------

    @staticmethod
    def custody_hash(prev: bytes, event: dict[str, Any]) -> bytes:
        return hashlib.sha256(b"letapis/v1/custody\x00" + prev + canonical_json(event)).digest()

    def _head(self) -> tuple[int, bytes]:
        if self._custody_head is None:
            row = self.db.execute(
                "SELECT seq, subject, sealed FROM custody ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            if row is None:
                self._custody_head = (0, _ZERO_HASH)
            else:
                event = self._open("custody", "sealed", str(row[0]), row[0], row[2])
                prev = bytes.fromhex(event["prev"])
                self._custody_head = (row[0], self.custody_hash(prev, event))
        return self._custody_head

    def append_custody(
        self, action: str, subject: str | None, version: int, details: dict[str, Any]
    ) -> dict[str, Any]:
        """Append one event to the hash chain (call inside the operation's transaction)."""
        if not self.db.conn.in_transaction:
            raise RuntimeError("custody events are written inside the operation's transaction")
        seq, prev = self._head()
        seq += 1
        event = {
            "seq": seq,
            "time": utc_now(),
            "actor": self.actor,
            "action": action,
            "subject": subject,
            "version": version,
            "details": details,
            "prev": prev.hex(),
        }
        self.db.execute(
            "INSERT INTO custody (seq, subject, sealed) VALUES (?, ?, ?)",
            [seq, subject, self._seal("custody", "sealed", str(seq), seq, event)],
        )
        # transaction() drops this cached head again if the operation rolls back.
        self._custody_head = (seq, self.custody_hash(prev, event))
        return event

    def custody_events(self, subject: str | None = None) -> list[dict[str, Any]]:
        """Custody events, oldest first; all of them, or those about one document."""
        if subject is None:
            rows = self.db.execute("SELECT seq, subject, sealed FROM custody ORDER BY seq")
        else:
            rows = self.db.execute(
                "SELECT seq, subject, sealed FROM custody WHERE subject = ? ORDER BY seq", [subject]
            )
        return [self._open("custody", "sealed", str(r[0]), r[0], r[2]) for r in rows.fetchall()]
