"""The age layer of bundles: our own header check, then pyrage's streaming calls only.

Why a header parser of our own (docs/FORMAT.md §2.3):

* pyrage accepts an scrypt work factor up to about 23 (measured: 54 s and 8 GiB, or an
  uncatchable abort), and two header grammar errors (a stanza without its final short body
  line); we refuse those before pyrage sees a byte.
* A file that is not age at all (D7) gets a plain "not a bundle" instead of a decryption error.

Why only ``encrypt_io``/``decrypt_io``: the other calls hold the GIL for the whole file (an
8 s GUI stall per GiB) and ``decrypt_file`` leaves plaintext on disk when a bundle is cut short.

pyrage releases plaintext chunk by chunk *before* it knows the stream is whole: the sink given
to :func:`decrypt` must treat nothing as final until the call returned without error.

Failure classes stay distinct (header / armor / MAC / no match / payload / unsupported), as in
age's own test vectors, though a person sees one calm sentence.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import pyrage

from archive_app.exchange.errors import (
    AgeArmorError,
    AgeHeaderError,
    AgeMacError,
    AgeNoMatch,
    AgePayloadError,
    AgeUnsupported,
)

VERSION_LINE = b"age-encryption.org/v1"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
MAX_HEADER_SIZE = 64 * 1024
MAX_STANZAS = 64
MAX_WORK_FACTOR = 20
#: Armor is decoded in memory (it is only for interoperability tests and hand-made files,
#: never for bundles), so it is capped.
MAX_ARMORED_SIZE = 64 * 1024 * 1024
#: Decrypted plaintext is handed to the sink in pieces of about this size (pyrage writes 8 KiB
#: at a time); bounded, so memory stays flat.
DECRYPT_BATCH = 1024 * 1024

_ARG = re.compile(rb"\A[\x21-\x7e]+\Z")
_B64 = re.compile(rb"\A[A-Za-z0-9+/]*\Z")
_WORK_FACTOR = re.compile(rb"\A[1-9][0-9]?\Z")
_WHITESPACE = b" \t\r\n"


class Readable(Protocol):
    """Anything with a ``read(n)`` method returning bytes (short reads allowed)."""

    def read(self, size: int = -1, /) -> bytes: ...


class Writable(Protocol):
    """Anything with a ``write(bytes)`` method (pyrage calls it with ≤ 8 KiB at a time)."""

    def write(self, data: bytes, /) -> int | None: ...


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza of an age header."""

    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class AgeHeader:
    """A parsed age v1 header and its exact bytes (MAC line included)."""

    stanzas: tuple[Stanza, ...]
    raw: bytes

    @property
    def kinds(self) -> tuple[str, ...]:
        """The stanza types, e.g. ``("X25519", "X25519")``."""
        return tuple(s.args[0] for s in self.stanzas)


def b64_canonical(text: bytes, what: str) -> bytes:
    """Decode unpadded canonical base64 (age's encoding) or raise :class:`AgeHeaderError`."""
    if not _B64.match(text) or len(text) % 4 == 1:
        raise AgeHeaderError(f"{what} is not valid base64")
    try:
        raw = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error as exc:
        raise AgeHeaderError(f"{what} is not valid base64") from exc
    if base64.b64encode(raw).rstrip(b"=") != text:
        raise AgeHeaderError(f"{what} is not canonical base64")
    return raw


