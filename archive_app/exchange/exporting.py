"""Export: documents of a vault → a signed, encrypted bundle (scopes, redaction, custody)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from archive_app.crypto.errors import CryptoError
from archive_app.errors import CorruptData, UsageError
from archive_app.exchange.bundle_writer import BundleRequest, MemberSource, write_bundle
from archive_app.exchange.contacts import Contact
from archive_app.exchange.records import (
    MAX_MEMBER_BYTES,
    RECORDS_PER_MEMBER,
    record_json_bytes,
    revision_of,
    strip_image_metadata,
    strip_location_keys,
)
from archive_app.exchange.vault_state import (
    CancelFn,
    ProgressFn,
    document_record,
    get_identity,
    load_state,
    save_state,
)
from archive_app.exchange.volumes import DEFAULT_VOLUME_SIZE

if TYPE_CHECKING:
    from archive_app.archive import Archive
    from archive_app.vault.store import Document


MAX_STRIP_SIZE = 256 * 1024 * 1024
_READ = 1024 * 1024
ScopeKind = Literal["all", "query", "collection", "ids", "since-last"]


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
