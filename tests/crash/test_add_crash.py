"""`letapis add` killed with SIGKILL at random moments (HOSTILE_CASES B8, I1).

After every kill the vault opens, `check` passes, and every document is wholly present (its
text and its original intact) or absent; re-running the import finishes the job with each file
stored exactly once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive_app.archive import Archive
from tests.conftest import PASSPHRASE

pytest.importorskip("archive_app.ingest.pipeline")

RUNS = int(os.environ.get("LETAPIS_CRASH_RUNS", "20"))
FILES = 200


def make_files(folder: Path) -> dict[str, str]:
    folder.mkdir()
    texts = {}
    for i in range(FILES):
        text = f"Заява нумар {i}\n\nСведчанне {i:03d}: " + " ".join(
            f"слова{i}x{j}" for j in range(60)
        )
        (folder / f"doc{i:03d}.txt").write_text(text, encoding="utf-8")
        texts[f"Заява нумар {i}"] = text
    return texts


def start_add(vault: Path, folder: Path, home: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "LETAPIS_PASSPHRASE": PASSPHRASE,
        "HOME": str(home),
        "TMPDIR": str(home / "tmp"),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "archive_app", "add", str(vault), str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def verify(vault: Path, texts: dict[str, str]) -> int:
    with Archive.open(vault, PASSPHRASE) as archive:
        report = archive.check()
        assert report.ok, [p.message for p in report.problems]
        titles = []
        for doc in archive.list_documents():
            full = archive.get_document(doc.id)
            assert full.title in texts, "a document that is not one of the files"
            assert full.text.strip() == texts[full.title].strip(), "a half-written document"
            originals = [a for a in full.attachments if a.is_original]
            assert len(originals) == 1
            titles.append(full.title)
        assert len(titles) == len(set(titles)), "a file was stored twice"
        return len(titles)


def test_add_killed_at_random_moments(tmp_path: Path) -> None:
    texts = make_files(tmp_path / "files")
    vault = tmp_path / "v.letapis"
    Archive.create(vault, PASSPHRASE)[0].close()
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    # How long does a whole import take here? Kill somewhere inside that span.
    probe_vault = tmp_path / "probe.letapis"
    Archive.create(probe_vault, PASSPHRASE)[0].close()
    start = time.monotonic()
    assert start_add(probe_vault, tmp_path / "files", home).wait(timeout=600) == 0
    span = time.monotonic() - start
    rng = random.Random(int(os.environ.get("LETAPIS_CRASH_SEED", "1")))
    counts = []
    for _ in range(RUNS):
        proc = start_add(vault, tmp_path / "files", home)
        time.sleep(rng.uniform(0.05, span / 3))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        counts.append(verify(vault, texts))
    assert counts == sorted(counts)  # progress is kept, never lost
    assert start_add(vault, tmp_path / "files", home).wait(timeout=600) == 0
    assert verify(vault, texts) == FILES
    assert not any((vault / "staging").iterdir())