def parse_header(buffer: bytes) -> tuple[AgeHeader, int]:
    """Parse the age header at the start of ``buffer``; return it and the payload offset.

    ``buffer`` holds at least the first :data:`MAX_HEADER_SIZE` bytes of the file (or all of
    it). Raises :class:`AgeUnsupported` for non-age input and :class:`AgeHeaderError` for a
    malformed header.
    """
    pos = 0

    def next_line() -> bytes:
        nonlocal pos
        end = buffer.find(b"\n", pos, MAX_HEADER_SIZE)
        if end < 0:
            if len(buffer) >= MAX_HEADER_SIZE:
                raise AgeHeaderError("the header is too large")
            raise AgeHeaderError("the header ends early")
        line = buffer[pos:end]
        pos = end + 1
        return line

    if not buffer.startswith(VERSION_LINE + b"\n"):
        if buffer.startswith(b"age-encryption.org/"):
            raise AgeUnsupported("an age file of an unsupported version")
        if buffer.lstrip(_WHITESPACE).startswith(b"-----BEGIN"):
            raise AgeUnsupported("an armored (text) age file, where a binary file is needed")
        if not buffer:
            raise AgeUnsupported("the file is empty")
        raise AgeUnsupported("not an age-encrypted file")
    next_line()
    stanzas: list[Stanza] = []
    while True:
        line = next_line()
        if line.startswith(b"---"):
            if not line.startswith(b"--- ") or len(line) != 4 + 43:
                raise AgeHeaderError("the header MAC line is malformed")
            if len(b64_canonical(line[4:], "the header MAC")) != 32:
                raise AgeHeaderError("the header MAC line is malformed")
            break
        if not line.startswith(b"-> "):
            raise AgeHeaderError("a recipient stanza is malformed")
        args = line[3:].split(b" ")
        if not args or not all(_ARG.match(a) for a in args):
            raise AgeHeaderError("a recipient stanza has malformed arguments")
        body_parts: list[bytes] = []
        while True:
            body_line = next_line()
            if len(body_line) > 64:
                raise AgeHeaderError("a stanza body line is too long")
            body_parts.append(b64_canonical(body_line, "a stanza body"))
            if len(body_line) < 64:
                break
        stanzas.append(Stanza(tuple(a.decode("ascii") for a in args), b"".join(body_parts)))
        if len(stanzas) > MAX_STANZAS:
            raise AgeHeaderError("the header has too many recipients")
    return AgeHeader(tuple(stanzas), buffer[:pos]), pos


def check_header_policy(header: AgeHeader, *, allow_scrypt: bool) -> None:
    """Refuse scrypt stanzas (or, if allowed, bound their work factor) before pyrage runs."""
    scrypt = [s for s in header.stanzas if s.args[0] == "scrypt"]
    if not scrypt:
        return
    if not allow_scrypt:
        raise AgeUnsupported("a passphrase-protected age file; bundles use keys only")
    if len(header.stanzas) != 1:
        raise AgeHeaderError("a passphrase stanza must be the only one")
    args = scrypt[0].args
    if len(args) != 3:
        raise AgeHeaderError("the passphrase stanza is malformed")
    if len(b64_canonical(args[1].encode("ascii"), "the scrypt salt")) != 16:
        raise AgeHeaderError("the scrypt salt has the wrong length")
    factor = args[2].encode("ascii")
    if not _WORK_FACTOR.match(factor):
        raise AgeHeaderError("the scrypt work factor is malformed")
    if int(factor) > MAX_WORK_FACTOR:
        # Checked here because pyrage would spend minutes and gigabytes before failing.
        raise AgeHeaderError("the scrypt work factor is above the limit of 20")
    if len(scrypt[0].body) != 32:
        raise AgeHeaderError("the passphrase stanza body has the wrong length")


def dearmor(data: bytes) -> bytes:
    """Strictly decode age's ASCII armor (strict PEM, as the age spec and vectors define)."""
    if len(data) > MAX_ARMORED_SIZE:
        raise AgeArmorError("the armored file is too large")
    text = data.lstrip(_WHITESPACE)
    if not text.startswith(ARMOR_BEGIN):
        raise AgeArmorError("the armor begins with something else")
    lines = text.split(b"\n")
    if lines and lines[-1].strip(_WHITESPACE) == b"":
        # Whitespace after the end line is allowed; it may hold CRs and blank lines.
        while lines and lines[-1].strip(_WHITESPACE) == b"":
            lines.pop()
    lines = [line[:-1] if line.endswith(b"\r") else line for line in lines]
    if len(lines) < 2 or lines[0] != ARMOR_BEGIN or lines[-1] != ARMOR_END:
        raise AgeArmorError("the armor's begin or end line is malformed")
    body = lines[1:-1]
    if not body:
        return b""
    for line in body[:-1]:
        if len(line) != 64:
            raise AgeArmorError("an armor line has the wrong length")
    if not 0 < len(body[-1]) <= 64:
        raise AgeArmorError("the last armor line has the wrong length")
    joined = b"".join(body)
    if not re.fullmatch(rb"[A-Za-z0-9+/]*={0,2}", joined) or len(joined) % 4:
        raise AgeArmorError("the armor holds invalid characters or padding")
    try:
        raw = base64.b64decode(joined, validate=True)
    except binascii.Error as exc:
        raise AgeArmorError("the armor is not valid base64") from exc
    if base64.b64encode(raw) != joined:
        raise AgeArmorError("the armor is not canonical base64")
    return raw


