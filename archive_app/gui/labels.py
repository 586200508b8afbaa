"""Translated names of things the core layers name in English codes (types, languages)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


#: Technical metadata keys the readers (ingest/extractors) write, with translated names.
_METADATA_KEYS: dict[str, str] = {
    "format": QT_TRANSLATE_NOOP("Labels", "Format"),
    "chat": QT_TRANSLATE_NOOP("Labels", "Chat"),
    "chat_id": QT_TRANSLATE_NOOP("Labels", "Chat id"),
    "sender": QT_TRANSLATE_NOOP("Labels", "Sender"),
    "message_id": QT_TRANSLATE_NOOP("Labels", "Message ID"),
    "message_key": QT_TRANSLATE_NOOP("Labels", "Message key"),
    "reply_to_message_id": QT_TRANSLATE_NOOP("Labels", "Reply to message"),
    "forwarded_from": QT_TRANSLATE_NOOP("Labels", "Forwarded from"),
    "media_type": QT_TRANSLATE_NOOP("Labels", "Media type"),
    "media_not_included": QT_TRANSLATE_NOOP("Labels", "Media not in the export"),
    "export_path": QT_TRANSLATE_NOOP("Labels", "Path in the export"),
    "edited": QT_TRANSLATE_NOOP("Labels", "Edited"),
    "date": QT_TRANSLATE_NOOP("Labels", "Date"),
    "from": QT_TRANSLATE_NOOP("Labels", "From"),
    "to": QT_TRANSLATE_NOOP("Labels", "To"),
    "cc": QT_TRANSLATE_NOOP("Labels", "Copy to"),
    "subject": QT_TRANSLATE_NOOP("Labels", "Subject"),
    "in_reply_to": QT_TRANSLATE_NOOP("Labels", "In reply to"),
    "references": QT_TRANSLATE_NOOP("Labels", "Earlier messages in the thread"),
    "encoding": QT_TRANSLATE_NOOP("Labels", "Character encoding"),
    "declared_charset": QT_TRANSLATE_NOOP("Labels", "Declared character encoding"),
    "width": QT_TRANSLATE_NOOP("Labels", "Width (pixels)"),
    "height": QT_TRANSLATE_NOOP("Labels", "Height (pixels)"),
    "mode": QT_TRANSLATE_NOOP("Labels", "Colour mode"),
    "frames": QT_TRANSLATE_NOOP("Labels", "Frames"),
    "exif": QT_TRANSLATE_NOOP("Labels", "Camera data (EXIF)"),
    "iptc": QT_TRANSLATE_NOOP("Labels", "Photo description (IPTC)"),
    "xmp": QT_TRANSLATE_NOOP("Labels", "Embedded description (XMP)"),
    "gps": QT_TRANSLATE_NOOP("Labels", "Location (GPS)"),
    "duration": QT_TRANSLATE_NOOP("Labels", "Duration"),
    "codec": QT_TRANSLATE_NOOP("Labels", "Codec"),
    "container": QT_TRANSLATE_NOOP("Labels", "Container"),
    "bitrate": QT_TRANSLATE_NOOP("Labels", "Bit rate"),
    "samplerate": QT_TRANSLATE_NOOP("Labels", "Sample rate"),
    "channels": QT_TRANSLATE_NOOP("Labels", "Channels"),
    "artist": QT_TRANSLATE_NOOP("Labels", "Artist"),
    "album": QT_TRANSLATE_NOOP("Labels", "Album"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "year": QT_TRANSLATE_NOOP("Labels", "Year"),
    "creation_time": QT_TRANSLATE_NOOP("Labels", "Created"),
    "pages": QT_TRANSLATE_NOOP("Labels", "Pages"),
    "page_count": QT_TRANSLATE_NOOP("Labels", "Pages"),
    "slides": QT_TRANSLATE_NOOP("Labels", "Slides"),
    "sheets": QT_TRANSLATE_NOOP("Labels", "Sheets"),
    "size": QT_TRANSLATE_NOOP("Labels", "Size (bytes)"),
    "keywords": QT_TRANSLATE_NOOP("Labels", "Keywords"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "ocr": QT_TRANSLATE_NOOP("Labels", "Text recognition (OCR)"),
    "ocr_pages": QT_TRANSLATE_NOOP("Labels", "Pages read by text recognition"),
    "pages_without_text": QT_TRANSLATE_NOOP("Labels", "Pages without text"),
    "pages_unreadable": QT_TRANSLATE_NOOP("Labels", "Unreadable pages"),
    "damaged": QT_TRANSLATE_NOOP("Labels", "Damage found"),
    "defects": QT_TRANSLATE_NOOP("Labels", "Structural defects"),
    "problems": QT_TRANSLATE_NOOP("Labels", "Problems"),
    "inside": QT_TRANSLATE_NOOP("Labels", "Found inside"),
}


def metadata_key(key: str) -> str:
    """A technical metadata key, translated where it is a common one; else the raw key."""
    source = _METADATA_KEYS.get(key)
    return QCoreApplication.translate("Labels", source) if source else key


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
        "receive-update": QCoreApplication.translate("Labels", "Updated from a bundle"),
        "receive-conflict": QCoreApplication.translate(
            "Labels", "Received in a bundle: edited both here and by the sender"
        ),
        "resolve-conflict": QCoreApplication.translate("Labels", "Conflict resolved"),
        "conflict-copy": QCoreApplication.translate(
            "Labels", "Added as a copy when both versions were kept"
        ),
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
