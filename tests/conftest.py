"""Shared fixtures: where ../shared lives, fresh HOME/TMPDIR, cheap KDF costs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the checkout; tests that need it skip cleanly without."""
    if not (SHARED / "DESIGN.md").is_file():
        pytest.skip("../shared is not present beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    path = shared_dir / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is not present")
    return path


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path) -> Path:
    path = shared_dir / "corpus"
    if not path.is_dir():
        pytest.skip("../shared/corpus is not present")
    return path
