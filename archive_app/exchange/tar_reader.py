"""A strict, push-driven reader of the bundle's tar stream, and the matching header writer.

Why not ``tarfile``: its stream mode reads pax and GNU long-name headers wholly into memory (a
hostile 4 GiB pax header costs 4 GiB), understands sparse files, links and devices, and its
extraction filters have had repeated bypasses. A bundle needs none of that. This reader accepts
exactly what docs/FORMAT.md §2.5 allows — ustar regular files, optionally preceded by a
small pax header holding only ``size`` — and refuses everything else with a reason code.

It is *push*-driven: pyrage's ``decrypt_io`` calls ``feed`` with each decrypted chunk, so no
thread and no plaintext buffer beyond one 512-byte header are needed. Member content is passed
straight to the consumer the caller returns from ``on_member``. Names are never turned into
paths; the caller compares them with the manifest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from archive_app.exchange.errors import BundleRejected

BLOCK = 512
RECORD = 20 * BLOCK
MAX_MEMBERS = 1_000_000
MAX_PAX_SIZE = 4096
MAX_MEMBER_SIZE = 2**40
_NAME = re.compile(rb"\A[a-z0-9][a-z0-9._/-]{0,98}\Z")
_OCTAL = re.compile(rb"\A *[0-7]*[ \x00]*\Z")
_ZERO_BLOCK = bytes(BLOCK)


class TarRejected(BundleRejected):
    """The tar stream broke a rule (F1–F12); ``reason`` starts with ``tar-``."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__("tar-" + reason, f"its contents are not laid out as a bundle ({detail})")


class MemberConsumer(Protocol):
    """Receives one member's bytes in order."""

    def write(self, data: bytes, /) -> None: ...

    def close(self) -> None: ...


def _octal(field: bytes, what: str) -> int:
    if field[:1] in (b"\x80", b"\xff"):
        raise TarRejected("numeric", f"binary {what} field")
    if not _OCTAL.match(field):
        raise TarRejected("numeric", f"malformed {what} field")
    digits = field.strip(b" \x00")
    return int(digits, 8) if digits else 0


def _checksum(block: bytes) -> int:
    return sum(block[:148]) + 8 * 32 + sum(block[156:])


def ustar_header(name: str, size: int) -> bytes:
    """Header block(s) for one regular file as the bundle format writes it (§5)."""
    raw_name = name.encode("ascii")
    if not _NAME.match(raw_name):
        raise ValueError("member names are short lowercase ASCII")
    pax = b""
    ustar_size = size
    if size >= 8**11:
        record_body = f" size={size}\n".encode("ascii")
        length = len(record_body) + 1
        while len(str(length)) + len(record_body) != length:
            length = len(str(length)) + len(record_body)
        record = str(length).encode("ascii") + record_body
        pax = _header_block(b"././@PaxHeader", len(record), b"x")
        pax += record + bytes(-len(record) % BLOCK)
        ustar_size = 0
    return pax + _header_block(raw_name, ustar_size, b"0")


def _header_block(name: bytes, size: int, typeflag: bytes) -> bytes:
    block = bytearray(BLOCK)
    block[0 : len(name)] = name
    block[100:108] = b"0000644\x00"
    block[108:116] = b"0000000\x00"
    block[116:124] = b"0000000\x00"
    block[124:136] = f"{size:011o}\x00".encode("ascii")
    block[136:148] = b"00000000000\x00"
    block[156:157] = typeflag
    block[257:263] = b"ustar\x00"
    block[263:265] = b"00"
    block[329:337] = b"0000000\x00"
    block[337:345] = b"0000000\x00"
    block[148:156] = f"{_checksum(bytes(block)):06o}\x00 ".encode("ascii")
    return bytes(block)


def tar_end() -> bytes:
    """Two zero blocks and zero padding to a multiple of 10,240 bytes (with what came before,
    the writer pads; this returns the two end blocks only)."""
    return bytes(2 * BLOCK)


