"""Exchange over an open archive: identity, contacts, export, receive, conflicts.

This is the glue between the self-contained bundle layer and the lead's vault. It uses the
facade (:class:`archive_app.archive.Archive`) and a few record-store internals, listed here so
they can become public hooks: ``store._seal``, ``store._next_change``,
``store._insert_attachment``, ``store._ensure_collection``, ``store._drop_unreferenced``,
``store.transaction``, ``store.append_custody``, ``store.get_setting``/``set_setting``,
``vault.subkey``, ``vault.staging_dir``, ``vault.blobs.name_for/path_for/aad/open``.

State kept sealed in the vault's settings table:

* ``exchange.identity`` — the secret identity (:meth:`Identity.to_secret_bytes`);
* ``exchange.state`` — contacts and sequence bookkeeping (:class:`ExchangeState`);
* ``exchange.conflicts`` — received versions waiting for a person's decision.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from archive_app.crypto import keys
from archive_app.crypto.errors import CryptoError
from archive_app.crypto.sealed_file import SealedFileReader, SealedFileWriter
from archive_app.errors import CorruptData, NotFound, StorageError, UsageError
from archive_app.exchange.bundle_reader import SignerStatus, read_bundle
from archive_app.exchange.bundle_writer import BundleRequest, MemberSource, write_bundle
from archive_app.exchange.card import Card, fsync_dir
from archive_app.exchange.contacts import Contact, ExchangeState
from archive_app.exchange.errors import BundleRejected
from archive_app.exchange.identity import Identity, utc_now
from archive_app.exchange.manifest import MemberEntry
from archive_app.exchange.records import (
    DOC_FIELDS,
    MAX_MEMBER_BYTES,
    RECORDS_PER_MEMBER,
    Relation,
    compare_clocks,
    iter_record_lines,
    merge_clocks,
    record_json_bytes,
    revision_of,
    strip_image_metadata,
    strip_location_keys,
)
from archive_app.exchange.volumes import DEFAULT_VOLUME_SIZE
from archive_app.ingest.model import NewAttachment

if TYPE_CHECKING:
    from archive_app.archive import Archive
    from archive_app.vault.store import Document, RecordStore

IDENTITY_KEY = "exchange.identity"
STATE_KEY = "exchange.state"
CONFLICTS_KEY = "exchange.conflicts"
MAX_RECORDS_MEMBER = 64 * 1024 * 1024
MAX_STRIP_SIZE = 256 * 1024 * 1024
_READ = 1024 * 1024
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
ScopeKind = Literal["all", "query", "collection", "ids", "since-last"]


# --- identity and contacts -----------------------------------------------------------------


def get_identity(archive: Archive, *, create: bool = True) -> Identity:
    """The vault's identity, made on first use (name: "Letapis <vault id prefix>")."""
    stored = archive.store.get_setting(IDENTITY_KEY)
    if stored is not None:
        return Identity.from_secret_bytes(str(stored).encode("ascii"))
    if not create:
        raise NotFound("This vault has no identity yet.")
    identity = Identity.generate(f"Letapis {archive.vault.vault_id.hex()[:8]}")
    archive.store.set_setting(IDENTITY_KEY, identity.to_secret_bytes().decode("ascii"))
    return identity


def set_identity_name(archive: Archive, name: str) -> Identity:
    """Rename the identity (same keys; hand out the new card)."""
    identity = get_identity(archive).renamed(name)
    archive.store.set_setting(IDENTITY_KEY, identity.to_secret_bytes().decode("ascii"))
    return identity


def load_state(archive: Archive) -> ExchangeState:
    """Contacts and sequence bookkeeping."""
    stored = archive.store.get_setting(STATE_KEY)
    if stored is None:
        return ExchangeState()
    return ExchangeState.from_bytes(str(stored).encode("ascii"))


