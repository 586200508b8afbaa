"""kill -9 during export (I2): no bundle under its final name unless complete."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from archive_app.exchange.bundle_reader import NullSink, read_bundle
from archive_app.exchange.errors import BundleDamaged

from .helpers import Pair

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from archive_app.exchange import volumes
    from archive_app.exchange.identity import Identity
    from archive_app.exchange.bundle_writer import BundleRequest, MemberSource, write_bundle

    work, point = Path(sys.argv[1]), sys.argv[2]
    alice = Identity.from_secret_bytes((work / "alice").read_bytes())
    bob = Identity.from_secret_bytes((work / "bob").read_bytes())
    def die(*a, **k):
        os.kill(os.getpid(), signal.SIGKILL)
    calls = {"n": 0}
    def progress(done, total):
        calls["n"] += 1
        if point == "stream" and calls["n"] == 5:
            die()
    if point == "between-renames":
        real = os.replace
        renames = {"n": 0}
        def replace(src, dst):
            real(src, dst)
            renames["n"] += 1
            if renames["n"] == 2:
                die()
        volumes.os.replace = replace
    if point == "verify":
        import archive_app.exchange.bundle_writer as bw
        bw.verify_written = lambda *a, **k: die()
    members = [MemberSource.from_file(p) for p in sorted((work / "data").iterdir())]
    req = BundleRequest(alice, "aa" * 16, [bob.card()], 1, None, {"kind": "all"}, members)
    write_bundle(req, work / "out" / "b", volume_size=64 * 1024, progress=progress)
    """
)


@pytest.mark.parametrize("point", ["stream", "between-renames", "verify", "none"])
def test_kill_during_export(tmp_path: Path, point: str) -> None:
    pair = Pair()
    (tmp_path / "alice").write_bytes(pair.alice.to_secret_bytes())
    (tmp_path / "bob").write_bytes(pair.bob.to_secret_bytes())
    (tmp_path / "data").mkdir()
    (tmp_path / "out").mkdir()
    for i in range(3):
        (tmp_path / "data" / f"f{i}").write_bytes(os.urandom(100_000))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), point],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == (0 if point == "none" else -9), result.stderr
    finals = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.endswith(".tmp"))
    first = tmp_path / "out" / "b.letapis-bundle.001"
    if point in ("none", "verify"):
        # Renamed before the read-back: complete, and it reads.
        read_bundle(first, pair.bob, pair.bob_state, NullSink())
    elif point == "stream":
        assert finals == []
    else:
        assert "b.letapis-bundle.001" not in finals and finals  # later volumes only
        with pytest.raises(BundleDamaged, match="missing"):
            read_bundle(tmp_path / "out" / finals[-1], pair.bob, pair.bob_state, NullSink())
