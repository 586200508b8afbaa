"""The single-writer lock of a vault (docs/FORMAT.md, 1.8).

An exclusive, non-blocking OS lock on ``NAME.letapis/lock``, held while the vault is open. The
OS releases it when the process dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import weakref
from pathlib import Path
from typing import IO

#: Locks held in this process. A forked child (the search engine forks indexing workers)
#: must not keep the parent's lock alive after the parent dies: see _forget_locks_in_child.
_HELD: weakref.WeakSet[VaultLockFile] = weakref.WeakSet()


def _forget_locks_in_child() -> None:
    """In a forked child, close (never unlock) its copies of the parent's lock files.

    flock belongs to the open file description shared with the parent; unlocking here would
    unlock the parent too, but closing our duplicate only drops a reference, so the lock goes
    away when the parent does.
    """
    for lock in list(_HELD):
        handle, lock._file = lock._file, None
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()  # close(2) of our duplicate only; no flock(LOCK_UN)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_locks_in_child)


class LockBusy(Exception):
    """Another process (or another open of this vault in this process) holds the lock."""


class VaultLockFile:
    """Holds the lock until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise LockBusy; raises OSError if the file cannot be opened."""
        handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while locked
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise LockBusy(str(self.path)) from None
        self._file = handle
        _HELD.add(self)

    def acquire_shared(self) -> None:
        """For a read-only open: a shared lock on the existing lock file, opened for reading.

        Nothing is created or written. A writer holding the lock makes this raise LockBusy
        (and a reader holding it keeps writers out). A lock file that is missing or cannot
        be opened means no writer can be using the vault on this medium: nothing is held.
        """
        try:
            handle = open(self.path, "rb")  # noqa: SIM115 - kept open while locked
        except OSError:
            return
        if sys.platform == "win32":
            handle.close()  # msvcrt has no shared lock; a read-only medium has no writer
            return
        import fcntl

        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise LockBusy(str(self.path)) from None
            return  # a file system without locks (some network shares): read anyway
        self._file = handle
        _HELD.add(self)

    def release(self) -> None:
        handle, self._file = self._file, None
        _HELD.discard(self)
        if handle is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        finally:
            handle.close()

    @property
    def held(self) -> bool:
        return self._file is not None


def fsync_dir(path: Path) -> None:
    """fsync a folder so a rename inside it is durable (a no-op where unsupported)."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: temp file, fsync, rename, fsync the folder."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)
