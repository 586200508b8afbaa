"""Layering rules of DESIGN.md: only gui/ imports Qt; crypto imports nothing of ours."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "archive_app"


def non_gui_modules() -> list[str]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts
        if "gui" in parts or parts[-1] == "__main__":
            continue
        modules.append(".".join(p for p in parts if p != "__init__"))
    return modules


def test_no_module_outside_gui_imports_qt() -> None:
    modules = non_gui_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_crypto_imports_nothing_of_ours() -> None:
    for path in (PACKAGE / "crypto").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("archive_app")
            ):
                assert node.module.startswith("archive_app.crypto"), (
                    f"{path.name} imports {node.module}"
                )
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.startswith("archive_app") or alias.name.startswith(
                        "archive_app.crypto"
                    ), f"{path.name} imports {alias.name}"


def test_lower_layers_never_import_upper_ones() -> None:
    upper = {
        "vault": (
            "archive_app.search",
            "archive_app.exchange",
            "archive_app.archive",
            "archive_app.cli",
            "archive_app.gui",
        )
    }
    for layer, forbidden in upper.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module:
                    assert not node.module.startswith(forbidden), f"{path} imports {node.module}"


def test_cli_process_is_not_dumpable() -> None:
    """J4: the CLI disables core dumps and marks itself non-dumpable (Linux)."""
    if not sys.platform.startswith("linux"):
        return
    code = (
        "from archive_app.process import harden_process; harden_process();"
        "import resource; print(resource.getrlimit(resource.RLIMIT_CORE));"
        "print(open('/proc/self/status').read().count('\\n'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[0] == "(0, 0)"
    dumpable = subprocess.run(
        [
            sys.executable,
            "-c",
            "from archive_app.process import harden_process; harden_process();"
            "import ctypes; print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert dumpable.stdout.strip() == "0"
