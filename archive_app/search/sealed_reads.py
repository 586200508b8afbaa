"""Reading sealed index files the way Whoosh reads: many small random reads.

Every chunk comes from :class:`SealedFileReader`, which authenticates it; what is kept is
decrypted, authenticated chunks, in a :class:`ChunkCache` shared by the readers of one
storage (a byte budget, keyed by each file's sealed header) and, in front of it, a few
chunks per reader, so that Whoosh's term-table and column reads cost a dict look-up and a
slice, as the mmap slices of a plain index do.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from typing import Any

from whoosh.filedb.structfile import StructFile

from archive_app.crypto.sealed_file import CHUNK_SIZE, HEADER_SIZE, SealedFileReader

#: Chunks a reader keeps at hand in front of the shared cache (1 MiB per open file).
_RECENT_CHUNKS = 16
_CHUNK_MASK = CHUNK_SIZE - 1
_CHUNK_SHIFT = CHUNK_SIZE.bit_length() - 1
#: Bytes offered per peek: posting-block headers are pickles of a few dozen bytes.
_PEEK = 4096


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


def read_header(path: str) -> bytes | None:
    """The sealed header of the file at ``path`` (salt and tag: unique per sealed file)."""
    with open(path, "rb") as f:
        header = f.read(HEADER_SIZE)
    return header if len(header) == HEADER_SIZE else None


class ChunkCachedReader:
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

    def peek_at(self, pos: int, size: int) -> bytes:
        """Up to ``size`` bytes at ``pos``, no further than the end of its chunk."""
        if pos >= self._length:
            return b""
        index, offset = divmod(pos, CHUNK_SIZE)
        chunk = self._chunk(index)
        return chunk[offset : offset + size]

    def peek(self, size: int = 0) -> bytes:
        """Bytes from the position on, without moving it.

        Pickle's C unpickler reads a file that has ``peek`` with one peek and one read per
        object; without it, with a Python call per opcode (Whoosh unpickles the header of
        every posting block it visits).
        """
        return self.peek_at(self._pos, _PEEK)

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

    def __enter__(self) -> ChunkCachedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _OffsetView:
    """A window ``[base, base + length)`` of a :class:`ChunkCachedReader` (a compound
    segment's member file), read with positions relative to the window."""

    def __init__(self, reader: ChunkCachedReader, base: int, length: int) -> None:
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

    def peek(self, size: int = 0) -> bytes:
        """Bytes from the position on, without moving it (see ChunkCachedReader.peek)."""
        left = self.length - self._pos
        if left <= 0:
            return b""
        return self.reader.peek_at(self.base + self._pos, min(left, _PEEK))

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


class SealedStructFile(StructFile):  # type: ignore[misc]  # whoosh is untyped
    """Whoosh's ``StructFile`` over sealed data, with ``get`` (random reads: term tables,
    columns) and ``subset`` (compound members) served straight from the chunk cache:
    three Python calls fewer on each of the tens of thousands of reads a query makes."""

    def __init__(
        self,
        fileobj: ChunkCachedReader | _OffsetView,
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

    def subset(self, offset: int, length: int, name: str | None = None) -> SealedStructFile:
        base = self._base + offset
        view = _OffsetView(self._reader, base, length)
        return SealedStructFile(view, name=name or self._name, base=base)
