"""The extraction worker: ``python -m archive_app.ingest.worker`` (child side of the sandbox).

It reads requests (one file path, or a batch of paths read in order) as length-prefixed JSON
frames on standard input, reads each file, runs the extractor and writes one JSON frame per
document on standard output, then a closing frame per file (``{"ok": true, "count": n}`` or
``{"ok": false, "kind": …, "reason": …}``). A file's frames go out in one write where they
fit the buffer (one wake-up of the parent per small file), and a batch lets the worker go
straight on to its next file instead of waiting for the parent to ask.
Before the first request it limits its own address space and core dumps; before each request
it sets its CPU-time limit to what it has used plus the per-file allowance, so the kernel ends
it with SIGXCPU if a parser spins. It is a fresh interpreter started by exec: it never holds keys.
Nothing about a document's content is ever written to standard error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import struct
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

__all__ = ["main", "read_frame", "write_frame"]

MAX_FRAME = 1 << 30
#: Files above this size are not read for text (media are described from their headers).
MAX_READ_BYTES = 512 * 1024 * 1024
_MEDIA_HEAD_BYTES = 16 * 1024 * 1024


def read_frame(stream: IO[bytes]) -> bytes | None:
    """Read one frame (4-byte big-endian length, then the bytes); None at end of stream.

    :param stream: a binary stream.
    """
    header = stream.read(4)
    if len(header) < 4:
        return None
    (length,) = struct.unpack(">I", header)
    if length > MAX_FRAME:
        raise ValueError("frame too large")
    chunks = []
    remaining = length
    while remaining:
        chunk = stream.read(min(remaining, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def write_frame(stream: IO[bytes], payload: bytes, *, flush: bool = True) -> None:
    """Write one frame and flush.

    :param stream: a binary stream.
    :param payload: the bytes to send.
    :param flush: flush now (else the frame leaves with the next flush or a full buffer).
    """
    stream.write(struct.pack(">I", len(payload)) + payload)
    if flush:
        stream.flush()


def _set_limits(memory_mb: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's wall-time limit is all there is
        return
    with contextlib.suppress(ValueError, OSError):
        # A crash must not leave a core file holding a document's text.
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if memory_mb > 0 and sys.platform.startswith("linux"):
        # RLIMIT_AS is not enforced on macOS; Linux is where it means something.
        limit = memory_mb * 1024 * 1024
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _set_cpu_allowance(seconds: int) -> None:
    try:
        import resource
    except ImportError:
        return
    if seconds <= 0:
        return
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = int(used.ru_utime + used.ru_stime) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (spent + seconds, hard))


def _test_hook(name: str) -> None:
    """Misbehave on purpose (tests of the sandbox only; enabled by a command-line flag)."""
    if name.endswith(".segv"):
        import ctypes

        ctypes.string_at(0)  # reads address 0: SIGSEGV
    elif name.endswith(".abort"):
        os.abort()
    elif name.endswith(".hang"):
        time.sleep(3600)
    elif name.endswith(".spin"):
        while True:
            pass
    elif name.endswith(".hog"):
        hoard = []
        while True:
            hoard.append(bytearray(64 * 1024 * 1024))


def _read_input(path: Path) -> bytes:
    from archive_app.ingest.detect import detect_format

    size = path.stat().st_size
    with path.open("rb") as fh:
        if size <= MAX_READ_BYTES:
            return fh.read()
        head = fh.read(_MEDIA_HEAD_BYTES)
    if detect_format(path.name, head) in ("audio", "video", "image"):
        return head  # described from its header; ffprobe/tinytag read the file itself
    from archive_app.ingest.extractors.common import ExtractionError

    raise ExtractionError("no text was read: the file is too large to read for text")


def _handle(request: dict[str, Any], hooks: bool, send: Callable[..., None]) -> dict[str, Any]:
    """Extract one file; send each document as its own frame; return the closing answer."""
    from archive_app.ingest.extractors import extract_bytes
    from archive_app.ingest.extractors.common import ExtractionError
    from archive_app.ingest.serialize import document_to_json

    path = Path(str(request["path"]))

    if hooks:
        _test_hook(path.name)
        if path.name.endswith(".environ"):  # test hook: what does the worker's world hold?
            names = "\n".join(sorted(os.environ))
            send({"doc": {"title": "environ", "text": names, "type": "other"}})
            return {"ok": True, "format": "text", "count": 1}
    try:
        data = _read_input(path)
        fmt, docs = extract_bytes(path, data, ocr=bool(request.get("ocr", True)))
    except ExtractionError as exc:
        return {"ok": False, "kind": "unreadable", "reason": str(exc)}
    except OSError:
        return {"ok": False, "kind": "unreadable", "reason": "the file could not be opened"}
    count = len(docs)
    # One frame per document: a chat export of 50,000 messages never becomes one huge
    # message, in this process or in the parent.
    docs.reverse()
    while docs:
        doc = docs.pop()
        doc.provenance["format"] = fmt  # the reader used: the parent tells media by it
        # Not flushed: the closing frame follows at once (a full buffer still streams a chat).
        send({"doc": document_to_json(doc)}, flush=False)
        if hooks and path.name.endswith(".midcrash"):
            send(None)  # flush: the first document is delivered …
            os.abort()  # … then the test hook dies
    return {"ok": True, "format": fmt, "count": count}


def main(argv: list[str] | None = None) -> int:
    """Serve extraction requests until standard input closes.

    :param argv: command-line arguments (``--memory-mb``, ``--cpu-seconds``, ``--test-hooks``).
    """
    parser = argparse.ArgumentParser(prog="archive_app.ingest.worker")
    parser.add_argument("--memory-mb", type=int, default=0)
    parser.add_argument("--cpu-seconds", type=int, default=0)
    parser.add_argument("--test-hooks", action="store_true")
    args = parser.parse_args(argv)
    _set_limits(args.memory_mb)
    stdin = sys.stdin.buffer
    # Anything a library prints, from Python or from C, would corrupt the protocol: keep the
    # pipe on a private descriptor and point descriptor 1 at stderr (discarded by the parent).
    sys.stdout.flush()
    stdout = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    # Warm up the common readers once, so the first file does not pay for the imports.
    import archive_app.ingest.extractors  # noqa: F401

    def send(answer: dict[str, Any] | None, *, flush: bool = True) -> None:
        """Send one answer frame (``None``: only flush what is buffered)."""
        if answer is None:
            stdout.flush()
            return
        # UTF-8 JSON (a third the size of ASCII escapes for Cyrillic). A lone surrogate from
        # broken input becomes the JSON escape "\udcxx" via backslashreplace, not an error.
        payload = json.dumps(answer, ensure_ascii=False).encode("utf-8", "backslashreplace")
        write_frame(stdout, payload, flush=flush)

    while True:
        frame = read_frame(stdin)
        if frame is None:
            return 0
        request = json.loads(frame)
        paths = request["paths"] if "paths" in request else [request["path"]]
        for path in paths:
            _set_cpu_allowance(args.cpu_seconds)
            try:
                one = {"path": path, "ocr": request.get("ocr", True)}
                answer = _handle(one, args.test_hooks, send)
            except MemoryError:
                answer = {"ok": False, "kind": "memory"}
                write_frame(stdout, json.dumps(answer).encode())
                return 3  # the heap may be in a bad state: the parent starts a fresh worker
            except RecursionError:
                answer = {"ok": False, "kind": "unreadable", "reason": "it is nested too deeply"}
            except Exception as exc:  # a reader's bug: report its type, never its message
                answer = {"ok": False, "kind": "bug", "reason": type(exc).__name__}
            send(answer)


if __name__ == "__main__":
    raise SystemExit(main())
