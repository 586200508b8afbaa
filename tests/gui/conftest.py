"""GUI fixtures: one offscreen QApplication (pytest-qt), real vaults with a cheap KDF."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest.importorskip("pytestqt")
QtWidgets = pytest.importorskip("PySide6.QtWidgets")

from archive_app.crypto.keys import KdfParams  # noqa: E402

PASSPHRASE = "correct horse battery staple"
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from archive_app.gui.settings import Settings

    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, settings) -> Iterator:  # type: ignore[no-untyped-def]
    """The main window on the welcome screen, English, light theme, threaded runner."""
    from archive_app.gui import theme
    from archive_app.gui.i18n import LanguageManager
    from archive_app.gui.window import MainWindow

    languages = LanguageManager()
    languages.apply("en")
    theme.apply_theme("light")
    win = MainWindow(settings, kdf=FAST_KDF, languages=languages)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.isVisible():
        win.close()
    languages.apply("en")


@pytest.fixture
def sample_files(tmp_path: Path) -> Path:
    """A folder of documents in several languages and spellings."""
    src = tmp_path / "incoming"
    src.mkdir()
    (src / "zajava.txt").write_text(
        "Заява пра затрыманне ў Гродна.\nУлады Лукашэнкі затрымалі 12 чалавек у Гродне.\n"
        "Сведкі бачылі, як Лукашэнка выступаў па тэлебачанні.\n",
        encoding="utf-8",
    )
    (src / "letter.md").write_text(
        "# Letter from Hrodna\n\nDear friends, the regime of Lukashenko detained our "
        "neighbours in Hrodna. Please share this letter.\n",
        encoding="utf-8",
    )
    (src / "svidetelstvo.txt").write_text(
        "Свидетельство. В Гродно задержали студентов. Лукашенко назвал их экстремистами.\n",
        encoding="utf-8",
    )
    return src


@pytest.fixture
def vault_with_docs(tmp_path: Path, sample_files: Path) -> Path:
    """A closed vault holding the sample files."""
    from archive_app.archive import Archive
    from archive_app.ingest.model import IntakeDefaults

    path = tmp_path / "Sample.letapis"
    archive, _ = Archive.create(path, PASSPHRASE, kdf=FAST_KDF)
    report = archive.add_paths([sample_files], IntakeDefaults(collection="Hrodna 2020"))
    assert len(report.added) == 3
    archive.close()
    return path


@pytest.fixture
def unlock(qtbot):  # type: ignore[no-untyped-def]
    """unlock(window, path): type the passphrase on the unlock screen, wait for results."""

    def do(window, path: Path, secret: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
        window.show_unlock(path)
        window.unlock_page.field.setText(secret)
        with qtbot.waitSignal(window.vault_view.results_shown, timeout=20000):
            window.unlock_page.unlock_button.click()

    return do
