"""A PNG of every screen in every language, for people to look at (no pixel asserts).

Written to tests/_artifacts/screens/<language>/<nn>_<screen>.png from the demo collection.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from archive_app.errors import VaultInUse
from archive_app.gui import labels, theme

from .conftest import FAST_KDF

OUT = Path(__file__).resolve().parents[1] / "_artifacts" / "screens"
LOCK_TEXT = {"en": "&Lock", "be": "&Замкнуць", "ru": "&Запереть"}


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory) -> tuple[Path, str]:
    demo = pytest.importorskip("archive_app.demo")
    path = tmp_path_factory.mktemp("demo") / "Demo.letapis"
    return demo.build_demo_vault(path, kdf=FAST_KDF)


def _shot(qtbot, widget: QWidget, lang: str, name: str) -> Path:
    qtbot.waitExposed(widget)
    # Lay out what changed since the last event-loop turn (a grab does not wait for it).
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    path = OUT / lang / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path))
    return path


def _has_ink(widget: QWidget) -> bool:
    """True once something dark (text) is drawn in ``widget``."""
    image = widget.grab().toImage()
    step = 7
    return any(
        image.pixelColor(x, y).lightness() < 90
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
def test_every_screen(qtbot, window, demo_vault, tmp_path, lang, unlock) -> None:
    path, passphrase = demo_vault
    window.resize(1280, 800)
    window.set_language(lang, save=False)
    qtbot.waitUntil(lambda: window.act_lock.text() == LOCK_TEXT[lang])
    # before a vault is open
    window.show_welcome()
    _shot(qtbot, window, lang, "01_welcome")
    window.show_create()
    page = window.create_page
    page.folder.setText(str(tmp_path))
    page.name.setText("Archive")
    page.passphrase.setText("river lamp orchard meadow")
    page.repeat.setText("river lamp orchard meadow")
    _shot(qtbot, window, lang, "02_create")
    page.repeat.setText("river lamp")
    page.create_button.click()
    _shot(qtbot, window, lang, "03_create_error")
    window.recovery_page.show_key("7K2M-QX4P-9HRT-C3VW-PLMN-4TYZ-88RE-KD2W-XQ7A")
    window.stack.setCurrentWidget(window.recovery_page)
    _shot(qtbot, window, lang, "04_recovery_key")
    window.show_unlock(path, passphrase)
    window.unlock_page.field.setText("wrong guess")
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: bool(window.unlock_page.error.text()), timeout=10000)
    _shot(qtbot, window, lang, "05_unlock_error")
    # the open vault
    unlock(window, path, passphrase)
    view = window.vault_view
    _shot(qtbot, window, lang, "06_main_all")
    view.search_box.setText("Лукашенко")
    qtbot.waitUntil(lambda: view.page is not None and view.page.query == "Лукашенко", timeout=10000)
    with qtbot.waitSignal(view.document_shown, timeout=10000):
        view.results.setCurrentIndex(view.model.index(0))
    _shot(qtbot, window, lang, "07_main_search_reader")
    view.tabs.setCurrentWidget(view.details)
    _shot(qtbot, window, lang, "08_main_details")
    # attachments: an image and a PDF, previewed from memory
    for kind, mime_prefix in (("image", "image/"), ("pdf", "application/pdf")):
        view.search_box.clear()
        with qtbot.waitSignal(view.results_shown, timeout=10000):
            view.set_filters(view.filters.__class__())
        found = False
        for row in range(view.model.rowCount()):
            with qtbot.waitSignal(view.document_shown, timeout=10000):
                view.results.setCurrentIndex(view.model.index(row))
            qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
            atts = [
                a for a in view.doc.attachments if a.mime.startswith(mime_prefix) and a.size > 2000
            ]
            if atts:
                found = True
                break
        if not found:
            continue
        view.tabs.setCurrentWidget(view.attachments)
        with qtbot.waitSignal(view.attachments.preview_shown, timeout=10000):
            view.attachments.preview(atts[0].id)
        assert view.attachments.stack.currentWidget() is not view.attachments.message
        if kind == "pdf":
            pane = view.attachments
            assert pane._pdf_doc.pageCount() > 0
            # QPdfView renders pages in the background: wait until text is drawn.
            pdf_view = pane._pdf_view
            qtbot.waitUntil(lambda: _has_ink(pdf_view.viewport()), timeout=10000)  # noqa: B023
        _shot(qtbot, window, lang, f"09_attachment_{kind}")
    view.tabs.setCurrentWidget(view.reader)
    # dialogs
    dialog = window.edit_document(view.doc)
    _shot(qtbot, dialog, lang, "10_edit")
    dialog.reject()
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "note.txt").write_text(f"Нататка пра Гродна ({lang})", encoding="utf-8")
    (incoming / "broken.pdf").write_bytes(b"%PDF-1.4 broken " + lang.encode())
    imp = window.open_import([incoming])
    imp.tags.setText("2026")
    _shot(qtbot, imp, lang, "11_import")
    with qtbot.waitSignal(imp.imported, timeout=60000):
        imp.start_button.click()
    _shot(qtbot, imp, lang, "12_import_report")
    imp.close_button.click()
    settings = window.open_settings()
    _shot(qtbot, settings, lang, "13_settings")
    settings.reject()
    from archive_app.gui.dialogs import AboutDialog

    about = AboutDialog(window)
    about.open()
    _shot(qtbot, about, lang, "14_about")
    about.reject()
    from archive_app.gui.errors import plain_message

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(plain_message(VaultInUse("x")))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    labels.translate_buttons(box)
    box.open()
    _shot(qtbot, box, lang, "15_error")
    box.reject()
    from archive_app.exchange.errors import BundleRejected

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(plain_message(BundleRejected("unknown-signer", "signed by a stranger")))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    labels.translate_buttons(box)
    box.open()
    _shot(qtbot, box, lang, "15b_bundle_refused")
    box.reject()
    spellings = window.open_variants("Ціханоўская")
    qtbot.waitSignal(spellings.loaded, timeout=10000).wait()
    if not spellings.groups:
        spellings.new_group.setText("Зміцер, Змитер, Dzmitry")
        with qtbot.waitSignal(spellings.loaded, timeout=10000):
            spellings.add_button.click()
        spellings.new_group.setText("Ціханоўская, ")
    _shot(qtbot, spellings, lang, "18_name_spellings")
    spellings.done(0)
    theme.apply_theme("dark")
    try:
        _shot(qtbot, window, lang, "16_main_dark")
    finally:
        theme.apply_theme("light")
    window.lock()
    _shot(qtbot, window, lang, "17_locked")
