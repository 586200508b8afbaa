"""Intake batches killed with SIGKILL at random moments, and inside a batch's commit.

A child process adds documents through ``RecordStore.intake_batch`` in batches of exactly
``BATCH`` documents, each with its own original and one original shared by all (stored once,
by the first batch). It is killed at a random moment, or as soon as a batch's intent note
appears in staging/ (between the note and the commit: blobs being synced and renamed into
place). After every kill: the vault opens, ``check`` passes, no staging or temp file is left,
every blob on disk belongs to a row (the intent note's orphans were removed), the shared
original is still there, and documents come in whole batches only — each document wholly
present with its text and original, or absent. Re-running the import adds exactly what is
missing (already-present detection by SHA-256).
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from archive_app.archive import Archive
from tests.conftest import PASSPHRASE
from tests.crash.harness import REPO, assert_vault_sound, copy_vault

RUNS = int(os.environ.get("LETAPIS_CRASH_RUNS", "20"))
BATCH = 16
TOTAL = 12 * BATCH

CHILD = """
import hashlib, sys
from pathlib import Path
from archive_app.archive import Archive
from archive_app.ingest.model import NewAttachment, NewDocument

BATCH, TOTAL = int(sys.argv[2]), int(sys.argv[3])
archive = Archive.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
store = archive.store
print("ready", flush=True)

def original(data, name):
    return NewAttachment(name, hashlib.sha256(data).hexdigest(), len(data), data=data,
                         is_original=name.startswith("own"))

shared = b"shared original of every batch " * 4000
todo = []
for i in range(TOTAL):
    own = (f"own original {i} ".encode() * 5000)[: 40_000 + 997 * i]
    if not store.has_original(hashlib.sha256(own).hexdigest()):
        todo.append((i, own))
for start in range(0, len(todo), BATCH):
    # Limits out of reach: exactly BATCH documents per batch, committed when the block ends.
    with store.intake_batch(max_documents=10**6, max_seconds=1e9, max_bytes=1 << 40):
        for i, own in todo[start:start + BATCH]:
            store.add_document(NewDocument(
                title=f"Batch document {i}", text=f"Text of batch document {i}",
                type="evidence",
                attachments=[original(own, f"own{i}.bin"), original(shared, "shared.bin")]))
archive.close()
print("done", flush=True)
"""


def own_original(i: int) -> bytes:
    return (f"own original {i} ".encode() * 5000)[: 40_000 + 997 * i]


def start_child(vault: Path, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(home / "tmp"), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault), str(BATCH), str(TOTAL)],
        env=env,
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "ready"
    return proc


def verify(vault: Path) -> int:
    """The invariants after a kill; returns how many documents are stored."""
    assert_vault_sound(vault)
    shared = hashlib.sha256(b"shared original of every batch " * 4000).hexdigest()
    with Archive.open(vault, PASSPHRASE) as archive:
        store = archive.store
        on_disk = set(archive.vault.blobs.names())
        assert on_disk == store.referenced_blobs(), "a blob without a row, or a row without one"
        seen = []
        for doc in archive.list_documents():
            full = archive.get_document(doc.id)
            i = int(full.title.rsplit(" ", 1)[1])
            assert full.text == f"Text of batch document {i}", "a half-written document"
            shas = sorted(a.sha256 for a in full.attachments)
            assert shas == sorted([hashlib.sha256(own_original(i)).hexdigest(), shared])
            seen.append(i)
        assert len(seen) == len(set(seen)), "a document was stored twice"
        if seen:
            assert store.has_original(shared), "the shared original was removed"
        return len(seen)


def test_batches_killed_at_random_moments_and_inside_commit(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    empty = tmp_path / "empty.letapis"
    Archive.create(empty, PASSPHRASE)[0].close()
    probe = copy_vault(empty, tmp_path / "probe.letapis")
    child = start_child(probe, home)
    start = time.monotonic()
    assert child.wait(timeout=600) == 0
    span = time.monotonic() - start
    assert verify(probe) == TOTAL

    rng = random.Random(int(os.environ.get("LETAPIS_CRASH_SEED", "1")))
    inside_commit = 0
    counts = set()
    for run in range(RUNS):
        # A fresh import each time, so that every kill lands somewhere inside one.
        vault = copy_vault(empty, tmp_path / "v.letapis")
        staging = vault / "staging"
        child = start_child(vault, home)
        deadline = time.monotonic() + rng.uniform(0.0, span)
        if run % 2:
            # Wait for a batch's intent note: the kill lands while blobs are being synced
            # and renamed, or while the rows are being committed.
            while time.monotonic() < deadline and child.poll() is None:
                if any(staging.glob("*.blobs")):
                    time.sleep(rng.uniform(0.0, 0.004))
                    inside_commit += 1
                    break
                time.sleep(0.0005)
        else:
            time.sleep(max(0.0, deadline - time.monotonic()))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        count = verify(vault)
        assert count % BATCH == 0, f"{count} documents: a batch was committed in part"
        counts.add(count)
        if run % 4 == 0:  # the same import again completes it, each file stored once
            assert start_child(vault, home).wait(timeout=600) == 0
            assert verify(vault) == TOTAL
    assert inside_commit > 0, "no kill landed inside a batch's commit"
    assert len(counts) > 2, f"the kills did not spread over the import: {sorted(counts)}"
