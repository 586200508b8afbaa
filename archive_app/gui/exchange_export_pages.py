"""Pages of the export wizard: what to send, and where to write it (folder, name, volumes).

Checked before anything is written: the free space, and the file system, because FAT32 (most
USB sticks) cannot hold a file of 4 GiB or more. Qt's QStorageInfo names the file system on
Linux, Windows and macOS; /proc/mounts is the fallback; where it stays unknown, bundles are
split below 4 GiB (the core's default volume size).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.gui.exchange_common import FAT_FILE_LIMIT, DiskInfo, disk_info, human_size
from archive_app.gui.search_adapter import Filters
from archive_app.gui.widgets import Retranslating

ONE_FILE = 2**40  # "no splitting" where the disk allows big files
VOLUME_SIZES = (4 * 1024**3 - 1024**2, 2 * 1024**3, 1024**3, 650 * 1024**2, 100 * 1024**2)
#: Room kept free besides the bundle (temporary names, the file system's own needs).
MARGIN = 16 * 1024**2


def estimate(archive: Any, scope: str, value: Any) -> tuple[int, int]:
    """Worker side: (documents, bytes) an export would roughly write (upper bound)."""
    docs = archive.list_documents()
    if scope == "ids":
        wanted = set(value)
        docs = [d for d in docs if d.id in wanted]
    elif scope == "collection":
        docs = [d for d in docs if value in d.collections]
    elif scope == "query":
        hits = {h.id for h in archive.search(value, limit=1_000_000, snippets=False).hits}
        docs = [d for d in docs if d.id in hits]
    size = sum(a.size for d in docs for a in d.attachments) + 64 * 1024 * len(docs)
    return len(docs), size + 1024 * 1024


def search_ids(archive: Any, query: str, filters: Filters) -> list[str]:
    """Worker side: every document the current search (with its filters) finds."""
    from archive_app.gui import search_adapter

    page = search_adapter.search(archive, query, filters, limit=1_000_000)
    return [item.id for item in page.items]


class WherePage(Retranslating, QWidget):
    """Folder, file name and volume size, with the disk's free space and kind shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pick_folder: Callable[[QWidget], str] = _pick_folder
        self.where_intro = QLabel()
        self.where_intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.browse = QPushButton()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.file_name = QLineEdit(f"letapis-{datetime.date.today().isoformat()}")
        self.volume = QComboBox()
        self.disk_label = QLabel()
        self.disk_label.setWordWrap(True)
        self.where_error = QLabel()
        self.where_error.setWordWrap(True)
        self.where_error.setObjectName("errorText")
        self.folder_label = QLabel()
        self.name_label = QLabel()
        self.volume_label = QLabel()
        form = QFormLayout()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.name_label, self.file_name)
        form.addRow(self.volume_label, self.volume)
        lay = QVBoxLayout(self)
        lay.addWidget(self.where_intro)
        lay.addLayout(form)
        lay.addWidget(self.disk_label)
        lay.addStretch(1)
        lay.addWidget(self.where_error)
        self.browse.clicked.connect(self._choose_folder)
        self.folder.textChanged.connect(lambda _t: self.check_disk())
        self.retranslate()

    def _choose_folder(self) -> None:
        path = self.pick_folder(self)
        if path:
            self.folder.setText(path)

    def disk_here(self) -> DiskInfo | None:
        text = self.folder.text().strip()
        if not text or not Path(text).is_dir():
            return None
        return disk_info(Path(text))

    def fill_volumes(self, info: DiskInfo | None) -> None:
        """Offer volume sizes; one unsplit file only where the disk is known to allow it."""
        current = self.volume.currentData()
        self.volume.clear()
        big_files = info is not None and info.known and not info.is_fat
        if big_files:
            self.volume.addItem(self.tr("One file (no splitting)"), ONE_FILE)
        names = {
            VOLUME_SIZES[0]: self.tr("Below 4 GiB (fits any USB stick)"),
            VOLUME_SIZES[1]: self.tr("2 GiB"),
            VOLUME_SIZES[2]: self.tr("1 GiB"),
            VOLUME_SIZES[3]: self.tr("650 MiB (fits a CD)"),
            VOLUME_SIZES[4]: self.tr("100 MiB (for e-mail or slow links)"),
        }
        for size in VOLUME_SIZES:
            self.volume.addItem(names[size], size)
        index = self.volume.findData(current)
        self.volume.setCurrentIndex(index if index >= 0 else self.volume.findData(VOLUME_SIZES[0]))

    def check_disk(self) -> None:
        self.show_disk(self.disk_here())

    def show_disk(self, info: DiskInfo | None) -> None:
        """Say how much room there is and what kind of disk it is; refill the sizes."""
        self.where_error.clear()
        if info is None:
            self.disk_label.setText("")
            self.fill_volumes(None)
            return
        free = human_size(info.free) if info.free is not None else self.tr("unknown")
        if info.is_fat:
            kind = self.tr(
                "This is a FAT disk (most USB sticks): no file may be 4 GiB or larger, so "
                "large bundles are split into several files."
            )
        elif info.known:
            kind = self.tr("File system: {fs}.").replace("{fs}", info.filesystem)
        else:
            kind = self.tr(
                "The kind of disk is unknown, so large bundles are split below 4 GiB to be safe."
            )
        self.disk_label.setText(self.tr("Free space: {free}.").replace("{free}", free) + " " + kind)
        self.fill_volumes(info)

    def volume_size(self, info: DiskInfo | None) -> int:
        """The chosen size, never 4 GiB or more unless the disk is known to hold such files."""
        size = int(self.volume.currentData() or VOLUME_SIZES[0])
        if size > FAT_FILE_LIMIT and (info is None or info.is_fat or not info.known):
            size = VOLUME_SIZES[0]
        return size

    def retranslate(self) -> None:
        self.where_intro.setText(
            self.tr("Choose the folder to write to, for example your USB stick.")
        )
        self.folder_label.setText(self.tr("&Folder:"))
        self.folder_label.setBuddy(self.folder)
        self.name_label.setText(self.tr("File &name:"))
        self.name_label.setBuddy(self.file_name)
        self.volume_label.setText(self.tr("&Split into files of:"))
        self.volume_label.setBuddy(self.volume)
        self.browse.setText(self.tr("&Browse…"))
        self.check_disk()


