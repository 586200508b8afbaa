"""Translated sentences for the stable codes the core layers give with their messages.

The core speaks English for the CLI (``IntakeProblem.reason``, ``Problem.message``,
``LetapisError.message``) and gives the same thing as a code with parameters; this module
turns codes into sentences in the window's language. An unknown code falls back to a
translated sentence of its kind, never to the English text.

Example::

    for problem in report.failed:
        print(messages.intake_problem(problem))
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

# --- import problems --------------------------------------------------------------------------

#: A reader's own reason (English, from ingest/extractors) → a translated sentence, by pattern.
#: Kept coarse on purpose: a person needs what happened, not which parser said it.
_DETAILS: tuple[tuple[str, Callable[[], str]], ...] = (
    (
        r"protected by a password",
        lambda: QCoreApplication.translate("Messages", "it is protected by a password"),
    ),
    (
        r"zip bomb|compressed suspiciously",
        lambda: QCoreApplication.translate(
            "Messages", "it is compressed suspiciously well (it may be a “zip bomb”)"
        ),
    ),
    (
        r"too large|too much memory",
        lambda: QCoreApplication.translate("Messages", "it is too large to read safely"),
    ),
    (
        r"it is an archive",
        lambda: QCoreApplication.translate(
            "Messages", "it is an archive: it was kept as it is, not unpacked"
        ),
    ),
    (
        r"pages are images",
        lambda: QCoreApplication.translate(
            "Messages",
            "its pages are pictures, and text recognition (OCR) is switched off or not installed",
        ),
    ),
    (
        r"binary data",
        lambda: QCoreApplication.translate("Messages", "it looks like binary data, not text"),
    ),
    (
        r"format is not one|contents are not",
        lambda: QCoreApplication.translate("Messages", "its format is not one Letapis can read"),
    ),
    (
        r"no text was found",
        lambda: QCoreApplication.translate("Messages", "no text was found in it"),
    ),
    (
        r"character set",
        lambda: QCoreApplication.translate(
            "Messages", "its declared character set was wrong; it was read with another one"
        ),
    ),
    (
        r"refused for safety",
        lambda: QCoreApplication.translate(
            "Messages", "it contains parts that are refused for safety"
        ),
    ),
    (
        r"nested too deeply",
        lambda: QCoreApplication.translate("Messages", "it is nested too deeply to read safely"),
    ),
    (
        r"reader crashed",
        lambda: QCoreApplication.translate("Messages", "the program that reads it crashed"),
    ),
    (
        r"took too long",
        lambda: QCoreApplication.translate("Messages", "reading it took too long"),
    ),
    (
        r"reader failed|invalid answer",
        lambda: QCoreApplication.translate("Messages", "the program that reads it failed"),
    ),
    (
        r"no messages|holds no",
        lambda: QCoreApplication.translate("Messages", "no messages were found in it"),
    ),
    (
        r"not a readable|not an? ",
        lambda: QCoreApplication.translate(
            "Messages", "it is not a readable file of its kind (damaged or of another format)"
        ),
    ),
    (
        r"damaged|cut short|malformed|recovered|broken",
        lambda: QCoreApplication.translate("Messages", "it is damaged"),
    ),
)


def reader_detail(detail: str) -> str:
    """A reader's English reason as a translated sentence (a generic one if unknown)."""
    for pattern, sentence in _DETAILS:
        if re.search(pattern, detail, re.IGNORECASE):
            return sentence()
    return QCoreApplication.translate("Messages", "it could not be read")


def intake_reason(code: str, params: dict[str, str] | None = None) -> str:
    """Why a file was not fully imported (``IntakeProblem.code`` and ``params``)."""
    params = params or {}
    detail = params.get("detail", "")
    if code == "missing":
        return QCoreApplication.translate("Messages", "it does not exist (moved or deleted?)")
    if code == "bad-attachment":
        return QCoreApplication.translate(
            "Messages", "it names files outside its own folder; those were not read"
        )
    if code == "store-failed":
        return QCoreApplication.translate(
            "Messages", "it could not be saved in the vault (the disk refused)"
        )
    if code == "no-documents":
        return QCoreApplication.translate(
            "Messages", "no documents were found in it; it was kept as it is"
        )
    if code == "partial":
        return QCoreApplication.translate("Messages", "only part of it was read: ") + reader_detail(
            detail
        )
    if code == "damaged" and "character set" not in detail:
        return QCoreApplication.translate("Messages", "it is damaged; what could be read was kept")
    if detail:
        return reader_detail(detail)
    if code == "no-text":
        return QCoreApplication.translate("Messages", "no text was found in it")
    return QCoreApplication.translate("Messages", "it could not be read")


