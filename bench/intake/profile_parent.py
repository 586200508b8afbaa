"""Profile the parent side of an import: where the importing process spends its time.

Generates the bench's mixed folder (bench_intake.generate), imports it once with cProfile
running in the parent (the workers are separate processes and not profiled), and prints the
functions with the most own time and the parent's CPU time per file.

Usage::

    python bench/intake/profile_parent.py [--files 2000] [--workers 2] [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_intake import CountingSink, generate

from archive_app.ingest import pipeline
from archive_app.ingest.model import IntakeDefaults
from archive_app.ingest.pipeline import import_paths
from archive_app.ingest.sandbox import SandboxLimits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="letapis-profile-intake-"))
    try:
        folder = tmp / "in"
        generate(folder, args.files)
        sink = CountingSink()
        profiler = cProfile.Profile()
        # The pool threads (one per worker: requests, answers, JSON) are profiled too, each
        # with its own profiler; cProfile sees only the thread that enabled it.
        thread_profiles: list[cProfile.Profile] = []
        local = threading.local()
        job = pipeline._Workers._job

        def profiled_job(self: pipeline._Workers, *a: object) -> None:
            prof = getattr(local, "prof", None)
            if prof is None:
                prof = local.prof = cProfile.Profile()
                thread_profiles.append(prof)
            prof.enable()
            try:
                job(self, *a)  # type: ignore[arg-type]
            finally:
                prof.disable()

        pipeline._Workers._job = profiled_job  # type: ignore[method-assign]
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        profiler.enable()
        import_paths(
            sink, [folder], IntakeDefaults(), workers=args.workers, limits=SandboxLimits(ocr=False)
        )
        profiler.disable()
        elapsed = time.perf_counter() - start
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    cpu = cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime
    for title, profiles in (("importing thread", [profiler]), ("pool threads", thread_profiles)):
        out = io.StringIO()
        stats = pstats.Stats(profiles[0], stream=out)
        for more in profiles[1:]:
            stats.add(more)
        stats.sort_stats("tottime").print_stats(args.top)
        print(f"=== {title} ===")
        print(out.getvalue())
    print(
        f"{args.files} files, {args.workers} workers: {elapsed:.2f} s wall, parent CPU "
        f"{cpu:.2f} s = {1000 * cpu / args.files:.3f} ms per file (cProfile adds overhead)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
