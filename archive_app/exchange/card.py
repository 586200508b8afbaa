"""Public contact cards and the fingerprints people compare aloud (docs/FORMAT.md §2.2).

A card is handed over in person, as a file or a QR code. Its self-signature proves only that
its maker holds the signing key; *who* that is can only be settled by comparing the spoken
fingerprint face to face, after which the contact is marked verified.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from archive_app.exchange.canonical import canonical_json, is_nfc, parse_canonical
from archive_app.exchange.errors import InvalidCard, InvalidPublicKey, MalformedJSON
from archive_app.exchange.keycheck import (
    KeyRejected,
    check_age_recipient,
    check_ed25519_public_key,
)

CARD_FORMAT = "letapis-card"
CARD_VERSION = 1
MAX_CARD_SIZE = 4096
MAX_NAME_LENGTH = 200
DOMAIN_FINGERPRINT = b"letapis/v1/fingerprint\x00"
DOMAIN_CARD = b"letapis/v1/card\x00"

_HEX32 = re.compile(r"\A[0-9a-f]{64}\Z")
_HEX64 = re.compile(r"\A[0-9a-f]{128}\Z")
_TIME = re.compile(r"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\Z")
_CARD_KEYS = frozenset(
    {
        "format",
        "version",
        "name",
        "signing_key",
        "age_recipient",
        "fingerprint",
        "created",
        "signature",
    }
)
# Zero-width joiners are part of ordinary writing in some scripts; every other format char
# (bidi overrides, invisible separators) could make one name look like another.
_ALLOWED_FORMAT_CHARS = frozenset({"\u200c", "\u200d"})


def fingerprint_of(signing_key: bytes, age_recipient: str) -> str:
    """The identity's fingerprint: hex SHA-256 over both public keys, domain-separated."""
    digest = hashlib.sha256(DOMAIN_FINGERPRINT + signing_key + age_recipient.encode("ascii"))
    return digest.hexdigest()


def spoken_fingerprint(fingerprint: str) -> str:
    """Twelve 5-digit numbers people read to each other to verify a contact.

    >>> spoken_fingerprint("00" * 32)
    '00000 00000 · 00000 00000 · 00000 00000 · 00000 00000 · 00000 00000 · 00000 00000'

    Digits rather than words: the same numbers can be read in Belarusian, Russian or English.
    """
    raw = bytes.fromhex(fingerprint)[:30]
    groups = []
    for i in range(0, 30, 5):
        digits = f"{int.from_bytes(raw[i : i + 5], 'big') % 10**10:010d}"
        groups.append(f"{digits[:5]} {digits[5:]}")
    return " · ".join(groups)


def check_name(name: str) -> None:
    """Raise :class:`InvalidCard` unless ``name`` is a safe, displayable person's name."""
    if not name or len(name) > MAX_NAME_LENGTH:
        raise InvalidCard("card-name", "the name is empty or too long")
    if not is_nfc(name):
        raise InvalidCard("card-name", "the name is not in normal Unicode form")
    for ch in name:
        category = unicodedata.category(ch)
        if category in ("Cc", "Zl", "Zp", "Cs", "Co", "Cn") or (
            category == "Cf" and ch not in _ALLOWED_FORMAT_CHARS
        ):
            raise InvalidCard("card-name", "the name contains invisible or control characters")


