"""The Exchange menu of the window: identity, contacts, send, receive, conflicts.

Owns the exchange dialogs (one of each at a time), routes dropped card and bundle files to
them, and closes and clears them all when the vault is locked. The window only creates it,
enables it while a vault is open, and calls :meth:`ExchangeMenu.close_all` on lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from archive_app.gui.exchange_common import BUNDLE_SUFFIX, CARD_SUFFIX
from archive_app.gui.exchange_conflicts import ConflictsDialog
from archive_app.gui.exchange_contacts import ContactsDialog
from archive_app.gui.exchange_export import ExportContext, ExportWizard
from archive_app.gui.exchange_identity import IdentityDialog
from archive_app.gui.exchange_receive import ReceiveWizard


def is_card(path: Path) -> bool:
    return path.name.lower().endswith(CARD_SUFFIX)


def is_bundle(path: Path) -> bool:
    """``NAME.letapis-bundle`` or one of its volumes ``NAME.letapis-bundle.001`` …"""
    name = path.name.lower()
    if name.endswith(BUNDLE_SUFFIX):
        return True
    stem, _, number = name.rpartition(".")
    return stem.endswith(BUNDLE_SUFFIX) and number.isdigit()


class ExchangeMenu(QObject):
    """Actions, the menu, and the open exchange dialogs of one window."""

    #: A dialog changed the vault's documents (received, resolved): the view refreshes.
    documents_changed = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs: dict[str, Any] = {}
        self.act_identity = QAction(window)
        self.act_contacts = QAction(window)
        self.act_send = QAction(window)
        self.act_receive = QAction(window)
        self.act_conflicts = QAction(window)
        self.act_identity.triggered.connect(lambda: self.open_identity())
        self.act_contacts.triggered.connect(lambda: self.open_contacts())
        self.act_send.triggered.connect(lambda: self.open_export())
        self.act_receive.triggered.connect(lambda: self.open_receive())
        self.act_conflicts.triggered.connect(lambda: self.open_conflicts())
        bar = window.menuBar()
        self.menu = bar.addMenu("")
        help_menu = getattr(window, "menu_help", None)
        if help_menu is not None:  # Exchange sits before Help
            bar.insertMenu(help_menu.menuAction(), self.menu)
        for act in (self.act_identity, self.act_contacts):
            self.menu.addAction(act)
        self.menu.addSeparator()
        for act in (self.act_send, self.act_receive, self.act_conflicts):
            self.menu.addAction(act)
        self.documents_changed.connect(self._refresh_view)
        self.set_enabled(False)
        self.retranslate()

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (
            self.act_identity,
            self.act_contacts,
            self.act_send,
            self.act_receive,
            self.act_conflicts,
        )

    def set_enabled(self, on: bool) -> None:
        for act in self.actions:
            act.setEnabled(on)

    # --- dialogs ---------------------------------------------------------------------------

    def _show(self, key: str, make: Any) -> Any:
        if not self.window.session.is_open:
            return None
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = make()
            dialog.finished.connect(lambda _r, k=key, d=dialog: self._forget(k, d))
            self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget(self, key: str, dialog: Any) -> None:
        if self.dialogs.get(key) is dialog:
            del self.dialogs[key]
        dialog.deleteLater()

    def open_identity(self) -> IdentityDialog | None:
        return self._show("identity", lambda: IdentityDialog(self.window.session, self.window))  # type: ignore[no-any-return]

    def open_contacts(self) -> ContactsDialog | None:
        return self._show("contacts", lambda: ContactsDialog(self.window.session, self.window))  # type: ignore[no-any-return]

    def open_export(self) -> ExportWizard | None:
        def make() -> ExportWizard:
            wizard = ExportWizard(self.window.session, self.export_context(), self.window)
            return wizard

        return self._show("export", make)  # type: ignore[no-any-return]

    def open_receive(self, path: Path | None = None) -> ReceiveWizard | None:
        def make() -> ReceiveWizard:
            wizard = ReceiveWizard(self.window.session, self.window)
            wizard.received.connect(lambda _r: self.documents_changed.emit())
            wizard.conflicts_requested.connect(self.open_conflicts)
            return wizard

        wizard: ReceiveWizard | None = self._show("receive", make)
        if wizard is not None and path is not None and wizard.pages.currentIndex() == 0:
            wizard.set_bundle(path)
        return wizard

    def open_conflicts(self) -> ConflictsDialog | None:
        def make() -> ConflictsDialog:
            dialog = ConflictsDialog(self.window.session, self.window)
            dialog.resolved.connect(lambda _c: self.documents_changed.emit())
            return dialog

        return self._show("conflicts", make)  # type: ignore[no-any-return]

    def export_context(self) -> ExportContext:
        """What the window shows now: the search, its results, the open document."""
        view = self.window.vault_view
        page = view.page
        items = list(getattr(view.model, "items", []) or [])
        return ExportContext(
            query=page.query if page is not None else view.search_box.text(),
            filters=view.filters,
            results=[(item.id, item.title) for item in items],
            current=view.doc.id if view.doc is not None else None,
            collections=list(view.collections),
        )

    def _refresh_view(self) -> None:
        if self.window.session.is_open:
            self.window.vault_view.refresh()

    # --- drops and lock --------------------------------------------------------------------

    def route_drop(self, paths: list[Path]) -> None:
        """Cards go to Contacts, bundles to Receive; everything else to the import dialog."""
        rest = []
        for path in paths:
            if is_card(path):
                contacts = self.open_contacts()
                if contacts is not None:
                    contacts.add_card_file(path)
            elif is_bundle(path):
                self.open_receive(path)
            else:
                rest.append(path)
        if rest:
            self.window.open_import(rest)

    def close_all(self) -> None:
        """On lock: clear and close every exchange dialog (no name, fingerprint or text stays)."""
        for key, dialog in list(self.dialogs.items()):
            task = getattr(dialog, "_task", None)
            if task is not None:
                task.cancel()
            for child in dialog.findChildren(QDialog):  # a verify step, a warning, a question
                child.done(0)
            clear = getattr(dialog, "clear", None)
            if clear is not None:
                clear()
            dialog.done(0)
            self.dialogs.pop(key, None)

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("E&xchange"))
        self.act_identity.setText(self.tr("Your &identity…"))
        self.act_identity.setToolTip(self.tr("Your name, fingerprint, QR code and card"))
        self.act_contacts.setText(self.tr("&Contacts…"))
        self.act_send.setText(self.tr("&Send a bundle…"))
        self.act_send.setToolTip(
            self.tr("Write an encrypted bundle for contacts, e.g. to a USB stick")
        )
        self.act_receive.setText(self.tr("&Receive a bundle…"))
        self.act_conflicts.setText(self.tr("C&onflicts…"))
