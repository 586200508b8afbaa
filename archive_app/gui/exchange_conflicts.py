"""Conflicts: a document edited here and by a contact; both versions side by side.

The person keeps theirs, keeps ours, or keeps both (ours stays the document; theirs becomes a
new document beside it, so no one's work is lost). Received attachments were already merged
into the document when the bundle arrived: evidence is never dropped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from archive_app.gui import labels
from archive_app.gui.errors import plain_message
from archive_app.gui.widgets import Retranslating

SHOWN_FIELDS = ("title", "type", "language", "date", "source", "author", "tags", "collections")


@dataclass(frozen=True)
class ConflictView:
    """One conflict: both versions' fields (shown only inside this dialog)."""

    id: str
    document: str
    from_name: str
    time: str
    fields: list[str]
    mine: dict[str, Any]
    theirs: dict[str, Any]


def load_conflicts(archive: Any) -> list[ConflictView]:
    """Worker side: every conflict with our current version and their received one."""
    views = []
    for item in archive.conflicts():
        try:
            doc = archive.get_document(item["document"])
            mine = {f: getattr(doc, f) for f in (*SHOWN_FIELDS, "text")}
        except Exception:  # a damaged or deleted document: show theirs only
            mine = {}
        record = item["record"]
        theirs = {f: record.get(f) for f in (*SHOWN_FIELDS, "text") if f in record}
        views.append(
            ConflictView(
                id=item["id"],
                document=item["document"],
                from_name=str(item.get("from_name", "")),
                time=str(item.get("time", "")),
                fields=list(item.get("fields", [])),
                mine=mine,
                theirs=theirs,
            )
        )
    return views


def keep_both(archive: Any, conflict_id: str) -> str:
    """Worker side: their version becomes a new document, then the conflict keeps ours.

    The copy is stored first: if anything fails after it, the conflict is still there.
    """
    from archive_app.ingest.model import NewDocument

    match = [c for c in archive.conflicts() if c["id"] == conflict_id]
    if not match:
        from archive_app.errors import NotFound

        raise NotFound("That conflict was already settled.")
    conflict = match[0]
    record = conflict["record"]
    collections = record.get("collections") or []
    new = NewDocument(
        title=str(record.get("title") or ""),
        text=str(record.get("text") or ""),
        type=record.get("type") or "other",
        language=record.get("language"),
        date=record.get("date"),
        source=record.get("source"),
        author=record.get("author"),
        tags=list(record.get("tags") or []),
        collection=collections[0] if collections else None,
        metadata=dict(record.get("metadata") or {}),
        provenance={"conflict_copy_of": conflict["document"], "from": conflict.get("from", "")},
    )
    doc_id: str = archive.store.add_document(
        new,
        action="conflict-copy",
        details={"conflict": conflict_id, "of": conflict["document"]},
    )
    archive.resolve_conflict(conflict_id, "mine")
    archive.catch_up_index()
    return doc_id


