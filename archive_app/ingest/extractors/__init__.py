"""Extractors: one module per format, each a pure function of a file's name and bytes.

:func:`extract_bytes` picks the reader by :func:`~archive_app.ingest.detect.detect_format`
and returns the documents found; it never touches the vault and never adds the original file
(the pipeline does, in the parent process, from the path the person chose).
:func:`extract_file` is the convenience for one file on disk, original included.

Every reader raises :class:`ExtractionError` with a short plain reason when the file cannot
be read; anything else escaping a reader is a bug, reported as "the reader failed".
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from archive_app.ingest.detect import detect_format
from archive_app.ingest.extractors.common import ExtractionError, guess_mime
from archive_app.ingest.model import NewAttachment, NewDocument

__all__ = [
    "ExtractionError",
    "attachment_text",
    "extract_bytes",
    "extract_file",
    "original_attachment",
]

Reader = Callable[[Path, bytes], list[NewDocument]]


def _reader(fmt: str, depth: int, ocr: bool) -> Reader | None:
    # Imported lazily: a worker that reads only text files never loads pdfium or Pillow.
    if fmt == "text":
        from archive_app.ingest.extractors import text

        return text.extract
    if fmt == "html":
        from archive_app.ingest.extractors import html

        return html.extract
    if fmt in ("eml", "mbox"):
        from archive_app.ingest.extractors import email

        fn = email.extract_eml if fmt == "eml" else email.extract_mbox
        return lambda p, d: fn(p, d, attachment_text, depth)
    if fmt == "msg":
        from archive_app.ingest.extractors import msg

        return lambda p, d: msg.extract(p, d, attachment_text, depth)
    if fmt == "pdf":
        from archive_app.ingest.extractors import pdf

        return lambda p, d: pdf.extract(p, d, ocr_pages=ocr)
    if fmt == "docx":
        from archive_app.ingest.extractors import docx

        return docx.extract
    if fmt == "doc":
        from archive_app.ingest.extractors import doc

        return doc.extract
    if fmt == "xls":
        from archive_app.ingest.extractors import xls

        return xls.extract
    if fmt == "ppt":
        from archive_app.ingest.extractors import ppt

        return ppt.extract
    if fmt == "pptx":
        from archive_app.ingest.extractors import pptx

        return pptx.extract
    if fmt == "xlsx":
        from archive_app.ingest.extractors import xlsx

        return xlsx.extract
    if fmt == "odt":
        from archive_app.ingest.extractors import odt

        return odt.extract
    if fmt == "rtf":
        from archive_app.ingest.extractors import rtf

        return rtf.extract
    if fmt == "image":
        from archive_app.ingest.extractors import image

        return lambda p, d: image.extract(p, d, ocr_text=ocr)
    if fmt in ("audio", "video"):
        from archive_app.ingest.extractors import media

        return media.extract
    if fmt in ("telegram-json", "telegram-html"):
        from archive_app.ingest.extractors import telegram

        if fmt == "telegram-json":
            return telegram.extract_json
        return telegram.extract_html
    return None


def extract_bytes(
    name: str | Path, data: bytes, *, depth: int = 0, ocr: bool = True
) -> tuple[str, list[NewDocument]]:
    """Read ``data`` as the format its bytes and name say.

    :param name: the file's name or path (a path lets Telegram exports find their media).
    :param data: the file's bytes.
    :param depth: nesting depth (attachments of attachments are read one level deep).
    :param ocr: run Tesseract on images and image-only PDF pages when it is installed.
    :returns: the format detected and the documents read.
    :raises ExtractionError: the file could not be read; the reason is in plain words.
    """
    path = Path(name)
    fmt = detect_format(path.name, data)
    reader = _reader(fmt, depth, ocr)
    if fmt == "mismatch":
        raise ExtractionError(
            f"no text could be read: it is named {path.suffix.lower()} but its contents are not "
            "of that format"
        )
    if reader is None and (
        data[:4] == b"PK\x03\x04" or data[:6] in (b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07")
    ):
        # Archives are evidence as they are: never unpacked (HOSTILE_CASES F9).
        raise ExtractionError("it is an archive: kept as it is, not unpacked")
    if reader is None:
        raise ExtractionError("no text could be read: the format is not one this program reads")
    return fmt, reader(path, data)


def attachment_text(name: str, data: bytes, depth: int) -> str:
    """Text of an attachment (e-mail, .msg), read by the same readers; "" if none.

    :param name: the attachment's file name.
    :param data: its bytes.
    :param depth: its nesting depth.
    """
    fmt = detect_format(name, data)
    if fmt in ("binary", "audio", "video", "telegram-json", "telegram-html"):
        return ""
    _, docs = extract_bytes(name, data, depth=depth, ocr=False)
    return "\n\n".join(d.text for d in docs if d.text)


def original_attachment(path: Path, sha256: str | None = None) -> NewAttachment:
    """The person's chosen file as an original attachment (read from disk when stored).

    :param path: the file.
    :param sha256: its SHA-256 if already computed (the pipeline hashes every file anyway).
    """
    if sha256 is None:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        sha256 = digest.hexdigest()
    return NewAttachment(
        name=path.name,
        sha256=sha256,
        size=path.stat().st_size,
        mime=guess_mime(path.name),
        path=path,
        is_original=True,
    )


def extract_file(path: Path, *, ocr: bool = True) -> list[NewDocument]:
    """Read one file in this process (no sandbox) and attach it as the original.

    Meant for tests and trusted input; the import pipeline runs readers in worker processes.

    :param path: the file.
    :param ocr: run OCR where useful and available.
    """
    data = path.read_bytes()
    _, docs = extract_bytes(path, data, ocr=ocr)
    if docs:
        docs[0].attachments.insert(0, original_attachment(path, hashlib.sha256(data).hexdigest()))
    return docs
