"""Exchange throughput and memory: bundle export/receive vs the `age` CLI on the same bytes.

Usage: ``python bench/exchange/bench_exchange.py [--mib 1024] [--files 16] [--reps 3] [--vault]``

Each phase runs in its own process, so its peak RSS (VmHWM; ``ru_maxrss`` would include the
parent's peak, as Linux keeps it across fork and exec) is its own. Timings are the best of
``--reps`` runs, interleaved, because this machine is shared. Phases:

* ``layer-export``: write_bundle over plain files (tar → pyrage encrypt_io → volume files,
  fsynced), members hashed while streaming; ``layer-export-verify`` adds the read-back
  check (I9);
* ``layer-receive``: read_bundle with a sink that keeps nothing (age → strict tar → hashes,
  large members hashed on a helper thread); ``layer-receive-inline`` hashes on the pyrage
  thread instead (the same-run comparison behind the helper thread);
* ``age-encrypt`` / ``age-decrypt``: the Debian `age` CLI on the same bytes (one stream);
* ``pyrage-encrypt`` / ``pyrage-decrypt``: pyrage's ``encrypt_io`` alone (files in, one
  fsynced file out) and ``decrypt_io`` alone (into a writer that keeps nothing): the floor of
  any bundle path built on pyrage, in the same run;
* with ``--vault``: the full path through two vaults — export reads sealed blobs and reads
  the bundle back (I9), receive re-seals into staging and commits (import into the first
  vault is not timed; each receive starts from the same empty vault).

The load average (``os.getloadavg``) is recorded before every run: the machine is shared.

The phases run their work on a worker thread while the main thread ticks every 5 ms, as a GUI
event loop would; ``stall`` is the longest tick delay (how long the GIL was not available).
Results: a table on stdout and bench/exchange/results.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

COMMON = r"""
import json, sys, threading, time
from pathlib import Path
sys.path.insert(0, {repo!r})

def hwm_mib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
    return 0.0

def measure(job):
    start = time.perf_counter()
    worker = threading.Thread(target=job)
    worker.start()
    worst, last = 0.0, time.perf_counter()
    while worker.is_alive():
        time.sleep(0.005)
        now = time.perf_counter()
        worst, last = max(worst, now - last - 0.005), now
    worker.join()
    return time.perf_counter() - start, worst * 1000
"""

LAYER = (
    COMMON
    + r"""
phase, work, tag = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
from archive_app.exchange.identity import Identity
from archive_app.exchange.contacts import ExchangeState
from archive_app.exchange.bundle_writer import BundleRequest, MemberSource, write_bundle
from archive_app.exchange.bundle_reader import NullSink, read_bundle
alice = Identity.from_secret_bytes((work / "alice.id").read_bytes())
bob = Identity.from_secret_bytes((work / "bob.id").read_bytes())
files = sorted((work / "data").iterdir())

class Null:
    def write(self, data):
        return len(data)

def job():
    if phase == "pyrage-encrypt":
        import pyrage
        from archive_app.exchange.volumes import VolumeWriter
        writer = VolumeWriter(work / f"pyrage-{{tag}}")
        class Cat:
            def __init__(self):
                self.handles = iter(files)
                self.handle = None
            def read(self, n=-1):
                while True:
                    if self.handle is None:
                        path = next(self.handles, None)
                        if path is None:
                            return b""
                        self.handle = open(path, "rb", buffering=1 << 20)
                    data = self.handle.read(n)
                    if data:
                        return data
                    self.handle.close()
                    self.handle = None
        pyrage.encrypt_io(Cat(), writer, [pyrage.x25519.Recipient.from_str(bob.age_recipient)])
        writer.commit()
    elif phase == "pyrage-decrypt":
        import pyrage
        with open(work / "layer-export-0.letapis-bundle", "rb", buffering=1 << 20) as src:
            pyrage.decrypt_io(src, Null(), [bob.pyrage_identity()])
    elif phase.startswith("layer-export"):
        members = [MemberSource.from_file(p, sha256=p.name) for p in files]
        req = BundleRequest(alice, "aa" * 16, [bob.card()], 1, None, {{"kind": "all"}}, members)
        write_bundle(req, work / f"{{phase}}-{{tag}}", verify=phase.endswith("verify"))
    else:
        state = ExchangeState()
        state.add(alice.card(), verified=True)
        read_bundle(work / "layer-export-0.letapis-bundle", bob, state, NullSink(),
                    hash_thread=not phase.endswith("inline"))

