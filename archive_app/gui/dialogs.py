"""Dialogs over an open vault: edit details, import files, settings, about."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from archive_app import __version__
from archive_app.gui import i18n, labels

#: Fields that can be marked sensitive (left out of exports that protect sources).
SENSITIVE_FIELDS = ("source", "author", "date", "title", "text")


def split_tags(text: str) -> list[str]:
    seen: list[str] = []
    for tag in text.split(","):
        tag = tag.strip()
        if tag and tag not in seen:
            seen.append(tag)
    return seen


def valid_date(text: str) -> bool:
    """Empty, a year, a year-month, an ISO date or an ISO date-time."""
    text = text.strip()
    if not text or re.fullmatch(r"\d{4}", text):
        return True
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return 1 <= int(text[5:]) <= 12
    try:
        dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def type_combo(with_none: str | None = None) -> QComboBox:
    box = QComboBox()
    if with_none is not None:
        box.addItem(with_none, None)
    for code in labels.DOC_TYPES:
        box.addItem(labels.doc_type(code), code)
    return box


def language_combo(none_text: str) -> QComboBox:
    box = QComboBox()
    box.addItem(none_text, None)
    for code in labels.LANGUAGE_CODES:
        box.addItem(labels.language(code), code)
    return box


class EditDialog(QDialog):
    """Edit a document's details; ``changes()`` gives only what differs."""

    def __init__(self, doc: Any, collections: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.title = QLineEdit(doc.title)
        self.type = type_combo()
        self.type.setCurrentIndex(max(0, self.type.findData(doc.type)))
        self.language = language_combo(self.tr("Not set"))
        self.language.setCurrentIndex(max(0, self.language.findData(doc.language)))
        self.date = QLineEdit(doc.date or "")
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.source = QLineEdit(doc.source or "")
        self.author = QLineEdit(doc.author or "")
        self.tags = QLineEdit(", ".join(doc.tags))
        self.collection = QComboBox()
        self.collection.setEditable(True)
        self.collection.addItem("")
        self.collection.addItems(sorted(set(collections)))
        self.collection.setCurrentText(doc.collections[0] if doc.collections else "")
        self.sensitive: dict[str, QCheckBox] = {}
        sens_box = QWidget()
        sens_row = QHBoxLayout(sens_box)
        sens_row.setContentsMargins(0, 0, 0, 0)
        for name in SENSITIVE_FIELDS:
            check = QCheckBox(labels.field_name(name))
            check.setChecked(name in doc.sensitive)
            self.sensitive[name] = check
            sens_row.addWidget(check)
        sens_row.addStretch(1)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        form = QFormLayout()
        self.rows: list[tuple[QLabel, QWidget, str]] = []
        for field, widget in (
            ("title", self.title),
            ("type", self.type),
            ("language", self.language),
            ("date", self.date),
            ("source", self.source),
            ("author", self.author),
            ("tags", self.tags),
            ("collections", self.collection),
        ):
            label = QLabel(labels.field_name(field) + ":")
            label.setBuddy(widget)
            widget.setAccessibleName(labels.field_name(field))
            form.addRow(label, widget)
            self.rows.append((label, widget, field))
        self.sens_label = QLabel()
        form.addRow(self.sens_label, sens_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        labels.translate_buttons(self.buttons)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("Edit details"))
        self.sens_label.setText(self.tr("Sensitive:"))
        self.sens_label.setToolTip(
            self.tr("Sensitive fields can be left out when sharing, to protect sources.")
        )
        self.tags.setToolTip(self.tr("Separate tags with commas."))

    def changes(self) -> dict[str, Any]:
        new: dict[str, Any] = {
            "title": self.title.text().strip(),
            "type": self.type.currentData(),
            "language": self.language.currentData(),
            "date": self.date.text().strip() or None,
            "source": self.source.text().strip() or None,
            "author": self.author.text().strip() or None,
            "tags": split_tags(self.tags.text()),
            "collections": [self.collection.currentText().strip()]
            if self.collection.currentText().strip()
            else [],
            "sensitive": [n for n, c in self.sensitive.items() if c.isChecked()],
        }
        return {k: v for k, v in new.items() if getattr(self.doc, k) != v}

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("The title cannot be empty."))
        elif not valid_date(self.date.text()):
            self.error.setText(self.tr("Write the date as YYYY-MM-DD (or just the year)."))
        else:
            self.accept()


class SettingsDialog(QDialog):
    """Auto-lock, language, theme, and the opt-in list of recent vaults."""

    def __init__(self, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "system")
        for code in i18n.SUPPORTED:
            self.language.addItem(i18n.native_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.theme = QComboBox()
        for code, text in (
            ("system", self.tr("As the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.recent = QCheckBox(self.tr("Remember recently opened vaults on this computer"))
        self.recent.setChecked(bool(settings.get("remember_recent")))
        self.recent_note = QLabel(
            self.tr(
                "Off by default: a list of recent vaults tells anyone who looks at this computer "
                "where your vaults are."
            )
        )
        self.recent_note.setWordWrap(True)
        form = QFormLayout()
        lock_label = QLabel(self.tr("&Lock after idle (minutes, 0 = never):"))
        lock_label.setBuddy(self.auto_lock)
        lang_label = QLabel(self.tr("&Language:"))
        lang_label.setBuddy(self.language)
        theme_label = QLabel(self.tr("&Theme:"))
        theme_label.setBuddy(self.theme)
        self.auto_lock.setAccessibleName(self.tr("Lock after idle, minutes"))
        self.language.setAccessibleName(self.tr("Language"))
        self.theme.setAccessibleName(self.tr("Theme"))
        form.addRow(lock_label, self.auto_lock)
        form.addRow(lang_label, self.language)
        form.addRow(theme_label, self.theme)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        labels.translate_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.recent)
        layout.addWidget(self.recent_note)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)

    def save(self) -> None:
        self.settings.set("auto_lock_minutes", self.auto_lock.value())
        self.settings.set("language", self.language.currentData())
        self.settings.set("theme", self.theme.currentData())
        self.settings.set("remember_recent", self.recent.isChecked())


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Letapis"))
        text = QLabel()
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setText(
            "<h2>"
            + self.tr("Letapis")
            + f" {__version__}</h2><p>"
            + self.tr(
                "An offline, encrypted archive for statements, letters and evidence of "
                "the Belarusian democratic movement."
            )
            + "</p><p>"
            + self.tr(
                "Nothing leaves this computer: there is no server and no network. "
                "Everything in a vault is encrypted with your passphrase."
            )
            + "</p><p>"
            + self.tr("Licence: Apache 2.0.")
            + "</p>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        labels.translate_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
