"""Leak test: after importing real documents, no distinctive word of them is readable on disk.

Adds ../shared/seeds and ../shared/corpus/text through the CLI in a subprocess with fresh
HOME and TMPDIR, then scans every byte of the vault folder, TMPDIR and HOME (HOSTILE_CASES J1).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from archive_app.archive import Archive
from tests.conftest import PASSPHRASE

pytest.importorskip("archive_app.ingest.pipeline")


def distinctive_words(folders: list[Path], per_file: int = 2) -> set[str]:
    words: set[str] = set()
    for folder in folders:
        for path in sorted(folder.rglob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="ignore")
            candidates = sorted(set(re.findall(r"\w{9,}", text)), key=lambda w: (-len(w), w))
            words.update(candidates[:per_file])
    return words


def scan(roots: list[Path], words: set[str]) -> list[tuple[str, str]]:
    needles = [(w, w.encode("utf-8")) for w in words]
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for word, needle in needles:
                    if needle in data:
                        found.append((str(path.relative_to(root)), word))
    return found


def test_no_plaintext_after_adding_seeds_and_corpus(
    tmp_path: Path, seeds_dir: Path, corpus_dir: Path
) -> None:
    sources = [seeds_dir, corpus_dir / "text"]
    words = distinctive_words(sources)
    assert len(words) > 500
    vault = tmp_path / "v.letapis"
    Archive.create(vault, PASSPHRASE)[0].close()
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {
        **os.environ,
        "LETAPIS_PASSPHRASE": PASSPHRASE,
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "archive_app", "add", str(vault), *map(str, sources)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode in (0, 1), result.stderr
    with Archive.open(vault, PASSPHRASE) as archive:
        assert len(archive.list_documents()) > 800
        # a word we scan for really is in the vault, so the scan could find it
        some = archive.get_document(archive.list_documents()[0].id)
        assert some.text
    assert scan([vault, tmp, home], words) == []
