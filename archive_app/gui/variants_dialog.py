"""Name spellings: "these spellings are one name", edited inside the window.

Letapis ships a table of name variants (Lukashenka, Лукашенко, Łukašenka …); a vault adds its
own groups. This dialog lists the vault's groups, adds one and removes one, through the
session's write lane; after a change the window searches again with the new table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.gui.errors import plain_message
from archive_app.gui.session import Session
from archive_app.gui.widgets import Retranslating


def split_spellings(text: str) -> list[str]:
    """Spellings separated by commas or semicolons, each once (case-insensitively)."""
    seen: list[str] = []
    for part in text.replace(";", ",").split(","):
        part = " ".join(part.split())
        if part and part.casefold() not in (s.casefold() for s in seen):
            seen.append(part)
    return seen


class VariantsDialog(Retranslating, QDialog):
    """List, add and remove this vault's groups of name spellings.

    Signals:
        changed(): a group was added or removed (search again).
        loaded(): the list shows the vault's groups (tests wait on it).
    """

    changed = Signal()
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, word: str = "") -> None:
        super().__init__(parent)
        self.session = session
        self.groups: list[list[str]] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(160)
        self.new_label = QLabel()
        self.new_group = QLineEdit()
        self.new_label.setBuddy(self.new_group)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.remove_button.setEnabled(False)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("errorLabel")
        # A button of our own, not a standard one: Qt renames standard buttons on a language
        # change, and it has no Belarusian names for them.
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_group, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout.addLayout(remove_row)
        layout.addWidget(self.new_label)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Enter in the new-group field adds the group (returnPressed) and nothing else: no
        # button of the dialog may be the default, or Enter would also remove a group.
        for button in (self.add_button, self.remove_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.add_button.clicked.connect(self.add_group)
        self.new_group.returnPressed.connect(self.add_group)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.buttons.rejected.connect(self.reject)
        if word:
            self.new_group.setText(f"{word}, ")
        self.retranslate()
        self.resize(520, 420)
        self.reload()

    # --- vault ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.session.call(lambda a, _c: a.name_variant_groups(), self._show, self._failed)

    def _show(self, groups: list[list[str]]) -> None:
        self.groups = [list(g) for g in groups]
        self.list.clear()
        for group in self.groups:
            item = QListWidgetItem(" · ".join(group))
            item.setData(Qt.ItemDataRole.UserRole, group)
            self.list.addItem(item)
        if not self.groups:
            empty = QListWidgetItem(self.tr("(no groups of your own yet)"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.list.setCurrentRow(-1)
        self.remove_button.setEnabled(False)
        self.loaded.emit()

    def add_group(self) -> None:
        spellings = split_spellings(self.new_group.text())
        if len(spellings) < 2:
            self.error.setText(
                self.tr("Write at least two spellings of the same name, separated by commas.")
            )
            return
        self.error.clear()
        self._change(lambda a, _c: a.add_name_variants(spellings))
        self.new_group.clear()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        group = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not group:
            return
        self._change(lambda a, _c: a.remove_name_variants(group))

    def _change(self, fn: Any) -> None:
        def done(_result: Any) -> None:
            self.changed.emit()
            self.reload()

        self.session.call(fn, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(plain_message(exc))

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Spellings of names"))
        self.intro.setText(
            self.tr(
                "Letapis already finds many names in every spelling (Lukashenka, Лукашенко, "
                "Łukašenka). Add the names it does not know: the spellings in one group are "
                "found together, whichever one you search for."
            )
        )
        self.list.setAccessibleName(self.tr("Groups of spellings added in this vault"))
        self.new_label.setText(self.tr("&New group (spellings separated by commas):"))
        self.new_group.setPlaceholderText(self.tr("e.g. Зміцер, Змитер, Dzmitry, Dmitry"))
        self.new_group.setAccessibleName(self.tr("New group of spellings"))
        self.add_button.setText(self.tr("&Add group"))
        self.remove_button.setText(self.tr("&Remove group"))
        self.close_button.setText(self.tr("Close"))
        if not self.groups and self.list.count() == 1:
            item = self.list.item(0)
            if item is not None and not item.data(Qt.ItemDataRole.UserRole):
                item.setText(self.tr("(no groups of your own yet)"))
