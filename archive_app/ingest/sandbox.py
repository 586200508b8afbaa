"""Run extractors in worker subprocesses with memory, CPU-time and wall-time limits.

Each :class:`SandboxedExtractor` owns one long-lived worker (``python -m
archive_app.ingest.worker``, a fresh interpreter: it never sees keys, and spawn-safe on every
platform) and sends it one file at a time. A worker that crashes, exceeds its memory or CPU
limit, or outlives the wall-time limit costs only the file it was reading: the file gets a plain
reason and the next file gets a fresh worker. Results come back as JSON, validated field by
field (:mod:`archive_app.ingest.serialize`) — never pickles.

On Linux all three limits apply. On macOS RLIMIT_AS is not enforced, and Windows has no
``resource`` module: there the wall-time limit is what remains.

Example::

    with SandboxedExtractor(SandboxLimits()) as ex:
        outcome = ex.extract(Path("letter.eml"))
        if outcome.ok:
            print(len(outcome.documents))
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from archive_app.ingest.model import NewDocument
from archive_app.ingest.serialize import BadResult, document_from_json
from archive_app.ingest.worker import read_frame, write_frame

__all__ = [
    "REASONS",
    "WORKER_FLAG",
    "ExtractionOutcome",
    "SandboxLimits",
    "SandboxedExtractor",
]

_WORKER_ENV = frozenset(
    {"PATH", "LANG", "LANGUAGE", "TMPDIR", "TEMP", "TMP", "SYSTEMROOT", "WINDIR", "COMSPEC",
     "TESSDATA_PREFIX", "OMP_THREAD_LIMIT"}
)  # fmt: skip

#: First argument that makes a frozen (PyInstaller) build run as an extraction worker.
WORKER_FLAG = "--letapis-ingest-worker"

FailureKind = Literal["unreadable", "crashed", "timeout", "memory", "bug", "protocol"]

#: Plain reasons for a person, by kind of failure (the "unreadable" kind carries its own).
REASONS: dict[str, str] = {
    "crashed": "could not be read: the reader crashed",
    "timeout": "could not be read: it took too long",
    "memory": "could not be read: it needed too much memory",
    "bug": "could not be read: the reader failed",
    "protocol": "could not be read: the reader gave an invalid answer",
}


@dataclass(frozen=True)
class SandboxLimits:
    """Limits for one worker process and one file.

    :param memory_mb: address-space limit of a worker (Linux), in MiB.
    :param cpu_seconds: CPU time one file may use.
    :param wall_seconds: real time one file may take (all platforms).
    :param ocr: let workers run Tesseract (when installed).
    :param test_hooks: let file names ending in .segv/.abort/.hang/.spin/.hog/.midcrash make
        the worker misbehave; for the sandbox's own tests, never for real imports.
    """

    memory_mb: int = 2048
    cpu_seconds: int = 120
    wall_seconds: float = 300.0
    ocr: bool = True
    test_hooks: bool = False


@dataclass
class ExtractionOutcome:
    """What came back for one file: documents, or a failure kind and a plain reason."""

    ok: bool
    documents: list[NewDocument] = field(default_factory=list)
    format: str = ""
    kind: FailureKind | None = None
    reason: str = ""
    #: Documents received (delivered to the callback or collected), even on failure.
    count: int = 0


class SandboxedExtractor:
    """One worker process, reused for file after file until it fails.

    Not thread-safe: give each thread its own.

    :param limits: the limits to apply.
    """

    def __init__(self, limits: SandboxLimits | None = None) -> None:
        self.limits = limits or SandboxLimits()
        self._proc: subprocess.Popen[bytes] | None = None
        self._timed_out = False
        self._deadline: float | None = None
        self._watch: threading.Thread | None = None
        self._closed = False

    def __enter__(self) -> SandboxedExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _command(self) -> list[str]:
        if getattr(sys, "frozen", False):
            # A PyInstaller build has no "-m": its entry point must hand argv to
            # archive_app.ingest.worker.main when it sees WORKER_FLAG first.
            cmd = [sys.executable, WORKER_FLAG]
        else:
            cmd = [
                sys.executable,
                "-E",  # no PYTHON* variables: nothing from the environment steers the worker
                "-s",  # no user site-packages
                "-m",
                "archive_app.ingest.worker",
            ]
        cmd += [
            "--memory-mb",
            str(self.limits.memory_mb),
            "--cpu-seconds",
            str(self.limits.cpu_seconds),
        ]
        if self.limits.test_hooks:
            cmd.append("--test-hooks")
        return cmd

    def _start(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        # "-m" puts the working folder first on sys.path: run where our package lives, so
        # the worker imports this very copy of archive_app, installed or not.
        package_root = str(Path(__file__).resolve().parents[2])
        # Only what the worker and Tesseract need: never a passphrase ($LETAPIS_PASSPHRASE)
        # or anything else of the parent's environment.
        env = {k: v for k, v in os.environ.items() if k in _WORKER_ENV or k.startswith("LC_")}
        kwargs: dict[str, object] = {}
        if os.name == "posix":
            kwargs["start_new_session"] = True  # its own group: Tesseract dies with it
        else:  # pragma: no cover - Windows
            kwargs["creationflags"] = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
        self._proc = subprocess.Popen(
            self._command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=package_root,
            env=env,
            **kwargs,  # type: ignore[call-overload]
        )
        return self._proc

    def _kill(self) -> None:
        proc = self._proc
        if proc is None:
            return
        # Kill the whole group even if the worker itself is gone: a Tesseract or ffprobe
        # it started may still be running.
        with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
            if os.name == "posix":
                os.killpg(proc.pid, signal.SIGKILL)
            elif proc.poll() is None:  # pragma: no cover - Windows
                proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):  # a process that will not die
            proc.wait(timeout=10)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._proc = None

    def _on_timeout(self) -> None:
        self._timed_out = True
        self._kill_group_only()

    def _kill_group_only(self) -> None:
        # Called from the timer thread: kill, but leave reaping to the owning thread.
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return
        try:
            if os.name == "posix":
                os.killpg(proc.pid, signal.SIGKILL)
            else:  # pragma: no cover - Windows
                proc.kill()
        except (ProcessLookupError, PermissionError, OSError):
            pass

    def _failure_kind(self, returncode: int | None) -> FailureKind:
        if self._timed_out:
            return "timeout"
        if returncode is not None and returncode < 0:
            sig = -returncode
            if sig == getattr(signal, "SIGXCPU", -1):
                return "timeout"
            if sig == getattr(signal, "SIGKILL", 9):
                # The kernel's OOM killer, or a limit hit in native code.
                return "memory"
        return "crashed"

    def _watchdog(self) -> None:
        """Kill the worker when the current file's deadline passes (one thread per worker)."""
        while not self._closed:
            time.sleep(0.05)
            deadline = self._deadline
            if deadline is not None and time.monotonic() > deadline:
                self._deadline = None
                self._on_timeout()

    def _arm(self, seconds: float | None) -> None:
        self._deadline = None if seconds is None else time.monotonic() + seconds
        if self._watch is None or not self._watch.is_alive():
            self._closed = False
            self._watch = threading.Thread(
                target=self._watchdog, name="letapis-intake-watchdog", daemon=True
            )
            self._watch.start()

    def extract(
        self, path: Path, on_document: Callable[[NewDocument], None] | None = None
    ) -> ExtractionOutcome:
        """Extract one file in the worker, within the limits.

        :param path: the file (the worker opens it itself).
        :param on_document: called with each document as it arrives (then the outcome's
            ``documents`` stays empty); time spent in it does not count against the worker's
            wall-time limit. Without it, documents are collected in the outcome.
        :returns: the documents (or their count), or a failure kind with a plain reason.
            A failure after some documents were delivered has ``count`` > 0.
        """
        outcomes: list[ExtractionOutcome] = []
        self.extract_many(
            [path],
            on_document=None if on_document is None else (lambda _i, doc: on_document(doc)),
            on_done=lambda _i, outcome: outcomes.append(outcome),
        )
        return outcomes[0]

    def extract_many(
        self,
        paths: Sequence[Path],
        *,
        on_document: Callable[[int, NewDocument], None] | None = None,
        on_done: Callable[[int, ExtractionOutcome], None],
    ) -> None:
        """Extract several files in order: one request, so the worker goes from file to file.

        Every file keeps its own limits (wall time from its first byte to its closing frame,
        CPU time set by the worker before each file). A worker that fails costs only the
        file it was reading: the files after it go to a fresh worker.

        :param paths: the files, in order.
        :param on_document: called with ``(index in paths, document)`` as documents arrive
            (not counted against the wall-time limit); without it, documents are collected
            in each file's outcome.
        :param on_done: called with ``(index in paths, outcome)`` when a file is finished,
            once per file, in order. An exception from either callback kills the worker
            (its remaining frames must never be read as another file's) and propagates.
        """
        start = 0
        while start < len(paths):
            start = self._run(paths, start, on_document, on_done)

    def _run(
        self,
        paths: Sequence[Path],
        start: int,
        on_document: Callable[[int, NewDocument], None] | None,
        on_done: Callable[[int, ExtractionOutcome], None],
    ) -> int:
        """Send ``paths[start:]`` to the worker; return the index of the first file not done."""
        proc = self._start()
        self._timed_out = False
        request = json.dumps(
            {"paths": [str(Path(p).absolute()) for p in paths[start:]], "ocr": self.limits.ocr}
        ).encode()
        index = start
        docs: list[NewDocument] = []
        count = 0
        budget = self.limits.wall_seconds
        self._arm(budget)
        try:
            assert proc.stdin is not None and proc.stdout is not None
            stdout: IO[bytes] = proc.stdout
            try:
                write_frame(proc.stdin, request)
                while index < len(paths):
                    frame = read_frame(stdout)
                    if frame is None:
                        break
                    answer = self._parse(frame)
                    if answer is None:
                        self._arm(None)
                        on_done(index, self._failed("protocol", count))
                        return index + 1
                    if "doc" not in answer:
                        outcome = self._final(answer, docs, count)
                        self._arm(None)
                        on_done(index, outcome)
                        index += 1
                        if self._proc is None:  # ended (memory, protocol): a fresh one goes on
                            return index
                        docs, count = [], 0
                        self._timed_out = False
                        self._arm(budget)
                        continue
                    try:
                        doc = document_from_json(answer["doc"])
                    except BadResult:
                        self._arm(None)
                        on_done(index, self._failed("protocol", count))
                        return index + 1
                    count += 1
                    if on_document is None:
                        docs.append(doc)
                        continue
                    # The parent's own work (storing) is not the worker's time.
                    left = (self._deadline or time.monotonic()) - time.monotonic()
                    self._arm(None)
                    on_document(index, doc)
                    self._arm(max(left, 1.0))
            except (OSError, ValueError):
                pass
            except BaseException:
                # The caller's callback failed (or the import stops): the worker may still
                # be sending this file's frames, which must never be read as the next file's.
                self._kill()
                raise
        finally:
            self._arm(None)
        if index >= len(paths):
            return index
        try:
            returncode = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            returncode = None
        on_done(index, self._failed(self._failure_kind(returncode), count))
        return index + 1

    def _failed(self, kind: FailureKind, count: int) -> ExtractionOutcome:
        self._kill()
        return ExtractionOutcome(False, kind=kind, reason=REASONS[kind], count=count)

    @staticmethod
    def _parse(frame: bytes) -> dict[str, Any] | None:
        try:
            answer = json.loads(frame)
        except (ValueError, RecursionError):
            return None
        return answer if isinstance(answer, dict) else None

    def _final(
        self, answer: dict[str, Any], docs: list[NewDocument], count: int
    ) -> ExtractionOutcome:
        if answer.get("ok") is True:
            fmt = answer.get("format")
            if answer.get("count") != count:
                return self._failed("protocol", count)
            return ExtractionOutcome(
                True, docs, format=fmt if isinstance(fmt, str) else "", count=count
            )
        kind = answer.get("kind")
        if kind == "memory":
            return self._failed("memory", count)  # it exits by itself; make sure
        if kind == "unreadable":
            reason = answer.get("reason")
            if not isinstance(reason, str) or len(reason) > 500:
                return self._failed("protocol", count)
            return ExtractionOutcome(False, kind="unreadable", reason=reason, count=count)
        if kind == "bug":
            return ExtractionOutcome(False, kind="bug", reason=REASONS["bug"], count=count)
        return self._failed("protocol", count)

    def close_now(self) -> None:
        """Kill the worker at once (from any thread); a pending :meth:`extract` returns a
        failure and the owning thread reaps the process."""
        self._kill_group_only()

    def close(self) -> None:
        """Stop the worker (closing its input lets it exit by itself first)."""
        self._closed = True
        proc = self._proc
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)
        self._kill()
