"""The export wizard: what, to whom, redaction, where (space and FAT checked), progress, summary.

The core writes the bundle and then reads it back from the disk and checks it like a
receiver would (exchange/bundle_writer.py, ``verify_written``) before it returns; the summary
is shown only after that check passed. The wizard checks the free space and the file system
first: FAT32 sticks hold files below 4 GiB, so bundles are split into volumes below that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from archive_app.gui import labels, widgets
from archive_app.gui.errors import plain_message
from archive_app.gui.exchange_common import disk_info, human_size
from archive_app.gui.exchange_contacts import ContactRow, contact_rows
from archive_app.gui.exchange_export_pages import MARGIN, WhatPage, WherePage, estimate, search_ids
from archive_app.gui.search_adapter import Filters


@dataclass
class ExportContext:
    """What the window had on screen when the wizard opened."""

    query: str = ""
    filters: Filters = field(default_factory=Filters)
    results: list[tuple[str, str]] = field(default_factory=list)  # (id, title)
    current: str | None = None
    collections: list[str] = field(default_factory=list)


class ExportWizard(widgets.Retranslating, QDialog):
    """Five steps on one stack: what, to whom, where, writing, summary."""

    exported = Signal(object)  # ExportReport
    contacts_loaded = Signal()
    page_changed = Signal(int)

    WHAT, WHO, WHERE, RUNNING, DONE = range(5)

    def __init__(self, session: Any, context: ExportContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.context = context
        self.contacts: list[ContactRow] = []
        self.report: Any = None
        self.error: BaseException | None = None
        self._task: Any = None
        self.pages = QStackedWidget()
        self.what = WhatPage(context)
        self.pages.addWidget(self.what)
        for name in ("scope_all", "scope_search", "scope_collection", "scope_ids", "scope_since"):
            setattr(self, name, getattr(self.what, name))
        self.collection = self.what.collection
        self.selection = self.what.selection
        self.what_error = self.what.what_error
        self._build_who()
        self.where = WherePage()
        self.pages.addWidget(self.where)
        self.folder = self.where.folder
        self.file_name = self.where.file_name
        self.volume = self.where.volume
        self.disk_label = self.where.disk_label
        self.where_error = self.where.where_error
        self._build_running()
        self._build_done()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.export_button = QPushButton()
        self.cancel_button = QPushButton()
        self.close_button = QPushButton()
        self.heading = widgets.heading_label()
        widgets.wizard_layout(
            self,
            self.heading,
            self.pages,
            (
                self.cancel_button,
                self.back_button,
                self.next_button,
                self.export_button,
                self.close_button,
            ),
        )
        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(self.next)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.resize(720, 560)
        self.retranslate()
        self.go(self.WHAT)

    # --- pages -----------------------------------------------------------------------------

    def _build_who(self) -> None:
        page = QWidget()
        self.who_intro = QLabel()
        self.who_intro.setWordWrap(True)
        self.recipients = QListWidget()
        self.unverified_warning = QLabel()
        self.unverified_warning.setWordWrap(True)
        self.unverified_warning.setObjectName("errorText")
        self.redact = QCheckBox()
        self.redact_help = QLabel()
        self.redact_help.setWordWrap(True)
        self.who_error = QLabel()
        self.who_error.setObjectName("errorText")
        lay = QVBoxLayout(page)
        lay.addWidget(self.who_intro)
        lay.addWidget(self.recipients, 1)
        lay.addWidget(self.unverified_warning)
        lay.addWidget(self.redact)
        lay.addWidget(self.redact_help)
        lay.addWidget(self.who_error)
        self.recipients.itemChanged.connect(lambda _i: self._recipients_changed())
        self.pages.addWidget(page)

    def _build_running(self) -> None:
        page, self.progress_label, self.bar = widgets.progress_page()
        self.pages.addWidget(page)

    def _build_done(self) -> None:
        page, self.summary = widgets.report_page()
        self.pages.addWidget(page)

    # --- navigation ------------------------------------------------------------------------

    def go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index in (self.WHO, self.WHERE))
        self.next_button.setVisible(index in (self.WHAT, self.WHO))
        self.export_button.setVisible(index == self.WHERE)
        self.cancel_button.setVisible(index <= self.RUNNING)
        self.cancel_button.setEnabled(True)
        self.close_button.setVisible(index == self.DONE)
        if index == self.WHO and not self.contacts:
            self.session.call(lambda a, _c: contact_rows(a), self._fill_contacts, self._failed)
        if index == self.WHERE:
            self.where.check_disk()
        self._heading()
        self.page_changed.emit(index)

    def next(self) -> None:
        index = self.pages.currentIndex()
        if index == self.WHAT:
            if self.scope_ids.isChecked() and not self.what.chosen_ids():
                self.what_error.setText(self.tr("Tick at least one document."))
                return
            self.what_error.clear()
        if index == self.WHO:
            if not self.chosen_contacts():
                self.who_error.setText(self.tr("Choose at least one contact."))
                return
            self.who_error.clear()
        self.go(index + 1)

    # --- what ------------------------------------------------------------------------------

    # --- to whom ---------------------------------------------------------------------------

    def _fill_contacts(self, rows: list[ContactRow]) -> None:
        self.contacts = rows
        self.recipients.blockSignals(True)
        self.recipients.clear()
        for row in rows:
            text = row.name + (
                "" if row.verified else "   " + self.tr("⚠ not verified: fingerprint not compared")
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        self.recipients.blockSignals(False)
        if not rows:
            self.who_error.setText(
                self.tr("You have no contacts yet. Add a contact's card first (Exchange menu).")
            )
        self._recipients_changed()
        self.contacts_loaded.emit()

    def chosen_contacts(self) -> list[ContactRow]:
        ids = {
            self.recipients.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.recipients.count())
            if self.recipients.item(i).checkState() == Qt.CheckState.Checked
        }
        return [c for c in self.contacts if c.id in ids]

    def set_recipient(self, contact_id: str, on: bool = True) -> None:
        for i in range(self.recipients.count()):
            item = self.recipients.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == contact_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _recipients_changed(self) -> None:
        unverified = [c.name for c in self.chosen_contacts() if not c.verified]
        self.unverified_warning.setVisible(bool(unverified))
        self.unverified_warning.setText(
            self.tr(
                "⚠ You have not compared fingerprints with: {names}. If their card was "
                "replaced on the way, someone else could read this bundle. Compare fingerprints "
                "first (Exchange → Contacts) if you can."
            ).replace("{names}", ", ".join(unverified))
        )

    # --- running ---------------------------------------------------------------------------

    def start(self) -> None:
        folder = Path(self.folder.text().strip())
        name = self.file_name.text().strip()
        if not self.folder.text().strip() or not folder.is_dir():
            self.where_error.setText(self.tr("Choose a folder that exists (e.g. your USB stick)."))
            return
        if not name or "/" in name or "\\" in name:
            self.where_error.setText(self.tr("Give the bundle a file name."))
            return
        info = disk_info(folder)
        out = folder / name
        scope, value = self.what.scope()
        query, filters = self.context.query, self.context.filters
        to = [c.id for c in self.chosen_contacts()]
        redact = self.redact.isChecked()
        volume = self.where.volume_size(info)

        def precheck(a: Any, _c: Any) -> tuple[str, Any, int, int]:
            s, v = scope, value
            if s == "search-ids":
                s, v = "ids", search_ids(a, query, filters)
            count, size = estimate(a, s, v)
            return s, v, count, size

        def checked(result: tuple[str, Any, int, int]) -> None:
            if precheck_task.context.cancelled:  # cancelled while checking: write nothing
                from archive_app.errors import Cancelled

                self._failed(Cancelled())
                return
            s, v, count, size = result
            if count == 0 and s != "since-last":
                self.where_error.setText(self.tr("There is nothing to export for that choice."))
                self.go(self.WHERE)
                return
            if info.free is not None and info.free < size + MARGIN:
                self.where_error.setText(
                    self.tr(
                        "There is not enough free space here: about {need} are needed, {free} "
                        "are free. Choose another disk or export less."
                    )
                    .replace("{need}", human_size(size + MARGIN))
                    .replace("{free}", human_size(info.free))
                )
                self.go(self.WHERE)
                return
            self._run(out, to, s, v, redact, volume)

        self.go(self.RUNNING)
        self.bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Checking what to export…"))
        precheck_task = self._task = self.session.call(precheck, checked, self._failed)

    def _run(
        self, out: Path, to: list[str], scope: str, value: Any, redact: bool, size: int
    ) -> None:
        self.progress_label.setText(
            self.tr(
                "Writing the bundle, then reading it back to check it. You can cancel; a "
                "cancelled bundle leaves no file behind."
            )
        )
        self._task = self.session.call(
            lambda a, ctx: a.export_bundle(
                out,
                to=to,
                scope=scope,
                value=value,
                redact=redact,
                volume_size=size,
                progress=lambda done, total: ctx.progress((done, total)),
                cancel=ctx.cancel,
            ),
            self._finished,
            self._failed,
            progress=self._progress,
        )

    def _progress(self, value: tuple[int, int]) -> None:
        widgets.show_fraction(self.bar, *value)

    def _finished(self, report: Any) -> None:
        self._task = None
        self.report = report
        self.summary.setText(self.summary_text(report))
        self.go(self.DONE)
        self.exported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        from archive_app.errors import Cancelled

        self._task = None
        self.error = exc
        from archive_app.errors import UsageError

        if isinstance(exc, Cancelled):
            text = self.tr("Cancelled. No bundle was written.")
        elif isinstance(exc, UsageError) and "nothing to export" in str(exc):
            text = self.tr("There is nothing new to send for that choice. No bundle was written.")
        else:
            text = self.tr("No bundle was written: {reason}").replace(
                "{reason}", plain_message(exc)
            )
        self.summary.setText(text)
        self.go(self.DONE)

    def summary_text(self, r: Any) -> str:
        files = "\n".join(f"    {p.name}" for p in r.paths)
        lines = [
            self.tr(
                "The bundle was written and checked: it was read back from the disk, "
                "its signature and every part are correct."
            ),
            "",
            (
                self.tr("Files (copy all of them, keep them in one folder):")
                if len(r.paths) > 1
                else self.tr("File:")
            )
            + "\n"
            + files,
            self.tr("Folder: {folder}").replace("{folder}", str(r.paths[0].parent)),
            self.tr("Size: {size}").replace("{size}", human_size(r.ciphertext_bytes)),
            self.tr("For: {names}").replace("{names}", ", ".join(r.recipients)),
            self.tr("Contains %n document(s)", "", r.records)
            + ", "
            + self.tr("%n attached file(s)", "", r.files)
            + ".",
        ]
        if self.redact.isChecked():
            lines.append(self.tr("Sources protected: sensitive fields and locations left out."))
        if r.redacted_fields:
            fields = ", ".join(labels.field_name(f) for f in r.redacted_fields)
            lines.append(
                self.tr("Left out to protect sources: {fields}.").replace("{fields}", fields)
            )
        if r.location_stripped:
            lines.append(self.tr("Locations removed: %n item(s).", "", r.location_stripped))
        lines += ["", self.tr("Only the people named above (and you) can open it.")]
        return "\n".join(lines)

    def clear(self) -> None:
        """Forget everything shown (on lock): titles, contacts, the summary."""
        self.context = ExportContext()
        self.selection.clear()
        self.recipients.clear()
        self.contacts = []
        self.report = None
        self.summary.clear()

    def reject(self) -> None:
        stopping = self.tr("Stopping…")
        if not widgets.stop_task(self._task, self.cancel_button, self.progress_label, stopping):
            super().reject()

    # --- language --------------------------------------------------------------------------

    def _heading(self) -> None:
        titles = [
            self.tr("Step 1 of 3: what to send"),
            self.tr("Step 2 of 3: to whom"),
            self.tr("Step 3 of 3: where to write it"),
            self.tr("Writing the bundle"),
            self.tr("Done") if self.report is not None else self.tr("Not done"),
        ]
        self.heading.setText(titles[self.pages.currentIndex()])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send a bundle"))
        self.who_intro.setText(
            self.tr("Only the contacts you tick (and you) will be able to open the bundle.")
        )
        self.redact.setText(self.tr("&Protect sources: leave out sensitive fields and locations"))
        self.redact_help.setText(
            self.tr(
                "Fields marked sensitive are left out, and locations (GPS) are removed from "
                "photos and metadata. The originals in your vault are not changed."
            )
        )
        self.bar.setAccessibleName(self.tr("Export progress"))
        self.back_button.setText(self.tr("< &Back"))
        self.next_button.setText(self.tr("&Next >"))
        self.export_button.setText(self.tr("&Write the bundle"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        if self.contacts:
            checked = {c.id for c in self.chosen_contacts()}
            self._fill_contacts(self.contacts)
            for cid in checked:
                self.set_recipient(cid)
        self._heading()
