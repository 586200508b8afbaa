"""Typed errors of Letapis, one place for all of them.

Every error a person can meet is a subclass of :class:`LetapisError`. Its ``str()`` is one
plain sentence that names the file or thing concerned and the reason, and never contains
document content, passphrases or keys. The CLI prints it on one line and exits with
``exit_code``; the GUI shows it in a dialog.

Exit codes (documented in README.md, pinned by tests):

====  =====================================================================
 0    success
 1    some files or records had problems (import report, ``check`` found damage)
 2    usage error (bad arguments)
 3    cannot unlock: wrong passphrase or recovery key
 4    the vault is open elsewhere
 5    damaged or unreadable data (vault, record, attachment, index, bundle)
 6    not found (vault, document, attachment, contact)
 7    unsupported format or version
 8    a bundle was refused (signature, recipients, sequence, tampering)
 9    input/output problem (disk full, read-only, file vanished)
10    cancelled by the user
====  =====================================================================

This module imports nothing of ours, so every layer may use it.
"""

from __future__ import annotations


class LetapisError(Exception):
    """Base of every error meant for a person."""

    exit_code = 1
    #: A stable code for what went wrong; the GUI maps it to a translated sentence (the
    #: English ``message`` is for the CLI and logs). Subclasses and raisers may refine it.
    code = "error"

    def __init__(
        self, message: str, *, code: str | None = None, params: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        #: Values the translated sentence may name (file names, counts; never content).
        self.params: dict[str, str] = dict(params or {})

    def __str__(self) -> str:
        return self.message


class UsageError(LetapisError):
    """The command was called with arguments that make no sense."""

    exit_code = 2
    code = "usage"


class WrongPassphrase(LetapisError):
    """No key slot opened with the passphrase or recovery key given."""

    exit_code = 3
    code = "wrong-passphrase"


class InvalidPassphrase(UsageError):
    """A new passphrase was refused (empty, too long, control characters)."""

    code = "invalid-passphrase"


class VaultInUse(LetapisError):
    """Another program (or another window) has the vault open."""

    exit_code = 4
    code = "vault-in-use"


class VaultLocked(LetapisError):
    """An operation needed the vault's keys after it was locked."""

    exit_code = 3
    code = "vault-locked"


class CorruptData(LetapisError):
    """Bytes on disk failed authentication or could not be parsed."""

    exit_code = 5
    code = "corrupt"


class NotFound(LetapisError):
    """A vault, document, attachment or contact does not exist."""

    exit_code = 6
    code = "not-found"


class UnsupportedFormat(LetapisError):
    """A file is of a format or version this build cannot read."""

    exit_code = 7
    code = "unsupported"


class BundleRefused(LetapisError):
    """A bundle was refused; nothing in the vault was changed."""

    exit_code = 8
    code = "bundle-refused"


class BundleSignatureInvalid(BundleRefused):
    """The bundle's signature is missing, corrupt or from another key."""

    code = "bundle-signature"


class StorageError(LetapisError):
    """The disk refused: full, read-only, or a file vanished."""

    exit_code = 9
    code = "storage"


class IndexUnavailable(LetapisError):
    """The search index cannot be read just now (being built or rebuilt); try again soon."""

    code = "index-unavailable"


class VaultReadOnly(StorageError):
    """The vault is on a read-only disk or in a folder this user cannot write to.

    It opens for reading (search, show, export of originals); every change is refused with
    this error before anything is attempted.
    """

    code = "vault-read-only"


class Cancelled(LetapisError):
    """The person cancelled a long operation; nothing half-done was kept."""

    exit_code = 10
    code = "cancelled"

    def __init__(self, message: str = "Cancelled; nothing was changed.") -> None:
        super().__init__(message)