def save_state(archive: Archive, state: ExchangeState) -> None:
    """Store the state (inside the caller's transaction, if any: settings nest)."""
    try:
        archive.store.set_setting(STATE_KEY, state.to_bytes().decode("ascii"))
    except sqlite3.Error:
        raise StorageError(
            "The archive could not be written (read-only or full disk); nothing was changed."
        ) from None


def add_contact(archive: Archive, card: Card, *, verified: bool = False) -> Contact:
    """Add a checked card as a contact (refused if it is our own)."""
    if card.fingerprint == get_identity(archive).fingerprint:
        raise UsageError("That is this vault's own card; it cannot be a contact.")
    state = load_state(archive)
    contact = state.add(card, verified=verified, added=utc_now())
    save_state(archive, state)
    return contact


def verify_contact(archive: Archive, query: str) -> Contact:
    """Mark a contact verified (after comparing the spoken fingerprint in person)."""
    state = load_state(archive)
    contact = state.find(query)
    contact.verified = True
    save_state(archive, state)
    return contact


def remove_contact(archive: Archive, query: str) -> Contact:
    """Forget a contact (its bundles are then refused as from an unknown signer)."""
    state = load_state(archive)
    contact = state.remove(query)
    save_state(archive, state)
    return contact


# --- records <-> documents -----------------------------------------------------------------


def local_clock(doc: Document, own: str) -> dict[str, int]:
    """A document's version vector: the stored one plus our own edits since it was set."""
    revision = doc.revision or {}
    clock = {str(k): int(v) for k, v in dict(revision.get("clock", {})).items()}
    own_count = clock.get(own, 0) + doc.version - int(revision.get("at_version", 0))
    if own_count > 0:
        clock[own] = own_count
    return clock


def document_record(
    doc: Document, own: str, *, redact: bool, events: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[str], int]:
    """The bundle record of ``doc``; returns it, the redacted fields and location keys removed."""
    redacted = sorted(set(doc.sensitive) & set(DOC_FIELDS)) if redact else []
    record: dict[str, Any] = {
        "id": doc.id,
        "origin": doc.origin or own,
        "clock": local_clock(doc, own),
    }
    for name in DOC_FIELDS:
        if name in redacted:
            continue
        record[name] = getattr(doc, name)
    stripped = 0
    if redact:
        for key in ("metadata", "provenance"):
            if key in record:
                record[key], n = strip_location_keys(record[key])
                stripped += n
    record["attachments"] = []
    record["redacted"] = redacted
    record["custody"] = [
        {k: e[k] for k in ("seq", "time", "actor", "action", "version") if k in e} for e in events
    ]
    return record, redacted, stripped


# --- export --------------------------------------------------------------------------------


@dataclass
class ExportReport:
    """What an export wrote."""

    paths: list[Path]
    bundle_id: str
    sequence: int
    records: int
    files: int
    plaintext_bytes: int
    ciphertext_bytes: int
    recipients: list[str]
    redacted_fields: list[str] = field(default_factory=list)
    location_stripped: int = 0


def _select(
    archive: Archive, kind: ScopeKind, value: Any, contacts: list[Contact]
) -> tuple[list[str], dict[str, Any]]:
    store = archive.store
    if kind == "all":
        return store.document_ids(), {"kind": "all"}
    if kind == "ids":
        ids = [archive.resolve_id(str(v)) for v in value]
        return list(dict.fromkeys(ids)), {"kind": "ids", "ids": ids}
    if kind == "collection":
        ids = [d.id for d in store.iter_documents() if str(value) in d.collections]
        return ids, {"kind": "collection", "collection": str(value)}
    if kind == "query":
        results = archive.search(str(value), limit=1_000_000, snippets=False)
        return [h.id for h in results.hits], {"kind": "query", "query": str(value)}
    if kind == "since-last":
        since = min((c.last_sent_watermark for c in contacts), default=0)
        targets = {c.fingerprint for c in contacts}
        ids = [
            doc_id
            for doc_id, _, doc in store.changes_since(since)
            if doc is not None and not _came_from(doc, targets)
        ]
        return list(dict.fromkeys(ids)), {
            "kind": "since-last",
            "since": {c.fingerprint: c.last_sent_sequence for c in contacts},
        }
    raise UsageError(f"Unknown export scope {kind!r}.")