class _ReplayReader:
    """Gives pyrage the bytes we already read (the header) and then the rest of the source.

    Read errors of the source (a USB stick pulled out) are remembered, so they are reported as
    "could not read the file" rather than as a damaged bundle.
    """

    def __init__(self, prefix: bytes, source: Readable) -> None:
        self._prefix = memoryview(prefix)
        self._source = source
        self.read_error: OSError | None = None

    def read(self, size: int = -1) -> bytes:
        if self._prefix:
            n = len(self._prefix) if size < 0 else min(size, len(self._prefix))
            chunk = bytes(self._prefix[:n])
            self._prefix = self._prefix[n:]
            return chunk
        try:
            return self._source.read(size)
        except OSError as exc:
            self.read_error = exc
            raise


class _GuardedWriter:
    """Remembers the sink's own exception so it is re-raised as itself, never as age's.

    With ``batch``, the pieces pyrage hands over (8 KiB each when decrypting) are gathered
    and passed on in pieces of about ``batch`` bytes: one cheap call per 8 KiB instead of a
    chain of calls (tar reader, hashing, sealing) per 8 KiB, which cost about a tenth of the
    receive time. :meth:`drain` passes on the rest once pyrage has returned.
    """

    def __init__(self, sink: Writable, batch: int = 0) -> None:
        self._sink = sink
        self._batch = batch
        self._pending: list[bytes] = []
        self._pending_size = 0
        self.error: BaseException | None = None

    def write(self, data: bytes) -> int:
        if self.error is not None:
            # pyrage may flush its buffer again while unwinding; the sink is past use.
            raise self.error
        if self._batch:
            # A list, joined once: growing a bytearray copied every piece twice or more.
            self._pending.append(data)
            self._pending_size += len(data)
            if self._pending_size >= self._batch:
                self._pass_on()
        else:
            self._call_sink(data)
        return len(data)

    def _pass_on(self) -> None:
        piece = b"".join(self._pending)
        self._pending.clear()
        self._pending_size = 0
        self._call_sink(piece)

    def _call_sink(self, data: bytes) -> None:
        try:
            self._sink.write(data)
        except BaseException as exc:
            self.error = exc
            raise

    def drain(self) -> None:
        """Pass on what is still gathered (call only after pyrage returned without error)."""
        if self._pending:
            self._pass_on()

    def flush(self) -> None:
        pass


def read_header(source: Readable) -> tuple[AgeHeader, bytes]:
    """Read and parse the header from ``source``; return it and all bytes read so far."""
    buffer = bytearray()
    while len(buffer) < MAX_HEADER_SIZE:
        chunk = source.read(MAX_HEADER_SIZE - len(buffer))
        if not chunk:
            break
        buffer += chunk
        if b"\n---" in buffer and buffer.find(b"\n", buffer.find(b"\n---") + 1) >= 0:
            break
    data = bytes(buffer)
    header, _ = parse_header(data)
    return header, data


