"""The reader: a document's text with every hit highlighted and previous/next-hit buttons."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.gui.theme import hit_colour
from archive_app.gui.widgets import Retranslating


class ReaderPane(Retranslating, QWidget):
    """Shows plain text (never interpreted as HTML) and walks through the hits."""

    edit_requested = Signal()
    #: "Add spelling of a name…" was chosen on this selected word.
    spelling_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setObjectName("readerTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._context_menu)
        self.prev_button = QToolButton()
        self.next_button = QToolButton()
        self.hit_label = QLabel()
        self.hit_label.setMinimumWidth(self.hit_label.fontMetrics().horizontalAdvance("0" * 18))
        self.edit_button = QPushButton()
        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.hit_label)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addLayout(bar)
        layout.addWidget(self.text, 1)
        self.spans: list[tuple[int, int]] = []
        self.current = -1
        self.prev_button.clicked.connect(self.previous_hit)
        self.next_button.clicked.connect(self.next_hit)
        self.edit_button.clicked.connect(self.edit_requested)
        QShortcut(QKeySequence(Qt.Key.Key_F3), self, self.next_hit)
        QShortcut(QKeySequence("Shift+F3"), self, self.previous_hit)
        self.retranslate()
        self.clear()

    def show_text(self, title: str, meta: str, text: str, spans: list[tuple[int, int]]) -> None:
        self.title.setText(title)
        self.meta.setText(meta)
        self.text.setPlainText(text)
        self.spans = [(a, b) for a, b in spans if 0 <= a < b <= len(text)]
        self.current = -1
        self.edit_button.setEnabled(True)
        self._paint()
        if self.spans:
            self.next_hit()
        else:
            self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def clear(self) -> None:
        self.title.setText(self.tr("No document selected"))
        self.meta.clear()
        self.text.clear()
        self.text.document().clearUndoRedoStacks()
        self.spans = []
        self.current = -1
        self.edit_button.setEnabled(False)
        self._paint()

    def selected_word(self) -> str:
        """The selected text, if it is a short run of words (a name), else ""."""
        picked = self.text.textCursor().selectedText().replace("\u2029", " ").strip()
        return picked if 0 < len(picked) <= 60 and len(picked.split()) <= 4 else ""

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.text.createStandardContextMenu(pos)
        menu.addSeparator()
        word = self.selected_word()
        act = menu.addAction(self.tr("Add spelling of a name…"))
        act.setEnabled(bool(word))
        act.triggered.connect(lambda: self.spelling_requested.emit(word))
        menu.exec(self.text.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _selection(
        self, span: tuple[int, int], colour: QColor, bold: bool
    ) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        if bold:
            fmt.setFontUnderline(True)
        sel.cursor = cursor  # type: ignore[attr-defined]
        sel.format = fmt  # type: ignore[attr-defined]
        return sel

    def _paint(self) -> None:
        colour = QColor(hit_colour())
        strong = QColor("#f39c12")
        sels = [
            self._selection(s, strong if i == self.current else colour, i == self.current)
            for i, s in enumerate(self.spans)
        ]
        self.text.setExtraSelections(sels)
        has = bool(self.spans)
        self.prev_button.setEnabled(has)
        self.next_button.setEnabled(has)
        if has:
            self.hit_label.setText(
                self.tr("Hit {n} of {total}").format(
                    n=max(self.current, 0) + 1, total=len(self.spans)
                )
            )
        else:
            self.hit_label.setText("")

    def _go(self, index: int) -> None:
        if not self.spans:
            return
        self.current = index % len(self.spans)
        start, _end = self.spans[self.current]
        cursor = self.text.textCursor()
        cursor.setPosition(start)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self._paint()

    def next_hit(self) -> None:
        self._go(self.current + 1)

    def previous_hit(self) -> None:
        self._go(self.current - 1 if self.current >= 0 else -1)

    def retranslate(self) -> None:
        self.prev_button.setText(self.tr("◀ Previous hit"))
        self.prev_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.prev_button.setAccessibleName(self.tr("Previous hit"))
        self.next_button.setText(self.tr("Next hit ▶"))
        self.next_button.setToolTip(self.tr("Next hit (F3)"))
        self.next_button.setAccessibleName(self.tr("Next hit"))
        self.edit_button.setText(self.tr("&Edit details…"))
        self.text.setAccessibleName(self.tr("Document text"))
        if not self.edit_button.isEnabled():
            self.title.setText(self.tr("No document selected"))
        self._paint()
