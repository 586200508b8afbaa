"""SHA-256 on a helper thread, so hashing overlaps pyrage's encryption or decryption.

Measured here (docs/FORMAT.md §2.9): pyrage's ``encrypt_io``/``decrypt_io`` keep the GIL
while they work, but ``hashlib`` lets go of it while it hashes a piece larger than 2 KiB. So
SHA-256 of member bytes, done on the pyrage thread, adds its whole cost (SHA-256 runs at
about the speed pyrage decrypts here), while on a helper thread it runs on the second core.
"""

from __future__ import annotations

import queue
import threading
from typing import Any

#: Members at least this large are hashed on the helper thread; smaller ones inline (the
#: hand-over costs more than hashing a few KiB).
THREADED_HASH_MIN = 4 * 1024 * 1024


class HashThread:
    """A thread that feeds queued pieces to their hash objects, in order.

    The queue is short (at most ``depth`` pieces, about 1 MiB each, in flight), so memory
    stays bounded. Pieces must not change after they were queued (pass ``bytes``).

    >>> hasher = HashThread()
    >>> digest = hashlib.sha256()  # doctest: +SKIP
    >>> hasher.update(digest, b"piece one"); hasher.update(digest, b"piece two")  # doctest: +SKIP
    >>> hasher.hexdigest(digest)  # waits for both  # doctest: +SKIP
    >>> hasher.close()
    """

    def __init__(self, depth: int = 8) -> None:
        self._queue: queue.Queue[tuple[Any, Any] | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="letapis-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            target, data = item
            try:
                if isinstance(target, threading.Event):
                    target.set()
                elif self._error is None:
                    target.update(data)
            except BaseException as exc:  # handed to the reading thread in hexdigest()
                self._error = exc

    def update(self, digest: Any, data: bytes) -> None:
        """Queue ``data`` for ``digest`` (blocks while the queue is full)."""
        self._queue.put((digest, data))

    def hexdigest(self, digest: Any) -> str:
        """Wait until every queued piece of ``digest`` was hashed; return its hex digest."""
        done = threading.Event()
        self._queue.put((done, None))
        done.wait()
        if self._error is not None:
            raise self._error
        return str(digest.hexdigest())

    def close(self) -> None:
        """Stop the thread (after the pieces still queued)."""
        self._queue.put(None)
        self._thread.join()
