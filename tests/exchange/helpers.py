"""Builders for real bundles and hand-made hostile ones (real pyrage, real tar bytes)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pyrage

from archive_app.exchange.bundle_writer import BundleRequest, MemberSource, WrittenBundle
from archive_app.exchange.bundle_writer import write_bundle as _write_bundle
from archive_app.exchange.canonical import canonical_json
from archive_app.exchange.contacts import ExchangeState
from archive_app.exchange.identity import Identity
from archive_app.exchange.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    MemberEntry,
    Sender,
    sign_manifest,
)
from archive_app.exchange.tar_reader import BLOCK, RECORD, ustar_header

VAULT_A = "aa" * 16


class Pair:
    """Two coordinators who met: each holds the other's card."""

    def __init__(self) -> None:
        self.alice = Identity.generate("Alesia")
        self.bob = Identity.generate("Bahdan")
        self.bob_state = ExchangeState()
        self.bob_state.add(self.alice.card(), verified=True)
        self.alice_state = ExchangeState()
        self.alice_state.add(self.bob.card(), verified=True)


def members_fixture(tmp: Path, n_files: int = 2, size: int = 100_000) -> list[MemberSource]:
    members = [
        MemberSource.from_bytes("records/000001.jsonl", b'{"id":"1","title":"x"}\n'),
    ]
    for i in range(n_files):
        path = tmp / f"src{i}.bin"
        path.write_bytes(os.urandom(size) + bytes([i]))
        members.append(MemberSource.from_file(path))
    return members


def write(pair: Pair, out: Path, members: list[MemberSource], **kw: object) -> WrittenBundle:
    sequence = int(kw.pop("sequence", 1))  # type: ignore[call-overload]
    previous = kw.pop("previous", None)
    req = BundleRequest(
        pair.alice,
        VAULT_A,
        [pair.bob.card()],
        sequence,
        previous,  # type: ignore[arg-type]
        {"kind": "all"},
        members,
    )
    return _write_bundle(req, out, **kw)  # type: ignore[arg-type]


def tar_member(name: str, data: bytes) -> bytes:
    return ustar_header(name, len(data)) + data + bytes(-len(data) % BLOCK)


def tar_close(body: bytes) -> bytes:
    body += bytes(2 * BLOCK)
    return body + bytes(-len(body) % RECORD)


def signed_head(
    sender: Identity,
    recipients: list[str],
    entries: list[MemberEntry],
    *,
    sequence: int = 1,
    previous: str | None = None,
    tweak: dict[str, object] | None = None,
) -> tuple[bytes, bytes]:
    """(manifest bytes, tar bytes of manifest.json + manifest.sig), validly signed."""
    manifest = Manifest(
        bundle_id="11" * 16,
        created="2099-01-01T00:00:00Z",
        sender=Sender(sender.name, sender.signing_key, sender.age_recipient, VAULT_A),
        sequence=sequence,
        previous=previous,
        recipients=tuple(recipients),
        scope={"kind": "all"},
        members=tuple(entries),
        volume_size=0,
        counts={},
    )
    value = manifest.to_json()
    if tweak:
        value.update(tweak)
    data = canonical_json(value)
    sig = sign_manifest(sender, data)
    return data, tar_member(MANIFEST_NAME, data) + tar_member(SIGNATURE_NAME, sig)


def encrypt_to(path: Path, plaintext: bytes, *recipients: Identity) -> Path:
    out = io.BytesIO()
    pyrage.encrypt_io(
        io.BytesIO(plaintext),
        out,
        [pyrage.x25519.Recipient.from_str(r.age_recipient) for r in recipients],
    )
    path.write_bytes(out.getvalue())
    return path
