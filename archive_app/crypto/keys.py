"""Key slots, the vault header, sub-keys and recovery keys (docs/FORMAT.md, 1.2–1.4).

A passphrase (or a printed recovery key) goes through Argon2id to a key-encryption key that
unwraps the vault's random 256-bit master key. Sub-keys for each purpose come from HKDF with
distinct labels. ``vault.json`` is parsed and bounds-checked here before anything is derived.

Example::

    params = KdfParams(memory_kib=65536, iterations=3, lanes=4)
    master = os.urandom(32)
    slot = make_slot("passphrase", passphrase_secret("correct horse"), master, vid, params)
    header = VaultHeader.create(vid, [slot], master)
    assert unlock(VaultHeader.parse(header.to_json()), passphrase_secret("correct horse")) == master
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from archive_app.crypto.errors import (
    HeaderError,
    HeaderMacError,
    NoMatchingSlot,
    RecoveryKeyTypo,
)

FORMAT_NAME = "letapis-vault"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 65536
MAX_SLOTS = 8
MASTER_KEY_SIZE = 32
WRAPPED_KEY_SIZE = 12 + MASTER_KEY_SIZE + 16

LABEL_HEADER_MAC = b"letapis/v1/header-mac"
LABEL_RECORDS = b"letapis/v1/records"
LABEL_BLOBS = b"letapis/v1/blobs"
LABEL_BLOB_NAMES = b"letapis/v1/blob-names"
LABEL_INDEX = b"letapis/v1/index"
LABEL_STAGING = b"letapis/v1/staging"

SlotKind = Literal["passphrase", "recovery"]


def canonical_json(value: Any) -> bytes:
    """The canonical JSON encoding used for everything that is MACed, signed or hashed."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise HeaderError(f"{what} is not a string")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise HeaderError(f"{what} is not valid base64") from None


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters of one key slot."""

    memory_kib: int
    iterations: int
    lanes: int

    #: Accepted when reading (docs/FORMAT.md 1.2): checked before any derivation.
    MAX_MEMORY_KIB = 2 * 1024 * 1024
    MAX_ITERATIONS = 16
    MAX_LANES = 8

    def check_bounds(self) -> None:
        """Raise HeaderError unless the parameters are inside the accepted bounds."""
        for name in ("memory_kib", "iterations", "lanes"):
            value = getattr(self, name)
            if type(value) is not int:
                raise HeaderError(f"kdf {name} is not an integer")
        if not 1 <= self.lanes <= self.MAX_LANES:
            raise HeaderError("kdf lanes out of bounds")
        if not 1 <= self.iterations <= self.MAX_ITERATIONS:
            raise HeaderError("kdf iterations out of bounds")
        if not 8 * self.lanes <= self.memory_kib <= self.MAX_MEMORY_KIB:
            raise HeaderError("kdf memory out of bounds")


#: RFC 9106 §4, second recommended option: the floor for new vaults.
RFC9106_SECOND = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)


def derive_kek(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(secret) -> 32-byte key-encryption key.

    Raises:
        MemoryError: when the machine cannot give the memory the slot asks for.
    """
    params.check_bounds()
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def calibrate(target_seconds: float = 1.0, floor: KdfParams = RFC9106_SECOND) -> KdfParams:
    """Find Argon2id parameters that take about ``target_seconds`` here, never below ``floor``.

    Memory doubles from the floor up to 1 GiB, then passes are added.
    """
    params = floor
    salt = os.urandom(16)
    while True:
        start = time.perf_counter()
        derive_kek(b"calibration", salt, params)
        elapsed = time.perf_counter() - start
        if elapsed >= 0.8 * target_seconds:
            return params
        factor = target_seconds / max(elapsed, 1e-3)
        if params.memory_kib < 1024 * 1024:
            memory = min(1024 * 1024, params.memory_kib * 2)
            params = KdfParams(memory, params.iterations, params.lanes)
        elif params.iterations < KdfParams.MAX_ITERATIONS:
            iterations = min(
                KdfParams.MAX_ITERATIONS,
                max(params.iterations + 1, int(params.iterations * factor)),
            )
            params = KdfParams(params.memory_kib, iterations, params.lanes)
        else:
            return params


def passphrase_secret(passphrase: str) -> bytes:
    """The KDF input for a passphrase: UTF-8 of its NFC form, so NFC and NFD both open."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_subkey(master_key: bytes | bytearray, vault_id: bytes, label: bytes) -> bytes:
    """HKDF-SHA256 sub-key for one purpose; ``label`` is one of the LABEL_* constants."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id, info=label).derive(
        bytes(master_key)
    )


