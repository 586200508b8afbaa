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


# --- errors -----------------------------------------------------------------------------------


def _bundle_refused(reason: str) -> str | None:
    texts: dict[str, Callable[[], str]] = {
        "not-for-you": lambda: QCoreApplication.translate(
            "Messages", "This bundle was not sent to you."
        ),
        "age-no-match": lambda: QCoreApplication.translate(
            "Messages",
            "This bundle was not made for this vault (it cannot be opened with your key).",
        ),
        "unknown-signer": lambda: QCoreApplication.translate(
            "Messages",
            "This bundle was signed by someone who is not among your contacts. Add their "
            "contact card first, after checking it with them.",
        ),
        "revoked-signer": lambda: QCoreApplication.translate(
            "Messages", "This bundle was signed by a contact you removed."
        ),
        "older": lambda: QCoreApplication.translate(
            "Messages", "This bundle is older than one you already received from this sender."
        ),
        "equivocation": lambda: QCoreApplication.translate(
            "Messages",
            "The sender made another bundle with the same number: one of them is forged.",
        ),
        "too-large": lambda: QCoreApplication.translate(
            "Messages", "This bundle is too large to open."
        ),
        "version": lambda: QCoreApplication.translate(
            "Messages", "This bundle was made by a newer version of Letapis."
        ),
        "volume-gap": lambda: QCoreApplication.translate(
            "Messages", "A part of this bundle is missing; bring every part."
        ),
    }
    text = texts.get(reason)
    return text() if text is not None else None


def error_text(code: str, params: dict[str, str] | None = None) -> str | None:
    """A ``LetapisError.code`` as translated sentences, or None where the error's class
    already says it well (``gui.errors.plain_message`` handles those)."""
    kind, _sep, reason = code.partition("/")
    nothing = QCoreApplication.translate("Messages", "Nothing in your vault was changed.")
    if kind == "bundle-refused":
        specific = _bundle_refused(reason)
        return (
            (specific or QCoreApplication.translate("Messages", "The bundle was refused."))
            + " "
            + nothing
        )
    if kind == "bundle-signature":
        return (
            QCoreApplication.translate(
                "Messages",
                "The bundle's signature is not valid: it may have been forged or changed.",
            )
            + " "
            + nothing
        )
    if kind == "bundle-damaged":
        if reason == "volume-gap":
            return (_bundle_refused(reason) or "") + " " + nothing
        return (
            QCoreApplication.translate(
                "Messages", "The bundle file is damaged or was changed after it was made."
            )
            + " "
            + nothing
        )
    if kind == "card":
        return QCoreApplication.translate(
            "Messages",
            "This contact card cannot be used (damaged or not a card). No contact was added.",
        )
    if kind == "unsupported" and reason:
        return (
            QCoreApplication.translate("Messages", "This file is not a Letapis bundle.")
            + " "
            + nothing
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
