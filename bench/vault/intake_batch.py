"""Benchmark: `letapis add` of many small files, wall time and CPU per file.

    .venv/bin/python bench/vault/intake_batch.py [--files 200 2000] [--runs 2] [--append]

Each run makes a fresh vault (cheap KDF), writes N small .txt files (about 1 KB each) in a
temp folder and times ``python -m archive_app add VAULT FOLDER`` as a child process: wall
clock, and user+system CPU of the child and its extraction workers. The index catch-up at the
end of the import is included (it is part of what a person waits for). The best run counts.
With --append the figures are added to bench/vault/RESULTS.md.

To measure another version of the code (e.g. the commit before a change), export it and put
it first on the path: ``git archive HEAD~1 | tar -x -C /tmp/old`` and run this script with
``PYTHONPATH=/tmp/old`` — the child imports ``archive_app`` from there.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from archive_app.archive import Archive
from archive_app.crypto.keys import KdfParams

PASSPHRASE = "bench passphrase, not secret"
WORDS = (
    "свабода выбары Беларусь заява пратэст Гродна Менск палітвязні "
    "freedom elections Belarus statement protest Hrodna Minsk prisoners rights"
).split()


def make_files(folder: Path, count: int) -> None:
    rng = random.Random(count)
    folder.mkdir()
    for i in range(count):
        text = f"Note {i}\n" + " ".join(rng.choices(WORDS, k=120))
        (folder / f"note{i:05d}.txt").write_text(text, encoding="utf-8")


def one_run(work: Path, files: Path, tag: str) -> tuple[float, float]:
    vault = work / f"{tag}.letapis"
    Archive.create(vault, PASSPHRASE, kdf=KdfParams(1024, 1, 1))[0].close()
    env = {**os.environ, "LETAPIS_PASSPHRASE": PASSPHRASE}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "archive_app", "add", str(vault), str(files)],
        env=env,
        cwd=work,  # not the repository: `-m` would import archive_app from the cwd first
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--append", action="store_true")
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for count in args.files:
            files = work / f"files{count}"
            make_files(files, count)
            results = [one_run(work, files, f"v{count}-{r}") for r in range(args.runs)]
            wall, cpu = min(results)
            line = (
                f"  - {count} files: {wall:.2f} s wall ({1000 * wall / count:.1f} ms/file), "
                f"{cpu:.2f} s CPU ({1000 * cpu / count:.1f} ms/file)"
            )
            print(line, flush=True)
            lines.append(line)
    if args.append:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
        heading = f"\n## {stamp} — intake of small files ({os.cpu_count()} cores)"
        label = f" {args.label}" if args.label else ""
        text = "\n".join([heading, "", f"- `letapis add`{label}, best of {args.runs}:", *lines])
        with open(Path(__file__).with_name("RESULTS.md"), "a", encoding="utf-8") as out:
            out.write(text + "\n")


if __name__ == "__main__":
    main()
