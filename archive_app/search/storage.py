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
from collections import OrderedDict
from pathlib import Path
from typing import Any, NoReturn

from whoosh.filedb.filestore import Storage
from whoosh.filedb.structfile import StructFile
from whoosh.util.filelock import FileLock

from archive_app.crypto.sealed_file import (
    CHUNK_SIZE,
    HEADER_SIZE,
    SealedFileReader,
    SealedFileWriter,
    sealed_length,
)

AAD_PREFIX = b"letapis/index/"
_LOCK_SUFFIX = ".lock"
_TEMP_SUFFIX = ".tmp"
_PARTIAL_SUFFIXES = (".rekey", ".renaming")
_WRITE_BUFFER = 64 * 1024
_READ_BUFFER = 16 * 1024
#: Decrypted 64 KiB chunks kept per open index file when no shared cache is used.
_CACHE_CHUNKS = 64
#: Chunks a reader keeps at hand in front of the shared cache (1 MiB per open file).
_RECENT_CHUNKS = 16
_CHUNK_MASK = CHUNK_SIZE - 1
_CHUNK_SHIFT = CHUNK_SIZE.bit_length() - 1
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
        before = _read_header(path) if self._cache is not None else None
        reader = SealedFileReader(path, self._key, self._aad(name))
        if self._sequential:
            # Temporary files (posting runs, job batches) are unpickled item by item.
            return StructFile(io.BufferedReader(reader, _READ_BUFFER), name=name, **kwargs)
        shared = None
        if self._cache is not None and before is not None:
            # Headers read before and after the open are equal: renames are atomic and every
            # sealed file has a fresh random salt, so the reader opened that very file.
            try:
                after = _read_header(path)
            except OSError:
                after = None
            if after == before:
                shared = (self._cache, before)
        cached = _ChunkCachedReader(reader, _CACHE_CHUNKS, shared=shared)
        return _SealedStructFile(cached, name=name, **kwargs)

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


