"""Identities, cards, fingerprints and the strict public-key checks (HOSTILE_CASES E4)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from archive_app.errors import CorruptData, UsageError
from archive_app.exchange.canonical import canonical_json
from archive_app.exchange.card import DOMAIN_CARD, Card, spoken_fingerprint
from archive_app.exchange.contacts import ExchangeState, SequenceVerdict
from archive_app.exchange.errors import InvalidCard, InvalidPublicKey
from archive_app.exchange.identity import Identity
from archive_app.exchange.keycheck import (
    _CHARSET,
    KeyRejected,
    P,
    _hrp_expand,
    _polymod,
    check_age_recipient,
    check_ed25519_public_key,
    check_x25519_public_key,
)

# The 8 points of order dividing 8 on edwards25519, canonical encodings ("Taming the many
# EdDSAs", Chalkias et al. 2020), plus non-canonical encodings of some of them.
SMALL_ORDER = [
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0000000000000000000000000000000000000000000000000000000000000080",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
]
NON_CANONICAL = [
    # y = p (≡ 0), y = p + 1 (≡ 1, the identity), y = 2^255 - 1, and "-0" of the identity.
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0100000000000000000000000000000000000000000000000000000000000080",
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
]


def bech32_encode(hrp: str, payload: bytes) -> str:
    acc = bits = 0
    data: list[int] = []
    for byte in payload:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    poly = _polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in data + checksum)


def signed_card_bytes(me: Identity, **changes: object) -> bytes:
    """A card with some fields changed and *validly re-signed* by ``me``'s key."""
    fields = me.card().unsigned_fields()
    fields.update(changes)
    fields["signature"] = me.sign(DOMAIN_CARD, canonical_json(fields)).hex()
    return canonical_json(fields)


@pytest.mark.parametrize("encoded", SMALL_ORDER)
def test_small_order_ed25519_keys_refused(encoded: str) -> None:
    with pytest.raises(KeyRejected) as info:
        check_ed25519_public_key(bytes.fromhex(encoded))
    assert info.value.reason in ("ed25519-small-order", "ed25519-non-canonical")


@pytest.mark.parametrize("encoded", NON_CANONICAL)
def test_non_canonical_ed25519_keys_refused(encoded: str) -> None:
    with pytest.raises(KeyRejected) as info:
        check_ed25519_public_key(bytes.fromhex(encoded))
    assert info.value.reason == "ed25519-non-canonical"


def test_mixed_order_key_refused() -> None:
    # A real key plus a point of order 8: on the curve, not small order, not prime order.
    from archive_app.exchange import keycheck as kc

    real = kc._decode_point(Identity.generate("A").signing_key)
    torsion = kc._decode_point(bytes.fromhex(SMALL_ORDER[4]))
    x, y, z, _ = kc._add(real, torsion)
    zi = pow(z, P - 2, P)
    x, y = x * zi % P, y * zi % P
    encoded = (y | ((x & 1) << 255)).to_bytes(32, "little")
    with pytest.raises(KeyRejected) as info:
        check_ed25519_public_key(encoded)
    assert info.value.reason == "ed25519-mixed-order"


def test_not_on_curve_refused() -> None:
    with pytest.raises(KeyRejected) as info:
        check_ed25519_public_key((2).to_bytes(32, "little"))
    assert info.value.reason == "ed25519-not-on-curve"


def test_generated_keys_pass() -> None:
    for _ in range(5):
        me = Identity.generate("Ala")
        check_ed25519_public_key(me.signing_key)
        check_age_recipient(me.age_recipient)


LOW_ORDER_U = [
    0,
    1,
    325606250916557431795983626356110631294008115727848805560023387167927233504,
    39382357235489614581723060781553021112529911719440698176882885853963445705823,
    P - 1,
]


@pytest.mark.parametrize("u", LOW_ORDER_U)
def test_low_order_x25519_refused_and_really_low_order(u: int) -> None:
    encoded = u.to_bytes(32, "little")
    # The list is right: pyca refuses the all-zero shared secret for each of them.
    with pytest.raises(ValueError):
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(encoded))
    with pytest.raises(KeyRejected, match="x25519-low-order"):
        check_age_recipient(bech32_encode("age", encoded))


@pytest.mark.parametrize("u", [P, P + 1, 2**255 - 1, 9 + 2**255])
def test_non_canonical_x25519_refused(u: int) -> None:
    encoded = (u % 2**256).to_bytes(32, "little")
    with pytest.raises(KeyRejected, match="x25519-non-canonical"):
        check_x25519_public_key(encoded)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "age1",
        "AGE1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQS3290GQ",
        "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gz",  # bad checksum
        "agf1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq",
        "age1" + "q" * 300,
        "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqsbbbbbb",
    ],
)
def test_malformed_age_recipients_refused(text: str) -> None:
    with pytest.raises(KeyRejected):
        check_age_recipient(text)


