"""The blob store: original attachment files, sealed, stored once (docs/FORMAT.md, 1.7)."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from archive_app.crypto.errors import CryptoError
from archive_app.crypto.sealed_file import SealedFileReader, SealedFileWriter
from archive_app.errors import CorruptData, NotFound, StorageError
from archive_app.vault.lock import fsync_dir

_READ_SIZE = 1024 * 1024
#: Threads syncing one batch's files: the file system groups concurrent syncs into fewer
#: journal commits, so a batch of small blobs costs about one disk flush, not one each.
_SYNC_THREADS = 8
_TEMP_SUFFIX = ".tmp"


def _fsync_path(path: Path) -> None:
    """fsync a closed file (opened for writing: Windows flushes only writable handles)."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
        tmp = final.with_name(f"{name}.{secrets.token_hex(4)}{_TEMP_SUFFIX}")
        try:
            self._seal_into(tmp, name, sha256_hex, source, label=label, durable=True)
            os.replace(tmp, final)
            fsync_dir(final.parent)
        except OSError as exc:
            raise StorageError(f"{label}: could not be stored ({exc.strerror or exc})") from None
        finally:
            tmp.unlink(missing_ok=True)
        return name, True

    def _seal_into(
        self,
        tmp: Path,
        name: str,
        sha256_hex: str,
        source: Path | bytes,
        *,
        label: str,
        durable: bool,
    ) -> None:
        tmp.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with SealedFileWriter(tmp, self._blob_key, self.aad(name), durable=durable) as out:
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

    def seal_unsynced(self, sha256_hex: str, source: Path | bytes, *, label: str) -> Path | None:
        """Seal ``source`` into a temp file beside its place, for :meth:`place_batch`.

        Nothing is synced or renamed here, so sealing many small files costs no disk flush;
        a temp file left by a crash is removed at the next open (:meth:`sweep_temp`).

        Returns:
            The temp file, or None if an identical original is already stored.

        Raises:
            CorruptData: the file changed between hashing and sealing.
            StorageError: the disk refused (full, read-only, vanished).

        >>> # tmp = blobs.seal_unsynced(sha, path, label="a.pdf"); blobs.place_batch({name: tmp})
        """
        name = self.name_for(sha256_hex)
        final = self.path_for(name)
        if final.is_file():
            return None
        tmp = final.with_name(f"{name}.{secrets.token_hex(4)}{_TEMP_SUFFIX}")
        try:
            self._seal_into(tmp, name, sha256_hex, source, label=label, durable=False)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise StorageError(
                    f"{label}: could not be stored ({exc.strerror or exc})"
                ) from None
            raise
        return tmp

    def place_batch(self, staged: Mapping[str, Path]) -> None:
        """Make the temp files of :meth:`seal_unsynced` durable and move them into place.

        Each file is synced once (a few threads at a time, which the file system groups into
        few journal commits), then renamed, then every folder touched is synced once — so a
        batch of blobs costs a few disk flushes, not four per file. The caller has noted the
        names (:meth:`Vault.blob_intent`) before, and commits the rows that use them after.

        Args:
            staged: blob name -> its temp file from :meth:`seal_unsynced`.

        Raises:
            StorageError: the disk refused; some blobs may be in place (the intent note
                names them, so the caller or the next open removes them).
        """
        if not staged:
            return
        try:
            with ThreadPoolExecutor(min(_SYNC_THREADS, len(staged))) as pool:
                list(pool.map(_fsync_path, staged.values()))
                folders = {self.root}
                for name, tmp in staged.items():
                    final = self.path_for(name)
                    os.replace(tmp, final)
                    folders.add(final.parent)
                # The root too: a two-letter folder may be new in this batch.
                list(pool.map(fsync_dir, folders))
        except OSError as exc:
            raise StorageError(
                f"{self.root}: the originals could not be stored ({exc.strerror or exc})"
            ) from None

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
                    if entry.is_file() and not entry.name.endswith(_TEMP_SUFFIX):
                        yield entry.name

    def sweep_temp(self) -> int:
        """Remove temp files left by a crash; return how many."""
        removed = 0
        if self.root.is_dir():
            for tmp in self.root.glob(f"*/*{_TEMP_SUFFIX}"):
                tmp.unlink(missing_ok=True)
                removed += 1
        return removed
