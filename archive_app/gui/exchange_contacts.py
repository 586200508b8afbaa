"""Contacts: the people whose bundles this vault accepts; add a card, verify, remove.

A card proves only that its maker holds a key. Who that is can only be settled face to face:
the verify step shows the contact's fingerprint (and their card's QR code) and asks the
person to compare it aloud before marking the contact verified.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import UsageError
from archive_app.gui import labels, messages
from archive_app.gui.errors import plain_message
from archive_app.gui.exchange_common import fingerprint_label, qr_pixmap
from archive_app.gui.widgets import FileDropTarget, Retranslating


@dataclass(frozen=True)
class ContactRow:
    """One contact as the window shows it (public facts only)."""

    id: str
    name: str
    fingerprint: str
    spoken: str
    verified: bool
    last_exchange: str | None  # ISO time of the last bundle sent to or received from them


def last_exchanges(archive: Any) -> dict[str, str]:
    """Fingerprint → time of the last bundle sent to or received from it (custody log)."""
    last: dict[str, str] = {}
    for event in archive.custody_log():
        details = event.get("details") or {}
        action = str(event.get("action", ""))
        if action == "export":
            for fp in details.get("to", []):
                last[str(fp)] = str(event.get("time", ""))
        elif action.startswith("receive") and details.get("from"):
            last[str(details["from"])] = str(event.get("time", ""))
    return last


def contact_rows(archive: Any) -> list[ContactRow]:
    """Worker side: every contact with the date of the last exchange."""
    last = last_exchanges(archive)
    return [
        ContactRow(
            c.id,
            c.card.name,
            c.fingerprint,
            c.card.spoken_fingerprint,
            c.verified,
            last.get(c.fingerprint),
        )
        for c in archive.contacts()
    ]


@dataclass(frozen=True)
class CardView:
    """A card read from a file, checked, not yet added."""

    path: Path
    card: Any  # archive_app.exchange.card.Card (public keys only)
    qr_png: bytes


def read_card(path: Path) -> CardView:
    """Worker side: read and check a card file (raises InvalidCard)."""
    from archive_app.exchange.card import Card

    card = Card.read(path)
    return CardView(path, card, card.qr_png())


class VerifyDialog(QDialog):
    """Their fingerprint and QR code, the prompt to compare aloud, then "they match"."""

    def __init__(
        self, name: str, spoken: str, qr_png: bytes | None, *, adding: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare fingerprints"))
        who = QLabel(name)
        who.setTextFormat(Qt.TextFormat.PlainText)
        font = who.font()
        font.setBold(True)
        who.setFont(font)
        self.prompt = QLabel(
            self.tr(
                "Meet {name} in person or call them on a line you trust. Ask them to open "
                "“Your identity” in Letapis and read their fingerprint aloud, group by group, "
                "while you read along below (or compare the QR codes side by side). Every "
                "number must be the same."
            ).replace("{name}", name)
        )
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint = fingerprint_label(spoken)
        self.fingerprint.setAccessibleName(self.tr("Their fingerprint"))
        self.qr = QLabel()
        if qr_png:
            self.qr.setPixmap(qr_pixmap(qr_png, 260))
            self.qr.setAccessibleName(self.tr("QR code of their card"))
        self.warning = QLabel(
            self.tr(
                "If even one number differs, do not mark this contact verified: the card may "
                "not be theirs."
            )
        )
        self.warning.setWordWrap(True)
        self.match = QPushButton(
            self.tr("They match: add as verified") if adding else self.tr("They match: verified")
        )
        self.later = QPushButton(self.tr("Add, compare later") if adding else self.tr("Not now"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.match.clicked.connect(lambda: self.done(2))
        self.later.clicked.connect(lambda: self.done(1))
        self.cancel.clicked.connect(self.reject)
        self.cancel.setVisible(adding)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.later)
        row.addWidget(self.match)
        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(self.prompt)
        left.addWidget(self.fingerprint)
        left.addWidget(self.warning)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.qr)
        lay = QVBoxLayout(self)
        lay.addLayout(top, 1)
        lay.addLayout(row)
        self.resize(760, 380)


class ContactsDialog(Retranslating, FileDropTarget, QDialog):
    """The contact list; add from a card file (button or drop), verify, remove."""

    loaded = Signal()
    changed = Signal()
    verify_shown = Signal(object)  # VerifyDialog

    COLUMNS = 4

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[ContactRow] = []
        self.pick_card: Callable[[QWidget], str] = _pick_card
        self.setAcceptDrops(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton()
        self.verify_button = QPushButton()
        self.remove_button = QPushButton()
        self.close_button = QPushButton()
        row = QHBoxLayout()
        for b in (self.add_button, self.verify_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty, 1)  # takes the room when the list is hidden
        lay.addWidget(self.status)
        lay.addLayout(row)
        self.add_button.clicked.connect(self._choose_card)
        self.verify_button.clicked.connect(lambda: self.verify_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(820, 460)
        self.retranslate()
        self.reload()

    # --- list ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.session.call(lambda a, _c: contact_rows(a), self._fill, self._failed)

    def _fill(self, rows: list[ContactRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            name.setData(Qt.ItemDataRole.UserRole, row.id)
            fp = QTableWidgetItem(row.spoken.split("·")[0].strip() + " …")
            fp.setToolTip(row.spoken)
            mark = QTableWidgetItem(
                self.tr("✔ verified") if row.verified else self.tr("⚠ not verified")
            )
            when = QTableWidgetItem(
                row.last_exchange[:10] if row.last_exchange else self.tr("never")
            )
            for col, item in enumerate((name, fp, mark, when)):
                self.table.setItem(i, col, item)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._selection_changed()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(plain_message(exc))

    def selected(self) -> ContactRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.rows[rows[0].row()]

    def select(self, contact_id: str) -> None:
        for i, row in enumerate(self.rows):
            if row.id == contact_id:
                self.table.selectRow(i)

    def _selection_changed(self) -> None:
        row = self.selected()
        self.verify_button.setEnabled(row is not None and not row.verified)
        self.remove_button.setEnabled(row is not None)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.rows = []
        self.table.setRowCount(0)
        self.status.clear()

    # --- add -------------------------------------------------------------------------------

    def _choose_card(self) -> None:
        path = self.pick_card(self)
        if path:
            self.add_card_file(Path(path))

    def add_card_file(self, path: Path) -> None:
        """Read and check the card (worker), then ask to compare fingerprints."""

        def read(archive: Any, _cancel: Any) -> CardView:
            view = read_card(path)
            if view.card.fingerprint == archive.identity().fingerprint:
                # said before the comparison step: there is nothing to compare
                raise UsageError(
                    "That is this vault's own card; it cannot be a contact.",
                    code="usage/own-card",
                )
            return view

        self.session.call(
            read,
            self._ask_add,
            lambda e: self.status.setText(messages.card_refusal(e)),
        )

    def _ask_add(self, view: CardView) -> None:
        dialog = VerifyDialog(
            view.card.name, view.card.spoken_fingerprint, view.qr_png, adding=True, parent=self
        )
        dialog.finished.connect(lambda result: self._add(view, result))
        dialog.open()
        self.verify_shown.emit(dialog)

    def _add(self, view: CardView, result: int) -> None:
        if result == 0:
            return
        verified = result == 2
        card = view.card

        def done(contact: Any) -> None:
            self.status.setText(
                self.tr("{name} was added and verified.")
                if contact.verified
                else self.tr("{name} was added. Compare fingerprints before you trust bundles.")
            )
            self.status.setText(self.status.text().replace("{name}", contact.card.name))
            self.changed.emit()
            self.reload()

        self.session.call(
            lambda a, _c: a.add_contact(card, verified=verified),
            done,
            lambda e: self.status.setText(messages.card_refusal(e)),
        )

    def files_dropped_here(self, paths: list[Path]) -> None:
        self.add_card_file(paths[0])

    # --- verify / remove -------------------------------------------------------------------

    def verify_selected(self) -> VerifyDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = VerifyDialog(row.name, row.spoken, None, adding=False, parent=self)

        def finished(result: int) -> None:
            if result == 2:
                self.session.call(
                    lambda a, _c: a.verify_contact(row.id),
                    lambda _c: (self.changed.emit(), self.reload()),
                    self._failed,
                )

        dialog.finished.connect(finished)
        dialog.open()
        self.verify_shown.emit(dialog)
        return dialog

    def remove_selected(self) -> QMessageBox | None:
        row = self.selected()
        if row is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove contact"))
        box.setText(
            self.tr(
                "Remove {name}? Bundles they send will then be refused. You can add their card "
                "again later."
            ).replace("{name}", row.name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        labels.translate_buttons(box)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Remove"))

        def finished(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Ok):
                self.session.call(
                    lambda a, _c: a.remove_contact(row.id),
                    lambda _c: (self.changed.emit(), self.reload()),
                    self._failed,
                )

        box.finished.connect(finished)
        box.open()
        return box

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contacts"))
        self.intro.setText(
            self.tr(
                "Your contacts are the people whose bundles this vault accepts and for whom you "
                "can make bundles. Add someone from their card file (or drop the file here), "
                "then compare fingerprints with them in person."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Fingerprint"), self.tr("Checked"), self.tr("Last exchange")]
        )
        self.table.setAccessibleName(self.tr("Contacts"))
        self.empty.setText(self.tr("No contacts yet. Add a card to begin."))
        self.add_button.setText(self.tr("&Add from a card…"))
        self.verify_button.setText(self.tr("&Compare fingerprints…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.close_button.setText(self.tr("Close"))
        if self.rows:
            self._fill(self.rows)


def _pick_card(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ContactsDialog", "Choose a contact card"),
        "",
        QCoreApplication.translate(
            "ContactsDialog", "Letapis cards (*.letapis-card);;All files (*)"
        ),
    )
    return str(path)
