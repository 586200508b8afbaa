"""The helper threads of the bundle path: fsync (BackgroundSync) and SHA-256 (HashThread)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from archive_app.exchange import volumes
from archive_app.exchange.background_sync import BackgroundSync
from archive_app.exchange.bundle_reader import MemorySink, read_bundle
from archive_app.exchange.hash_thread import HashThread

from .helpers import Pair, members_fixture, write


def test_background_sync_reports_only_required_failures(tmp_path: Path) -> None:
    present = tmp_path / "present.bin"
    present.write_bytes(b"x" * 1000)
    sync = BackgroundSync()
    try:
        sync.submit(present)
        sync.submit(tmp_path / "gone-but-optional.bin", required=False)
        sync.wait()  # nothing required failed
        sync.submit(tmp_path / "gone.bin")
        with pytest.raises(FileNotFoundError):
            sync.wait()
        sync.wait()  # a failure is reported once
    finally:
        sync.close()
    BackgroundSync().close()  # never started: nothing to stop


def test_hash_thread_keeps_order_and_matches_hashlib() -> None:
    pieces = [os.urandom(n) for n in (1, 5000, 1 << 20, 3, 70_000)]
    hasher = HashThread(depth=2)
    try:
        one, two = hashlib.sha256(), hashlib.sha256()
        for piece in pieces:
            hasher.update(one, piece)
            hasher.update(two, piece[::-1])
        assert hasher.hexdigest(one) == hashlib.sha256(b"".join(pieces)).hexdigest()
        expected = hashlib.sha256(b"".join(p[::-1] for p in pieces)).hexdigest()
        assert hasher.hexdigest(two) == expected
    finally:
        hasher.close()


def test_hash_thread_hands_an_error_to_the_caller() -> None:
    class Broken:
        def update(self, data: bytes) -> None:
            raise ValueError("broken hash")

        def hexdigest(self) -> str:
            return ""

    hasher = HashThread()
    try:
        hasher.update(Broken(), b"data")
        with pytest.raises(ValueError, match="broken hash"):
            hasher.hexdigest(Broken())
    finally:
        hasher.close()


def test_volumes_synced_early_while_written_read_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Early syncs every 64 KiB (normally 32 MiB) and volumes of 256 KiB: the helper thread
    # syncs volumes that are still being written, and later ones after renames.
    monkeypatch.setattr(volumes, "EARLY_SYNC_BYTES", 64 * 1024)
    pair = Pair()
    members = members_fixture(tmp_path, n_files=3, size=400_000)
    written = write(pair, tmp_path / "v", members, volume_size=256 * 1024)
    assert len(written.paths) > 3
    assert not list(tmp_path.glob("*.tmp"))
    sink = MemorySink()
    read_bundle(written.paths[-1], pair.bob, pair.bob_state, sink)
    for member in members[1:]:
        assert hashlib.sha256(sink.members[member.name]).hexdigest() == member.sha256
