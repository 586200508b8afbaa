"""Exchange in the window between two real vaults: cards swapped and verified, a bundle
exported to a "USB stick" folder and received, a tampered bundle refused (vault unchanged),
a conflict resolved side by side."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from archive_app.archive import Archive
from archive_app.exchange.card import Card
from archive_app.gui.exchange_common import fingerprint_lines

from .conftest import PASSPHRASE
from .exchange_setup import (
    DOCS,
    edit_title,
    export,
    make_vault,
    new_window,
    receive,
    swap_cards,
    titles,
)


@pytest.fixture
def vaults(tmp_path: Path) -> tuple[Path, Path]:
    a = make_vault(tmp_path, "Minsk", "Ala (Minsk)", DOCS)
    b = make_vault(tmp_path, "Vilnius", "Bahdan (Vilnius)", None)
    return a, b


@pytest.fixture
def window_b(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    win = new_window(qtbot, tmp_path / "settings-b.ini")
    yield win
    if win.isVisible():
        win.close()


def _drop(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """A drop event delivered to ``widget``'s handler (as from a file manager).

    QApplication ignores a synthetic Drop without a drag in progress, so the event goes to
    the widget's own dropEvent, the code a real drop runs.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)
    assert event.isAccepted()


def _card_via_identity(qtbot, window, out: Path) -> str:  # type: ignore[no-untyped-def]
    """Open "Your identity", save the card; return the fingerprint text shown."""
    assert window.exchange.act_identity.isEnabled()
    window.exchange.act_identity.trigger()
    dialog = window.exchange.dialogs["identity"]
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10000)
    assert dialog.qr.pixmap() is not None and not dialog.qr.pixmap().isNull()
    with qtbot.waitSignal(dialog.card_written, timeout=10000):
        dialog.export_card(out)
    shown = dialog.fingerprint.text()
    # renaming changes the card (and says a new card must be handed out)
    old = dialog.view.name
    dialog.name.setText(old + " ")
    dialog.rename()  # unchanged after trimming: nothing to do
    dialog.name.setText("Temporary name")
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.rename()
    assert dialog.view.name == "Temporary name" and "new card" in dialog.status.text()
    assert dialog.fingerprint.text() == shown  # the keys, so the fingerprint, stay the same
    dialog.name.setText(old)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.rename()
    # the secret key: behind a warning that must be ticked, then written for the owner only
    warning = dialog.ask_export_age_key()
    assert not warning.go.isEnabled()
    warning.understand.setChecked(True)
    key = out.with_name(out.stem + "-age-key.txt")
    dialog.pick_save_path = lambda *_args: str(key)  # what the person picks in the file dialog
    with qtbot.waitSignal(dialog.key_written, timeout=10000):
        warning.go.click()
    assert key.stat().st_mode & 0o777 == 0o600
    lines = key.read_text(encoding="ascii").splitlines()
    assert lines[-1].startswith("AGE-SECRET-KEY-1") and len(lines) == 3
    dialog.close_button.click()
    return shown


