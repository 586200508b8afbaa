"""The signed bundle manifest (docs/FORMAT.md §2.6): build, sign, verify, validate.

The manifest is the only thing a receiving decision rests on, so its reader is strict: exact
key sets, typed values, bounded sizes, canonical bytes. The signature is checked over the
exact bytes *before* the JSON is parsed (the signer's key travels in ``manifest.sig``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from archive_app.exchange.canonical import canonical_json, parse_canonical
from archive_app.exchange.card import check_name, fingerprint_of, verify_ed25519
from archive_app.exchange.errors import (
    BundleBadSignature,
    BundleRejected,
    InvalidCard,
    MalformedJSON,
)
from archive_app.exchange.identity import Identity
from archive_app.exchange.keycheck import KeyRejected, check_age_recipient, check_ed25519_public_key

BUNDLE_FORMAT = "letapis-bundle"
BUNDLE_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
MAX_MANIFEST_SIZE = 32 * 1024 * 1024
SIGNATURE_SIZE = 96
MAX_MEMBERS = 1_000_000
MAX_MEMBER_SIZE = 2**40
DOMAIN_MANIFEST = b"letapis/v1/bundle-manifest\x00"
SCOPE_KINDS = ("all", "query", "collection", "ids", "since-last")

_HEX = re.compile(r"\A[0-9a-f]*\Z")
_RECORDS_NAME = re.compile(r"\Arecords/[0-9]{6}\.jsonl\Z")
_FILES_NAME = re.compile(r"\Afiles/([0-9a-f]{64})\Z")
_TIME = re.compile(r"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\Z")
_TOP_KEYS = frozenset(
    {
        "format",
        "version",
        "bundle_id",
        "created",
        "sender",
        "sequence",
        "previous",
        "recipients",
        "scope",
        "redactions",
        "volume_size",
        "counts",
        "members",
    }
)
_SENDER_KEYS = frozenset({"name", "signing_key", "age_recipient", "fingerprint", "vault_id"})
_SCOPE_KEYS = {
    "all": frozenset({"kind"}),
    "query": frozenset({"kind", "query"}),
    "collection": frozenset({"kind", "collection"}),
    "ids": frozenset({"kind", "ids"}),
    "since-last": frozenset({"kind", "since"}),
}


@dataclass(frozen=True)
class MemberEntry:
    """One member after ``manifest.sig``: name, size and hex SHA-256."""

    name: str
    size: int
    sha256: str

    @property
    def is_file(self) -> bool:
        """True for an attachment (``files/<sha256>``), False for a records member."""
        return self.name.startswith("files/")

    def to_json(self) -> dict[str, Any]:
        """JSON form for the manifest."""
        return {"name": self.name, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class Sender:
    """Who made the bundle, as the manifest says (checked against the signature)."""

    name: str
    signing_key: bytes
    age_recipient: str
    vault_id: str

    @property
    def fingerprint(self) -> str:
        """Fingerprint computed from the keys (never taken from the manifest's text)."""
        return fingerprint_of(self.signing_key, self.age_recipient)


@dataclass(frozen=True)
class Manifest:
    """A bundle manifest (docs/FORMAT.md §2.6)."""

    bundle_id: str
    created: str
    sender: Sender
    sequence: int
    previous: str | None
    recipients: tuple[str, ...]
    scope: dict[str, Any]
    members: tuple[MemberEntry, ...]
    redactions: dict[str, Any] = field(default_factory=dict)
    volume_size: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The manifest as a JSON value."""
        return {
            "format": BUNDLE_FORMAT,
            "version": BUNDLE_VERSION,
            "bundle_id": self.bundle_id,
            "created": self.created,
            "sender": {
                "name": self.sender.name,
                "signing_key": self.sender.signing_key.hex(),
                "age_recipient": self.sender.age_recipient,
                "fingerprint": self.sender.fingerprint,
                "vault_id": self.sender.vault_id,
            },
            "sequence": self.sequence,
            "previous": self.previous,
            "recipients": list(self.recipients),
            "scope": self.scope,
            "redactions": self.redactions,
            "volume_size": self.volume_size,
            "counts": self.counts,
            "members": [m.to_json() for m in self.members],
        }

    def to_bytes(self) -> bytes:
        """The exact ``manifest.json`` bytes (canonical JSON)."""
        data = canonical_json(self.to_json())
        if len(data) > MAX_MANIFEST_SIZE:
            raise ValueError("too many members for one bundle")
        return data


def manifest_sha256(data: bytes) -> str:
    """Hex SHA-256 of ``manifest.json`` bytes: the bundle's identity in sequence chains."""
    return hashlib.sha256(data).hexdigest()


def sign_manifest(identity: Identity, data: bytes) -> bytes:
    """``manifest.sig``: the sender's public key followed by the signature."""
    return identity.signing_key + identity.sign(DOMAIN_MANIFEST, data)


def verify_manifest_signature(data: bytes, sig: bytes) -> bytes:
    """Check ``manifest.sig`` over ``data``; return the signer's public key.

    The key is also checked for small order and canonical form here, because a bundle from an
    unknown sender may be shown to a person before the key is ever enrolled.
    """
    if len(sig) != SIGNATURE_SIZE:
        raise BundleBadSignature("sig-size", "the signature file has the wrong size")
    key, signature = sig[:32], sig[32:]
    try:
        check_ed25519_public_key(key)
    except KeyRejected as exc:
        raise BundleBadSignature("sig-key", "the signing key is unsafe") from exc
    if not verify_ed25519(key, DOMAIN_MANIFEST + data, signature):
        raise BundleBadSignature("sig-invalid", "the signature does not match the manifest")
    return key


def _refuse(detail: str) -> BundleRejected:
    return BundleRejected("manifest", f"its manifest is malformed ({detail})")


def _hex(value: Any, length: int, what: str) -> str:
    if not isinstance(value, str) or len(value) != length or not _HEX.match(value):
        raise _refuse(what)
    return value


def _int(value: Any, low: int, high: int, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _refuse(what)
    return value


def _str(value: Any, max_len: int, what: str) -> str:
    if not isinstance(value, str) or len(value) > max_len:
        raise _refuse(what)
    return value


def _check_scope(scope: dict[str, Any]) -> None:
    kind = scope["kind"]
    if kind in ("query", "collection"):
        _str(scope[kind], 1000, "scope")
    elif kind == "ids":
        ids = scope["ids"]
        if not isinstance(ids, list) or len(ids) > MAX_MEMBERS:
            raise _refuse("scope")
        for item in ids:
            _hex(item, 32, "scope")
    elif kind == "since-last":
        since = scope["since"]
        if not isinstance(since, dict) or len(since) > 64:
            raise _refuse("scope")
        for key, number in since.items():
            _hex(key, 64, "scope")
            _int(number, 0, 2**53, "scope")


def parse_manifest(data: bytes, signer_key: bytes) -> Manifest:
    """Validate ``manifest.json`` bytes whose signature by ``signer_key`` was verified."""
    try:
        value = parse_canonical(data, max_size=MAX_MANIFEST_SIZE, what="the manifest")
    except MalformedJSON as exc:
        raise _refuse("not canonical JSON") from exc
    if not isinstance(value, dict) or set(value) != _TOP_KEYS:
        raise _refuse("unexpected fields")
    if value["format"] != BUNDLE_FORMAT:
        raise _refuse("not a Letapis bundle")
    if value["version"] != BUNDLE_VERSION:
        raise BundleRejected("version", "it was made by a newer version of Letapis")
    sender = value["sender"]
    if not isinstance(sender, dict) or set(sender) != _SENDER_KEYS:
        raise _refuse("sender")
    signing_key = bytes.fromhex(_hex(sender["signing_key"], 64, "sender key"))
    if signing_key != signer_key:
        raise BundleBadSignature("sig-sender", "it was signed by a key other than the sender's")
    age_recipient = _str(sender["age_recipient"], 100, "sender recipient")
    try:
        check_age_recipient(age_recipient)
    except KeyRejected as exc:
        raise _refuse("sender recipient") from exc
    try:
        check_name(_str(sender["name"], 200, "sender name"))
    except InvalidCard as exc:  # bidi overrides, control characters: never shown
        raise _refuse("sender name") from exc
    parsed_sender = Sender(
        name=sender["name"],
        signing_key=signing_key,
        age_recipient=age_recipient,
        vault_id=_hex(sender["vault_id"], 32, "vault id"),
    )
    if sender["fingerprint"] != parsed_sender.fingerprint:
        raise _refuse("sender fingerprint")
    sequence = _int(value["sequence"], 1, 2**53, "sequence")
    previous = value["previous"]
    if previous is not None:
        # null also after sequence 1 when no earlier bundle was completed (a failed export
        # still uses up its number, so that no number ever names two bundles).
        if sequence == 1:
            raise _refuse("previous")
        previous = _hex(previous, 64, "previous")
    recipients = value["recipients"]
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= 64:
        raise _refuse("recipients")
    for item in recipients:
        _hex(item, 64, "recipient")
    if len(set(recipients)) != len(recipients):
        raise _refuse("recipients")
    scope = value["scope"]
    if (
        not isinstance(scope, dict)
        or scope.get("kind") not in SCOPE_KINDS
        or set(scope) != _SCOPE_KEYS[scope["kind"]]
    ):
        raise _refuse("scope")
    _check_scope(scope)
    if not isinstance(value["redactions"], dict) or not isinstance(value["counts"], dict):
        raise _refuse("redactions or counts")
    for count in value["counts"].values():
        _int(count, 0, 2**53, "counts")
    if not _TIME.match(_str(value["created"], 20, "created")):
        raise _refuse("created")
    members_value = value["members"]
    if not isinstance(members_value, list) or len(members_value) > MAX_MEMBERS:
        raise _refuse("members")
    members: list[MemberEntry] = []
    names: set[str] = set()
    for item in members_value:
        if not isinstance(item, dict) or set(item) != {"name", "size", "sha256"}:
            raise _refuse("member")
        name = _str(item["name"], 99, "member name")
        sha = _hex(item["sha256"], 64, "member hash")
        match = _FILES_NAME.match(name)
        if not (_RECORDS_NAME.match(name) or (match and match.group(1) == sha)):
            raise _refuse("member name")
        if name in names:
            raise _refuse("duplicate member")
        names.add(name)
        members.append(MemberEntry(name, _int(item["size"], 0, MAX_MEMBER_SIZE, "size"), sha))
    return Manifest(
        bundle_id=_hex(value["bundle_id"], 32, "bundle id"),
        created=value["created"],
        sender=parsed_sender,
        sequence=sequence,
        previous=previous,
        recipients=tuple(recipients),
        scope=scope,
        members=tuple(members),
        redactions=value["redactions"],
        volume_size=_int(value["volume_size"], 0, 2**62, "volume size"),
        counts=value["counts"],
    )
