"""The bundle format vectors (tests/exchange/vectors/bundle/): one scenario per file."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.errors import LetapisError
from archive_app.exchange.bundle_reader import NullSink, read_bundle
from archive_app.exchange.card import Card
from archive_app.exchange.contacts import ExchangeState
from archive_app.exchange.identity import Identity

VECTORS = Path(__file__).parent / "vectors" / "bundle"
NAMES = sorted(p.name for p in VECTORS.iterdir())


def test_vectors_present() -> None:
    assert len(NAMES) >= 16


@pytest.mark.parametrize("name", NAMES)
def test_bundle_vector(name: str, tmp_path: Path) -> None:
    raw = (VECTORS / name).read_bytes()
    head, _, bundle = raw.partition(b"\n\n")
    meta = dict(line.split(": ", 1) for line in head.decode().splitlines())
    receiver = Identity.from_secret_bytes(meta["receiver"].encode())
    state = ExchangeState()
    if meta["contact"] == "verified":
        state.add(Card.from_bytes(bytes.fromhex(meta["sender-card"])), verified=True)
    path = tmp_path / "v.letapis-bundle"
    path.write_bytes(bundle)
    kind, _, reason = meta["expect"].partition(" ")
    if kind == "accept":
        verdict = read_bundle(path, receiver, state, NullSink())
        assert verdict.complete
        return
    with pytest.raises(LetapisError) as info:
        read_bundle(path, receiver, state, NullSink())
    assert getattr(info.value, "reason", None) == reason, (type(info.value), info.value)
    expected_code = {"refuse": 8, "damaged": 5, "unsupported": 7}[kind]
    assert info.value.exit_code == expected_code
