"""docs/TESTING.md lists every hostile case, and every test it names exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CASES = REPO.parent / "shared" / "HOSTILE_CASES.md"
DOC = REPO / "docs" / "TESTING.md"
THREAT = REPO / "docs" / "THREAT_MODEL.md"

#: The case ids of HOSTILE_CASES.md (used when ../shared is not beside the checkout).
KNOWN = (
    [f"A{i}" for i in range(1, 9)]
    + [f"B{i}" for i in range(1, 11)]
    + [f"C{i}" for i in range(1, 9)]
    + [f"D{i}" for i in (1, 2, 3, 4, 5, 6, 7, 8, 10)]
    + [f"E{i}" for i in range(1, 11)]
    + [f"F{i}" for i in range(1, 13)]
    + [f"G{i}" for i in range(1, 7)]
    + [f"H{i}" for i in range(1, 6)]
    + [f"I{i}" for i in (1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12)]
    + [f"J{i}" for i in range(1, 5)]
)


def case_ids() -> list[str]:
    if not CASES.is_file():
        return KNOWN
    text = CASES.read_text(encoding="utf-8")
    return sorted(set(re.findall(r"(?m)(?:^|· |\s)([A-J]\d{1,2}) ", text)) | set(KNOWN))


def test_every_case_has_a_row() -> None:
    rows = {
        m.group(1): m.group(2)
        for m in re.finditer(r"(?m)^\| ([A-J]\d{1,2}) \|[^|]*\|(.*)\|$", DOC.read_text("utf-8"))
    }
    missing = [c for c in case_ids() if c not in rows]
    assert missing == [], missing
    threat = THREAT.read_text(encoding="utf-8")
    assert "## Out of scope for tests" in threat
    for case, cell in rows.items():
        assert "tests/" in cell or "THREAT_MODEL" in cell, case
        if "Out of scope for tests" in cell:
            section = threat.split("## Out of scope for tests", 1)[1]
            assert f"**{case}**" in section, case


def test_every_named_test_exists() -> None:
    names: dict[str, set[str]] = {}
    missing = []
    for path, test in re.findall(r"(tests/[\w/]+\.py)::(\w+)", DOC.read_text("utf-8")):
        if path not in names:
            file = REPO / path
            if not file.is_file():
                missing.append(path)
                names[path] = set()
                continue
            tree = ast.parse(file.read_text(encoding="utf-8"))
            names[path] = {
                n.name
                for n in ast.walk(tree)
                if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
            }
        if test not in names[path]:
            missing.append(f"{path}::{test}")
    assert missing == [], missing
