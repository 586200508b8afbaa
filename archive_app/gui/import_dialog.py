"""The import dialog: drop or choose files, set defaults, watch progress, read the report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from archive_app.gui import labels, messages
from archive_app.gui.dialogs import language_combo, split_tags, type_combo, valid_date
from archive_app.gui.widgets import (
    FileDropTarget,
    Retranslating,
    progress_page,
    show_fraction,
    stop_task,
)
from archive_app.ingest.model import IntakeDefaults, IntakeProgress, IntakeReport

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


class DropList(FileDropTarget, QListWidget):
    """A list of paths that accepts files and folders dropped on it."""

    dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)

    def files_dropped_here(self, paths: list[Path]) -> None:
        self.dropped.emit(paths)


class ImportDialog(Retranslating, QDialog):
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
        self.type = type_combo(self.tr("Guess from each file"))
        self.language = language_combo(self.tr("Detect"))
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
        self.current = QLabel()
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        running, self.progress_label, self.bar = progress_page(self.current)
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
            tags=split_tags(self.tags.text()),
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
            show_fraction(self.bar, p.bytes_done, p.bytes_total)
        elif p.files_total:
            self.bar.setRange(0, p.files_total)
            self.bar.setValue(p.files_done)
        self.current.setText(
            self.tr("{done} of {total} files").format(done=p.files_done, total=p.files_total)
        )

    def _cancel(self) -> None:
        stopping = self.tr("Stopping after the current file…")
        if not stop_task(self._task, self.cancel_button, self.progress_label, stopping):
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
                self.tr("Not imported: {problem}").format(problem=messages.intake_problem(p))
            )
        for p in r.kept_without_text:
            lines.append(
                self.tr("Kept without text: {problem}").format(problem=messages.intake_problem(p))
            )
        for p in r.warnings:
            lines.append(
                self.tr("Imported, but: {problem}").format(problem=messages.intake_problem(p))
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
                    "Importing. You can go on searching and reading meanwhile; new documents "
                    "appear in the results as they are indexed."
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