# --- recovery keys ---------------------------------------------------------------------------

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_MAP = {c: i for i, c in enumerate(_CROCKFORD)}
_CROCKFORD_MAP.update({"O": 0, "I": 1, "L": 1})
RECOVERY_KEY_BYTES = 20


def _b32(number: int, chars: int) -> str:
    return "".join(_CROCKFORD[(number >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _recovery_check(secret: bytes) -> str:
    digest = hashlib.sha256(b"letapis/v1/recovery-check" + secret).digest()
    return _b32(int.from_bytes(digest[:3], "big") >> 4, 4)


def generate_recovery_key() -> tuple[bytes, str]:
    """Return (secret bytes, printable key such as ``7K3M-Q9XA-…-C4RT``)."""
    secret = secrets.token_bytes(RECOVERY_KEY_BYTES)
    body = _b32(int.from_bytes(secret, "big"), 32)
    groups = [body[i : i + 4] for i in range(0, 32, 4)] + [_recovery_check(secret)]
    return secret, "-".join(groups)


def looks_like_recovery_key(text: str) -> bool:
    """True if ``text`` has the shape of a recovery key (36 base32 characters)."""
    cleaned = "".join(c for c in text.upper() if c not in " -\t")
    return len(cleaned) == 36 and all(c in _CROCKFORD_MAP for c in cleaned)


def parse_recovery_key(text: str) -> bytes:
    """Parse a typed recovery key; raises RecoveryKeyTypo if its check group does not match."""
    cleaned = "".join(c for c in text.upper() if c not in " -\t")
    if len(cleaned) != 36 or any(c not in _CROCKFORD_MAP for c in cleaned):
        raise RecoveryKeyTypo("a recovery key has 9 groups of 4 letters and digits")
    number = 0
    for c in cleaned[:32]:
        number = (number << 5) | _CROCKFORD_MAP[c]
    secret = number.to_bytes(RECOVERY_KEY_BYTES, "big")
    check = "".join(_CROCKFORD[_CROCKFORD_MAP[c]] for c in cleaned[32:])
    if not hmac.compare_digest(check, _recovery_check(secret)):
        raise RecoveryKeyTypo(
            "the recovery key has a typing mistake (its last group does not match)"
        )
    return secret


# --- slots and header ------------------------------------------------------------------------


@dataclass
class KeySlot:
    """One way to unwrap the master key."""

    id: str
    kind: SlotKind
    params: KdfParams
    salt: bytes
    wrapped_key: bytes
    extra: dict[str, Any] = field(default_factory=dict)

    def kdf_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.params.memory_kib,
            "iterations": self.params.iterations,
            "lanes": self.params.lanes,
            "salt": b64e(self.salt),
        }

    def aad(self, vault_id: bytes) -> bytes:
        bound = {
            "version": FORMAT_VERSION,
            "vault_id": vault_id.hex(),
            "id": self.id,
            "kind": self.kind,
            "kdf": self.kdf_json(),
        }
        return b"letapis/v1/slot\x00" + canonical_json(bound)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.extra,
            "id": self.id,
            "kind": self.kind,
            "kdf": self.kdf_json(),
            "wrapped_key": b64e(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, value: object) -> KeySlot:
        if not isinstance(value, dict):
            raise HeaderError("a key slot is not an object")
        kind = value.get("kind")
        if kind not in ("passphrase", "recovery"):
            raise HeaderError("a key slot has an unknown kind")
        slot_id = value.get("id")
        if not isinstance(slot_id, str) or len(slot_id) != 16:
            raise HeaderError("a key slot has no valid id")
        try:
            bytes.fromhex(slot_id)
        except ValueError:
            raise HeaderError("a key slot id is not hexadecimal") from None
        kdf = value.get("kdf")
        if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
            raise HeaderError("a key slot names an unknown key derivation")
        params = KdfParams(kdf.get("memory_kib"), kdf.get("iterations"), kdf.get("lanes"))  # type: ignore[arg-type]
        params.check_bounds()
        salt = b64d(kdf.get("salt"), "kdf salt")
        if not 16 <= len(salt) <= 64:
            raise HeaderError("kdf salt length out of bounds")
        wrapped = b64d(value.get("wrapped_key"), "wrapped key")
        if len(wrapped) != WRAPPED_KEY_SIZE:
            raise HeaderError("wrapped key has the wrong length")
        extra = {k: v for k, v in value.items() if k not in ("id", "kind", "kdf", "wrapped_key")}
        return cls(slot_id, kind, params, salt, wrapped, extra)


def make_slot(
    kind: SlotKind,
    secret: bytes,
    master_key: bytes | bytearray,
    vault_id: bytes,
    params: KdfParams,
) -> KeySlot:
    """Wrap ``master_key`` under ``secret`` in a new slot with a fresh salt and id."""
    slot = KeySlot(secrets.token_hex(8), kind, params, os.urandom(16), b"")
    kek = derive_kek(secret, slot.salt, params)
    nonce = os.urandom(12)
    slot.wrapped_key = nonce + AESGCM(kek).encrypt(nonce, bytes(master_key), slot.aad(vault_id))
    return slot


def _unwrap(slot: KeySlot, secret: bytes, vault_id: bytes) -> bytes | None:
    kek = derive_kek(secret, slot.salt, slot.params)
    try:
        return AESGCM(kek).decrypt(slot.wrapped_key[:12], slot.wrapped_key[12:], slot.aad(vault_id))
    except InvalidTag:
        return None


@dataclass
class VaultHeader:
    """The parsed ``vault.json``."""

    vault_id: bytes
    slots: list[KeySlot]
    mac: bytes = b""
    extra: dict[str, Any] = field(default_factory=dict)

    def body_json(self) -> dict[str, Any]:
        return {
            **self.extra,
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id.hex(),
            "slots": [slot.to_json() for slot in self.slots],
        }

    def compute_mac(self, master_key: bytes | bytearray) -> bytes:
        key = derive_subkey(master_key, self.vault_id, LABEL_HEADER_MAC)
        return hmac.new(key, canonical_json(self.body_json()), hashlib.sha256).digest()

    @classmethod
    def create(
        cls, vault_id: bytes, slots: list[KeySlot], master_key: bytes | bytearray
    ) -> VaultHeader:
        header = cls(vault_id, slots)
        header.mac = header.compute_mac(master_key)
        return header

    def to_json(self) -> bytes:
        """Serialised ``vault.json`` (indented for people; the MAC is over canonical JSON)."""
        return (json.dumps({**self.body_json(), "mac": b64e(self.mac)}, indent=2) + "\n").encode()

    @classmethod
    def parse(cls, data: bytes) -> VaultHeader:
        """Parse and bounds-check ``vault.json`` bytes; raises HeaderError."""
        if len(data) > MAX_HEADER_BYTES:
            raise HeaderError("vault.json is larger than allowed")
        try:
            value = json.loads(data.decode("utf-8"), parse_float=_no_float)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise HeaderError("vault.json is not valid JSON") from None
        if not isinstance(value, dict):
            raise HeaderError("vault.json is not a JSON object")
        if value.get("format") != FORMAT_NAME:
            raise HeaderError("vault.json is not a Letapis vault header")
        if value.get("version") != FORMAT_VERSION or type(value.get("version")) is not int:
            raise HeaderError("vault.json has an unsupported version")
        vault_id_hex = value.get("vault_id")
        if not isinstance(vault_id_hex, str) or len(vault_id_hex) != 32:
            raise HeaderError("vault.json has no valid vault id")
        try:
            vault_id = bytes.fromhex(vault_id_hex)
        except ValueError:
            raise HeaderError("vault id is not hexadecimal") from None
        raw_slots = value.get("slots")
        if not isinstance(raw_slots, list) or not 1 <= len(raw_slots) <= MAX_SLOTS:
            raise HeaderError("vault.json has no valid key slots")
        slots = [KeySlot.from_json(s) for s in raw_slots]
        if len({s.id for s in slots}) != len(slots):
            raise HeaderError("two key slots have the same id")
        if [s.kind for s in slots].count("passphrase") != 1:
            raise HeaderError("vault.json must have exactly one passphrase slot")
        if [s.kind for s in slots].count("recovery") > 1:
            raise HeaderError("vault.json has more than one recovery slot")
        mac = b64d(value.get("mac"), "header MAC")
        if len(mac) != 32:
            raise HeaderError("header MAC has the wrong length")
        known = ("format", "version", "vault_id", "slots", "mac")
        extra = {k: v for k, v in value.items() if k not in known}
        return cls(vault_id, slots, mac, extra)

    def slot(self, kind: SlotKind) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)


def _no_float(text: str) -> Any:
    raise ValueError("floats are not allowed")


def unlock(
    header: VaultHeader, secret: bytes, kinds: tuple[SlotKind, ...] = ("passphrase",)
) -> bytes:
    """Unwrap the master key with ``secret`` from a slot of one of ``kinds``; verify the MAC.

    Raises:
        NoMatchingSlot: no slot opened.
        HeaderMacError: a slot opened but the header was changed.
        MemoryError: the KDF could not get its memory.
    """
    for slot in header.slots:
        if slot.kind not in kinds:
            continue
        master = _unwrap(slot, secret, header.vault_id)
        if master is None:
            continue
        if not hmac.compare_digest(header.compute_mac(master), header.mac):
            raise HeaderMacError("the header MAC does not match")
        return master
    raise NoMatchingSlot("no key slot opened")
