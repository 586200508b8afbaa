"""The Letapis window: one stack of screens, the menus, locking (Ctrl+L and on idle)."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget

from archive_app.errors import NotFound
from archive_app.gui import labels, messages, theme
from archive_app.gui.dialogs import AboutDialog, EditDialog, SettingsDialog
from archive_app.gui.errors import plain_message, show_error
from archive_app.gui.exchange_menu import ExchangeMenu
from archive_app.gui.i18n import LanguageManager
from archive_app.gui.import_dialog import ImportDialog
from archive_app.gui.screens import CreatePage, RecoveryKeyPage, UnlockPage, WelcomePage
from archive_app.gui.session import Session
from archive_app.gui.settings import Settings
from archive_app.gui.tasks import TaskRunner
from archive_app.gui.variants_dialog import VariantsDialog
from archive_app.gui.vault_view import VaultView
from archive_app.gui.widgets import Retranslating

_USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


#: While importing, the index catches up this often, so that searches (on the read lane)
#: find the first documents before the import ends.
INDEX_EVERY_SECONDS = 3.0


def import_workers() -> int:
    """Extraction processes for an import: every core but one, which stays with the window."""
    return max(1, (os.cpu_count() or 2) - 1)


class IdleWatcher(QObject):
    """Notes the time of the last user input (time.monotonic) across the application."""

    def __init__(self) -> None:
        super().__init__()
        self.last_input = time.monotonic()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _USER_INPUT:
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input

    def note_activity(self) -> None:
        self.last_input = time.monotonic()


class MainWindow(Retranslating, QMainWindow):
    """Welcome → create/unlock → the vault view; lock returns to unlock."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        runner: TaskRunner | None = None,
        kdf: Any = None,
        languages: LanguageManager | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.languages = languages or LanguageManager()
        self.runner = runner or TaskRunner(self)
        self.session = Session(self.runner, kdf=kdf)
        self.demo_passphrase: str | None = None
        self._import_dialog: ImportDialog | None = None
        self._copied_digest: bytes | None = None
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(self.settings.recent_vaults())
        self.create_page = CreatePage()
        self.recovery_page = RecoveryKeyPage()
        self.unlock_page = UnlockPage()
        self.vault_view = VaultView(self.session)
        for page in (
            self.welcome,
            self.create_page,
            self.recovery_page,
            self.unlock_page,
            self.vault_view,
        ):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self._make_actions()
        self.exchange = ExchangeMenu(self)
        self._wire()
        self.idle = IdleWatcher()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(5000)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        self.resize(1200, 760)
        self.welcome.set_language(self.languages.current)
        self.retranslate()
        self.show_welcome()

    # --- construction --------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.act_import = QAction(self)
        self.act_import.setShortcut(QKeySequence("Ctrl+I"))
        self.act_import.triggered.connect(lambda: self.open_import())
        self.act_lock = QAction(self)
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_lock.triggered.connect(self.lock)
        self.act_check = QAction(self)
        self.act_check.triggered.connect(self.check_vault)
        self.act_find = QAction(self)
        self.act_find.setShortcut(QKeySequence.StandardKey.Find)
        self.act_find.triggered.connect(lambda: self.vault_view.search_box.setFocus())
        self.act_edit = QAction(self)
        self.act_edit.setShortcut(QKeySequence("Ctrl+E"))
        self.act_edit.triggered.connect(
            lambda: self.vault_view.doc and self.edit_document(self.vault_view.doc)
        )
        self.act_variants = QAction(self)
        self.act_variants.triggered.connect(lambda: self.open_variants())
        self.act_settings = QAction(self)
        self.act_settings.setShortcut(QKeySequence.StandardKey.Preferences)
        self.act_settings.triggered.connect(self.open_settings)
        self.act_about = QAction(self)
        self.act_about.triggered.connect(lambda: AboutDialog(self).open())
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        bar = self.menuBar()
        self.menu_vault = bar.addMenu("")
        for act in (self.act_import, self.act_check, self.act_lock):
            self.menu_vault.addAction(act)
        self.menu_vault.addSeparator()
        self.menu_vault.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addAction(self.act_find)
        self.menu_edit.addAction(self.act_edit)
        self.menu_edit.addAction(self.act_variants)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_settings)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.act_import, self.act_edit, self.act_lock):
            self.toolbar.addAction(act)
        self.addAction(self.act_lock)

    def _wire(self) -> None:
        self.welcome.create_requested.connect(self.show_create)
        self.welcome.open_requested.connect(self.show_unlock)
        self.welcome.language_chosen.connect(self.set_language)
        self.create_page.back_requested.connect(self.show_welcome)
        self.create_page.create_requested.connect(self.create_vault)
        self.recovery_page.done.connect(self._enter_vault)
        self.unlock_page.back_requested.connect(self.show_welcome)
        self.unlock_page.unlock_requested.connect(self.unlock)
        self.vault_view.files_dropped.connect(self.exchange.route_drop)  # cards, bundles, files
        self.vault_view.edit_requested.connect(self.edit_document)
        self.vault_view.spelling_requested.connect(lambda word: self.open_variants(word))
        self.vault_view.error.connect(self._error)
        self.runner.busy_changed.connect(self._busy)
        self.session.notice_code.connect(self._index_notice)
        self.session.index_ready.connect(self.vault_view.search)

    # --- screens -------------------------------------------------------------------------

    def _vault_actions(self, on: bool) -> None:
        for act in (
            self.act_import,
            self.act_check,
            self.act_lock,
            self.act_find,
            self.act_edit,
            self.act_variants,
        ):
            act.setEnabled(on)
        self.exchange.set_enabled(on)
        self.toolbar.setVisible(on)

    def show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_vaults())
        self.stack.setCurrentWidget(self.welcome)
        self._vault_actions(False)
        self._title()

    def show_create(self) -> None:
        self.create_page.clear()
        self.stack.setCurrentWidget(self.create_page)
        self.create_page.name.setFocus()

    def show_unlock(self, path: Path, demo_passphrase: str | None = None) -> None:
        if demo_passphrase is not None:
            self.demo_passphrase = demo_passphrase
        self.unlock_page.set_vault(
            Path(path), self.demo_passphrase if demo_passphrase or self.demo_passphrase else None
        )
        self.stack.setCurrentWidget(self.unlock_page)
        self._vault_actions(False)
        self._title(Path(path))
        self.unlock_page.field.setFocus()

    def _title(self, path: Path | None = None) -> None:
        # Only the vault folder's name reaches the task bar, never a document title.
        self.setWindowTitle(f"{path.name} — Letapis" if path else "Letapis")

    # --- create / unlock / lock ----------------------------------------------------------

    def create_vault(self, path: Path, passphrase: str) -> None:
        self.create_page.set_busy(True)

        def done(recovery: str) -> None:
            self.create_page.clear()
            self.settings.add_recent(path)
            self.recovery_page.show_key(recovery)
            self.stack.setCurrentWidget(self.recovery_page)
            self.recovery_page.confirm.setFocus()

        self.session.create(
            path, passphrase, done, lambda e: self.create_page.show_error(plain_message(e))
        )

    def unlock(self, secret: str) -> None:
        path = self.unlock_page.vault
        if path is None:
            return
        self.unlock_page.set_busy(True)

        def done(_p: Path) -> None:
            self.unlock_page.field.clear()
            self.settings.add_recent(path)
            self._enter_vault()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFound):
                self.unlock_page.show_error(
                    self.tr(
                        "There is no Letapis vault in this folder. Choose the folder whose "
                        "name ends in .letapis."
                    )
                )
            else:
                self.unlock_page.show_error(plain_message(exc))

        self.session.open(path, secret, done, failed)

    def _enter_vault(self) -> None:
        self.stack.setCurrentWidget(self.vault_view)
        self._vault_actions(True)
        self._title(self.session.path)
        self.vault_view.start()
        self.unlocked.emit()

    def lock(self) -> None:
        """Clear every view and model, close the archive (keys wiped), back to unlock."""
        path = self.session.path
        if path is None:
            return
        if self._import_dialog is not None:
            self._import_dialog.done(0)
            self._import_dialog = None
        for dialog in self.findChildren(EditDialog):
            dialog.done(0)
        for variants in self.findChildren(VariantsDialog):
            variants.done(0)
        self.exchange.close_all()
        self.vault_view.clear()
        self._clear_clipboard()
        self.session.lock(lambda _r: self.locked.emit())
        self.show_unlock(path)

    def check_idle(self) -> None:
        minutes = self.settings.auto_lock_minutes
        if not minutes or not self.session.is_open:
            return
        importing = self._import_dialog is not None and self._import_dialog.report is None
        if importing or self.runner.busy:
            # Long work (an import, a bundle checked, written or received, a rebuild) runs
            # for minutes without a key pressed: work on either lane counts as activity, so
            # the lock comes a whole idle period after it ends, never in the middle of it.
            self.idle.note_activity()
            return
        if self.idle.idle_seconds() >= minutes * 60:
            self.lock()

    # --- clipboard -----------------------------------------------------------------------

    def _clipboard_changed(self) -> None:
        clip = QGuiApplication.clipboard()
        ours = clip.ownsClipboard() or (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        if ours and self.session.is_open:
            self._copied_digest = hashlib.sha256(clip.text().encode()).digest()

    def _clear_clipboard(self) -> None:
        clip = QGuiApplication.clipboard()
        if self._copied_digest is not None and (
            clip.ownsClipboard()
            or hashlib.sha256(clip.text().encode()).digest() == self._copied_digest
        ):
            clip.clear()
        self._copied_digest = None

    # --- work on the vault ---------------------------------------------------------------

    def open_import(self, paths: list[Path] | None = None) -> ImportDialog | None:
        if not self.session.is_open:
            return None
        if self._import_dialog is None:
            dialog = ImportDialog(self._start_import, self.vault_view.collections, self)
            dialog.imported.connect(lambda _r: self.vault_view.refresh())
            dialog.finished.connect(lambda _r: setattr(self, "_import_dialog", None))
            self._import_dialog = dialog
        if paths:
            self._import_dialog.add_paths(list(paths))
        self._import_dialog.show()
        self._import_dialog.raise_()
        return self._import_dialog

    def _start_import(
        self, paths: list[Path], defaults: Any, progress: Any, done: Any, failed: Any
    ) -> Any:
        return self.session.call(
            lambda a, ctx: a.add_paths(
                paths,
                defaults,
                workers=import_workers(),
                progress=ctx.progress,
                cancel=ctx.cancel,
                index_every=INDEX_EVERY_SECONDS,
            ),
            done,
            failed,
            progress=progress,
        )

    def edit_document(self, doc: Any) -> EditDialog:
        dialog = EditDialog(doc, self.vault_view.collections, self)

        def save(result: int) -> None:
            changes = dialog.changes()
            if result and changes:
                self.session.call(
                    lambda a, _c: a.update_document(doc.id, changes),
                    lambda _d: self._after_edit(),
                    self._error,
                )

        dialog.finished.connect(save)
        dialog.open()
        return dialog

    def open_variants(self, word: str = "") -> VariantsDialog | None:
        """The name-spellings dialog (from the menu, or the reader with a selected word)."""
        if not self.session.is_open:
            return None
        dialog = VariantsDialog(self.session, self, word)

        def changed() -> None:
            self.session.variants_changed()
            self.vault_view.search()

        dialog.changed.connect(changed)
        dialog.open()
        return dialog

    def _after_edit(self) -> None:
        self.vault_view.refresh()
        self.vault_view.reload_document()

    def check_vault(self) -> None:
        self.statusBar().showMessage(self.tr("Checking the vault…"))

        def done(report: Any) -> None:
            self.statusBar().clearMessage()
            box = QMessageBox(self)
            if report.ok:
                box.setIcon(QMessageBox.Icon.Information)
                box.setText(
                    self.tr(
                        "The vault is in order: {d} documents, {a} attachments, "
                        "{c} custody events verified."
                    ).format(d=report.documents, a=report.attachments, c=report.custody_events)
                )
            else:
                box.setIcon(QMessageBox.Icon.Warning)
                box.setText(
                    self.tr(
                        "%n problem(s) found. Damaged records cannot be read; "
                        "everything else is safe.",
                        "",
                        len(report.problems),
                    )
                )
                lines = [messages.check_problem(p) for p in report.problems[:12]]
                if len(report.problems) > 12:
                    lines.append("…")
                box.setInformativeText("\n".join(lines))
            box.setWindowTitle(self.tr("Check the vault"))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            labels.translate_buttons(box)
            box.open()

        self.session.call(lambda a, _c: a.check(), done, self._error)

    def _error(self, exc: BaseException) -> None:
        from archive_app.errors import VaultLocked

        if isinstance(exc, VaultLocked) and not self.session.is_open:
            return
        show_error(self, exc)

    @Slot(str, dict)
    def _index_notice(self, code: str, params: dict[str, str]) -> None:
        self.statusBar().showMessage(messages.notice(code, params), 15000)

    def _busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    # --- settings and language -----------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)

        def apply(result: int) -> None:
            if result:
                dialog.save()
                self.set_language(self.settings.language, save=False)
                theme.apply_theme(self.settings.theme)
                if not self.settings.get("remember_recent"):
                    self.welcome.set_recent([])

        dialog.finished.connect(apply)
        dialog.open()
        return dialog

    def set_language(self, code: str, *, save: bool = True) -> None:
        if save:
            self.settings.set("language", code)
        self.languages.apply(code)
        self.welcome.set_language(self.languages.current)

    def retranslate(self) -> None:
        self.act_import.setText(self.tr("&Import…"))
        self.act_import.setToolTip(self.tr("Import files or folders (Ctrl+I)"))
        self.act_lock.setText(self.tr("&Lock"))
        self.act_lock.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.act_check.setText(self.tr("&Check the vault"))
        self.act_find.setText(self.tr("&Search"))
        self.act_edit.setText(self.tr("&Edit details…"))
        self.act_variants.setText(self.tr("&Name spellings…"))
        self.act_variants.setToolTip(self.tr("Tell Letapis which spellings are one name"))
        self.act_settings.setText(self.tr("Se&ttings…"))
        self.act_about.setText(self.tr("&About Letapis"))
        self.act_quit.setText(self.tr("&Quit"))
        self.menu_vault.setTitle(self.tr("&Vault"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.exchange.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.vault_view.clear()
        self._clear_clipboard()
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.session.close_now()
        super().closeEvent(event)