def test_cards_swapped_verified_bundle_exported_and_received(
    qtbot, window, window_b, vaults, tmp_path: Path, unlock
) -> None:
    a, b = vaults
    assert not window.exchange.act_send.isEnabled()  # nothing to exchange while locked
    unlock(window, a)
    unlock(window_b, b)
    usb = tmp_path / "usb"
    usb.mkdir()
    # --- cards swapped: saved from "Your identity" -----------------------------------------
    fp_a = _card_via_identity(qtbot, window, usb / "ala.letapis-card")
    fp_b = _card_via_identity(qtbot, window_b, usb / "bahdan.letapis-card")
    card_a = Card.read(usb / "ala.letapis-card")
    card_b = Card.read(usb / "bahdan.letapis-card")
    assert card_a.name == "Ala (Minsk)" and card_b.name == "Bahdan (Vilnius)"
    assert fp_a == fingerprint_lines(card_a.spoken_fingerprint)
    assert len(fp_a.split()) == 12 and fp_a != fp_b
    # --- A adds B's card through the Contacts dialog; the numbers compared match -----------
    window.exchange.act_contacts.trigger()
    contacts_a = window.exchange.dialogs["contacts"]
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert contacts_a.empty.isVisible()  # "No contacts yet"
    with qtbot.waitSignal(contacts_a.verify_shown, timeout=10000) as shown:
        contacts_a.add_card_file(usb / "bahdan.letapis-card")
    verify = shown.args[0]
    assert verify.fingerprint.text() == fp_b  # what B reads aloud from their window
    with qtbot.waitSignal(contacts_a.loaded, timeout=10000):
        verify.match.click()
    assert [(r.name, r.verified) for r in contacts_a.rows] == [("Bahdan (Vilnius)", True)]
    assert contacts_a.table.item(0, 3).text() == "never"
    # --- B gets A's card by dropping it on the window; verifies in a second step -----------
    _drop(window_b.vault_view, [usb / "ala.letapis-card"])
    contacts_b = window_b.exchange.dialogs["contacts"]
    qtbot.waitUntil(lambda: contacts_b.findChildren(type(verify)) != [], timeout=10000)
    later = contacts_b.findChildren(type(verify))[-1]
    assert later.fingerprint.text() == fp_a
    with qtbot.waitSignal(contacts_b.loaded, timeout=10000):
        later.later.click()
    assert [(r.name, r.verified) for r in contacts_b.rows] == [("Ala (Minsk)", False)]
    assert "not verified" in contacts_b.table.item(0, 2).text()
    contacts_b.select(contacts_b.rows[0].id)
    assert contacts_b.verify_button.isEnabled()
    step = contacts_b.verify_selected()
    assert step is not None and step.fingerprint.text() == fp_a
    with qtbot.waitSignal(contacts_b.loaded, timeout=10000):
        step.match.click()
    assert contacts_b.rows[0].verified
    # --- A sends everything to B on the stick ----------------------------------------------
    wizard = window.exchange.open_export()
    assert wizard is not None
    wizard.scope_all.setChecked(True)
    with qtbot.waitSignal(wizard.contacts_loaded, timeout=10000):
        wizard.next_button.click()
    assert wizard.unverified_warning.isHidden()
    wizard.set_recipient(contacts_a.rows[0].id)
    wizard.next_button.click()
    assert wizard.pages.currentIndex() == wizard.WHERE
    wizard.folder.setText(str(usb))
    wizard.file_name.setText("weekly")
    assert "Free space" in wizard.disk_label.text()
    with qtbot.waitSignal(wizard.exported, timeout=30000) as done:
        wizard.export_button.click()
    report = done.args[0]
    bundle = usb / "weekly.letapis-bundle"
    assert report.paths == [bundle] and bundle.is_file()
    assert report.records == 3
    text = wizard.summary.text()
    assert "weekly.letapis-bundle" in text and "checked" in text and "Bahdan (Vilnius)" in text
    assert "Contains 3 documents, 3 attached files." in text
    wizard.close_button.click()
    # --- B drops the bundle on the window: checked first, then received --------------------
    _drop(window_b.vault_view, [bundle])
    receiving = window_b.exchange.dialogs["receive"]
    assert receiving.path.text() == str(bundle)
    with qtbot.waitSignal(receiving.checked, timeout=30000) as checked:
        receiving.check_button.click()
    preview = checked.args[0]
    assert preview.signer == "verified" and len(preview.new) == 3
    assert receiving.signer_name.text() == "Ala (Minsk)"
    assert receiving.fingerprint.text() == fp_a
    assert "new documents: 3" in receiving.counts.text()
    assert receiving.receive_button.isEnabled()
    with qtbot.waitSignal(receiving.received, timeout=30000):
        receiving.receive_button.click()
    assert "New documents: 3" in receiving.result.text()
    receiving.close_button.click()
    view = window_b.vault_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10000)
    got = sorted(item.title for item in view.model.items)
    assert got == sorted(_titles_open(window)) and len(got) == 3
    # --- the same bundle again (a replay): shown as received before, nothing to receive ----
    again = window_b.exchange.open_receive(bundle)
    with qtbot.waitSignal(again.checked, timeout=30000) as checked_again:
        again.check_button.click()
    assert checked_again.args[0].already_received
    assert "received this bundle before" in again.warning.text()
    assert not again.receive_button.isEnabled()
    again.reject()
    # --- an ordinary file dropped on the window still goes to the import dialog ------------
    note = tmp_path / "note.txt"
    note.write_text("Нататка", encoding="utf-8")
    _drop(window_b.vault_view, [note])
    assert window_b._import_dialog is not None and window_b._import_dialog.paths == [note]
    window_b._import_dialog.reject()
    # --- the contact list now shows the exchange date --------------------------------------
    with qtbot.waitSignal(contacts_b.loaded, timeout=10000):
        contacts_b.reload()
    assert contacts_b.table.item(0, 3).text()[:2] == "20"
    # --- lock clears and closes every exchange dialog, and the dialogs they opened ---------
    pending = contacts_b.verify_selected()
    assert pending is not None and pending.isVisible()
    window_b.lock()
    assert not pending.isVisible()
    assert window_b.exchange.dialogs == {}
    assert contacts_b.rows == [] and not contacts_b.isVisible()
    assert not window_b.exchange.act_contacts.isEnabled()