def intake_problem(problem: Any) -> str:
    """``IntakeProblem`` → "file: reason" in the window's language."""
    code = getattr(problem, "code", "") or "unreadable"
    params = getattr(problem, "params", None) or {}
    if not params and code == "unreadable":
        params = {"detail": getattr(problem, "reason", "")}
    return QCoreApplication.translate("Messages", "{file}: {reason}").format(
        file=problem.path, reason=intake_reason(code, params)
    )


# --- check ------------------------------------------------------------------------------------


def check_problem(problem: Any) -> str:
    """A ``check`` problem (``Problem.code``/``params``) as a translated line."""
    code = getattr(problem, "code", "") or getattr(problem, "kind", "")
    p = getattr(problem, "params", None) or {}
    texts: dict[str, Callable[[], str]] = {
        "database-damaged": lambda: QCoreApplication.translate(
            "Messages", "The database is damaged."
        ),
        "database-integrity": lambda: QCoreApplication.translate(
            "Messages", "The database failed its integrity check."
        ),
        "schema-pending": lambda: QCoreApplication.translate(
            "Messages", "The database was made by another version of Letapis."
        ),
        "orphan-blob": lambda: QCoreApplication.translate(
            "Messages", "A stored file belongs to no document (it can be removed safely)."
        ),
        "document-meta-auth": lambda: QCoreApplication.translate(
            "Messages", "A document's details failed verification: changed or swapped on disk."
        ),
        "document-body-auth": lambda: QCoreApplication.translate(
            "Messages", "A document's text failed verification: changed or swapped on disk."
        ),
        "attachment-orphan": lambda: QCoreApplication.translate(
            "Messages", "An attachment belongs to a document that is missing."
        ),
        "attachment-auth": lambda: QCoreApplication.translate(
            "Messages", "An attachment's record failed verification: changed or swapped on disk."
        ),
        "attachment-file": lambda: QCoreApplication.translate(
            "Messages",
            "A stored original file is missing or damaged (it no longer matches its fingerprint).",
        ),
        "custody-gap": lambda: QCoreApplication.translate(
            "Messages", "Custody events {first}–{last} are missing."
        ).format(first=p.get("first", "?"), last=p.get("last", "?")),
        "custody-auth": lambda: QCoreApplication.translate(
            "Messages", "A custody event failed verification."
        ),
        "custody-chain": lambda: QCoreApplication.translate(
            "Messages", "The custody log's chain is broken here."
        ),
        "document-undeleted": lambda: QCoreApplication.translate(
            "Messages", "A deleted document is back (restored outside Letapis)."
        ),
        "document-removed": lambda: QCoreApplication.translate(
            "Messages", "A document was removed outside Letapis."
        ),
        "document-version": lambda: QCoreApplication.translate(
            "Messages",
            "A document is at version {version} but its history says {history} (rolled back "
            "or edited outside Letapis).",
        ).format(version=p.get("version", "?"), history=p.get("history", "?")),
        "document-no-history": lambda: QCoreApplication.translate(
            "Messages", "A document has no custody history."
        ),
        "index": lambda: QCoreApplication.translate(
            "Messages",
            "The search index is missing or behind; it is brought up to date when you search.",
        ),
    }
    text = texts.get(code)
    if text is None:
        text = texts.get(
            getattr(problem, "kind", ""),
            lambda: QCoreApplication.translate("Messages", "Something is wrong here."),
        )
    subject = getattr(problem, "subject", "")
    return f"{text()} ({subject})" if subject else text()


# --- notices ----------------------------------------------------------------------------------


