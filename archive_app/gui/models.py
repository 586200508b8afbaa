"""Item models of the window (testable without any widget) and the result-row painter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from archive_app.gui import labels
from archive_app.gui.search_adapter import ResultItem
from archive_app.gui.theme import hit_colour

ItemRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def short_date(value: str | None) -> str:
    return (value or "")[:10]


class ResultsModel(QAbstractListModel):
    """The hits of the current search, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[ResultItem] = []

    def set_items(self, items: list[ResultItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def update_items(self, changed: list[ResultItem]) -> None:
        """Replace the items of the same ids (a later snippet), repainting their rows."""
        by_id = {item.id: item for item in changed}
        for row, item in enumerate(self.items):
            new = by_id.get(item.id)
            if new is not None:
                self.items[row] = new
                self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title or self.tr("(untitled)")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [
                item.title,
                short_date(item.date),
                labels.doc_type(item.type),
                labels.language(item.language),
                item.snippet,
            ]
            return ". ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == ItemRole:
            return item
        return None

    def row_of(self, doc_id: str) -> int:
        for row, item in enumerate(self.items):
            if item.id == doc_id:
                return row
        return -1


def result_html(
    item: ResultItem, colour: str, muted: str, *, title: str | None = None, snippet_chars: int = 0
) -> str:
    """A result row: the (elided) title, date · type · language, the snippet cut to fit."""
    import html

    meta = " · ".join(
        p
        for p in (
            short_date(item.date),
            labels.doc_type(item.type),
            labels.language(item.language) if item.language else "",
        )
        if p
    )
    title = html.escape(title if title is not None else (item.title or "—"))
    if snippet_chars and len(item.snippet) > snippet_chars:
        cut = item.snippet.rfind(" ", 0, snippet_chars)
        cut = cut if cut > snippet_chars // 2 else snippet_chars
        # A plain constructor, not dataclasses.replace (measured 0.4 ms a row on the GUI thread).
        item = ResultItem(
            item.id,
            item.title,
            item.type,
            item.date,
            item.language,
            snippet=item.snippet[:cut] + "…",
            highlights=tuple((a, b) for a, b in item.highlights if b <= cut),
        )
    snippet = item.snippet_html(colour)
    body = f"<b>{title}</b><br><span style='color:{muted}'>{html.escape(meta)}</span>"
    if snippet:
        body += f"<br><span>{snippet}</span>"
    return body


class ResultDelegate(QStyledItemDelegate):
    """Paints a result as title, a line of date · type · language, and the snippet."""

    PADDING = 6
    #: Laid-out rows kept for repaints (selection, hover, scrolling back).
    CACHE_SIZE = 256

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[Any, ...], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        # Each row's rich text is laid out once per width, font and colours: with an import
        # running, Python work on the GUI thread waits for the GIL, so repaints must be cheap.
        item: ResultItem = index.data(ItemRole)
        key = (
            item,
            option.rect.width(),
            option.font.key(),
            hit_colour(),
            option.palette.color(QPalette.ColorRole.PlaceholderText).rgba(),
            labels.doc_type(item.type),
        )
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if len(self._cache) >= self.CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = doc = self._layout(option, item)
        return doc

    def _layout(self, option: QStyleOptionViewItem, item: ResultItem) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        width = max(100, option.rect.width() - 2 * self.PADDING)
        bold = QFont(option.font)
        bold.setBold(True)
        title = QFontMetrics(bold).elidedText(
            item.title or "—", Qt.TextElideMode.ElideRight, width - 4
        )
        # Three lines of snippet: characters that fit, by the average width of a character.
        per_line = max(20, int(width / max(1, option.fontMetrics.averageCharWidth())))
        doc.setHtml(
            result_html(item, hit_colour(), muted, title=title, snippet_chars=int(2.6 * per_line))
        )
        doc.setTextWidth(width)
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_opt = QStyleOptionViewItem(option)
        text_opt.text = ""
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, text_opt, painter, option.widget
            )
        doc = self._document(option, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        else:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text)
            )
        painter.save()
        painter.setClipRect(option.rect.adjusted(0, 0, 0, -self.PADDING // 2))
        painter.translate(option.rect.left() + self.PADDING, option.rect.top() + self.PADDING)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # One height for every row (title, meta line, three lines of snippet): the list can
        # then use uniform item sizes and never lays out hundreds of rich-text documents.
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 5 * line + 2 * self.PADDING)
