"""Decode text of unknown encoding.

Generic charset detectors confuse the Cyrillic 8-bit code pages with each other (they all map
the upper half of the byte range to Cyrillic letters, in different orders), so this module
scores every candidate decoding itself: how plausible its non-ASCII characters are as letters
of Belarusian, Russian, Ukrainian, Polish or a Western European language, and whether words
keep a sane letter case (``Слова``, ``слова``, ``СЛОВА`` but never ``сЛОвА``). ASCII bytes
decode the same way in every candidate, so only the non-ASCII characters decide.

Example::

    >>> decode_text("Прывітанне".encode("koi8_r")).text
    'Прывітанне'
"""

from __future__ import annotations

import codecs
import functools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

__all__ = ["LEGACY_CANDIDATES", "DecodedText", "decode_text", "normalise_codec"]

#: Legacy 8-bit code pages tried when the bytes are not valid UTF-8, in tie-break order.
LEGACY_CANDIDATES: tuple[str, ...] = (
    "cp1251",
    "koi8_r",
    "koi8_u",
    "cp866",
    "iso8859_5",
    "mac_cyrillic",
    "cp855",
    "cp1250",
    "iso8859_2",
    "cp1252",
    "cp1256",
)

# Approximate letter frequencies (per cent) in running text; the union over be/ru/uk decides
# how plausible a Cyrillic letter is, whatever the language of the document.
_CYRILLIC_FREQ: dict[str, float] = {
    "о": 10.0, "а": 8.5, "е": 7.5, "и": 6.0, "н": 6.7, "т": 6.0, "с": 5.5, "р": 4.8,
    "в": 4.5, "л": 4.4, "к": 3.5, "м": 3.2, "д": 3.0, "п": 2.8, "у": 3.2, "я": 2.0,
    "ы": 1.9, "ь": 1.7, "г": 1.7, "з": 1.7, "б": 1.6, "ч": 1.4, "й": 1.2, "х": 1.0,
    "ж": 0.9, "ш": 0.8, "ю": 0.6, "ц": 0.8, "щ": 0.4, "э": 0.4, "ф": 0.3, "ъ": 0.05,
    "ё": 0.3, "і": 5.0, "ў": 1.5, "ї": 0.6, "є": 0.4, "ґ": 0.02,
}  # fmt: skip

_LATIN_FREQ: dict[str, float] = {
    # Polish (and Czech/Slovak/Slovenian/Hungarian, which share cp1250 / ISO-8859-2)
    "ą": 1.0, "ę": 1.1, "ł": 1.8, "ś": 0.7, "ź": 0.08, "ż": 0.8, "ó": 0.8, "ć": 0.4,
    "ń": 0.2, "č": 0.5, "š": 0.5, "ž": 0.5, "ř": 0.4, "ě": 0.5, "ů": 0.2, "ý": 0.5,
    "á": 0.8, "í": 0.6, "é": 0.9, "ú": 0.2, "ť": 0.05, "ď": 0.05, "ň": 0.05, "ő": 0.3,
    "ű": 0.1, "ŭ": 0.2, "ĺ": 0.02, "ľ": 0.1, "ŕ": 0.02, "ô": 0.1, "ţ": 0.05, "ş": 0.1,
    "ă": 0.3, "â": 0.1, "î": 0.1,
    # Western European (cp1252)
    "è": 0.3, "à": 0.4, "ê": 0.2, "ç": 0.1, "ü": 0.6, "ö": 0.3, "ä": 0.5, "ß": 0.2,
    "ñ": 0.2, "ë": 0.05, "ï": 0.05, "û": 0.05, "ù": 0.05, "ò": 0.05, "ì": 0.05, "å": 0.1,
    "ø": 0.1, "æ": 0.05, "õ": 0.02, "ã": 0.05,
}  # fmt: skip

# Punctuation that legitimately appears in non-ASCII form.
_GOOD_SYMBOLS = frozenset("«»—–…“”„’‘‚№°§©®™€•\u00a0")
_LETTER_FREQ = {**_CYRILLIC_FREQ, **_LATIN_FREQ}
_RARE_LETTER = -6.0
_BAD_SYMBOL = -9.0
_BAD_CASE = -6.0
_MIXED_SCRIPT = -6.0

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class DecodedText:
    """The result of :func:`decode_text`: the text and the codec it was read with."""

    text: str
    encoding: str
    #: True if some bytes could not be decoded and were replaced by U+FFFD.
    lossy: bool = False


