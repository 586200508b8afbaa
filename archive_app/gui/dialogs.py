"""Dialogs over an open vault: edit details, import files, settings, about."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from archive_app import __version__
from archive_app.gui import i18n, labels
from archive_app.ingest.model import IntakeDefaults, IntakeProgress, IntakeReport

#: Fields that can be marked sensitive (left out of exports that protect sources).
SENSITIVE_FIELDS = ("source", "author", "date", "title", "text")


def _split_tags(text: str) -> list[str]:
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


def _type_combo(with_none: str | None = None) -> QComboBox:
    box = QComboBox()
    if with_none is not None:
        box.addItem(with_none, None)
    for code in labels.DOC_TYPES:
        box.addItem(labels.doc_type(code), code)
    return box


def _language_combo(none_text: str) -> QComboBox:
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
        self.type = _type_combo()
        self.type.setCurrentIndex(max(0, self.type.findData(doc.type)))
        self.language = _language_combo(self.tr("Not set"))
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
            "tags": _split_tags(self.tags.text()),
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


StartImport = Callable[
    [
        list[Path],
        IntakeDefaults,
        Callable[[IntakeProgress], None],
        Callable[[IntakeReport], None],
        Callable[[BaseException], None],
    ],
    Any,
]


class DropList(QListWidget):
    """A list of paths that accepts files and folders dropped on it."""

    dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.dropped.emit(paths)
            event.acceptProposedAction()


class ImportDialog(QDialog):
    """Choose files, set defaults, watch progress (cancel), read the report with reasons."""

    imported = Signal(object)  # IntakeReport

    def __init__(
        self, start: StartImport, collections: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._start = start
        self._task: Any = None
        self.report: IntakeReport | None = None
        self.paths: list[Path] = []
        self.pages = QStackedWidget()
        # page 1: choose
        choose = QWidget()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.files = DropList()
        self.files.setMinimumHeight(120)
        self.add_files = QPushButton()
        self.add_folder = QPushButton()
        self.remove = QPushButton()
        row = QHBoxLayout()
        for b in (self.add_files, self.add_folder, self.remove):
            row.addWidget(b)
        row.addStretch(1)
        self.type = _type_combo(self.tr("Guess from each file"))
        self.language = _language_combo(self.tr("Detect"))
        self.collection = QComboBox()
        self.collection.setEditable(True)
        self.collection.addItem("")
        self.collection.addItems(sorted(set(collections)))
        self.tags = QLineEdit()
        self.source = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        form = QFormLayout()
        self.form_labels: list[tuple[QLabel, str]] = []
        for field, widget in (
            ("type", self.type),
            ("language", self.language),
            ("collections", self.collection),
            ("tags", self.tags),
            ("source", self.source),
            ("date", self.date),
        ):
            label = QLabel(labels.field_name(field) + ":")
            label.setBuddy(widget)
            widget.setAccessibleName(labels.field_name(field))
            form.addRow(label, widget)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        lay = QVBoxLayout(choose)
        lay.addWidget(self.intro)
        lay.addWidget(self.files, 1)
        lay.addLayout(row)
        self.defaults_label = QLabel()
        lay.addWidget(self.defaults_label)
        lay.addLayout(form)
        lay.addWidget(self.error)
        # page 2: progress
        running = QWidget()
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.current = QLabel()
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        lay2 = QVBoxLayout(running)
        lay2.addStretch(1)
        lay2.addWidget(self.progress_label)
        lay2.addWidget(self.bar)
        lay2.addWidget(self.current)
        lay2.addStretch(1)
        # page 3: report
        done = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        lay3 = QVBoxLayout(done)
        lay3.addWidget(self.summary)
        lay3.addWidget(self.details, 1)
        for page in (choose, running, done):
            self.pages.addWidget(page)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.files.dropped.connect(self.add_paths)
        self.add_files.clicked.connect(self._pick_files)
        self.add_folder.clicked.connect(self._pick_folder)
        self.remove.clicked.connect(self._remove_selected)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button.clicked.connect(self.accept)
        self.resize(640, 560)
        self.retranslate()
        self._page(0)

    # --- choosing --------------------------------------------------------------------------

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
                self.files.addItem(str(path))
        self.start_button.setEnabled(bool(self.paths))

    def _pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose files to import"))
        self.add_paths([Path(n) for n in names])

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to import"))
        if folder:
            self.add_paths([Path(folder)])

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.paths.remove(Path(item.text()))
            self.files.takeItem(self.files.row(item))
        self.start_button.setEnabled(bool(self.paths))

    def defaults(self) -> IntakeDefaults:
        return IntakeDefaults(
            type=self.type.currentData(),
            collection=self.collection.currentText().strip() or None,
            tags=_split_tags(self.tags.text()),
            source=self.source.text().strip() or None,
            date=self.date.text().strip() or None,
            language=self.language.currentData(),
        )

    # --- running ---------------------------------------------------------------------------

    def start(self) -> None:
        if not self.paths:
            return
        if not valid_date(self.date.text()):
            self.error.setText(self.tr("Write the date as YYYY-MM-DD (or just the year)."))
            return
        self._page(1)
        self.bar.setRange(0, 0)
        self._task = self._start(
            list(self.paths), self.defaults(), self._progress, self._finished, self._failed
        )

    def _progress(self, p: IntakeProgress) -> None:
        if p.bytes_total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * p.bytes_done / max(1, p.bytes_total)))
        elif p.files_total:
            self.bar.setRange(0, p.files_total)
            self.bar.setValue(p.files_done)
        self.current.setText(
            self.tr("{done} of {total} files").format(done=p.files_done, total=p.files_total)
        )

    def _cancel(self) -> None:
        if self._task is not None and not self._task.finished:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after the current file…"))
        else:
            self.reject()

    def _finished(self, report: IntakeReport) -> None:
        self.report = report
        self._task = None
        self.summary.setText(self.summary_text(report))
        self.details.setPlainText(self.details_text(report))
        self._page(2)
        self.imported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        from archive_app.gui.errors import plain_message

        self._task = None
        self.summary.setText(plain_message(exc))
        self.details.clear()
        self._page(2)

    def summary_text(self, r: IntakeReport) -> str:
        lines = [
            self.tr("Added: {n}").format(n=len(r.added)),
            self.tr("Already in the vault (skipped): {n}").format(n=len(r.already_present)),
            self.tr("Kept without text: {n}").format(n=len(r.kept_without_text)),
            self.tr("Could not be imported: {n}").format(n=len(r.failed)),
        ]
        if r.cancelled:
            lines.append(self.tr("Cancelled: the files not yet handled were left out."))
        return "\n".join(lines)

    def details_text(self, r: IntakeReport) -> str:
        lines = []
        for p in r.failed:
            lines.append(
                self.tr("Not imported: {file}: {reason}").format(file=p.path, reason=p.reason)
            )
        for p in r.kept_without_text:
            lines.append(
                self.tr("Kept without text: {file}: {reason}").format(file=p.path, reason=p.reason)
            )
        for path in r.already_present:
            lines.append(self.tr("Already in the vault: {file}").format(file=path))
        if lines:
            return "\n".join(lines)
        if r.added:
            return self.tr("Every file was imported.")
        return self.tr("Nothing was added.")

    def _page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.start_button.setVisible(index == 0)
        self.start_button.setEnabled(bool(self.paths))
        self.cancel_button.setVisible(index < 2)
        self.cancel_button.setEnabled(True)
        self.close_button.setVisible(index == 2)
        if index == 1:
            self.progress_label.setText(
                self.tr(
                    "Importing. The window stays usable; searching and reading wait until "
                    "the import is done."
                )
            )

    def reject(self) -> None:
        if self._task is not None and not self._task.finished:
            self._cancel()
            return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import files"))
        self.intro.setText(
            self.tr(
                "Drop files or folders here, or add them with the buttons. The original files "
                "are kept sealed in the vault; nothing is changed on the disk."
            )
        )
        self.files.setAccessibleName(self.tr("Files to import"))
        self.add_files.setText(self.tr("Add &files…"))
        self.add_folder.setText(self.tr("Add a f&older…"))
        self.remove.setText(self.tr("&Remove"))
        self.defaults_label.setText(self.tr("For every imported document (optional):"))
        self.tags.setToolTip(self.tr("Separate tags with commas."))
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.start_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


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
