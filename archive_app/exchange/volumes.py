"""Bundle volumes (docs/FORMAT.md §2.4): cut the age file below a size, find siblings.

Volumes are plain byte ranges of one age file, so ``cat NAME.letapis-bundle.0* | age -d``
works. Writing goes to ``*.tmp`` names that are renamed only once every volume is complete
and fsynced (I2: no file under a final name unless complete); a failure removes them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from pathlib import Path
from typing import BinaryIO

from archive_app.errors import StorageError, UsageError
from archive_app.exchange.background_sync import BackgroundSync
from archive_app.exchange.card import fsync_dir
from archive_app.exchange.errors import BundleDamaged

SUFFIX = ".letapis-bundle"
#: 4 GiB − 1 MiB: below FAT32's largest file (4 GiB − 1 byte), with room to spare.
DEFAULT_VOLUME_SIZE = 4 * 1024**3 - 1024**2
MIN_VOLUME_SIZE = 64 * 1024
#: While a volume is written, what was written so far is synced on a helper thread every
#: this many bytes, so the fsync that closes the volume waits only for the last part.
EARLY_SYNC_BYTES = 32 * 1024 * 1024
_NUMBERED = re.compile(r"\A(?P<stem>.+)\.letapis-bundle\.(?P<n>[0-9]{3,})\Z")


def bundle_stem(out: Path) -> Path:
    """``folder/NAME`` for an output path given as ``NAME`` or ``NAME.letapis-bundle``."""
    name = out.name
    if name.endswith(SUFFIX):
        name = name[: -len(SUFFIX)]
    if not name:
        raise UsageError("The bundle needs a file name.")
    return out.with_name(name)


def volume_name(stem: Path, number: int | None) -> Path:
    """The final name of volume ``number`` (``None`` for a single-volume bundle)."""
    if number is None:
        return stem.with_name(stem.name + SUFFIX)
    return stem.with_name(f"{stem.name}{SUFFIX}.{number:03d}")


class VolumeWriter:
    """A write-only stream that cuts its bytes into volume files of ``volume_size`` bytes."""

    def __init__(self, out: Path, volume_size: int = DEFAULT_VOLUME_SIZE) -> None:
        if volume_size < MIN_VOLUME_SIZE:
            raise UsageError(f"The volume size must be at least {MIN_VOLUME_SIZE} bytes.")
        self.stem = bundle_stem(out)
        self.volume_size = volume_size
        self.folder = self.stem.parent
        found = [
            p for p in self.folder.glob(f"{glob_escape(self.stem.name)}{SUFFIX}*") if p.is_file()
        ]
        # A temp volume is what a killed or failed export left (never a bundle): remove it
        # rather than call the name taken.
        for stale in (p for p in found if p.name.endswith(".tmp")):
            with contextlib.suppress(OSError):
                stale.unlink()
        existing = [p for p in found if not p.name.endswith(".tmp")]
        if existing:
            raise UsageError(
                f"A bundle named {self.stem.name} already exists in that folder; "
                "choose another name."
            )
        self._temps: list[Path] = []
        self._handle: BinaryIO | None = None
        self._in_volume = 0
        self._unsynced = 0
        self._sync = BackgroundSync()
        self.total = 0
        self.final_paths: list[Path] = []

    def _open_next(self) -> None:
        self._close_current()
        path = self.stem.with_name(f"{self.stem.name}{SUFFIX}.{len(self._temps) + 1:03d}.tmp")
        try:
            # 1 MiB buffer: pyrage writes 64 KiB pieces; one syscall per MiB, no extra copy.
            self._handle = open(path, "xb", buffering=1 << 20)  # noqa: SIM115 — closed below
        except OSError as exc:
            raise _storage_error(exc) from exc
        self._temps.append(path)
        self._in_volume = 0
        self._unsynced = 0

    def _close_current(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            try:
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as exc:
                handle.close()
                raise _storage_error(exc) from exc
            handle.close()

    def write(self, data: bytes) -> int:
        """Append ``data``, starting new volumes as needed."""
        view = memoryview(data)
        while view:
            if self._handle is None or self._in_volume == self.volume_size:
                self._open_next()
            assert self._handle is not None
            n = min(len(view), self.volume_size - self._in_volume)
            try:
                self._handle.write(view[:n])
            except OSError as exc:
                raise _storage_error(exc) from exc
            self._in_volume += n
            self._unsynced += n
            self.total += n
            view = view[n:]
        if self._unsynced >= EARLY_SYNC_BYTES and self._handle is not None:
            # Only a head start for the disk: the fsync when the volume closes is the one
            # that counts, so a failure here is ignored.
            try:
                self._handle.flush()
            except OSError as exc:
                raise _storage_error(exc) from exc
            self._sync.submit(self._temps[-1], required=False)
            self._unsynced = 0
        return len(data)

    def flush(self) -> None:
        """Nothing to do; volumes are fsynced when closed."""

    def commit(self) -> list[Path]:
        """fsync, rename every volume to its final name, fsync the folder; return the paths."""
        if self._handle is None and not self._temps:
            self._open_next()
        self._close_current()
        self._sync.close()
        single = len(self._temps) == 1
        finals = [
            volume_name(self.stem, None if single else i + 1) for i in range(len(self._temps))
        ]
        try:
            # Last volume first, .001 last, with the folder synced before .001 appears: the
            # name people open (and that find_volumes starts from) exists only once every
            # other volume is in place. Several renames cannot be one atomic step; a crash
            # in between leaves later volumes without .001, which a reader refuses as a gap.
            pairs = list(zip(self._temps, finals, strict=True))
            for tmp, final in reversed(pairs[1:]):
                os.replace(tmp, final)
            if len(pairs) > 1:
                fsync_dir(self.folder)
            os.replace(pairs[0][0], pairs[0][1])
            fsync_dir(self.folder)
        except OSError as exc:
            raise _storage_error(exc) from exc
        self._temps = []
        self.final_paths = finals
        return finals

    def abort(self) -> None:
        """Remove every temporary volume (after a failure or a cancel)."""
        self._sync.close()
        if self._handle is not None:
            handle, self._handle = self._handle, None
            # Closing flushes the buffer, which fails again on a full or pulled stick.
            with contextlib.suppress(OSError):
                handle.close()
        for tmp in self._temps:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self._temps = []


def glob_escape(name: str) -> str:
    """Escape glob metacharacters in a literal file name."""
    return re.sub(r"([\[\]*?])", r"[\1]", name)


def _storage_error(exc: OSError) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return StorageError("The disk or USB stick is full; the bundle was not written.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError("That folder cannot be written to; the bundle was not written.")
    return StorageError("The bundle could not be written (input/output error).")


def find_volumes(path: Path) -> list[Path]:
    """All volumes of the bundle that ``path`` (any one of them) belongs to, in order."""
    match = _NUMBERED.match(path.name)
    if match is None:
        if not path.is_file():
            raise BundleDamaged("missing", "the bundle file does not exist")
        return [path]
    stem = path.with_name(match.group("stem"))
    volumes: list[Path] = []
    number = 1
    while True:
        candidate = volume_name(stem, number)
        if not candidate.is_file():
            break
        volumes.append(candidate)
        number += 1
    if not volumes or path not in volumes:
        raise BundleDamaged("volume-gap", "a volume of this bundle is missing (the first ones)")
    later = [
        p
        for p in path.parent.glob(f"{glob_escape(stem.name)}{SUFFIX}.*")
        if _NUMBERED.match(p.name) and p not in volumes
    ]
    if later:
        raise BundleDamaged("volume-gap", "a volume of this bundle is missing (a gap)")
    return volumes


class VolumeReader:
    """Reads the volumes one after another as one stream; counts bytes for progress."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self._index = 0
        self._handle: BinaryIO | None = None
        self.bytes_read = 0
        self.total = sum(p.stat().st_size for p in paths)

    def read(self, size: int = -1) -> bytes:
        """Read up to ``size`` bytes (short reads at volume boundaries are fine for pyrage)."""
        while self._index < len(self.paths):
            if self._handle is None:
                # 1 MiB buffer: pyrage asks for 8 KiB at a time, a syscall each without it.
                self._handle = open(self.paths[self._index], "rb", buffering=1 << 20)  # noqa: SIM115
            chunk = self._handle.read(size if size >= 0 else 1 << 20)
            if chunk:
                self.bytes_read += len(chunk)
                return chunk
            self._handle.close()
            self._handle = None
            self._index += 1
        return b""

    def close(self) -> None:
        """Close the open volume, if any."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
