"""Crash-consistency harness: run a write path in a child process, SIGKILL it, check invariants.

A child process opens a vault (cheap KDF), prints ``ready`` and runs one write path — once or
in a loop. The parent kills it with SIGKILL at a random moment, then checks what must hold
after any crash (HOSTILE_CASES A5, B8, H3, I1, I2): the vault opens, ``check`` passes, no
staging or temp file is left, no blob without a record, and the operation is wholly done or
not at all; finally the same operation run again completes.

``LETAPIS_CRASH_RUNS`` sets the runs per path (default 20), ``LETAPIS_CRASH_SEED`` the seed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archive_app.archive import Archive
from archive_app.ingest.model import NewAttachment, NewDocument
from tests.conftest import PASSPHRASE
from tests.leakscan import leak_roots, scan

REPO = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("LETAPIS_CRASH_RUNS", "20"))
SEED = int(os.environ.get("LETAPIS_CRASH_SEED", "1"))
MARKER = "KRASHMARKERZUBR"

#: The operations a child can run, each after opening the vault and printing "ready".
OPS = textwrap.dedent(
    """
    import hashlib, json, os, sys
    from pathlib import Path
    from archive_app.archive import Archive
    from archive_app.exchange import service
    from archive_app.ingest.model import NewAttachment, NewDocument

    def run(op, vault, args):
        archive = Archive.open(vault, args["passphrase"])
        if args.get("index"):
            archive.search("anything")
        print("ready", flush=True)
        if op == "edit":
            i = args.get("start", 0)
            while True:
                i += 1
                for doc_id in args["ids"]:
                    archive.update_document(
                        doc_id, {"title": f"Title {i}", "text": f"Body {i} {args['marker']}"}
                    )
        elif op == "delete":
            for doc_id in args["ids"]:
                archive.delete_document(doc_id)
        elif op == "add":
            for i in range(args["start"], args["start"] + args["count"]):
                data = f"original {i} {args['marker']}".encode() * 2000
                archive.add_document(NewDocument(
                    title=f"Added {i}", text=f"Added body {i}", type="evidence",
                    attachments=[NewAttachment(f"a{i}.bin", hashlib.sha256(data).hexdigest(),
                                               len(data), data=data, is_original=True)]))
        elif op == "reindex":
            while True:
                archive.reindex()
        elif op == "export":
            archive.export_bundle(Path(args["out"]), to=[args["to"]])
        elif op == "receive":
            archive.receive_bundle(Path(args["bundle"]))
        archive.close()
        print("done", flush=True)
    """
)

#: A zygote: imports everything once, then forks one child per command (a fresh interpreter
#: per run would cost a second of imports). Each child leads its own process group, so the
#: kill also reaches any index worker it forked.
ZYGOTE = OPS + textwrap.dedent(
    """
    for line in sys.stdin:
        cmd = json.loads(line)
        pid = os.fork()
        if pid == 0:
            os.setpgid(0, 0)
            code = 0
            try:
                run(cmd["op"], Path(cmd["vault"]), cmd["args"])
            except BaseException as exc:
                print(f"error {type(exc).__name__}: {exc}", flush=True)
                code = 1
            sys.stdout.flush()
            os._exit(code)
        print(f"pid {pid}", flush=True)
        sys.stdin.readline()  # "reap": the harness has killed it or seen it finish
        _, status = os.waitpid(pid, 0)
        print(f"status {status}", flush=True)
    """
)


@dataclass
class Outcome:
    """One run: how long after ``ready`` the kill came and whether the child had finished."""

    delay: float
    finished: bool


def child_env(home: Path) -> dict[str, str]:
    """A clean environment with a fresh HOME, TMPDIR and XDG folders under ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["PYTHONPATH"] = str(REPO)
    env["HOME"] = str(home)
    env["TMPDIR"] = str(home / "tmp")
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    for sub in ("tmp", "xdg_config_home", "xdg_cache_home", "xdg_data_home", "xdg_state_home"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    return env


class Zygote:
    """A process that forks the children to be killed (see ZYGOTE)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE],
            env=child_env(home),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError("the zygote died")
        return line.strip()

    def _send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def run(
        self,
        op: str,
        vault: Path,
        args: dict[str, Any],
        kill_after: float | None,
        *,
        kill_when: Callable[[], bool] | None = None,
    ) -> Outcome:
        """Run ``op``; SIGKILL it ``kill_after`` seconds after ``ready`` (None: let it end).

        With ``kill_when``, the kill comes as soon as that condition holds (polled), but no
        later than ``kill_after`` seconds.
        """
        full = {"passphrase": PASSPHRASE, "marker": MARKER, **args}
        self._send(json.dumps({"op": op, "vault": str(vault), "args": full}))
        pid, ready, lines = 0, False, []
        while not (pid and ready):
            line = self._line()
            lines.append(line)
            if line.startswith("pid "):
                pid = int(line.split()[1])
            elif line == "ready":
                ready = True
            elif line.startswith("error"):
                raise AssertionError(f"the child failed before it was ready: {line}")
        if kill_after is not None:
            deadline = time.monotonic() + kill_after
            if kill_when is None:
                time.sleep(kill_after)
            while kill_when is not None and not kill_when() and time.monotonic() < deadline:
                time.sleep(0.002)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
        else:
            while (line := self._line()) not in ("done",) and not line.startswith("error"):
                lines.append(line)
            lines.append(line)
        self._send("reap")
        while not (line := self._line()).startswith("status"):
            lines.append(line)
        errors = [x for x in lines if x.startswith("error")]
        if kill_after is None:
            assert not errors and line == "status 0", lines
        else:  # a child may end on its own before the kill, but never with an error
            assert not errors, errors
        if kill_after is not None:
            # Index workers of the killed child, if any, must be gone before anyone looks:
            # SIGKILL is delivered asynchronously, so wait until the group is empty.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    os.killpg(pid, 0)
                except (ProcessLookupError, PermissionError):
                    break
                time.sleep(0.01)
        return Outcome(kill_after or 0.0, "done" in lines)

    def timed(self, op: str, vault: Path, args: dict[str, Any]) -> float:
        """How long ``op`` takes after ``ready`` when nobody kills it."""
        start = time.monotonic()
        self.run(op, vault, args, None)
        return time.monotonic() - start

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)

    def assert_no_leaks(self, *folders: Path) -> None:
        """No plaintext marker in ``folders``, the children's HOME, TMPDIR, XDG or /dev/shm."""
        leaks = scan(leak_roots(*folders, env=child_env(self.home)), [MARKER, PASSPHRASE])
        assert leaks == [], leaks

    def __enter__(self) -> Zygote:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def crash_loop(
    runs: int,
    pick_delay: Callable[[random.Random], float],
    one_run: Callable[[int, float], None],
) -> None:
    """Call ``one_run(i, delay)`` ``runs`` times with seeded random kill delays."""
    rng = random.Random(SEED)
    for i in range(runs):
        one_run(i, pick_delay(rng))


# --- vault fixtures and invariants ---------------------------------------------------------


def attachment(name: str, data: bytes) -> NewAttachment:
    return NewAttachment(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        data=data,
        is_original=True,
    )


def populate(archive: Archive, count: int, *, shared_every: int = 4) -> dict[str, bytes]:
    """Add ``count`` documents, each with an original; every ``shared_every``-th shares one.

    Returns {document id: original bytes}.
    """
    shared = f"shared original {MARKER}".encode() * 3000
    originals: dict[str, bytes] = {}
    for i in range(count):
        data = shared if i % shared_every == 0 else os.urandom(20_000) + bytes([i % 256])
        doc_id = archive.add_document(
            NewDocument(
                title="Title 0",
                text=f"Body 0 {MARKER}",
                type="statement",
                attachments=[attachment(f"original{i}.bin", data)],
            )
        )
        originals[doc_id] = data
    return originals


def assert_vault_sound(vault: Path, *, deep: bool = False) -> None:
    """The invariants after any crash: opens, check ok, no staging or temp leftovers."""
    with Archive.open(vault, PASSPHRASE) as archive:
        report = archive.check()
        assert report.ok, [(p.kind, p.message) for p in report.problems]
        if deep:
            archive.search("Body")
            deep_report = archive.check(deep=True)
            assert deep_report.ok, [(p.kind, p.message) for p in deep_report.problems]
    leftovers = [
        p
        for p in vault.rglob("*")
        if p.is_file() and (p.name.endswith(".tmp") or "staging" in p.relative_to(vault).parts)
    ]
    assert leftovers == [], leftovers
    assert not list((vault / "staging").iterdir())


def copy_vault(template: Path, dest: Path) -> Path:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(template, dest)
    return dest
