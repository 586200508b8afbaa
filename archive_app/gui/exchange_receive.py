"""The receive wizard: choose a bundle, check it fully, see who signed it and what it would
change, then receive it — all of it or nothing — and read the report.

The check is the core's dry run (every byte decrypted, the signature, the recipients, the
sequence and every hash verified, nothing applied). A refusal at any step is shown in plain
words that say nothing was changed (messages.refusal).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from archive_app.exchange.card import spoken_fingerprint
from archive_app.gui import messages, widgets
from archive_app.gui.exchange_common import fingerprint_label, fingerprint_lines, signer_text


class ReceiveWizard(widgets.Retranslating, QDialog):
    """Choose → checking → review (signer, counts) → receiving → report."""

    checked = Signal(object)  # ReceiveReport of the dry run
    received = Signal(object)  # ReceiveReport
    conflicts_requested = Signal()
    refused = Signal(str)  # the plain message shown
    page_changed = Signal(int)

    CHOOSE, CHECKING, REVIEW, RECEIVING, REPORT = range(5)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview: Any = None
        self.report: Any = None
        self.refusal: str | None = None
        self.cancelled = False
        self._task: Any = None
        self.pick_bundle: Callable[[QWidget], str] = _pick_bundle
        self.pages = QStackedWidget()
        self.heading = widgets.heading_label()
        # choose
        choose = QWidget()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path = QLineEdit()
        self.browse = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.choose_error = QLabel()
        self.choose_error.setObjectName("errorText")
        lay = QVBoxLayout(choose)
        lay.addWidget(self.intro)
        lay.addLayout(row)
        lay.addWidget(self.choose_error)
        lay.addStretch(1)
        # checking / receiving
        running, self.progress_label, self.bar = widgets.progress_page()
        # review
        review = QWidget()
        self.signer_intro = QLabel()
        self.signer_name = QLabel()
        self.signer_name.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.signer_name.font()
        bold.setBold(True)
        self.signer_name.setFont(bold)
        self.signer_status = QLabel()
        self.signer_status.setWordWrap(True)
        self.fingerprint = fingerprint_label("")
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("errorText")
        self.accept_anyway = QCheckBox()
        self.review_note = QLabel()
        self.review_note.setWordWrap(True)
        self.who_label = QLabel()
        self.status_label = QLabel()
        self.fp_label = QLabel()
        form = QFormLayout()
        form.addRow(self.who_label, self.signer_name)
        form.addRow(self.status_label, self.signer_status)
        form.addRow(self.fp_label, self.fingerprint)
        lay3 = QVBoxLayout(review)
        lay3.addWidget(self.signer_intro)
        lay3.addLayout(form)
        lay3.addWidget(self.counts)
        lay3.addWidget(self.warning)
        lay3.addWidget(self.accept_anyway)
        lay3.addStretch(1)
        lay3.addWidget(self.review_note)
        # report
        report, self.result = widgets.report_page()
        for page in (choose, running, review, running, report):
            if self.pages.indexOf(page) < 0:
                self.pages.addWidget(page)
        self._page_widgets = [choose, running, review, running, report]
        # buttons
        self.check_button = QPushButton()
        self.check_button.setDefault(True)
        self.receive_button = QPushButton()
        self.cancel_button = QPushButton()
        self.close_button = QPushButton()
        self.conflicts_button = QPushButton()
        widgets.wizard_layout(
            self,
            self.heading,
            self.pages,
            (
                self.cancel_button,
                self.check_button,
                self.receive_button,
                self.conflicts_button,
                self.close_button,
            ),
        )
        self.browse.clicked.connect(self._choose)
        self.check_button.clicked.connect(self.check)
        self.receive_button.clicked.connect(self.receive)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.conflicts_button.clicked.connect(self._open_conflicts)
        self.accept_anyway.toggled.connect(lambda _b: self._update_receive_button())
        self.resize(700, 520)
        self._step = self.CHOOSE
        self.retranslate()
        self.go(self.CHOOSE)

    # --- navigation ------------------------------------------------------------------------

    def go(self, step: int) -> None:
        self._step = step
        self.pages.setCurrentWidget(self._page_widgets[step])
        self.check_button.setVisible(step == self.CHOOSE)
        self.receive_button.setVisible(step == self.REVIEW)
        self.cancel_button.setVisible(step != self.REPORT)
        self.cancel_button.setEnabled(True)
        self.close_button.setVisible(step == self.REPORT)
        self.conflicts_button.setVisible(
            step == self.REPORT and self.report is not None and bool(self.report.conflicts)
        )
        if step == self.CHECKING:
            self.progress_label.setText(
                self.tr(
                    "Checking the bundle: opening it, checking the signature and every part. "
                    "Nothing in your vault changes yet."
                )
            )
        elif step == self.RECEIVING:
            self.progress_label.setText(
                self.tr("Receiving. Everything is added at the end, all at once, or nothing.")
            )
        self._update_receive_button()
        self._heading()
        self.page_changed.emit(step)

    def set_bundle(self, path: Path) -> None:
        """Choose the bundle (a dropped file or one picked with Browse)."""
        self.path.setText(str(path))

    def _choose(self) -> None:
        path = self.pick_bundle(self)
        if path:
            self.set_bundle(Path(path))

    # --- check -----------------------------------------------------------------------------

    def check(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.choose_error.setText(self.tr("Choose the bundle file first."))
            return
        path = Path(text)
        self.choose_error.clear()
        self.go(self.CHECKING)
        self.bar.setRange(0, 0)
        self._task = self.session.call(
            lambda a, ctx: a.receive_bundle(
                path,
                dry_run=True,
                accept_unknown=True,
                allow_older=True,
                progress=lambda done, total: ctx.progress((done, total)),
                cancel=ctx.cancel,
            ),
            self._checked,
            self._refused,
            progress=self._progress,
        )

    def _checked(self, preview: Any) -> None:
        self._task = None
        self.preview = preview
        self.accept_anyway.setChecked(False)
        self._show_review()
        self.go(self.REVIEW)
        self.checked.emit(preview)

    def _show_review(self) -> None:
        p = self.preview
        if p is None:
            return
        self.signer_name.setText(p.sender_name)
        self.signer_status.setText(signer_text(p.signer))
        self.signer_status.setStyleSheet("" if p.signer == "verified" else "font-weight: bold")
        self.fingerprint.setText(fingerprint_lines(spoken_fingerprint(p.sender_fingerprint)))
        self.counts.setText(self.counts_text(p))
        warnings = []
        if p.already_received:
            warnings.append(
                self.tr("You received this bundle before. Receiving it again changes nothing.")
            )
        elif p.signer == "unknown":
            warnings.append(
                self.tr(
                    "The person who signed this bundle is not among your contacts. Receive it "
                    "only if you know who gave it to you; better, add their card and compare "
                    "fingerprints first."
                )
            )
        elif p.signer == "known":
            warnings.append(
                self.tr(
                    "You have not compared fingerprints with this contact yet. Compare them "
                    "(Exchange → Contacts) to be sure the bundle is really from them."
                )
            )
        if p.sequence_verdict == "older-unseen" and not p.already_received:
            warnings.append(
                self.tr(
                    "This bundle is older than one you already received from this person. It "
                    "may be an old copy sent again."
                )
            )
        self.warning.setText("\n\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.accept_anyway.setVisible(self._needs_consent())
        self._update_receive_button()

    def counts_text(self, p: Any) -> str:
        lines = [
            self.tr("If you receive it, this bundle will change:"),
            "  • " + self.tr("new documents: {n}").replace("{n}", str(len(p.new))),
            "  • " + self.tr("updated documents: {n}").replace("{n}", str(len(p.updated))),
            "  • "
            + self.tr("already here (no change): {n}").replace(
                "{n}", str(len(p.duplicate) + len(p.older))
            ),
            "  • "
            + self.tr("conflicting edits (you choose later): {n}").replace(
                "{n}", str(len(p.conflicts))
            ),
        ]
        return "\n".join(lines)

    def _needs_consent(self) -> bool:
        p = self.preview
        if p is None or p.already_received:
            return False
        return p.signer == "unknown" or p.sequence_verdict == "older-unseen"

    def _update_receive_button(self) -> None:
        p = self.preview
        ok = (
            p is not None
            and not p.already_received
            and (not self._needs_consent() or self.accept_anyway.isChecked())
        )
        self.receive_button.setEnabled(bool(ok))

    # --- receive ---------------------------------------------------------------------------

    def receive(self) -> None:
        p = self.preview
        if p is None or not self.receive_button.isEnabled():
            return
        path = Path(self.path.text().strip())
        consent = self.accept_anyway.isChecked()
        accept_unknown = p.signer == "unknown" and consent
        allow_older = p.sequence_verdict == "older-unseen" and consent
        self.go(self.RECEIVING)
        self.bar.setRange(0, 0)
        self._task = self.session.call(
            lambda a, ctx: a.receive_bundle(
                path,
                accept_unknown=accept_unknown,
                allow_older=allow_older,
                progress=lambda done, total: ctx.progress((done, total)),
                cancel=ctx.cancel,
            ),
            self._received,
            self._refused,
            progress=self._progress,
        )

    def _received(self, report: Any) -> None:
        self._task = None
        self.report = report
        if report.already_received:
            text = self.tr("You received this bundle before; nothing was changed.")
        else:
            text = (
                self.tr("The bundle from {name} was received.").replace(
                    "{name}", report.sender_name
                )
                + "\n\n"
                + "\n".join(
                    [
                        self.tr("New documents: {n}").replace("{n}", str(len(report.new))),
                        self.tr("Updated documents: {n}").replace("{n}", str(len(report.updated))),
                        self.tr("Already here: {n}").replace(
                            "{n}", str(len(report.duplicate) + len(report.older))
                        ),
                        self.tr("Conflicting edits: {n}").replace(
                            "{n}", str(len(report.conflicts))
                        ),
                    ]
                )
            )
            if report.conflicts:
                text += "\n\n" + self.tr(
                    "Some documents were edited both here and by the sender. Your version is "
                    "kept for now; choose which to keep in Exchange → Conflicts."
                )
        self.result.setText(text)
        self.go(self.REPORT)
        self.received.emit(report)

    def _refused(self, exc: BaseException) -> None:
        from archive_app.errors import Cancelled

        self._task = None
        self.cancelled = isinstance(exc, Cancelled)
        self.refusal = messages.refusal(exc)
        self.result.setText(self.refusal)
        self.go(self.REPORT)
        self.refused.emit(self.refusal)

    def _progress(self, value: tuple[int, int]) -> None:
        widgets.show_fraction(self.bar, *value)

    def _open_conflicts(self) -> None:
        self.accept()
        self.conflicts_requested.emit()

    def reject(self) -> None:
        stopping = self.tr("Stopping…")
        if not widgets.stop_task(self._task, self.cancel_button, self.progress_label, stopping):
            super().reject()

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.preview = self.report = None
        for label in (self.signer_name, self.signer_status, self.fingerprint, self.counts):
            label.clear()
        self.result.clear()

    # --- language --------------------------------------------------------------------------

    def _heading(self) -> None:
        step = self._step
        if step == self.REPORT:
            if self.cancelled:
                text = self.tr("Cancelled")
            else:
                text = self.tr("Refused") if self.refusal else self.tr("Done")
        else:
            text = [
                self.tr("Step 1: choose the bundle"),
                self.tr("Step 2: checking"),
                self.tr("Step 3: who sent it and what it changes"),
                self.tr("Step 4: receiving"),
            ][step]
        self.heading.setText(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receive a bundle"))
        self.intro.setText(
            self.tr(
                "Choose the bundle file (it ends in .letapis-bundle, or .001 for a bundle in "
                "several files), or drop it on the window. It is checked completely before "
                "anything in your vault changes."
            )
        )
        self.path.setAccessibleName(self.tr("Bundle file"))
        self.browse.setText(self.tr("&Browse…"))
        self.signer_intro.setText(self.tr("The bundle is intact. It was signed by:"))
        self.who_label.setText(self.tr("Signed by:"))
        self.status_label.setText(self.tr("Who this is:"))
        self.fp_label.setText(self.tr("Fingerprint:"))
        self.accept_anyway.setText(self.tr("I know who gave me this bundle; receive it anyway"))
        self.review_note.setText(
            self.tr("Nothing has changed yet. Receive adds everything at once, or nothing.")
        )
        self.bar.setAccessibleName(self.tr("Progress"))
        self.check_button.setText(self.tr("&Check the bundle"))
        self.receive_button.setText(self.tr("&Receive"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self.conflicts_button.setText(self.tr("Choose &versions…"))
        self._show_review()
        self._heading()


def _pick_bundle(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ReceiveWizard", "Choose a bundle"),
        "",
        QCoreApplication.translate(
            "ReceiveWizard",
            "Letapis bundles (*.letapis-bundle *.letapis-bundle.001);;All files (*)",
        ),
    )
    return str(path)
