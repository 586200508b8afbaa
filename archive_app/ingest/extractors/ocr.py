"""OCR through the ``tesseract`` program, when it is installed (optional everywhere).

Images go to Tesseract on its standard input and text comes back on standard output: no
temporary files, so no plaintext copy of a scan lands on disk.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess

__all__ = ["OCR_LANGUAGES", "available_languages", "ocr_image_bytes", "tesseract_path"]

#: Tesseract language packs wanted, in order of preference.
OCR_LANGUAGES: tuple[str, ...] = ("bel", "rus", "ukr", "pol", "eng")
#: One page may take at most this long.
OCR_TIMEOUT_S = 120


@functools.cache
def tesseract_path() -> str | None:
    """The tesseract program, or None if it is not installed."""
    return shutil.which("tesseract")


@functools.cache
def available_languages() -> tuple[str, ...]:
    """The wanted language packs that are installed (empty without Tesseract)."""
    exe = tesseract_path()
    if exe is None:
        return ()
    try:
        out = subprocess.run(
            [exe, "--list-langs"], capture_output=True, timeout=30, check=False
        ).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.TimeoutExpired):
        return ()
    have = set(out.split())
    return tuple(lang for lang in OCR_LANGUAGES if lang in have)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # One thread: two workers already use both cores; OpenMP threads would only fight.
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def ocr_image_bytes(image: bytes, languages: tuple[str, ...] | None = None) -> str | None:
    """Recognise the text in an image (PNG, TIFF, JPEG …); None if OCR is unavailable.

    :param image: the encoded image.
    :param languages: Tesseract language codes; the installed wanted ones by default.
    :returns: the text ("" if none was found), or None without Tesseract or language packs.
    """
    exe = tesseract_path()
    langs = languages or available_languages()
    if exe is None or not langs:
        return None
    try:
        proc = subprocess.run(
            [exe, "stdin", "stdout", "-l", "+".join(langs)],
            input=image,
            capture_output=True,
            timeout=OCR_TIMEOUT_S,
            env=_env(),
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout.decode("utf-8", "replace")


_TESS_CODE = {"be": "bel", "ru": "rus", "uk": "ukr", "pl": "pol", "en": "eng"}


def languages_for(lang: str | None) -> tuple[str, ...] | None:
    """Tesseract packs for a detected language (plus English for quotes), if installed.

    :param lang: an ISO 639-1 code from :func:`~archive_app.ingest.language.detect_language`.
    """
    code = _TESS_CODE.get(lang or "")
    have = available_languages()
    if code is None or code not in have:
        return None
    return (code,) if code == "eng" or "eng" not in have else (code, "eng")


def ocr_best(image: bytes) -> tuple[str | None, str | None]:
    """OCR with every wanted language, then again with the language the text turned out in.

    Tesseract with five languages at once mixes scripts (an English page comes back with
    Cyrillic look-alikes); a second pass in the detected language is much cleaner.

    :param image: the encoded image.
    :returns: (the text or None if OCR is unavailable, the detected language or None).
        Later pages of the same document can go straight to :func:`ocr_image_bytes` with
        :func:`languages_for` that language: one pass instead of two.
    """
    from archive_app.ingest.language import detect_language

    first = ocr_image_bytes(image)
    if not first or not meaningful(first):
        return first, None
    lang = detect_language(first)
    langs = languages_for(lang)
    if langs is None:
        return first, lang
    second = ocr_image_bytes(image, langs)
    return (second if second and meaningful(second) else first), lang


def meaningful(text: str) -> bool:
    """True if OCR output has real words, not the noise Tesseract reads in a photograph.

    :param text: OCR output.
    """
    words = re.findall(r"[^\W\d_]{3,}", text)
    return len(words) >= 3
