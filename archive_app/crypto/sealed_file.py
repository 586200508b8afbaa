"""Sealed files: a chunked AEAD stream with random access (docs/FORMAT.md, 1.6).

Attachments and search-index files are stored as sealed files. The layout follows age's STREAM:
a random per-file salt, a per-file key from HKDF, 64 KiB chunks, and a nonce made of the chunk
counter and a last-chunk flag, so truncation, reordering and splicing are detected while any
byte can still be read without decrypting the whole file.

Example::

    with SealedFileWriter(path, key, b"letapis/blob/" + name) as w:
        w.write(data)
    with SealedFileReader(path, key, b"letapis/blob/" + name) as r:
        assert r.read() == data
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
from collections import OrderedDict
from typing import TYPE_CHECKING, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from archive_app.crypto.errors import (
    SealedChunkError,
    SealedHeaderError,
    SealedTruncatedError,
)

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

MAGIC = b"LTPSEA"
VERSION = 1
CHUNK_EXP = 16
CHUNK_SIZE = 1 << CHUNK_EXP
TAG_SIZE = 16
CT_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
SALT_SIZE = 24
HEADER_SIZE = len(MAGIC) + 2 + SALT_SIZE + TAG_SIZE
MAX_CHUNKS = 1 << 32
_KDF_INFO = b"letapis/v1/sealed-file\x00"

__all__ = [
    "CHUNK_SIZE",
    "HEADER_SIZE",
    "SealedFileReader",
    "SealedFileWriter",
    "sealed_length",
]


def _derive(key: bytes, salt: bytes, aad: bytes) -> tuple[AESGCM, bytes]:
    if len(key) != 32:
        raise ValueError("a sealed-file role key is 32 bytes")
    okm = HKDF(algorithm=hashes.SHA256(), length=64, salt=salt, info=_KDF_INFO + aad).derive(key)
    return AESGCM(okm[:32]), okm[32:]


def _header_tag(header_key: bytes, prefix: bytes) -> bytes:
    return hmac.new(header_key, prefix, hashlib.sha256).digest()[:TAG_SIZE]


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _layout(size: int) -> tuple[int, int]:
    """Return (number of chunks, plaintext length of the last chunk) for a file size."""
    if size < HEADER_SIZE:
        raise SealedHeaderError("the file is too short to hold a header")
    body = size - HEADER_SIZE
    if body < TAG_SIZE:
        raise SealedTruncatedError("the file ends right after its header")
    n = -(-body // CT_CHUNK_SIZE)
    last_ct = body - (n - 1) * CT_CHUNK_SIZE
    if last_ct < TAG_SIZE or (last_ct == TAG_SIZE and n > 1):
        raise SealedTruncatedError("the file was cut inside a chunk")
    if n > MAX_CHUNKS:
        raise SealedTruncatedError("the file has more chunks than the format allows")
    return n, last_ct - TAG_SIZE


def sealed_length(path: str | os.PathLike[str]) -> int:
    """Plaintext length of a sealed file, from its size on disk (no key needed).

    >>> sealed_length("blobs/ab/ab12…")  # doctest: +SKIP
    1048576
    """
    n, last = _layout(os.stat(path).st_size)
    return (n - 1) * CHUNK_SIZE + last


class _Positioned(io.RawIOBase):
    """Seeking over a plaintext of ``_length`` bytes, shared by the reader and the writer."""

    _pos: int
    _length: int

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            pos = offset
        elif whence == io.SEEK_CUR:
            pos = self._pos + offset
        elif whence == io.SEEK_END:
            pos = self._length + offset
        else:
            raise ValueError(f"invalid whence {whence}")
        if pos < 0:
            raise OSError("negative seek position")
        self._pos = pos
        return pos


class SealedFileReader(_Positioned):
    """Random-access reader of a sealed file; every byte it returns was authenticated.

    Args:
        path: the sealed file.
        key: the 32-byte role key (e.g. ``subkey("letapis/v1/blobs")``).
        aad: the role and name the file was sealed under.
        cache_chunks: how many decrypted chunks to keep for small random reads.

    Raises:
        SealedHeaderError, SealedTruncatedError, SealedChunkError: on open when the header, the
        length or the last chunk fail; SealedChunkError on a read of a damaged chunk.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        key: bytes,
        aad: bytes,
        *,
        cache_chunks: int = 8,
    ) -> None:
        super().__init__()
        self.name = os.fspath(path)
        self._file: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed in close()
        try:
            size = os.fstat(self._file.fileno()).st_size
            header = self._file.read(HEADER_SIZE)
            if len(header) < HEADER_SIZE or header[: len(MAGIC)] != MAGIC:
                raise SealedHeaderError("not a sealed file (wrong magic)")
            if header[6] != VERSION:
                raise SealedHeaderError(f"unsupported sealed-file version {header[6]}")
            if header[7] != CHUNK_EXP:
                raise SealedHeaderError("unsupported chunk size")
            salt = header[8 : 8 + SALT_SIZE]
            self._aead, header_key = _derive(key, salt, aad)
            expected = _header_tag(header_key, header[: 8 + SALT_SIZE])
            if not hmac.compare_digest(expected, header[8 + SALT_SIZE :]):
                raise SealedHeaderError("header tag mismatch (wrong key, name or role)")
            self._chunks, last_len = _layout(size)
            self._length = (self._chunks - 1) * CHUNK_SIZE + last_len
            self._pos = 0
            self._cache: OrderedDict[int, bytes] = OrderedDict()
            self._cache_size = max(1, cache_chunks)
            self._chunk(self._chunks - 1)  # authenticates the length
        except BaseException:
            self._file.close()
            raise

    @property
    def length(self) -> int:
        """The plaintext length (authenticated by the last chunk)."""
        return self._length

    def _chunk(self, index: int) -> bytes:
        cached = self._cache.get(index)
        if cached is not None:
            self._cache.move_to_end(index)
            return cached
        last = index == self._chunks - 1
        size = (self._length - index * CHUNK_SIZE + TAG_SIZE) if last else CT_CHUNK_SIZE
        self._file.seek(HEADER_SIZE + index * CT_CHUNK_SIZE)
        ciphertext = self._file.read(size)
        if len(ciphertext) != size:
            raise SealedTruncatedError("the file became shorter while it was read")
        try:
            plain = self._aead.decrypt(_nonce(index, last), ciphertext, b"")
        except InvalidTag:
            raise SealedChunkError(f"chunk {index} failed authentication") from None
        self._cache[index] = plain
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return plain

    def _chunk_run(self, index: int, count: int) -> list[bytes]:
        """Decrypt ``count`` whole, non-last chunks from ``index`` on; each is authenticated
        before any of them is returned."""
        self._file.seek(HEADER_SIZE + index * CT_CHUNK_SIZE)
        ciphertext = memoryview(self._file.read(count * CT_CHUNK_SIZE))
        if len(ciphertext) != count * CT_CHUNK_SIZE:
            raise SealedTruncatedError("the file became shorter while it was read")
        plain = []
        for i in range(count):
            piece = ciphertext[i * CT_CHUNK_SIZE : (i + 1) * CT_CHUNK_SIZE]
            try:
                plain.append(self._aead.decrypt(_nonce(index + i, False), piece, b""))
            except InvalidTag:
                raise SealedChunkError(f"chunk {index + i} failed authentication") from None
        return plain

    def read(self, size: int | None = -1) -> bytes:
        if self.closed:
            raise ValueError("read of a closed sealed file")
        end = self._length if size is None or size < 0 else min(self._length, self._pos + size)
        if end <= self._pos:
            return b""
        parts: list[bytes] = []
        pos = self._pos
        while pos < end:
            index, offset = divmod(pos, CHUNK_SIZE)
            # A long read from a chunk boundary (streaming a blob out): whole chunks, never
            # the last one, read from disk in one call and not cached.
            run = 0 if offset else min((end - pos) // CHUNK_SIZE, self._chunks - 1 - index)
            if run >= 2 and index not in self._cache:
                parts.extend(self._chunk_run(index, run))
                pos += run * CHUNK_SIZE
                continue
            chunk = self._chunk(index)
            take = min(end - pos, len(chunk) - offset)
            parts.append(chunk[offset : offset + take])
            pos += take
        self._pos = pos
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def readall(self) -> bytes:
        return self.read(-1)

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._file.close()
            self._cache.clear()
        super().close()


class SealedFileWriter(_Positioned):
    """Writes a sealed file; allows seeking back and reading what was written.

    Chunks are encrypted as soon as they are complete, except chunk 0 (kept in memory, since
    the search engine patches file headers at the end) and the last chunk (its flag is known
    only at close). If a write changes any other chunk already on disk, the writer keeps the new
    plaintext of that chunk in memory and, at close, re-encrypts the whole file under a fresh
    salt: a (key, nonce) pair is never used for two plaintexts.

    Args:
        path: the file to create (truncated if it exists).
        key: the 32-byte role key.
        aad: the role and name the file is sealed under.
        durable: fsync the file at close.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        key: bytes,
        aad: bytes,
        *,
        durable: bool = False,
    ) -> None:
        super().__init__()
        self.name = os.fspath(path)
        self._key = key
        self._aad = aad
        self._durable = durable
        self._file: BinaryIO = open(path, "w+b")  # noqa: SIM115 - closed in close()
        self._aead, header = self._new_header()
        self._file.write(header)
        self._mem: dict[int, bytearray] = {0: bytearray()}  # chunks not (finally) on disk
        self._tail = 0  # index of the last chunk
        self._patched: set[int] = set()  # chunks rewritten after they reached the disk
        self._pos = 0
        self._length = 0
        self._failed = False

    def _new_header(self) -> tuple[AESGCM, bytes]:
        salt = os.urandom(SALT_SIZE)
        aead, header_key = _derive(self._key, salt, self._aad)
        prefix = MAGIC + bytes([VERSION, CHUNK_EXP]) + salt
        return aead, prefix + _header_tag(header_key, prefix)

    def writable(self) -> bool:
        return True

    def _disk_chunk(self, index: int) -> bytes:
        self._file.seek(HEADER_SIZE + index * CT_CHUNK_SIZE)
        ciphertext = self._file.read(CT_CHUNK_SIZE)
        try:
            return self._aead.decrypt(_nonce(index, False), ciphertext, b"")
        except InvalidTag:
            raise SealedChunkError(f"chunk {index} changed on disk while writing") from None

    def _plain_chunk(self, index: int) -> bytes | bytearray:
        buffered = self._mem.get(index)
        if buffered is not None:
            return buffered
        return self._disk_chunk(index)

    def _grow_to(self, index: int) -> None:
        """Make ``index`` the tail, filling the chunks in between with zeros."""
        while self._tail < index:
            tail = self._mem[self._tail]
            tail.extend(bytes(CHUNK_SIZE - len(tail)))
            self._flush(self._tail)
            self._tail += 1
            self._mem[self._tail] = bytearray()

    def _flush(self, index: int) -> None:
        """Encrypt a complete, non-last chunk to disk (chunk 0 and patches wait for close)."""
        if index == 0 or index in self._patched:
            return
        plain = self._mem[index]
        self._file.seek(HEADER_SIZE + index * CT_CHUNK_SIZE)
        self._file.write(self._aead.encrypt(_nonce(index, False), plain, b""))
        del self._mem[index]  # only once it is on disk: a failed write keeps it

    def _mutable(self, index: int) -> bytearray:
        if index > self._tail:
            self._grow_to(index)
        buffered = self._mem.get(index)
        if buffered is None:  # on disk already: keep the new plaintext, re-key at close
            buffered = bytearray(self._disk_chunk(index))
            self._mem[index] = buffered
            self._patched.add(index)
        return buffered

    def write(self, data: ReadableBuffer) -> int:
        if self.closed:
            raise ValueError("write to a closed sealed file")
        view = memoryview(data).cast("B")
        total = len(view)
        try:
            self._write(view)
        except BaseException:
            # The disk refused (full, I/O error): the file is unusable; close() must not
            # try to finish it and hide the real error behind a second one.
            self._failed = True
            raise
        return total

    def _write(self, view: memoryview) -> None:
        while len(view):
            index, offset = divmod(self._pos, CHUNK_SIZE)
            if offset == 0 and index > 0 and self._pos == self._length and len(view) > CHUNK_SIZE:
                view = self._append_chunks(index, view)
                continue
            chunk = self._mutable(index)
            if len(chunk) < offset:
                chunk.extend(bytes(offset - len(chunk)))
            take = min(CHUNK_SIZE - offset, len(view))
            chunk[offset : offset + take] = view[:take]
            view = view[take:]
            self._pos += take
            self._length = max(self._length, self._pos)

    def _append_chunks(self, index: int, view: memoryview) -> memoryview:
        """Encrypt whole chunks appended at the end straight from ``view``, in one disk write.

        The common case (a stream written front to back): no copy into a chunk buffer and one
        write per call instead of one per 64 KiB. Only chunks that more bytes follow are
        written here, so none of them is the last; the bytes are the same as chunk by chunk.
        """
        if self._tail < index:
            self._grow_to(index)  # the full tail before it goes to disk (chunk 0 stays)
        count = (len(view) - 1) // CHUNK_SIZE
        sealed = [
            self._aead.encrypt(
                _nonce(index + i, False), view[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE], b""
            )
            for i in range(count)
        ]
        self._file.seek(HEADER_SIZE + index * CT_CHUNK_SIZE)
        self._file.write(b"".join(sealed))
        del self._mem[index]
        self._tail = index + count
        self._mem[self._tail] = bytearray()
        self._pos += count * CHUNK_SIZE
        self._length = self._pos
        return view[count * CHUNK_SIZE :]

    def read(self, size: int | None = -1) -> bytes:
        end = self._length if size is None or size < 0 else min(self._length, self._pos + size)
        parts: list[bytes] = []
        while self._pos < end:
            index, offset = divmod(self._pos, CHUNK_SIZE)
            chunk = self._plain_chunk(index)
            take = min(end - self._pos, len(chunk) - offset)
            if take <= 0:  # a gap inside the tail chunk reads as zeros
                take = end - self._pos
                parts.append(bytes(take))
            else:
                parts.append(bytes(chunk[offset : offset + take]))
            self._pos += take
        return b"".join(parts)

    def readall(self) -> bytes:
        return self.read(-1)

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def flush(self) -> None:
        """Nothing to do: a sealed file is complete only when closed."""

    def _finish_in_place(self) -> None:
        tail = self._mem[self._tail]
        tail_len = self._length - self._tail * CHUNK_SIZE
        tail.extend(bytes(max(0, tail_len - len(tail))))
        for index in sorted(self._mem):
            plain = bytes(self._mem[index])
            last = index == self._tail
            self._file.seek(HEADER_SIZE + index * CT_CHUNK_SIZE)
            self._file.write(self._aead.encrypt(_nonce(index, last), plain, b""))
        self._file.truncate(HEADER_SIZE + self._tail * CT_CHUNK_SIZE + tail_len + TAG_SIZE)

    def _finish_rekeyed(self) -> None:
        tmp_path = self.name + ".rekey"
        aead, header = self._new_header()
        with open(tmp_path, "wb") as out:
            out.write(header)
            for index in range(self._tail + 1):
                plain = bytes(self._plain_chunk(index))
                if index == self._tail:
                    tail_len = self._length - index * CHUNK_SIZE
                    plain = plain + bytes(max(0, tail_len - len(plain)))
                last = index == self._tail
                out.write(aead.encrypt(_nonce(index, last), plain, b""))
            out.flush()
            if self._durable:
                os.fsync(out.fileno())
        self._file.close()
        os.replace(tmp_path, self.name)

    def close(self) -> None:
        if self.closed:
            return
        try:
            if self._failed:
                pass  # an earlier write failed; the caller removes the half-written file
            elif self._patched:
                self._finish_rekeyed()
            else:
                self._finish_in_place()
                self._file.flush()
                if self._durable:
                    os.fsync(self._file.fileno())
        finally:
            self._file.close()
            self._mem.clear()
            super().close()
