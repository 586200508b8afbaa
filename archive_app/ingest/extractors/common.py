"""Helpers shared by the extractors: building documents, titles, dates, types, limits."""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
from datetime import datetime
from typing import Any

from archive_app.ingest.language import detect_language
from archive_app.ingest.model import DocType, NewAttachment, NewDocument

__all__ = [
    "MAX_TEXT_CHARS",
    "ExtractionError",
    "attachment_from_bytes",
    "clean_text",
    "guess_date",
    "guess_mime",
    "guess_title",
    "guess_type",
    "make_document",
]

#: Text beyond this many characters is cut: a document's text is for reading and searching,
#: and a 100 MB "text" is an attack on the index, not testimony. The original keeps it all.
MAX_TEXT_CHARS = 20_000_000
_TITLE_MAX = 200
_LETTER = re.compile(r"[^\W\d_]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class ExtractionError(Exception):
    """A file could not be read; ``str()`` is a short plain reason without content."""


def clean_text(text: str) -> str:
    """NFC-normalise, unify line ends and drop NULs and trailing blank space.

    :param text: raw extracted text.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\x00", "")
    text = _SURROGATE.sub("\ufffd", text)  # lone surrogates cannot be stored or encoded
    # Line by line, not re.sub(r"[ \t]+\n"): that is quadratic on a long run of spaces.
    text = "\n".join(line.rstrip(" \t\u00a0") for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()[:MAX_TEXT_CHARS]


#: Navigation labels of pages saved from the web as text: never a document's title.
_NAVIGATION_LINES = frozenset(
    word.strip()
    for word in """all news|archive news|news|latest news|home|menu|main menu|skip to content|
    share|search|
    print|back|next|previous|read more|subscribe|log in|sign in|главная|новости|все новости|
    архив новостей|меню|поиск|поделиться|галоўная|навіны|усе навіны|архіў навін|пошук|
    падзяліцца|головна|новини|усі новини|пошук|поділитися|strona główna|wiadomości|
    aktualności|szukaj|udostępnij""".split("|")
)


def guess_title(text: str, fallback: str = "") -> str:
    """Return the first non-empty line of ``text`` (shortened), or ``fallback``.

    Navigation labels of a saved web page ("All News", "Главная") are skipped.

    :param text: the document's text.
    :param fallback: used when the text has no line with a letter (e.g. the file name).
    """
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line.casefold() in _NAVIGATION_LINES:
            continue
        if len(_LETTER.findall(line, 0, 200)) >= 3:
            if len(line) > _TITLE_MAX:
                cut = line[:_TITLE_MAX].rsplit(" ", 1)[0]
                return cut + "…"
            return line
    return fallback


# Words that, near the start of a text, say it is a statement.
_STATEMENT_WORDS = re.compile(
    r"\b(statement|declaration|заява|заявление|заяву|oświadczenie|звернення|"
    r"зварот|обращение|апеляцыя|апелляция|odezwa|komunikat)\b",
    re.IGNORECASE,
)


def guess_type(text: str, title: str = "", default: DocType = "other") -> DocType:
    """Guess the document type from its wording: "statement" if it says so early on.

    :param text: the document's text.
    :param title: its title (weighs as much as the first 600 characters).
    :param default: the type when nothing points to a statement.
    """
    if default in ("letter", "evidence"):
        return default
    if _STATEMENT_WORDS.search(title) or _STATEMENT_WORDS.search(text[:600]):
        return "statement"
    return default


_MONTHS = {
    # English, Russian, Belarusian, Ukrainian, Polish month names (genitive forms too).
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "студзеня": 1, "лютага": 2, "сакавіка": 3, "красавіка": 4, "траўня": 5,
    "чэрвеня": 6, "ліпеня": 7, "жніўня": 8, "верасня": 9, "кастрычніка": 10,
    "лістапада": 11, "снежня": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
}  # fmt: skip
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")
_DOT_DATE = re.compile(r"\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)\b")
_WORD_DATE = re.compile(r"\b(0?[1-9]|[12]\d|3[01])\s+([^\W\d_]+)\s+((?:19|20)\d\d)\b")
_WORD_DATE_EN = re.compile(r"\b([A-Z][a-z]+)\s+(0?[1-9]|[12]\d|3[01]),\s+((?:19|20)\d\d)\b")


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None


def guess_date(text: str) -> str | None:
    """Find the first plausible date in the first 3,000 characters of ``text``.

    :param text: the document's text.
    :returns: an ISO date ("2020-08-09") or None.
    """
    head = text[:3000]
    found: list[tuple[int, str]] = []
    for m in _ISO_DATE.finditer(head):
        if (iso := _valid(int(m[1]), int(m[2]), int(m[3]))) is not None:
            found.append((m.start(), iso))
            break
    for m in _DOT_DATE.finditer(head):
        if (iso := _valid(int(m[3]), int(m[2]), int(m[1]))) is not None:
            found.append((m.start(), iso))
            break
    for m in _WORD_DATE.finditer(head):
        month = _MONTHS.get(m[2].lower())
        if month and (iso := _valid(int(m[3]), month, int(m[1]))) is not None:
            found.append((m.start(), iso))
            break
    for m in _WORD_DATE_EN.finditer(head):
        month = _MONTHS.get(m[1].lower())
        if month and (iso := _valid(int(m[3]), month, int(m[2]))) is not None:
            found.append((m.start(), iso))
            break
    return min(found)[1] if found else None


def guess_mime(name: str, default: str = "application/octet-stream") -> str:
    """MIME type from a file name (the standard table, no system files consulted).

    :param name: a file name.
    :param default: used for unknown extensions.
    """
    mime, _ = mimetypes.guess_type(name, strict=False)
    return mime or default


def attachment_from_bytes(
    name: str, data: bytes, mime: str | None = None, *, text: str = "", **metadata: Any
) -> NewAttachment:
    """Build an in-memory attachment (e.g. a file attached to an e-mail).

    :param name: the attachment's file name as given by its container.
    :param data: its bytes.
    :param mime: its MIME type, guessed from the name if None.
    :param text: text extracted from it.
    :param metadata: technical metadata to keep with it.
    """
    return NewAttachment(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        mime=mime or guess_mime(name),
        data=data,
        text=text,
        metadata=dict(metadata),
    )


#: Attachments inside a file (e-mail, .msg) larger than this are not copied out of it: the
#: original file, kept whole, holds them, and the import's memory stays bounded.
MAX_INLINE_ATTACHMENT = 32 * 1024 * 1024


def inline_attachment(
    name: str, data: bytes, mime: str | None, text: str, skipped: list[dict[str, Any]]
) -> NewAttachment | None:
    """An attachment carried with the document, or None (noted in ``skipped``) if too large.

    :param name: the attachment's name.
    :param data: its bytes.
    :param mime: its MIME type, if known.
    :param text: text read from it.
    :param skipped: collects name, size, SHA-256 and type of attachments left in the original.
    """
    if len(data) > MAX_INLINE_ATTACHMENT:
        skipped.append(
            {
                "name": name,
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                "mime": mime or guess_mime(name),
            }
        )
        return None
    return attachment_from_bytes(name, data, mime, text=text)


def make_document(
    text: str,
    *,
    title: str | None = None,
    fallback_title: str = "",
    type: DocType = "other",
    date: str | None = None,
    author: str | None = None,
    source: str | None = None,
    metadata: dict[str, Any] | None = None,
    attachments: list[NewAttachment] | None = None,
    provenance: dict[str, Any] | None = None,
    language: str | None = None,
) -> NewDocument:
    """Build a :class:`NewDocument`, filling in what the extractor did not know.

    Title falls back to the first line of the text, then ``fallback_title``; the language is
    detected from the text (and the attachments' text when the body is empty); the date from
    the text; the type from its wording.

    :param text: the document's text (cleaned here).
    :param title: a title the format gave (PDF info, e-mail subject), if any.
    :param fallback_title: the title when neither ``title`` nor the text give one.
    :param type: the type the format implies ("letter" for e-mail, "evidence" for media).
    :param date: an ISO date the format gave (headers, EXIF), if any.
    :param author: the author or sender, if known.
    :param source: where it was published or received, if known.
    :param metadata: format-specific metadata.
    :param attachments: files kept with the document.
    :param provenance: where it came from within its file.
    :param language: the language if the format declared one reliably.
    """
    text = clean_text(text)
    attachments = attachments or []
    title = clean_text(title or "")[:_TITLE_MAX] or guess_title(text, fallback_title)
    if language is None:
        language = detect_language(text) if text else None
        if language is None and attachments:
            language = detect_language(" ".join(a.text for a in attachments))
    return NewDocument(
        title=title,
        text=text,
        type=guess_type(text, title, type),
        language=language,
        date=date or guess_date(text),
        source=source,
        author=author,
        metadata=metadata or {},
        attachments=attachments,
        provenance=provenance or {},
    )
