"""Start the window: ``run(vault=None, demo_passphrase=None) -> exit code``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from archive_app import __version__
from archive_app.gui import theme
from archive_app.gui.console import hide_own_console
from archive_app.gui.errors import install_excepthook
from archive_app.gui.i18n import LanguageManager
from archive_app.gui.settings import Settings
from archive_app.gui.window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with high-DPI scaling that follows the screen exactly."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Letapis")
    app.setOrganizationName("Letapis")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("letapis")
    # The window and taskbar icon (a Linux executable carries none of its own).
    icon = Path(__file__).resolve().parents[2] / "resources" / "icons" / "letapis.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run(vault: Path | None = None, demo_passphrase: str | None = None) -> int:
    app = make_application()
    install_excepthook()
    settings = Settings()
    languages = LanguageManager()
    languages.apply(settings.language)
    theme.apply_theme(settings.theme)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(
            lambda _s: settings.theme == "system" and theme.apply_theme("system")
        )
    window = MainWindow(settings, languages=languages)
    if vault is not None:
        window.show_unlock(vault, demo_passphrase)
    window.show()
    hide_own_console()  # Windows build, double-clicked: no stray console window (classic conhost)
    code = app.exec()
    window.runner.shutdown()
    return int(code)
