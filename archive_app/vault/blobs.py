"""The blob store: original attachment files, sealed, stored once (docs/FORMAT.md, 1.7)."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from archive_app.crypto.errors import CryptoError
from archive_app.crypto.sealed_file import SealedFileReader, SealedFileWriter
from archive_app.errors import CorruptData, NotFound, StorageError
from archive_app.vault.lock import fsync_dir

_READ_SIZE = 1024 * 1024


class BlobStore:
    """Sealed original files under ``blobs/xx/NAME``; NAME is a keyed hash of the SHA-256."""

    def __init__(self, root: Path, blob_key: bytes, name_key: bytes) -> None:
        self.root = root
        self._blob_key = blob_key
        self._name_key = name_key

    def name_for(self, sha256_hex: str) -> str:
        """The blob name of an original with this SHA-256 (reveals only equality)."""
        digest = bytes.fromhex(sha256_hex)
        return hmac.new(self._name_key, digest, hashlib.sha256).hexdigest()

    def path_for(self, name: str) -> Path:
        return self.root / name[:2] / name

    @staticmethod
    def aad(name: str) -> bytes:
        return b"letapis/blob/" + name.encode("ascii")

    def exists(self, name: str) -> bool:
        return self.path_for(name).is_file()

    def put(self, sha256_hex: str, source: Path | bytes, *, label: str) -> tuple[str, bool]:
        """Seal ``source`` into the store unless an identical original is there.

        Args:
            sha256_hex: the SHA-256 the caller computed; checked again while sealing.
            source: a file path (streamed) or bytes.
            label: the file's name for error messages (never its content).

        Returns:
            (blob name, True if a new blob file was written).

        Raises:
            CorruptData: the file changed between hashing and sealing.
            StorageError: the disk refused (full, read-only, vanished).
        """
        name = self.name_for(sha256_hex)
        final = self.path_for(name)
        if final.is_file():
            return name, False
        tmp = final.with_name(f"{name}.{secrets.token_hex(4)}.tmp")
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            with SealedFileWriter(tmp, self._blob_key, self.aad(name), durable=True) as out:
                if isinstance(source, bytes):
                    digest.update(source)
                    out.write(source)
                else:
                    with open(source, "rb") as handle:
                        while chunk := handle.read(_READ_SIZE):
                            digest.update(chunk)
                            out.write(chunk)
            if digest.hexdigest() != sha256_hex:
                raise CorruptData(f"{label}: the file changed while it was being imported")
            os.replace(tmp, final)
            fsync_dir(final.parent)
        except OSError as exc:
            raise StorageError(f"{label}: could not be stored ({exc.strerror or exc})") from None
        finally:
            tmp.unlink(missing_ok=True)
        return name, True

    def staged_writer(self, name: str, path: Path) -> SealedFileWriter:
        """A writer sealing the blob ``name`` at ``path``, outside the store, for :meth:`adopt`.

        For originals that arrive as a stream whose SHA-256 is known only at its end (a
        received bundle): the bytes are sealed exactly as a stored blob (blob key, ``name``
        as associated data) into the vault's staging folder, and moved into place only once
        they were checked. The caller closes the writer and syncs the file to the disk.

        >>> # with blobs.staged_writer(blobs.name_for(sha), staging / "x.blob") as w: ...
        """
        return SealedFileWriter(path, self._blob_key, self.aad(name))

    def adopt(self, name: str, staged: Path, *, label: str) -> bool:
        """Move a blob written by :meth:`staged_writer` (closed and synced) into place.

        Returns True if it was moved, False if an identical blob is already stored (the
        staged file is then left to the caller). The folder is synced after the rename, so
        the blob is on the disk before any row that refers to it is committed.

        Raises:
            StorageError: the disk refused (full, read-only, vanished).
        """
        final = self.path_for(name)
        if final.is_file():
            return False
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, final)
            fsync_dir(final.parent)
        except OSError as exc:
            raise StorageError(f"{label}: could not be stored ({exc.strerror or exc})") from None
        return True

    def open(self, name: str, *, label: str) -> SealedFileReader:
        """A random-access reader of the original bytes."""
        path = self.path_for(name)
        if not path.is_file():
            raise NotFound(f"{label}: the stored file is missing")
        try:
            return SealedFileReader(path, self._blob_key, self.aad(name))
        except CryptoError as exc:
            raise CorruptData(f"{label}: the stored file is damaged ({exc})") from None

    def copy_out(self, name: str, out: BinaryIO, *, label: str) -> str:
        """Write the original bytes to ``out``; return their SHA-256 (hex)."""
        digest = hashlib.sha256()
        with self.open(name, label=label) as reader:
            try:
                while chunk := reader.read(_READ_SIZE):
                    digest.update(chunk)
                    out.write(chunk)
            except CryptoError as exc:
                raise CorruptData(f"{label}: the stored file is damaged ({exc})") from None
        return digest.hexdigest()

    def verify(self, name: str, sha256_hex: str, *, label: str) -> None:
        """Decrypt the whole blob and compare its SHA-256; raises CorruptData or NotFound."""
        digest = hashlib.sha256()
        with self.open(name, label=label) as reader:
            try:
                while chunk := reader.read(_READ_SIZE):
                    digest.update(chunk)
            except CryptoError as exc:
                raise CorruptData(f"{label}: the stored file is damaged ({exc})") from None
        if digest.hexdigest() != sha256_hex:
            raise CorruptData(f"{label}: the stored file does not match its SHA-256")

    def remove(self, name: str) -> None:
        self.path_for(name).unlink(missing_ok=True)

    def names(self) -> Iterator[str]:
        """Every blob name on disk (temp files excluded)."""
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for entry in sorted(sub.iterdir()):
                    if entry.is_file() and not entry.name.endswith(".tmp"):
                        yield entry.name

    def sweep_temp(self) -> int:
        """Remove temp files left by a crash; return how many."""
        removed = 0
        if self.root.is_dir():
            for tmp in self.root.glob("*/*.tmp"):
                tmp.unlink(missing_ok=True)
                removed += 1
        return removed
