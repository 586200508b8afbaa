"""Real bundles: round trip, volumes, the age CLI and tar, verify-after-write, policies."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from archive_app.errors import Cancelled, CorruptData, StorageError, UsageError
from archive_app.exchange.bundle_reader import MemorySink, NullSink, SignerStatus, read_bundle
from archive_app.exchange.contacts import ExchangeState, SequenceVerdict
from archive_app.exchange.errors import (
    AgeNoMatch,
    AgePayloadError,
    BundleDamaged,
    BundleRejected,
)
from archive_app.exchange.identity import Identity
from archive_app.exchange.manifest import MANIFEST_NAME

from .helpers import Pair, members_fixture, write

HAS_AGE = shutil.which("age") is not None and shutil.which("tar") is not None


def test_round_trip_byte_for_byte(tmp_path: Path) -> None:
    pair = Pair()
    members = members_fixture(tmp_path)
    written = write(pair, tmp_path / "weekly", members)
    assert [p.name for p in written.paths] == ["weekly.letapis-bundle"]
    assert not list(tmp_path.glob("*.tmp"))
    sink = MemorySink()
    verdict = read_bundle(written.paths[0], pair.bob, pair.bob_state, sink)
    assert verdict.signer is SignerStatus.VERIFIED
    assert verdict.sequence is SequenceVerdict.NEW
    assert verdict.manifest_sha256 == written.manifest_sha256
    assert verdict.manifest.sender.fingerprint == pair.alice.fingerprint
    assert set(verdict.manifest.recipients) == {pair.alice.fingerprint, pair.bob.fingerprint}
    for member in members:
        got = sink.members[member.name]
        assert hashlib.sha256(got).hexdigest() == member.sha256
    if members[1].name.startswith("files/"):
        assert (
            members[1].name == "files/" + hashlib.sha256(sink.members[members[1].name]).hexdigest()
        )


def test_sender_can_reread_and_unknown_signer_refused(tmp_path: Path) -> None:
    pair = Pair()
    written = write(pair, tmp_path / "b", members_fixture(tmp_path))
    stranger = ExchangeState()
    sink = MemorySink()
    with pytest.raises(BundleRejected) as info:
        read_bundle(written.paths[0], pair.bob, stranger, sink)
    assert info.value.reason == "unknown-signer"
    assert "·" in str(info.value)  # the spoken fingerprint is shown
    assert sink.members == {}
    verdict = read_bundle(written.paths[0], pair.bob, stranger, NullSink(), accept_unknown=True)
    assert verdict.signer is SignerStatus.UNKNOWN


def test_not_addressed_to_this_vault(tmp_path: Path) -> None:
    pair = Pair()
    written = write(pair, tmp_path / "b", members_fixture(tmp_path))
    eve = Identity.generate("Eve")
    with pytest.raises(AgeNoMatch, match="not made for this archive"):
        read_bundle(written.paths[0], eve, pair.bob_state, NullSink())


def test_duplicate_older_and_equivocation(tmp_path: Path) -> None:
    pair = Pair()
    w1 = write(pair, tmp_path / "one", members_fixture(tmp_path))
    contact = pair.bob_state.by_fingerprint(pair.alice.fingerprint)
    assert contact is not None
    contact.received[1] = w1.manifest_sha256
    again = read_bundle(w1.paths[0], pair.bob, pair.bob_state, NullSink())
    assert again.duplicate and not again.complete
    w2 = write(pair, tmp_path / "two", members_fixture(tmp_path), sequence=1)
    with pytest.raises(BundleRejected) as info:
        read_bundle(w2.paths[0], pair.bob, pair.bob_state, NullSink())
    assert info.value.reason == "equivocation"
    contact.received[5] = "ff" * 32
    w3 = write(pair, tmp_path / "three", members_fixture(tmp_path), sequence=3, previous="00" * 32)
    with pytest.raises(BundleRejected) as info:
        read_bundle(w3.paths[0], pair.bob, pair.bob_state, NullSink())
    assert info.value.reason == "older"
    ok = read_bundle(w3.paths[0], pair.bob, pair.bob_state, NullSink(), allow_older=True)
    assert ok.sequence is SequenceVerdict.OLDER_UNSEEN


def test_not_sent_to_you(tmp_path: Path) -> None:
    # Carol is a co-recipient of a bundle Alice made for Bob and Carol... no: Alice makes a
    # bundle for Carol only; Carol re-encrypts the plaintext to Bob (age allows it).
    import io

    import pyrage

    pair = Pair()
    carol = Identity.generate("Carol")
    from archive_app.exchange.bundle_writer import BundleRequest, write_bundle

    req = BundleRequest(
        pair.alice, "aa" * 16, [carol.card()], 1, None, {"kind": "all"}, members_fixture(tmp_path)
    )
    written = write_bundle(req, tmp_path / "for-carol")
    plain = io.BytesIO()
    pyrage.decrypt_io(io.BytesIO(written.paths[0].read_bytes()), plain, [carol.pyrage_identity()])
    forwarded = io.BytesIO()
    pyrage.encrypt_io(
        io.BytesIO(plain.getvalue()),
        forwarded,
        [pyrage.x25519.Recipient.from_str(pair.bob.age_recipient)],
    )
    path = tmp_path / "fwd.letapis-bundle"
    path.write_bytes(forwarded.getvalue())
    with pytest.raises(BundleRejected) as info:
        read_bundle(path, pair.bob, pair.bob_state, NullSink())
    assert info.value.reason == "not-for-you"


def test_volumes_split_and_reassemble(tmp_path: Path) -> None:
    pair = Pair()
    members = members_fixture(tmp_path, n_files=3, size=200_000)
    written = write(pair, tmp_path / "vol", members, volume_size=64 * 1024)
    names = [p.name for p in written.paths]
    assert names[0] == "vol.letapis-bundle.001" and len(names) >= 9
    sizes = [p.stat().st_size for p in written.paths]
    assert all(s == 64 * 1024 for s in sizes[:-1]) and 0 < sizes[-1] <= 64 * 1024
    for any_volume in (written.paths[0], written.paths[4], written.paths[-1]):
        sink = MemorySink()
        read_bundle(any_volume, pair.bob, pair.bob_state, sink)
        assert set(sink.members) == {m.name for m in members}
    # A missing last volume: age notices the stream is cut.
    written.paths[-1].unlink()
    with pytest.raises(AgePayloadError):
        read_bundle(written.paths[0], pair.bob, pair.bob_state, NullSink())
    # A gap in the middle is named as such.
    written.paths[2].unlink()
    with pytest.raises(BundleDamaged, match="missing"):
        read_bundle(written.paths[0], pair.bob, pair.bob_state, NullSink())


def test_existing_name_refused_and_volume_minimum(tmp_path: Path) -> None:
    pair = Pair()
    write(pair, tmp_path / "x", members_fixture(tmp_path))
    with pytest.raises(UsageError):
        write(pair, tmp_path / "x.letapis-bundle", members_fixture(tmp_path))
    with pytest.raises(UsageError):
        write(pair, tmp_path / "y", members_fixture(tmp_path), volume_size=1000)


def test_changed_attachment_aborts_export_without_files(tmp_path: Path) -> None:
    pair = Pair()
    members = members_fixture(tmp_path)
    (tmp_path / "src0.bin").write_bytes(b"rotted")
    with pytest.raises(CorruptData, match="not written"):
        write(pair, tmp_path / "bad", members)
    assert not list(tmp_path.glob("bad*"))


def test_large_attachment_rotted_in_place_aborts_export(tmp_path: Path) -> None:
    # Same size, one byte flipped, 5 MiB: the SHA-256 runs on the helper thread.
    pair = Pair()
    members = members_fixture(tmp_path, n_files=1, size=5 * 1024 * 1024)
    data = bytearray((tmp_path / "src0.bin").read_bytes())
    data[len(data) // 2] ^= 1
    (tmp_path / "src0.bin").write_bytes(bytes(data))
    with pytest.raises(CorruptData, match="not written"):
        write(pair, tmp_path / "bad", members)
    assert not list(tmp_path.glob("bad*"))


def test_cancel_export_leaves_nothing(tmp_path: Path) -> None:
    pair = Pair()
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        write(pair, tmp_path / "c", members_fixture(tmp_path), cancel=cancel)
    assert not list(tmp_path.glob("c*"))


def test_unwritable_folder(tmp_path: Path) -> None:
    pair = Pair()
    with pytest.raises((StorageError, UsageError)):
        write(pair, tmp_path / "no-such-folder" / "b", members_fixture(tmp_path))


def test_progress_reported(tmp_path: Path) -> None:
    pair = Pair()
    seen: list[tuple[int, int]] = []
    written = write(
        pair, tmp_path / "p", members_fixture(tmp_path), progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1][1] == written.plaintext_size
    got: list[tuple[int, int]] = []
    read_bundle(
        written.paths[0],
        pair.bob,
        pair.bob_state,
        NullSink(),
        progress=lambda d, t: got.append((d, t)),
    )
    assert got[-1][0] == got[-1][1] == written.ciphertext_size


@pytest.mark.skipif(not HAS_AGE, reason="the age CLI (apt-get install age) is not installed")
def test_standard_age_and_tar_open_it(tmp_path: Path) -> None:
    pair = Pair()
    members = members_fixture(tmp_path, n_files=2, size=150_000)
    written = write(pair, tmp_path / "std", members, volume_size=64 * 1024)
    key = tmp_path / "bob.key"
    key.write_text(pair.bob.age_key_file_text())
    key.chmod(0o600)
    joined = b"".join(p.read_bytes() for p in written.paths)
    plain = subprocess.run(
        ["age", "-d", "-i", str(key)], input=joined, capture_output=True, check=True
    ).stdout
    listing = (
        subprocess.run(["tar", "-tvf", "-"], input=plain, capture_output=True, check=True)
        .stdout.decode()
        .splitlines()
    )
    names = [line.split()[-1] for line in listing]
    assert names[0] == MANIFEST_NAME and names[1] == "manifest.sig"
    assert names[2:] == [m.name for m in members]
    out = tmp_path / "x"
    out.mkdir()
    subprocess.run(["tar", "-xf", "-", "-C", str(out)], input=plain, check=True)
    for m in members:
        assert hashlib.sha256((out / m.name).read_bytes()).hexdigest() == m.sha256
    # and the sender's own key opens it too (the sender is a recipient)
    key.write_text(pair.alice.age_key_file_text())
    subprocess.run(["age", "-d", "-i", str(key), "-o", "/dev/null"], input=joined, check=True)


def test_revoked_signer_refused_even_when_unknown_accepted(tmp_path: Path) -> None:  # E2
    pair = Pair()
    written = write(pair, tmp_path / "b", members_fixture(tmp_path))
    pair.bob_state.remove(pair.alice.fingerprint[:16])
    for accept in (False, True):
        with pytest.raises(BundleRejected) as info:
            read_bundle(
                written.paths[0], pair.bob, pair.bob_state, NullSink(), accept_unknown=accept
            )
        assert info.value.reason == "revoked-signer"
    pair.bob_state.add(pair.alice.card(), verified=True)  # met again: revocation lifted
    read_bundle(written.paths[0], pair.bob, pair.bob_state, NullSink())
    again = ExchangeState.from_bytes(pair.bob_state.to_bytes())
    assert again.revoked == []


def test_disk_full_during_export_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # I5
    import errno

    from archive_app.exchange import volumes

    pair = Pair()
    real = volumes.VolumeWriter.write
    count = {"n": 0}

    def full(self: volumes.VolumeWriter, data: bytes) -> int:
        # The ciphertext comes in pieces of up to 1 MiB: the disk fills in the middle of the
        # first one, after some volumes were written.
        count["n"] += 1
        real(self, data[: len(data) // 2])
        raise volumes._storage_error(OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(volumes.VolumeWriter, "write", full)
    with pytest.raises(StorageError, match="full"):
        write(pair, tmp_path / "full", members_fixture(tmp_path), volume_size=64 * 1024)
    assert not list(tmp_path.glob("full*"))


def test_read_only_folder_fails_early(tmp_path: Path) -> None:  # I6
    import os

    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="cannot be written"):
            write(Pair(), folder / "x", members_fixture(tmp_path))
    finally:
        folder.chmod(0o700)


def test_trusted_member_with_wrong_hash_caught_by_read_back(tmp_path: Path) -> None:  # I9
    from archive_app.exchange.bundle_writer import MemberSource

    pair = Pair()
    good = MemberSource.from_bytes("records/000001.jsonl", b"{}\n")
    liar = MemberSource("files/" + "0" * 64, 5, "0" * 64, lambda: (b"12345",), trusted=True)
    with pytest.raises(CorruptData, match="did not read back correctly"):
        write(pair, tmp_path / "liar", [good, liar])
    assert not list(tmp_path.glob("liar*"))