def normalise_codec(name: str | None) -> str | None:
    """Return Python's canonical codec name for ``name``, or None if it is unknown.

    :param name: a charset label as found in a header ("windows-1251", "KOI8-R", "cp866").
    """
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'").lower()).name
    except (LookupError, ValueError):  # unknown, or a label with a NUL in it (fuzzer finding)
        return None


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTERS = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=4096)
def _char_score(ch: str) -> float:
    """Plausibility of one non-ASCII character as part of real text."""
    low = ch.lower()
    freq = _LETTER_FREQ.get(low)
    if freq is not None:
        return math.log(freq / 100.0) + 2.0
    if ch in _GOOD_SYMBOLS:
        return -2.0
    if "\u0621" <= ch <= "\u064a":
        # Arabic letters: a caseless script, so the case test cannot catch a wrong guess;
        # scored like an uncommon letter so Cyrillic and Latin readings win ties.
        return -2.0
    cat = unicodedata.category(ch)
    if cat[0] == "L":
        return _RARE_LETTER
    return _BAD_SYMBOL


_CYRILLIC = re.compile("[\u0400-\u052f]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_OTHER_LETTER = re.compile("[^\\W\\d_\u0400-\u052f\u0600-\u06ff]")


@functools.lru_cache(maxsize=65536)
def _word_penalty(word: str) -> float:
    """Penalise case patterns and script mixes that real words do not have."""
    penalty = 0.0
    cased = word.lower() != word.upper()  # caseless scripts (Arabic) have no case to check
    good_case = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
    if cased and not good_case:
        # Per letter as well as per word: short garbled words are as wrong as long ones.
        penalty += _BAD_CASE - 1.5 * len(word)
    scripts = (
        (_CYRILLIC.search(word) is not None)
        + (_ARABIC.search(word) is not None)
        + (_OTHER_LETTER.search(word) is not None)
    )
    if scripts > 1:
        penalty += _MIXED_SCRIPT
    return penalty


def score_text(text: str) -> float:
    """Score how plausible ``text`` is as real writing (higher is better).

    :param text: a candidate decoding.
    """
    # Regular expressions and a cache keep this at C speed for the ASCII bulk of a text.
    score = sum(n * _char_score(ch) for ch, n in Counter(_NON_ASCII.findall(text)).items())
    for word in _LETTERS.findall(text):
        if not word.isascii():
            score += _word_penalty(word)
    return score


def _looks_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM from where the zero bytes sit."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.3 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.3 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text(
    data: bytes, *, declared: str | None = None, trust_declared: bool = False
) -> DecodedText:
    """Decode ``data`` into text, detecting the encoding when it is not known.

    Order: a byte-order mark wins; then UTF-16 by zero-byte layout; then strict UTF-8; then a
    declared charset if ``trust_declared`` (or if it decodes without error and scores at least
    as well as the best guess); then the best-scoring legacy code page.

    :param data: the raw bytes.
    :param declared: a charset named by the container (e-mail header, HTML meta), if any.
        Declarations lie often enough (see the corpus) that they are only a hint.
    :param trust_declared: use ``declared`` whenever it names a known codec.
    :returns: the text (with ``\\r\\n`` kept as is) and the codec used.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(name.replace("-sig", ""), errors="replace")
            return DecodedText(text, name, "\ufffd" in text)
    utf16 = _looks_utf16(data)
    if utf16 is not None:
        text = data.decode(utf16, errors="replace")
        return DecodedText(text, utf16, "\ufffd" in text)
    declared_codec = normalise_codec(declared)
    if declared_codec and trust_declared:
        text = data.decode(declared_codec, errors="replace")
        return DecodedText(text, declared_codec, "\ufffd" in text)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if data.isascii():  # pragma: no cover - ASCII is valid UTF-8; kept for clarity
        return DecodedText(data.decode("ascii"), "ascii")
    # Only the non-ASCII bytes (with their surroundings) decide; score a bounded sample so
    # a huge file costs no more than a small one.
    sample = data
    if len(data) > 16384:
        first = _HIGH_BYTE.search(data)
        start = max(0, first.start() - 1024) if first else 0
        sample = data[start : start + 16384]
    best: tuple[float, int, str] | None = None
    candidates = list(LEGACY_CANDIDATES)
    if declared_codec and declared_codec not in candidates:
        candidates.insert(0, declared_codec)
    for rank, codec in enumerate(candidates):
        try:
            text = sample.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        score = score_text(text)
        if declared_codec == codec:
            score += 1.0  # a small benefit of the doubt for the declaration
        if best is None or score > best[0]:
            best = (score, rank, codec)
    codec = best[2] if best is not None else "cp1252"
    text = data.decode(codec, errors="replace")
    return DecodedText(text, codec, "\ufffd" in text)
