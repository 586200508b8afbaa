"""Coverage-guided fuzzing (atheris, libFuzzer) of the pure-Python readers of untrusted bytes.

It complements the Hypothesis targets of tests/fuzz: libFuzzer keeps inputs that reach new
lines of our parsers (JSON field checks, tar header fields, age stanza parsing) and mutates
those. Only each reader's typed errors may escape; anything else is a finding, and libFuzzer
writes the input to ``tests/_artifacts/atheris/<target>/crash-*``. AEAD-sealed formats
(records, sealed files) are not here: past the tag there is no code to cover.

atheris is not a dependency of Letapis. It has wheels for CPython 3.11 on Linux x86-64;
install it in a separate venv and run with the project's packages on the path::

    python3.11 -m venv /tmp/ath && /tmp/ath/bin/pip install atheris
    PYTHONPATH=.:.venv/lib/python3.11/site-packages \\
        nice -n 10 /tmp/ath/bin/python bench/fuzz/atheris_run.py --seconds 90

Each target runs in its own process (libFuzzer stops at the first finding); the summary
(runs, seconds, findings per target) is appended to tests/_artifacts/fuzz-long.log.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ART = ROOT / "tests" / "_artifacts"
TARGETS = [
    "vault-header",
    "card",
    "manifest",
    "record-lines",
    "age-header",
    "tar",
    "worker-document",
    "image-metadata",
]


def _seeds_and_reader(target: str) -> tuple[list[bytes], Callable[[bytes], None]]:
    """Seed inputs and the function under test (imports happen under instrumentation)."""
    from archive_app.crypto.errors import CryptoError
    from archive_app.errors import LetapisError

    if target == "vault-header":
        from archive_app.crypto.keys import VaultHeader
        from tests.fuzz.test_parsers import HEADER

        def header(data: bytes) -> None:
            with contextlib.suppress(CryptoError):
                VaultHeader.parse(data)

        return [HEADER], header
    if target == "card":
        from archive_app.exchange.card import Card
        from tests.fuzz.test_parsers import CARD

        def card(data: bytes) -> None:
            with contextlib.suppress(LetapisError):
                Card.from_bytes(data)

        return [CARD], card
    if target == "worker-document":
        from archive_app.ingest.serialize import BadResult, document_from_json
        from tests.fuzz.test_parsers import WORKER_DOC

        def worker(data: bytes) -> None:
            try:
                value = json.loads(data)
            except (ValueError, RecursionError):
                return
            with contextlib.suppress(BadResult):
                document_from_json(value)

        return [json.dumps(WORKER_DOC, ensure_ascii=False).encode()], worker

    # The exchange targets need a real bundle: made once, in a temporary folder.
    from archive_app.exchange.age_layer import parse_header
    from archive_app.exchange.manifest import parse_manifest
    from archive_app.exchange.records import iter_record_lines, strip_image_metadata
    from archive_app.exchange.tar_reader import StrictTarReader
    from tests.fuzz.test_parsers import RealBundle

    with tempfile.TemporaryDirectory() as tmp:
        corpus = ROOT.parent / "shared" / "corpus"
        real = RealBundle(Path(tmp), corpus if corpus.is_dir() else None)
    if target == "manifest":

        def manifest(data: bytes) -> None:
            with contextlib.suppress(LetapisError):
                parse_manifest(data, real.sender_key)

        return [real.members["manifest.json"]], manifest
    if target == "record-lines":
        records = [v for k, v in real.members.items() if k.startswith("records/")]

        def lines(data: bytes) -> None:
            with contextlib.suppress(LetapisError):
                list(iter_record_lines(data))

        return records, lines
    if target == "age-header":

        def age(data: bytes) -> None:
            with contextlib.suppress(LetapisError):
                parse_header(data)

        return [real.ciphertext[:400]], age
    if target == "tar":

        class Sink:
            def __init__(self, size: int) -> None:
                self.size, self.got = size, 0

            def write(self, data: bytes, /) -> None:
                self.got += len(data)
                if self.got > self.size:
                    raise AssertionError("a member delivered more bytes than it declared")

            def close(self) -> None:
                pass

        def tar(data: bytes) -> None:
            reader = StrictTarReader(lambda name, size: Sink(size))
            try:
                reader.feed(data)
                reader.finish()
            except LetapisError:
                pass

        return [real.plaintext[:65536]], tar
    if target == "image-metadata":
        seeds = [real.photo] if real.photo else [b"\x89PNG\r\n\x1a\n" + bytes(100)]

        def image(data: bytes) -> None:
            out = strip_image_metadata(data, "image/jpeg")
            if out is not None and not isinstance(out, bytes):
                raise AssertionError("strip_image_metadata returned something not bytes")

        return seeds, image
    raise SystemExit(f"unknown target {target}")


def run_target(target: str, seconds: int) -> None:
    """In this process: fuzz one target for ``seconds`` (libFuzzer exits when done)."""
    import atheris

    work = ART / "atheris" / target
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    with atheris.instrument_imports(include=["archive_app"]):
        seeds, reader = _seeds_and_reader(target)
    for i, seed in enumerate(seeds):
        (corpus / f"seed-{i}").write_bytes(seed)
    argv = [
        sys.argv[0],
        str(corpus),
        f"-max_total_time={seconds}",
        "-rss_limit_mb=2048",
        "-timeout=20",
        "-max_len=70000",
        f"-artifact_prefix={work}/",
        "-print_final_stats=1",
    ]
    atheris.Setup(argv, reader)
    atheris.Fuzz()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", default=TARGETS)
    parser.add_argument("--seconds", type=int, default=90, help="per target")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_target(args.one, args.seconds)
        return 0
    ART.mkdir(exist_ok=True)
    log = (ART / "fuzz-long.log").open("a", encoding="utf-8")
    started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    log.write(f"== atheris: start {started}; {args.seconds} s per target\n")
    rows = []
    for target in args.targets:
        t0 = time.monotonic()
        run = subprocess.run(
            [sys.executable, __file__, "--one", target, "--seconds", str(args.seconds)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=args.seconds * 3 + 300,
            check=False,
        )
        took = time.monotonic() - t0
        out = run.stdout + run.stderr
        done = re.findall(r"Done (\d+) runs in (\d+) second", out)
        execs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", out)
        cov = re.findall(r"cov: (\d+) ft: (\d+)", out)
        runs = int(done[-1][0]) if done else int(execs[-1]) if execs else 0
        finding = run.returncode != 0
        (ART / "atheris" / target / "last.out").write_text(out[-20000:], encoding="utf-8")
        line = (
            f"   atheris {target}: {runs} runs, {took:.0f} s, coverage "
            f"{cov[-1][0] if cov else '?'} edges, rc {run.returncode}"
            + (" FINDING (see tests/_artifacts/atheris/)" if finding else "")
        )
        log.write(line + "\n")
        log.flush()
        print(line, flush=True)
        rows.append({"target": target, "runs": runs, "seconds": round(took), "rc": run.returncode})
    (ART / "atheris.json").write_text(json.dumps({"start": started, "targets": rows}, indent=1))
    return 1 if any(r["rc"] != 0 for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
