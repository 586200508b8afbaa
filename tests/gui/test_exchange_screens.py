"""A PNG of every step of every exchange dialog in every language, for people to look at.

Written to tests/_artifacts/screens/<language>/exchange_<nn>_<step>.png (no pixel asserts;
the steps themselves are asserted in test_exchange_flows.py). Two coordinators: Ala's vault
(A) sends to Bahdan's (B); Cyprian (C) is someone B never met.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from archive_app.archive import Archive

from .conftest import PASSPHRASE
from .exchange_setup import DOCS, edit_title, export, make_vault, receive, titles
from .test_window import _visible_texts

OUT = Path(__file__).resolve().parents[1] / "_artifacts" / "screens"
LOCK_TEXT = {"en": "&Lock", "be": "&Замкнуць", "ru": "&Запереть"}


def _english_sources() -> set[str]:
    """Every source string of the exchange dialogs (what must not show in be or ru)."""
    import xml.etree.ElementTree as ET

    from archive_app.gui.i18n import TRANSLATIONS_DIR

    ours = {"IdentityDialog", "KeyWarningDialog", "ContactsDialog", "VerifyDialog"}
    ours |= {"ExportWizard", "WhatPage", "WherePage", "ReceiveWizard", "ConflictsDialog"}
    ours |= {"ExchangeMenu", "Exchange"}
    root = ET.parse(TRANSLATIONS_DIR / "letapis_en.ts").getroot()
    return {
        m.findtext("source") or ""
        for ctx in root.iter("context")
        if ctx.findtext("name") in ours
        for m in ctx.iter("message")
    }


SOURCES = _english_sources()


def _shot(qtbot, widget: QWidget, lang: str, name: str) -> Path:  # type: ignore[no-untyped-def]
    if lang != "en":  # nothing of ours left in English on this step
        left = _visible_texts(widget) & SOURCES
        assert not left, f"untranslated in {lang} on {name}: {sorted(left)}"
    qtbot.waitExposed(widget)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    path = OUT / lang / f"exchange_{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(path))
    return path


def _hold_runner(window) -> threading.Event:  # type: ignore[no-untyped-def]
    """Queue a task that waits, so the next step's progress page can be photographed."""
    gate = threading.Event()
    window.runner.run_task(lambda _ctx: gate.wait(10))
    return gate


