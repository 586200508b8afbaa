"""The window against real vaults: create → import → search → read → edit → lock → unlock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from archive_app.archive import Archive

from .conftest import FAST_KDF, PASSPHRASE


def _wait_doc(qtbot, window, row: int = 0) -> None:
    view = window.vault_view
    with qtbot.waitSignal(view.document_shown, timeout=10000):
        view.results.setCurrentIndex(view.model.index(row))


def test_create_import_search_read_edit_lock_unlock(
    qtbot, window, tmp_path: Path, sample_files: Path, unlock
) -> None:
    # create
    window.welcome.create_button.click()
    page = window.create_page
    assert window.stack.currentWidget() is page
    page.folder.setText(str(tmp_path))
    page.name.setText("Flow")
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    page.create_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.recovery_page, timeout=10000)
    key = window.recovery_page.key.text()
    assert key.count("-") >= 4
    assert not window.recovery_page.continue_button.isEnabled()
    window.recovery_page.confirm.setChecked(True)
    with qtbot.waitSignal(window.vault_view.results_shown, timeout=10000):
        window.recovery_page.continue_button.click()
    assert window.recovery_page.key.text() == ""  # shown once
    assert window.windowTitle() == "Flow.letapis — Letapis"
    # import through the dialog, with defaults
    dialog = window.open_import([sample_files])
    assert dialog is not None
    dialog.tags.setText("Hrodna, 2020")
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        dialog.start_button.click()
    report = blocker.args[0]
    assert len(report.added) == 3 and report.ok
    assert "Added: 3" in dialog.summary.text()
    dialog.close_button.click()
    # search: a Russian spelling finds every spelling
    view = window.vault_view
    view.search_box.setText("Лукашенко")  # debounced, live
    qtbot.waitUntil(lambda: view.page is not None and view.page.query == "Лукашенко")
    assert view.model.rowCount() == 3
    assert "3" in view.count.text()
    assert any(item.highlights for item in view.model.items)
    # facets: filter by tag from the indexed facet counts
    tags = view.facet_boxes["tag"]
    assert tags.findData("Hrodna") > 0
    # read: hits highlighted, next/previous
    _wait_doc(qtbot, window, 0)
    reader = view.reader
    assert reader.spans, "the reader marks the hits"
    first = reader.current
    reader.next_hit()
    assert reader.current == (first + 1) % len(reader.spans)
    reader.previous_hit()
    assert reader.current == first
    assert "Custody log" in view.details.toPlainText()
    doc_id = view.doc.id
    # attachments: the original previewed from memory
    view.tabs.setCurrentWidget(view.attachments)
    view.attachments.list.setCurrentRow(0)
    qtbot.waitUntil(
        lambda: view.attachments.stack.currentWidget() is view.attachments.text, timeout=10000
    )
    assert view.attachments.text.toPlainText().strip()
    # edit
    dialog = window.edit_document(view.doc)
    dialog.title.setText("Edited title")
    dialog.type.setCurrentIndex(dialog.type.findData("evidence"))
    dialog.sensitive["source"].setChecked(True)
    with qtbot.waitSignal(view.document_shown, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert view.doc.id == doc_id and view.doc.title == "Edited title"
    assert view.doc.type == "evidence" and "source" in view.doc.sensitive
    view.search_box.setText("Edited")
    qtbot.waitUntil(lambda: view.page is not None and view.page.query == "Edited")
    assert [i.title for i in view.model.items] == ["Edited title"]
    # copy something, then lock with Ctrl+L: views, models and the clipboard are cleared
    QGuiApplication.clipboard().setText("copied from the vault")
    with qtbot.waitSignal(window.locked, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.unlock_page
    assert view.model.rowCount() == 0 and view.doc is None
    assert view.reader.text.toPlainText() == "" and view.details.toPlainText() == ""
    assert view.search_box.text() == ""
    assert QGuiApplication.clipboard().text() == ""
    assert window.session._archive is None
    # the vault is closed: another program can open it now
    Archive.open(tmp_path / "Flow.letapis", PASSPHRASE).close()
    # unlock again, the edit is there
    unlock(window, tmp_path / "Flow.letapis")
    assert view.model.rowCount() == 3


def test_wrong_passphrase_is_a_plain_message(qtbot, window, vault_with_docs: Path) -> None:
    window.show_unlock(vault_with_docs)
    window.unlock_page.field.setText("not the passphrase")
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: bool(window.unlock_page.error.text()), timeout=10000)
    text = window.unlock_page.error.text()
    assert "Cannot unlock" in text and "Traceback" not in text
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.field.isEnabled()


def test_vault_open_elsewhere(qtbot, window, vault_with_docs: Path) -> None:
    other = Archive.open(vault_with_docs, PASSPHRASE)
    try:
        window.show_unlock(vault_with_docs)
        window.unlock_page.field.setText(PASSPHRASE)
        window.unlock_page.unlock_button.click()
        qtbot.waitUntil(lambda: bool(window.unlock_page.error.text()), timeout=10000)
        assert "already open" in window.unlock_page.error.text()
    finally:
        other.close()


def test_second_window_in_the_same_program(
    qtbot, window, settings, vault_with_docs, unlock
) -> None:
    from archive_app.gui.window import MainWindow

    from .conftest import FAST_KDF

    unlock(window, vault_with_docs)
    second = MainWindow(settings, kdf=FAST_KDF)
    qtbot.addWidget(second)
    second.show_unlock(vault_with_docs)
    second.unlock_page.field.setText(PASSPHRASE)
    second.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: bool(second.unlock_page.error.text()), timeout=10000)
    assert "already open" in second.unlock_page.error.text()
    second.close()


def test_import_with_failures_reports_reasons(
    qtbot, window, vault_with_docs, tmp_path, unlock
) -> None:
    unlock(window, vault_with_docs)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (bad / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    (bad / "fine.txt").write_text("Нататка пра Гродна", encoding="utf-8")
    dialog = window.open_import([bad])
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        dialog.start_button.click()
    report = blocker.args[0]
    assert not report.ok
    details = dialog.details.toPlainText()
    assert "broken.pdf" in details and "broken.docx" in details
    assert "Kept without text: 2" in dialog.summary.text() or "Could not be imported" in details


def test_cancel_import(qtbot, window, vault_with_docs, tmp_path, unlock) -> None:
    unlock(window, vault_with_docs)
    many = tmp_path / "many"
    many.mkdir()
    for i in range(200):
        (many / f"n{i}.txt").write_text(f"note {i} " * 50, encoding="utf-8")
    dialog = window.open_import([many])
    with qtbot.waitSignal(dialog.imported, timeout=60000) as blocker:
        dialog.start_button.click()
        qtbot.waitUntil(lambda: dialog.bar.maximum() > 0, timeout=20000)
        dialog.cancel_button.click()
    assert blocker.args[0].cancelled
    assert "Cancelled" in dialog.summary.text()


def test_auto_lock_on_idle(qtbot, window, vault_with_docs, settings, unlock) -> None:
    unlock(window, vault_with_docs)
    settings.set("auto_lock_minutes", 1)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    window.idle.last_input -= 61  # a minute of no input (monotonic clock)
    with qtbot.waitSignal(window.locked, timeout=10000):
        window.check_idle()
    assert window.stack.currentWidget() is window.unlock_page
    assert window.vault_view.model.rowCount() == 0


def test_auto_lock_waits_for_work_on_either_lane(
    qtbot, window, vault_with_docs, settings, unlock
) -> None:
    import threading

    from archive_app.gui.tasks import READ, WRITE

    unlock(window, vault_with_docs)
    settings.set("auto_lock_minutes", 1)
    for lane in (WRITE, READ):
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
        gate = threading.Event()
        window.runner.run_task(lambda _ctx: gate.wait(10), lane=lane)  # noqa: B023
        window.idle.last_input -= 120  # two minutes without a key pressed, mid-task
        window.check_idle()
        assert window.session.is_open, lane
        assert window.idle.idle_seconds() < 5, lane  # the work counted as activity
        with qtbot.waitSignal(window.runner.task_finished, timeout=10000):
            gate.set()
        window.check_idle()  # just finished: a whole idle period is still ahead
        assert window.session.is_open, lane
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    window.idle.last_input -= 61
    with qtbot.waitSignal(window.locked, timeout=10000):
        window.check_idle()
    assert window.stack.currentWidget() is window.unlock_page


def test_language_switch(qtbot, window, vault_with_docs, unlock) -> None:
    unlock(window, vault_with_docs)
    view = window.vault_view
    assert window.act_lock.text() == "&Lock"
    window.set_language("be")  # LanguageChange events are posted: wait for them
    qtbot.waitUntil(lambda: window.act_lock.text() == "&Замкнуць")
    qtbot.waitUntil(lambda: "дакумент" in view.count.text())
    assert view.exact.text() == "&Дакладна"
    assert view.facet_boxes["type"].itemText(0) == "Любы від"
    assert window.menu_vault.title() == "&Сховішча"
    window.set_language("ru")
    qtbot.waitUntil(lambda: window.act_lock.text() == "&Запереть")
    qtbot.waitUntil(lambda: view.count.text() == "3 документа")
    window.set_language("en")
    qtbot.waitUntil(lambda: window.act_lock.text() == "&Lock")
    assert view.count.text() == "3 documents"
    assert window.settings.language == "en"


def test_settings_hold_no_content(qtbot, window, vault_with_docs, settings, unlock) -> None:
    unlock(window, vault_with_docs)
    window.lock()
    keys = settings.all_keys()
    assert not any("recent" in k for k in keys), "recent vaults only when opted in"
    settings.set("remember_recent", True)
    settings.add_recent(vault_with_docs)
    assert settings.recent_vaults() == [vault_with_docs]
    settings.set("remember_recent", False)
    assert settings.recent_vaults() == [] and not any("recent/" in k for k in settings.all_keys())


def test_error_dialog_has_no_traceback(qtbot) -> None:
    from archive_app.errors import CorruptData
    from archive_app.gui.errors import crash_text, plain_message

    text = plain_message(CorruptData("secret title.pdf: damaged"))
    assert "secret title" not in text and "Traceback" not in text
    assert "KeyError" in crash_text(KeyError) and "Traceback" not in crash_text(KeyError)
    assert "Traceback" not in plain_message(RuntimeError("document text here"))
    assert "document text" not in plain_message(RuntimeError("document text here"))


def test_cli_stays_qt_free() -> None:
    code = (
        "import sys, archive_app.cli.main, archive_app.cli.gui_cmds; "
        "assert 'PySide6' not in sys.modules, 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_gui_command_is_registered() -> None:
    from click.testing import CliRunner

    from archive_app.cli.main import cli

    for name in ("gui", "demo"):
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Example" in result.output


def test_keyboard_only_unlock(qtbot, window, vault_with_docs) -> None:
    window.show_unlock(vault_with_docs)
    assert QApplication.focusWidget() in (window.unlock_page.field, None)
    window.unlock_page.field.setFocus()
    qtbot.keyClicks(window.unlock_page.field, PASSPHRASE)
    with qtbot.waitSignal(window.vault_view.results_shown, timeout=20000):
        qtbot.keyClick(window.unlock_page.field, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.vault_view


def test_folder_without_a_vault(qtbot, window, tmp_path) -> None:
    window.show_unlock(tmp_path)
    window.unlock_page.field.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: bool(window.unlock_page.error.text()), timeout=10000)
    assert ".letapis" in window.unlock_page.error.text()


def test_check_the_vault_and_escape_clears_search(qtbot, window, vault_with_docs, unlock) -> None:
    from PySide6.QtWidgets import QMessageBox

    unlock(window, vault_with_docs)
    window.act_check.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=10000)
    box = window.findChildren(QMessageBox)[-1]
    assert "in order" in box.text() and "3 documents" in box.text()
    box.done(0)
    view = window.vault_view
    view.search_box.setFocus()
    qtbot.keyClicks(view.search_box, "Hrodna")
    qtbot.keyClick(view.search_box, Qt.Key.Key_Escape)
    assert view.search_box.text() == ""


def _visible_texts(widget) -> set[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabWidget,
        QWidget,
    )

    texts: set[str] = set()
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            texts.add(w.text())
        if isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        if isinstance(w, QComboBox):
            texts.update(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QTabWidget):
            texts.update(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QGroupBox):
            texts.add(w.title())
        texts.add(w.toolTip())
        texts.add(w.accessibleName())
    for action in widget.findChildren(__import__("PySide6.QtGui").QtGui.QAction):
        texts.update((action.text(), action.toolTip()))
    return {t for t in texts if t}


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_no_english_left(qtbot, window, vault_with_docs, unlock, lang) -> None:
    """Every string of ours shown in the window is translated (sources read from the .ts)."""
    import xml.etree.ElementTree as ET

    from archive_app.gui.dialogs import AboutDialog, EditDialog, SettingsDialog
    from archive_app.gui.i18n import TRANSLATIONS_DIR
    from archive_app.gui.import_dialog import ImportDialog

    sources = {
        m.findtext("source") for m in ET.parse(TRANSLATIONS_DIR / "letapis_en.ts").iter("message")
    }
    sources -= {"English"}  # the language menus name each language in itself
    unlock(window, vault_with_docs)
    view = window.vault_view
    with qtbot.waitSignal(view.document_shown, timeout=10000):
        view.results.setCurrentIndex(view.model.index(0))
    window.set_language(lang)
    qtbot.waitUntil(lambda: window.act_lock.text() != "&Lock")
    qtbot.waitUntil(
        lambda: view.doc is not None and "Custody log" not in view.details.toPlainText()
    )
    widgets = [
        window,
        SettingsDialog(window.settings, window),
        AboutDialog(window),
        ImportDialog(lambda *a: None, [], window),
        EditDialog(view.doc, [], window),
    ]
    left = set()
    for w in widgets:
        left |= _visible_texts(w) & sources
    assert not left, f"untranslated in {lang}: {sorted(left)}"
    window.set_language("en")


def test_long_result_list_shows_at_once_and_snippets_follow(
    qtbot, window, tmp_path: Path, unlock
) -> None:
    from archive_app.gui import search_adapter
    from archive_app.gui.models import ItemRole

    folder = tmp_path / "statements"
    folder.mkdir()
    count = search_adapter.SNIPPETS_AT_ONCE + 12
    for i in range(count):
        (folder / f"s{i:02}.txt").write_text(
            f"Заява {i}. Пра выбары нічога. " * 12 + f"Лукашэнка і суд у Гродне, сведка {i}.",
            encoding="utf-8",
        )
    path = tmp_path / "Many.letapis"
    archive, _ = Archive.create(path, PASSPHRASE, kdf=FAST_KDF)
    archive.add_paths([folder], workers=1)
    page = search_adapter.search(archive, "Lukashenko")
    assert sum(1 for item in page.items if item.snippet) == search_adapter.SNIPPETS_AT_ONCE
    # A newer search waiting on the lane stops the older list's snippets.
    assert search_adapter.later_snippets(archive, page.items, lambda: True) == []
    later = search_adapter.later_snippets(archive, page.items)
    assert len(later) == count - search_adapter.SNIPPETS_AT_ONCE
    archive.close()
    unlock(window, path)
    view = window.vault_view
    with qtbot.waitSignal(view.snippets_shown, timeout=20000):
        view.search_box.setText("Lukashenko")
        view._search_now()
    assert view.page.total == count
    items = [view.model.index(row).data(ItemRole) for row in range(view.model.rowCount())]
    assert len(items) == count
    # Every row, the first ones and those that came later, shows its hit marked.
    for item in items:
        assert item.snippet and item.highlights, item.id
        a, b = item.highlights[0]
        assert item.snippet[a:b] == "Лукашэнка"
