"""Window settings, declared once with their defaults (Picard style).

Only preferences live here: auto-lock minutes, language, theme, and — only if the person
turns it on — the paths of recently opened vault folders. Never a title, a file name inside
a vault, a passphrase or any document content (J2: no recent-file lists leaking names).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

LANGUAGES = ("system", "be", "ru", "en")
THEMES = ("system", "light", "dark")
MAX_RECENT = 5


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type


OPTIONS = {
    "auto_lock_minutes": Option("security/auto_lock_minutes", 10, int),
    "language": Option("ui/language", "system", str),
    "theme": Option("ui/theme", "system", str),
    "remember_recent": Option("privacy/remember_recent", False, bool),
}


class Settings:
    """Typed access to QSettings; ``path`` gives an INI file (tests use a temp folder)."""

    VERSION = 1

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qs = QSettings("Letapis", "Letapis")
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        if self._qs.value("version") is None:
            self._qs.setValue("version", self.VERSION)

    def get(self, name: str) -> Any:
        opt = OPTIONS[name]
        value = self._qs.value(opt.key, opt.default)
        if opt.kind is bool:
            return value in (True, "true", "1", 1)
        try:
            return opt.kind(value)
        except (TypeError, ValueError):
            return opt.default

    def set(self, name: str, value: Any) -> None:
        opt = OPTIONS[name]
        self._qs.setValue(opt.key, opt.kind(value))
        if name == "remember_recent" and not value:
            self._qs.remove("privacy/recent")
        self._qs.sync()

    @property
    def auto_lock_minutes(self) -> int:
        return max(0, int(self.get("auto_lock_minutes")))

    @property
    def language(self) -> str:
        value = self.get("language")
        return value if value in LANGUAGES else "system"

    @property
    def theme(self) -> str:
        value = self.get("theme")
        return value if value in THEMES else "system"

    def recent_vaults(self) -> list[Path]:
        if not self.get("remember_recent"):
            return []
        value = self._qs.value("privacy/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in items if p][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        """Remember a vault folder (only when the person opted in)."""
        if not self.get("remember_recent"):
            return
        paths = [str(path)] + [str(p) for p in self.recent_vaults() if p != path]
        self._qs.setValue("privacy/recent", paths[:MAX_RECENT])
        self._qs.sync()

    def clear_recent(self) -> None:
        self._qs.remove("privacy/recent")
        self._qs.sync()

    def all_keys(self) -> list[str]:
        return list(self._qs.allKeys())
