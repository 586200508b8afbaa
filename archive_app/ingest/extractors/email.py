"""E-mail: ``.eml`` (one message) and ``.mbox`` (one document per message).

Python's ``email`` package with ``policy.default`` decodes encoded-word headers, quoted-printable
and base64; where it gives up (raw 8-bit headers, lying or unknown charsets, malformed base64)
we fall back to our own decoding rather than losing the message. Attachments become
attachments, with their text extracted by the same readers (one level deep).
"""

from __future__ import annotations

import email.errors
import email.header
import email.utils
import re
from collections.abc import Callable, Iterator
from email import policy
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any

from archive_app.ingest.encoding import decode_text, normalise_codec
from archive_app.ingest.extractors.common import (
    ExtractionError,
    inline_attachment,
    make_document,
)
from archive_app.ingest.extractors.html import html_to_text
from archive_app.ingest.extractors.tnef import is_tnef, unpack_tnef
from archive_app.ingest.model import NewAttachment, NewDocument

__all__ = ["extract_eml", "extract_mbox", "message_to_document"]

#: How deeply attachments are themselves read (an e-mail inside an e-mail inside …).
MAX_NESTING = 2
#: Attachments larger than this are kept but not read for text.
MAX_ATTACHMENT_READ = 50 * 1024 * 1024
_MAX_MESSAGES = 200_000

# MIME defects worth telling a person about, in plain words.
_DEFECT_WORDS = {
    "CloseBoundaryNotFoundDefect": "its last part is not closed",
    "StartBoundaryNotFoundDefect": "its parts are not where its header says",
    "MultipartInvariantViolationDefect": "its parts are not where its header says",
    "RecoveredMultipart": "its parts are not where its header says",
    "InvalidBase64CharactersDefect": "an attachment has invalid base64",
    "InvalidBase64PaddingDefect": "an attachment has invalid base64",
    "InvalidBase64LengthDefect": "an attachment has invalid base64",
    "MissingHeaderBodySeparatorDefect": "a header is malformed",
    "InvalidHeaderDefect": "a header is malformed",
    "NonASCIIHeaderDefect": "a header has raw non-ASCII bytes",
}

_RECOVERED = "X-Letapis-Recovered-Multipart"
_MAX_STRUCTURED_HEADERS = 32 * 1024

AttachmentReader = Callable[[str, bytes, int], str]
"""``(name, data, depth) -> text``: reads an attachment's text (set by the registry)."""


def decode_declared(data: bytes, charset: str | None) -> str:
    """Decode a MIME part's bytes: the declared charset if it fits, else detection.

    :param data: the decoded (transfer-encoding removed) payload.
    :param charset: the charset the part declares, if any.
    """
    codec = normalise_codec(charset)
    if codec and codec not in ("ascii", "us-ascii"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    return decode_text(data, declared=charset).text


def _fix_surrogates(value: str) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes; decode them properly."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    raw = value.encode("utf-8", "surrogateescape")
    return decode_text(raw).text


def _header(msg: Message, name: str) -> str:
    """A header as text, whatever state it is in; "" if absent."""
    try:
        value = msg.get(name)
    except (
        IndexError,
        ValueError,
        TypeError,
        LookupError,
        AttributeError,
        email.errors.MessageError,
    ):
        # get_all() would run the same failing parser: take the raw header text instead.
        raw = [v for k, v in msg.raw_items() if k.lower() == name.lower()]
        value = str(raw[0]) if raw else None
    if value is None:
        return ""
    text = str(value)
    if "=?" in text:
        # policy.default leaves encoded words it cannot decode (unknown charset) alone.
        try:
            parts = email.header.decode_header(text)
            text = "".join(decode_declared(p, c) if isinstance(p, bytes) else p for p, c in parts)
        except (email.errors.HeaderParseError, ValueError, LookupError):
            pass
    return re.sub(r"\s+", " ", _fix_surrogates(text)).strip()


def _iso_date(value: str) -> str | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None or not 1900 <= parsed.year <= 2100:
        return None  # "Mon, 30 Jun 3609" is in the corpus: keep the raw header only
    return parsed.isoformat()


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError, LookupError, AssertionError):
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _part_filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except (ValueError, TypeError, LookupError, email.errors.MessageError):
        name = None
    if name:
        return _fix_surrogates(str(name)).replace("/", "_").replace("\\", "_").strip() or None
    return None


