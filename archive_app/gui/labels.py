"""Translated names of things the core layers name in English codes (types, languages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

DOC_TYPES = ("statement", "letter", "evidence", "other")
LANGUAGE_CODES = ("be", "ru", "uk", "pl", "en")


def doc_type(code: str | None) -> str:
    names = {
        "statement": QCoreApplication.translate("Labels", "Statement"),
        "letter": QCoreApplication.translate("Labels", "Letter"),
        "evidence": QCoreApplication.translate("Labels", "Evidence"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return names.get(code or "other", code or "")


def language(code: str | None) -> str:
    if not code or code in ("und", "zxx", "mul"):  # ISO 639 codes for "no single language"
        return QCoreApplication.translate("Labels", "Unknown language")
    names = {
        "be": QCoreApplication.translate("Labels", "Belarusian"),
        "ru": QCoreApplication.translate("Labels", "Russian"),
        "uk": QCoreApplication.translate("Labels", "Ukrainian"),
        "pl": QCoreApplication.translate("Labels", "Polish"),
        "en": QCoreApplication.translate("Labels", "English"),
    }
    return names.get(code, code)


def field_name(name: str) -> str:
    names = {
        "title": QCoreApplication.translate("Labels", "Title"),
        "text": QCoreApplication.translate("Labels", "Text"),
        "type": QCoreApplication.translate("Labels", "Type"),
        "language": QCoreApplication.translate("Labels", "Language"),
        "date": QCoreApplication.translate("Labels", "Date"),
        "source": QCoreApplication.translate("Labels", "Source"),
        "author": QCoreApplication.translate("Labels", "Author"),
        "tags": QCoreApplication.translate("Labels", "Tags"),
        "collections": QCoreApplication.translate("Labels", "Collection"),
        "metadata": QCoreApplication.translate("Labels", "Technical metadata"),
    }
    return names.get(name, name)


def provenance_key(key: str) -> str:
    """A provenance (or metadata) field's name, from the intake layer's English keys."""
    names = {
        "file": QCoreApplication.translate("Labels", "File"),
        "format": QCoreApplication.translate("Labels", "Format"),
        "sha256": QCoreApplication.translate("Labels", "SHA-256 of the original"),
        "part": QCoreApplication.translate("Labels", "Part of the file"),
        "original_with": QCoreApplication.translate("Labels", "Original file"),
        "path_hint": QCoreApplication.translate("Labels", "Where it was"),
        "chat": QCoreApplication.translate("Labels", "Chat"),
        "message_id": QCoreApplication.translate("Labels", "Message number"),
        "message_key": QCoreApplication.translate("Labels", "Message key"),
        "reply_to": QCoreApplication.translate("Labels", "Reply to message"),
        "sender": QCoreApplication.translate("Labels", "Sender"),
        "chat_id": QCoreApplication.translate("Labels", "Chat id"),
        "date": QCoreApplication.translate("Labels", "Date"),
    }
    return names.get(key, key)


def provenance_value(key: str, value: object) -> str | None:
    """A provenance value the intake layer wrote in English, translated (else None)."""
    if key == "original_with" and value == "the first document of the same file":
        return QCoreApplication.translate("Labels", "kept with the first document of the same file")
    if key == "part" and isinstance(value, str) and value.startswith("message "):
        return QCoreApplication.translate("Labels", "message {n}").format(n=value[8:])
    if value is None:
        return "—"
    return None


def custody_action(action: str) -> str:
    names = {
        "intake": QCoreApplication.translate("Labels", "Added to the vault"),
        "add": QCoreApplication.translate("Labels", "Added to the vault"),
        "edit": QCoreApplication.translate("Labels", "Edited"),
        "delete": QCoreApplication.translate("Labels", "Deleted"),
        "export": QCoreApplication.translate("Labels", "Exported"),
        "receive": QCoreApplication.translate("Labels", "Received in a bundle"),
    }
    return names.get(action, action)


def translate_buttons(box: object) -> None:
    """Name the standard buttons of a QDialogButtonBox or QMessageBox ourselves.

    Qt ships no Belarusian translation of its own buttons, so OK/Cancel/Save/Close would
    stay in English in a Belarusian window.
    """
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    if isinstance(box, QDialogButtonBox):
        std = QDialogButtonBox.StandardButton
    elif isinstance(box, QMessageBox):
        std = QMessageBox.StandardButton  # type: ignore[assignment]
    else:
        return
    names = {
        std.Ok: QCoreApplication.translate("Labels", "OK"),
        std.Cancel: QCoreApplication.translate("Labels", "Cancel"),
        std.Save: QCoreApplication.translate("Labels", "Save"),
        std.Close: QCoreApplication.translate("Labels", "Close"),
    }
    for which, text in names.items():
        button = box.button(which)  # type: ignore[attr-defined]
        if button is not None:
            button.setText(text)
