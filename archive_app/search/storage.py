"""EncryptedStorage: a Whoosh ``Storage`` whose every file is a sealed file.

Each index file is a sealed file (docs/FORMAT.md, sealed files) under the index sub-key, with
``b"letapis/index/" + name`` as associated data, so a file renamed or swapped on disk fails
authentication. Whoosh unpickles its TOC and compound-segment directory; a
:class:`SealedFileReader` authenticates every byte before Whoosh sees it.

Whoosh's habits that a storage must serve (STYLE.md, "Whoosh facts that bite"):

* temporary files (posting-pool runs, the multiprocess writer's document batches) hold
  plaintext, so :meth:`EncryptedStorage.temp_storage` is sealed too, under a key made for
  this storage object and never written anywhere;
* pool runs are closed through ``raw_file().close()``: the sealed writer seals on its own
  ``close``, not in a ``StructFile.onclose`` hook;
* ``CompoundStorage`` seeks back to patch headers and some temp files are read back through
  the handle that wrote them: :class:`SealedFileWriter` allows both;
* ``file_length`` is the plaintext length, ``delete_file`` raises :class:`OSError`,
  ``rename_file(..., safe=True)`` is atomic, ``supports_mmap`` is False, and
  ``lock(name).acquire()`` returns a bool (an OS lock, released when a process dies, so a
  lock file left by a crash does not block the next writer).
"""

from __future__ import annotations

import io
import os
import shutil
import uuid
from pathlib import Path
from typing import Any, NoReturn

from whoosh.filedb.filestore import Storage
from whoosh.filedb.structfile import StructFile
from whoosh.util.filelock import FileLock

from archive_app.crypto.sealed_file import (
    CHUNK_SIZE,
    SealedFileReader,
    SealedFileWriter,
    sealed_length,
)
from archive_app.search.sealed_reads import (
    ChunkCache,
    ChunkCachedReader,
    SealedStructFile,
    read_header,
)

AAD_PREFIX = b"letapis/index/"
_LOCK_SUFFIX = ".lock"
_TEMP_SUFFIX = ".tmp"
_PARTIAL_SUFFIXES = (".rekey", ".renaming")
_WRITE_BUFFER = 64 * 1024
_READ_BUFFER = 16 * 1024
#: Decrypted 64 KiB chunks kept per open index file when no shared cache is used.
_CACHE_CHUNKS = 64
#: Default memory budget of the decrypted-chunk cache shared by every reader of one storage.
DEFAULT_CACHE_MB = 128