def test_card_round_trip_and_fingerprint(tmp_path: Path) -> None:
    me = Identity.generate("Ала Мінская")
    path = tmp_path / "ala.letapis-card"
    me.card().write(path)
    card = Card.read(path)
    assert card == me.card()
    assert card.fingerprint == me.fingerprint
    spoken = card.spoken_fingerprint
    assert len(spoken.replace(" · ", " ").split(" ")) == 12
    assert all(len(n) == 5 and n.isdigit() for n in spoken.replace(" · ", " ").split(" "))
    assert not list(tmp_path.glob("*.tmp"))


def test_spoken_fingerprint_pinned() -> None:
    assert spoken_fingerprint("ff" * 32) == " · ".join(["95116 27775"] * 6)


def test_qr_png(tmp_path: Path) -> None:
    from PIL import Image

    me = Identity.generate("Ala")
    out = tmp_path / "card.png"
    me.card().write_qr_png(out)
    with Image.open(io.BytesIO(out.read_bytes())) as image:
        assert image.format == "PNG"
        assert image.size[0] == image.size[1] > 100


def test_card_tampering_refused() -> None:
    me = Identity.generate("Ala")
    good = me.card().to_bytes()
    value = json.loads(good)
    value["name"] = "Ola"
    with pytest.raises(InvalidCard) as info:
        Card.from_bytes(canonical_json(value))
    assert info.value.reason in ("card-signature", "card-fingerprint")
    other = Identity.generate("Ola")
    value = json.loads(good)
    value["age_recipient"] = other.age_recipient
    with pytest.raises(InvalidCard, match="fingerprint"):
        Card.from_bytes(canonical_json(value))
    with pytest.raises(InvalidCard) as info:
        Card.from_bytes(good.replace(b'{"age', b'{ "age'))  # not canonical
    assert info.value.reason == "card-json"
    with pytest.raises(InvalidCard):
        Card.from_bytes(good[:-1] + b',"name":"x"}')  # duplicate key
    assert "No contact was added" in str(info.value)


def test_card_low_order_key_refused_even_when_self_consistent() -> None:
    me = Identity.generate("Ala")
    for bad in SMALL_ORDER[:2]:
        data = signed_card_bytes(me, signing_key=bad)
        with pytest.raises(InvalidPublicKey):
            Card.from_bytes(data)
    bad_age = bech32_encode("age", (0).to_bytes(32, "little"))
    with pytest.raises(InvalidPublicKey):
        Card.from_bytes(signed_card_bytes(me, age_recipient=bad_age))


@pytest.mark.parametrize("name", ["", "x" * 201, "Ala\u202eevil", "Ala\x00", "Ala\nB", "e\u0301"])
def test_bad_names_refused(name: str) -> None:
    with pytest.raises(InvalidCard):
        Identity.generate(name)


def test_oversized_card_refused(tmp_path: Path) -> None:
    path = tmp_path / "big"
    path.write_bytes(b"{" + b" " * 10_000_000 + b"}")
    with pytest.raises(InvalidCard, match="cannot be used"):
        Card.read(path)


def test_identity_secret_round_trip_and_repr_hides_keys() -> None:
    me = Identity.generate("Ala")
    assert Identity.from_secret_bytes(me.to_secret_bytes()) == me
    assert me.age_identity not in repr(me)
    assert me.signing_seed.hex() not in repr(me)
    with pytest.raises(CorruptData):
        Identity.from_secret_bytes(b'{"format":"x"}')
    assert me.age_key_file_text().splitlines()[-1] == me.age_identity


def test_contacts_and_sequence_rules() -> None:
    state = ExchangeState()
    ala, ola = Identity.generate("Ala"), Identity.generate("Ola")
    c = state.add(ala.card())
    state.add(ola.card(), verified=True)
    assert state.add(ala.card(), verified=True) is c and c.verified
    assert state.find("ala") is c
    assert state.find(ala.fingerprint[:10]) is c
    twin = Identity(ala.name, ala.signing_seed, Identity.generate("x").age_identity, ala.created)
    with pytest.raises(UsageError):
        state.add(twin.card())  # same signing key, another encryption key
    c.received[3] = "aa"
    assert c.classify(3, "aa") is SequenceVerdict.DUPLICATE
    assert c.classify(3, "bb") is SequenceVerdict.EQUIVOCATION
    assert c.classify(2, "cc") is SequenceVerdict.OLDER_UNSEEN
    assert c.classify(4, "dd") is SequenceVerdict.NEW
    again = ExchangeState.from_bytes(state.to_bytes())
    assert again.to_bytes() == state.to_bytes()
    assert again.find("Ola").verified
    with pytest.raises(CorruptData):
        ExchangeState.from_bytes(b"[]")