class ChunkCache:
    """An LRU of authenticated, decrypted chunks shared by the readers of one storage,
    bounded by a byte budget (whole chunks; the least recently used go first)."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.size = 0
        self.hits = 0
        self.misses = 0
        self._chunks: OrderedDict[tuple[bytes, int], bytes] = OrderedDict()

    def get(self, key: tuple[bytes, int]) -> bytes | None:
        chunk = self._chunks.get(key)
        if chunk is None:
            self.misses += 1
            return None
        self.hits += 1
        self._chunks.move_to_end(key)
        return chunk

    def put(self, key: tuple[bytes, int], chunk: bytes) -> None:
        if key in self._chunks or len(chunk) > self.budget:
            return
        self._chunks[key] = chunk
        self.size += len(chunk)
        while self.size > self.budget:
            _, old = self._chunks.popitem(last=False)
            self.size -= len(old)

    def clear(self) -> None:
        """Forget every chunk (on close: decrypted index data does not outlive its use)."""
        self._chunks.clear()
        self.size = 0


def _read_header(path: str) -> bytes | None:
    """The sealed header of the file at ``path`` (salt and tag: unique per sealed file)."""
    with open(path, "rb") as f:
        header = f.read(HEADER_SIZE)
    return header if len(header) == HEADER_SIZE else None


class _ChunkCachedReader:
    """Random-access reads of a sealed file for Whoosh's small, scattered reads.

    A fuzzy or prefix query binary-searches the term table: tens of thousands of reads of a
    few bytes at random offsets. Through a ``BufferedReader`` each one copied a 16 KiB
    buffer out of the sealed reader; here each is one slice of a cached decrypted chunk.
    Every chunk still comes from :class:`SealedFileReader`, so every byte is authenticated.
    """

    def __init__(
        self,
        sealed: SealedFileReader,
        cache_chunks: int,
        *,
        shared: tuple[ChunkCache, bytes] | None = None,
    ) -> None:
        self._sealed = sealed
        self._shared = shared[0] if shared is not None else None
        self._ident = shared[1] if shared is not None else b""
        self._length = sealed.length
        self._pos = 0
        self._cache: OrderedDict[int, bytes] = OrderedDict()
        self._max = cache_chunks
        #: The chunks this reader used last, in front of the shared LRU: a dict look-up
        #: and a slice per small read, as cheap as the mmap slice of a plain index.
        self.recent: dict[int, bytes] = {}
        self.name = sealed.name
        self.closed = False

    def _chunk(self, index: int) -> bytes:
        shared = self._shared
        if shared is not None:
            chunk = self.recent.get(index)
            if chunk is not None:
                return chunk
            key = (self._ident, index)
            chunk = shared.get(key)
            if chunk is None:
                self._sealed.seek(index * CHUNK_SIZE)
                chunk = self._sealed.read(CHUNK_SIZE)  # authenticated here
                shared.put(key, chunk)
            if len(self.recent) >= _RECENT_CHUNKS:
                self.recent.clear()
            self.recent[index] = chunk
            return chunk
        chunk = self._cache.get(index)
        if chunk is None:
            self._sealed.seek(index * CHUNK_SIZE)
            chunk = self._sealed.read(CHUNK_SIZE)
            self._cache[index] = chunk
            if len(self._cache) > self._max:
                self._cache.popitem(last=False)
        return chunk

    def pread(self, pos: int, size: int) -> bytes:
        """``size`` bytes at ``pos`` (fewer at the end), without moving the position."""
        index, offset = divmod(pos, CHUNK_SIZE)
        chunk = self._chunk(index)
        if offset + size <= len(chunk):
            return chunk[offset : offset + size]
        saved = self._pos
        self._pos = pos
        try:
            return self.read(size)
        finally:
            self._pos = saved

    def read(self, size: int | None = -1) -> bytes:
        pos = self._pos
        end = self._length if size is None or size < 0 else min(self._length, pos + size)
        if end <= pos:
            return b""
        index, offset = divmod(pos, CHUNK_SIZE)
        chunk = self._chunk(index)
        if offset + (end - pos) <= len(chunk):
            self._pos = end
            return chunk[offset : offset + end - pos]
        parts = []
        while pos < end:
            index, offset = divmod(pos, CHUNK_SIZE)
            chunk = self._chunk(index)
            take = min(end - pos, len(chunk) - offset)
            parts.append(chunk[offset : offset + take])
            pos += take
        self._pos = pos
        return b"".join(parts)

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def readline(self, size: int = -1) -> bytes:
        line = bytearray()
        while size < 0 or len(line) < size:
            byte = self.read(1)
            if not byte:
                break
            line += byte
            if byte == b"\n":
                break
        return bytes(line)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            offset += self._length
        if offset < 0:
            raise OSError("negative seek position")
        self._pos = offset
        return offset

    def tell(self) -> int:
        return self._pos

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self._sealed.close()
            self._cache.clear()
            self.recent.clear()
            self.closed = True

    def __enter__(self) -> _ChunkCachedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _OffsetView:
    """A window ``[base, base + length)`` of a :class:`_ChunkCachedReader` (a compound
    segment's member file), read with positions relative to the window."""

    def __init__(self, reader: _ChunkCachedReader, base: int, length: int) -> None:
        self.reader = reader
        self.base = base
        self.length = length
        self._pos = 0
        self.closed = False

    def read(self, size: int | None = -1) -> bytes:
        left = self.length - self._pos
        size = left if size is None or size < 0 else min(size, left)
        if size <= 0:
            return b""
        data = self.reader.pread(self.base + self._pos, size)
        self._pos += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        line = bytearray()
        while size < 0 or len(line) < size:
            byte = self.read(1)
            if not byte:
                break
            line += byte
            if byte == b"\n":
                break
        return bytes(line)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            offset += self.length
        self._pos = offset
        return offset

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self.closed = True  # the segment's reader is closed with the segment


class _SealedStructFile(StructFile):  # type: ignore[misc]  # whoosh is untyped
    """Whoosh's ``StructFile`` over sealed data, with ``get`` (random reads: term tables,
    columns) and ``subset`` (compound members) served straight from the chunk cache:
    three Python calls fewer on each of the tens of thousands of reads a query makes."""

    def __init__(
        self,
        fileobj: _ChunkCachedReader | _OffsetView,
        name: str | None = None,
        onclose: Any = None,
        *,
        base: int = 0,
    ) -> None:
        super().__init__(fileobj, name=name, onclose=onclose)
        self._reader = fileobj.reader if isinstance(fileobj, _OffsetView) else fileobj
        self._recent = self._reader.recent
        self._base = base

    def get(self, position: int, length: int) -> bytes:
        pos = self._base + position
        chunk = self._recent.get(pos >> _CHUNK_SHIFT)
        if chunk is not None:
            offset = pos & _CHUNK_MASK
            if offset + length <= len(chunk):
                return chunk[offset : offset + length]
        return self._reader.pread(pos, length)

    def subset(self, offset: int, length: int, name: str | None = None) -> _SealedStructFile:
        base = self._base + offset
        view = _OffsetView(self._reader, base, length)
        return _SealedStructFile(view, name=name or self._name, base=base)
