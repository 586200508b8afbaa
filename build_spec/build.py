"""Build the standalone, one-folder Letapis with PyInstaller: ``dist/letapis/``.

Usage (from the repository root, in the project's virtual environment)::

    .venv/bin/pip install -c build_spec/constraints.txt -e '.[build]'
    .venv/bin/python build_spec/build.py            # -> dist/letapis/letapis[.exe]

The installed versions of the program's dependencies are compared with the pins in
build_spec/constraints.txt first: a release is built only from the pinned set (``--strict``
makes a difference an error; by default it is a warning, for development builds). The same
spec builds on Windows, macOS and Linux, each on its own system (PyInstaller does not
cross-compile). At the end the script prints the build time and the folder's size.
``--archive`` also packs the folder for handing over (``letapis-VERSION-SYSTEM-MACHINE.tar.gz``,
``.zip`` on Windows) and writes its SHA-256 beside it, for people to compare in person.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_spec" / "letapis.spec"
CONSTRAINTS = ROOT / "build_spec" / "constraints.txt"


def read_pins(path: Path = CONSTRAINTS) -> dict[str, str]:
    """``{normalised name: version}`` from a constraints file of ``name==version`` lines."""
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        if not sep:
            raise SystemExit(f"{path}: not a 'name==version' line: {line!r}")
        pins[normalise(name)] = version.strip()
    return pins


def normalise(name: str) -> str:
    """A distribution name as PEP 503 compares it."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pin_differences(pins: dict[str, str]) -> list[str]:
    """What the build would pack (the closure of ``letapis[build]``) that differs from a pin."""
    from freeze_constraints import closure

    problems = []
    for name, have in sorted(closure(extras=("build",)).items()):
        pinned = pins.get(normalise(name))
        if pinned is None:
            problems.append(f"{name}: installed {have}, not pinned")
        elif have != pinned:
            problems.append(f"{name}: pinned {pinned}, installed {have}")
    return problems


#: Qt's xcb platform plugin needs these; desktops often lack some (libxcb-cursor0 above all),
#: so a Linux build bundles them, and they must be installed on the build machine (Debian).
X11_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
X11_PACKAGES = sorted(X11_LIBRARIES.values())


def missing_x11_libraries(target: Path) -> list[str]:
    """The X11 helper libraries a Linux build should hold but does not."""
    if not sys.platform.startswith("linux"):
        return []
    internal = target / "_internal"
    return [name for name in X11_LIBRARIES if not (internal / name).exists()]


def folder_size(path: Path) -> int:
    """Bytes of every file under ``path`` (links not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


FOLDER_README = """Letapis {version}

Run the program:   ./letapis          (Windows: letapis.exe; macOS: Letapis.app)
Try the demo:      ./letapis demo     (passphrase: demo letapis 2026)
Command line:      ./letapis --help

The user guide is in docs/: USER_GUIDE.md (English), USER_GUIDE.be.md (беларуская),
USER_GUIDE.ru.md (русский). What the program does not protect against: docs/THREAT_MODEL.md.
Keep this whole folder together: the program needs every file in _internal/.
Licenses: docs/LICENSE (Letapis, Apache-2.0) and _internal/licenses/ (everything it contains).
"""


def add_documents(target: Path) -> None:
    """Put the user guides (with their pictures), the threat model and a short README.txt
    into the built folder, so a person without internet access has them too."""
    sys.path.insert(0, str(ROOT))
    from archive_app import __version__

    docs = target / "docs"
    docs.mkdir()
    for path in [
        *sorted((ROOT / "docs").glob("USER_GUIDE*.md")),
        ROOT / "docs" / "THREAT_MODEL.md",
    ]:
        shutil.copy2(path, docs / path.name)
    shutil.copytree(ROOT / "docs" / "images", docs / "images")
    shutil.copy2(ROOT / "LICENSE", docs / "LICENSE")
    newline = "\r\n" if sys.platform == "win32" else "\n"
    text = FOLDER_README.format(version=__version__)
    (target / "README.txt").write_text(text.replace("\n", newline), encoding="utf-8")


def make_archive(target: Path) -> Path:
    """Pack the built folder into one file beside it and write ``<file>.sha256``."""
    sys.path.insert(0, str(ROOT))
    from archive_app import __version__

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    stem = target.parent / f"letapis-{__version__}-{system}-{platform.machine().lower()}"
    fmt = "zip" if sys.platform == "win32" else "gztar"
    archive = Path(
        shutil.make_archive(str(stem), fmt, root_dir=target.parent, base_dir=target.name)
    )
    digest = hashlib.sha256()
    with archive.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    Path(f"{archive}.sha256").write_text(f"{digest.hexdigest()}  {archive.name}\n", "ascii")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work")
    parser.add_argument(
        "--strict", action="store_true", help="fail if installed versions differ from the pins"
    )
    parser.add_argument(
        "--archive", action="store_true", help="also pack the folder and write its SHA-256"
    )
    parser.add_argument(
        "--no-clean", action="store_true", help="reuse PyInstaller's cache (faster rebuilds)"
    )
    args = parser.parse_args(argv)

    problems = pin_differences(read_pins())
    for problem in problems:
        print(f"build: {problem}", file=sys.stderr)
    if problems and args.strict:
        print(
            "build: install the pinned set first: "
            "pip install -c build_spec/constraints.txt -e '.[build]'",
            file=sys.stderr,
        )
        return 2

    target = args.dist / "letapis"
    if target.exists():
        shutil.rmtree(target)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(args.dist),
        "--workpath",
        str(args.work),
    ]
    if not args.no_clean:
        command.append("--clean")
    command.append(str(SPEC))
    started = time.monotonic()
    env = dict(os.environ, PYTHONHASHSEED="0")  # steadier output between builds
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        print(f"build: PyInstaller failed (exit {result.returncode})", file=sys.stderr)
        return result.returncode
    exe = target / ("letapis.exe" if sys.platform == "win32" else "letapis")
    if not exe.is_file():
        print(f"build: {exe} was not made", file=sys.stderr)
        return 1
    add_documents(target)
    missing = missing_x11_libraries(target)
    if missing:
        print(
            "build: warning: Qt's X11 plugin needs libraries this machine lacks, so the build "
            f"cannot bundle them: {', '.join(missing)} (apt-get install "
            + " ".join(X11_PACKAGES)
            + ")",
            file=sys.stderr,
        )
    size = folder_size(target)
    print(f"build: {exe} in {elapsed:.0f} s; folder {size / 2**20:.0f} MiB")
    if args.archive:
        archive = make_archive(target)
        print(f"build: {archive} ({archive.stat().st_size / 2**20:.0f} MiB) and its .sha256")
    return 0


if __name__ == "__main__":
    sys.exit(main())
