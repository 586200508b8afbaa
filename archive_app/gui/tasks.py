"""The one task runner of the window: long work off the GUI thread, results back on it.

Every operation on a vault is a plain function run by :class:`TaskRunner` on a worker
thread. Tasks run in two lanes, each one serial thread: the *write* lane (unlock, import,
edit, check, lock) is the vault's only writer (STYLE.md: one writer per vault; the archive's
SQLite connection and Whoosh writer are used by one thread at a time); the *read* lane
(search, reading a document, previewing an attachment, the sidebar's counts) uses the
archive's reader (its own connection and searcher), so a search never waits behind a long
import. The function gets a :class:`TaskContext` with a thread-safe ``progress`` callback and
a ``cancel`` event; its result or its exception comes back on the GUI thread through a Qt
signal, never by touching widgets from the worker.

Example::

    runner = TaskRunner()
    runner.run_task(lambda ctx: archive.search("Hrodna"), on_done=show, on_error=complain)

``TaskRunner(synchronous=True)`` runs everything inline (unit tests of models without a
thread). :meth:`TaskRunner.invalidate` drops the callbacks of every task queued or running
(used by lock: a result that arrives after the vault was locked is thrown away unseen).
"""

from __future__ import annotations

import queue
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

#: The lanes (see module docstring).
WRITE, READ = "write", "read"
#: Progress is delivered to the GUI at most this often (seconds).
PROGRESS_INTERVAL = 0.05
#: How long a thread may hold the GIL before another is let in (Python's default is 5 ms).
#: With the vault worker, the intake threads and the GUI all in Python, the default let the
#: event loop stall 110-240 ms during a 500-file import; 1 ms kept it under 85 ms
#: (tests/gui/test_responsiveness.py). It only changes how often threads take turns.
GUI_SWITCH_INTERVAL = 0.001


@dataclass
class TaskContext:
    """What a task function may use: report progress, look at the cancel flag."""

    cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[Any], None] | None = None
    _last: float = 0.0

    def progress(self, value: Any) -> None:
        """Report progress (thread-safe; throttled so the event loop is not flooded)."""
        if self._report is None:
            return
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self._report(value)

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()


class Task:
    """A queued or running task; ``cancel()`` asks it to stop at its next check."""

    def __init__(
        self,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[Any], None] | None,
        generation: int,
    ) -> None:
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.generation = generation
        self.context = TaskContext()
        self.finished = False

    def cancel(self) -> None:
        self.context.cancel.set()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by the worker are queued to it."""

    finished = Signal(object, object, object)  # task, result, error
    progressed = Signal(object, object)  # task, value

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self._runner = runner
        self.finished.connect(self._on_finished)
        self.progressed.connect(self._on_progress)

    @Slot(object, object, object)
    def _on_finished(self, task: Task, result: Any, error: BaseException | None) -> None:
        self._runner._deliver(task, result, error)

    @Slot(object, object)
    def _on_progress(self, task: Task, value: Any) -> None:
        if task.generation == self._runner.generation and task.on_progress is not None:
            task.on_progress(value)


class _Lane:
    """One serial queue and the worker thread that empties it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.queue: queue.Queue[Task | None] = queue.Queue()
        self.thread: threading.Thread | None = None
        self.current: Task | None = None


class TaskRunner(QObject):
    """Runs task functions in lanes, one after another per lane (see module docstring).

    Signals:
        busy_changed(bool): True while a task is queued or running.
    """

    busy_changed = Signal(bool)
    #: Emitted after every delivered task (tests wait on it).
    task_finished = Signal()

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.generation = 0
        self._pending = 0
        self._relay = _Relay(self)
        self._lanes = {name: _Lane(name) for name in (WRITE, READ)}
        if not synchronous and sys.getswitchinterval() > GUI_SWITCH_INTERVAL:
            sys.setswitchinterval(GUI_SWITCH_INTERVAL)

    # --- submitting ----------------------------------------------------------------------

    def run_task(
        self,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        progress: Callable[[Any], None] | None = None,
        lane: str = WRITE,
    ) -> Task:
        """Queue ``fn(context)`` in ``lane``; ``on_done(result)`` or ``on_error(exc)`` on the
        GUI thread."""
        task = Task(fn, on_done, on_error, progress, self.generation)
        if progress is not None:
            task.context._report = lambda value: self._relay.progressed.emit(task, value)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if self.synchronous:
            result, error = self._execute(task)
            self._deliver(task, result, error)
            return task
        target = self._lanes[lane]
        self._ensure_thread(target)
        target.queue.put(task)
        return task

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def invalidate(self) -> None:
        """Forget every queued or running task's callbacks and ask them to cancel."""
        self.generation += 1
        for lane in self._lanes.values():
            current = lane.current
            if current is not None:
                current.cancel()
        # Queued tasks still run (e.g. the close that follows), but they report to no one.

    def shutdown(self, timeout: float = 10.0) -> None:
        """Finish the queues and stop the worker threads (at application exit)."""
        for lane in self._lanes.values():
            if lane.thread is not None:
                lane.queue.put(None)
                lane.thread.join(timeout)
                lane.thread = None

    # --- worker side ---------------------------------------------------------------------

    def _ensure_thread(self, lane: _Lane) -> None:
        if lane.thread is None or not lane.thread.is_alive():
            lane.thread = threading.Thread(
                target=self._work, args=(lane,), name=f"letapis-{lane.name}", daemon=True
            )
            lane.thread.start()

    def _work(self, lane: _Lane) -> None:
        while True:
            task = lane.queue.get()
            if task is None:
                return
            lane.current = task
            result, error = self._execute(task)
            lane.current = None
            self._relay.finished.emit(task, result, error)

    @staticmethod
    def _execute(task: Task) -> tuple[Any, BaseException | None]:
        try:
            return task.fn(task.context), None
        except BaseException as exc:  # delivered to on_error on the GUI thread
            return None, exc

    # --- GUI side ------------------------------------------------------------------------

    def _deliver(self, task: Task, result: Any, error: BaseException | None) -> None:
        task.finished = True
        self._pending -= 1
        try:
            if task.generation == self.generation:
                if error is None:
                    if task.on_done is not None:
                        task.on_done(result)
                elif task.on_error is not None:
                    task.on_error(error)
                else:
                    raise error
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)
            self.task_finished.emit()
