"""The open vault as the window sees it: every call to the archive goes through the runner.

The :class:`~archive_app.archive.Archive` object is created, used and closed only on the
runner's write lane; the GUI thread never touches it (it holds keys and a database
connection). ``call(fn)`` queues ``fn(archive, context)`` there. ``read(fn)`` queues
``fn(reader, context)`` on the read lane, with the archive's
:class:`~archive_app.archive.ArchiveReader` (its own connection and searcher), so searching
and reading go on while an import or a rebuild runs. Where no reader can be opened, reads go
to the write lane with the archive itself (it offers the same read methods).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from archive_app.errors import VaultLocked
from archive_app.gui import search_adapter
from archive_app.gui.tasks import READ, Task, TaskContext, TaskRunner


class Session(QObject):
    """Opens, uses and locks one vault through the task runner."""

    opened = Signal(Path)
    closed = Signal()
    #: The archive said something the person should know (emitted from the worker thread;
    #: Qt queues it to receivers on the GUI thread).
    notice = Signal()
    #: The same, as a stable code and params (``archive.NOTICE_CODES``), for a translation.
    notice_code = Signal(str, dict)
    #: The search index caught up with the vault after unlocking (search again).
    index_ready = Signal()

    def __init__(self, runner: TaskRunner, kdf: Any = None) -> None:
        super().__init__()
        self.runner = runner
        #: Argon2id cost for new vaults (tests pass a cheap one; None = calibrate).
        self.kdf = kdf
        self._archive: Any = None  # write lane only
        self._reader: Any = None  # read lane only (made on the write lane, then handed over)
        self.path: Path | None = None  # GUI thread's idea of what is open
        self._lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        return self.path is not None

    def _require(self) -> Any:
        with self._lock:
            if self._archive is None:
                raise VaultLocked("The vault is locked.")
            return self._archive

    def _require_reader(self) -> Any:
        with self._lock:
            if self._reader is None:
                raise VaultLocked("The vault is locked.")
            return self._reader

    def _set(self, archive: Any) -> None:
        if archive is not None and hasattr(archive, "on_notice"):
            # Core notices are English sentences; the window shows its own translated one.
            archive.on_notice = lambda _message: self.notice.emit()
            archive.on_notice_code = lambda code, params: self.notice_code.emit(code, params)
        reader = None
        # A read-only vault never changes, so nothing runs beside a read: its reads stay on
        # the archive, whose index may have been built in memory (a reader would search the
        # older index on disk).
        if (
            archive is not None
            and hasattr(archive, "reader")
            and not getattr(archive, "read_only", False)
        ):
            try:
                reader = archive.reader()
            except Exception:  # e.g. a database another connection cannot open: reads queue
                reader = None
        with self._lock:
            self._archive = archive
            self._reader = reader

    @property
    def has_reader(self) -> bool:
        return self._reader is not None

    def call(
        self,
        fn: Callable[[Any, TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        progress: Callable[[Any], None] | None = None,
    ) -> Task:
        return self.runner.run_task(
            lambda ctx: fn(self._require(), ctx), on_done, on_error, progress=progress
        )

    def read(
        self,
        fn: Callable[[Any, TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Queue ``fn(reader, context)`` on the read lane (beside a running import)."""
        if self._reader is None:
            return self.call(fn, on_done, on_error)
        return self.runner.run_task(
            lambda ctx: fn(self._require_reader(), ctx), on_done, on_error, lane=READ
        )

    def variants_changed(self) -> None:
        """After a name-variant change on the write lane: the reader uses the new table."""

        def give(table: Any) -> None:  # GUI thread: only it queues tasks
            self.runner.run_task(
                lambda _c: self._require_reader().set_variants(table),
                on_error=lambda _e: None,  # locked meanwhile: nothing left to update
                lane=READ,
            )

        if self._reader is not None:
            self.runner.run_task(lambda _c: self._require().variant_table(), give)

    # --- life cycle ----------------------------------------------------------------------

    def open(
        self,
        path: Path,
        secret: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        from archive_app.archive import Archive

        def work(_ctx: TaskContext) -> Path:
            archive = Archive.open(path, secret)
            search_adapter.prepare(archive)
            self._set(archive)
            return path

        def done(p: Path) -> None:
            self.path = p
            self.opened.emit(p)
            on_done(p)
            self._catch_up()

        return self.runner.run_task(work, done, on_error)

    def create(
        self,
        path: Path,
        passphrase: str,
        on_done: Callable[[str], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        from archive_app.archive import Archive

        def work(_ctx: TaskContext) -> str:
            archive, recovery = Archive.create(path, passphrase, kdf=self.kdf)
            search_adapter.prepare(archive)
            self._set(archive)
            return str(recovery)

        def done(recovery: str) -> None:
            self.path = path
            self.opened.emit(path)
            on_done(recovery)
            self._catch_up()

        return self.runner.run_task(work, done, on_error)

    def _catch_up(self) -> None:
        """Bring the index up to the vault on the write lane (a missing one is built) while
        the reader already answers: titles only until the index exists."""
        if self._reader is None:
            return  # searches run on the write lane, which catches up by itself

        self.runner.run_task(
            lambda _c: self._require().catch_up_index(),
            lambda _r: self.index_ready.emit(),
            lambda _e: None,  # a damaged index is rebuilt by the next write; reads go on
        )

    def lock(self, on_done: Callable[[Any], None] | None = None) -> None:
        """Drop every pending result, then close the archive on the worker (keys wiped)."""
        self.runner.invalidate()
        self.path = None

        def close_reader(_ctx: TaskContext) -> None:
            with self._lock:
                reader, self._reader = self._reader, None
            if reader is not None:
                reader.close()

        def work(_ctx: TaskContext) -> None:
            with self._lock:
                archive, self._archive = self._archive, None
            if archive is not None:
                archive.close()

        self.runner.run_task(close_reader, lane=READ)
        self.runner.run_task(work, on_done, lambda _e: on_done and on_done(None))
        self.closed.emit()

    def close_now(self) -> None:
        """At exit: close on the calling thread once the worker is stopped."""
        self.runner.invalidate()
        self.runner.shutdown()
        with self._lock:
            archive, self._archive = self._archive, None
            reader, self._reader = self._reader, None
        if reader is not None:
            reader.close()
        if archive is not None:
            archive.close()
        self.path = None
