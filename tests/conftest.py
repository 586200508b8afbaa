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


#: Argon2id cost for tests: production vaults calibrate to about one second.
FAST_KDF_ARGS = {"memory_kib": 1024, "iterations": 1, "lanes": 1}


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lower the Argon2id cost of new key slots for every test (STYLE.md rule 7)."""
    from archive_app.crypto.keys import KdfParams
    from archive_app.vault import vault

    monkeypatch.setattr(vault, "DEFAULT_KDF", KdfParams(**FAST_KDF_ARGS))


PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def archive(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A new, open archive in a temp folder (closed after the test)."""
    from archive_app.archive import Archive

    arch, _recovery = Archive.create(tmp_path / "test.letapis", PASSPHRASE)
    yield arch
    if arch.vault.is_open:
        arch.close()
