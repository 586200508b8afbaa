"""Typed errors of the exchange layer.

Every class derives from one in :mod:`archive_app.errors`, so the CLI and GUI map them to exit
codes and dialogs without knowing this module. Inside, failure classes stay distinct (age
header / MAC / no match / payload / armor; tar; manifest; signature; policy) because tests and
logs must tell them apart even where a person sees one plain sentence. ``reason`` is a short,
stable, machine-readable code, also carried in ``code`` ("bundle-refused/older") for the
window's translated sentences; messages never contain content or keys.
"""

from __future__ import annotations

from archive_app.errors import (
    BundleRefused,
    BundleSignatureInvalid,
    CorruptData,
    UnsupportedFormat,
)

#: Appended to every refusal a person may read: the one thing a frightened person needs to know.
NOTHING_CHANGED = "Nothing in your archive was changed."


class MalformedJSON(CorruptData):
    """A JSON document (card, manifest, record) is not strict canonical JSON."""


# --- identities and cards -------------------------------------------------------------------


class InvalidCard(CorruptData):
    """A contact card was refused: malformed, oversized, bad key or bad self-signature."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(
            f"This contact card cannot be used: {detail}. No contact was added.",
            code=f"card/{reason}",
        )
        self.reason = reason


class InvalidPublicKey(InvalidCard):
    """A public key is malformed, non-canonical, of small order or outside the main group."""


# --- age layer (kept distinct as age's own failure classes) ---------------------------------


class AgeError(CorruptData):
    """Base of age-layer failures that mean damaged or tampered bytes."""

    reason = "age"

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The bundle file is damaged or was changed after it was made ({detail}). "
            + NOTHING_CHANGED,
            code=f"bundle-damaged/{self.reason}",
        )
        self.detail = detail


class AgeHeaderError(AgeError):
    """The age header does not parse (grammar, sizes, base64, work factor)."""

    reason = "age-header"


class AgeArmorError(AgeError):
    """The ASCII armor around an age file does not parse."""

    reason = "age-armor"


class AgeMacError(AgeError):
    """The header parsed and a key unwrapped, but the header MAC is wrong."""

    reason = "age-mac"


class AgePayloadError(AgeError):
    """The encrypted payload failed authentication or ended early (truncated, bad chunk)."""

    reason = "age-payload"


class AgeNoMatch(BundleRefused):
    """No recipient stanza could be opened with our identity: not addressed to us."""

    reason = "age-no-match"

    def __init__(self) -> None:
        super().__init__(
            "This bundle was not made for this archive (it cannot be opened with your key). "
            + NOTHING_CHANGED,
            code=f"bundle-refused/{self.reason}",
        )


class AgeUnsupported(UnsupportedFormat):
    """Not an age v1 file, armored where binary is required, or a refused stanza kind."""

    reason = "age-unsupported"

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"This file is not a Letapis bundle ({detail}). " + NOTHING_CHANGED,
            code=f"unsupported/{self.reason}",
        )
        self.detail = detail


# --- bundle ---------------------------------------------------------------------------------


class BundleRejected(BundleRefused):
    """A bundle broke a rule of docs/FORMAT.md (part 2) or a receiving policy."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(
            f"This bundle was refused: {detail}. " + NOTHING_CHANGED,
            code=f"bundle-refused/{reason}",
        )
        self.reason = reason
        self.detail = detail


class BundleBadSignature(BundleSignatureInvalid):
    """The manifest signature is missing, corrupt, or made with another key."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(
            f"This bundle was refused: its signature is not valid ({detail}); it may have "
            "been forged or changed. " + NOTHING_CHANGED,
            code=f"bundle-signature/{reason}",
        )
        self.reason = reason
        self.detail = detail


class BundleDamaged(CorruptData):
    """The bundle's bytes end early or are unreadable (missing volume, pulled USB stick)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(
            f"The bundle cannot be read: {detail}. " + NOTHING_CHANGED,
            code=f"bundle-damaged/{reason}",
        )
        self.reason = reason
        self.detail = detail