class ConflictsDialog(Retranslating, QDialog):
    """The list of conflicts; both versions side by side; keep mine / theirs / both."""

    loaded = Signal()
    resolved = Signal(str)  # conflict id

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[ConflictView] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.mine_label = QLabel()
        self.theirs_label = QLabel()
        self.theirs_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mine = QTextBrowser()
        self.theirs = QTextBrowser()
        for pane in (self.mine, self.theirs):
            pane.setOpenLinks(False)
        left = QWidget()
        lay_l = QVBoxLayout(left)
        lay_l.setContentsMargins(0, 0, 0, 0)
        lay_l.addWidget(self.mine_label)
        lay_l.addWidget(self.mine, 1)
        right = QWidget()
        lay_r = QVBoxLayout(right)
        lay_r.setContentsMargins(0, 0, 0, 0)
        lay_r.addWidget(self.theirs_label)
        lay_r.addWidget(self.theirs, 1)
        sides = QSplitter()
        sides.addWidget(left)
        sides.addWidget(right)
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(self.list)
        outer.addWidget(sides)
        outer.setSizes([120, 420])
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.keep_mine = QPushButton()
        self.keep_theirs = QPushButton()
        self.keep_both_button = QPushButton()
        self.close_button = QPushButton()
        row = QHBoxLayout()
        for b in (self.keep_mine, self.keep_theirs, self.keep_both_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(outer, 1)
        lay.addWidget(self.empty, 1)  # takes the room when the list is hidden
        lay.addWidget(self.status)
        lay.addLayout(row)
        self._outer = outer
        self.list.currentRowChanged.connect(lambda _r: self._show_current())
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.keep_both_button.clicked.connect(lambda: self.resolve("both"))
        self.close_button.clicked.connect(self.accept)
        self.resize(980, 640)
        self.retranslate()
        self.reload()

    # --- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.session.call(lambda a, _c: load_conflicts(a), self._fill, self._failed)

    def _fill(self, items: list[ConflictView]) -> None:
        self.items = items
        self.list.clear()
        for item in items:
            title = str(item.mine.get("title") or item.theirs.get("title") or item.document[:12])
            differs = ", ".join(labels.field_name(f) for f in item.fields) or self.tr(
                "attachments only"
            )
            text = (
                self.tr("{title} — from {name}, {date} — differs in: {fields}")
                .replace("{title}", title)
                .replace("{name}", item.from_name)
                .replace("{date}", item.time[:10])
                .replace("{fields}", differs)
            )
            self.list.addItem(QListWidgetItem(text))
        self._outer.setVisible(bool(items))
        self.empty.setVisible(not items)
        for b in (self.keep_mine, self.keep_theirs, self.keep_both_button):
            b.setEnabled(bool(items))
        if items:
            self.list.setCurrentRow(0)
        else:
            self.mine.clear()
            self.theirs.clear()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(plain_message(exc))

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_current(self) -> None:
        item = self.current()
        if item is None:
            return
        self.theirs_label.setText(
            self.tr("Their version (from {name})").replace("{name}", item.from_name)
        )
        self.mine.setHtml(self.version_html(item.mine, item.fields))
        self.theirs.setHtml(self.version_html(item.theirs, item.fields))

    def version_html(self, values: dict[str, Any], differs: list[str]) -> str:
        if not values:
            return "<p>" + html.escape(self.tr("This version cannot be read.")) + "</p>"
        rows = []
        for name in SHOWN_FIELDS:
            value = values.get(name)
            if isinstance(value, list):
                shown = ", ".join(str(v) for v in value)
            elif name == "type":
                shown = labels.doc_type(value)
            elif name == "language":
                shown = labels.language(value) if value else ""
            else:
                shown = "" if value is None else str(value)
            mark = ' style="background-color:#fff3b0; color:#000"' if name in differs else ""
            rows.append(
                f"<tr{mark}><td><b>{html.escape(labels.field_name(name))}</b></td>"
                f"<td>{html.escape(shown)}</td></tr>"
            )
        text = str(values.get("text") or "")
        background = "background-color:#fff3b0; color:#000;" if "text" in differs else ""
        return (
            f"<table cellspacing='0' cellpadding='3'>{''.join(rows)}</table><hr>"
            f"<div style='{background}white-space:pre-wrap'>{html.escape(text)}</div>"
        )

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.items = []
        self.list.clear()
        self.mine.clear()
        self.theirs.clear()
        for pane in (self.mine, self.theirs):
            pane.document().clearUndoRedoStacks()

    # --- resolve ---------------------------------------------------------------------------

    def resolve(self, keep: str) -> None:
        item = self.current()
        if item is None:
            return
        cid = item.id

        def work(a: Any, _c: Any) -> None:
            if keep == "both":
                keep_both(a, cid)
            else:
                a.resolve_conflict(cid, keep)

        def done(_r: Any) -> None:
            self.status.setText(
                {
                    "mine": self.tr("Settled: your version was kept."),
                    "theirs": self.tr("Settled: their version was taken."),
                    "both": self.tr(
                        "Settled: your version was kept and theirs was added as a new document."
                    ),
                }[keep]
            )
            self.resolved.emit(cid)
            self.reload()

        self.session.call(work, done, self._failed)

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.intro.setText(
            self.tr(
                "These documents were edited both here and by a contact. Fields that differ "
                "are marked. Choose which version to keep; either way, files attached to "
                "either version stay with the document."
            )
        )
        self.mine_label.setText(self.tr("Your version"))
        self.empty.setText(self.tr("There are no conflicts."))
        self.keep_mine.setText(self.tr("Keep &mine"))
        self.keep_theirs.setText(self.tr("Keep &theirs"))
        self.keep_both_button.setText(self.tr("Keep &both"))
        self.close_button.setText(self.tr("Close"))
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.mine.setAccessibleName(self.tr("Your version"))
        self.theirs.setAccessibleName(self.tr("Their version"))
        if self.items:
            row = self.list.currentRow()
            self._fill(self.items)
            self.list.setCurrentRow(max(0, row))
