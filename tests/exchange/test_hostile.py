"""Hostile bundles (HOSTILE_CASES D, E, F): each refused, the sink emptied, nothing kept.

Tar cases are built with real tar bytes (Python's tarfile, or hand-made blocks where tarfile
refuses to write the hostile form), wrapped in a validly signed manifest where that matters,
encrypted with real pyrage to the receiver, and read through the full bundle reader.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from pathlib import Path

import pytest

from archive_app.errors import BundleRefused, CorruptData, StorageError, UnsupportedFormat
from archive_app.exchange.bundle_reader import MemorySink, NullSink, read_bundle
from archive_app.exchange.errors import (
    AgeHeaderError,
    AgeMacError,
    AgePayloadError,
    AgeUnsupported,
    BundleBadSignature,
    BundleRejected,
)
from archive_app.exchange.identity import Identity
from archive_app.exchange.manifest import MemberEntry
from archive_app.exchange.tar_reader import BLOCK, StrictTarReader, TarRejected, _checksum

from .helpers import Pair, encrypt_to, members_fixture, signed_head, tar_close, tar_member, write


class TrackingSink(MemorySink):
    discarded = False

    def discard(self) -> None:
        super().discard()
        self.discarded = True


def refuse(pair: Pair, tmp: Path, plaintext: bytes) -> BaseException:
    path = encrypt_to(tmp / "h.letapis-bundle", plaintext, pair.bob)
    sink = TrackingSink()
    with pytest.raises((BundleRefused, CorruptData, UnsupportedFormat)) as info:
        read_bundle(path, pair.bob, pair.bob_state, sink)
    assert sink.discarded and sink.members == {}
    return info.value


def head_for(pair: Pair, entries: list[MemberEntry]) -> bytes:
    return signed_head(pair.alice, [pair.alice.fingerprint, pair.bob.fingerprint], entries)[1]


def entry(data: bytes, name: str | None = None) -> MemberEntry:
    sha = hashlib.sha256(data).hexdigest()
    return MemberEntry(name or f"files/{sha}", len(data), sha)


def tarinfo_bytes(
    info: tarfile.TarInfo, data: bytes = b"", fmt: int = tarfile.USTAR_FORMAT
) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        tar.addfile(info, io.BytesIO(data) if data else None)
    raw = buf.getvalue()
    # strip tarfile's end blocks so the member can be followed by others
    return raw.rstrip(b"\x00") + bytes(-len(raw.rstrip(b"\x00")) % BLOCK)


def raw_header(
    name: bytes,
    size: int,
    typeflag: bytes = b"0",
    *,
    size_field: bytes | None = None,
    prefix: bytes = b"",
    linkname: bytes = b"",
) -> bytes:
    block = bytearray(BLOCK)
    block[0 : len(name[:100])] = name[:100]
    block[100:108] = b"0000644\x00"
    block[108:116] = b"0000000\x00"
    block[116:124] = b"0000000\x00"
    block[124:136] = size_field if size_field is not None else f"{size:011o}\x00".encode()
    block[136:148] = b"00000000000\x00"
    block[156:157] = typeflag
    block[157 : 157 + len(linkname)] = linkname
    block[257:263] = b"ustar\x00"
    block[263:265] = b"00"
    block[345 : 345 + len(prefix)] = prefix
    block[148:156] = f"{_checksum(bytes(block)):06o}\x00 ".encode()
    return bytes(block)


# --- F: tar layer, through the full reader ---------------------------------------------------

DATA = b"evidence bytes"
SHA = hashlib.sha256(DATA).hexdigest()


def member_variants() -> dict[str, bytes]:
    """Hostile members placed where the manifest expects files/<SHA>."""
    v: dict[str, bytes] = {}
    for name in ["../" + "x", "/etc/passwd", "C:/x", "files/../../x", "FILES/" + SHA]:
        v[f"name {name}"] = raw_header(name.encode(), len(DATA)) + DATA + bytes(BLOCK - len(DATA))
    for flag, label in [
        (b"1", "hardlink"),
        (b"2", "symlink"),
        (b"3", "chardev"),
        (b"4", "blockdev"),
        (b"5", "dir"),
        (b"6", "fifo"),
        (b"S", "sparse"),
        (b"g", "global pax"),
        (b"L", "gnu longname"),
        (b"K", "gnu longlink"),
        (b"7", "contiguous"),
    ]:
        v[label] = raw_header(
            f"files/{SHA}".encode(), 0, flag, linkname=b"/etc/passwd" if flag in b"12" else b""
        )
    pax_path = pax_record(b"path", b"files/" + b"a" * 10)
    v["pax path override"] = (
        raw_header(b"././@PaxHeader", len(pax_path), b"x")
        + pax_path
        + bytes(-len(pax_path) % BLOCK)
        + raw_header(f"files/{SHA}".encode(), len(DATA))
        + DATA
        + bytes(BLOCK - len(DATA))
    )
    lying = b"12 size=999\n"
    v["lying pax size"] = (
        raw_header(b"././@PaxHeader", len(lying), b"x")
        + lying
        + bytes(-len(lying) % BLOCK)
        + raw_header(f"files/{SHA}".encode(), len(DATA))
        + DATA
        + bytes(BLOCK - len(DATA))
    )
    v["huge pax header"] = raw_header(b"././@PaxHeader", 2**62, b"x")
    v["8 EiB size"] = raw_header(
        f"files/{SHA}".encode(), 0, size_field=b"\x80" + (2**63).to_bytes(11, "big")
    )
    v["8 EiB octal"] = raw_header(f"files/{SHA}".encode(), 8**11 - 1)
    v["100 KB name via pax"] = (
        raw_header(b"././@PaxHeader", 100_020, b"x") + b"100020 path=" + b"a" * 100_000
    )
    v["non-utf8 name"] = raw_header(b"files/\xff\xfe", len(DATA)) + DATA
    v["NUL in name"] = raw_header(b"files/ab\x00cd", len(DATA)) + DATA
    v["prefix"] = raw_header(f"{SHA}".encode(), len(DATA), prefix=b"files") + DATA
    bad = bytearray(raw_header(f"files/{SHA}".encode(), len(DATA)))
    bad[0] ^= 1
    v["bad checksum"] = bytes(bad)
    v["wrong size"] = raw_header(f"files/{SHA}".encode(), len(DATA) + 1) + DATA + b"\x00"
    v["tarfile symlink"] = tarinfo_bytes(_ti(f"files/{SHA}", tarfile.SYMTYPE, "/etc/passwd"))
    v["tarfile fifo"] = tarinfo_bytes(_ti(f"files/{SHA}", tarfile.FIFOTYPE))
    v["tarfile gnu"] = tarinfo_bytes(_ti(f"files/{SHA}", tarfile.REGTYPE), fmt=tarfile.GNU_FORMAT)
    return v


def pax_record(key: bytes, value: bytes) -> bytes:
    body = b" " + key + b"=" + value + b"\n"
    length = len(body) + 1
    while len(str(length)) + len(body) != length:
        length = len(str(length)) + len(body)
    return str(length).encode() + body


def _ti(name: str, kind: bytes, link: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    return info


@pytest.mark.parametrize("label", sorted(member_variants()))
def test_hostile_member_refused(tmp_path: Path, label: str) -> None:
    pair = Pair()
    body = head_for(pair, [entry(DATA)]) + member_variants()[label]
    exc = refuse(pair, tmp_path, tar_close(body))
    assert isinstance(exc, BundleRejected)
    assert exc.reason.startswith(("tar-", "member-")), exc.reason
    if label == "pax path override":
        assert "overrides a name" in str(exc)


def test_member_hash_mismatch_refused(tmp_path: Path) -> None:  # E5
    pair = Pair()
    other = b"evidence bytez"
    body = head_for(pair, [MemberEntry(f"files/{SHA}", len(other), SHA)])
    body += tar_member(f"files/{SHA}", other)
    exc = refuse(pair, tmp_path, tar_close(body))
    assert isinstance(exc, BundleRejected) and exc.reason == "member-hash"


@pytest.mark.parametrize("hash_thread", [True, False])
def test_large_member_one_byte_changed_refused(tmp_path: Path, hash_thread: bool) -> None:  # E5
    # 5 MiB: hashed on the helper thread (HashThread) when hash_thread is True.
    pair = Pair()
    signed = os.urandom(5 * 1024 * 1024)
    sent = signed[:-1] + bytes([signed[-1] ^ 1])
    body = head_for(pair, [entry(signed)]) + tar_member(entry(signed).name, sent)
    path = encrypt_to(tmp_path / "big.letapis-bundle", tar_close(body), pair.bob)
    sink = TrackingSink()
    with pytest.raises(BundleRejected) as info:
        read_bundle(path, pair.bob, pair.bob_state, sink, hash_thread=hash_thread)
    assert info.value.reason == "member-hash" and sink.discarded and sink.members == {}
    # the same bundle with the signed bytes is accepted, byte for byte
    good = head_for(pair, [entry(signed)]) + tar_member(entry(signed).name, signed)
    path = encrypt_to(tmp_path / "good.letapis-bundle", tar_close(good), pair.bob)
    sink = TrackingSink()
    read_bundle(path, pair.bob, pair.bob_state, sink, hash_thread=hash_thread)
    assert sink.members == {entry(signed).name: signed}


@pytest.mark.parametrize("case", ["missing", "extra", "duplicate", "reordered"])
def test_member_missing_extra_duplicate(tmp_path: Path, case: str) -> None:  # E6, F10
    pair = Pair()
    a, b = b"first file", b"second file"
    ea, eb = entry(a), entry(b)
    members = {
        "missing": ([ea, eb], tar_member(ea.name, a)),
        "extra": ([ea], tar_member(ea.name, a) + tar_member(eb.name, b)),
        "duplicate": ([ea], tar_member(ea.name, a) + tar_member(ea.name, a)),
        "reordered": ([ea, eb], tar_member(eb.name, b) + tar_member(ea.name, a)),
    }[case]
    exc = refuse(pair, tmp_path, tar_close(head_for(pair, members[0]) + members[1]))
    assert isinstance(exc, BundleRejected)
    assert exc.reason in ("member-missing", "member-extra", "member-unexpected")


def test_duplicate_names_in_manifest_refused(tmp_path: Path) -> None:
    pair = Pair()
    e = entry(DATA)
    body = head_for(pair, [e, e]) + tar_member(e.name, DATA) * 2
    exc = refuse(pair, tmp_path, tar_close(body))
    assert isinstance(exc, BundleRejected) and exc.reason == "manifest"


@pytest.mark.parametrize("case", ["truncated", "trailing", "lone zero block", "no end"])
def test_tar_framing(tmp_path: Path, case: str) -> None:  # F8
    pair = Pair()
    e = entry(DATA)
    good = tar_close(head_for(pair, [e]) + tar_member(e.name, DATA))
    plaintext = {
        "truncated": good[: len(good) - 10240 + 100],
        "trailing": good + b"\x01" + bytes(511),
        "lone zero block": head_for(pair, [e]) + bytes(BLOCK) + tar_member(e.name, DATA),
        "no end": head_for(pair, [e]) + tar_member(e.name, DATA),
    }[case]
    exc = refuse(pair, tmp_path, plaintext)
    assert isinstance(exc, BundleRejected) and exc.reason.startswith("tar-")


def test_valid_signature_over_a_non_tar(tmp_path: Path) -> None:  # F11
    pair = Pair()
    exc = refuse(pair, tmp_path, os.urandom(5000))
    assert isinstance(exc, BundleRejected)
    # A validly signed manifest and signature, then anything but tar (a zip, random bytes).
    e = entry(DATA)
    for tail in (b"PK\x03\x04" + os.urandom(3000), os.urandom(4096)):
        exc = refuse(pair, tmp_path, head_for(pair, [e]) + tail)
        assert isinstance(exc, BundleRejected) and exc.reason.startswith("tar-")


def test_many_members_and_long_names_refused_quickly(tmp_path: Path) -> None:  # F5 (modest)
    pair = Pair()
    e = entry(DATA)
    body = head_for(pair, [e]) + b"".join(tar_member(f"files/{i:064x}", b"") for i in range(2000))
    exc = refuse(pair, tmp_path, tar_close(body))
    assert isinstance(exc, BundleRejected)


def test_manifest_must_come_first_and_be_bounded(tmp_path: Path) -> None:
    pair = Pair()
    exc = refuse(pair, tmp_path, tar_close(tar_member(f"files/{SHA}", DATA)))
    assert isinstance(exc, BundleRejected) and exc.reason == "manifest-missing"
    huge = raw_header(b"manifest.json", 2**36)
    exc = refuse(pair, tmp_path, huge + bytes(4096))
    assert isinstance(exc, BundleRejected) and exc.reason == "manifest-missing"


def test_max_members_cap_in_reader() -> None:
    from archive_app.exchange import tar_reader

    class Null:
        def write(self, data: bytes) -> None: ...
        def close(self) -> None: ...

    old = tar_reader.MAX_MEMBERS
    tar_reader.MAX_MEMBERS = 100
    try:
        reader = StrictTarReader(lambda name, size: Null())
        with pytest.raises(TarRejected, match="too many"):
            for i in range(101):
                reader.feed(tar_member(f"files/{i:064x}", b""))
    finally:
        tar_reader.MAX_MEMBERS = old


# --- E: signature and manifest ---------------------------------------------------------------


def test_signature_missing_corrupt_or_over_another_manifest(tmp_path: Path) -> None:  # E3
    pair = Pair()
    e = entry(DATA)
    data, head = signed_head(pair.alice, [pair.alice.fingerprint, pair.bob.fingerprint], [e])
    # missing: manifest then directly the member
    no_sig = tar_member("manifest.json", data) + tar_member(e.name, DATA)
    exc = refuse(pair, tmp_path, tar_close(no_sig))
    assert isinstance(exc, BundleRejected) and exc.reason == "signature-missing"
    # corrupt: flip a signature byte
    sig = bytearray(head[-BLOCK : -BLOCK + 96])
    sig[40] ^= 1
    corrupt = tar_member("manifest.json", data) + tar_member("manifest.sig", bytes(sig))
    exc = refuse(pair, tmp_path, tar_close(corrupt + tar_member(e.name, DATA)))
    assert isinstance(exc, BundleBadSignature)
    # a valid signature of another manifest
    _other, other_head = signed_head(
        pair.alice, [pair.bob.fingerprint], [e], sequence=2, previous="00" * 32
    )
    swapped = tar_member("manifest.json", data) + other_head[-2 * BLOCK :]
    exc = refuse(pair, tmp_path, tar_close(swapped + tar_member(e.name, DATA)))
    assert isinstance(exc, BundleBadSignature)


def test_signed_by_another_key_than_the_sender_named(tmp_path: Path) -> None:
    pair = Pair()
    mallory = Identity.generate("Mallory")
    e = entry(DATA)
    # Mallory signs a manifest that names Alice as the sender.
    data, _ = signed_head(pair.alice, [pair.bob.fingerprint], [e])
    from archive_app.exchange.manifest import sign_manifest

    body = tar_member("manifest.json", data) + tar_member(
        "manifest.sig", sign_manifest(mallory, data)
    )
    exc = refuse(pair, tmp_path, tar_close(body + tar_member(e.name, DATA)))
    assert isinstance(exc, BundleBadSignature) and exc.reason == "sig-sender"


@pytest.mark.parametrize("year", ["1970-01-01T00:00:00Z", "2099-12-31T23:59:59Z"])
def test_clock_does_not_matter(tmp_path: Path, year: str) -> None:  # E10
    pair = Pair()
    e = entry(DATA)
    _, head = signed_head(pair.alice, [pair.bob.fingerprint], [e], tweak={"created": year})
    path = encrypt_to(
        tmp_path / "t.letapis-bundle", tar_close(head + tar_member(e.name, DATA)), pair.bob
    )
    sink = MemorySink()
    verdict = read_bundle(path, pair.bob, pair.bob_state, sink)
    assert verdict.manifest.created == year and sink.members[e.name] == DATA


@pytest.mark.parametrize(
    "tweak",
    [
        {"version": 2},
        {"format": "zip"},
        {"members": "x"},
        {"sequence": 0},
        {"scope": {"kind": "all", "query": "x"}},
        {"extra": 1},
        {"recipients": []},
    ],
)
def test_malformed_manifests_refused(tmp_path: Path, tweak: dict[str, object]) -> None:
    pair = Pair()
    e = entry(DATA)
    _, head = signed_head(pair.alice, [pair.bob.fingerprint], [e], tweak=tweak)
    exc = refuse(pair, tmp_path, tar_close(head + tar_member(e.name, DATA)))
    assert isinstance(exc, BundleRejected) and exc.reason in ("manifest", "version")


def test_bundle_carrying_code_or_index_refused(tmp_path: Path) -> None:  # F12
    pair = Pair()
    bad = MemberEntry("index/MAIN.toc", 3, hashlib.sha256(b"abc").hexdigest())
    _, head = signed_head(pair.alice, [pair.bob.fingerprint], [bad])
    exc = refuse(pair, tmp_path, tar_close(head + b""))
    assert isinstance(exc, BundleRejected) and exc.reason == "manifest"


# --- D: age layer --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Pair, bytes]:
    tmp = tmp_path_factory.mktemp("real")
    pair = Pair()
    written = write(pair, tmp / "r", members_fixture(tmp, n_files=2, size=150_000))
    return pair, written.paths[0].read_bytes()


def test_truncation_at_many_offsets(tmp_path: Path, real_bundle: tuple[Pair, bytes]) -> None:
    pair, data = real_bundle
    offsets = [0, 1, 10, 22, 100, 200, len(data) // 3, len(data) - 17, len(data) - 1]
    offsets += list(range(300, len(data), 37_001))
    for cut in offsets:
        path = tmp_path / "t.letapis-bundle"
        path.write_bytes(data[:cut])
        sink = TrackingSink()
        with pytest.raises((CorruptData, UnsupportedFormat, BundleRefused)):
            read_bundle(path, pair.bob, pair.bob_state, sink)
        assert sink.discarded and not sink.members


def test_bit_flips(tmp_path: Path, real_bundle: tuple[Pair, bytes]) -> None:
    pair, data = real_bundle
    header_end = data.index(b"\n---") + 48
    positions = [0, 5, 25, 30, 60, 100, header_end - 10, header_end - 1, header_end + 3]
    positions += list(range(header_end + 16, len(data), 16_411))
    for pos in positions:
        flipped = bytearray(data)
        flipped[pos] ^= 0x04
        path = tmp_path / "f.letapis-bundle"
        path.write_bytes(bytes(flipped))
        sink = TrackingSink()
        with pytest.raises((CorruptData, UnsupportedFormat, BundleRefused)):
            read_bundle(path, pair.bob, pair.bob_state, sink)
        assert sink.discarded and not sink.members


def test_chunks_reordered_duplicated_trailing(
    tmp_path: Path, real_bundle: tuple[Pair, bytes]
) -> None:
    pair, data = real_bundle
    start = data.index(b"\n---") + 48 + 16
    size = 64 * 1024 + 16
    c0, c1 = data[start : start + size], data[start + size : start + 2 * size]
    variants = {
        "swap": data[:start] + c1 + c0 + data[start + 2 * size :],
        "dup": data[:start] + c0 + c0 + data[start + size :],
        "drop": data[:start] + data[start + size :],
        "trailing": data + b"\x00garbage",
    }
    for label, variant in variants.items():
        path = tmp_path / f"{label}.letapis-bundle"
        path.write_bytes(variant)
        with pytest.raises(AgePayloadError):
            read_bundle(path, pair.bob, pair.bob_state, NullSink())


def test_header_mac_failure_class(tmp_path: Path, real_bundle: tuple[Pair, bytes]) -> None:
    pair, data = real_bundle
    mac = data.index(b"\n--- ") + 5
    flipped = data[:mac] + (b"A" if data[mac : mac + 1] != b"A" else b"B") + data[mac + 1 :]
    path = tmp_path / "m.letapis-bundle"
    path.write_bytes(flipped)
    with pytest.raises((AgeMacError, AgeHeaderError)):
        read_bundle(path, pair.bob, pair.bob_state, NullSink())


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"PK\x03\x04zipfile",
        b"-----BEGIN AGE ENCRYPTED FILE-----\n",
        b"age-encryption.org/v2\n",
        "Лукашэнка".encode(),
    ],
)
def test_not_an_age_file(tmp_path: Path, content: bytes) -> None:  # D7
    pair = Pair()
    path = tmp_path / "n.letapis-bundle"
    path.write_bytes(content)
    with pytest.raises(AgeUnsupported, match="not a Letapis bundle"):
        read_bundle(path, pair.bob, pair.bob_state, NullSink())


@pytest.mark.parametrize("factor", [b"21", b"40", b"020", b"-1", b"18x", b""])
def test_scrypt_bundle_refused_before_pyrage(tmp_path: Path, factor: bytes) -> None:  # D6
    pair = Pair()
    path = tmp_path / "s.letapis-bundle"
    body = b"A" * 43
    path.write_bytes(
        b"age-encryption.org/v1\n-> scrypt AAAAAAAAAAAAAAAAAAAAAA "
        + factor
        + b"\n"
        + body
        + b"\n--- "
        + b"A" * 43
        + b"\n"
        + bytes(100)
    )
    with pytest.raises((AgeUnsupported, AgeHeaderError)):
        read_bundle(path, pair.bob, pair.bob_state, NullSink())


def test_read_error_is_retryable_storage_error(
    tmp_path: Path, real_bundle: tuple[Pair, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:  # D10
    pair, data = real_bundle
    path = tmp_path / "u.letapis-bundle"
    path.write_bytes(data)
    from archive_app.exchange import volumes

    real_read = volumes.VolumeReader.read
    calls = {"n": 0}

    def flaky(self: volumes.VolumeReader, size: int = -1) -> bytes:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError(5, "Input/output error")
        return real_read(self, size)

    monkeypatch.setattr(volumes.VolumeReader, "read", flaky)
    sink = TrackingSink()
    with pytest.raises(StorageError, match="try again"):
        read_bundle(path, pair.bob, pair.bob_state, sink)
    assert sink.discarded


def test_manifest_sender_name_and_scope_checked(tmp_path: Path) -> None:  # F7
    pair = Pair()
    e = entry(DATA)
    sender = {
        "name": "Alesia\u202egnp.exe",
        "signing_key": pair.alice.signing_key.hex(),
        "age_recipient": pair.alice.age_recipient,
        "fingerprint": pair.alice.fingerprint,
        "vault_id": "aa" * 16,
    }
    for tweak in (
        {"sender": sender},
        {"scope": {"kind": "ids", "ids": ["../x"]}},
        {"scope": {"kind": "since-last", "since": {"x": 1}}},
    ):
        _, head = signed_head(pair.alice, [pair.bob.fingerprint], [e], tweak=tweak)
        exc = refuse(pair, tmp_path, tar_close(head + tar_member(e.name, DATA)))
        assert isinstance(exc, BundleRejected) and exc.reason == "manifest", tweak
