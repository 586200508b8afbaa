"""Receive: a bundle → staging (sealed) → one transaction; and the conflicts it leaves.

The vault is changed only through the record store's and blob store's public calls
(``put_document``, ``attach_stored_blob``, ``drop_unreferenced_blobs``, ``staged_writer``,
``adopt``), inside one ``store.transaction()``.
"""

from __future__ import annotations

import contextlib
import errno
import secrets
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from archive_app.crypto import keys
from archive_app.crypto.sealed_file import SealedFileReader, SealedFileWriter
from archive_app.errors import CorruptData, NotFound, StorageError
from archive_app.exchange.background_sync import BackgroundSync
from archive_app.exchange.bundle_reader import SignerStatus, read_bundle
from archive_app.exchange.errors import BundleRejected
from archive_app.exchange.identity import utc_now
from archive_app.exchange.manifest import MemberEntry
from archive_app.exchange.records import (
    DOC_FIELDS,
    Relation,
    compare_clocks,
    iter_record_lines,
    merge_clocks,
)
from archive_app.exchange.vault_state import (
    CONFLICTS_KEY,
    CancelFn,
    ProgressFn,
    get_identity,
    load_state,
    local_clock,
    save_state,
)
from archive_app.ingest.model import NewAttachment

if TYPE_CHECKING:
    from archive_app.archive import Archive
    from archive_app.vault.store import Document, RecordStore


MAX_RECORDS_MEMBER = 64 * 1024 * 1024
_READ = 1024 * 1024


# --- receive -------------------------------------------------------------------------------


def _vault_disk_error(exc: OSError) -> StorageError:
    # Raised as StorageError (not OSError) so it is not mistaken for a bundle read error.
    if exc.errno == errno.ENOSPC:
        return StorageError(
            "The archive's disk is full; the bundle was not received. Nothing in your archive "
            "was changed."
        )
    return StorageError(
        "The archive's folder could not be written; the bundle was not received. Nothing in "
        "your archive was changed."
    )


class _StagingSink:
    """Re-seals each member into the vault's staging folder as it streams in.

    Attachments are sealed exactly as blobs (blob key, final blob name as associated data), so
    applying them is a rename; records members are sealed under the staging key. Nothing is
    ever written in the clear, and :meth:`discard` wipes the folder.
    """

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.dir = archive.vault.staging_dir / f"receive-{secrets.token_hex(8)}"
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _vault_disk_error(exc) from None
        self.staging_key = archive.vault.subkey(keys.LABEL_STAGING)
        self.blobs: dict[str, tuple[str, Path]] = {}  # sha256 -> (blob name, staged path)
        self.records: list[tuple[str, Path]] = []
        self.already_held = 0
        self._writer: SealedFileWriter | None = None
        self._writer_is_blob = False
        self._pending = bytearray()
        # Staged blobs are fsynced on a helper thread while the next bytes decrypt; every
        # one is synced before anything is renamed into the vault (see synced()).
        self._sync = BackgroundSync()

    def begin(self, entry: MemberEntry) -> None:
        try:
            self._begin(entry)
        except OSError as exc:
            raise _vault_disk_error(exc) from None

    def _begin(self, entry: MemberEntry) -> None:
        blobs = self.archive.vault.blobs
        if entry.is_file:
            if self.archive.store.has_original(entry.sha256):
                self.already_held += 1
                self._writer = None
                return
            name = blobs.name_for(entry.sha256)
            path = self.dir / f"{name}.blob"
            self._writer = blobs.staged_writer(name, path)
            self._writer_is_blob = True
            self.blobs[entry.sha256] = (name, path)
        else:
            if entry.size > MAX_RECORDS_MEMBER:
                raise BundleRejected("records-size", "a records part is too large")
            path = self.dir / f"records-{len(self.records):06d}"
            self._writer = SealedFileWriter(path, self.staging_key, self._aad(entry.name))
            self._writer_is_blob = False
            self.records.append((entry.name, path))

    @staticmethod
    def _aad(name: str) -> bytes:
        return b"letapis/staging/" + name.encode("ascii")

    def write(self, data: bytes) -> None:
        if self._writer is not None:
            if not self._pending and len(data) >= _READ:
                try:
                    self._writer.write(data)
                except OSError as exc:
                    raise _vault_disk_error(exc) from None
                return
            # Small pieces are gathered: the sealed writer is cheaper per 1 MiB.
            self._pending += data
            if len(self._pending) >= _READ:
                self._flush(self._writer)

    def _flush(self, writer: SealedFileWriter) -> None:
        try:
            writer.write(self._pending)
        except OSError as exc:
            raise _vault_disk_error(exc) from None
        self._pending.clear()

    def end(self, entry: MemberEntry) -> None:
        if self._writer is not None:
            writer, self._writer = self._writer, None
            if self._pending:
                self._flush(writer)
            try:
                writer.close()
            except OSError as exc:
                raise _vault_disk_error(exc) from None
            if self._writer_is_blob:
                self._sync.submit(Path(writer.name))

    def synced(self) -> None:
        """Wait until every staged blob is on the disk (before any is renamed into place)."""
        try:
            self._sync.wait()
        except OSError as exc:
            raise _vault_disk_error(exc) from None

    def discard(self) -> None:
        self._sync.close()
        self._pending.clear()
        if self._writer is not None:
            with contextlib.suppress(OSError, ValueError):
                self._writer.close()
            self._writer = None
        shutil.rmtree(self.dir, ignore_errors=True)

    def read_records(self) -> Iterator[dict[str, Any]]:
        for name, path in self.records:
            with SealedFileReader(path, self.staging_key, self._aad(name)) as reader:
                data = reader.read()
            yield from iter_record_lines(data)