class EncryptedStorage(Storage):  # type: ignore[misc]  # whoosh is untyped
    """Whoosh storage in a folder of sealed files.

    Args:
        folder: the index folder (created by :meth:`create`).
        key: the 32-byte index sub-key (``vault.subkey(LABEL_INDEX)``).
        durable: fsync files at close (the index is derived data, so the default is off:
            a torn index is detected and rebuilt from the database).
        aad_prefix: role prefix of every file's associated data.
        cache_mb: memory budget of the decrypted-chunk cache shared by all readers of this
            storage (0: a small private cache per open file). Chunks are cached only after
            :class:`SealedFileReader` authenticated them, and keyed by the file's sealed
            header (its random salt), so a file replaced under the same name never gets
            another file's chunks. The cache outlives a searcher: after a commit, the new
            searcher reads the unchanged segments from memory, as plain Whoosh reads them
            from the page cache through mmap.

    Example::

        storage = EncryptedStorage(vault_dir / "index", key).create()
        ix = storage.create_index(schema)
    """

    supports_mmap = False

    def __init__(
        self,
        folder: str | os.PathLike[str],
        key: bytes,
        *,
        durable: bool = False,
        aad_prefix: bytes = AAD_PREFIX,
        cache_mb: int = DEFAULT_CACHE_MB,
        _temp_key: bytes | None = None,
    ) -> None:
        if len(key) != 32:
            raise ValueError("the index key must be 32 bytes")
        self.folder = os.fspath(folder)
        self._key = key
        self._durable = durable
        self._aad_prefix = aad_prefix
        # One random key per storage object for its temporary files: forked index workers
        # inherit it (and so can read the batches their parent wrote), nothing stores it.
        self._temp_key = _temp_key or os.urandom(32)
        self._sequential = _temp_key is not None
        self._cache = ChunkCache(cache_mb << 20) if cache_mb > 0 and not self._sequential else None
        self.readonly = False

    def __repr__(self) -> str:
        return f"EncryptedStorage({self.folder!r})"

    def __reduce__(self) -> NoReturn:
        # A pickled storage would carry the key: into a spawned worker, a log, a file.
        raise TypeError("EncryptedStorage holds a key and is never pickled")

    def _path(self, name: str) -> str:
        if not name or "/" in name or "\\" in name or name in (".", ".."):
            raise ValueError("bad index file name")
        return os.path.join(self.folder, name)

    def _aad(self, name: str) -> bytes:
        return self._aad_prefix + name.encode("utf-8")

    # Folder ------------------------------------------------------------------------------

    def create(self) -> EncryptedStorage:
        """Create the folder if needed; return self."""
        os.makedirs(self.folder, exist_ok=True)
        return self

    def destroy(self, *args: Any, **kwargs: Any) -> None:
        """Remove every file and the folder itself."""
        shutil.rmtree(self.folder, ignore_errors=True)

    def clean(self, ignore: bool = False) -> None:
        """Remove every file of the index (and leftover temporary folders)."""
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path)
                else:
                    os.remove(entry.path)
            except OSError:
                if not ignore:
                    raise

    def remove_temp(self) -> int:
        """Remove scratch folders a killed writer left (sealed under a key that died with
        it: unreadable, only wasted disk); return how many. Call only as the one writer."""
        removed = 0
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return 0
        for entry in entries:
            if entry.name.endswith(_TEMP_SUFFIX) and entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed += 1
        return removed

    def list(self) -> list[str]:
        """Names of the index files (not locks, temporary folders or half-written files)."""
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return []
        return [
            e.name
            for e in entries
            if e.is_file(follow_symlinks=False)
            and not e.name.endswith(_LOCK_SUFFIX)
            and not e.name.endswith(_PARTIAL_SUFFIXES)
        ]

    # Files -------------------------------------------------------------------------------

    def create_file(self, name: str, excl: bool = False, mode: str = "wb", **kwargs: Any) -> Any:
        """A new sealed file, readable and seekable while it is written."""
        path = self._path(name)
        if excl and os.path.exists(path):
            raise FileExistsError(name)
        writer = SealedFileWriter(path, self._key, self._aad(name), durable=self._durable)
        # Buffered like the files FileStorage opens: Whoosh pickles posting runs item by
        # item, and unbuffered every few-byte write and read went through Python (5x slower).
        # The buffer flushes into the sealed writer, which seals on close.
        return StructFile(io.BufferedRandom(writer, _WRITE_BUFFER), name=name, **kwargs)

    def open_file(self, name: str, **kwargs: Any) -> Any:
        """An existing sealed file, authenticated on open and on every read."""
        path = self._path(name)
        before = read_header(path) if self._cache is not None else None
        reader = SealedFileReader(path, self._key, self._aad(name))
        if self._sequential:
            # Temporary files (posting runs, job batches) are unpickled item by item.
            return StructFile(io.BufferedReader(reader, _READ_BUFFER), name=name, **kwargs)
        shared = None
        if self._cache is not None and before is not None:
            # Headers read before and after the open are equal: renames are atomic and every
            # sealed file has a fresh random salt, so the reader opened that very file.
            try:
                after = read_header(path)
            except OSError:
                after = None
            if after == before:
                shared = (self._cache, before)
        cached = ChunkCachedReader(reader, _CACHE_CHUNKS, shared=shared)
        return SealedStructFile(cached, name=name, **kwargs)

    def drop_cache(self) -> None:
        """Forget the decrypted chunks (when the vault is locked or the index closed)."""
        if self._cache is not None:
            self._cache.clear()

    @property
    def cache(self) -> ChunkCache | None:
        """The shared decrypted-chunk cache (None when disabled)."""
        return self._cache

    def file_exists(self, name: str) -> bool:
        return os.path.isfile(self._path(name))

    def file_modified(self, name: str) -> float:
        return os.path.getmtime(self._path(name))

    def file_length(self, name: str) -> int:
        """The plaintext length (Whoosh compares it with offsets it wrote)."""
        return sealed_length(self._path(name))

    def delete_file(self, name: str) -> None:
        """Remove a file; OSError if it cannot be removed (Whoosh retries later)."""
        os.remove(self._path(name))

    def rename_file(self, oldname: str, newname: str, safe: bool = False) -> None:
        """Rename by re-sealing under the new name (names are bound into every file).

        The new file is written beside the target and moved over it with ``os.replace``,
        so a reader sees the old file or the complete new one, never a mix.
        """
        target = self._path(newname)
        if safe and os.path.exists(target):
            raise NameError(f"file {newname!r} exists")
        staging = target + ".renaming"
        with (
            SealedFileReader(self._path(oldname), self._key, self._aad(oldname)) as source,
            SealedFileWriter(staging, self._key, self._aad(newname), durable=self._durable) as w,
        ):
            while block := source.read(CHUNK_SIZE):
                w.write(block)
        os.replace(staging, target)
        os.remove(self._path(oldname))

    def lock(self, name: str) -> Any:
        """An inter-process lock (OS-level: a crashed holder leaves no lock behind)."""
        return FileLock(self._path(name + _LOCK_SUFFIX))

    def temp_storage(self, name: str | None = None) -> EncryptedStorage:
        """Sealed scratch space inside the index folder, under this object's temp key."""
        name = name or f"{uuid.uuid4().hex}{_TEMP_SUFFIX}"
        if not name.endswith(_TEMP_SUFFIX):
            name += _TEMP_SUFFIX
        temp = EncryptedStorage(
            Path(self.folder) / name,
            self._temp_key,
            durable=False,
            aad_prefix=b"letapis/index-temp/",
            _temp_key=self._temp_key,
        )
        return temp.create()

    def total_plaintext(self) -> int:
        """Sum of the plaintext lengths of the index files."""
        return sum(self.file_length(n) for n in self.list())

    def total_size(self) -> int:
        """Bytes on disk of the index files."""
        return sum(os.path.getsize(self._path(n)) for n in self.list())
