"""Real faults: small tmpfs disks that fill up, read-only mounts (root only; skipped elsewhere)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _mount(args: list[str]) -> bool:
    result = subprocess.run(["mount", *args], capture_output=True, check=False)
    return result.returncode == 0


def _umount(path: Path) -> None:
    if subprocess.run(["umount", str(path)], capture_output=True, check=False).returncode:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@pytest.fixture
def mounts(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """``mount(kind, …)`` makes a tmpfs (``"tmpfs", size=…``) or a read-only bind mount of a
    folder (``"ro", source=…``); every mount is undone after the test."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    made: list[Path] = []

    def mount(kind: str, *, size: str = "2m", source: Path | None = None) -> Path:
        target = tmp_path / f"mnt{len(made)}"
        target.mkdir()
        if kind == "tmpfs":
            ok = _mount(["-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)])
        else:
            assert source is not None
            ok = _mount(["--bind", str(source), str(target)])
            if ok and not _mount(["-o", "remount,bind,ro", str(target)]):
                _umount(target)
                ok = False
        if not ok:
            pytest.skip(f"cannot mount a {kind} here")
        made.append(target)
        return target

    yield mount
    for target in reversed(made):
        _umount(target)


def fill(folder: Path) -> Path:
    """Fill the disk holding ``folder`` to the last byte; return the filler file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for block in (65536, 4096, 512, 1):
            try:
                while os.write(fd, b"\0" * block):
                    pass
            except OSError:
                continue
    finally:
        os.close(fd)
    return filler