def _prepare(tmp: Path) -> dict[str, Path]:
    a = make_vault(tmp, "Minsk", "Ala (Minsk)", DOCS)
    b = make_vault(tmp, "Vilnius", "Bahdan (Vilnius)", None)
    c = make_vault(
        tmp, "Warsaw", "Cyprian (Warsaw)", {"note.txt": "Notatka z Warszawy: spotkanie w piątek.\n"}
    )
    usb = tmp / "usb"
    usb.mkdir()
    with (
        Archive.open(a, PASSPHRASE) as va,
        Archive.open(b, PASSPHRASE) as vb,
        Archive.open(c, PASSPHRASE) as vc,
    ):
        va.add_contact(vb.identity().card(), verified=True)
        vb.add_contact(va.identity().card(), verified=True)
        vc.add_contact(vb.identity().card(), verified=True)
        vc.identity().card().write(usb / "cyprian.letapis-card")
    (first,) = export(a, usb / "first", "Bahdan (Vilnius)")
    receive(b, first)
    doc_id = next(i for i, t in titles(a).items() if "Letter" in t)
    edit_title(a, doc_id, "Letter from Hrodna (Ala's edit)")
    edit_title(b, doc_id, "Letter from Hrodna (Bahdan's edit)")
    (second,) = export(a, usb / "second", "Bahdan (Vilnius)", scope="since-last")
    (from_c,) = export(c, usb / "from-cyprian", "Bahdan (Vilnius)")
    tampered = usb / "tampered.letapis-bundle"
    shutil.copyfile(second, tampered)
    data = bytearray(tampered.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    return {"a": a, "b": b, "usb": usb, "second": second, "from_c": from_c, "tampered": tampered}


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
def test_every_exchange_step(qtbot, window, tmp_path: Path, lang: str, unlock) -> None:
    files = _prepare(tmp_path)
    usb = files["usb"]
    window.resize(1280, 800)
    window.set_language(lang, save=False)
    qtbot.waitUntil(lambda: window.act_lock.text() == LOCK_TEXT[lang])
    unlock(window, files["a"])
    ex = window.exchange
    # identity
    identity = ex.open_identity()
    qtbot.waitUntil(lambda: identity.view is not None, timeout=10000)
    _shot(qtbot, identity, lang, "01_identity")
    warning = identity.ask_export_age_key()
    _shot(qtbot, warning, lang, "02_secret_key_warning")
    warning.reject()
    identity.close_button.click()
    # contacts: add Cyprian's card, compare later
    contacts = ex.open_contacts()
    qtbot.waitUntil(lambda: len(contacts.rows) == 1, timeout=10000)
    with qtbot.waitSignal(contacts.verify_shown, timeout=10000) as shown:
        contacts.add_card_file(usb / "cyprian.letapis-card")
    verify = shown.args[0]
    _shot(qtbot, verify, lang, "03_contact_compare_fingerprints")
    with qtbot.waitSignal(contacts.loaded, timeout=10000):
        verify.later.click()
    contacts.select(contacts.rows[1].id)
    _shot(qtbot, contacts, lang, "04_contacts")
    box = contacts.remove_selected()
    _shot(qtbot, box, lang, "05_contact_remove_confirm")
    box.reject()
    contacts.close_button.click()
    # send
    wizard = ex.open_export()
    _shot(qtbot, wizard, lang, "06_send_what")
    with qtbot.waitSignal(wizard.contacts_loaded, timeout=10000):
        wizard.next_button.click()
    for row in wizard.contacts:
        wizard.set_recipient(row.id)
    wizard.redact.setChecked(True)
    _shot(qtbot, wizard, lang, "07_send_to_whom")
    wizard.next_button.click()
    wizard.folder.setText(str(usb))
    wizard.file_name.setText(f"weekly-{lang}")
    _shot(qtbot, wizard, lang, "08_send_where")
    gate = _hold_runner(window)
    wizard.export_button.click()
    _shot(qtbot, wizard, lang, "09_send_progress")
    with qtbot.waitSignal(wizard.exported, timeout=30000):
        gate.set()
    _shot(qtbot, wizard, lang, "10_send_done")
    wizard.close_button.click()
    window.lock()
    # receive at Bahdan's
    unlock(window, files["b"])
    receiving = ex.open_receive(files["second"])
    _shot(qtbot, receiving, lang, "11_receive_choose")
    gate = _hold_runner(window)
    receiving.check_button.click()
    _shot(qtbot, receiving, lang, "12_receive_checking")
    with qtbot.waitSignal(receiving.checked, timeout=30000):
        gate.set()
    _shot(qtbot, receiving, lang, "13_receive_review")
    with qtbot.waitSignal(receiving.received, timeout=30000):
        receiving.receive_button.click()
    _shot(qtbot, receiving, lang, "14_receive_report")
    receiving.close_button.click()
    refused = ex.open_receive(files["tampered"])
    with qtbot.waitSignal(refused.refused, timeout=30000):
        refused.check_button.click()
    _shot(qtbot, refused, lang, "15_receive_refused_tampered")
    refused.close_button.click()
    unknown = ex.open_receive(files["from_c"])
    with qtbot.waitSignal(unknown.checked, timeout=30000):
        unknown.check_button.click()
    _shot(qtbot, unknown, lang, "16_receive_unknown_signer")
    unknown.reject()
    # conflicts
    conflicts = ex.open_conflicts()
    qtbot.waitUntil(lambda: len(conflicts.items) == 1, timeout=10000)
    _shot(qtbot, conflicts, lang, "17_conflicts")
    with qtbot.waitSignal(conflicts.resolved, timeout=10000):
        conflicts.keep_theirs.click()
    qtbot.waitUntil(lambda: conflicts.items == [], timeout=10000)
    _shot(qtbot, conflicts, lang, "18_conflicts_settled")
    conflicts.close_button.click()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    window.menuBar().setActiveAction(ex.menu.menuAction())
    _shot(qtbot, window, lang, "19_window")
    _shot(qtbot, ex.menu, lang, "20_menu")
    ex.menu.hide()
    window.lock()
    assert ex.dialogs == {}
