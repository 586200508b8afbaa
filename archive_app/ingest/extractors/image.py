"""Images through Pillow: EXIF as metadata, GPS as decimal degrees, optional OCR.

Photographs are evidence: the image is kept as the original file; the document carries what
the camera recorded (time, device, position) and, if Tesseract is installed and the image
holds real words, their text.
"""

from __future__ import annotations

import io
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, ImageFile, UnidentifiedImageError

from archive_app.ingest.detect import HEIF_BRANDS
from archive_app.ingest.extractors import ocr
from archive_app.ingest.extractors.common import ExtractionError, make_document
from archive_app.ingest.model import NewDocument

__all__ = ["exif_metadata", "extract", "gps_decimal"]

# Decompression bombs: a 100-megapixel limit, and Pillow's warning turned into an error.
MAX_PIXELS = 100_000_000
_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_MAX_VALUE_CHARS = 2000


def _plain(value: Any) -> Any:
    """EXIF values as JSON-friendly values (rationals to floats, bytes to text)."""
    if isinstance(value, bytes):
        text = value.rstrip(b"\x00")
        if text.startswith((b"ASCII\x00\x00\x00", b"UNICODE\x00")):
            text = text[8:]
        try:
            return text.decode("utf-8")[:_MAX_VALUE_CHARS]
        except UnicodeDecodeError:
            return None
    if isinstance(value, tuple):
        items = [_plain(v) for v in value[:64]]
        return items
    if isinstance(value, str):
        return value.rstrip("\x00").strip()[:_MAX_VALUE_CHARS]
    if isinstance(value, int):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return number if number == number else None  # NaN from 0/0 rationals


