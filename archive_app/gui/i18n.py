"""The interface language: follows the system, can be changed in settings at run time.

Translations are Qt Linguist files (resources/translations/letapis_{be,ru,en}.ts) compiled to
.qm by ``python -m archive_app.gui.i18n_build``. Changing the language installs another
translator; every screen re-reads its strings on ``QEvent.LanguageChange``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("be", "ru", "en")
#: resources/translations in a source checkout; archive_app/resources/... when installed.
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
_PACKAGED_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"


def translations_dir() -> Path:
    return TRANSLATIONS_DIR if TRANSLATIONS_DIR.is_dir() else _PACKAGED_DIR


def system_language() -> str:
    """be, ru or en from the system's preferred languages (English otherwise)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def resolve(setting: str) -> str:
    return system_language() if setting == "system" else (setting if setting in SUPPORTED else "en")


def native_name(code: str) -> str:
    """Each language named in itself (so a person can find their own in any UI language)."""
    return {"be": "Беларуская", "ru": "Русский", "en": "English"}.get(code, code)


class LanguageManager:
    """Owns the installed translators of the application."""

    def __init__(self) -> None:
        self.current = "en"
        self._ours = QTranslator()
        self._qt = QTranslator()
        self._installed = False

    def apply(self, setting: str) -> str:
        """Install the language for ``setting`` ("system", "be", "ru", "en"); return its code."""
        code = resolve(setting)
        app = QCoreApplication.instance()
        if app is None or (self._installed and code == self.current):
            return code
        if self._installed:
            app.removeTranslator(self._ours)
            app.removeTranslator(self._qt)
        self._ours = QTranslator()
        self._qt = QTranslator()
        qm = translations_dir() / f"letapis_{code}.qm"
        if qm.is_file():
            self._ours.load(str(qm))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._qt.load(f"qtbase_{code}", qt_dir)
        app.installTranslator(self._qt)
        app.installTranslator(self._ours)
        self._installed = True
        QLocale.setDefault(QLocale(code))
        self.current = code
        return code