def notice(code: str, _params: dict[str, str] | None = None) -> str:
    """An archive notice (``Archive.on_notice_code``) in the window's language."""
    if code == "index-rebuilt/newer":
        return QCoreApplication.translate(
            "Messages",
            "The search index was older than the documents (restored from a copy?); it is "
            "being rebuilt. Searching may be slow for a moment.",
        )
    if code == "index-rebuilt/damaged":
        return QCoreApplication.translate(
            "Messages",
            "The search index was damaged; it is being rebuilt from the documents. "
            "Searching may be slow for a moment.",
        )
    return QCoreApplication.translate(
        "Messages", "The search index is being rebuilt; searching may be slow for a moment."
    )


# --- bundles: refusals ------------------------------------------------------------------------
#
# A refusal is the moment a frightened person most needs a clear sentence: each says what
# happened in everyday words and ends with "nothing was changed". The core keeps its reasons
# distinct (``exc.code``, e.g. "bundle-refused/older"); several share one sentence because the
# person acts on them alike. The receive wizard and the generic error dialog both read these.


def nothing_changed() -> str:
    return QCoreApplication.translate("Messages", "Nothing in your vault was changed.")


def _tampered() -> str:
    return QCoreApplication.translate(
        "Messages",
        "This bundle is damaged or was changed after it was made. Someone may have "
        "tampered with it, or the copy is incomplete. Do not use it; ask for a new copy.",
    )


def _incomplete() -> str:
    return QCoreApplication.translate(
        "Messages",
        "This bundle cannot be read: the file is incomplete or damaged (perhaps the "
        "copying did not finish). Ask for a new copy.",
    )


def _not_for_you() -> str:
    return QCoreApplication.translate(
        "Messages",
        "This bundle was not made for this vault: it cannot be opened with your key. "
        "Ask the sender to make it for you.",
    )


def _not_a_bundle() -> str:
    return QCoreApplication.translate("Messages", "This file is not a Letapis bundle.")


#: Stable codes (exchange/errors.py) with a sentence of their own.
_REFUSALS: dict[str, Callable[[], str]] = {
    "bundle-refused/age-no-match": _not_for_you,
    "bundle-refused/not-for-you": _not_for_you,
    "bundle-refused/unknown-signer": lambda: QCoreApplication.translate(
        "Messages",
        "This bundle was signed by someone who is not among your contacts. Add their "
        "card and compare fingerprints first.",
    ),
    "bundle-refused/revoked-signer": lambda: QCoreApplication.translate(
        "Messages", "This bundle was signed by a contact you removed."
    ),
    "bundle-refused/older": lambda: QCoreApplication.translate(
        "Messages",
        "This bundle is older than one you already received from the same person. It may "
        "be an old copy sent again.",
    ),
    "bundle-refused/equivocation": lambda: QCoreApplication.translate(
        "Messages",
        "The sender seems to have made two different bundles with the same number. One "
        "of them may be forged. Ask the sender in person.",
    ),
    "bundle-refused/version": lambda: QCoreApplication.translate(
        "Messages",
        "This bundle was made by a newer version of Letapis. Update Letapis, then try again.",
    ),
    "bundle-refused/too-large": lambda: QCoreApplication.translate(
        "Messages", "This bundle is too large to open."
    ),
    "bundle-damaged/missing": lambda: QCoreApplication.translate(
        "Messages", "The bundle file could not be found."
    ),
    "bundle-damaged/volume-gap": lambda: QCoreApplication.translate(
        "Messages",
        "A part of this bundle is missing. A large bundle is split into several files "
        "ending in .001, .002 …; copy all of them into one folder.",
    ),
    # age's own failures: the bytes were changed (or cut) after the bundle was made
    "bundle-damaged/age": _tampered,
    "bundle-damaged/age-header": _tampered,
    "bundle-damaged/age-armor": _tampered,
    "bundle-damaged/age-mac": _tampered,
    "bundle-damaged/age-payload": _tampered,
    "cancelled": lambda: QCoreApplication.translate("Messages", "You cancelled."),
}

