"""Errors of the crypto layer.

The crypto layer imports nothing of ours, so it has its own small hierarchy; the vault layer
turns these into :mod:`archive_app.errors` types with the name of the thing that failed. The
failure classes stay distinct (header / truncated / chunk; header / no match / mac) even
where a person sees one message.
"""

from __future__ import annotations


class CryptoError(Exception):
    """Base class: authentication or parsing of sealed data failed."""


class SealedFileError(CryptoError):
    """A sealed file is not acceptable."""

    kind = "sealed-file"


class SealedHeaderError(SealedFileError):
    """Wrong magic, version or chunk size, or the header tag did not verify."""

    kind = "header"


class SealedTruncatedError(SealedFileError):
    """The file's length is impossible: cut inside a chunk, or empty after a chunk."""

    kind = "truncated"


class SealedChunkError(SealedFileError):
    """A chunk failed authentication (altered, reordered, spliced, or cut at its end)."""

    kind = "chunk"


class RecordAuthError(CryptoError):
    """A sealed record failed authentication (altered, swapped, moved, rolled back)."""


class HeaderError(CryptoError):
    """vault.json is malformed or outside the accepted bounds."""

    kind = "header"


class NoMatchingSlot(CryptoError):
    """No key slot opened with the secret given."""

    kind = "no match"


class HeaderMacError(CryptoError):
    """A slot opened but the header MAC did not verify."""

    kind = "mac"


class RecoveryKeyTypo(CryptoError):
    """A recovery key's check group does not match: most likely a typing mistake."""
