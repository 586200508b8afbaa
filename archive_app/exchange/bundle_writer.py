"""Write a bundle: tar stream → age (pyrage ``encrypt_io``) → volumes, then verify it (I9).

No plaintext touches the disk: the tar stream is produced on demand by :class:`_TarStream`,
whose ``read`` pyrage calls from its own loop (no thread, no temp file). Every member's bytes
are hashed while they stream and compared with what the signed manifest promised, so an
attachment that changed or rotted on disk since intake aborts the export instead of producing
a bundle that every receiver would refuse.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive_app.errors import Cancelled, CorruptData, LetapisError, StorageError
from archive_app.exchange import age_layer
from archive_app.exchange.card import Card
from archive_app.exchange.hash_thread import THREADED_HASH_MIN, HashThread
from archive_app.exchange.identity import Identity, utc_now
from archive_app.exchange.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    MemberEntry,
    Sender,
    manifest_sha256,
    sign_manifest,
)
from archive_app.exchange.tar_reader import BLOCK, RECORD, ustar_header
from archive_app.exchange.volumes import DEFAULT_VOLUME_SIZE, VolumeWriter

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class MemberSource:
    """One member to write: its name, size, SHA-256, and a way to stream its bytes."""

    name: str
    size: int
    sha256: str
    chunks: Callable[[], Iterable[bytes]]
    #: True when the bytes are already bound to ``sha256`` by something stronger than a
    #: re-hash (bytes hashed in memory just now; a vault blob whose AEAD authenticates every
    #: chunk and whose SHA-256 was checked when it was sealed). The writer then checks only
    #: the size, saving a SHA-256 pass (~30 % of export time here); the read-back check after
    #: writing (I9) still hashes everything.
    trusted: bool = False

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> MemberSource:
        """A member held in memory (records)."""
        return cls(name, len(data), hashlib.sha256(data).hexdigest(), lambda: (data,), True)

    @classmethod
    def from_file(cls, path: Path, *, sha256: str | None = None) -> MemberSource:
        """An attachment read from a plain file; hashed now unless ``sha256`` is given."""
        if sha256 is None:
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                for chunk in iter(lambda: handle.read(CHUNK), b""):
                    digest.update(chunk)
            sha256 = digest.hexdigest()

        def chunks() -> Iterator[bytes]:
            with open(path, "rb") as handle:
                yield from iter(lambda: handle.read(CHUNK), b"")

        return cls(f"files/{sha256}", path.stat().st_size, sha256, chunks)

    @property
    def entry(self) -> MemberEntry:
        """The manifest entry for this member."""
        return MemberEntry(self.name, self.size, self.sha256)


@dataclass
class BundleRequest:
    """Everything the signed manifest says, plus the members to stream."""

    sender: Identity
    sender_vault_id: str
    recipients: Sequence[Card]
    sequence: int
    previous: str | None
    scope: dict[str, Any]
    members: Sequence[MemberSource]
    redactions: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    created: str | None = None


@dataclass
class WrittenBundle:
    """What was written: final volume paths, the manifest and its hash, sizes."""

    paths: list[Path]
    manifest: Manifest
    manifest_bytes: bytes
    manifest_sha256: str
    plaintext_size: int
    ciphertext_size: int


def build_manifest(request: BundleRequest, volume_size: int) -> Manifest:
    """The manifest for ``request`` (recipients: the chosen contacts plus the sender)."""
    me = request.sender
    fingerprints = [me.fingerprint] + [c.fingerprint for c in request.recipients]
    counts = dict(request.counts) or {
        "records": sum(1 for m in request.members if not m.name.startswith("files/")),
        "files": sum(1 for m in request.members if m.name.startswith("files/")),
    }
    return Manifest(
        bundle_id=secrets.token_hex(16),
        created=request.created or utc_now(),
        sender=Sender(me.name, me.signing_key, me.age_recipient, request.sender_vault_id),
        sequence=request.sequence,
        previous=request.previous,
        recipients=tuple(dict.fromkeys(fingerprints)),
        scope=request.scope,
        members=tuple(m.entry for m in request.members),
        redactions=request.redactions,
        volume_size=volume_size,
        counts=counts,
    )


def tar_pieces(
    manifest_bytes: bytes,
    signature: bytes,
    members: Sequence[MemberSource],
    hasher: HashThread | None = None,
) -> Iterator[bytes]:
    """The bundle's tar stream, piece by piece, checking every member against its promise.

    With ``hasher``, large untrusted members are hashed on its thread while pyrage encrypts.
    """
    written = 0
    for name, data in ((MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signature)):
        piece = ustar_header(name, len(data)) + data + bytes(-len(data) % BLOCK)
        written += len(piece)
        yield piece
    for member in members:
        header = ustar_header(member.name, member.size)
        written += len(header)
        yield header
        digest = None if member.trusted else hashlib.sha256()
        threaded = hasher if digest is not None and member.size >= THREADED_HASH_MIN else None
        size = 0
        for chunk in member.chunks():
            size += len(chunk)
            if size > member.size:
                break
            if threaded is not None:
                threaded.update(digest, chunk)
            elif digest is not None:
                digest.update(chunk)
            yield chunk
        if digest is None:
            actual = member.sha256
        elif threaded is not None:
            actual = threaded.hexdigest(digest)
        else:
            actual = digest.hexdigest()
        _check_member(member, size, actual)
        pad = bytes(-size % BLOCK)
        written += size + len(pad)
        yield pad
    end = bytes(2 * BLOCK)
    written += len(end)
    yield end + bytes(-written % RECORD)


def _check_member(member: MemberSource, size: int, sha256: str) -> None:
    if size != member.size or sha256 != member.sha256:
        raise CorruptData(
            "An attachment changed or is damaged since it was added; the bundle was not "
            "written. Run a check of the archive."
        )


class _TarStream:
    """A ``read(n)`` view of an iterator of byte pieces, for pyrage's ``encrypt_io``."""

    def __init__(
        self,
        pieces: Iterator[bytes],
        total: int,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
    ) -> None:
        self._pieces = pieces
        self._current = memoryview(b"")
        self._total = total
        self._progress = progress
        self._cancel = cancel
        self.produced = 0

    def read(self, size: int = -1) -> bytes:
        while not self._current:
            if self._cancel is not None and self._cancel():
                raise Cancelled()
            piece = next(self._pieces, None)
            if piece is None:
                return b""
            self._current = memoryview(piece)
            if self._progress is not None:
                self._progress(self.produced, self._total)
        n = len(self._current) if size < 0 else min(size, len(self._current))
        chunk = bytes(self._current[:n])
        self._current = self._current[n:]
        self.produced += n
        return chunk