def verify_ed25519(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """True if ``signature`` is a valid Ed25519 signature of ``message`` under ``public_key``.

    Callers check the key itself with :func:`check_ed25519_public_key` first (at enrolment).
    """
    if len(signature) != 64:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Card:
    """A verified public card: name, Ed25519 public key, age recipient, fingerprint."""

    name: str
    signing_key: bytes
    age_recipient: str
    created: str
    signature: bytes

    @property
    def fingerprint(self) -> str:
        """Hex fingerprint (64 digits) naming this identity in manifests and contact lists."""
        return fingerprint_of(self.signing_key, self.age_recipient)

    @property
    def spoken_fingerprint(self) -> str:
        """The fingerprint as twelve 5-digit numbers to compare aloud."""
        return spoken_fingerprint(self.fingerprint)

    def unsigned_fields(self) -> dict[str, Any]:
        """The card's fields without the signature (what the signature covers)."""
        return {
            "format": CARD_FORMAT,
            "version": CARD_VERSION,
            "name": self.name,
            "signing_key": self.signing_key.hex(),
            "age_recipient": self.age_recipient,
            "fingerprint": self.fingerprint,
            "created": self.created,
        }

    def to_bytes(self) -> bytes:
        """The card file's bytes (canonical JSON)."""
        fields = self.unsigned_fields()
        fields["signature"] = self.signature.hex()
        return canonical_json(fields)

    @classmethod
    def from_bytes(cls, data: bytes) -> Card:
        """Parse and check a card file; raise :class:`InvalidCard` if anything is wrong.

        >>> Card.from_bytes(b"{}")  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        InvalidCard: ...
        """
        try:
            value = parse_canonical(data, max_size=MAX_CARD_SIZE, what="the contact card")
        except MalformedJSON as exc:
            raise InvalidCard(
                "card-json", "it is damaged, too large or not a Letapis card"
            ) from exc
        if not isinstance(value, dict) or set(value) != _CARD_KEYS:
            raise InvalidCard("card-fields", "it is not a Letapis contact card")
        if value["format"] != CARD_FORMAT or value["version"] != CARD_VERSION:
            raise InvalidCard("card-version", "it was made by another program or version")
        for key in ("name", "signing_key", "age_recipient", "fingerprint", "created", "signature"):
            if not isinstance(value[key], str):
                raise InvalidCard("card-fields", "it is not a Letapis contact card")
        check_name(value["name"])
        if not _HEX32.match(value["signing_key"]) or not _HEX64.match(value["signature"]):
            raise InvalidPublicKey("card-key", "its signing key is malformed")
        if not _TIME.match(value["created"]):
            raise InvalidCard("card-fields", "its date is malformed")
        signing_key = bytes.fromhex(value["signing_key"])
        check_public_keys(signing_key, value["age_recipient"])
        card = cls(
            name=value["name"],
            signing_key=signing_key,
            age_recipient=value["age_recipient"],
            created=value["created"],
            signature=bytes.fromhex(value["signature"]),
        )
        if value["fingerprint"] != card.fingerprint:
            raise InvalidCard("card-fingerprint", "its fingerprint does not match its keys")
        if not verify_ed25519(
            signing_key, DOMAIN_CARD + canonical_json(card.unsigned_fields()), card.signature
        ):
            raise InvalidCard("card-signature", "its signature is not valid")
        return card

    @classmethod
    def read(cls, path: Path) -> Card:
        """Read and check a card file, refusing oversized files before reading them whole."""
        with open(path, "rb") as handle:
            data = handle.read(MAX_CARD_SIZE + 1)
        return cls.from_bytes(data)

    def write(self, path: Path) -> None:
        """Write the card file atomically (temp file, fsync, rename)."""
        atomic_write(path, self.to_bytes())

    def qr_png(self) -> bytes:
        """A PNG image of a QR code that holds the card's bytes."""
        import io

        import qrcode  # type: ignore[import-untyped]  # only card display needs Pillow
        from qrcode.constants import ERROR_CORRECT_M  # type: ignore[import-untyped]

        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=6, border=4)
        code.add_data(self.to_bytes())
        code.make(fit=True)
        image = code.make_image()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()

    def write_qr_png(self, path: Path) -> None:
        """Write the QR code of the card as a PNG file, atomically."""
        atomic_write(path, self.qr_png())


def check_public_keys(signing_key: bytes, age_recipient: str) -> None:
    """Raise :class:`InvalidPublicKey` unless both public keys pass the strict checks."""
    try:
        check_ed25519_public_key(signing_key)
    except KeyRejected as exc:
        raise InvalidPublicKey(exc.reason, "its signing key is not a safe public key") from exc
    try:
        check_age_recipient(age_recipient)
    except KeyRejected as exc:
        raise InvalidPublicKey(exc.reason, "its encryption key is malformed or unsafe") from exc


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new, never half."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """fsync a folder so a rename in it survives a power cut (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