def _body_and_attachments(
    msg: Message, read_attachment: AttachmentReader | None, depth: int
) -> tuple[str, list[NewAttachment], list[str]]:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[NewAttachment] = []
    problems: list[str] = []
    skipped: list[dict[str, Any]] = []
    tnef_bodies: list[tuple[str, bool]] = []  # (text, is HTML) from winmail.dat parts
    for index, part in enumerate(_leaves(msg)):
        ctype = part.get_content_type()
        filename = _part_filename(part)
        if ctype == "message/rfc822":
            # A forwarded message stays whole, as an .eml attachment read in its own right,
            # rather than having its body run into this one's.
            data = _embedded_bytes(part)
            name = filename or f"forwarded-message-{index}.eml"
            text = ""
            if read_attachment is not None and depth < MAX_NESTING:
                try:
                    text = read_attachment(name if name.endswith(".eml") else name + ".eml",
                                           data, depth + 1)  # fmt: skip
                except ExtractionError as exc:
                    problems.append(f"attachment {name}: {exc}")
            att = inline_attachment(name, data, ctype, text, skipped)
            if att is not None:
                attachments.append(att)
            continue
        # _header, not part.get: a header with raw 8-bit bytes comes back as a Header object
        # under compat32 (fuzzer finding: AttributeError on .split).
        disposition = _header(part, "Content-Disposition").split(";")[0].strip().lower()
        is_body = (
            ctype in ("text/plain", "text/html")
            and disposition != "attachment"
            and filename is None
        )
        data = _payload(part)
        if is_body:
            text = decode_declared(data, part.get_content_charset())
            (plain if ctype == "text/plain" else html).append(text)
            continue
        name = filename or f"attachment-{index}"
        if is_tnef(data):
            # Outlook's winmail.dat: kept as it came, and the files in it become attachments.
            _unpack_tnef(name, data, read_attachment, depth, attachments, tnef_bodies, problems)
            att = inline_attachment(name, data, ctype, "", skipped)
            if att is not None:
                attachments.append(att)
            continue
        text = ""
        if read_attachment is not None and depth < MAX_NESTING and len(data) <= MAX_ATTACHMENT_READ:
            try:
                text = read_attachment(name, data, depth + 1)
            except ExtractionError as exc:
                problems.append(f"attachment {name}: {exc}")
        att = inline_attachment(name, data, ctype, text, skipped)
        if att is not None:
            attachments.append(att)
    if not "".join(plain + html).strip():  # Outlook put the only body in its winmail.dat
        plain = [t for t, is_html in tnef_bodies if not is_html]
        html = [t for t, is_html in tnef_bodies if is_html]
    if plain:
        body = "\n\n".join(plain)
    else:
        body = "\n\n".join(html_to_text(h, main_only=False)[0] for h in html)
    for big in skipped:
        problems.append(f"attachment {big['name']} is kept inside the original file only")
    return body, attachments, problems


def _unpack_tnef(
    name: str,
    data: bytes,
    read_attachment: AttachmentReader | None,
    depth: int,
    attachments: list[NewAttachment],
    bodies: list[tuple[str, bool]],
    problems: list[str],
) -> None:
    """Add the files of a winmail.dat part as attachments (read for text) and keep its body."""
    try:
        plain, html, files = unpack_tnef(data)
    except ExtractionError as exc:
        problems.append(f"attachment {name}: {exc}")
        return
    if plain.strip():
        bodies.append((plain, False))
    elif html.strip():
        bodies.append((html, True))
    skipped: list[dict[str, Any]] = []
    for file_name, content in files:
        text = ""
        if (
            read_attachment is not None
            and depth < MAX_NESTING
            and len(content) <= MAX_ATTACHMENT_READ
        ):
            try:
                text = read_attachment(file_name, content, depth + 1)
            except ExtractionError as exc:
                problems.append(f"attachment {file_name} (in {name}): {exc}")
        att = inline_attachment(file_name, content, None, text, skipped)
        if att is not None:
            att.metadata["inside"] = name
            attachments.append(att)
    for big in skipped:
        problems.append(
            f"attachment {big['name']} (in {name}) is kept inside the original file only"
        )


