"""A reusable scanner for plaintext leaks (HOSTILE_CASES J1).

Looks for marker strings in every file under some folders, in the byte forms a leak takes:
UTF-8, UTF-16-LE and UTF-16-BE, each of the NFC and NFD forms of the marker. Use distinctive
markers (letters that do not occur in ciphertext by chance: at least 10 characters).

Example::

    roots = leak_roots(vault=vault, env=child_env)
    assert scan(roots, ["ЗУБРМАРКЕР1", "MARKERTITLE"]) == []
"""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

_BLOCK = 1 << 20


@dataclass(frozen=True)
class Leak:
    """One marker found: in which file, in which form, at which offset."""

    path: str
    marker: str
    form: str
    offset: int


def needles(marker: str) -> dict[bytes, str]:
    """Every byte form of ``marker`` worth looking for → a label of the form."""
    forms: dict[bytes, str] = {}
    for norm in ("NFC", "NFD"):
        text = unicodedata.normalize(norm, marker)
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            forms.setdefault(text.encode(encoding), f"{norm} {encoding}")
    return forms


def _files(root: Path) -> Iterable[Path]:
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if not (Path(folder) / d).is_symlink()]
        for name in names:
            path = Path(folder) / name
            try:
                mode = path.lstat().st_mode
            except OSError:
                continue
            if stat.S_ISREG(mode):
                yield path


def scan_file(path: Path, forms: Mapping[bytes, tuple[str, str]]) -> list[Leak]:
    """Scan one file in blocks (with overlap, so a marker across two blocks is found)."""
    overlap = max((len(n) for n in forms), default=1) - 1
    found: list[Leak] = []
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError:
        return found
    with handle:
        offset = 0
        tail = b""
        while block := handle.read(_BLOCK):
            data = tail + block
            for needle, (marker, form) in forms.items():
                at = data.find(needle)
                if at >= 0:
                    found.append(Leak(str(path), marker, form, offset - len(tail) + at))
            tail = data[-overlap:] if overlap else b""
            offset += len(block)
    # One finding per (marker, form) per file is enough to act on.
    unique = {(leak.marker, leak.form): leak for leak in found}
    return list(unique.values())


def scan(roots: Iterable[Path], markers: Iterable[str]) -> list[Leak]:
    """Every place a marker appears in a regular file under ``roots`` (missing roots: none)."""
    forms: dict[bytes, tuple[str, str]] = {}
    for marker in markers:
        for needle, form in needles(marker).items():
            forms[needle] = (marker, form)
    leaks: list[Leak] = []
    for root in roots:
        if root.is_dir():
            for path in _files(root):
                leaks.extend(scan_file(path, forms))
        elif root.is_file():
            leaks.extend(scan_file(root, forms))
    return leaks


def leak_roots(*extra: Path, env: Mapping[str, str] | None = None) -> list[Path]:
    """``extra`` folders plus HOME, TMPDIR, the XDG folders of ``env`` and /dev/shm."""
    env = os.environ if env is None else env
    roots = list(extra)
    for name in (
        "HOME",
        "TMPDIR",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_RUNTIME_DIR",
    ):
        if env.get(name):
            roots.append(Path(env[name]))
    roots.append(Path("/dev/shm"))
    return [r for r in dict.fromkeys(roots)]


def isolated_env(base: Path) -> dict[str, str]:
    """os.environ with fresh HOME, TMPDIR and XDG folders under ``base`` (created)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    names = {
        "HOME": "home",
        "TMPDIR": "tmp",
        "XDG_CONFIG_HOME": "config",
        "XDG_CACHE_HOME": "cache",
        "XDG_DATA_HOME": "data",
        "XDG_STATE_HOME": "state",
        "XDG_RUNTIME_DIR": "runtime",
    }
    for var, sub in names.items():
        folder = base / sub
        folder.mkdir(parents=True, exist_ok=True)
        env[var] = str(folder)
    return env
