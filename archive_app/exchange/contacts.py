"""Contacts (received cards) and the per-sender sequence rules of bundles.

Everything here is plain data serialised as canonical JSON, so the vault can seal it as one
value (``ExchangeState.to_bytes``) in the same transaction that applies a received bundle: the
sequence bookkeeping then can never disagree with what was applied.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from archive_app.errors import CorruptData, NotFound, UsageError
from archive_app.exchange.canonical import canonical_json, parse_canonical
from archive_app.exchange.card import Card
from archive_app.exchange.errors import MalformedJSON

STATE_FORMAT = "letapis-exchange-state"
STATE_VERSION = 1
MAX_STATE_SIZE = 64 * 1024 * 1024


class SequenceVerdict(enum.Enum):
    """How a received manifest's sequence number relates to what we saw from that sender."""

    NEW = "new"  #: a sequence number above every one seen: normal
    DUPLICATE = "duplicate"  #: this exact manifest was received before: a no-op
    OLDER_UNSEEN = "older-unseen"  #: older than the newest seen, never received: flag it
    EQUIVOCATION = "equivocation"  #: another manifest with the same number: refuse


@dataclass
class Contact:
    """A person whose card we hold."""

    card: Card
    verified: bool = False
    added: str = ""
    #: sequence number → hex SHA-256 of the manifest received with it.
    received: dict[int, str] = field(default_factory=dict)
    #: our own sequence number of the last bundle sent to this contact, and the vault's
    #: change counter at that moment (the "since last exchange" watermark).
    last_sent_sequence: int = 0
    last_sent_watermark: int = 0

    @property
    def id(self) -> str:
        """Short stable id shown to people: the first 16 hex digits of the fingerprint."""
        return self.card.fingerprint[:16]

    @property
    def fingerprint(self) -> str:
        """The full hex fingerprint."""
        return self.card.fingerprint

    def classify(self, sequence: int, manifest_sha256: str) -> SequenceVerdict:
        """Apply the sequence rules of FORMAT.md §2.8 (by numbers, never clocks)."""
        seen = self.received.get(sequence)
        if seen is not None:
            return (
                SequenceVerdict.DUPLICATE
                if seen == manifest_sha256
                else (SequenceVerdict.EQUIVOCATION)
            )
        if self.received and sequence < max(self.received):
            return SequenceVerdict.OLDER_UNSEEN
        return SequenceVerdict.NEW

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form (the card's bytes are kept as sent, hex-encoded)."""
        return {
            "card": self.card.to_bytes().hex(),
            "verified": self.verified,
            "added": self.added,
            "received": {str(k): v for k, v in sorted(self.received.items())},
            "last_sent_sequence": self.last_sent_sequence,
            "last_sent_watermark": self.last_sent_watermark,
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Contact:
        """Inverse of :meth:`to_json`; the card is re-checked."""
        return cls(
            card=Card.from_bytes(bytes.fromhex(value["card"])),
            verified=bool(value["verified"]),
            added=str(value["added"]),
            received={int(k): str(v) for k, v in value["received"].items()},
            last_sent_sequence=int(value["last_sent_sequence"]),
            last_sent_watermark=int(value["last_sent_watermark"]),
        )


@dataclass
class ExchangeState:
    """Contacts plus our own bundle chain (sequence number and last manifest hash)."""

    contacts: list[Contact] = field(default_factory=list)
    own_sequence: int = 0
    own_last_manifest_sha256: str | None = None
    #: Fingerprints of removed (revoked) contacts: their bundles are refused as revoked,
    #: even where unknown signers would be accepted.
    revoked: list[str] = field(default_factory=list)

    def add(self, card: Card, *, verified: bool = False, added: str = "") -> Contact:
        """Add a contact from a checked card; the same card again only updates ``verified``.

        Raises :class:`UsageError` if a different card reuses one of the keys (a sign of a
        mistake or of someone impersonating a contact). Adding a revoked card again (after
        meeting in person) lifts the revocation.
        """
        if card.fingerprint in self.revoked:
            self.revoked.remove(card.fingerprint)
        for contact in self.contacts:
            if contact.fingerprint == card.fingerprint:
                contact.verified = contact.verified or verified
                return contact
            if (
                contact.card.signing_key == card.signing_key
                or contact.card.age_recipient == card.age_recipient
            ):
                raise UsageError(
                    "This card shares a key with the contact "
                    f"{contact.id} but differs from it; it was not added.",
                    code="usage/shared-key",
                )
        contact = Contact(card=card, verified=verified, added=added)
        self.contacts.append(contact)
        return contact

    def find(self, query: str) -> Contact:
        """Find one contact by id (or a fingerprint prefix of ≥ 8 digits) or by exact name."""
        needle = query.strip()
        by_id = [
            c
            for c in self.contacts
            if len(needle) >= 8 and c.fingerprint.startswith(needle.lower())
        ]
        by_name = [c for c in self.contacts if c.card.name.casefold() == needle.casefold()]
        matches = by_id or by_name
        if not matches:
            raise NotFound("No contact matches that name or id.")
        if len(matches) > 1:
            raise UsageError("Several contacts match that name; use the contact's id.")
        return matches[0]

    def by_fingerprint(self, fingerprint: str) -> Contact | None:
        """The contact with this exact fingerprint, or None."""
        for contact in self.contacts:
            if contact.fingerprint == fingerprint:
                return contact
        return None

    def remove(self, query: str) -> Contact:
        """Remove and return the contact :meth:`find` returns."""
        contact = self.find(query)
        self.contacts.remove(contact)
        if contact.fingerprint not in self.revoked:
            self.revoked.append(contact.fingerprint)
        return contact

    def to_bytes(self) -> bytes:
        """Serialise for sealing in the vault."""
        return canonical_json(
            {
                "format": STATE_FORMAT,
                "version": STATE_VERSION,
                "contacts": [c.to_json() for c in self.contacts],
                "own_sequence": self.own_sequence,
                "own_last_manifest_sha256": self.own_last_manifest_sha256,
                "revoked": self.revoked,
            }
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> ExchangeState:
        """Inverse of :meth:`to_bytes`; raises :class:`CorruptData` on damaged input."""
        try:
            value = parse_canonical(data, max_size=MAX_STATE_SIZE, what="the contact list")
            if value["format"] != STATE_FORMAT or value["version"] != STATE_VERSION:
                raise CorruptData("The archive's contact list has an unknown format.")
            return cls(
                contacts=[Contact.from_json(c) for c in value["contacts"]],
                own_sequence=int(value["own_sequence"]),
                own_last_manifest_sha256=value["own_last_manifest_sha256"],
                revoked=[str(f) for f in value.get("revoked", [])],
            )
        except (MalformedJSON, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CorruptData("The archive's contact list is damaged.") from exc