def decrypt(
    source: Readable,
    sink: Writable,
    identities: Sequence[Any],
    *,
    allow_armor: bool = False,
    allow_scrypt: bool = False,
    on_header: Callable[[AgeHeader], None] | None = None,
) -> AgeHeader:
    """Decrypt the age file read from ``source`` into ``sink``; return its header.

    ``identities`` are pyrage identity objects. Nothing written to ``sink`` is trustworthy
    unless this function returns: on any error, whatever the sink received must be thrown
    away. ``on_header`` runs after our header checks and before pyrage, and may refuse.

    Raises :class:`AgeUnsupported`, :class:`AgeArmorError`, :class:`AgeHeaderError`,
    :class:`AgeNoMatch`, :class:`AgeMacError`, :class:`AgePayloadError`, the source's
    ``OSError`` (unreadable medium), or whatever the sink raised.
    """
    if allow_armor:
        first = source.read(MAX_HEADER_SIZE)
        if first.lstrip(_WHITESPACE).startswith(b"-----BEGIN"):
            rest = source.read(MAX_ARMORED_SIZE + 1 - len(first))
            source = io.BytesIO(dearmor(first + rest))
        else:
            source = _Concat(first, source)
    header, prefix = read_header(source)
    check_header_policy(header, allow_scrypt=allow_scrypt)
    if any(s.args[0] == "scrypt" for s in header.stanzas):
        raise AgeUnsupported("passphrase files are checked here but decrypted elsewhere")
    if on_header is not None:
        on_header(header)
    reader = _ReplayReader(prefix, source)
    writer = _GuardedWriter(sink, batch=DECRYPT_BATCH)
    failure: BaseException | None = None
    try:
        pyrage.decrypt_io(reader, writer, list(identities))
    except BaseException as exc:
        failure = exc
    if writer.error is None and (
        failure is None or isinstance(failure, (pyrage.DecryptError, OSError))
    ):
        # The sink receives exactly what pyrage released, as without batching; an error of
        # the sink on these bytes comes first, as it would have come before pyrage's.
        writer.drain()
    if writer.error is not None:
        raise writer.error from None
    if failure is None:
        return header
    if isinstance(failure, (pyrage.DecryptError, OSError)) and reader.read_error is not None:
        raise reader.read_error from None
    if isinstance(failure, pyrage.DecryptError):
        raise _classify(str(failure)) from None
    if isinstance(failure, OSError):
        raise AgePayloadError("the encrypted content does not authenticate") from failure
    raise failure


def _classify(message: str) -> Exception:
    # pyrage exposes one exception type; its messages are pinned by the vector tests.
    if "No matching keys" in message:
        return AgeNoMatch()
    if "MAC" in message:
        return AgeMacError("the header authentication code does not match")
    if "fill whole buffer" in message:
        # Only the 16-byte payload nonce is read this way; age counts it as header.
        return AgeHeaderError("the file ends right after its header")
    return AgeHeaderError("the header is invalid")


class _Concat:
    """``first`` followed by the rest of ``source``, as one readable stream."""

    def __init__(self, first: bytes, source: Readable) -> None:
        self._first = first
        self._source = source

    def read(self, size: int = -1, /) -> bytes:
        if self._first:
            n = len(self._first) if size < 0 else min(size, len(self._first))
            chunk, self._first = self._first[:n], self._first[n:]
            return chunk
        return self._source.read(size)


def encrypt(source: Any, sink: Writable, recipients: Sequence[str]) -> None:
    """Encrypt everything read from ``source`` (``read(n)``) to ``sink`` for ``recipients``.

    ``recipients`` are checked ``age1…`` strings. Binary output, X25519 stanzas only.
    """
    if not recipients:
        raise ValueError("at least one recipient is needed")
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    reader = _GuardedReader(source)
    writer = _GuardedWriter(sink)  # 64 KiB pieces: the sink buffers (no join, no copy)
    try:
        pyrage.encrypt_io(reader, writer, parsed)
        writer.drain()
    except BaseException:
        # pyrage wraps a callback's exception in EncryptError; give back the original.
        if reader.error is not None:
            raise reader.error from None
        if writer.error is not None:
            raise writer.error from None
        raise


class _GuardedReader:
    """Remembers the source's own exception (cancel, damaged attachment, read error)."""

    def __init__(self, source: Readable) -> None:
        self._source = source
        self.error: BaseException | None = None

    def read(self, size: int = -1, /) -> bytes:
        if self.error is not None:
            raise self.error
        try:
            return self._source.read(size)
        except BaseException as exc:
            self.error = exc
            raise