seconds, stall = measure(job)
print(json.dumps({{"phase": phase, "seconds": seconds, "rss_mib": hwm_mib(),
                  "max_gui_stall_ms": stall}}))
"""
)

VAULT = (
    COMMON
    + r"""
phase, work = sys.argv[1], Path(sys.argv[2])
from archive_app.archive import Archive
from archive_app.exchange import service
PASS = "bench passphrase 1"
if phase == "vault-setup":
    from archive_app.crypto.keys import KdfParams
    from archive_app.ingest.model import NewAttachment, NewDocument
    kdf = KdfParams(memory_kib=1024, iterations=1, lanes=1)
    a, _ = Archive.create(work / "a.letapis", PASS, kdf=kdf)
    b, _ = Archive.create(work / "b.letapis", PASS, kdf=kdf)
    service.add_contact(a, service.get_identity(b).card(), verified=True)
    service.add_contact(b, service.get_identity(a).card(), verified=True)
    for p in sorted((work / "data").iterdir()):
        a.add_document(NewDocument(title=p.name[:8], text="bench", attachments=[
            NewAttachment(p.name[:8], p.name, p.stat().st_size, path=p, is_original=True)]))
    a.close()
    b.close()
    import shutil
    shutil.copytree(work / "b.letapis", work / "b-empty.letapis")
    print(json.dumps({{"phase": phase, "seconds": 0, "rss_mib": 0}}))
    sys.exit(0)

import shutil
if phase == "vault-export":
    for old in work.glob("vb.letapis-bundle*"):
        old.unlink()
else:
    shutil.rmtree(work / "b.letapis", ignore_errors=True)
    shutil.copytree(work / "b-empty.letapis", work / "b.letapis")

def job():
    if phase == "vault-export":
        a = Archive.open(work / "a.letapis", PASS)
        service.export_bundle(a, work / "vb", to=[service.load_state(a).contacts[0].id])
        a.close()
    else:
        b = Archive.open(work / "b.letapis", PASS)
        service.receive_bundle(b, work / "vb.letapis-bundle")
        b.close()

seconds, stall = measure(job)
print(json.dumps({{"phase": phase, "seconds": seconds, "rss_mib": hwm_mib(),
                  "max_gui_stall_ms": stall}}))
"""
)

AGE = r"""
import json, os, subprocess, sys, time
cmd, files, null = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3] == "1"
cat = subprocess.Popen(["cat", *files], stdout=subprocess.PIPE) if files else None
out = open(os.devnull, "wb") if null else None
start = time.perf_counter()
proc = subprocess.Popen(cmd, stdin=cat.stdout if cat else None, stdout=out)
hwm = 0
while proc.poll() is None:
    try:
        for line in open(f"/proc/{proc.pid}/status"):
            if line.startswith("VmHWM"):
                hwm = max(hwm, int(line.split()[1]))
    except OSError:
        pass
    time.sleep(0.01)
