"""Build the translations: ``python -m archive_app.gui.i18n_build [--no-update]``.

1. pyside6-lupdate collects every ``tr()`` / ``QCoreApplication.translate()`` string of
   archive_app/gui/ into resources/translations/letapis_{be,ru,en}.ts (existing translations
   are kept; new strings are marked unfinished, for Qt Linguist);
2. pyside6-lrelease compiles each .ts into the .qm file the program loads.

Both tools come with the PySide6 package; nothing else is needed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from archive_app.gui.i18n import SUPPORTED, TRANSLATIONS_DIR

GUI_DIR = Path(__file__).resolve().parent


def _tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (or on PATH)."""
    here = Path(sys.executable).parent / name
    if here.is_file():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment.")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in GUI_DIR.glob("*.py") if p.name != "i18n_build.py")


def update() -> None:
    for code in SUPPORTED:
        ts = TRANSLATIONS_DIR / f"letapis_{code}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                code,
                *sources(),
                "-ts",
                str(ts),
            ],
            check=True,
        )


def release() -> list[Path]:
    built = []
    for code in SUPPORTED:
        ts = TRANSLATIONS_DIR / f"letapis_{code}.ts"
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-update", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args(argv)
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    if not args.no_update:
        update()
    for qm in release():
        print(f"built {qm.relative_to(TRANSLATIONS_DIR.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
