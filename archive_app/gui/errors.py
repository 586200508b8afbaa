"""Errors for people: plain, translated sentences; no traceback, no document content.

:func:`plain_message` turns a typed error (archive_app.errors) into what a frightened,
non-technical person can act on. :func:`install_excepthook` catches everything else and
shows a crash dialog that names only the kind of error.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from archive_app.errors import (
    BundleRefused,
    Cancelled,
    CorruptData,
    InvalidPassphrase,
    LetapisError,
    NotFound,
    StorageError,
    UnsupportedFormat,
    VaultInUse,
    VaultLocked,
    WrongPassphrase,
)
from archive_app.gui import messages
from archive_app.gui.labels import translate_buttons

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def plain_message(exc: BaseException) -> str:
    """One or two sentences for a person; never content, never a traceback."""
    if isinstance(exc, LetapisError):
        # A code finer than the class (a bundle's refusal reason, a read-only vault).
        specific = messages.error_text(exc.code, exc.params)
        if specific is not None:
            return specific
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "Errors",
            "Cannot unlock: the passphrase or recovery key is not right. "
            "Check the keyboard language and Caps Lock, then try again.",
        )
    if isinstance(exc, VaultInUse):
        return QCoreApplication.translate(
            "Errors",
            "This vault is already open in another Letapis window or program. "
            "Close it there first, then try again.",
        )
    if isinstance(exc, VaultLocked):
        return QCoreApplication.translate(
            "Errors", "The vault was locked. Unlock it again to continue."
        )
    if isinstance(exc, InvalidPassphrase):
        return QCoreApplication.translate(
            "Errors",
            "This passphrase cannot be used: it must not be empty and must not contain "
            "tabs or other control characters.",
        )
    if isinstance(exc, CorruptData):
        return QCoreApplication.translate(
            "Errors",
            "Some data could not be read: it is damaged or was changed. Nothing else was "
            "touched. Use “Check the vault” to see what is affected.",
        )
    if isinstance(exc, NotFound):
        return QCoreApplication.translate(
            "Errors", "It is not there: the vault or the document could not be found."
        )
    if isinstance(exc, UnsupportedFormat):
        return QCoreApplication.translate(
            "Errors", "This file or vault is of a format this version of Letapis cannot read."
        )
    if isinstance(exc, BundleRefused):
        return QCoreApplication.translate(
            "Errors", "The bundle was refused; nothing in the vault was changed."
        )
    if isinstance(exc, StorageError):
        return QCoreApplication.translate(
            "Errors",
            "The disk refused to read or write (it may be full, read-only or removed). "
            "What was saved before is safe.",
        )
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "Cancelled; nothing was changed.")
    if isinstance(exc, LetapisError):
        # The English message is for the CLI; the window says it in the person's language.
        return QCoreApplication.translate(
            "Errors", "This could not be done. What was saved before is safe."
        )
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "Errors", "There is not enough free memory. Close other programs and try again."
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors",
            "The disk refused to read or write (it may be full, read-only or removed). "
            "What was saved before is safe.",
        )
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong inside Letapis ({kind}). What was saved before is safe.",
    ).format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A modal dialog with the plain message (non-blocking in tests via QMessageBox.open)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Letapis"))
    box.setText(plain_message(exc))
    box.setAccessibleName(QCoreApplication.translate("Errors", "Error message"))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    translate_buttons(box)
    box.open()


def crash_text(exc_type: type[BaseException]) -> str:
    return QCoreApplication.translate(
        "Errors",
        "Letapis met an unexpected problem ({kind}). Your saved documents are safe. "
        "If it happens again, please tell the people who gave you Letapis what you were "
        "doing; this message contains no document content.",
    ).format(kind=exc_type.__name__)


_showing = False
_crash_box: list[QMessageBox] = []


def _show_crash(exc_type: type[BaseException]) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Letapis: unexpected problem"))
    box.setText(crash_text(exc_type))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    translate_buttons(box)
    box.finished.connect(_crash_closed)
    _crash_box.append(box)  # a parentless dialog must be kept alive by a reference
    box.open()


def _crash_closed(_result: int) -> None:
    global _showing
    _showing = False
    _crash_box.clear()


def install_excepthook() -> None:
    """Show unexpected errors as a content-free dialog instead of a traceback on stderr."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        # Only the kind of error is logged: messages may quote content.
        log.error("unexpected error: %s", exc_type.__name__)
        QTimer.singleShot(0, lambda: _show_crash(exc_type))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