@dataclass
class ReceiveReport:
    """What receiving a bundle did (or would do, for a dry run)."""

    bundle_id: str
    sender_name: str
    sender_fingerprint: str
    signer: str
    sequence: int
    sequence_verdict: str
    dry_run: bool = False
    already_received: bool = False
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    duplicate: list[str] = field(default_factory=list)
    older: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    files_new: int = 0
    files_held: int = 0


def _apply_fields(doc: Document, record: dict[str, Any]) -> None:
    redacted = set(record.get("redacted", []))
    for name in DOC_FIELDS:
        if name in redacted or name not in record:
            continue  # a field the sender left out is kept as we have it
        setattr(doc, name, record[name])


def _add_attachments(
    store: RecordStore, doc: Document, record: dict[str, Any], now: str
) -> list[dict[str, str]]:
    have = {a.sha256 for a in doc.attachments}
    added = []
    for att in record.get("attachments", []):
        if att["sha256"] in have:
            continue
        have.add(att["sha256"])
        new = NewAttachment(
            name=str(att.get("name", "")),
            sha256=att["sha256"],
            size=int(att["size"]),
            mime=str(att.get("mime", "application/octet-stream")),
            metadata=dict(att.get("metadata", {})),
            is_original=bool(att.get("is_original", False)),
        )
        store.attach_stored_blob(doc.id, new, added=now)
        added.append({"name": new.name, "sha256": new.sha256})
    return added


