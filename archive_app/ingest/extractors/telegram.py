"""Telegram Desktop chat exports: ``result.json`` and ``messages*.html``.

Each message becomes a document with the chat, sender and date in its metadata and its
provenance (chat name, message id, the message it replies to), so it can be found on its own
and read in the context of its chat. Photos, files, voice and video messages the export holds
become attachments read from the export folder; a path that leaves the folder is refused.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from archive_app.ingest.extractors.common import ExtractionError, guess_mime, make_document
from archive_app.ingest.model import NewAttachment, NewDocument

__all__ = ["extract_html", "extract_json", "is_telegram_export_dir"]

MAX_MEDIA_BYTES = 2 * 1024 * 1024 * 1024
_MEDIA_KEYS = ("photo", "file", "thumbnail")
#: Folders a Telegram Desktop export keeps its media and page assets in.
EXPORT_MEDIA_DIRS = frozenset(
    {"photos", "files", "video_files", "voice_messages", "round_video_messages", "stickers",
     "animations", "contacts", "css", "js", "images", "chats", "lists", "profile_pictures"}
)  # fmt: skip


def is_telegram_export_dir(folder: Path) -> bool:
    """True if ``folder`` holds a Telegram Desktop export (result.json or messages.html).

    :param folder: a folder being imported.
    """
    result = folder / "result.json"
    if result.is_file():
        try:
            with result.open("rb") as fh:
                head = fh.read(65536)
        except OSError:
            return False
        return b'"messages"' in head or b'"chats"' in head
    html = folder / "messages.html"
    if html.is_file():
        try:
            with html.open("rb") as fh:
                return b"page_wrap" in fh.read(8192)
        except OSError:
            return False
    return False


def _media(base: Path, rel: str) -> NewAttachment | None:
    """An attachment for a media path named by the export, if it is a file inside it."""
    if not rel or rel.startswith("(") or "://" in rel or "\x00" in rel:
        return None  # "(File not included. …)", a link, or no path a file system can have
    try:
        root = base.resolve()
        target = (base / rel).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if root not in target.parents or not target.is_file() or (base / rel).is_symlink():
        return None
    size = target.stat().st_size
    if size > MAX_MEDIA_BYTES:
        return None
    digest = hashlib.sha256()
    with target.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return NewAttachment(
        name=target.name,
        sha256=digest.hexdigest(),
        size=size,
        mime=guess_mime(target.name),
        path=target,
        metadata={"export_path": rel},
    )


def _flat_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in value
            if isinstance(part, str | dict)
        )
    return ""


def _message_doc(
    chat: str, msg: dict[str, Any], base: Path, source_name: str, chat_id: Any = None
) -> NewDocument | None:
    if msg.get("type") != "message":
        return None  # service messages (joined, pinned …) carry no testimony
    text = _flat_text(msg.get("text"))
    attachments = [
        a for a in (_media(base, str(msg.get(k, ""))) for k in _MEDIA_KEYS if msg.get(k)) if a
    ]
    sender = str(msg.get("from") or msg.get("actor") or "")
    date = str(msg.get("date") or "") or None
    # Stable across re-exports of a growing chat: lets the archive recognise a message it
    # already holds although the export file (and its SHA-256) changed. The HTML form has no
    # chat id: its chat is named by its title, and the message's time (in UTC, as the
    # exporting computer's time zone may differ) tells apart two chats of the same title.
    if chat_id is not None:
        message_key = f"telegram:{chat_id}:{msg.get('id')}"
    else:
        message_key = f"telegram:{chat}:{msg.get('id')}:{_utc(date)}"
    metadata: dict[str, Any] = {
        "format": "telegram",
        "chat": chat,
        "sender": sender,
        "message_id": msg.get("id"),
        "date": date,
        "message_key": message_key,
    }
    if chat_id is not None:
        metadata["chat_id"] = chat_id
    for key in ("reply_to_message_id", "forwarded_from", "media_type", "edited"):
        if msg.get(key):
            metadata[key] = msg[key]
    missing = [str(msg[k]) for k in _MEDIA_KEYS if msg.get(k) and str(msg[k]).startswith("(")]
    if missing:
        metadata["media_not_included"] = missing
    if not text.strip() and not attachments and not missing:
        return None
    first = (
        text.strip().splitlines()[0][:120] if text.strip() else (msg.get("media_type") or "media")
    )
    return make_document(
        text,
        title=f"{chat}: {first}" if chat else str(first),
        date=date,
        author=sender or None,
        source=f"Telegram: {chat}" if chat else "Telegram",
        metadata=metadata,
        attachments=attachments,
        provenance={
            "format": "telegram",
            "file": source_name,
            "chat": chat,
            "message_id": msg.get("id"),
            "reply_to": msg.get("reply_to_message_id"),
            "part": f"message {msg.get('id')}",
            "message_key": message_key,
        },
    )


def _utc(date: str | None) -> str:
    """An ISO date-time in UTC when it carries an offset, else as written ("" if none)."""
    if not date:
        return ""
    try:
        when = datetime.fromisoformat(date)
    except ValueError:
        return date
    if when.tzinfo is None:
        return when.isoformat()
    return when.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def _chats(data: Any) -> list[dict[str, Any]]:
    if not isinstance(data, dict):
        return []
    if isinstance(data.get("messages"), list):
        return [data]
    chats = data.get("chats")
    if isinstance(chats, dict) and isinstance(chats.get("list"), list):
        return [c for c in chats["list"] if isinstance(c, dict)]
    return []


def extract_json(path: Path, data: bytes) -> list[NewDocument]:
    """Read a Telegram Desktop ``result.json`` export: one document per message.

    :param path: the result.json path (media are looked up beside it).
    :param data: its bytes.
    :raises ExtractionError: not JSON, or no chat in it.
    """
    try:
        parsed = json.loads(data)
    except (ValueError, RecursionError):
        raise ExtractionError("it is not a readable Telegram export (broken JSON)") from None
    chats = _chats(parsed)
    if not chats:
        raise ExtractionError("it is not a Telegram chat export (no messages found)")
    docs: list[NewDocument] = []
    for chat in chats:
        name = str(chat.get("name") or chat.get("type") or "chat")
        for msg in chat.get("messages", []):
            if isinstance(msg, dict):
                doc = _message_doc(name, msg, path.parent, path.name, chat.get("id"))
                if doc is not None:
                    docs.append(doc)
    return _chat_language(docs)


def _chat_language(docs: list[NewDocument]) -> list[NewDocument]:
    """Give short messages ("Вось фота") the language of their chat when theirs is unclear."""
    from archive_app.ingest.language import detect_language

    by_chat: dict[str, list[NewDocument]] = {}
    for doc in docs:
        by_chat.setdefault(str(doc.metadata.get("chat", "")), []).append(doc)
    for chat_docs in by_chat.values():
        unknown = [d for d in chat_docs if d.language is None and d.text.strip()]
        if not unknown:
            continue
        sample = "\n".join(d.text for d in chat_docs[:2000])[:50_000]
        language = detect_language(sample)
        for doc in unknown:
            doc.language = language
    return docs


class _HtmlExport(HTMLParser):
    """Telegram Desktop's messages.html: div.message blocks with from_name, date, text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chat = ""
        self.messages: list[dict[str, Any]] = []
        self._cur: dict[str, Any] | None = None
        self._field: str | None = None
        self._depth = 0
        self._field_depth = 0
        self._msg_depth = 0
        self._in_header = False
        self._last_sender = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = set(a.get("class", "").split())
        if tag == "div":
            self._depth += 1
        if "page_header" in classes:
            self._in_header = True
        if tag == "div" and "message" in classes and "id" in a:
            self._cur = {"id": a["id"].removeprefix("message"), "type": "message", "text": ""}
            if "service" in classes:
                self._cur["type"] = "service"
            self._msg_depth = self._depth
            self.messages.append(self._cur)
            return
        if self._cur is None:
            if self._in_header and "text" in classes:
                self._field = "chat"
                self._field_depth = self._depth
            return
        if "from_name" in classes:
            self._field, self._field_depth = "from", self._depth
            self._cur["from"] = ""
        elif "date" in classes and a.get("title"):
            self._cur["date"] = _html_date(a["title"])
        elif tag == "div" and "text" in classes:
            self._field, self._field_depth = "text", self._depth
        elif tag == "a" and a.get("href") and (
            classes & {"photo_wrap", "video_file_wrap", "media_voice_message", "media_file",
                       "animated_wrap", "media_video", "media", "media_audio_file"}
        ):  # fmt: skip
            self._cur.setdefault("media", []).append(a["href"])
        elif tag == "br" and self._field == "text":
            self._cur["text"] += "\n"

    def handle_endtag(self, tag: str) -> None:
        if tag != "div":
            return
        if self._field and self._depth == self._field_depth:
            self._field = None
        if self._cur is not None and self._depth == self._msg_depth:
            if not self._cur.get("from"):
                self._cur["from"] = self._last_sender  # "joined" messages omit the name
            self._last_sender = self._cur.get("from", "")
            self._cur = None
        if self._in_header and self._field is None and self._cur is None and self.chat:
            self._in_header = False
        self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._field == "chat":
            self.chat += data.strip()
        elif self._cur is not None and self._field in ("from", "text"):
            key = self._field
            self._cur[key] = self._cur.get(key, "") + (data.strip() if key == "from" else data)