def _pick_folder(parent: QWidget) -> str:
    return str(
        QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("WherePage", "Choose where to write the bundle")
        )
    )


class WhatPage(Retranslating, QWidget):
    """Everything, the current search, a collection, chosen documents, or what is new."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.what_intro = QLabel()
        self.what_intro.setWordWrap(True)
        self.scope_all = QRadioButton()
        self.scope_search = QRadioButton()
        self.scope_collection = QRadioButton()
        self.scope_ids = QRadioButton()
        self.scope_since = QRadioButton()
        self.scope_group = QButtonGroup(self)
        for b in (
            self.scope_all,
            self.scope_search,
            self.scope_collection,
            self.scope_ids,
            self.scope_since,
        ):
            self.scope_group.addButton(b)
        self.collection = QComboBox()
        self.collection.addItems(sorted(set(self.context.collections)))
        self.selection = QListWidget()
        for doc_id, title in self.context.results:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, doc_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = doc_id == self.context.current
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.selection.addItem(item)
        searching = bool(self.context.query.strip()) or self.context.filters != Filters()
        self.scope_search.setEnabled(searching)
        self.scope_collection.setEnabled(self.collection.count() > 0)
        self.scope_ids.setEnabled(self.selection.count() > 0)
        # Week after week the usual choice; the first time it is everything anyway.
        self.scope_since.setChecked(True)
        self.what_error = QLabel()
        self.what_error.setObjectName("errorText")
        lay = QVBoxLayout(self)
        lay.addWidget(self.what_intro)
        lay.addWidget(self.scope_since)
        lay.addWidget(self.scope_all)
        lay.addWidget(self.scope_search)
        row = QHBoxLayout()
        row.addWidget(self.scope_collection)
        row.addWidget(self.collection, 1)
        lay.addLayout(row)
        lay.addWidget(self.scope_ids)
        lay.addWidget(self.selection, 1)
        lay.addWidget(self.what_error)
        self.collection.activated.connect(lambda _i: self.scope_collection.setChecked(True))
        self.selection.itemChanged.connect(lambda _i: self.scope_ids.setChecked(True))
        self.retranslate()

    def chosen_ids(self) -> list[str]:
        return [
            self.selection.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.selection.count())
            if self.selection.item(i).checkState() == Qt.CheckState.Checked
        ]

    def scope(self) -> tuple[str, Any]:
        """The scope for the core (the search with filters becomes its document ids)."""
        if self.scope_since.isChecked():
            return "since-last", None
        if self.scope_search.isChecked():
            if self.context.filters == Filters() and self.context.query.strip():
                return "query", self.context.query
            return "search-ids", None
        if self.scope_collection.isChecked():
            return "collection", self.collection.currentText()
        if self.scope_ids.isChecked():
            return "ids", self.chosen_ids()
        return "all", None

    def retranslate(self) -> None:
        self.what_intro.setText(
            self.tr("A bundle is an encrypted, signed file for the contacts you choose. Send:")
        )
        self.scope_since.setText(self.tr("Everything &new since our last exchange"))
        self.scope_all.setText(self.tr("&Everything in the vault"))
        if self.context.query.strip():
            search = self.context.query.strip()
        elif self.context.filters != Filters():
            search = self.tr("(filters only)")
        else:
            search = self.tr("(none)")
        self.scope_search.setText(
            self.tr("The current &search: {query}").replace("{query}", search)
        )
        self.scope_collection.setText(self.tr("A &collection:"))
        self.scope_ids.setText(self.tr("Chosen &documents (tick them below):"))
