"""Light and dark palettes; "system" follows the desktop's colour scheme (Qt 6.5+)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

STYLE_DIR = Path(__file__).resolve().parents[2] / "resources" / "style"

#: Colour of highlighted search hits, readable on both palettes.
HIT_LIGHT = "#ffe08a"
HIT_DARK = "#8a6d00"


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else None
    return scheme == Qt.ColorScheme.Dark


def is_dark(setting: str) -> bool:
    if setting == "dark":
        return True
    if setting == "light":
        return False
    return system_is_dark()


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(37, 39, 43), QColor(28, 30, 33), QColor(230, 230, 230)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(44, 47, 51))
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150))
    p.setColor(QPalette.ColorRole.Button, QColor(48, 51, 56))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor(255, 90, 90))
    p.setColor(QPalette.ColorRole.Link, QColor(120, 170, 255))
    p.setColor(QPalette.ColorRole.Highlight, QColor(53, 110, 190))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    disabled = QColor(120, 120, 120)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_theme(setting: str) -> bool:
    """Apply the theme; return True if it is dark."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    app.setStyle(QStyleFactory.create("Fusion"))
    dark = is_dark(setting)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    sheet = STYLE_DIR / "letapis.qss"
    app.setStyleSheet(sheet.read_text(encoding="utf-8") if sheet.is_file() else "")
    return dark


def hit_colour() -> str:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        base = app.palette().color(QPalette.ColorRole.Base)
        return HIT_DARK if base.lightness() < 128 else HIT_LIGHT
    return HIT_LIGHT