def _leaves(msg: Message, depth: int = 0) -> Iterator[Message]:
    """Leaf parts in order, with an embedded message (message/rfc822) as one leaf."""
    if msg.get_content_type() == "message/rfc822" or not msg.is_multipart() or depth > 50:
        yield msg
        return
    payload = msg.get_payload()
    for sub in payload if isinstance(payload, list) else []:
        if isinstance(sub, Message):
            yield from _leaves(sub, depth + 1)


def _embedded_bytes(part: Message) -> bytes:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if isinstance(inner, Message):
        try:
            return inner.as_bytes(policy=policy.compat32)
        except (ValueError, TypeError, LookupError, UnicodeError, email.errors.MessageError):
            return str(inner).encode("utf-8", "surrogateescape")
    if isinstance(payload, str):
        return payload.encode("utf-8", "surrogateescape")
    return b""


def _addresses(value: str) -> list[str]:
    """Split an address list on commas outside quotes (linear: headers can be huge)."""
    out: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in value:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            out.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    out.append("".join(current).strip())
    return [a for a in out if a][:10_000]


def message_to_document(
    msg: Message,
    *,
    parts: Message | None = None,
    read_attachment: AttachmentReader | None = None,
    depth: int = 0,
    provenance: dict[str, Any] | None = None,
) -> NewDocument:
    """Turn one parsed message into a "letter" document.

    :param msg: the parsed message.
    :param parts: where body and attachments are, if not in ``msg`` (see :func:`parse_message`).
    :param read_attachment: reads an attachment's text; None to keep attachments unread.
    :param depth: how deep inside other files this message sits.
    :param provenance: where the message came from.
    """
    subject = _header(msg, "Subject")
    sender = _header(msg, "From")
    date_raw = _header(msg, "Date")
    parts = parts if parts is not None else msg
    body, attachments, problems = _body_and_attachments(parts, read_attachment, depth)
    metadata: dict[str, Any] = {
        "from": sender,
        "to": _addresses(_header(msg, "To")),
        "cc": _addresses(_header(msg, "Cc")),
        "subject": subject,
        "date": date_raw,
        "message_id": _header(msg, "Message-ID"),
        # Threads: what this message answers, so it can be read in context.
        "in_reply_to": _header(msg, "In-Reply-To"),
        "references": _header(msg, "References").split()[:100],
        "format": "email",
    }
    # Defects of the structure we read from (compat32 may have read cleanly what the default
    # policy could not), plus the headers' own.
    defects = [type(d).__name__ for p in parts.walk() for d in getattr(p, "defects", [])]
    defects += [type(d).__name__ for d in getattr(msg, "defects", []) if parts is msg]
    if parts.get(_RECOVERED):
        defects.append("RecoveredMultipart")
    serious = sorted({_DEFECT_WORDS[d] for d in defects if d in _DEFECT_WORDS})
    if serious:
        metadata["damaged"] = (
            f"the message is damaged ({', '.join(serious)}); what could be read was kept"
        )
    if defects:
        metadata["defects"] = sorted(set(defects))
    if problems:
        metadata["problems"] = problems
    return make_document(
        body,
        title=subject or None,
        fallback_title=sender or "(no subject)",
        type="letter",
        date=_iso_date(date_raw),
        author=sender or None,
        metadata={k: v for k, v in metadata.items() if v},
        attachments=attachments,
        provenance=provenance or {},
    )


def _broken_multipart(msg: Message) -> bool:
    return msg.get_content_maintype() == "multipart" and not msg.is_multipart()


def _salvage_multipart(msg: Message) -> Message | None:
    """A multipart whose declared boundary is not in the body: use the one that is."""
    raw = msg.get_payload()
    if not isinstance(raw, str):
        return None
    m = re.search(r"(?m)^--([^\s]{1,200})[ \t]*$", raw)
    if m is None:
        return None
    rebuilt = f'Content-Type: multipart/mixed; boundary="{m.group(1)}"\n\n'.encode() + raw.encode(
        "utf-8", "surrogateescape"
    )
    inner = email.message_from_bytes(rebuilt, policy=policy.compat32)
    if not inner.is_multipart():
        return None
    inner[_RECOVERED] = "1"
    return inner