def _titles_open(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.title for item in window.vault_view.model.items]


def test_tampered_bundle_refused_in_plain_words_and_vault_unchanged(
    qtbot, window, vaults, tmp_path: Path, unlock
) -> None:
    a, b = vaults
    swap_cards(a, b)
    usb = tmp_path / "usb"
    usb.mkdir()
    (bundle,) = export(a, usb / "weekly", "Bahdan (Vilnius)")
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, in the middle of the encrypted payload
    bundle.write_bytes(bytes(data))
    blobs_before = sorted(p.name for p in (b / "blobs").rglob("*"))
    with Archive.open(b, PASSPHRASE) as vb:
        custody_before = len(vb.custody_log())
    unlock(window, b)
    wizard = window.exchange.open_receive(bundle)
    assert wizard is not None
    with qtbot.waitSignal(wizard.refused, timeout=30000) as refused:
        wizard.check_button.click()
    message = refused.args[0]
    assert "damaged or was changed" in message
    assert message.endswith("Nothing in your vault was changed.")
    for technical in ("Traceback", "Error", "age-", "MAC", "chunk", "payload", "Заява"):
        assert technical not in message
    assert wizard.result.text() == message and wizard.heading.text() == "Refused"
    assert not wizard.receive_button.isVisible()
    wizard.close_button.click()
    # a copy that stops short (a stick pulled out while copying)
    short = usb / "short.letapis-bundle"
    short.write_bytes(bytes(data[: len(data) * 2 // 3]))
    wizard = window.exchange.open_receive(short)
    with qtbot.waitSignal(wizard.refused, timeout=30000) as refused:
        wizard.check_button.click()
    assert "incomplete" in refused.args[0]
    assert refused.args[0].endswith("Nothing in your vault was changed.")
    wizard.close_button.click()
    window.lock()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert titles(b) == {}
    assert sorted(p.name for p in (b / "blobs").rglob("*")) == blobs_before
    with Archive.open(b, PASSPHRASE) as vb:
        assert len(vb.custody_log()) == custody_before
    staging = b / "staging"
    assert not staging.exists() or list(staging.iterdir()) == []


def test_unknown_signer_and_bundle_for_someone_else(
    qtbot, window, vaults, tmp_path: Path, unlock
) -> None:
    a, b = vaults
    c = make_vault(tmp_path, "Warsaw", "Cyprian (Warsaw)", None)
    swap_cards(a, c)  # A and C know each other; B knows no one
    with Archive.open(b, PASSPHRASE) as vb, Archive.open(a, PASSPHRASE) as va:
        va.add_contact(vb.identity().card(), verified=False)
    usb = tmp_path / "usb"
    usb.mkdir()
    (for_c,) = export(a, usb / "for-c", "Cyprian (Warsaw)")
    (for_b,) = export(a, usb / "for-b", "Bahdan (Vilnius)")
    unlock(window, b)
    # made for C: B cannot open it
    wizard = window.exchange.open_receive(for_c)
    with qtbot.waitSignal(wizard.refused, timeout=30000) as refused:
        wizard.check_button.click()
    assert "not made for this vault" in refused.args[0]
    assert refused.args[0].endswith("Nothing in your vault was changed.")
    wizard.close_button.click()
    # made for B by someone B never met: shown as unknown, receiving needs consent
    wizard = window.exchange.open_receive(for_b)
    with qtbot.waitSignal(wizard.checked, timeout=30000):
        wizard.check_button.click()
    assert "NOT among your contacts" in wizard.signer_status.text()
    assert wizard.accept_anyway.isVisible() and not wizard.receive_button.isEnabled()
    wizard.accept_anyway.setChecked(True)
    with qtbot.waitSignal(wizard.received, timeout=30000):
        wizard.receive_button.click()
    assert "New documents: 3" in wizard.result.text()
    wizard.close_button.click()
    qtbot.waitUntil(lambda: window.vault_view.model.rowCount() == 3, timeout=10000)


def test_conflict_resolved_side_by_side(qtbot, window, vaults, tmp_path: Path, unlock) -> None:
    a, b = vaults
    swap_cards(a, b)
    usb = tmp_path / "usb"
    usb.mkdir()
    (first,) = export(a, usb / "first", "Bahdan (Vilnius)")
    receive(b, first)
    doc_id = next(i for i, t in titles(a).items() if "Letter" in t)
    edit_title(a, doc_id, "Letter from Hrodna (Ala's edit)")
    edit_title(b, doc_id, "Letter from Hrodna (Bahdan's edit)")
    (second,) = export(a, usb / "second", "Bahdan (Vilnius)", scope="since-last")
    unlock(window, b)
    wizard = window.exchange.open_receive(second)
    with qtbot.waitSignal(wizard.checked, timeout=30000):
        wizard.check_button.click()
    assert "conflicting edits (you choose later): 1" in wizard.counts.text()
    with qtbot.waitSignal(wizard.received, timeout=30000):
        wizard.receive_button.click()
    assert "Conflicting edits: 1" in wizard.result.text()
    assert "Exchange → Conflicts" in wizard.result.text()
    assert wizard.conflicts_button.isVisible()
    wizard.conflicts_button.click()  # straight to the conflicts
    dialog = window.exchange.dialogs["conflicts"]
    assert "receive" not in window.exchange.dialogs
    qtbot.waitUntil(lambda: len(dialog.items) == 1, timeout=10000)
    assert "Bahdan's edit" in dialog.mine.toPlainText()
    assert "Ala's edit" in dialog.theirs.toPlainText()
    assert "Ala (Minsk)" in dialog.theirs_label.text()
    assert "Title" in dialog.list.item(0).text()
    with qtbot.waitSignal(dialog.resolved, timeout=10000):
        dialog.keep_theirs.click()
    qtbot.waitUntil(lambda: dialog.items == [] and dialog.empty.isVisible(), timeout=10000)
    assert "their version was taken" in dialog.status.text()
    view = window.vault_view  # the window shows the version kept
    qtbot.waitUntil(
        lambda: "Letter from Hrodna (Ala's edit)" in [i.title for i in view.model.items],
        timeout=10000,
    )
    dialog.close_button.click()
    window.lock()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert titles(b)[doc_id] == "Letter from Hrodna (Ala's edit)"
    with Archive.open(b, PASSPHRASE) as vb:
        assert vb.conflicts() == []


def test_conflict_keep_both(qtbot, window, vaults, tmp_path: Path, unlock) -> None:
    a, b = vaults
    swap_cards(a, b)
    usb = tmp_path / "usb"
    usb.mkdir()
    (first,) = export(a, usb / "first", "Bahdan (Vilnius)")
    receive(b, first)
    doc_id = next(i for i, t in titles(a).items() if "Letter" in t)
    edit_title(a, doc_id, "Theirs")
    edit_title(b, doc_id, "Mine")
    (second,) = export(a, usb / "second", "Bahdan (Vilnius)", scope="since-last")
    receive(b, second)
    unlock(window, b)
    window.exchange.act_conflicts.trigger()
    dialog = window.exchange.dialogs["conflicts"]
    qtbot.waitUntil(lambda: len(dialog.items) == 1, timeout=10000)
    with qtbot.waitSignal(dialog.resolved, timeout=10000):
        dialog.keep_both_button.click()
    qtbot.waitUntil(lambda: dialog.items == [], timeout=10000)
    dialog.close()
    # the copy's custody log names its first event in words, not "conflict-copy"
    view = window.vault_view
    view.refresh()
    qtbot.waitUntil(lambda: any(i.title == "Theirs" for i in view.model.items), timeout=10000)
    copy = next(i for i in view.model.items if i.title == "Theirs")
    with qtbot.waitSignal(view.document_shown, timeout=10000):
        view.results.setCurrentIndex(view.model.index(view.model.row_of(copy.id)))
    details = view.details.toPlainText()
    assert "Added as a copy when both versions were kept" in details
    assert "conflict-copy" not in details
    window.lock()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    got = titles(b)
    assert got[doc_id] == "Mine"
    assert sorted(got.values()).count("Theirs") == 1 and len(got) == 4


def test_send_the_current_search_and_chosen_documents(
    qtbot, window, vaults, tmp_path: Path, unlock
) -> None:
    a, b = vaults
    swap_cards(a, b)
    usb = tmp_path / "usb"
    usb.mkdir()
    unlock(window, a)
    view = window.vault_view
    view.search_box.setText("Hrodna")
    qtbot.waitUntil(lambda: view.page is not None and view.page.query == "Hrodna", timeout=10000)
    found = {item.id for item in view.model.items}
    assert 0 < len(found) < 3
    sent = []
    for choice in ("search", "ids"):
        wizard = window.exchange.open_export()
        assert wizard.scope_since.isChecked()  # the weekly default
        assert wizard.scope_search.isEnabled() and "Hrodna" in wizard.scope_search.text()
        if choice == "search":
            wizard.scope_search.setChecked(True)
        else:
            wizard.scope_ids.setChecked(True)
            wizard.next_button.click()
            assert "Tick at least one document" in wizard.what_error.text()
            wizard.selection.item(0).setCheckState(Qt.CheckState.Checked)
        with qtbot.waitSignal(wizard.contacts_loaded, timeout=10000):
            wizard.next_button.click()
        wizard.next_button.click()
        assert "Choose at least one contact" in wizard.who_error.text()
        wizard.set_recipient(wizard.contacts[0].id)
        wizard.next_button.click()
        wizard.export_button.click()
        assert "Choose a folder" in wizard.where_error.text()  # nothing written yet
        wizard.folder.setText(str(usb))
        wizard.file_name.setText(choice)
        with qtbot.waitSignal(wizard.exported, timeout=30000) as done:
            wizard.export_button.click()
        sent.append(done.args[0])
        wizard.close_button.click()
    assert sent[0].records == len(found)
    assert sent[1].records == 1
    window.lock()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    receive(b, usb / "search.letapis-bundle")
    assert set(titles(b)) == found


def test_refusals_are_plain_and_say_nothing_changed(qapp) -> None:
    from archive_app.errors import Cancelled, StorageError
    from archive_app.exchange.errors import (
        AgeNoMatch,
        AgePayloadError,
        BundleBadSignature,
        BundleDamaged,
        BundleRejected,
    )
    from archive_app.gui.messages import error_text, refusal

    cases = {
        AgePayloadError("chunk 3 failed"): "damaged or was changed",
        AgeNoMatch(): "not made for this vault",
        BundleRejected("not-for-you", "x"): "not made for this vault",
        BundleRejected("older", "x"): "old copy",
        BundleRejected("equivocation", "x"): "forged",
        BundleRejected("unknown-signer", "x"): "not among your contacts",
        BundleRejected("member-hash", "x"): "damaged or was changed",
        BundleBadSignature("sig-invalid", "x"): "signature is not valid",
        BundleDamaged("volume-gap", "x"): "part of this bundle is missing",
        BundleDamaged("truncated", "x"): "incomplete or damaged",
        StorageError("x"): "could not be read",
        Cancelled(): "You cancelled",
    }
    for exc, words in cases.items():
        message = refusal(exc)
        assert words in message, (exc, message)
        assert message.endswith("Nothing in your vault was changed.")
        assert "chunk" not in message and "x." not in message
        if exc.code.startswith("bundle-"):
            # one source: the generic error dialog says the same as the wizard
            assert error_text(exc.code, exc.params) == message, exc.code


def test_every_refusal_code_the_core_raises_has_a_plain_sentence(qapp) -> None:
    import re

    from archive_app.exchange import errors
    from archive_app.gui.messages import bundle_refusal

    root = Path(__file__).resolve().parents[2] / "archive_app" / "exchange"
    source = "".join(p.read_text() for p in root.glob("*.py"))
    codes = {
        f"{kind}/{reason}"
        for cls, kind in (
            ("BundleRejected", "bundle-refused"),
            ("BundleBadSignature", "bundle-signature"),
            ("BundleDamaged", "bundle-damaged"),
        )
        for reason in re.findall(rf'{cls}\(\s*"([a-z0-9-]+)"', source)
    }
    codes |= {
        f"bundle-damaged/{cls.reason}"
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.AgeError)
    }
    codes |= {"bundle-refused/age-no-match", "unsupported/age-unsupported"}
    assert {"bundle-refused/older", "bundle-damaged/volume-gap", "bundle-damaged/age-mac"} <= codes
    fallback = bundle_refusal("no-such-code")
    assert "could not be received" in fallback
    for code in codes:
        text = bundle_refusal(code)
        assert "could not be received" not in text and text != fallback, code
        assert text.endswith("Nothing in your vault was changed."), code


def test_a_bad_card_is_refused_in_the_same_words_everywhere(
    qtbot, window, vaults, tmp_path: Path, unlock
) -> None:
    from archive_app.exchange.errors import InvalidCard
    from archive_app.gui.messages import card_refusal, error_text

    a, _b = vaults
    unlock(window, a)
    dialog = window.exchange.open_contacts()
    assert dialog is not None
    garbage = tmp_path / "friend.letapis-card"
    garbage.write_bytes(b"not a card at all")
    dialog.add_card_file(garbage)
    qtbot.waitUntil(lambda: dialog.status.text() != "", timeout=10000)
    said = dialog.status.text()
    assert "not a valid contact card" in said and said.endswith("No contact was added.")
    # one source: the generic error dialog says the same for the same code
    assert error_text("card/card-json") == said == card_refusal(InvalidCard("card-json", "x"))
    dialog.add_card_file(tmp_path / "gone.letapis-card")
    qtbot.waitUntil(lambda: "could not be read" in dialog.status.text(), timeout=10000)
    assert dialog.status.text().endswith("No contact was added.")
    dialog.close()
    # the vault's own card is told as such, not as a clash with a contact
    _card_via_identity(qtbot, window, tmp_path / "mine.letapis-card")
    dialog = window.exchange.open_contacts()
    assert dialog is not None
    dialog.add_card_file(tmp_path / "mine.letapis-card")
    qtbot.waitUntil(lambda: "your own vault" in dialog.status.text(), timeout=10000)
    assert dialog.status.text().endswith("No contact was added.")
    dialog.close()


def test_dropped_files_are_told_apart() -> None:
    from archive_app.gui.exchange_menu import is_bundle, is_card

    assert is_bundle(Path("weekly.letapis-bundle"))
    assert is_bundle(Path("big.letapis-bundle.001")) and is_bundle(Path("BIG.LETAPIS-BUNDLE.017"))
    assert not is_bundle(Path("weekly.letapis-bundle.tmp")) and not is_bundle(Path("a.txt"))
    assert is_card(Path("ala.letapis-card")) and not is_card(Path("ala.letapis-card.png"))


def test_cancel_while_checking_or_writing_leaves_no_file(
    qtbot, window, vaults, tmp_path: Path, unlock
) -> None:
    import threading

    a, b = vaults
    swap_cards(a, b)
    usb = tmp_path / "usb"
    usb.mkdir()
    unlock(window, a)

    def hold() -> threading.Event:
        gate = threading.Event()
        window.runner.run_task(lambda _ctx: gate.wait(10))
        return gate

    window.settings.set("auto_lock_minutes", 1)
    for when in ("checking", "writing"):
        wizard = window.exchange.open_export()
        with qtbot.waitSignal(wizard.contacts_loaded, timeout=10000):
            wizard.next_button.click()
        wizard.set_recipient(wizard.contacts[0].id)
        wizard.next_button.click()
        wizard.folder.setText(str(usb))
        first = hold()
        wizard.export_button.click()  # the check waits behind the first gate
        # long work counts as activity: an idle minute does not lock in the middle of it
        window.idle.last_input -= 120
        window.check_idle()
        assert window.session.is_open and window.idle.idle_seconds() < 5
        second = hold()  # so the writing, queued after the check, waits behind this one
        if when == "checking":
            wizard.cancel_button.click()
            first.set()
        else:
            first.set()
            qtbot.waitUntil(lambda: "Writing" in wizard.progress_label.text(), timeout=10000)  # noqa: B023
            wizard.cancel_button.click()
        second.set()
        qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.DONE, timeout=10000)  # noqa: B023
        assert wizard.summary.text() == "Cancelled. No bundle was written.", when
        assert wizard.report is None
        assert list(usb.iterdir()) == [], when
        wizard.close_button.click()


def test_fat_disks_and_unknown_disks_get_volumes_below_4_gib(qapp, tmp_path: Path) -> None:
    from archive_app.gui.exchange_common import FAT_FILE_LIMIT, DiskInfo, disk_info
    from archive_app.gui.exchange_export_pages import ONE_FILE, VOLUME_SIZES, WherePage

    here = disk_info(tmp_path)  # this machine's real disk: free space and a known kind
    assert here.free is not None and here.free > 0 and here.known
    page = WherePage()
    sizes = lambda: [page.volume.itemData(i) for i in range(page.volume.count())]  # noqa: E731
    for fs in ("vfat", "msdos", ""):
        info = DiskInfo(free=10 * 1024**3, filesystem=fs)
        page.show_disk(info)
        assert ONE_FILE not in sizes() and max(sizes()) <= FAT_FILE_LIMIT
        assert page.volume_size(info) == VOLUME_SIZES[0] < 4 * 1024**3
    page.show_disk(DiskInfo(free=1, filesystem="vfat"))
    assert "FAT" in page.disk_label.text() and "4 GiB" in page.disk_label.text()
    ext4 = DiskInfo(free=10 * 1024**3, filesystem="ext4")
    page.show_disk(ext4)
    assert sizes()[0] == ONE_FILE
    page.volume.setCurrentIndex(0)
    assert page.volume_size(ext4) == ONE_FILE
    # the choice is re-checked against the disk the bundle really goes to
    assert page.volume_size(DiskInfo(free=1, filesystem="vfat")) == VOLUME_SIZES[0]
