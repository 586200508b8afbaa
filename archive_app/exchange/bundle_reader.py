"""Read and verify a bundle as a stream; hand member bytes to a sink; decide only at the end.

The flow (docs/FORMAT.md §2.8): volumes → our age header check → pyrage ``decrypt_io``
pushing plaintext into :class:`_BundleParser` → :class:`StrictTarReader` → per member: the
manifest and signature are buffered (bounded) and checked; every later member's bytes go to the
caller's :class:`BundleSink` while their SHA-256 is computed. A refusal can come at any point;
acceptance only after pyrage returned (the age stream is whole), the tar end marker was seen,
and every listed member arrived with its size and hash. On any failure the sink is told to
discard everything it received.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from archive_app.errors import Cancelled, StorageError
from archive_app.exchange import age_layer
from archive_app.exchange.card import spoken_fingerprint
from archive_app.exchange.contacts import Contact, ExchangeState, SequenceVerdict
from archive_app.exchange.errors import BundleRejected
from archive_app.exchange.hash_thread import THREADED_HASH_MIN, HashThread
from archive_app.exchange.identity import Identity
from archive_app.exchange.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_SIZE,
    SIGNATURE_NAME,
    SIGNATURE_SIZE,
    Manifest,
    MemberEntry,
    manifest_sha256,
    parse_manifest,
    verify_manifest_signature,
)
from archive_app.exchange.tar_reader import MemberConsumer, StrictTarReader, TarRejected
from archive_app.exchange.volumes import VolumeReader, find_volumes

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class SignerStatus(enum.Enum):
    """How well we know who signed a bundle."""

    VERIFIED = "verified"  #: a contact whose fingerprint was compared in person
    KNOWN = "known"  #: a contact, fingerprint not (yet) compared
    UNKNOWN = "unknown"  #: not a contact


class BundleSink(Protocol):
    """Receives member bytes before the verdict; must keep them out of the vault until then."""

    def begin(self, entry: MemberEntry) -> None:
        """A member starts (its name and size match the signed manifest)."""

    def write(self, data: bytes) -> None:
        """The next bytes of the current member."""

    def end(self, entry: MemberEntry) -> None:
        """The member ended and its SHA-256 matched."""

    def discard(self) -> None:
        """The bundle was refused or failed: forget (wipe) everything received."""


class NullSink:
    """A sink that keeps nothing (verify-only)."""

    def begin(self, entry: MemberEntry) -> None:
        """Nothing to do."""

    def write(self, data: bytes) -> None:
        """Nothing to do."""

    def end(self, entry: MemberEntry) -> None:
        """Nothing to do."""

    def discard(self) -> None:
        """Nothing to do."""


class MemorySink:
    """Keeps members in memory up to ``limit`` bytes in total (tests, small bundles)."""

    def __init__(self, limit: int = 256 * 1024 * 1024) -> None:
        self.limit = limit
        self.members: dict[str, bytes] = {}
        self._current: list[bytes] = []
        self._size = 0

    def begin(self, entry: MemberEntry) -> None:
        """Start collecting a member."""
        self._current = []

    def write(self, data: bytes) -> None:
        """Collect bytes, refusing to grow past the limit."""
        self._size += len(data)
        if self._size > self.limit:
            raise BundleRejected("too-large", "it is too large to open in memory")
        self._current.append(data)

    def end(self, entry: MemberEntry) -> None:
        """Keep the finished member."""
        self.members[entry.name] = b"".join(self._current)
        self._current = []

    def discard(self) -> None:
        """Forget everything."""
        self.members.clear()
        self._current = []


@dataclass
class BundleVerdict:
    """An accepted bundle (or a duplicate, which must change nothing)."""

    manifest: Manifest
    manifest_bytes: bytes
    manifest_sha256: str
    signer: SignerStatus
    contact: Contact | None
    sequence: SequenceVerdict
    volumes: list[Path]
    bytes_read: int
    complete: bool  #: False only for a duplicate, whose reading stopped after the signature

    @property
    def duplicate(self) -> bool:
        """True if exactly this bundle was received before: apply nothing."""
        return self.sequence is SequenceVerdict.DUPLICATE


class _StopDuplicate(Exception):
    """Internal: the signed manifest is one we already applied; stop reading."""


class _Buffer:
    def __init__(self, limit: int, on_close: Callable[[bytes], None]) -> None:
        self._parts: list[bytes] = []
        self._size = 0
        self._limit = limit
        self._on_close = on_close

    def write(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise TarRejected("size", "the manifest is too large")
        self._parts.append(data)

    def close(self) -> None:
        self._on_close(b"".join(self._parts))


class _HashingMember:
    def __init__(self, entry: MemberEntry, sink: BundleSink, hasher: HashThread | None) -> None:
        self._entry = entry
        self._sink = sink
        self._digest = hashlib.sha256()
        self._hasher = hasher if entry.size >= THREADED_HASH_MIN else None
        sink.begin(entry)

    def write(self, data: bytes) -> None:
        if self._hasher is not None:
            self._hasher.update(self._digest, data)
        else:
            self._digest.update(data)
        self._sink.write(data)

    def close(self) -> None:
        if self._hasher is not None:
            digest = self._hasher.hexdigest(self._digest)
        else:
            digest = self._digest.hexdigest()
        if digest != self._entry.sha256:
            raise BundleRejected(
                "member-hash", "a part of it was changed after it was signed (hash mismatch)"
            )
        self._sink.end(self._entry)


class _BundleParser:
    """Receives plaintext from pyrage; drives the tar reader and the manifest checks."""

    def __init__(
        self,
        identity: Identity,
        state: ExchangeState,
        sink: BundleSink,
        *,
        accept_unknown: bool,
        allow_older: bool,
        progress: Callable[[], None] | None,
        cancel: CancelFn | None,
    ) -> None:
        self.identity = identity
        self.state = state
        self.sink = sink
        self.accept_unknown = accept_unknown
        self.allow_older = allow_older
        self.progress = progress
        self.cancel = cancel
        self.tar = StrictTarReader(self._on_member)
        self.manifest_bytes: bytes | None = None
        self.manifest: Manifest | None = None
        self.signer = SignerStatus.UNKNOWN
        self.contact: Contact | None = None
        self.sequence = SequenceVerdict.NEW
        self.next_index = 0
        self.hasher: HashThread | None = None

    def write(self, data: bytes) -> int:
        if self.cancel is not None and self.cancel():
            raise Cancelled()
        self.tar.feed(data)
        if self.progress is not None:
            self.progress()
        return len(data)

    def _on_member(self, name: str, size: int) -> MemberConsumer:
        if self.manifest_bytes is None:
            if name != MANIFEST_NAME or size > MAX_MANIFEST_SIZE:
                raise BundleRejected("manifest-missing", "it does not start with a manifest")
            return _Buffer(MAX_MANIFEST_SIZE, self._got_manifest)
        if self.manifest is None:
            if name != SIGNATURE_NAME or size != SIGNATURE_SIZE:
                raise BundleRejected("signature-missing", "its signature is missing")
            return _Buffer(SIGNATURE_SIZE, self._got_signature)
        members = self.manifest.members
        if self.next_index >= len(members):
            raise BundleRejected("member-extra", "it holds a part its manifest does not list")
        entry = members[self.next_index]
        if name != entry.name:
            raise BundleRejected(
                "member-unexpected", "it holds a part its manifest does not list in that place"
            )
        if size != entry.size:
            raise BundleRejected("member-size", "a part has another size than signed")
        self.next_index += 1
        return _HashingMember(entry, self.sink, self.hasher)

    def _got_manifest(self, data: bytes) -> None:
        self.manifest_bytes = data

    def _got_signature(self, sig: bytes) -> None:
        assert self.manifest_bytes is not None
        key = verify_manifest_signature(self.manifest_bytes, sig)
        manifest = parse_manifest(self.manifest_bytes, key)
        digest = manifest_sha256(self.manifest_bytes)
        fingerprint = manifest.sender.fingerprint
        self.contact = self.state.by_fingerprint(fingerprint)
        if fingerprint in self.state.revoked:
            raise BundleRejected(
                "revoked-signer", "it was signed by a contact you removed (revoked key)"
            )
        if self.contact is None:
            if not self.accept_unknown:
                raise BundleRejected(
                    "unknown-signer",
                    "it was signed by someone who is not among your contacts (fingerprint "
                    f"{spoken_fingerprint(fingerprint)})",
                )
            self.signer = SignerStatus.UNKNOWN
        else:
            self.signer = SignerStatus.VERIFIED if self.contact.verified else SignerStatus.KNOWN
        if self.identity.fingerprint not in manifest.recipients:
            raise BundleRejected("not-for-you", "it was not sent to you")
        if self.contact is not None:
            self.sequence = self.contact.classify(manifest.sequence, digest)
            if self.sequence is SequenceVerdict.EQUIVOCATION:
                raise BundleRejected(
                    "equivocation",
                    "the sender made another bundle with the same number; one of them is forged",
                )
            if self.sequence is SequenceVerdict.OLDER_UNSEEN and not self.allow_older:
                raise BundleRejected(
                    "older", "it is older than a bundle you already received from this sender"
                )
        self.manifest = manifest
        if self.sequence is SequenceVerdict.DUPLICATE:
            raise _StopDuplicate()

    def finish(self) -> None:
        self.tar.finish()
        if self.manifest is None:
            raise BundleRejected("manifest-missing", "it does not start with a manifest")
        if self.next_index != len(self.manifest.members):
            raise BundleRejected("member-missing", "a part listed in its manifest is missing")


def read_bundle(
    path: Path,
    identity: Identity,
    state: ExchangeState,
    sink: BundleSink,
    *,
    accept_unknown: bool = False,
    allow_older: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    hash_thread: bool = True,
) -> BundleVerdict:
    """Read, decrypt and verify the bundle at ``path`` (any of its volumes).

    Member bytes go to ``sink`` as they arrive; the return value is the verdict, given only
    after the whole stream passed. Refusals raise typed errors (:class:`BundleRejected`,
    :class:`BundleBadSignature`, :class:`AgeNoMatch`, age-layer :class:`CorruptData` classes,
    :class:`StorageError` for an unreadable medium, :class:`Cancelled`), after
    ``sink.discard()``. ``state`` is only read, never changed: the caller records the
    sequence number in the same transaction that applies the bundle.
    ``hash_thread`` hashes large members on a helper thread (overlapping pyrage's decryption);
    ``False`` hashes inline, for comparison in bench/exchange.
    """
    volumes = find_volumes(path)
    reader = VolumeReader(volumes)

    def tick() -> None:
        if progress is not None:
            progress(reader.bytes_read, reader.total)

    parser = _BundleParser(
        identity,
        state,
        sink,
        accept_unknown=accept_unknown,
        allow_older=allow_older,
        progress=tick if progress is not None else None,
        cancel=cancel,
    )
    if hash_thread:
        parser.hasher = HashThread()

    try:
        try:
            # allow_scrypt stays False: passphrase bundles are refused before pyrage.
            age_layer.decrypt(reader, parser, [identity.pyrage_identity()])
            parser.finish()
            if progress is not None:
                progress(reader.total, reader.total)
        except _StopDuplicate:
            pass
        except OSError as exc:
            raise StorageError(
                "The bundle could not be read from the disk or USB stick; check it is plugged "
                "in and try again. Nothing in your archive was changed."
            ) from exc
    except BaseException:
        sink.discard()
        raise
    finally:
        reader.close()
        if parser.hasher is not None:
            parser.hasher.close()
    assert parser.manifest is not None and parser.manifest_bytes is not None
    duplicate = parser.sequence is SequenceVerdict.DUPLICATE
    if duplicate:
        sink.discard()
    return BundleVerdict(
        manifest=parser.manifest,
        manifest_bytes=parser.manifest_bytes,
        manifest_sha256=manifest_sha256(parser.manifest_bytes),
        signer=parser.signer,
        contact=parser.contact,
        sequence=parser.sequence,
        volumes=volumes,
        bytes_read=reader.bytes_read,
        complete=not duplicate,
    )
