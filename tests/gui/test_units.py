"""Small pieces of the window: strength, dates, the search adapter, settings, commands."""

from __future__ import annotations

import io
import math
import struct
import tempfile
import wave
from pathlib import Path
from types import SimpleNamespace

import pytest

from archive_app.gui import search_adapter
from archive_app.gui.dialogs import valid_date
from archive_app.gui.strength import estimate

from .conftest import PASSPHRASE


@pytest.mark.parametrize(
    ("passphrase", "lowest", "highest"),
    [
        ("", 0, 0),
        ("password1", 0, 0),
        ("qwerty123456", 0, 1),
        ("river lamp orchard", 1, 1),
        ("correct horse battery staple", 2, 2),
        ("six plain words make it very strong", 4, 4),
        ("Xk9#mQ2!vL7@pp1Z9w", 4, 4),
    ],
)
def test_strength(passphrase: str, lowest: int, highest: int) -> None:
    assert lowest <= estimate(passphrase).score <= highest


def test_valid_date() -> None:
    for good in ("", "2020", "2020-08", "2020-08-09", "2020-08-09T21:15:00+03:00"):
        assert valid_date(good)
    for bad in ("20", "2020-13", "2020-02-30", "yesterday"):
        assert not valid_date(bad)


def _doc(i: int, title: str, **kw):  # a Document-like row for the fallback adapter
    base = dict(
        id=f"{i:032x}",
        title=title,
        type="letter",
        date=f"202{i}-01-01",
        language="be",
        collections=["A"],
        tags=["t"],
        damaged=False,
    )
    base.update(kw)
    return SimpleNamespace(**base)


def test_adapter_without_an_index_filters_titles() -> None:
    docs = [
        _doc(1, "Letter from Hrodna"),
        _doc(2, "Заява", type="statement", language="ru"),
        _doc(3, "hrodna notes", tags=["x"]),
    ]
    archive = SimpleNamespace(list_documents=lambda: docs)
    page = search_adapter.search(archive, "HRODNA")
    assert [i.title for i in page.items] == ["hrodna notes", "Letter from Hrodna"]
    assert dict(page.facets["year"]) == {"2023": 1, "2021": 1}
    page = search_adapter.search(archive, "", search_adapter.Filters(type="statement"))
    assert [i.title for i in page.items] == ["Заява"]
    page = search_adapter.search(archive, "", search_adapter.Filters(tag="x"))
    assert page.total == 1


def test_hit_spans_without_matched_terms() -> None:
    text = "Hrodna, then hrodna again"
    assert search_adapter.hit_spans(text, frozenset(), "Hrodna") == [(0, 6), (13, 19)]


def test_snippet_html_escapes_text() -> None:
    item = search_adapter.ResultItem(
        "1", "t", "other", None, None, snippet="<b>x</b> y", highlights=((9, 10),)
    )
    assert item.snippet_html("#ff0") == (
        '&lt;b&gt;x&lt;/b&gt; <span style="background-color:#ff0">y</span>'
    )


def test_settings_defaults_and_opt_in(settings) -> None:
    assert settings.auto_lock_minutes == 10
    assert settings.language == "system" and settings.theme == "system"
    settings.add_recent(Path("/x/Archive.letapis"))
    assert settings.recent_vaults() == []


def test_demo_command_opens_the_demo_vault(monkeypatch, tmp_path) -> None:
    from click.testing import CliRunner

    from archive_app.cli.main import cli
    from archive_app.gui import app

    demo = pytest.importorskip("archive_app.demo")
    calls = []
    monkeypatch.setattr(app, "run", lambda vault=None, pw=None: calls.append((vault, pw)) or 0)
    monkeypatch.setattr(demo, "build_demo_vault", lambda path, **kw: (path, demo.DEMO_PASSPHRASE))
    result = CliRunner().invoke(cli, ["demo", "--path", str(tmp_path / "d.letapis")])
    assert result.exit_code == 0, result.output
    assert calls == [(tmp_path / "d.letapis", demo.DEMO_PASSPHRASE)]
    result = CliRunner().invoke(cli, ["gui", str(tmp_path / "v.letapis")])
    assert calls[-1] == (tmp_path / "v.letapis", None)


def test_crash_dialog_shows_no_content(qtbot, monkeypatch) -> None:
    import sys

    from PySide6.QtWidgets import QApplication, QMessageBox

    from archive_app.gui import errors

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr("threading.excepthook", __import__("threading").excepthook)
    errors.install_excepthook()
    try:
        raise KeyError("secret witness name")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "KeyError" in box.text() and "secret" not in box.text()
    box.done(0)


def _wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(
            b"".join(struct.pack("<h", int(8000 * math.sin(i / 10))) for i in range(8000))
        )
    return out.getvalue()


