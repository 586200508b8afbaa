"""The main view of an open vault: sidebar, search with facets, results, reader, details."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.gui import labels, search_adapter
from archive_app.gui.models import ItemRole, ResultDelegate, ResultsModel, short_date
from archive_app.gui.preview import MAX_PREVIEW_BYTES, AttachmentsPane
from archive_app.gui.reader import ReaderPane
from archive_app.gui.search_adapter import FACETS, Filters, ResultItem, ResultPage
from archive_app.gui.session import Session
from archive_app.gui.widgets import FileDropTarget, Retranslating

#: Milliseconds of quiet typing before a search starts.
DEBOUNCE_MS = 200
SIDEBAR_ALL, SIDEBAR_COLLECTION, SIDEBAR_TAG = 1, 2, 3


class DocumentLoaded:
    """What the worker fetched for the reader (text, custody, where the hits are)."""

    def __init__(self, doc: Any, custody: list[dict[str, Any]], spans: list[tuple[int, int]]):
        self.doc = doc
        self.custody = custody
        self.spans = spans


class VaultView(Retranslating, FileDropTarget, QWidget):
    """Everything shown while a vault is unlocked."""

    files_dropped = Signal(list)
    edit_requested = Signal(object)  # Document
    error = Signal(object)  # exception
    results_shown = Signal()
    #: The rows shown without a snippet got theirs (a second read task).
    snippets_shown = Signal()
    document_shown = Signal(str)
    #: The person asked to add a spelling of this name (from the reader).
    spelling_requested = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.filters = Filters()
        self.page: ResultPage | None = None
        self.doc: Any = None
        self.collections: list[str] = []
        self._searching = False
        self._again = False
        self._snippet_task: Any = None  # the running or queued task of later snippets
        self._doc_query = ""
        self._loaded: DocumentLoaded | None = None
        self.setAcceptDrops(True)
        # sidebar
        self.sidebar = QTreeWidget()
        self.sidebar.setHeaderHidden(True)
        self.sidebar.setMinimumWidth(160)
        # search row
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.exact = QCheckBox()
        self.sort = QComboBox()
        self.sort.addItem("", "relevance")
        self.sort.addItem("", "date")
        # facets
        self.facet_boxes: dict[str, QComboBox] = {}
        self.filters_label = QLabel()
        facet_col = QVBoxLayout()
        facet_col.addWidget(self.filters_label)
        for name in FACETS:
            box = QComboBox()
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
            self.facet_boxes[name] = box
            facet_col.addWidget(box)
            box.activated.connect(lambda _i, n=name: self._facet_chosen(n))
        self.clear_filters = QPushButton()
        self.clear_filters.clicked.connect(lambda: self.set_filters(Filters()))
        facet_col.addWidget(self.clear_filters)
        self.count = QLabel()
        self.suggestion = QLabel()
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.linkActivated.connect(self._take_suggestion)
        # results
        self.model = ResultsModel()
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        # right side
        self.reader = ReaderPane()
        self.attachments = AttachmentsPane()
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.reader, "")
        self.tabs.addTab(self.attachments, "")
        self.tabs.addTab(self.details, "")
        # layout
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.exact)
        search_row.addWidget(self.sort)
        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        mid.addLayout(search_row)
        info_row = QHBoxLayout()
        info_row.addWidget(self.count)
        info_row.addWidget(self.suggestion)
        info_row.addStretch(1)
        mid.addLayout(info_row)
        mid.addWidget(self.results, 1)
        mid.addWidget(self.placeholder, 1)
        self.split = QSplitter()
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.sidebar, 1)
        left_lay.addLayout(facet_col)
        self.split.addWidget(left)
        self.split.addWidget(middle)
        self.split.addWidget(self.tabs)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 3)
        self.split.setStretchFactor(2, 4)
        self.split.setSizes([220, 440, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.split)
        # behaviour
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.search)
        self.search_box.textChanged.connect(lambda _t: self.debounce.start())
        self.search_box.returnPressed.connect(self._search_now)
        self.search_box.installEventFilter(self)
        self.exact.toggled.connect(lambda _b: self._search_now())
        self.sort.activated.connect(lambda _i: self._search_now())
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.sidebar.itemActivated.connect(self._sidebar_chosen)
        self.sidebar.itemClicked.connect(self._sidebar_chosen)
        self.reader.edit_requested.connect(lambda: self.doc and self.edit_requested.emit(self.doc))
        self.reader.spelling_requested.connect(self.spelling_requested)
        self.attachments.preview_requested.connect(self._load_attachment)
        self.setTabOrder(self.search_box, self.exact)
        self.setTabOrder(self.exact, self.sort)
        self.setTabOrder(self.sort, self.results)
        self.setTabOrder(self.results, self.tabs)
        self.retranslate()
        self.clear()

    # --- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        """A vault was just unlocked: fill the sidebar and list the newest documents."""
        self.refresh()
        self.search_box.setFocus()
        # Then, on the same lane, read ahead what the first searches would otherwise wait for.
        self.session.read(lambda r, _c: search_adapter.warm(r), None, lambda _e: None)

    def refresh(self) -> None:
        self.refresh_sidebar()
        self.search()

    def clear(self) -> None:
        """Forget everything shown (on lock): no title, text or byte stays in a widget."""
        self.debounce.stop()
        self._searching = self._again = False
        self._snippet_task = None
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.filters = Filters()
        self.page = None
        self.doc = None
        self._loaded = None
        self.collections = []
        self.model.clear()
        self.sidebar.clear()
        for box in self.facet_boxes.values():
            box.clear()
        self.count.clear()
        self.suggestion.clear()
        self.reader.clear()
        self.attachments.clear()
        self.details.clear()
        self.details.document().clearUndoRedoStacks()
        self._show_placeholder(True)

    # --- searching -----------------------------------------------------------------------

    def _search_now(self) -> None:
        self.debounce.stop()
        self.search()

    def search(self) -> None:
        if not self.session.is_open:
            return
        if self._searching:
            self._again = True
            return
        self._searching = True
        if self._snippet_task is not None:  # the older list's snippets: not wanted now
            self._snippet_task.cancel()
            self._snippet_task = None
        query = self.search_box.text()
        filters = self.filters
        sort = self.sort.currentData()
        exact = self.exact.isChecked()
        # The read lane: a search answers while an import or a rebuild runs.
        self.session.read(
            lambda r, _c: search_adapter.search(r, query, filters, sort=sort, exact=exact),
            self._show_results,
            self._search_failed,
        )

    def _search_failed(self, exc: BaseException) -> None:
        self._searching = False
        self.error.emit(exc)

    def _show_results(self, page: ResultPage) -> None:
        self._searching = False
        if self._again:
            self._again = False
            self.search()
            return
        current = self.doc.id if self.doc is not None else None
        self.page = page
        self.model.set_items(page.items)
        self._ask_later_snippets(page)
        self._fill_facets(page)
        self._show_count(page)
        if page.suggestion:
            self.suggestion.setText(
                self.tr("Did you mean {link}?").format(
                    link=f'<a href="s">{html.escape(page.suggestion)}</a>'
                )
            )
        else:
            self.suggestion.clear()
        self._show_placeholder(not page.items)
        if current is not None and self.model.row_of(current) >= 0:
            self.results.selectionModel().setCurrentIndex(
                self.model.index(self.model.row_of(current)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        self.results_shown.emit()

    def _ask_later_snippets(self, page: ResultPage) -> None:
        """The hits shown without a snippet get theirs from a second read task."""
        rest = page.items[search_adapter.SNIPPETS_AT_ONCE :]
        if not any(item.matched and not item.snippet for item in rest):
            return

        def show(items: list[ResultItem]) -> None:
            if self.page is page:  # not a newer search's list
                self.model.update_items(items)
                self.snippets_shown.emit()

        self._snippet_task = self.session.read(
            lambda r, c: search_adapter.later_snippets(r, rest, lambda: c.cancelled),
            show,
            lambda _e: None,  # locked or closed meanwhile: those rows keep no snippet
        )

    def _show_count(self, page: ResultPage) -> None:
        text = self.tr("%n document(s)", "", page.total)
        if page.titles_only:
            text += " — " + self.tr("titles only: the search index is being prepared")
        self.count.setText(text)

    def _show_placeholder(self, empty: bool) -> None:
        self.results.setVisible(not empty)
        self.placeholder.setVisible(empty)
        if self.page is not None and not self.page.query.strip() and self.filters == Filters():
            self.placeholder.setText(
                self.tr("The vault is empty. Import documents with “Import…” or drop files here.")
            )
        else:
            self.placeholder.setText(self.tr("Nothing found. Try other words or fewer filters."))

    def _take_suggestion(self, _link: str) -> None:
        if self.page and self.page.suggestion:
            self.search_box.setText(self.page.suggestion)
            self._search_now()

    def _fill_facets(self, page: ResultPage) -> None:
        anys = self._any_texts()
        for name, box in self.facet_boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(anys[name], None)
            chosen = getattr(self.filters, name)
            values = list(page.facets.get(name, []))
            if chosen is not None and chosen not in [v for v, _ in values]:
                values.append((chosen, 0))
            if name == "year":
                values.sort(reverse=True)
            for value, count in values:
                box.addItem(f"{self._facet_label(name, value)} ({count})", value)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
            box.blockSignals(False)

    def _facet_label(self, name: str, value: str) -> str:
        if name == "type":
            return labels.doc_type(value)
        if name == "language":
            return labels.language(value)
        return value

    def _facet_chosen(self, name: str) -> None:
        self.filters = self.filters.with_value(name, self.facet_boxes[name].currentData())
        self._search_now()

    def set_filter(self, name: str, value: str | None) -> None:
        self.filters = self.filters.with_value(name, value)
        self._search_now()

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self._search_now()

    # --- sidebar -------------------------------------------------------------------------

    def refresh_sidebar(self) -> None:
        # Counted from the database (no search): right even while the index is rebuilt.
        self.session.read(lambda r, _c: r.label_counts(), self._fill_sidebar, self.error.emit)

    def _fill_sidebar(self, counts: Any) -> None:
        self.collections = [name for name, _n in counts.collections]
        self.sidebar.clear()
        everything = QTreeWidgetItem([self.tr("All documents ({n})").format(n=counts.documents)])
        everything.setData(0, Qt.ItemDataRole.UserRole, (SIDEBAR_ALL, None))
        self.sidebar.addTopLevelItem(everything)
        groups = (
            (self.tr("Collections"), SIDEBAR_COLLECTION, list(counts.collections)),
            (self.tr("Tags"), SIDEBAR_TAG, list(counts.tags)),
        )
        for title, kind, values in groups:
            parent = QTreeWidgetItem([title])
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.sidebar.addTopLevelItem(parent)
            for value, count in values:
                child = QTreeWidgetItem([f"{value} ({count})"])
                child.setData(0, Qt.ItemDataRole.UserRole, (kind, value))
                parent.addChild(child)
            if not values:
                empty = QTreeWidgetItem([self.tr("(none yet)")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                parent.addChild(empty)
            parent.setExpanded(True)

    def _sidebar_chosen(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if not data:
            return
        kind, value = data
        if kind == SIDEBAR_ALL:
            self.filters = Filters()
        elif kind == SIDEBAR_COLLECTION:
            self.filters = Filters(collection=value)
        else:
            self.filters = Filters(tag=value)
        self._search_now()

    # --- reading -------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item: ResultItem | None = current.data(ItemRole) if current.isValid() else None
        # New results re-select the document being read: keep the reader and the preview
        # as they are instead of loading it again (edits reload explicitly).
        query = self.page.query if self.page else ""
        if item is not None and (
            self.doc is None or item.id != self.doc.id or query != self._doc_query
        ):
            self.open_document(item)

    def open_document(self, item: ResultItem) -> None:
        query = self.page.query if self.page else ""
        self._doc_query = query

        def work(r: Any, _c: Any) -> DocumentLoaded:
            doc = r.get_document(item.id)
            spans = search_adapter.hit_spans(doc.text, item.matched, query) if query else []
            return DocumentLoaded(doc, r.custody_log(doc.id), spans)

        self.session.read(work, self._show_document, self.error.emit)

    def reload_document(self) -> None:
        if self.doc is not None:
            row = self.model.row_of(self.doc.id)
            item = (
                self.model.items[row]
                if row >= 0
                else ResultItem(
                    self.doc.id, self.doc.title, self.doc.type, self.doc.date, self.doc.language
                )
            )
            self.open_document(item)

    def _show_document(self, loaded: DocumentLoaded) -> None:
        doc = loaded.doc
        self.doc = doc
        self._loaded = loaded
        self.reader.show_text(doc.title, self._meta_line(doc), doc.text, loaded.spans)
        self.attachments.set_attachments(doc.attachments)
        self._render_document_text()
        self.document_shown.emit(doc.id)

    def _meta_line(self, doc: Any) -> str:
        parts = (short_date(doc.date), labels.doc_type(doc.type), labels.language(doc.language))
        return " · ".join(p for p in parts if p)

    def _render_document_text(self) -> None:
        """The translated parts of the open document's panes (again after a language change)."""
        if self._loaded is None:
            return
        doc = self._loaded.doc
        self.reader.meta.setText(self._meta_line(doc))
        self.details.setHtml(self.details_html(doc, self._loaded.custody))
        self.tabs.setTabText(1, self.tr("Attachments ({n})").format(n=len(doc.attachments)))

    def details_html(self, doc: Any, custody: list[dict[str, Any]]) -> str:
        esc = html.escape
        t_details, t_prov = self.tr("Details"), self.tr("Provenance")
        t_none, t_id = self.tr("Nothing recorded."), self.tr("Document id")
        t_custody, t_when = self.tr("Custody log"), self.tr("When")
        t_what, t_version = self.tr("What"), self.tr("Version")
        t_sensitive = self.tr("marked sensitive")
        rows = []
        for field in (
            "title",
            "type",
            "language",
            "date",
            "source",
            "author",
            "tags",
            "collections",
        ):
            value = getattr(doc, field)
            if field == "type":
                value = labels.doc_type(value)
            elif field == "language":
                value = labels.language(value)
            elif isinstance(value, list):
                value = ", ".join(value)
            mark = " ⚑" if field in doc.sensitive else ""
            rows.append(
                f"<tr><td><b>{esc(labels.field_name(field))}</b></td>"
                f"<td>{esc(str(value or '—'))}{mark}</td></tr>"
            )
        parts = [f"<h3>{esc(t_details)}</h3><table cellspacing=4>{''.join(rows)}</table>"]
        if doc.sensitive:
            parts.append(f"<p>⚑ {esc(t_sensitive)}</p>")
        parts.append(f"<h3>{esc(t_prov)}</h3>")
        prov = {
            **{labels.provenance_key(k): (k, v) for k, v in doc.provenance.items()},
            **{f"· {labels.metadata_key(k)}": (k, v) for k, v in doc.metadata.items()},
        }
        if prov:
            items = "".join(
                f"<tr><td><b>{esc(str(name))}</b></td><td>{esc(self._value_text(k, v))}</td></tr>"
                for name, (k, v) in prov.items()
            )
            parts.append(f"<table cellspacing=4>{items}</table>")
        else:
            parts.append(f"<p>{esc(t_none)}</p>")
        parts.append(f"<p><small>{esc(t_id)}: {esc(doc.id)}</small></p>")
        parts.append(f"<h3>{esc(t_custody)}</h3><table cellspacing=4>")
        parts.append(
            f"<tr><th>#</th><th>{esc(t_when)}</th>"
            f"<th>{esc(t_what)}</th><th>{esc(t_version)}</th></tr>"
        )
        for ev in custody:
            parts.append(
                f"<tr><td>{esc(str(ev.get('seq', '')))}</td><td>{esc(str(ev.get('time', '')))}"
                f"</td><td>{esc(labels.custody_action(str(ev.get('action', ''))))}</td>"
                f"<td>{esc(str(ev.get('version', '')))}</td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    @staticmethod
    def _value_text(key: str, value: Any) -> str:
        shown = labels.provenance_value(key, value)
        if shown is not None:
            return shown
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    def _load_attachment(self, att_id: str) -> None:
        def work(r: Any, _c: Any) -> tuple[str, bytearray]:
            # A wipeable buffer: the preview zeroes it once Qt has its own copy.
            return att_id, r.attachment_bytes(att_id, limit=MAX_PREVIEW_BYTES)

        self.session.read(work, lambda res: self.attachments.show_bytes(*res), self.error.emit)

    def eventFilter(self, obj: Any, event: QEvent) -> bool:
        # Escape in the search box clears it (and shows everything again).
        if (
            obj is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search_box.text()
        ):
            self.search_box.clear()
            return True
        return super().eventFilter(obj, event)

    # --- drag and drop -------------------------------------------------------------------

    def files_dropped_here(self, paths: list[Path]) -> None:
        self.files_dropped.emit(paths)

    # --- language ------------------------------------------------------------------------

    def _any_texts(self) -> dict[str, str]:
        return {
            "type": self.tr("Any type"),
            "language": self.tr("Any language"),
            "collection": self.tr("Any collection"),
            "tag": self.tr("Any tag"),
            "year": self.tr("Any year"),
        }

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search names and words…"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setToolTip(
            self.tr(
                "Type a name in any spelling (Лукашенко, Lukashenka, Łukašenka), words, or "
                '"an exact phrase" in quotes. Results appear as you type. (Ctrl+F)'
            )
        )
        self.exact.setText(self.tr("E&xact"))
        self.exact.setToolTip(self.tr("Only the spelling you typed, no name variants"))
        self.sort.setItemText(0, self.tr("Best match first"))
        self.sort.setItemText(1, self.tr("Newest first"))
        self.sort.setAccessibleName(self.tr("Order of results"))
        self.results.setAccessibleName(self.tr("Results"))
        self.sidebar.setAccessibleName(self.tr("Collections and tags"))
        self.details.setAccessibleName(self.tr("Details, provenance and custody log"))
        for name, text in self._any_texts().items():
            self.facet_boxes[name].setAccessibleName(text)
        self.filters_label.setText(self.tr("Filters"))
        self.clear_filters.setText(self.tr("Clear &filters"))
        self.tabs.setTabText(0, self.tr("&Read"))
        self.tabs.setTabText(1, self.tr("Attachments"))
        self.tabs.setTabText(2, self.tr("&Details"))
        if self.page is not None:
            self._fill_facets(self.page)
            self._show_count(self.page)
            self._show_placeholder(not self.page.items)
        if self.session.is_open:
            self.refresh_sidebar()
            if self._loaded is not None:
                self._render_document_text()
        if self.page is None:
            self._show_placeholder(True)