def plaintext_size(manifest_len: int, members: Sequence[MemberSource]) -> int:
    """Exact size of the tar stream (for progress)."""
    total = 2 * BLOCK + manifest_len + (-manifest_len % BLOCK) + 2 * BLOCK  # manifest, sig
    for m in members:
        total += len(ustar_header(m.name, m.size)) + m.size + (-m.size % BLOCK)
    total += 2 * BLOCK
    return total + (-total % RECORD)


def write_bundle(
    request: BundleRequest,
    out: Path,
    *,
    volume_size: int = DEFAULT_VOLUME_SIZE,
    verify: bool = True,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> WrittenBundle:
    """Write ``request`` as a bundle at ``out`` (``NAME`` or ``NAME.letapis-bundle``).

    Volumes are written under ``.tmp`` names, fsynced, renamed, and the folder fsynced; then,
    if ``verify``, the bundle is read back with the sender's own key and checked like a
    receiver would (I9). On any failure no file is left under a final name.

    >>> # write_bundle(BundleRequest(me, vault_id, [card], 1, None, {"kind": "all"}, members),
    >>> #              Path("/media/usb/weekly"))
    """
    manifest = build_manifest(request, volume_size)
    manifest_bytes = manifest.to_bytes()
    signature = sign_manifest(request.sender, manifest_bytes)
    total = plaintext_size(len(manifest_bytes), request.members)
    recipients = [request.sender.age_recipient] + [c.age_recipient for c in request.recipients]
    writer = VolumeWriter(out, volume_size)
    hasher = HashThread()
    stream = _TarStream(
        tar_pieces(manifest_bytes, signature, request.members, hasher), total, progress, cancel
    )
    try:
        age_layer.encrypt(stream, writer, list(dict.fromkeys(recipients)))
        paths = writer.commit()
    except BaseException:
        writer.abort()
        raise
    finally:
        hasher.close()
    written = WrittenBundle(
        paths=paths,
        manifest=manifest,
        manifest_bytes=manifest_bytes,
        manifest_sha256=manifest_sha256(manifest_bytes),
        plaintext_size=stream.produced,
        ciphertext_size=writer.total,
    )
    if verify:
        try:
            verify_written(written, request.sender)
        except BaseException as exc:
            for path in paths:
                path.unlink(missing_ok=True)
            if isinstance(exc, (LetapisError, OSError)) and not isinstance(
                exc, (Cancelled, StorageError)
            ):
                raise CorruptData(
                    "The bundle did not read back correctly after writing (a damaged stored "
                    "file or a failing disk or USB stick); it was removed. Run a check of the "
                    "archive and try another stick."
                ) from exc
            raise
    return written


def verify_written(written: WrittenBundle, sender: Identity) -> None:
    """Re-read the bundle from disk and check it fully, as a receiver would (I9)."""
    # Imported here to keep the writer importable on its own (the reader is the larger module).
    from archive_app.exchange.bundle_reader import NullSink, read_bundle
    from archive_app.exchange.contacts import ExchangeState

    state = ExchangeState()
    state.add(sender.card(), verified=True)
    verdict = read_bundle(written.paths[0], sender, state, NullSink())
    if verdict.manifest_sha256 != written.manifest_sha256:
        raise CorruptData("The bundle read back differs from what was written.")
