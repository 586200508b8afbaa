"""Exchange throughput and memory: bundle export/receive vs the `age` CLI on the same bytes.

Usage: ``python bench/exchange/bench_exchange.py [--mib 1024] [--files 16] [--vault]``

Each phase runs in its own subprocess so its peak RSS (ru_maxrss) is its own. Phases:

* ``layer-export``: write_bundle over plain files (tar → pyrage encrypt_io → volume files),
  without and with the verify-after-write pass (I9);
* ``layer-receive``: read_bundle with a sink that only counts (age → strict tar → hashes);
* ``age-encrypt`` / ``age-decrypt``: the Debian `age` CLI on the same bytes (one stream);
* with ``--vault``: the full path through two vaults (import not timed; export reads sealed
  blobs; receive re-seals into staging and commits).

Results go to stdout as a table and to bench/exchange/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

PHASE = r"""
import json, os, resource, sys, time
from pathlib import Path
sys.path.insert(0, {repo!r})
phase, work, mib = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
from archive_app.exchange.identity import Identity
from archive_app.exchange.contacts import ExchangeState
from archive_app.exchange.bundle_writer import BundleRequest, MemberSource, write_bundle
from archive_app.exchange.bundle_reader import NullSink, read_bundle
alice = Identity.from_secret_bytes((work / "alice.id").read_bytes())
bob = Identity.from_secret_bytes((work / "bob.id").read_bytes())
files = sorted((work / "data").iterdir())
import threading
def job():
    if phase.startswith("layer-export"):
        members = [MemberSource.from_file(p, sha256=p.name) for p in files]
        req = BundleRequest(alice, "aa" * 16, [bob.card()], 1, None, {{"kind": "all"}}, members)
        out = work / ("bundle-verify" if phase.endswith("verify") else "bundle")
        write_bundle(req, out, verify=phase.endswith("verify"))
    elif phase == "layer-receive":
        state = ExchangeState(); state.add(alice.card(), verified=True)
        read_bundle(work / "bundle.letapis-bundle", bob, state, NullSink())
# The work runs on a worker thread, as in the GUI; the main thread plays the GUI event loop
# and records its longest wait for the GIL (a 5 ms tick).
start = time.perf_counter()
worker = threading.Thread(target=job)
worker.start()
worst = 0.0
last = time.perf_counter()
while worker.is_alive():
    time.sleep(0.005)
    now = time.perf_counter()
    worst = max(worst, now - last - 0.005)
    last = now
worker.join()
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"phase": phase, "seconds": seconds, "rss_mib": rss,
                  "max_gui_stall_ms": worst * 1000}}))
"""

VAULT_PHASE = r"""
import json, os, resource, sys, time, hashlib
from pathlib import Path
sys.path.insert(0, {repo!r})
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
    a.close(); b.close()
    print(json.dumps({{"phase": phase, "seconds": 0, "rss_mib": 0}}))
    sys.exit(0)
start = time.perf_counter()
if phase == "vault-export":
    a = Archive.open(work / "a.letapis", PASS)
    bob = service.load_state(a).contacts[0].id
    service.export_bundle(a, work / "vb", to=[bob])
    a.close()
elif phase == "vault-receive":
    b = Archive.open(work / "b.letapis", PASS)
    service.receive_bundle(b, work / "vb.letapis-bundle")
    b.close()
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"phase": phase, "seconds": seconds, "rss_mib": rss}}))
"""


def run_phase(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def timed(
    cmd: list[str], stdin_files: list[str] | None = None, stdout_null: bool = False
) -> dict[str, float]:
    """Run ``cmd`` in a helper Python process that reports the command's own peak RSS."""
    helper = (
        "import json, resource, subprocess, sys, time, os\n"
        "cmd, files, null = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]\n"
        "cat = subprocess.Popen(['cat', *files], stdout=subprocess.PIPE) if files else None\n"
        "out = open(os.devnull, 'wb') if null == '1' else None\n"
        "t = time.perf_counter()\n"
        "subprocess.run(cmd, stdin=cat.stdout if cat else None, stdout=out, check=True)\n"
        "s = time.perf_counter() - t\n"
        "print(json.dumps({'seconds': s,\n"
        "  'rss_mib': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))\n"
    )
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            helper,
            json.dumps(cmd),
            json.dumps(stdin_files or []),
            "1" if stdout_null else "0",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=1024)
    parser.add_argument("--files", type=int, default=16)
    parser.add_argument("--vault", action="store_true")
    args = parser.parse_args()
    from archive_app.exchange.identity import Identity

    work = Path(tempfile.mkdtemp(prefix="letapis-bench-"))
    try:
        data = work / "data"
        data.mkdir()
        per = args.mib * 1024 * 1024 // args.files
        import hashlib

        for _ in range(args.files):
            block = os.urandom(per)
            (data / hashlib.sha256(block).hexdigest()).write_bytes(block)
        total = per * args.files
        alice, bob = Identity.generate("Alice"), Identity.generate("Bob")
        (work / "alice.id").write_bytes(alice.to_secret_bytes())
        (work / "bob.id").write_bytes(bob.to_secret_bytes())
        code = PHASE.format(repo=str(REPO))
        results = []
        for phase in ("layer-export", "layer-export-verify", "layer-receive"):
            results.append(run_phase(code, phase, str(work), str(args.mib)))
        if shutil.which("age"):
            key = work / "bob.key"
            key.write_text(bob.age_key_file_text())
            files = sorted(map(str, data.iterdir()))
            enc = timed(["age", "-r", bob.age_recipient, "-o", str(work / "cli.age")], files)
            results.append({"phase": "age-encrypt", **enc})
            dec = timed(["age", "-d", "-i", str(key), str(work / "cli.age")], stdout_null=True)
            results.append({"phase": "age-decrypt", **dec})
        if args.vault:
            vcode = VAULT_PHASE.format(repo=str(REPO))
            run_phase(vcode, "vault-setup", str(work))
            for phase in ("vault-export", "vault-receive"):
                results.append(run_phase(vcode, phase, str(work)))
        for r in results:
            r["mb_per_s"] = total / 1e6 / r["seconds"]
        by = {r["phase"]: r for r in results}
        if "age-encrypt" in by:
            by["layer-export"]["vs_age_cli"] = (
                by["layer-export"]["mb_per_s"] / by["age-encrypt"]["mb_per_s"]
            )
            by["layer-receive"]["vs_age_cli"] = (
                by["layer-receive"]["mb_per_s"] / by["age-decrypt"]["mb_per_s"]
            )
        print(f"{total / 2**20:.0f} MiB in {args.files} files")
        print(f"{'phase':22} {'s':>7} {'MB/s':>8} {'RSS MiB':>8} {'vs age':>7} {'stall ms':>9}")
        for r in results:
            ratio = f"{r['vs_age_cli']:.2f}" if "vs_age_cli" in r else ""
            stall = f"{r['max_gui_stall_ms']:.0f}" if "max_gui_stall_ms" in r else ""
            print(
                f"{r['phase']:22} {r['seconds']:7.2f} {r['mb_per_s']:8.0f} "
                f"{r['rss_mib']:8.0f} {ratio:>7} {stall:>9}"
            )
        (Path(__file__).parent / "results.json").write_text(
            json.dumps({"mib": args.mib, "files": args.files, "results": results}, indent=2)
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
