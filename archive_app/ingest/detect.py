"""Which reader a file needs, from its first bytes first and its name second.

Names lie (a ``.odt`` that is not a ZIP is in the corpus), so magic numbers win; the
extension only decides between formats that have none (text, HTML, e-mail, mbox).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

__all__ = ["FORMATS", "detect_format"]

FORMATS: tuple[str, ...] = (
    "text",
    "html",
    "eml",
    "mbox",
    "msg",
    "pdf",
    "docx",
    "odt",
    "xlsx",
    "pptx",
    "doc",
    "xls",
    "ppt",
    "rtf",
    "image",
    "audio",
    "video",
    "telegram-json",
    "telegram-html",
    "binary",
    "mismatch",
)

#: Extensions that promise a binary format: a text file under such a name is suspect.
_BINARY_EXT = {
    ".pdf", ".docx", ".odt", ".msg", ".rtf", ".doc", ".xls", ".xlsx", ".ppt", ".pptx", ".zip",
}  # fmt: skip

#: The BOF record of a BIFF2, BIFF3 or BIFF4 worksheet (Excel 2–4 wrote no OLE container).
_BARE_BIFF_BOF = (b"\x09\x00\x04\x00", b"\x09\x02\x06\x00", b"\x09\x04\x06\x00")
_TEXT_EXT = {".txt", ".md", ".markdown", ".text", ".csv", ".log", ".asc", ""}
_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml", ".mht"}
_AUDIO_EXT = {".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".flac", ".wav", ".wma", ".amr"}
_VIDEO_EXT = {".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".3gp", ".wmv", ".mpg", ".mpeg"}
_IMAGE_EXT = {
    ".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".webp", ".bmp", ".heic", ".heif", ".hif",
}  # fmt: skip
#: ISO-BMFF brands of HEIF still images and image sequences (iPhone photos are "heic").
HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1"}
)
_HEADER_LINE = re.compile(
    rb"^(Received|From|To|Subject|Date|Return-Path|Message-ID|MIME-Version|Delivered-To|"
    rb"X-[\w-]+|Content-Type|Reply-To|Sender|DKIM-Signature):",
    re.IGNORECASE | re.MULTILINE,
)


def _zip_kind(data: bytes) -> str:
    """Tell DOCX from ODT from any other ZIP by the member names only (nothing unpacked)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist()[:10000])
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "ppt/presentation.xml" in names:
                return "pptx"
            if "content.xml" in names and "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200 and zf.read("mimetype").startswith(
                    b"application/vnd.oasis.opendocument.text"
                ):
                    return "odt"
                return "binary"
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, NotImplementedError):
        return "broken-zip"
    return "binary"


def _ftyp_kind(data: bytes) -> str:
    brand = data[8:12]
    if brand in (b"M4A ", b"M4B ", b"M4P ", b"F4A "):
        return "audio"
    if brand in HEIF_BRANDS or brand == b"avif":
        return "image"
    return "video"


def detect_format(name: str, data: bytes) -> str:
    """Return one of :data:`FORMATS` for a file.

    :param name: the file name (only its extension is used).
    :param data: the file's bytes (the first few KiB suffice for all but ZIP containers).
    """
    ext = PurePath(name).suffix.lower()
    head = data[:16]
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        kind = _zip_kind(data)
        if kind == "broken-zip":
            # A damaged DOCX/ODT still goes to its reader, which says what is wrong with it.
            known = {".docx": "docx", ".odt": "odt", ".xlsx": "xlsx", ".pptx": "pptx"}
            return known.get(ext, "binary")
        return kind
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if ext == ".msg" or b"_\x00_\x00s\x00u\x00b\x00s\x00t\x00g" in data:
            return "msg"
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        if "PowerPoint Document".encode("utf-16-le") in data:
            return "ppt"
        if "Workbook".encode("utf-16-le") in data or "Book\x00".encode("utf-16-le") in data:
            return "xls"
        return "binary"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")):
        return "image"
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image"
    if head.startswith(b"RIFF") and data[8:12] == b"WAVE":
        return "audio"
    if head.startswith(b"RIFF") and data[8:12] == b"AVI ":
        return "video"
    if head.startswith((b"ID3", b"fLaC", b"OggS", b"#!AMR")) or head[:2] in (
        b"\xff\xfb",
        b"\xff\xf3",
    ):
        return "audio" if ext not in _VIDEO_EXT else "video"
    if data[4:8] == b"ftyp":
        return _ftyp_kind(data)
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video"
    if head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"):  # ASF: WMA or WMV
        return "audio" if ext == ".wma" else "video"
    if ext in _IMAGE_EXT or ext in _AUDIO_EXT or ext in _VIDEO_EXT:
        return "binary"  # the name promises media but the bytes are not: keep it opaque
    start = data[:4096].lstrip()
    looks_html = start[:15].lower().startswith((b"<!doctype html", b"<html"))
    if ext == ".xls" and head[:4] in _BARE_BIFF_BOF:
        return "xls"  # Excel 2–4: a bare BIFF stream, no OLE container
    if ext in _BINARY_EXT and not (looks_html and ext == ".doc"):
        # e.g. an ".odt" that is not a ZIP: named, not guessed at. (Word's "web page" saved
        # as .doc is common enough to be read as the HTML it is.)
        return "mismatch"
    if ext == ".json" and b'"messages"' in data[: 1 << 20]:
        return "telegram-json"
    if ext in _HTML_EXT or looks_html:
        if b'class="page_wrap"' in data[:8192] or b"history_container" in data[: 1 << 16]:
            return "telegram-html"
        return "html"
    if ext == ".mbox" or start.startswith(b"From "):
        return "mbox" if ext != ".eml" else "eml"
    if ext in (".eml", ".msg") or (
        len(_HEADER_LINE.findall(data[:4096])) >= 2 and ext not in _TEXT_EXT - {""}
    ):
        return "eml"
    if b"\x00" in data[:8192] and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        # NULs in text mean UTF-16 without BOM or a binary file; the decoder tells which.
        return "text" if ext in _TEXT_EXT else "binary"
    return "text"
