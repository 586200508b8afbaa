"""Search benchmark: Letapis on sealed storage vs plain Whoosh FileStorage vs SQLite FTS5.

Measures, for a generated corpus of N documents (bench/search/corpus.py):
indexing documents/s, index size, peak RSS of a full rebuild (in a fresh subprocess), and
p50/p95 latency per query class (common, rare, two terms, phrase, fuzzy, name with
variants), each with highlighted snippets for the top 10 hits.

Usage::

    python bench/search/bench.py --docs 10000 --corpus ../shared/corpus --work /tmp/lb \
        --out bench/search/results-10000.json
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from corpus import GeneratedStore, generate, load_sentences
from whoosh.filedb.filestore import FileStorage

from archive_app.errors import Cancelled
from archive_app.search.analysis import WORD_RE, normalize_word
from archive_app.search.index import SearchIndex
from archive_app.search.storage import EncryptedStorage

KEY = b"\x01" * 32  # a benchmark key, not a secret
NAME_QUERIES = ["Lukashenko", "Ціханоўская", "Hrodna", "Minsk", "Kyiv"]


def open_index(kind: str, folder: Path, store: Any, procs: int) -> SearchIndex:
    if kind == "sealed":
        return SearchIndex(EncryptedStorage(folder, KEY).create(), store, procs=procs)
    return SearchIndex(FileStorage(str(folder)).create(), store, procs=procs)


def dir_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            out += [int(c) for c in task.read_text().split()]
    return out


class Sampler(threading.Thread):
    """Samples, every half second, the RSS of this process plus its children (the index
    workers) and the bytes in the index folder's temporary (``*.tmp``) folders and
    ``$TMPDIR``: their peaks are what a rebuild needs at once."""

    def __init__(self, folder: Path) -> None:
        super().__init__(daemon=True)
        self.folder = folder
        self.peak_rss_kb = 0
        self.peak_temp = 0
        self.peak_total = 0
        self.done = threading.Event()

    def run(self) -> None:
        tmpdir = Path(tempfile.gettempdir())
        before = dir_size(tmpdir) if tmpdir.is_dir() else 0
        while not self.done.wait(0.5):
            pid = os.getpid()
            rss = _rss_kb(pid) + sum(_rss_kb(c) for c in _children(pid))
            self.peak_rss_kb = max(self.peak_rss_kb, rss)
            with contextlib.suppress(OSError):
                temp = sum(dir_size(p) for p in self.folder.glob("*.tmp") if p.is_dir())
                total = dir_size(self.folder)
                self.peak_temp = max(self.peak_temp, temp + max(0, dir_size(tmpdir) - before))
                self.peak_total = max(self.peak_total, total)


def cmd_build(args: argparse.Namespace) -> None:
    """Rebuild an index in this (fresh) process; print time, size, peak RSS (this process
    and its workers together), peak temporary disk and the load average as JSON."""
    sentences = load_sentences(Path(args.corpus))
    store = GeneratedStore(args.docs, sentences)
    folder = Path(args.dir)
    if not args.resume:
        shutil.rmtree(folder, ignore_errors=True)
    index = open_index(args.kind, folder, store, args.procs)
    sampler = Sampler(folder)
    sampler.start()
    load_before = os.getloadavg()
    started = time.perf_counter()
    deadline = time.monotonic() + args.max_seconds if args.max_seconds else None

    def cancel() -> bool:
        return deadline is not None and time.monotonic() > deadline

    before = index.doc_count() if args.resume else 0
    stopped = False
    try:
        report = index.catch_up(cancel=cancel) if args.resume else index.rebuild(cancel=cancel)
        documents = report.documents
    except Cancelled:  # stopped on time: what is committed stays (a later --resume goes on)
        stopped = True
        documents = index.doc_count() - before
    seconds = time.perf_counter() - started
    sampler.done.set()
    sampler.join()
    print(
        json.dumps(
            {
                "kind": args.kind,
                "procs": args.procs,
                "resumed": args.resume,
                "docs": documents,
                "stopped_at_deadline": stopped,
                "docs_in_index": index.doc_count(),
                "seconds": seconds,
                "docs_per_s": documents / seconds,
                "size_mb": dir_size(folder) / 1e6,
                "segments": len(index._get_searcher().reader().leaf_readers()),
                "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "rss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                "rss_tree_peak_mb": sampler.peak_rss_kb / 1024,
                "temp_peak_mb": sampler.peak_temp / 1e6,
                "folder_peak_mb": sampler.peak_total / 1e6,
                "load_before": load_before,
                "load_after": os.getloadavg(),
            }
        )
    )


def build(kind: str, args: argparse.Namespace, procs: int) -> dict[str, Any]:
    # A private $TMPDIR: the sampler counts what lands there (nothing should), and other
    # programs' files in the shared one do not count.
    tmp = Path(args.work) / f"tmp-{kind}"
    tmp.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(
        [sys.executable, __file__, "build", "--kind", kind, "--docs", str(args.docs),
         "--corpus", args.corpus, "--dir", str(Path(args.work) / kind), "--procs", str(procs)],
        check=True, capture_output=True, text=True, env={**os.environ, "TMPDIR": str(tmp)},
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def pick_queries(n: int, sentences: dict[str, list[str]]) -> dict[str, list[str]]:
    """Query strings per class, drawn from the generated documents themselves."""
    rng = random.Random(11)
    df: Counter[str] = Counter()
    bigrams: list[str] = []
    for doc in generate(min(n, 2000), sentences):
        words = [normalize_word(m.group()) for m in WORD_RE.finditer(doc.text)]
        words = [w for w in words if w.isalpha()]
        df.update(sorted(set(words)))  # ties in a stable order: same queries every run
        if len(words) > 10 and rng.random() < 0.05:
            i = rng.randrange(len(words) - 2)
            bigrams.append(f'"{words[i]} {words[i + 1]}"')
    ranked = [w for w, _ in df.most_common() if len(w) >= 5]
    common = ranked[:5]
    mid = ranked[100:400]
    rare = [w for w, c in df.items() if c == 2 and len(w) >= 6]
    fuzzy = []
    for w in rng.sample([w for w in mid if len(w) >= 7], 5):
        i = rng.randrange(3, len(w))
        fuzzy.append(f"{w[:i]}{w[i + 1 :]}~")
    firsts, seconds = rng.sample(mid, 5), rng.sample(mid, 5)
    typed = [w[:4] for w in rng.sample([w for w in mid if len(w) >= 6], 3)] + ["Лукаш", "Hrod"]
    return {
        "common": common,
        "rare": rng.sample(sorted(rare), 5),
        "two terms": [f"{a} {b}" for a, b in zip(firsts, seconds, strict=True)],
        "phrase": bigrams[:5],
        "fuzzy": fuzzy,
        "name with variants": NAME_QUERIES,
        "as you type": typed,
    }  # fmt: skip


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": 1000 * statistics.median(ordered),
        "p95_ms": 1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
    }


def query_whoosh(kinds: list[str], args: argparse.Namespace, queries: dict[str, list[str]],
                 texts: dict[str, str]) -> dict[str, Any]:  # fmt: skip
    """Latency per class; the kinds alternate query by query, so load drift hits all alike."""
    store = GeneratedStore(args.docs, {})
    indexes = {kind: open_index(kind, Path(args.work) / kind, store, 1) for kind in kinds}
    out: dict[str, Any] = {f"query {kind}": {} for kind in kinds}
    for kind, index in indexes.items():
        index.search("warm up")
        # As the window does after unlocking (on its read lane, beside the first listing).
        started = time.perf_counter()
        index.warm()
        out[f"query {kind}"]["warm() seconds"] = time.perf_counter() - started
    extra = [
        ("common + facets", queries["common"]),
        ("common + date sort", queries["common"]),
        ("common, page 5", queries["common"]),
    ]
    for cls, qs in [*queries.items(), *extra]:
        samples: dict[str, list[float]] = {kind: [] for kind in kinds}
        hits: dict[str, list[int]] = {kind: [] for kind in kinds}
        load = os.getloadavg()[0]
        options: dict[str, Any] = {
            "facets": cls == "common + facets",
            "sort": "date" if cls == "common + date sort" else "relevance",
            "page": 5 if cls == "common, page 5" else 1,
            "as_you_type": cls == "as you type",
        }
        for _ in range(args.reps):
            for q in qs:
                for kind, index in indexes.items():
                    started = time.perf_counter()
                    results = index.search(q, limit=10, text_for=texts.get, **options)
                    samples[kind].append(time.perf_counter() - started)
                    hits[kind].append(results.total)
        for kind in kinds:
            out[f"query {kind}"][cls] = {
                **percentiles(samples[kind]),
                "mean_hits": statistics.mean(hits[kind]),
                "load": [load, os.getloadavg()[0]],
            }
        if "sealed" in kinds and "plain" in kinds:
            sealed, plain = out["query sealed"][cls], out["query plain"][cls]
            out.setdefault("ratio sealed/plain", {})[cls] = {
                "p50": sealed["p50_ms"] / plain["p50_ms"],
                "p95": sealed["p95_ms"] / plain["p95_ms"],
                "sum": sum(samples["sealed"]) / sum(samples["plain"]),
            }
    # Phrase totals come from a one-pass collector; they must equal Whoosh's own match set
    # (a collector that let Whoosh replace its matcher once undercounted here at 100k).
    for kind, index in indexes.items():
        for q in queries["phrase"]:
            parsed = index.queries.parse(q)
            every = index._guarded(lambda s, p=parsed: len(list(s.docs_for_query(p))))
            total = index.search(q, limit=10).total
            if total != every:
                raise SystemExit(f"{kind}: phrase {q} counted {total}, Whoosh matches {every}")
    for index in indexes.values():
        index.close()
    return out


def fts5(args: argparse.Namespace, sentences: dict[str, list[str]],
         queries: dict[str, list[str]]) -> dict[str, Any]:  # fmt: skip
    path = Path(args.work) / "fts5.db"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body,"
        " tokenize='unicode61 remove_diacritics 2')"
    )
    started = time.perf_counter()
    batch = []
    for doc in generate(args.docs, sentences):
        batch.append((doc.id, doc.title, doc.text))
        if len(batch) >= 1000:
            db.executemany("INSERT INTO docs VALUES (?, ?, ?)", batch)
            batch = []
    db.executemany("INSERT INTO docs VALUES (?, ?, ?)", batch)
    db.commit()
    seconds = time.perf_counter() - started
    out: dict[str, Any] = {
        "docs_per_s": args.docs / seconds,
        "size_mb": path.stat().st_size / 1e6,
    }
    sql = (
        "SELECT id, snippet(docs, 2, '[', ']', '…', 24) FROM docs WHERE docs MATCH ?"
        " ORDER BY rank LIMIT 10"
    )
    for cls, qs in queries.items():
        samples, hits = [], []
        for _ in range(args.reps):
            for q in qs:
                # FTS5 has no fuzzy search and no variants: the word as typed.
                text = q.rstrip("~") if cls == "fuzzy" else q
                text = text if text.startswith('"') else " ".join(f'"{w}"' for w in text.split())
                if cls == "as you type":
                    text += "*"
                started = time.perf_counter()
                db.execute(sql, (text,)).fetchall()
                samples.append(time.perf_counter() - started)
                hits.append(db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?",
                                       (text,)).fetchone()[0])  # fmt: skip
        out[cls] = {**percentiles(samples), "mean_hits": statistics.mean(hits)}
    db.close()
    return out


def cmd_run(args: argparse.Namespace) -> None:
    sentences = load_sentences(Path(args.corpus))
    Path(args.work).mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {
        "docs": args.docs,
        "cpus": os.cpu_count(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
        "load_at_start": os.getloadavg(),
    }
    if args.reuse:  # query again over indexes built by an earlier run
        earlier = json.loads(Path(args.reuse).read_text("utf-8"))
        result.update({k: v for k, v in earlier.items() if k.startswith("build ")})
    else:
        for kind in args.kinds:
            for procs in args.procs:
                print(f"building {kind} procs={procs} …", file=sys.stderr, flush=True)
                result[f"build {kind} procs={procs}"] = build(kind, args, procs)
    queries = pick_queries(args.docs, sentences)
    result["queries"] = queries
    texts = {d.id: d.text for d in generate(args.docs, sentences)}
    print("querying …", file=sys.stderr, flush=True)
    result.update(query_whoosh(args.kinds, args, queries, texts))
    print("fts5 …", file=sys.stderr, flush=True)
    result["fts5"] = fts5(args, sentences, queries)
    result["load_at_end"] = os.getloadavg()
    Path(args.out).write_text(json.dumps(result, indent=1, ensure_ascii=False), "utf-8")
    print(json.dumps(result, indent=1, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--kind", choices=("sealed", "plain"), required=True)
    b.add_argument("--docs", type=int, required=True)
    b.add_argument("--corpus", required=True)
    b.add_argument("--dir", required=True)
    b.add_argument("--procs", type=int, default=2)
    b.add_argument("--resume", action="store_true", help="continue a stopped rebuild (catch up)")
    b.add_argument("--max-seconds", type=float, help="stop then (uncommitted batch lost)")
    r = sub.add_parser("run")
    r.add_argument("--docs", type=int, default=10_000)
    r.add_argument("--corpus", default=str(Path(__file__).resolve().parents[3] / "shared/corpus"))
    r.add_argument("--work", default="/tmp/letapis-bench")
    r.add_argument("--out", required=True)
    r.add_argument("--procs", type=int, nargs="+", default=[2])
    r.add_argument("--reps", type=int, default=6)
    r.add_argument("--kinds", nargs="+", default=["sealed", "plain"])
    r.add_argument("--reuse", help="results JSON whose built indexes (in --work) to reuse")
    args = parser.parse_args()
    cmd_build(args) if args.cmd == "build" else cmd_run(args)


if __name__ == "__main__":
    main()
