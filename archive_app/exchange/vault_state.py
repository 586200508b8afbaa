"""The exchange state kept in a vault: identity, contacts, and records <-> documents.

Sealed in the vault's settings table:

* ``exchange.identity`` — the secret identity (:meth:`Identity.to_secret_bytes`);
* ``exchange.state`` — contacts and sequence bookkeeping (:class:`ExchangeState`);
* ``exchange.conflicts`` — received versions waiting for a person's decision.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from archive_app.errors import NotFound, StorageError, UsageError
from archive_app.exchange.card import Card
from archive_app.exchange.contacts import Contact, ExchangeState
from archive_app.exchange.errors import InvalidCard
from archive_app.exchange.identity import Identity, utc_now
from archive_app.exchange.records import (
    DOC_FIELDS,
    strip_location_keys,
)

if TYPE_CHECKING:
    from archive_app.archive import Archive
    from archive_app.vault.store import Document


IDENTITY_KEY = "exchange.identity"
STATE_KEY = "exchange.state"
CONFLICTS_KEY = "exchange.conflicts"
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


# --- identity and contacts -----------------------------------------------------------------


def get_identity(archive: Archive, *, create: bool = True) -> Identity:
    """The vault's identity, made on first use (name: "Letapis <vault id prefix>")."""
    stored = archive.store.get_setting(IDENTITY_KEY)
    if stored is not None:
        return Identity.from_secret_bytes(str(stored).encode("ascii"))
    if not create:
        raise NotFound("This vault has no identity yet.")
    identity = Identity.generate(f"Letapis {archive.vault.vault_id.hex()[:8]}")
    archive.store.set_setting(IDENTITY_KEY, identity.to_secret_bytes().decode("ascii"))
    return identity


def set_identity_name(archive: Archive, name: str) -> Identity:
    """Rename the identity (same keys; hand out the new card)."""
    try:
        identity = get_identity(archive).renamed(name.strip())
    except InvalidCard:
        raise UsageError(
            "That name cannot be used: it must be 1 to 200 visible characters."
        ) from None
    archive.store.set_setting(IDENTITY_KEY, identity.to_secret_bytes().decode("ascii"))
    return identity


def load_state(archive: Archive) -> ExchangeState:
    """Contacts and sequence bookkeeping."""
    stored = archive.store.get_setting(STATE_KEY)
    if stored is None:
        return ExchangeState()
    return ExchangeState.from_bytes(str(stored).encode("ascii"))


def save_state(archive: Archive, state: ExchangeState) -> None:
    """Store the state (inside the caller's transaction, if any: settings nest)."""
    try:
        archive.store.set_setting(STATE_KEY, state.to_bytes().decode("ascii"))
    except sqlite3.Error:
        raise StorageError(
            "The archive could not be written (read-only or full disk); nothing was changed."
        ) from None


def add_contact(archive: Archive, card: Card, *, verified: bool = False) -> Contact:
    """Add a checked card as a contact (refused if it is our own)."""
    if card.fingerprint == get_identity(archive).fingerprint:
        raise UsageError(
            "That is this vault's own card; it cannot be a contact.", code="usage/own-card"
        )
    state = load_state(archive)
    contact = state.add(card, verified=verified, added=utc_now())
    save_state(archive, state)
    return contact


def verify_contact(archive: Archive, query: str) -> Contact:
    """Mark a contact verified (after comparing the spoken fingerprint in person)."""
    state = load_state(archive)
    contact = state.find(query)
    contact.verified = True
    save_state(archive, state)
    return contact


def remove_contact(archive: Archive, query: str) -> Contact:
    """Forget a contact (its bundles are then refused as from an unknown signer)."""
    state = load_state(archive)
    contact = state.remove(query)
    save_state(archive, state)
    return contact


# --- records <-> documents -----------------------------------------------------------------


def local_clock(doc: Document, own: str) -> dict[str, int]:
    """A document's version vector: the stored one plus our own edits since it was set."""
    revision = doc.revision or {}
    clock = {str(k): int(v) for k, v in dict(revision.get("clock", {})).items()}
    own_count = clock.get(own, 0) + doc.version - int(revision.get("at_version", 0))
    if own_count > 0:
        clock[own] = own_count
    return clock


def document_record(
    doc: Document, own: str, *, redact: bool, events: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[str], int]:
    """The bundle record of ``doc``; returns it, the redacted fields and location keys removed."""
    redacted = sorted(set(doc.sensitive) & set(DOC_FIELDS)) if redact else []
    record: dict[str, Any] = {
        "id": doc.id,
        "origin": doc.origin or own,
        "clock": local_clock(doc, own),
    }
    for name in DOC_FIELDS:
        if name in redacted:
            continue
        record[name] = getattr(doc, name)
    stripped = 0
    if redact:
        for key in ("metadata", "provenance"):
            if key in record:
                record[key], n = strip_location_keys(record[key])
                stripped += n
    record["attachments"] = []
    record["redacted"] = redacted
    record["custody"] = [
        {k: e[k] for k in ("seq", "time", "actor", "action", "version") if k in e} for e in events
    ]
    return record, redacted, stripped