def _came_from(doc: Document, targets: set[str]) -> bool:
    """True if ``doc`` is, unchanged, what one of ``targets`` sent us (no need to send back)."""
    revision = doc.revision or {}
    return (
        len(targets) == 1
        and revision.get("from") in targets
        and revision.get("at_version") == doc.version
    )


def _blob_chunks(archive: Archive, blob: str, label: str) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        with archive.vault.blobs.open(blob, label=label) as reader:
            try:
                while chunk := reader.read(_READ):
                    yield chunk
            except CryptoError as exc:
                raise CorruptData(f"{label}: the stored file is damaged ({exc})") from None

    return chunks


class _ExportPlan:
    """Builds records and file members in bounded memory.

    Records are encoded twice: once to learn each ``records/`` member's size and SHA-256 for
    the manifest (then dropped), and again while streaming; the writer checks that both
    encodings hash alike. Redacted image copies are likewise re-made from the sealed blob
    while streaming (the stripping is deterministic), so no document text or image is held
    for the whole export.
    """

    def __init__(self, archive: Archive, own: str, *, redact: bool) -> None:
        self.archive = archive
        self.own = own
        self.redact = redact
        self.files: dict[str, MemberSource] = {}
        self.copies: dict[str, tuple[str, int] | None] = {}  # original sha -> redacted copy
        self.redacted: set[str] = set()
        self.stripped = 0

    def _copy_chunks(self, blob: str, label: str, mime: str) -> Callable[[], Iterator[bytes]]:
        def chunks() -> Iterator[bytes]:
            original = b"".join(_blob_chunks(self.archive, blob, label)())
            copy = strip_image_metadata(original, mime)
            yield copy if copy is not None else b""

        return chunks

    def record(self, doc_id: str, *, first: bool) -> dict[str, Any]:
        """The record of one document; ``first`` counts redactions and collects files."""
        store = self.archive.store
        doc = store.get_document(doc_id)
        record, redacted, stripped = document_record(
            doc, self.own, redact=self.redact, events=store.custody_events(doc_id)
        )
        if first:
            self.redacted.update(redacted)
            self.stripped += stripped
        for att in doc.attachments:
            entry: dict[str, Any] = {
                "sha256": att.sha256,
                "size": att.size,
                "name": att.name,
                "mime": att.mime,
                "metadata": att.metadata,
                "is_original": att.is_original,
            }
            # A sealed blob: AEAD-authenticated chunks, SHA-256 checked when sealed.
            source = MemberSource(
                f"files/{att.sha256}",
                att.size,
                att.sha256,
                _blob_chunks(self.archive, att.blob, att.name),
                trusted=True,
            )
            if self.redact:
                entry["metadata"], n = strip_location_keys(att.metadata)
                if first:
                    self.stripped += n
                if att.mime in ("image/jpeg", "image/png") and att.size <= MAX_STRIP_SIZE:
                    if att.sha256 not in self.copies:
                        original = b"".join(source.chunks())
                        copy = strip_image_metadata(original, att.mime)
                        self.copies[att.sha256] = (
                            None if copy is None else (hashlib.sha256(copy).hexdigest(), len(copy))
                        )
                        if copy is not None and copy != original:
                            self.stripped += 1
                    made = self.copies[att.sha256]
                    if made is None:
                        continue  # cannot be sure it is clean: leave the file out
                    if made[0] != att.sha256:
                        # Re-made while streaming; untrusted, so the writer re-hashes it.
                        source = MemberSource(
                            f"files/{made[0]}",
                            made[1],
                            made[0],
                            self._copy_chunks(att.blob, att.name, att.mime),
                        )
                        entry.update(
                            sha256=made[0],
                            size=made[1],
                            original_sha256=att.sha256,
                            redaction="location-stripped",
                        )
            record["attachments"].append(entry)
            if first:
                self.files.setdefault(source.sha256, source)
        record["revision"] = revision_of(record)
        return record

    def record_members(self, ids: list[str]) -> list[MemberSource]:
        """``records/NNNNNN.jsonl`` members (≤ 1000 records or ≈ 8 MiB each), streamed."""
        groups: list[tuple[list[str], int, str]] = []
        current: list[str] = []
        size = 0
        digest = hashlib.sha256()
        for doc_id in ids:
            line = record_json_bytes(self.record(doc_id, first=True)) + b"\n"
            if current and (
                len(current) >= RECORDS_PER_MEMBER or size + len(line) > MAX_MEMBER_BYTES
            ):
                groups.append((current, size, digest.hexdigest()))
                current, size, digest = [], 0, hashlib.sha256()
            current.append(doc_id)
            size += len(line)
            digest.update(line)
        if current:
            groups.append((current, size, digest.hexdigest()))

        def encode(group: list[str]) -> Callable[[], Iterator[bytes]]:
            def chunks() -> Iterator[bytes]:
                for doc_id in group:
                    yield record_json_bytes(self.record(doc_id, first=False)) + b"\n"

            return chunks

        return [
            MemberSource(f"records/{n + 1:06d}.jsonl", size, sha, encode(group))
            for n, (group, size, sha) in enumerate(groups)
        ]


