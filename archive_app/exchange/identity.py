"""A vault's own identity: an Ed25519 signing key and an age X25519 key (DESIGN.md, Exchange).

The secret half is serialised by :meth:`Identity.to_secret_bytes` for the vault to seal; it
never touches disk in the clear except through :meth:`Identity.age_key_file_text`, which the
person asks for explicitly (so a bundle can be opened with the standard ``age`` tool if this
program is ever unavailable). Python cannot wipe ``bytes``/``str`` from memory; the vault's
lock drops the references (documented limitation).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from archive_app.errors import CorruptData
from archive_app.exchange.canonical import canonical_json, parse_canonical
from archive_app.exchange.card import DOMAIN_CARD, Card, check_name, fingerprint_of
from archive_app.exchange.errors import MalformedJSON

IDENTITY_FORMAT = "letapis-identity"
IDENTITY_VERSION = 1
_AGE_SECRET = re.compile(r"\AAGE-SECRET-KEY-1[0-9A-Z]{58}\Z")


def utc_now() -> str:
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SSZ`` (informational timestamps only)."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, repr=False)
class Identity:
    """The secret identity of one vault.

    >>> me = Identity.generate("Ala")
    >>> Card.from_bytes(me.card().to_bytes()).fingerprint == me.fingerprint
    True
    """

    name: str
    signing_seed: bytes
    age_identity: str
    created: str

    def __repr__(self) -> str:
        # Never show secrets in tracebacks or logs.
        return f"Identity(name=<hidden>, fingerprint={self.fingerprint[:16]}…)"

    @classmethod
    def generate(cls, name: str, *, created: str | None = None) -> Identity:
        """Make a fresh identity (new random keys) for a person or group called ``name``."""
        check_name(name)
        seed = Ed25519PrivateKey.generate().private_bytes_raw()
        age_identity = str(pyrage.x25519.Identity.generate())
        return cls(
            name=name, signing_seed=seed, age_identity=age_identity, created=created or utc_now()
        )

    # --- public parts ---------------------------------------------------------------------

    @property
    def signing_key(self) -> bytes:
        """The 32-byte Ed25519 public key."""
        public = Ed25519PrivateKey.from_private_bytes(self.signing_seed).public_key()
        return public.public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def age_recipient(self) -> str:
        """The ``age1…`` recipient string of the X25519 key."""
        return str(pyrage.x25519.Identity.from_str(self.age_identity).to_public())

    @property
    def fingerprint(self) -> str:
        """Hex fingerprint of the public card."""
        return fingerprint_of(self.signing_key, self.age_recipient)

    def card(self) -> Card:
        """The signed public card to hand to others."""
        unsigned = Card(self.name, self.signing_key, self.age_recipient, self.created, b"")
        signature = self.sign(DOMAIN_CARD, canonical_json(unsigned.unsigned_fields()))
        return Card(self.name, self.signing_key, self.age_recipient, self.created, signature)

    def renamed(self, name: str) -> Identity:
        """The same keys under a new display name (a new card must then be handed out)."""
        check_name(name)
        return Identity(name, self.signing_seed, self.age_identity, self.created)

    # --- secret operations ----------------------------------------------------------------

    def sign(self, domain: bytes, message: bytes) -> bytes:
        """Ed25519 signature of ``domain || message``; ``domain`` ends with a NUL byte."""
        if not domain.endswith(b"\x00"):
            raise ValueError("signature domains end with a NUL byte")
        return Ed25519PrivateKey.from_private_bytes(self.signing_seed).sign(domain + message)

    def pyrage_identity(self) -> Any:
        """The pyrage X25519 identity object used to decrypt bundles."""
        return pyrage.x25519.Identity.from_str(self.age_identity)

    def age_key_file_text(self) -> str:
        """The age secret key in ``age-keygen`` file format (for ``age -d -i FILE``)."""
        return (
            f"# created: {self.created}\n# public key: {self.age_recipient}\n{self.age_identity}\n"
        )

    def to_secret_bytes(self) -> bytes:
        """Serialise the secret identity for the vault to seal (canonical JSON)."""
        return canonical_json(
            {
                "format": IDENTITY_FORMAT,
                "version": IDENTITY_VERSION,
                "name": self.name,
                "signing_seed": self.signing_seed.hex(),
                "age_identity": self.age_identity,
                "created": self.created,
            }
        )

    @classmethod
    def from_secret_bytes(cls, data: bytes) -> Identity:
        """Inverse of :meth:`to_secret_bytes`; raises :class:`CorruptData` on bad input."""
        try:
            value = parse_canonical(data, max_size=4096, what="the stored identity")
        except MalformedJSON as exc:
            raise CorruptData("The archive's stored identity is damaged.") from exc
        expected = {"format", "version", "name", "signing_seed", "age_identity", "created"}
        if (
            not isinstance(value, dict)
            or set(value) != expected
            or value["format"] != IDENTITY_FORMAT
            or value["version"] != IDENTITY_VERSION
            or not isinstance(value["signing_seed"], str)
            or not re.fullmatch(r"[0-9a-f]{64}", value["signing_seed"])
            or not isinstance(value["age_identity"], str)
            or not _AGE_SECRET.match(value["age_identity"])
            or not isinstance(value["name"], str)
            or not isinstance(value["created"], str)
        ):
            raise CorruptData("The archive's stored identity is damaged.")
        return cls(
            name=value["name"],
            signing_seed=bytes.fromhex(value["signing_seed"]),
            age_identity=value["age_identity"],
            created=value["created"],
        )