print(json.dumps({"seconds": time.perf_counter() - start, "rss_mib": hwm / 1024}))
"""


def run(code: str, *args: str) -> dict[str, float]:
    load = os.getloadavg()[0]
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    result["load"] = load
    return result


def best(runs: list[dict[str, float]]) -> dict[str, float]:
    top = min(runs, key=lambda r: r["seconds"])
    return {
        **top,
        "rss_mib": max(r["rss_mib"] for r in runs),
        "max_gui_stall_ms": max(r.get("max_gui_stall_ms", 0.0) for r in runs),
        "load_min": min(r["load"] for r in runs),
        "load_max": max(r["load"] for r in runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=1024)
    parser.add_argument("--files", type=int, default=16)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--vault", action="store_true")
    args = parser.parse_args()
    from archive_app.exchange.identity import Identity

    work = Path(tempfile.mkdtemp(prefix="letapis-bench-"))
    try:
        data = work / "data"
        data.mkdir()
        per = args.mib * 1024 * 1024 // args.files
        for _ in range(args.files):
            block = os.urandom(per)
            (data / hashlib.sha256(block).hexdigest()).write_bytes(block)
        total = per * args.files
        alice, bob = Identity.generate("Alice"), Identity.generate("Bob")
        (work / "alice.id").write_bytes(alice.to_secret_bytes())
        (work / "bob.id").write_bytes(bob.to_secret_bytes())
        key = work / "bob.key"
        key.write_text(bob.age_key_file_text())
        layer = LAYER.format(repo=str(REPO))
        runs: dict[str, list[dict[str, float]]] = {}
        has_age = shutil.which("age") is not None
        files = sorted(map(str, data.iterdir()))
        for rep in range(args.reps):
            for phase in (
                "layer-export",
                "layer-export-verify",
                "layer-receive",
                "layer-receive-inline",
                "pyrage-encrypt",
                "pyrage-decrypt",
            ):
                runs.setdefault(phase, []).append(run(layer, phase, str(work), str(rep)))
            for leftover in work.glob("pyrage-*"):
                leftover.unlink()
            if has_age:
                enc = ["age", "-r", bob.age_recipient, "-o", str(work / f"cli{rep}.age")]
                runs.setdefault("age-encrypt", []).append(
                    run(AGE, json.dumps(enc), json.dumps(files), "0")
                )
                dec = ["age", "-d", "-i", str(key), str(work / f"cli{rep}.age")]
                runs.setdefault("age-decrypt", []).append(run(AGE, json.dumps(dec), "[]", "1"))
            for leftover in work.glob(f"layer-export-verify-{rep}*"):
                leftover.unlink()
        if args.vault:
            vault = VAULT.format(repo=str(REPO))
            run(vault, "vault-setup", str(work))
            for rep in range(args.reps):
                for phase in ("vault-export", "vault-receive"):
                    runs.setdefault(phase, []).append(run(vault, phase, str(work)))
                if has_age:
                    enc = ["age", "-r", bob.age_recipient, "-o", str(work / f"cli-v{rep}.age")]
                    runs["age-encrypt"].append(run(AGE, json.dumps(enc), json.dumps(files), "0"))
                    dec = ["age", "-d", "-i", str(key), str(work / f"cli-v{rep}.age")]
                    runs["age-decrypt"].append(run(AGE, json.dumps(dec), "[]", "1"))
        results = []
        for phase, items in runs.items():
            result = {"phase": phase, **best(items)}
            result["mb_per_s"] = total / 1e6 / result["seconds"]
            results.append(result)
        by = {r["phase"]: r for r in results}
        pairs = {
            "layer-export": "age-encrypt",
            "layer-export-verify": "age-encrypt",
            "vault-export": "age-encrypt",
            "layer-receive": "age-decrypt",
            "layer-receive-inline": "age-decrypt",
            "vault-receive": "age-decrypt",
            "pyrage-encrypt": "age-encrypt",
            "pyrage-decrypt": "age-decrypt",
        }
        for ours, theirs in pairs.items():
            if ours in by and theirs in by:
                by[ours]["vs_age_cli"] = by[ours]["mb_per_s"] / by[theirs]["mb_per_s"]
        print(f"{total / 2**20:.0f} MiB in {args.files} files, best of {args.reps}")
        print(
            f"{'phase':22} {'s':>7} {'MB/s':>8} {'RSS MiB':>8} {'vs age':>7} {'stall ms':>9}"
            f" {'load':>9}"
        )
        for r in results:
            ratio = f"{r['vs_age_cli']:.2f}" if "vs_age_cli" in r else ""
            stall = f"{r['max_gui_stall_ms']:.0f}" if r.get("max_gui_stall_ms") else ""
            load = f"{r['load_min']:.1f}-{r['load_max']:.1f}"
            print(
                f"{r['phase']:22} {r['seconds']:7.2f} {r['mb_per_s']:8.0f} "
                f"{r['rss_mib']:8.0f} {ratio:>7} {stall:>9} {load:>9}"
            )
        (Path(__file__).parent / "results.json").write_text(
            json.dumps(
                {"mib": args.mib, "files": args.files, "reps": args.reps, "results": results},
                indent=2,
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