#: A code's kind (before "/") → the sentence for reasons without one of their own.
_REFUSAL_KINDS: dict[str, Callable[[], str]] = {
    # a rule of the format broken (member-*, manifest*, record*, signature-missing …)
    "bundle-refused": _tampered,
    "bundle-signature": lambda: QCoreApplication.translate(
        "Messages",
        "The bundle's signature is not valid: it may have been forged or changed on the way.",
    ),
    "bundle-damaged": _incomplete,
    "corrupt": _incomplete,
    "unsupported": _not_a_bundle,
    "storage": lambda: QCoreApplication.translate(
        "Messages", "The disk or USB stick could not be read (it may have been removed)."
    ),
}
_REFUSAL_KINDS["vault-read-only"] = _REFUSAL_KINDS["storage"]


def bundle_refusal(code: str, kind_name: str = "") -> str:
    """Why a bundle was refused (by its stable ``code``), ending with "nothing was changed".

    ``kind_name`` names an unexpected error's class where no code applies. Never quotes the
    core's English detail (it may name parts of the bundle), never content.
    """
    sentence = _REFUSALS.get(code) or _REFUSAL_KINDS.get(code.partition("/")[0])
    if sentence is not None:
        text = sentence()
    else:
        text = QCoreApplication.translate(
            "Messages", "The bundle could not be received ({kind})."
        ).format(kind=kind_name or code or "?")
    return f"{text} {nothing_changed()}"


def refusal(exc: BaseException) -> str:
    """``bundle_refusal`` for an exception met while checking or receiving a bundle."""
    code = getattr(exc, "code", None)
    if not isinstance(code, str) or not code or code == "error":
        code = "storage" if isinstance(exc, OSError) else ""
    return bundle_refusal(code, type(exc).__name__)


def is_bundle_code(code: str) -> bool:
    kind, _sep, reason = code.partition("/")
    return kind.startswith("bundle-") or (kind == "unsupported" and bool(reason))


# --- contact cards ----------------------------------------------------------------------------


def _card_invalid() -> str:
    return QCoreApplication.translate(
        "Messages",
        "This file is not a valid contact card: it is damaged, changed, or not a Letapis card.",
    )


def card_refusal(exc: BaseException) -> str:
    """Why a contact card could not be used, in plain words, ending "No contact was added"."""
    code = str(getattr(exc, "code", ""))
    if code.startswith("card/"):
        text = _card_invalid()
    elif code == "usage/own-card":
        text = QCoreApplication.translate(
            "Messages",
            "This is your own vault's card. Add the cards of the people you exchange with.",
        )
    elif code.startswith("usage"):
        # contacts.py refuses a card whose key one contact already has under another card
        text = QCoreApplication.translate(
            "Messages",
            "This card shares a key with one of your contacts but is different from it. It may "
            "be a mistake or someone pretending to be that contact.",
        )
    elif isinstance(exc, OSError) or code in ("storage", "not-found"):
        text = QCoreApplication.translate("Messages", "The card file could not be read.")
    else:
        text = QCoreApplication.translate(
            "Messages", "The card could not be used ({kind})."
        ).format(kind=type(exc).__name__)
    return text + " " + QCoreApplication.translate("Messages", "No contact was added.")


# --- errors -----------------------------------------------------------------------------------


def error_text(code: str, params: dict[str, str] | None = None) -> str | None:
    """A ``LetapisError.code`` as translated sentences, or None where the error's class
    already says it well (``gui.errors.plain_message`` handles those)."""
    kind, _sep, _reason = code.partition("/")
    if is_bundle_code(code):
        return bundle_refusal(code)
    if kind == "card":
        return (
            _card_invalid() + " " + QCoreApplication.translate("Messages", "No contact was added.")
        )
    if kind == "vault-read-only":
        return QCoreApplication.translate(
            "Messages",
            "This vault is on a read-only disk or in a folder you cannot write to: you can "
            "search and read, but not change it. Copy the vault folder to a writable place "
            "to change it.",
        )
    if kind == "index-unavailable":
        return QCoreApplication.translate(
            "Messages", "The search index is being prepared; try again in a moment."
        )
    if kind == "storage":
        return QCoreApplication.translate(
            "Messages",
            "The disk refused to read or write (it may be full, read-only or removed). What "
            "was saved before is safe.",
        )
    return None
