"""Record sealing and key handling: Hypothesis round trips and parsers that only say no."""

from __future__ import annotations

import contextlib
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive_app.crypto import keys
from archive_app.crypto.errors import HeaderError, RecordAuthError, RecoveryKeyTypo
from archive_app.crypto.keys import KdfParams, VaultHeader
from archive_app.crypto.records import RecordSealer

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
SEALER = RecordSealer(bytes(32), bytes(16))


@settings(max_examples=200)
@given(payload=json_values, row=st.text(min_size=1, max_size=40), version=st.integers(1, 2**40))
def test_record_round_trip(payload: object, row: str, version: int) -> None:
    sealed = SEALER.seal("documents", "meta", row, version, payload)
    assert SEALER.open("documents", "meta", row, version, sealed) == payload


@settings(max_examples=100)
@given(payload=json_values, row=st.text(min_size=1, max_size=40))
def test_record_bound_to_its_place(payload: object, row: str) -> None:
    sealed = SEALER.seal("documents", "meta", row, 3, payload)
    for place in (
        ("documents", "body", row, 3),
        ("attachments", "meta", row, 3),
        ("documents", "meta", row + "x", 3),
        ("documents", "meta", row, 2),
    ):
        with pytest.raises(RecordAuthError):
            SEALER.open(*place, sealed)
    with pytest.raises(RecordAuthError):
        RecordSealer(bytes(32), b"\x01" * 16).open("documents", "meta", row, 3, sealed)


@given(data=st.binary(max_size=200))
def test_record_garbage_only_fails_authentication(data: bytes) -> None:
    with pytest.raises(RecordAuthError):
        SEALER.open("documents", "meta", "x", 1, data)


@settings(max_examples=50)
@given(st.data())
def test_recovery_key_round_trip_and_typos(data: st.DataObject) -> None:
    secret, display = keys.generate_recovery_key()
    assert keys.parse_recovery_key(display) == secret
    assert keys.parse_recovery_key(display.lower().replace("-", " ")) == secret
    pos = data.draw(st.integers(0, len(display) - 1).filter(lambda i: display[i] != "-"))
    replacement = data.draw(st.sampled_from("0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
    changed = display[:pos] + replacement + display[pos + 1 :]
    if changed.upper() != display:
        with contextlib.suppress(RecoveryKeyTypo):
            assert keys.parse_recovery_key(changed) != secret


@settings(max_examples=300)
@given(st.binary(max_size=2000))
def test_header_parser_only_raises_header_error_on_bytes(data: bytes) -> None:
    with contextlib.suppress(HeaderError):
        VaultHeader.parse(data)


@settings(max_examples=300)
@given(json_values)
def test_header_parser_only_raises_header_error_on_json(value: object) -> None:
    with contextlib.suppress(HeaderError):
        VaultHeader.parse(json.dumps(value).encode())


def test_header_round_trip() -> None:
    master, vid = os.urandom(32), os.urandom(16)
    params = KdfParams(1024, 1, 1)
    slots = [
        keys.make_slot("passphrase", b"pw", master, vid, params),
        keys.make_slot("recovery", b"r" * 20, master, vid, params),
    ]
    header = VaultHeader.parse(VaultHeader.create(vid, slots, master).to_json())
    assert keys.unlock(header, b"pw") == master
    assert keys.unlock(header, b"r" * 20, ("recovery",)) == master


def test_calibration_respects_the_floor() -> None:
    floor = KdfParams(8 * 1024, 1, 1)
    found = keys.calibrate(target_seconds=0.05, floor=floor)
    assert found.memory_kib >= floor.memory_kib and found.iterations >= 1
