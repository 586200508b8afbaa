"""This vault's identity: its name, the fingerprint read aloud, the QR code, the card file.

The keys never reach the GUI thread: the card, the QR image and the age key file are made and
written by the worker (session.call); the window only receives the public name, fingerprint
and the QR code's PNG bytes, which it shows from memory.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.gui.errors import plain_message
from archive_app.gui.exchange_common import (
    CARD_SUFFIX,
    fingerprint_label,
    fingerprint_lines,
    qr_pixmap,
)
from archive_app.gui.widgets import Retranslating

#: (title, suggested file name, filter) -> chosen path or "" (tests replace it).
PickSavePath = Callable[[QWidget, str, str, str], str]


def pick_save_path(parent: QWidget, title: str, name: str, flt: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, name, flt)
    return str(path)


@dataclass(frozen=True)
class IdentityView:
    """What the window shows of the identity: public facts only."""

    name: str
    fingerprint: str
    spoken: str
    qr_png: bytes


def load_identity(archive: Any) -> IdentityView:
    """Worker side: the identity's public facts and its QR code (made on first use)."""
    me = archive.identity()
    card = me.card()
    return IdentityView(me.name, card.fingerprint, card.spoken_fingerprint, card.qr_png())


def write_card(archive: Any, path: Path) -> Path:
    """Worker side: write this vault's public card (and nothing secret) to ``path``."""
    archive.identity().card().write(path)
    return path


def write_age_key(archive: Any, path: Path) -> Path:
    """Worker side: write the age SECRET key file, readable by its owner only."""
    from archive_app.exchange.card import atomic_write

    text = archive.identity().age_key_file_text()
    atomic_write(path, text.encode("ascii"))
    os.chmod(path, 0o600)
    return path


class KeyWarningDialog(QDialog):
    """A clear warning before the secret key is written; continue only after ticking a box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("errorText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.understand = QCheckBox()
        self.go = QPushButton()
        self.go.setEnabled(False)
        self.cancel = QPushButton()
        self.cancel.setDefault(True)
        self.understand.toggled.connect(self.go.setEnabled)
        self.go.clicked.connect(self.accept)
        self.cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.go)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.understand)
        lay.addLayout(row)
        self.setMinimumSize(600, 340)  # the wrapped warning needs the height (Qt sizes by width)
        self.resize(640, 360)
        self.setWindowTitle(self.tr("Secret key: read this first"))
        self.text.setText(
            self.tr(
                "You are about to write this vault's SECRET key to a file. Anyone who gets "
                "this file can read every bundle ever sent to this vault.\n\n"
                "Only do this to keep a way to open bundles with the standard “age” tool if "
                "Letapis is ever unavailable. Keep the file offline, on a medium you control, "
                "and never send it to anyone."
            )
        )
        self.understand.setText(self.tr("I understand the risk"))
        self.understand.setAccessibleName(
            self.tr("I understand: anyone holding this file can read bundles sent to me.")
        )
        self.go.setText(self.tr("Write the secret key…"))
        self.cancel.setText(self.tr("Cancel"))


class IdentityDialog(Retranslating, QDialog):
    """Name, fingerprint, QR code; save the card; export the secret key behind a warning."""

    loaded = Signal()
    card_written = Signal(object)  # Path
    key_written = Signal(object)  # Path

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pick_save_path: PickSavePath = pick_save_path
        self.view: IdentityView | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name = QLineEdit()
        self.save_name = QPushButton()
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.save_name)
        self.fingerprint = fingerprint_label("")
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(300, 300)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.fp_label = QLabel()
        form = QFormLayout()
        form.addRow(self.name_label, name_row)
        form.addRow(self.fp_label, self.fingerprint)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_card = QPushButton()
        self.save_key = QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_card)
        buttons.addWidget(self.save_key)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        left = QVBoxLayout()
        left.addWidget(self.intro)
        left.addLayout(form)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.qr)
        lay = QVBoxLayout(self)
        lay.addLayout(top, 1)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        self.save_name.clicked.connect(self.rename)
        self.name.returnPressed.connect(self.rename)
        self.save_card.clicked.connect(self._choose_card_file)
        self.save_key.clicked.connect(self.ask_export_age_key)
        self.close_button.clicked.connect(self.accept)
        self.resize(760, 420)
        self.retranslate()
        self.reload()

    # --- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.session.call(lambda a, _c: load_identity(a), self._show, self._failed)

    def _show(self, view: IdentityView) -> None:
        self.view = view
        self.name.setText(view.name)
        self.fingerprint.setText(fingerprint_lines(view.spoken))
        self.qr.setPixmap(qr_pixmap(view.qr_png, 300))
        self.qr.setAccessibleName(self.tr("QR code of this vault's card"))
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(plain_message(exc))

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.view = None
        self.name.clear()
        self.fingerprint.clear()
        self.qr.clear()
        self.status.clear()

    # --- actions ---------------------------------------------------------------------------

    def rename(self) -> None:
        name = self.name.text().strip()
        if not name or (self.view is not None and name == self.view.name):
            return

        def done(_me: Any) -> None:
            self.status.setText(
                self.tr("The name was changed. Give your contacts a new card so they see it too.")
            )
            self.reload()

        self.session.call(lambda a, _c: a.set_identity_name(name), done, self._failed)

    def _choose_card_file(self) -> None:
        name = (self.view.name if self.view else "letapis") + CARD_SUFFIX
        path = self.pick_save_path(
            self, self.tr("Save the card"), name, self.tr("Letapis cards (*.letapis-card)")
        )
        if path:
            self.export_card(Path(path))

    def export_card(self, path: Path) -> None:
        def done(p: Path) -> None:
            self.status.setText(
                self.tr(
                    "Your card was saved to {path}. It holds no secret: hand it over in person "
                    "and compare the fingerprint aloud."
                ).format(path=p)
            )
            self.card_written.emit(p)

        self.session.call(lambda a, _c: write_card(a, path), done, self._failed)

    def ask_export_age_key(self) -> KeyWarningDialog:
        warning = KeyWarningDialog(self)
        warning.accepted.connect(self._choose_key_file)
        warning.open()
        return warning

    def _choose_key_file(self) -> None:
        path = self.pick_save_path(
            self, self.tr("Save the secret key"), "letapis-age-key.txt", self.tr("Text (*.txt)")
        )
        if path:
            self.export_age_key(Path(path))

    def export_age_key(self, path: Path) -> None:
        def done(p: Path) -> None:
            self.status.setText(
                self.tr("The secret key was written to {path}. Keep it safe and offline.").format(
                    path=p
                )
            )
            self.key_written.emit(p)

        self.session.call(lambda a, _c: write_age_key(a, path), done, self._failed)

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your identity"))
        self.intro.setText(
            self.tr(
                "Other people know this vault by its card. Give them your card (a file or the "
                "QR code) in person, then read the fingerprint aloud together: if every number "
                "matches, the card is really yours."
            )
        )
        self.name_label.setText(self.tr("&Name:"))
        self.fp_label.setText(self.tr("Fingerprint:"))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.name.setAccessibleName(self.tr("Name shown on your card"))
        self.save_name.setText(self.tr("Save &name"))
        self.save_card.setText(self.tr("Save the &card to a file…"))
        self.save_key.setText(self.tr("Export the &secret key…"))
        self.close_button.setText(self.tr("Close"))
