"""The analyzer chain: words → normalised forms → stems (one field) and variant keys (another).

Every word goes through the same steps at index time and at query time:

* **tokenize** on letters and digits, keeping inner apostrophes (п'ять, Lukashenko's) and
  combining stress marks, so a stressed Russian word is not cut in two;
* **normalise**: NFKC, case folding, ё→е, stress marks and apostrophes dropped, the English
  possessive 's removed;
* then one of three outputs, each the analyzer of one field:
  ``stem`` (:func:`archive_app.search.stemming.stem`, the "original" text fields),
  ``fold`` (:func:`archive_app.search.variants.variant_key`, the cross-script field),
  ``word`` (the normalised word itself, used for did-you-mean suggestions).

All three are cached per raw token: in real text a few thousand word forms make up most
tokens, so the Python cost per token is one dictionary look-up.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Analyzer, Token

from archive_app.search.stemming import stem
from archive_app.search.variants import variant_key

#: Letters and digits (not "_"), with combining marks and inner apostrophes.
WORD_RE = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+(?:['’ʼ](?:[^\W_]|[\u0300-\u036f])+)*")
#: WORD_RE for text without combining marks: one character class per letter instead of an
#: alternation, twice as fast (bench texts: 0.21 against 0.41 ms per 2,400 characters).
_PLAIN_WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
_COMBINING_RE = re.compile(r"[\u0300-\u036f]")
#: Longer "words" are encoded blobs or garbage; indexing them only costs space.
MAX_WORD = 48
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_KINDS = ("stem", "fold", "word")


@lru_cache(maxsize=200_000)
def normalize_word(raw: str) -> str:
    """The normalised form of one token: NFKC, case-folded, ё→е, no stress marks or
    apostrophes, no English possessive.

    >>> normalize_word("Лукашэ́нкі"), normalize_word("Lukashenko’s"), normalize_word("п'ять")
    ('лукашэнкі', 'lukashenko', 'пять')
    """
    word = unicodedata.normalize("NFKC", raw).casefold().translate(_APOSTROPHES)
    if any(unicodedata.combining(ch) for ch in word):
        # Stress marks (´ `) are typing aids; й and ё/ї keep their letters through NFC.
        decomposed = unicodedata.normalize("NFD", word)
        kept = (ch for ch in decomposed if ch not in "\u0301\u0300")
        word = unicodedata.normalize("NFC", "".join(kept))
    word = word.replace("ё", "е")
    if word.endswith("'s"):
        word = word[:-2]
    return word.replace("'", "")


@lru_cache(maxsize=200_000)
def _forms(raw: str) -> tuple[str, str, str] | None:
    word = normalize_word(raw)
    if not word or len(word) > MAX_WORD:
        return None
    return stem(word), variant_key(word), word


def term_forms(raw: str) -> tuple[str, str, str] | None:
    """(stem, variant key, normalised word) of a raw token, or None if it is not indexed."""
    return _forms(raw)


def split_words(text: str) -> list[str]:
    """Every word of ``text`` as :data:`WORD_RE` finds them, in order (``findall``)."""
    pattern = WORD_RE if _COMBINING_RE.search(text) else _PLAIN_WORD_RE
    words: list[str] = pattern.findall(text)
    return words


class LetapisAnalyzer(Analyzer):  # type: ignore[misc]  # whoosh is untyped
    """A Whoosh analyzer giving one of the three forms of every word.

    Picklable and comparable by ``kind`` only (Whoosh pickles the schema into its TOC and
    compares analyzers when merging schemas).
    """

    def __init__(self, kind: str) -> None:
        if kind not in _KINDS:
            raise ValueError(f"unknown analyzer kind {kind!r}")
        self.kind = kind
        self._index = _KINDS.index(kind)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LetapisAnalyzer) and other.kind == self.kind

    def __hash__(self) -> int:
        return hash(("LetapisAnalyzer", self.kind))

    def __repr__(self) -> str:
        return f"LetapisAnalyzer({self.kind!r})"

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Any]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        index = self._index
        if not tokenize:
            forms = _forms(value) if value else None
            if forms is not None:
                token.text = forms[index]
                token.original = value
                token.boost = 1.0
                token.stopped = False
                if positions:
                    token.pos = start_pos
                if chars:
                    token.startchar = start_char
                    token.endchar = start_char + len(value)
                yield token
            return
        pos = start_pos
        for match in WORD_RE.finditer(value):
            forms = _forms(match.group())
            if forms is None:
                continue
            token.text = forms[index]
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = match.group()
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            pos += 1
            yield token


def stem_analyzer() -> LetapisAnalyzer:
    """Analyzer of the title/body fields (stems)."""
    return LetapisAnalyzer("stem")


def fold_analyzer() -> LetapisAnalyzer:
    """Analyzer of the cross-script variant field (variant keys)."""
    return LetapisAnalyzer("fold")


def word_analyzer() -> LetapisAnalyzer:
    """Analyzer of the spelling field (normalised words, for did-you-mean)."""
    return LetapisAnalyzer("word")


_BE = frozenset("ўі")
_UK = frozenset("їєґ")
_RU = frozenset("ыэъ")
_RU_UK = frozenset("ищ")
_PL = frozenset("ąćęłńśźż")
_BE_LATN = frozenset("ŭšžč")


def detect_language(text: str, sample: int = 20_000) -> str | None:
    """The language of a text by its letters: "be", "ru", "uk", "pl", "en", "be-latn" or None.

    Cheap and good enough for facets on prose: Belarusian is the only one of the three
    Cyrillic languages with ў and without и; Ukrainian has ї є ґ and і beside и.
    """
    counts = Counter(text[:sample].casefold())
    cyr = sum(n for ch, n in counts.items() if "\u0400" <= ch <= "\u04ff")
    lat = sum(n for ch, n in counts.items() if "a" <= ch <= "z" or ch in _PL or ch in _BE_LATN)
    if cyr == 0 and lat == 0:
        return None
    if cyr >= lat:
        be = sum(counts[c] for c in _BE) + 3 * counts["ў"]
        uk = sum(counts[c] for c in _UK) * 3 + counts["і"]
        ru_uk = sum(counts[c] for c in _RU_UK)
        ru = sum(counts[c] for c in _RU)
        if counts["ў"] > 0.002 * cyr and counts["и"] < counts["і"]:
            return "be"
        if uk > 0.01 * cyr and ru_uk > 0:
            return "uk"
        if be > ru_uk:
            return "be"
        return "ru" if ru or ru_uk else "be"
    pl = sum(counts[c] for c in _PL)
    latn = sum(counts[c] for c in _BE_LATN)
    if latn > 0.005 * lat and latn >= pl / 2:
        return "be-latn"
    if pl > 0.005 * lat:
        return "pl"
    return "en"
