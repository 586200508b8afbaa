"""Small pieces several dialogs and views share: the language, dropped files, progress, a
cancellable task.

Nothing here calls ``tr()``: every text shown is translated by the caller, in its own class,
so the strings keep their translation contexts (resources/translations/*.ts).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class Retranslating:
    """Mixin for a widget whose texts are set by its ``retranslate`` (put it before the Qt
    class): they are set again when the language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FileDropTarget:
    """Mixin for a widget that takes files and folders dropped on it (put it before the Qt
    class). A drop with local files hands their paths to ``files_dropped_here``."""

    def files_dropped_here(self, paths: list[Path]) -> None:
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped_here(paths)


def heading_label() -> QLabel:
    """The bold, slightly larger step title of a wizard."""
    label = QLabel()
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


def wizard_layout(
    dialog: QWidget, heading: QLabel, pages: QStackedWidget, buttons: Iterable[QPushButton]
) -> None:
    """A wizard's layout: the step title, the pages, and a row of buttons at the right."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout = QVBoxLayout(dialog)
    layout.addWidget(heading)
    layout.addWidget(pages, 1)
    layout.addLayout(row)


def progress_page(*below: QWidget) -> tuple[QWidget, QLabel, QProgressBar]:
    """A page with a wrapped text above a progress bar (and ``below`` it), centred vertically."""
    page = QWidget()
    label = QLabel()
    label.setWordWrap(True)
    bar = QProgressBar()
    lay = QVBoxLayout(page)
    lay.addStretch(1)
    lay.addWidget(label)
    lay.addWidget(bar)
    for widget in below:
        lay.addWidget(widget)
    lay.addStretch(1)
    return page, label, bar


def report_page() -> tuple[QWidget, QLabel]:
    """A page with one plain, wrapped, selectable text at the top (a summary or a report)."""
    page = QWidget()
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lay = QVBoxLayout(page)
    lay.addWidget(label)
    lay.addStretch(1)
    return page, label


def show_fraction(bar: QProgressBar, done: int, total: int) -> None:
    """Show ``done`` of ``total`` in per mille; an unknown total (0) leaves the bar as it is."""
    if total:
        bar.setRange(0, 1000)
        bar.setValue(int(1000 * done / max(1, total)))


def stop_task(task: Any, cancel_button: QPushButton, label: QLabel, stopping: str) -> bool:
    """Ask a running task to stop: the Cancel button is disabled and ``label`` says
    ``stopping``. False (nothing done) when no task is running."""
    if task is None or task.finished:
        return False
    task.cancel()
    cancel_button.setEnabled(False)
    label.setText(stopping)
    return True