def export_bundle(
    archive: Archive,
    out: Path,
    *,
    to: Sequence[str],
    scope: ScopeKind = "all",
    value: Any = None,
    redact: bool = False,
    volume_size: int = DEFAULT_VOLUME_SIZE,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ExportReport:
    """Export documents to a bundle for the contacts ``to`` (names or ids).

    ``scope`` is ``all``, ``query`` (``value`` = query text), ``collection`` (name), ``ids``
    (list of ids or prefixes) or ``since-last`` (everything changed since the last bundle to
    these contacts). With ``redact``, fields marked sensitive are left out, location keys are
    removed from metadata, and JPEG/PNG copies lose their EXIF/XMP/IPTC (the originals in the
    vault stay untouched); each is recorded in the custody log.
    """
    identity = get_identity(archive)
    state = load_state(archive)
    if not to:
        raise UsageError("Choose at least one contact to send the bundle to.")
    contacts = [state.find(q) for q in to]
    own = archive.vault.vault_id.hex()
    store = archive.store
    watermark = store.current_change()
    ids, scope_json = _select(archive, scope, value, contacts)
    if not ids:
        raise UsageError("There is nothing to export for that choice.")
    plan = _ExportPlan(archive, own, redact=redact)
    members = plan.record_members(ids)
    members += list(plan.files.values())
    sequence = state.own_sequence + 1
    # Reserve the number first: a number is never used for two different bundles, even if this
    # export fails after writing (a gap is harmless; a reused number is "equivocation").
    state.own_sequence = sequence
    save_state(archive, state)
    request = BundleRequest(
        sender=identity,
        sender_vault_id=own,
        recipients=[c.card for c in contacts],
        sequence=sequence,
        previous=state.own_last_manifest_sha256,
        scope=scope_json,
        members=members,
        redactions={"fields": sorted(plan.redacted), "location_stripped": plan.stripped},
        counts={"records": len(ids), "files": len(plan.files)},
    )
    written = write_bundle(request, out, volume_size=volume_size, progress=progress, cancel=cancel)
    with store.transaction():
        state = load_state(archive)
        state.own_last_manifest_sha256 = written.manifest_sha256
        for contact in contacts:
            c = state.find(contact.id)
            c.last_sent_sequence = sequence
            c.last_sent_watermark = watermark
        save_state(archive, state)
        details = {
            "bundle": written.manifest.bundle_id,
            "sequence": sequence,
            "to": [c.fingerprint for c in contacts],
            "redacted": sorted(plan.redacted),
            "location_stripped": plan.stripped,
        }
        for doc_id in ids:
            doc = store.get_document(doc_id, with_text=False)
            store.append_custody("export", doc.id, doc.version, details)
    return ExportReport(
        paths=written.paths,
        bundle_id=written.manifest.bundle_id,
        sequence=sequence,
        records=len(ids),
        files=len(plan.files),
        plaintext_bytes=written.plaintext_size,
        ciphertext_bytes=written.ciphertext_size,
        recipients=[c.card.name for c in contacts],
        redacted_fields=sorted(plan.redacted),
        location_stripped=plan.stripped,
    )


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
        self.blob_key = archive.vault.subkey(keys.LABEL_BLOBS)
        self.blobs: dict[str, tuple[str, Path]] = {}  # sha256 -> (blob name, staged path)
        self.records: list[tuple[str, Path]] = []
        self.already_held = 0
        self._writer: SealedFileWriter | None = None
        self._pending = bytearray()

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
            self._writer = SealedFileWriter(path, self.blob_key, blobs.aad(name), durable=True)
            self.blobs[entry.sha256] = (name, path)
        else:
            if entry.size > MAX_RECORDS_MEMBER:
                raise BundleRejected("records-size", "a records part is too large")
            path = self.dir / f"records-{len(self.records):06d}"
            self._writer = SealedFileWriter(path, self.staging_key, self._aad(entry.name))
            self.records.append((entry.name, path))

    @staticmethod
    def _aad(name: str) -> bytes:
        return b"letapis/staging/" + name.encode("ascii")

    def write(self, data: bytes) -> None:
        if self._writer is not None:
            # pyrage hands over 8 KiB at a time; the sealed writer is cheaper per 1 MiB.
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

    def discard(self) -> None:
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


def _write_document(store: RecordStore, doc: Document, *, new: bool) -> None:
    doc.change = store._next_change()
    meta = store._seal("documents", "meta", doc.id, doc.version, doc.meta_payload())
    body = store._seal("documents", "body", doc.id, doc.version, doc.text)
    if new:
        store.db.execute(
            "INSERT INTO documents (id, version, change, meta, body) VALUES (?, ?, ?, ?, ?)",
            [doc.id, doc.version, doc.change, meta, body],
        )
    else:
        store.db.execute(
            "UPDATE documents SET version = ?, change = ?, meta = ?, body = ? WHERE id = ?",
            [doc.version, doc.change, meta, body, doc.id],
        )
    for name in doc.collections:
        store._ensure_collection(name)


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
        store._insert_attachment(doc.id, new, store.vault.blobs.name_for(att["sha256"]), now)
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
            plans.append((record, local, relation))
            {
                Relation.NEWER: report.updated if local is not None else report.new,
                Relation.SAME: report.duplicate,
                Relation.OLDER: report.older,
                Relation.CONCURRENT: report.conflicts,
            }[relation].append(record["id"])
        if dry_run:
            return report
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
    if archive._index is not None:
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
            if sha not in needed:
                continue
            final = blobs.path_for(name)
            if final.is_file():
                continue
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, final)
            fsync_dir(final.parent)
            moved.append(name)
    except OSError as exc:
        store._drop_unreferenced(moved)
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
                    _write_document(store, doc, new=True)
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
                    _write_document(store, local, new=False)
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
        store._drop_unreferenced(moved)
        raise StorageError(f"The bundle could not be saved ({exc}); nothing was changed.") from None
    except BaseException:
        store._drop_unreferenced(moved)
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
        _write_document(store, doc, new=False)
        store.append_custody(
            "resolve-conflict", doc.id, doc.version, {"conflict": conflict_id, "kept": keep}
        )
        store.set_setting(CONFLICTS_KEY, [c for c in conflicts if c["id"] != conflict_id])
    if archive._index is not None:
        archive.catch_up_index()
