"""Strict checks of public keys received from other people.

pyca/cryptography accepted 208 of 914 edge-case Ed25519 signatures here, 122 of them under
low-order public keys: a low-order key lets one signature verify for many messages. So a key is
checked once, when a contact is added, with plain integer arithmetic (slow but clear; a few
milliseconds per key): canonical encoding, on the curve, not of small order, and in the
prime-order subgroup. X25519 recipients are checked for the low-order u-coordinates that make
the shared secret all zeros, and Bech32 ``age1`` strings are decoded here so nothing malformed
reaches pyrage.
"""

from __future__ import annotations

P = 2**255 - 19
#: Order of the prime-order subgroup of edwards25519.
L = 2**252 + 27742317777372353535851937790883648493
D = (-121665 * pow(121666, P - 2, P)) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)

_Point = tuple[int, int, int, int]  # extended coordinates (X, Y, Z, T)
_IDENTITY: _Point = (0, 1, 1, 0)


class KeyRejected(ValueError):
    """A public key failed a check; ``reason`` says which (stable code)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _add(p1: _Point, p2: _Point) -> _Point:
    # RFC 8032 §5.1.4 addition in extended coordinates (complete for edwards25519).
    x1, y1, z1, t1 = p1
    x2, y2, z2, t2 = p2
    a = (y1 - x1) * (y2 - x2) % P
    b = (y1 + x1) * (y2 + x2) % P
    c = 2 * t1 * t2 * D % P
    d = 2 * z1 * z2 % P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % P, g * h % P, f * g % P, e * h % P)


def _mul(k: int, point: _Point) -> _Point:
    result = _IDENTITY
    addend = point
    while k:
        if k & 1:
            result = _add(result, addend)
        addend = _add(addend, addend)
        k >>= 1
    return result


def _is_identity(point: _Point) -> bool:
    x, y, z, _ = point
    return x % P == 0 and (y - z) % P == 0


def _decode_point(encoded: bytes) -> _Point:
    if len(encoded) != 32:
        raise KeyRejected("ed25519-length")
    raw = int.from_bytes(encoded, "little")
    sign = raw >> 255
    y = raw & ((1 << 255) - 1)
    if y >= P:
        raise KeyRejected("ed25519-non-canonical")
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P) % P
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P != 0:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P != 0:
        raise KeyRejected("ed25519-not-on-curve")
    if x == 0 and sign == 1:
        # "-0": a second encoding of the same point, which RFC 8032 decoding must refuse.
        raise KeyRejected("ed25519-non-canonical")
    if x & 1 != sign:
        x = P - x
    return (x, y, 1, x * y % P)


def check_ed25519_public_key(encoded: bytes) -> None:
    """Raise :class:`KeyRejected` unless ``encoded`` is a safe Ed25519 public key.

    Safe means: 32 bytes, canonical encoding, a curve point, not of small order (none of the 8
    points of order dividing 8), and in the prime-order subgroup ([ℓ]A = O), which every
    honestly generated key is.
    """
    point = _decode_point(encoded)
    if _is_identity(_mul(8, point)):
        raise KeyRejected("ed25519-small-order")
    if not _is_identity(_mul(L, point)):
        raise KeyRejected("ed25519-mixed-order")


# X25519 u-coordinates of points of small order (order 1, 2, 4, 8); any key mapping to one of
# them makes the Diffie-Hellman output all zeros.
_X25519_LOW_ORDER = frozenset(
    {
        0,
        1,
        325606250916557431795983626356110631294008115727848805560023387167927233504,
        39382357235489614581723060781553021112529911719440698176882885853963445705823,
        P - 1,
    }
)


def check_x25519_public_key(encoded: bytes) -> None:
    """Raise :class:`KeyRejected` unless ``encoded`` is a canonical, non-low-order X25519 key."""
    if len(encoded) != 32:
        raise KeyRejected("x25519-length")
    raw = int.from_bytes(encoded, "little")
    if raw >> 255:
        raise KeyRejected("x25519-non-canonical")
    if raw >= P:
        raise KeyRejected("x25519-non-canonical")
    if raw in _X25519_LOW_ORDER:
        raise KeyRejected("x25519-low-order")


# --- Bech32 (BIP 173), just enough for age recipients -----------------------------------------

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= _GEN[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def bech32_decode(text: str, hrp: str) -> bytes:
    """Decode a lowercase Bech32 string with human-readable part ``hrp``; return the payload.

    Raises :class:`KeyRejected` for anything else (mixed case, bad checksum, padding bits).
    """
    if len(text) > 200 or not text.isascii() or text != text.lower():
        raise KeyRejected("bech32-form")
    sep = text.rfind("1")
    if text[:sep] != hrp or len(text) - sep - 1 < 6:
        raise KeyRejected("bech32-prefix")
    try:
        data = [_CHARSET.index(c) for c in text[sep + 1 :]]
    except ValueError as exc:
        raise KeyRejected("bech32-character") from exc
    if _polymod(_hrp_expand(hrp) + data) != 1:
        raise KeyRejected("bech32-checksum")
    acc = 0
    bits = 0
    out = bytearray()
    for value in data[:-6]:
        acc = (acc << 5) | value
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    if bits >= 5 or (acc & ((1 << bits) - 1)):
        raise KeyRejected("bech32-padding")
    return bytes(out)


def check_age_recipient(text: str) -> bytes:
    """Check an ``age1…`` X25519 recipient string; return its 32-byte public key."""
    key = bech32_decode(text, "age")
    check_x25519_public_key(key)
    return key
