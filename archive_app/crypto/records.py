"""Sealing of database rows (docs/FORMAT.md, 1.5).

Each row's sensitive values are one canonical-JSON payload, sealed with AES-256-GCM under the
records sub-key, a fresh random nonce, and associated data naming the vault, table, column, row
id and row version — so a ciphertext swapped between rows, moved to another table, copied from
another vault or rolled back under a newer version number fails authentication.

Example::

    sealer = RecordSealer(records_key, vault_id)
    blob = sealer.seal("documents", "sealed", row_id, 1, {"title": "…"})
    assert sealer.open("documents", "sealed", row_id, 1, blob) == {"title": "…"}
"""

from __future__ import annotations

import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from archive_app.crypto.errors import RecordAuthError
from archive_app.crypto.keys import canonical_json

RECORD_VERSION = 1
_AAD_PREFIX = b"letapis/v1/record\x00"
#: A sealed payload larger than this is refused before decryption (no huge allocations).
MAX_SEALED_RECORD = 512 * 1024 * 1024


def _lp(data: bytes) -> bytes:
    if len(data) > 0xFFFF:
        raise ValueError("associated-data field too long")
    return len(data).to_bytes(2, "big") + data


class RecordSealer:
    """Seals and opens row payloads of one vault."""

    def __init__(self, key: bytes, vault_id: bytes) -> None:
        self._aead = AESGCM(key)
        self._vault_id = vault_id

    def aad(self, table: str, column: str, row_id: str, version: int) -> bytes:
        return (
            _AAD_PREFIX
            + _lp(self._vault_id)
            + _lp(table.encode())
            + _lp(column.encode())
            + _lp(row_id.encode())
            + version.to_bytes(8, "big")
        )

    def seal_bytes(self, table: str, column: str, row_id: str, version: int, data: bytes) -> bytes:
        nonce = os.urandom(12)
        aad = self.aad(table, column, row_id, version)
        return bytes([RECORD_VERSION]) + nonce + self._aead.encrypt(nonce, data, aad)

    def open_bytes(
        self, table: str, column: str, row_id: str, version: int, sealed: bytes
    ) -> bytes:
        if not isinstance(sealed, bytes | bytearray | memoryview):
            raise RecordAuthError("sealed value is not bytes")
        if len(sealed) < 1 + 12 + 16 or len(sealed) > MAX_SEALED_RECORD:
            raise RecordAuthError("sealed value has an impossible length")
        if sealed[0] != RECORD_VERSION:
            raise RecordAuthError("sealed value has an unknown version")
        try:
            return self._aead.decrypt(
                bytes(sealed[1:13]), bytes(sealed[13:]), self.aad(table, column, row_id, version)
            )
        except InvalidTag:
            raise RecordAuthError("sealed value failed authentication") from None

    def seal(self, table: str, column: str, row_id: str, version: int, payload: Any) -> bytes:
        """Seal a JSON-serialisable payload."""
        return self.seal_bytes(table, column, row_id, version, canonical_json(payload))

    def open(self, table: str, column: str, row_id: str, version: int, sealed: bytes) -> Any:
        """Open a sealed payload; raises RecordAuthError."""
        data = self.open_bytes(table, column, row_id, version, sealed)
        try:
            return json.loads(data)
        except ValueError:
            raise RecordAuthError("sealed value is not JSON") from None