def parse_message(data: bytes) -> tuple[Message, Message]:
    """Parse message bytes leniently.

    ``policy.default`` first (it decodes headers best); the compat32 policy where it fails
    or loses the MIME structure (unquoted boundaries with "="); and a salvage of multiparts
    whose declared boundary is missing from the body.

    :param data: the raw message.
    :returns: (the message for headers, the message whose parts hold body and attachments).
    """
    head = re.split(rb"\r?\n\r?\n", data[: _MAX_STRUCTURED_HEADERS + 1], maxsplit=1)[0]
    if len(head) > _MAX_STRUCTURED_HEADERS:
        # policy.default parses address lists in quadratic time: 200 KB of "To:" took a
        # minute. Huge headers are read as plain text instead.
        plain = email.message_from_bytes(data, policy=policy.compat32)
        return plain, plain
    msg: Message
    try:
        msg = email.message_from_bytes(data, _class=EmailMessage, policy=policy.default)
        # Touch the headers now so a broken one fails here, not later.
        for key in ("Subject", "From", "To", "Cc", "Date"):
            msg.get(key)
    except (IndexError, ValueError, TypeError, LookupError, email.errors.MessageError):
        msg = email.message_from_bytes(data, policy=policy.compat32)
    except AttributeError:
        # CPython's header registry fails on a group where a mailbox belongs (fuzzer
        # finding, "To:Content-Disposition: …"): read the headers as plain text instead.
        msg = email.message_from_bytes(data, policy=policy.compat32)
    if not _broken_multipart(msg):
        return msg, msg
    lenient = email.message_from_bytes(data, policy=policy.compat32)
    if not _broken_multipart(lenient):
        return msg, lenient
    return msg, _salvage_multipart(lenient) or msg


def _looks_like_message(data: bytes) -> bool:
    head = data[:8192]
    return bool(re.search(rb"^[A-Za-z][\w-]*:", head, re.MULTILINE))


def extract_eml(
    path: Path, data: bytes, read_attachment: AttachmentReader | None = None, depth: int = 0
) -> list[NewDocument]:
    """Read one ``.eml`` message.

    :param path: the file's path.
    :param data: the message bytes.
    :param read_attachment: reads attachments' text (see :data:`AttachmentReader`).
    :param depth: nesting depth (0 for a file the person chose).
    """
    if not _looks_like_message(data):
        raise ExtractionError("not an e-mail message (no headers found)")
    msg, parts = parse_message(data)
    return [
        message_to_document(
            msg,
            parts=parts,
            read_attachment=read_attachment,
            depth=depth,
            provenance={"format": "eml"},
        )
    ]


_FROM_LINE = re.compile(rb"(?:^|\n)From [^\n]*\n")


def split_mbox(data: bytes) -> list[bytes]:
    """Split an mbox into its messages (the ``From `` separator lines removed).

    :param data: the whole mbox file.
    """
    starts = [m for m in _FROM_LINE.finditer(data)]
    if not starts:
        return [data] if data.strip() else []
    messages = []
    for i, m in enumerate(starts[:_MAX_MESSAGES]):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(data)
        chunk = data[m.end() : end]
        # mboxrd/mboxo quoting: ">From " at line start was a "From " line in the message.
        chunk = re.sub(rb"(?m)^>(>*From )", rb"\1", chunk)
        if chunk.strip():
            messages.append(chunk)
    return messages


def extract_mbox(
    path: Path, data: bytes, read_attachment: AttachmentReader | None = None, depth: int = 0
) -> list[NewDocument]:
    """Read an mbox file: one "letter" document per message.

    :param path: the file's path.
    :param data: the mbox bytes.
    :param read_attachment: reads attachments' text.
    :param depth: nesting depth.
    """
    docs = []
    for i, chunk in enumerate(split_mbox(data), start=1):
        msg, parts = parse_message(chunk)
        docs.append(
            message_to_document(
                msg,
                parts=parts,
                read_attachment=read_attachment,
                depth=depth,
                provenance={"format": "mbox", "part": f"message {i}"},
            )
        )
    if not docs:
        raise ExtractionError("the mailbox holds no messages")
    return docs