class StrictTarReader:
    """Parse a tar stream pushed in pieces; call :meth:`finish` at the end of the stream.

    ``on_member(name, size)`` is called for each regular file and returns the consumer of its
    bytes (or raises to refuse it). ``consumer.close()`` is called when its last byte arrived.
    """

    def __init__(self, on_member: Callable[[str, int], MemberConsumer]) -> None:
        self._on_member = on_member
        self._header = bytearray()
        self._pax = bytearray()
        self._pax_left = 0
        self._pax_pending = False
        self._pax_size: int | None = None
        self._consumer: MemberConsumer | None = None
        self._left = 0  # content bytes left in the current member
        self._pad_left = 0  # padding bytes left after it
        self._zero_blocks = 0
        self._ended = False
        self._trailing = 0
        self.members = 0
        self.bytes_seen = 0

    # --- public ---------------------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        """Consume the next piece of the stream (any length)."""
        self.bytes_seen += len(data)
        if len(data) < self._left and not self._pax_left:
            # Fast path (most calls): the whole piece is member content.
            assert self._consumer is not None
            self._consumer.write(data)
            self._left -= len(data)
            return
        view = memoryview(data)
        while view:
            if self._ended:
                self._trail(view)
                return
            if self._left:
                n = min(self._left, len(view))
                if self._pax_left:
                    self._pax += view[:n]
                    self._pax_left -= n
                else:
                    assert self._consumer is not None
                    self._consumer.write(bytes(view[:n]))
                self._left -= n
                view = view[n:]
                if not self._left:
                    self._end_content()
                continue
            if self._pad_left:
                n = min(self._pad_left, len(view))
                if any(view[:n]):
                    raise TarRejected("padding", "non-zero padding")
                self._pad_left -= n
                view = view[n:]
                continue
            n = min(BLOCK - len(self._header), len(view))
            self._header += view[:n]
            view = view[n:]
            if len(self._header) == BLOCK:
                block = bytes(self._header)
                self._header.clear()
                self._on_header(block)

    def finish(self) -> None:
        """The stream ended: refuse unless the end marker was seen and nothing was cut off."""
        if not self._ended:
            raise TarRejected("truncated", "the archive inside ends early")

    # --- internals ------------------------------------------------------------------------

    def _trail(self, view: memoryview) -> None:
        if any(view):
            raise TarRejected("trailing", "data after the end of the archive")
        self._trailing += len(view)
        if self._trailing > RECORD:
            raise TarRejected("trailing", "too much data after the end of the archive")

    def _on_header(self, block: bytes) -> None:
        if block == _ZERO_BLOCK:
            if self._pax_pending:
                raise TarRejected("pax", "an extended header with no file")
            self._zero_blocks += 1
            if self._zero_blocks == 2:
                self._ended = True
            return
        if self._zero_blocks:
            raise TarRejected("zero-block", "a lone end-of-archive block")
        stored = _octal(block[148:156], "checksum")
        if stored != _checksum(block) or not block[148:154].strip(b" \x00"):
            raise TarRejected("checksum", "a header checksum is wrong")
        if block[257:263] != b"ustar\x00" or block[263:265] != b"00":
            raise TarRejected("magic", "not a POSIX ustar header")
        typeflag = block[156:157]
        size = _octal(block[124:136], "size")
        for start, end, what in (
            (100, 108, "mode"),
            (108, 116, "uid"),
            (116, 124, "gid"),
            (136, 148, "mtime"),
            (329, 337, "devmajor"),
            (337, 345, "devminor"),
        ):
            _octal(block[start:end], what)
        if any(block[157:257]):
            raise TarRejected("link", "a link target is set")
        if any(block[345:500]):
            raise TarRejected("prefix", "a name prefix is set")
        self.members += 1
        if self.members > MAX_MEMBERS:
            raise TarRejected("count", "too many members")
        if typeflag == b"x":
            if self._pax_pending:
                raise TarRejected("pax", "two extended headers in a row")
            if size > MAX_PAX_SIZE:
                raise TarRejected("pax", "an extended header is too large")
            self._pax_pending = True
            self._pax.clear()
            self._pax_left = size
            self._left = size
            self._pad_left = -size % BLOCK
            if not size:
                self._end_content()
            return
        if typeflag not in (b"0", b"\x00"):
            kinds = {
                b"1": "a hard link",
                b"2": "a symbolic link",
                b"3": "a device",
                b"4": "a device",
                b"5": "a folder",
                b"6": "a FIFO",
                b"g": "a global header",
                b"L": "a GNU long name",
                b"K": "a GNU long link",
                b"S": "a sparse file",
            }
            raise TarRejected("type", kinds.get(typeflag, "an unknown member type"))
        name_field = block[0:100]
        raw_name = name_field.split(b"\x00", 1)[0]
        if any(name_field[len(raw_name) :]):
            raise TarRejected("name", "a member name hides bytes after a NUL")
        if not _NAME.match(raw_name) or b".." in raw_name.split(b"/"):
            raise TarRejected("name", "a member name is not allowed")
        if self._pax_pending:
            if self._pax_size is None:
                raise TarRejected("pax", "an extended header without a size")
            if size not in (0, self._pax_size):
                raise TarRejected("pax", "two different sizes for one member")
            size = self._pax_size
            self._pax_pending = False
            self._pax_size = None
        if size > MAX_MEMBER_SIZE:
            raise TarRejected("size", "a member is too large")
        self._consumer = self._on_member(raw_name.decode("ascii"), size)
        self._left = size
        self._pad_left = -size % BLOCK
        if not size:
            self._end_content()

    def _end_content(self) -> None:
        if self._pax_pending and self._consumer is None:
            self._parse_pax(bytes(self._pax))
            return
        assert self._consumer is not None
        consumer, self._consumer = self._consumer, None
        consumer.close()

    def _parse_pax(self, data: bytes) -> None:
        pos = 0
        size: int | None = None
        while pos < len(data):
            space = data.find(b" ", pos, pos + 12)
            if space < 0 or not data[pos:space].isdigit() or data[pos : pos + 1] == b"0":
                raise TarRejected("pax", "a malformed extended header")
            length = int(data[pos:space])
            record = data[space + 1 : pos + length]
            if pos + length > len(data) or not record.endswith(b"\n") or b"=" not in record:
                raise TarRejected("pax", "a malformed extended header")
            key, _, value = record[:-1].partition(b"=")
            if key != b"size":
                # path, linkpath, GNU.sparse.* … would override what the header says.
                raise TarRejected("pax", "an extended header overrides a name or type")
            if size is not None or not re.fullmatch(rb"[1-9][0-9]{0,15}", value):
                raise TarRejected("pax", "a malformed extended size")
            size = int(value)
            pos += length
        self._pax_size = size
