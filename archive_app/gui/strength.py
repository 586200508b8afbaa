"""A small passphrase strength estimator (no network, no word lists to ship).

It estimates guessing entropy from the character classes used, penalises repeats,
sequences ("abcd", "1234", "qwerty") and common words, and rewards length — words
separated by spaces (a passphrase of four or more random words) are what we recommend.
It is a guide for the person, not a security guarantee.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_COMMON = {
    "password",
    "passwort",
    "qwerty",
    "letmein",
    "admin",
    "welcome",
    "iloveyou",
    "monkey",
    "dragon",
    "football",
    "belarus",
    "minsk",
    "lukashenko",
    "пароль",
    "беларусь",
    "свобода",
    "мінск",
    "минск",
    "йцукен",
    "123456",
    "111111",
    "000000",
    "letapis",
}
_ROWS = (
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "йцукенгшщзхъ",
    "фывапролджэ",
    "ячсмитьбю",
    "1234567890",
    "abcdefghijklmnopqrstuvwxyz",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
)


@dataclass(frozen=True)
class Strength:
    """``score`` 0 (very weak) … 4 (very strong) and the estimated entropy in bits."""

    score: int
    bits: float


def _pool(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[а-яёіўє]", text):
        pool += 36
    if re.search(r"[А-ЯЁІЎЄ]", text):
        pool += 36
    if re.search(r"[^\w\s]", text) or re.search(r"[^\x00-\u04ff]", text):
        pool += 33
    if " " in text:
        pool += 1
    return max(pool, 1)


def _pattern_chars(text: str) -> int:
    """How many characters are predictable (repeats, keyboard or alphabet runs)."""
    low = text.lower()
    predictable = 0
    i = 0
    while i < len(low):
        run = 1
        while i + run < len(low) and low[i + run] == low[i]:
            run += 1
        if run >= 3:
            predictable += run - 1
            i += run
            continue
        for row in _ROWS:
            j = 1
            while i + j < len(low) and (
                low[i : i + j + 1] in row or low[i : i + j + 1] in row[::-1]
            ):
                j += 1
            if j >= 3:
                predictable += j - 1
                i += j - 1
                break
        i += 1
    return predictable


def estimate(passphrase: str) -> Strength:
    """Estimate the strength of ``passphrase``.

    Example::

        >>> estimate("correct horse battery staple").score  # four words: fair
        2
    """
    text = passphrase
    if not text:
        return Strength(0, 0.0)
    low = text.lower()
    effective = len(text) - _pattern_chars(text)
    for word in _COMMON:
        if word in low:
            effective -= len(word) - 1
    effective = max(effective, 1)
    bits = effective * math.log2(_pool(text))
    words = [w for w in re.split(r"[\s\-_.,]+", text) if w]
    if len(words) >= 2 and all(w.isalpha() and w.islower() for w in words):
        # Plain lower-case words are guessed word by word, not letter by letter: count
        # about 13 bits a word (a random pick from a 7,776-word list), whatever the length.
        bits = min(bits, len(words) * 13.0)
    if bits < 28:
        score = 0
    elif bits < 40:
        score = 1
    elif bits < 56:
        score = 2
    elif bits < 72:
        score = 3
    else:
        score = 4
    # Short secrets fall to offline guessing whatever their mix of symbols.
    if len(text) < 12:
        score = min(score, 2)
    elif len(text) < 16:
        score = min(score, 3)
    return Strength(score, bits)