def test_previews_leave_no_plaintext_in_temp(qtbot, window, tmp_path, monkeypatch, unlock) -> None:
    """Text, image and audio previews come from memory: no temp file holds their bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from archive_app.archive import Archive
    from archive_app.ingest.model import IntakeDefaults

    from .conftest import FAST_KDF

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    marker = "MARKER-7f3c-nobody-may-see-this"
    src = tmp_path / "src"
    src.mkdir()
    (src / "note.txt").write_text(f"{marker} пра Гродна", encoding="utf-8")
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    (src / "photo.png").write_bytes(bytes(data))
    (src / "voice.wav").write_bytes(_wav())
    path = tmp_path / "P.letapis"
    archive, _ = Archive.create(path, PASSPHRASE, kdf=FAST_KDF)
    archive.add_paths([src], IntakeDefaults())
    archive.close()
    unlock(window, path)
    view = window.vault_view
    shown = []
    for row in range(view.model.rowCount()):
        with qtbot.waitSignal(view.document_shown, timeout=30000):
            view.results.setCurrentIndex(view.model.index(row))
        for att in view.doc.attachments:
            with qtbot.waitSignal(view.attachments.preview_shown, timeout=30000):
                view.attachments.preview(att.id)
            shown.append(view.attachments.stack.currentWidget())
    pane = view.attachments
    assert pane.text in shown and pane.image in shown
    assert pane._media_widget in shown, "audio is previewed with QtMultimedia"
    window.lock()
    needle = marker.encode()
    for f in temp.rglob("*"):
        if f.is_file():
            assert needle not in f.read_bytes(), f


def test_every_custody_event_kind_the_code_writes_has_a_label(qapp) -> None:
    import re

    from archive_app.gui import labels

    root = Path(__file__).resolve().parents[2] / "archive_app"
    source = "\n".join(p.read_text() for p in root.rglob("*.py"))
    kinds = set(re.findall(r'append_custody\(\s*"([a-z-]+)"', source))
    kinds |= set(re.findall(r'\baction="([a-z-]+)"', source))  # add_document(action=…)
    kinds |= set(re.findall(r'\baction: str = "([a-z-]+)"', source))  # its default
    assert {"intake", "edit", "delete", "export", "receive", "conflict-copy"} <= kinds
    for kind in kinds:
        label = labels.custody_action(kind)
        assert label != kind and "-" not in label, kind


def test_common_metadata_keys_are_named_unknown_ones_stay_raw(qapp) -> None:
    from archive_app.gui import labels

    for key in ("chat_id", "message_id", "message_key", "from", "to", "cc", "date", "exif"):
        assert labels.metadata_key(key) != key, key
    for key in ("gps", "duration", "codec", "width", "height", "page_count", "pages"):
        assert labels.metadata_key(key) != key, key
    assert labels.metadata_key("x_custom_field") == "x_custom_field"


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_dropped_files_reach_the_import_list_and_the_contacts(qtbot, tmp_path) -> None:
    """The shared drop handling (widgets.FileDropTarget): local files are taken, the rest not."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from archive_app.gui.exchange_contacts import ContactsDialog
    from archive_app.gui.import_dialog import DropList

    def mime(urls: list[QUrl]) -> QMimeData:
        data = QMimeData()
        data.setUrls(urls)
        return data

    def drop(widget, data: QMimeData) -> bool:  # type: ignore[no-untyped-def]
        event = QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        event.setAccepted(False)
        widget.dropEvent(event)
        return event.isAccepted()

    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    drops = DropList()
    qtbot.addWidget(drops)
    got: list[list[Path]] = []
    drops.dropped.connect(got.append)
    local = mime([QUrl.fromLocalFile(str(f)) for f in files])  # outlives the event
    enter = QDragEnterEvent(
        drops.rect().center(),
        Qt.DropAction.CopyAction,
        local,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.setAccepted(False)
    drops.dragEnterEvent(enter)
    assert enter.isAccepted()
    assert drop(drops, local)
    assert got == [files]
    assert not drop(drops, mime([QUrl("https://example.org/x")]))
    assert got == [files]

    session = SimpleNamespace(call=lambda *a, **k: None)
    contacts = ContactsDialog(session)
    qtbot.addWidget(contacts)
    added: list[Path] = []
    contacts.add_card_file = added.append  # type: ignore[method-assign]
    assert drop(contacts, local)
    assert added == [files[0]]


def test_signal_emits_keep_python_whole(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 dropped a reference to True on every ``emit()``: a few thousand
    signals later (progress, results, repaints of a long list) Python aborted with
    "bool_dealloc: deallocating True or False". pyproject.toml keeps that release out;
    this catches a binding with the same fault."""
    import sys

    from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Signal

    class Emitter(QObject):
        plain = Signal()
        carrying = Signal(object)

    class Rows(QAbstractListModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 3

        def data(self, index: QModelIndex, role: int = 0) -> None:
            return None

    emitter, rows = Emitter(), Rows()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(100):  # few enough that a faulty binding fails here, not aborts
        emitter.plain.emit()
        emitter.carrying.emit(1)
        rows.dataChanged.emit(rows.index(1), rows.index(1))
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)
