"""Passphrase change killed with SIGKILL at random moments (HOSTILE_CASES A5).

A child process changes the passphrase back and forth as fast as it can; it is killed at a
random moment. Afterwards one of the two passphrases must open the vault — never neither —
and the documents must all be there.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from archive_app.archive import Archive
from archive_app.errors import WrongPassphrase
from tests.conftest import PASSPHRASE
from tests.vault.test_vault import new_doc

OTHER = "the other passphrase"
CHILD = """
import sys
from pathlib import Path
from archive_app.archive import Archive
from archive_app.crypto.keys import KdfParams
cheap = KdfParams(1024, 1, 1)
phrases = [sys.argv[2], sys.argv[3]]
archive = None
for phrase in phrases:
    try:
        archive = Archive.open(Path(sys.argv[1]), phrase)
        break
    except Exception:
        continue
print("ready", flush=True)
i = phrases.index(phrase)
while True:
    i += 1
    archive.change_passphrase(phrases[i % 2], kdf=cheap)
"""


def opens_with(vault: Path) -> list[str]:
    working = []
    for phrase in (PASSPHRASE, OTHER):
        try:
            Archive.open(vault, phrase).close()
            working.append(phrase)
        except WrongPassphrase:
            pass
    return working


def test_passphrase_change_killed_at_random_moments(tmp_path: Path) -> None:
    vault = tmp_path / "v.letapis"
    archive, recovery = Archive.create(vault, PASSPHRASE)
    doc_id = archive.add_document(new_doc())
    archive.close()
    rng = random.Random(5)
    for _ in range(int(os.environ.get("LETAPIS_CRASH_RUNS", "20"))):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(vault), PASSPHRASE, OTHER],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        working = opens_with(vault)
        assert len(working) == 1, working
        with Archive.open(vault, working[0]) as again:
            assert again.get_document(doc_id).title == "Statement"
    with Archive.open(vault, recovery) as again:  # the recovery slot survived every rewrite
        assert again.check().ok
