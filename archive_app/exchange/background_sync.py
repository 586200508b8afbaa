"""fsync files on a helper thread, so waiting for the disk overlaps encryption.

Bundles and received files must be on the disk before they are named or committed (I2, and
docs/FORMAT.md 1.7), but an ``fsync`` on the working thread adds the whole disk wait to the
time: 0.4–0.65 s per 256 MiB here, a fifth of an export. ``os.fsync`` lets go of the GIL
while it waits, so on a helper thread it runs while pyrage encrypts or decrypts the next
bytes. ``fsync`` applies to the file, not to the descriptor, so the helper opens the file
itself (read-write: Windows flushes only handles opened for writing).
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from pathlib import Path


class BackgroundSync:
    """A helper thread that fsyncs the files it is given, in order.

    >>> sync = BackgroundSync()
    >>> # sync.submit(path); ...; sync.wait()  # raises the first OSError, if any
    >>> sync.close()
    """

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[tuple[Path, bool] | threading.Event | None] = (
            queue.SimpleQueue()
        )
        self._error: OSError | None = None
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if isinstance(item, threading.Event):
                item.set()
                continue
            path, required = item
            try:
                fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            except OSError as exc:
                if required and self._error is None:
                    self._error = exc

    def submit(self, path: Path, *, required: bool = True) -> None:
        """fsync ``path`` soon. With ``required=False`` a failure is ignored (an early sync
        of a file the caller fsyncs again itself at the end)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="letapis-fsync", daemon=True)
            self._thread.start()
        self._queue.put((path, required))

    def wait(self) -> None:
        """Block until every file submitted so far was synced; raise the first failure."""
        if self._thread is not None:
            done = threading.Event()
            self._queue.put(done)
            done.wait()
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def close(self) -> None:
        """Stop the thread once the queued work is done (failures are dropped)."""
        if self._thread is not None:
            self._queue.put(None)
            with contextlib.suppress(RuntimeError):
                self._thread.join()
            self._thread = None