def _html_date(title: str) -> str | None:
    m = re.match(r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d):(\d\d)(?: UTC([+-]\d\d):?(\d\d))?", title)
    if not m:
        return None
    try:
        when = datetime(int(m[3]), int(m[2]), int(m[1]), int(m[4]), int(m[5]), int(m[6]))
    except ValueError:
        return None
    iso = when.isoformat()
    return iso + f"{m[7]}:{m[8]}" if m[7] else iso


def extract_html(path: Path, data: bytes) -> list[NewDocument]:
    """Read one ``messages*.html`` page of a Telegram Desktop export.

    :param path: the page's path (media are looked up beside it).
    :param data: its bytes (UTF-8, as Telegram writes them).
    """
    parser = _HtmlExport()
    parser.feed(data.decode("utf-8", errors="replace"))
    parser.close()
    docs = []
    for msg in parser.messages:
        media = msg.pop("media", [])
        if media:
            msg["file"] = media[0]
            if len(media) > 1:
                msg["thumbnail"] = media[1]
        if isinstance(msg.get("id"), str) and msg["id"].isdigit():
            msg["id"] = int(msg["id"])
        doc = _message_doc(parser.chat.strip(), msg, path.parent, path.name)
        if doc is not None:
            docs.append(doc)
    if not docs and not parser.messages:
        raise ExtractionError("it is not a Telegram chat export page (no messages found)")
    return _chat_language(docs)
