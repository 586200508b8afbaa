"""The long fuzzing run: every target of tests/fuzz for a wall-clock budget, niced.

Each target (a test of tests/fuzz, one parametrisation of the extractor test per format) is
run in batches: one pytest process per batch with a fresh random Hypothesis seed and
``LETAPIS_FUZZ_EXAMPLES`` sized so a batch takes about a minute, until the target's share of
the budget is spent. The target list is collected again before each target, so targets added
while the run goes on are fuzzed too. A failing batch is a finding: its output is kept under
tests/_artifacts/fuzz-long/ and the log says so. A batch that fails before fuzzing (a
collection error, a fixture failing at setup: the tree is mid-edit by someone) is not a finding:
the runner waits a minute and tries again. Each finished target is appended to
tests/_artifacts/fuzz-long.jsonl; ``--resume`` goes on from there within the same budget.

Usage (see bench/fuzz/long_run.sh)::

    nice -n 10 .venv/bin/python bench/fuzz/long_run.py --minutes 65

Writes tests/_artifacts/fuzz-long.log (start, end, per-target examples, seconds, findings)
and tests/_artifacts/fuzz-long.json (the same figures). The log never holds fuzz inputs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ART = ROOT / "tests" / "_artifacts"
PYTEST = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"]
_STATS = re.compile(r"- (\d+) passing, (\d+) failing, and (\d+) invalid")
_COUNT = re.compile(r"^LETAPIS_FUZZ_COUNT (\S+) (\d+)$", re.M)


@dataclass
class Target:
    nodeid: str
    examples: int = 0
    invalid: int = 0
    batches: int = 0
    seconds: float = 0.0
    findings: list[str] = field(default_factory=list)
    broken: int = 0


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def log(line: str) -> None:
    with (ART / "fuzz-long.log").open("a", encoding="utf-8") as out:
        out.write(line + "\n")


def collect() -> list[str] | None:
    """Node ids of the fuzz targets (kept regressions excluded: they run once, first)."""
    run = subprocess.run(
        [*PYTEST, "tests/fuzz", "--collect-only", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        return None
    ids = [ln.strip() for ln in run.stdout.splitlines() if "::" in ln]
    return [i for i in ids if "test_kept_" not in i]


def run_batch(target: Target, examples: int, budget: float, deadline: float) -> float:
    """One pytest process on ``target``; returns its wall time."""
    seed = random.getrandbits(64)
    counts = ART / "fuzz-long" / "counts.txt"
    counts.unlink(missing_ok=True)
    env = dict(
        os.environ,
        LETAPIS_FUZZ_EXAMPLES=str(examples),
        LETAPIS_FUZZ_DEADLINE_S=str(deadline),
        LETAPIS_FUZZ_COUNTS=str(counts),
    )
    cmd = [*PYTEST, target.nodeid, "-q", "--hypothesis-show-statistics"]
    cmd += [f"--hypothesis-seed={seed}"]
    start = time.monotonic()
    try:
        run = subprocess.run(
            cmd,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=budget * 3 + 600,
            check=False,
        )
        out, rc = run.stdout + run.stderr, run.returncode
    except subprocess.TimeoutExpired as exc:
        out, rc = f"TIMEOUT after {exc.timeout:.0f} s\n", -1
    took = time.monotonic() - start
    target.batches += 1
    target.seconds += took
    found = [(int(a) + int(b), int(c)) for a, b, c in _STATS.findall(out)]
    if found:
        target.examples += sum(n for n, _ in found)
        target.invalid += sum(i for _, i in found)
    elif counts.exists():
        target.examples += sum(int(n) for _, n in _COUNT.findall(counts.read_text()))
    if rc in (2, 3, 4) or "ERROR at setup" in out or "ERROR collecting" in out:
        target.broken += 1
        target.seconds -= took
        target.batches -= 1
        first = next((ln for ln in out.splitlines() if ln.startswith("E ")), f"rc {rc}")
        log(f"  tree broken, not a finding ({first[:150]}); retrying in 60 s")
        time.sleep(60)
        return took
    if rc not in (0, 5):
        keep = ART / "fuzz-long" / f"finding-{len(target.findings)}-{_slug(target.nodeid)}.out"
        keep.write_text(out, encoding="utf-8")
        summary = [ln for ln in out.splitlines() if ln.startswith(("E ", "FAILED", "TIMEOUT"))]
        target.findings.append(f"seed {seed}: rc {rc}; {keep.name}")
        log(f"  FINDING {target.nodeid} seed={seed} rc={rc} kept={keep.name}")
        for ln in summary[:8]:
            log("    " + ln[:200])
    return took


def _slug(nodeid: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid.split("::", 1)[-1])[:80]


def report(paths: list[Path]) -> str:
    """A markdown table of the targets in ``paths`` (fuzz-long.jsonl files), later rows first."""
    rows: dict[str, Target] = {}
    for path in paths:
        for line in path.read_text().splitlines():
            row = json.loads(line)
            if "nodeid" in row and row["nodeid"] not in rows:
                rows[row["nodeid"]] = Target(**row)
    out = ["| target | examples | seconds | findings |", "|---|---:|---:|---|"]
    for t in sorted(rows.values(), key=lambda t: t.nodeid):
        name = t.nodeid.removeprefix("tests/fuzz/")
        found = "; ".join(t.findings) if t.findings else "none"
        out.append(f"| {name} | {t.examples} | {t.seconds:.0f} | {found} |")
    total = sum(t.seconds for t in rows.values())
    examples = sum(t.examples for t in rows.values())
    out.append(f"| **all {len(rows)} targets** | **{examples}** | **{total:.0f}** | |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=65.0, help="total wall-clock budget")
    parser.add_argument("--min-target", type=float, default=60.0, help="seconds per target, min")
    parser.add_argument("--max-target", type=float, default=0, help="seconds per target, max")
    parser.add_argument("--batch", type=float, default=90.0, help="aimed seconds per batch")
    parser.add_argument("--deadline", type=float, default=60.0, help="seconds per example")
    parser.add_argument("--only", default="", help="substring: run only matching targets")
    parser.add_argument("--resume", action="store_true", help="go on from fuzz-long.jsonl")
    parser.add_argument("--report", nargs="+", type=Path, help="print a table of these jsonl")
    args = parser.parse_args()
    if args.report:
        print(report(args.report))
        return 0
    (ART / "fuzz-long").mkdir(parents=True, exist_ok=True)
    jsonl = ART / "fuzz-long.jsonl"
    start, t0 = now(), time.monotonic()
    total = args.minutes * 60
    done: dict[str, Target] = {}
    if args.resume and jsonl.exists():
        for line in jsonl.read_text().splitlines():
            row = json.loads(line)
            if "start" in row:
                start = row["start"]
                continue
            done[row["nodeid"]] = Target(**row)
        spent = sum(t.seconds for t in done.values())
        total -= spent
        log(f"== resumed {now()}: {len(done)} targets done, {spent / 60:.1f} min spent")
    else:
        jsonl.write_text(json.dumps({"start": start}) + "\n")
    log(f"== long fuzz run: start {start}; budget {args.minutes:.0f} min; pid {os.getpid()}")
    log(f"   command: {' '.join(sys.argv)} (nice {os.nice(0)})")
    kept = subprocess.run(
        [*PYTEST, "tests/fuzz", "-q", "-k", "kept"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    log(f"   kept regressions: rc {kept.returncode}: {kept.stdout.strip().splitlines()[-1:]}")
    while True:
        ids = collect()
        if ids is None:
            log(f"   {now()} collection failed (a file being edited?); retrying in 30 s")
            time.sleep(30)
            continue
        todo = [i for i in ids if i not in done and (not args.only or args.only in i)]
        left = total - (time.monotonic() - t0)
        if not todo or left <= 0:
            break
        target = done.setdefault(todo[0], Target(todo[0]))
        budget = max(args.min_target, left / len(todo))
        if args.max_target:
            budget = min(budget, args.max_target)
        log(f"-- {now()} {target.nodeid}: budget {budget:.0f} s ({len(todo) - 1} more to go)")
        examples = 20
        spent = 0.0
        while spent < budget and not target.findings:
            took = run_batch(target, examples, budget, args.deadline)
            spent += took
            rate = max(target.examples, 1) / max(target.seconds, 1.0)
            examples = int(min(max(rate * min(args.batch, budget - spent), 10), 200_000))
        log(
            f"   {target.examples} examples ({target.invalid} invalid), {target.batches} "
            f"batches, {target.seconds:.0f} s, findings {len(target.findings)}"
        )
        with jsonl.open("a", encoding="utf-8") as out:
            out.write(json.dumps(asdict(target)) + "\n")
    end = now()
    secs = sum(t.seconds for t in done.values())
    log(
        f"== end {end}; {secs / 60:.1f} min fuzzing (started {start}); "
        f"{sum(t.examples for t in done.values())} examples"
    )
    log("| target | examples | batches | seconds | findings |")
    log("|---|---|---|---|---|")
    for t in done.values():
        log(f"| {t.nodeid} | {t.examples} | {t.batches} | {t.seconds:.0f} | {len(t.findings)} |")
    (ART / "fuzz-long.json").write_text(
        json.dumps(
            {
                "start": start,
                "end": end,
                "seconds": secs,
                "targets": [asdict(t) for t in done.values()],
            },
            indent=1,
        )
    )
    return 1 if any(t.findings for t in done.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
