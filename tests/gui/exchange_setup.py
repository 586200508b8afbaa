"""Helpers for the exchange GUI tests: real vaults on disk, prepared through the core API."""

from __future__ import annotations

from pathlib import Path

from archive_app.archive import Archive
from archive_app.gui import theme
from archive_app.gui.i18n import LanguageManager
from archive_app.gui.window import MainWindow
from archive_app.ingest.model import IntakeDefaults

from .conftest import FAST_KDF, PASSPHRASE

DOCS = {
    "zajava.txt": "Заява пра затрыманне ў Гродна. Сведкі бачылі затрыманне 12 чалавек.\n",
    "letter.md": "# Letter from Hrodna\n\nDear friends, our neighbours in Hrodna were detained.\n",
    "report.txt": "Справаздача каардынатара за тыдзень: тры сустрэчы, два сведчанні.\n",
}


def make_vault(folder: Path, name: str, identity: str, docs: dict[str, str] | None) -> Path:
    """A closed vault called ``name`` whose card says ``identity``, holding ``docs``."""
    path = folder / f"{name}.letapis"
    archive, _ = Archive.create(path, PASSPHRASE, kdf=FAST_KDF)
    try:
        archive.set_identity_name(identity)
        if docs:
            src = folder / f"{name}-incoming"
            src.mkdir()
            for file_name, text in docs.items():
                (src / file_name).write_text(text, encoding="utf-8")
            report = archive.add_paths([src], IntakeDefaults(collection="Hrodna 2020"), workers=1)
            assert len(report.added) == len(docs)
    finally:
        archive.close()
    return path


def swap_cards(a: Path, b: Path, *, verified: bool = True) -> None:
    """Each vault adds the other's card (as two people who met would, in the GUI or CLI)."""
    with Archive.open(a, PASSPHRASE) as va, Archive.open(b, PASSPHRASE) as vb:
        card_a, card_b = va.identity().card(), vb.identity().card()
        va.add_contact(card_b, verified=verified)
        vb.add_contact(card_a, verified=verified)


def export(vault: Path, out: Path, to: str, scope: str = "all") -> list[Path]:
    with Archive.open(vault, PASSPHRASE) as archive:
        return list(archive.export_bundle(out, to=[to], scope=scope).paths)


def receive(vault: Path, bundle: Path) -> None:
    with Archive.open(vault, PASSPHRASE) as archive:
        archive.receive_bundle(bundle)


def titles(vault: Path) -> dict[str, str]:
    with Archive.open(vault, PASSPHRASE) as archive:
        return {d.id: d.title for d in archive.list_documents()}


def edit_title(vault: Path, doc_id: str, title: str) -> None:
    with Archive.open(vault, PASSPHRASE) as archive:
        archive.update_document(doc_id, {"title": title})


def new_window(qtbot, settings_path: Path, lang: str = "en") -> MainWindow:  # type: ignore[no-untyped-def]
    from archive_app.gui.settings import Settings

    languages = LanguageManager()
    languages.apply(lang)
    theme.apply_theme("light")
    win = MainWindow(Settings(settings_path), kdf=FAST_KDF, languages=languages)
    qtbot.addWidget(win)
    win.show()
    return win
