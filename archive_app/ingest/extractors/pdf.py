"""PDF through pdfium (pypdfium2): text layer, document info, OCR of image-only pages.

Not PyMuPDF (AGPL) and not pdfminer (it unpickles CMap files named by the PDF: case G5).
pdfium is the PDF engine of Chrome, fuzzed continuously; it still runs inside the worker's
memory and time limits, which is what contains Flate bombs and xref loops (case G4).
"""

from __future__ import annotations

import io
import re
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]

from archive_app.ingest.extractors import ocr
from archive_app.ingest.extractors.common import MAX_TEXT_CHARS, ExtractionError, make_document
from archive_app.ingest.model import NewDocument

__all__ = ["extract", "pdf_date"]

MAX_PAGES = 5000
MAX_OCR_PAGES = 200
#: Seconds of OCR per PDF; well inside the sandbox's default wall-time limit (300 s).
OCR_BUDGET_S = 180.0
_OCR_DPI = 300
_PDF_DATE = re.compile(r"D?:?(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?([Zz+\-])?(\d\d)?'?(\d\d)?")


def pdf_date(value: str) -> str | None:
    """Convert a PDF date ("D:20200809211500+03'00'") to ISO 8601; None if invalid.

    :param value: the date string from the document information dictionary.
    """
    m = _PDF_DATE.match(value.strip())
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    hour, minute, second = int(m[4] or 0), int(m[5] or 0), int(m[6] or 0)
    tz: timezone | None = None
    if m[7] in ("Z", "z"):
        tz = UTC
    elif m[7] in ("+", "-") and m[8]:
        delta = timedelta(hours=int(m[8]), minutes=int(m[9] or 0))
        tz = timezone(delta if m[7] == "+" else -delta)
    try:
        dt = datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None
    if not m[4]:
        return dt.date().isoformat()
    return dt.isoformat()


def _is_packed_utf8(ch: str) -> bool:
    o = ord(ch)
    return 0xC2 <= o >> 8 <= 0xDF and 0x80 <= o & 0xFF <= 0xBF


def repair_packed_utf8(text: str) -> str:
    """Undo UTF-8 bytes packed two by two into UTF-16 code units.

    Some producers (the KOMPAS-3D drawing in the corpus) map each glyph to the UTF-8 bytes of
    a Cyrillic letter read as one 16-bit code: "М" (D0 9C) comes out as U+D09C, a Hangul
    syllable. When most non-ASCII characters look like that, decode them back.

    :param text: text from a PDF text layer.
    """
    non_ascii = [ch for ch in text if ord(ch) > 127 and not ch.isspace()]
    packed = sum(1 for ch in non_ascii if _is_packed_utf8(ch))
    if packed < 5 or packed < 0.5 * len(non_ascii):
        return text
    return "".join(
        bytes((ord(ch) >> 8, ord(ch) & 0xFF)).decode("utf-8") if _is_packed_utf8(ch) else ch
        for ch in text
    )


def _page_text(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        return repair_packed_utf8(str(textpage.get_text_bounded()))
    finally:
        textpage.close()


def _ocr_page(page: pdfium.PdfPage, lang: str | None) -> tuple[str | None, str | None]:
    bitmap = page.render(scale=_OCR_DPI / 72)
    try:
        image = bitmap.to_pil()
        buf = io.BytesIO()
        image.save(buf, format="PNG")
    finally:
        bitmap.close()
    langs = ocr.languages_for(lang) if lang else None
    if langs is not None:
        return ocr.ocr_image_bytes(buf.getvalue(), langs), lang
    return ocr.ocr_best(buf.getvalue())


def extract(path: Path, data: bytes, *, ocr_pages: bool = True) -> list[NewDocument]:
    """Read a PDF into one document.

    :param path: the file's path (its name is the fallback title).
    :param data: the PDF bytes.
    :param ocr_pages: OCR pages without a text layer when Tesseract is installed.
    :raises ExtractionError: damaged, encrypted or not a PDF.
    """
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise ExtractionError("it is protected by a password") from None
        raise ExtractionError("it is not a readable PDF (damaged or not a PDF)") from None
    try:
        info: dict[str, Any] = {k: v for k, v in pdf.get_metadata_dict().items() if v}
        pages = len(pdf)
        texts: list[str] = []
        ocr_done = ocr_skipped = unreadable = 0
        ocr_lang: str | None = None
        # OCR stops in time for the worker's wall-time limit: the pages read so far are kept.
        ocr_deadline = time.monotonic() + OCR_BUDGET_S
        total = 0
        for index in range(min(pages, MAX_PAGES)):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:  # a damaged page costs only itself (fuzzer finding)
                unreadable += 1
                continue
            try:
                text = _page_text(page)
                if not text.strip():
                    if (
                        ocr_pages
                        and ocr_done < MAX_OCR_PAGES
                        and time.monotonic() < ocr_deadline
                        and ocr.tesseract_path()
                    ):
                        recognised, ocr_lang = _ocr_page(page, ocr_lang)
                        text = recognised or ""
                        ocr_done += 1
                    else:
                        ocr_skipped += 1
            finally:
                page.close()
            texts.append(text)
            total += len(text)
            if total > MAX_TEXT_CHARS:
                break
    finally:
        pdf.close()
    metadata: dict[str, Any] = {"format": "pdf", "pages": pages}
    for key in ("Title", "Author", "Subject", "Keywords", "Creator", "Producer"):
        if info.get(key):
            metadata[key.lower()] = str(info[key])
    if ocr_done:
        metadata["ocr_pages"] = ocr_done
    if ocr_skipped:
        metadata["pages_without_text"] = ocr_skipped
    if unreadable:
        metadata["pages_unreadable"] = unreadable
    created = pdf_date(str(info.get("CreationDate", ""))) if info.get("CreationDate") else None
    text = "\n\n".join(t.strip() for t in texts if t.strip())
    return [
        make_document(
            text,
            title=str(info.get("Title", "")).strip() or None,
            fallback_title=path.stem,
            author=str(info.get("Author", "")).strip() or None,
            date=created,
            metadata=metadata,
        )
    ]