def _degrees(value: Any) -> float | None:
    try:
        d, m, s = (float(v) for v in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return d + m / 60.0 + s / 3600.0


def gps_decimal(gps: dict[int, Any]) -> dict[str, float] | None:
    """Decimal latitude/longitude (and altitude) from an EXIF GPS IFD.

    :param gps: the GPS IFD (tag number to value).
    :returns: {"lat": …, "lon": …[, "alt": …]} or None when no valid position is recorded.
    """
    lat = _degrees(gps.get(2))
    lon = _degrees(gps.get(4))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon = -lon
    out = {"lat": round(lat, 7), "lon": round(lon, 7)}
    try:
        if gps.get(6) is not None:
            alt = float(gps[6])
            out["alt"] = round(-alt if gps.get(5) in (1, b"\x01") else alt, 2)
    except (TypeError, ValueError, ZeroDivisionError):
        pass
    return out


def exif_metadata(img: Image.Image) -> tuple[dict[str, Any], dict[str, float] | None]:
    """Named EXIF tags and the decimal GPS position of an opened image.

    :param img: an image opened by Pillow.
    """
    exif = img.getexif()
    tags: dict[str, Any] = {}
    for tag, value in exif.items():
        name = ExifTags.TAGS.get(tag)
        if name and tag not in (_GPS_IFD, _EXIF_IFD):
            tags[name] = _plain(value)
    try:
        for tag, value in exif.get_ifd(_EXIF_IFD).items():
            name = ExifTags.TAGS.get(tag)
            if (name and name not in ("MakerNote", "UserComment")) or tag == 0x9286:
                tags[name or str(tag)] = _plain(value)
        gps_ifd = dict(exif.get_ifd(_GPS_IFD))
    except (KeyError, ValueError, TypeError, OSError):
        gps_ifd = {}
    gps = gps_decimal(gps_ifd) if gps_ifd else None
    return {k: v for k, v in tags.items() if v not in (None, "", [])}, gps


_IPTC_FIELDS = {
    (2, 5): "title", (2, 25): "keywords", (2, 80): "byline", (2, 90): "city",
    (2, 101): "country", (2, 105): "headline", (2, 110): "credit", (2, 115): "source",
    (2, 116): "copyright", (2, 120): "caption", (2, 55): "date_created",
}  # fmt: skip


def iptc_metadata(img: ImageFile.ImageFile) -> dict[str, Any]:
    """Named IPTC-IIM fields (caption, by-line, copyright, keywords …) as text.

    IPTC text is UTF-8 when record 1:90 says so and a legacy code page otherwise (the corpus
    has a Cyrillic copyright beside an EXIF copyright reduced to "??????").

    :param img: an image opened by Pillow.
    """
    from PIL import IptcImagePlugin

    from archive_app.ingest.encoding import decode_text

    try:
        info = IptcImagePlugin.getiptcinfo(img) or {}
    except (SyntaxError, ValueError, IndexError, KeyError, OSError, TypeError):
        return {}
    utf8 = info.get((1, 90)) == b"\x1b%G"

    def text(raw: bytes) -> str:
        if utf8:
            return raw.decode("utf-8", "replace").strip()[:_MAX_VALUE_CHARS]
        return decode_text(raw).text.strip()[:_MAX_VALUE_CHARS]

    out: dict[str, Any] = {}
    for key, name in _IPTC_FIELDS.items():
        value = info.get(key)
        if isinstance(value, bytes):
            out[name] = text(value)
        elif isinstance(value, list):
            out[name] = [text(v) for v in value[:100] if isinstance(v, bytes)]
    return {k: v for k, v in out.items() if v}


def xmp_metadata(img: Image.Image) -> dict[str, str]:
    """Leaf values of the XMP packet (dc:rights, dc:creator, photoshop:City …), parsed safely.

    :param img: an image opened by Pillow.
    """
    raw = img.info.get("xmp")
    if not isinstance(raw, bytes | str) or len(raw) > 1_000_000:
        return {}
    from archive_app.ingest.extractors.safezip import parse_xml

    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    start = data.find(b"<x:xmpmeta")
    end = data.rfind(b"</x:xmpmeta>")
    if start < 0 or end < 0:
        return {}
    try:
        root = parse_xml(data[start : end + len(b"</x:xmpmeta>")], "XMP packet")
    except ExtractionError:
        return {}
    out: dict[str, str] = {}
    for parent in root.iter():
        name = parent.tag.rsplit("}", 1)[-1]
        if name in ("li", "Alt", "Seq", "Bag", "Description", "RDF", "xmpmeta"):
            continue
        values = [
            (n.text or "").strip() for n in parent.iter() if len(n) == 0 and (n.text or "").strip()
        ]
        if values and name not in out and len(out) < 100:
            out[name] = "; ".join(values)[:_MAX_VALUE_CHARS]
    return out


def _exif_date(tags: dict[str, Any]) -> str | None:
    for key in ("DateTimeOriginal", "DateTimeDigitized", "DateTime"):
        value = tags.get(key)
        if isinstance(value, str):
            try:
                return datetime.strptime(value[:19], "%Y:%m:%d %H:%M:%S").isoformat()
            except ValueError:
                continue
    return None


def extract(path: Path, data: bytes, *, ocr_text: bool = True) -> list[NewDocument]:
    """Read an image into one "evidence" document.

    :param path: the file's path (its name is the fallback title).
    :param data: the image bytes.
    :param ocr_text: run OCR when Tesseract is installed.
    :raises ExtractionError: not an image Pillow can open, or a decompression bomb.
    """
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    if data[4:8] == b"ftyp" and data[8:12] in HEIF_BRANDS:
        _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            img.load()
            tags, gps = exif_metadata(img)
            iptc = iptc_metadata(img) if isinstance(img, ImageFile.ImageFile) else {}
            xmp = xmp_metadata(img)
            metadata: dict[str, Any] = {
                "format": (img.format or "image").lower(),
                "width": img.width,
                "height": img.height,
                "mode": img.mode,
                "frames": getattr(img, "n_frames", 1),
            }
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ExtractionError("the image is too large to read safely") from None
    except (UnidentifiedImageError, OSError, ValueError, TypeError, SyntaxError, EOFError):
        # TypeError: Pillow's "Missing dimensions" on a damaged TIFF (fuzzer finding).
        raise ExtractionError("it is not a readable image (damaged or unknown format)") from None
    if tags:
        metadata["exif"] = tags
    if iptc:
        metadata["iptc"] = iptc
    if xmp:
        metadata["xmp"] = xmp
    if gps:
        metadata["gps"] = gps
    text = ""
    if ocr_text and ocr.tesseract_path():
        recognised, _ = ocr.ocr_best(
            data if metadata["format"] in ("png", "jpeg", "tiff") else _png(img)
        )
        if recognised and ocr.meaningful(recognised):
            text = recognised
            metadata["ocr"] = True
    description = tags.get("ImageDescription") or iptc.get("title") or iptc.get("headline")
    title = description if isinstance(description, str) and description.strip() else None
    author = tags.get("Artist") or iptc.get("byline")
    author = author if isinstance(author, str) else None
    return [
        make_document(
            text,
            title=title[:200] if title else path.stem,
            type="evidence",
            date=_exif_date(tags),
            author=author or None,
            metadata=metadata,
        )
    ]


def _register_heif() -> None:
    """Teach Pillow HEIF/HEIC (phone photos) through pillow-heif, loaded only when needed.

    pillow-heif (BSD-3) bundles libheif (LGPL, a shared library). Pillow's pixel limit above
    applies to HEIF images too; libheif's own security limits stay on.
    """
    from pillow_heif import register_heif_opener

    # One decoding thread: a worker is one process on one core, within its CPU-time limit.
    register_heif_opener(decode_threads=1, thumbnails=False, depth_images=False, aux_images=False)


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()