def receive_bundle(
    archive: Archive,
    path: Path,
    *,
    dry_run: bool = False,
    accept_unknown: bool = False,
    allow_older: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ReceiveReport:
    """Receive (or with ``dry_run`` only verify) a bundle; one transaction or nothing.

    The same bundle twice changes nothing; newer versions update; concurrent edits are kept as
    conflicts (see :func:`list_conflicts`); attachments are merged (evidence is never dropped);
    the custody log records the receipt of every record.
    """
    identity = get_identity(archive)
    state = load_state(archive)
    store = archive.store
    own = archive.vault.vault_id.hex()
    sink = _StagingSink(archive)
    try:
        verdict = read_bundle(
            path,
            identity,
            state,
            sink,
            accept_unknown=accept_unknown,
            allow_older=allow_older,
            progress=progress,
            cancel=cancel,
        )
        manifest = verdict.manifest
        report = ReceiveReport(
            bundle_id=manifest.bundle_id,
            sender_name=manifest.sender.name,
            sender_fingerprint=manifest.sender.fingerprint,
            signer=verdict.signer.value,
            sequence=manifest.sequence,
            sequence_verdict=verdict.sequence.value,
            dry_run=dry_run,
            already_received=verdict.duplicate,
            files_held=sink.already_held,
            files_new=len(sink.blobs),
        )
        if verdict.duplicate:
            return report
        plans: list[tuple[dict[str, Any], Document | None, Relation]] = []
        seen: set[str] = set()
        for record in sink.read_records():
            if record["id"] in seen:
                raise BundleRejected("record-duplicate", "it holds the same record twice")
            seen.add(record["id"])
            for att in record.get("attachments", []):
                if att["sha256"] not in sink.blobs and not store.has_original(att["sha256"]):
                    raise BundleRejected("attachment-missing", "a file a record needs is missing")
            try:
                local: Document | None = store.get_document(record["id"])
            except NotFound:
                local = None
            relation = Relation.NEWER
            if local is not None:
                mine = local_clock(local, own)
                relation = compare_clocks(mine, record["clock"])
                if record["clock"].get(own, 0) > mine.get(own, 0):
                    # It claims edits made here that this vault never made: never let it
                    # overwrite silently; a person decides.
                    relation = Relation.CONCURRENT
                known = (local.revision or {}).get("hash")
                if (
                    relation is Relation.SAME
                    and known is not None
                    and local.version == (local.revision or {}).get("at_version")
                    and known != record["revision"]
                ):
                    # Same version vector, other content: two histories claim one version.
                    relation = Relation.CONCURRENT
            plans.append((record, local, relation))
            {
                Relation.NEWER: report.updated if local is not None else report.new,
                Relation.SAME: report.duplicate,
                Relation.OLDER: report.older,
                Relation.CONCURRENT: report.conflicts,
            }[relation].append(record["id"])
        if dry_run:
            return report
        sink.synced()
        # A kill between moving blobs into place and the commit must not leave orphans.
        intent = [name for name, _staged in sink.blobs.values()]
        with archive.vault.blob_intent(n for n in intent if not archive.vault.blobs.exists(n)):
            _apply(
                archive,
                sink,
                plans,
                verdict.manifest,
                verdict.manifest_sha256,
                verdict.signer,
                accept_unknown,
            )
    finally:
        sink.discard()
    if archive.index_is_open:
        archive.catch_up_index()
    return report


def _apply(
    archive: Archive,
    sink: _StagingSink,
    plans: list[tuple[dict[str, Any], Document | None, Relation]],
    manifest: Any,
    manifest_sha: str,
    signer: SignerStatus,
    accept_unknown: bool,
) -> None:
    from archive_app.vault.store import Document

    store = archive.store
    blobs = archive.vault.blobs
    moved: list[str] = []
    # Blobs first (as intake does): renamed into place, then the rows that use them are
    # committed in one transaction; if that fails, blobs no row uses are removed again.
    # Only files that an applied record uses: an unreferenced file, or one of a record we
    # already hold in a newer version, would be an orphan blob.
    needed = {
        att["sha256"]
        for record, _, relation in plans
        if relation in (Relation.NEWER, Relation.CONCURRENT)
        for att in record.get("attachments", [])
    }
    try:
        for sha, (name, staged) in sink.blobs.items():
            if sha in needed and blobs.adopt(name, staged, label="a received file"):
                moved.append(name)
    except StorageError as exc:
        store.drop_unreferenced_blobs(moved)
        raise StorageError("The received files could not be stored; nothing was changed.") from exc
    now = utc_now()
    details_base = {
        "bundle": manifest.bundle_id,
        "from": manifest.sender.fingerprint,
        "sequence": manifest.sequence,
        "signer": signer.value,
    }
    try:
        with store.transaction():
            conflicts = list(store.get_setting(CONFLICTS_KEY, []))
            for record, local, relation in plans:
                if relation is Relation.OLDER or relation is Relation.SAME:
                    continue
                if local is None:
                    doc = Document(
                        id=record["id"],
                        version=1,
                        change=0,
                        created=now,
                        modified=now,
                        origin=record["origin"],
                    )
                    _apply_fields(doc, record)
                    doc.revision = {
                        "clock": record["clock"],
                        "at_version": 1,
                        "hash": record["revision"],
                        "from": manifest.sender.fingerprint,
                    }
                    store.put_document(doc, new=True)
                    added = _add_attachments(store, doc, record, now)
                    store.append_custody(
                        "receive", doc.id, doc.version, {**details_base, "attachments": added}
                    )
                    continue
                if relation is Relation.NEWER:
                    local.version += 1
                    local.modified = now
                    _apply_fields(local, record)
                    local.revision = {
                        "clock": record["clock"],
                        "at_version": local.version,
                        "hash": record["revision"],
                        "from": manifest.sender.fingerprint,
                    }
                    store.put_document(local, new=False)
                    added = _add_attachments(store, local, record, now)
                    store.append_custody(
                        "receive-update",
                        local.id,
                        local.version,
                        {**details_base, "attachments": added},
                    )
                    continue
                # Concurrent edit: keep ours, keep theirs aside for a person; files are merged.
                added = _add_attachments(store, local, record, now)
                conflict_id = secrets.token_hex(8)
                conflicts.append(
                    {
                        "id": conflict_id,
                        "document": local.id,
                        "time": now,
                        "bundle": manifest.bundle_id,
                        "from": manifest.sender.fingerprint,
                        "from_name": manifest.sender.name,
                        "record": {k: v for k, v in record.items() if k != "custody"},
                    }
                )
                store.append_custody(
                    "receive-conflict",
                    local.id,
                    local.version,
                    {**details_base, "conflict": conflict_id, "attachments": added},
                )
            store.set_setting(CONFLICTS_KEY, conflicts)
            state = load_state(archive)
            contact = state.by_fingerprint(manifest.sender.fingerprint)
            # An unknown sender accepted by a person is not enrolled automatically.
            if contact is not None:
                contact.received[manifest.sequence] = manifest_sha
                save_state(archive, state)
    except sqlite3.Error as exc:
        store.drop_unreferenced_blobs(moved)
        raise StorageError(f"The bundle could not be saved ({exc}); nothing was changed.") from None
    except BaseException:
        store.drop_unreferenced_blobs(moved)
        raise


# --- conflicts -----------------------------------------------------------------------------


def list_conflicts(archive: Archive) -> list[dict[str, Any]]:
    """Received versions that clash with a local edit, oldest first.

    Each item holds ``id``, ``document``, ``from_name``, ``time``, the received ``record``
    and ``fields``: the names of the fields whose values differ from the local version.
    """
    items = list(archive.store.get_setting(CONFLICTS_KEY, []))
    for item in items:
        try:
            doc = archive.store.get_document(item["document"])
        except (NotFound, CorruptData):
            item["fields"] = []
            continue
        record = item["record"]
        item["fields"] = [
            name
            for name in DOC_FIELDS
            if name in record
            and name not in record.get("redacted", [])
            and record[name] != getattr(doc, name)
        ]
    return items


def resolve_conflict(archive: Archive, conflict_id: str, keep: Literal["mine", "theirs"]) -> None:
    """Settle a conflict: keep our version or take theirs; either way the result is a new
    version that supersedes both (so it travels on and settles the other side too)."""
    store = archive.store
    own = archive.vault.vault_id.hex()
    with store.transaction():
        conflicts = list(store.get_setting(CONFLICTS_KEY, []))
        match = [c for c in conflicts if c["id"] == conflict_id]
        if not match:
            raise NotFound(f"There is no conflict {conflict_id}.")
        conflict = match[0]
        doc = store.get_document(conflict["document"])
        record = conflict["record"]
        clock = merge_clocks(local_clock(doc, own), record["clock"])
        if keep == "theirs":
            _apply_fields(doc, record)
        doc.version += 1
        doc.modified = utc_now()
        doc.revision = {"clock": clock, "at_version": doc.version - 1}
        store.put_document(doc, new=False)
        store.append_custody(
            "resolve-conflict", doc.id, doc.version, {"conflict": conflict_id, "kept": keep}
        )
        store.set_setting(CONFLICTS_KEY, [c for c in conflicts if c["id"] != conflict_id])
    if archive.index_is_open:
        archive.catch_up_index()
