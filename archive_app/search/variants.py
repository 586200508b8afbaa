"""Variant keys: one spelling-independent key per word, and the table of name variants.

A person or place is written many ways: Лукашэнка (be), Лукашенко (ru), Łukašenka (Łacinka),
Łukaszenka (pl), Lukashenka and Lukashenko (English press), Lukasenka (ICU Any-Latin with the
diacritics dropped). Transliteration alone does not merge them, so :func:`variant_key` builds
a phonetic skeleton in three steps, the same for every script:

1. **Transliterate** to ASCII letters: Cyrillic by a fixed table; Latin diacritics dropped.
2. **Fold what writing systems disagree on** while keeping what tells words apart:
   sibilants (ш sh sz š → s; ж zh ż ž → z; ч ц cz č ć ts → c), х kh ch → x, h → g (Belarusian
   and Ukrainian г is h, Russian г is g), w → v, ў ŭ and a "u" after a vowel → v, the j-glide
   (я ja ya ia → a), unstressed o/a (Belarusian akanne: Гродна/Гродно) → a, double letters.
3. **Strip inflection** the same way in every language: trailing vowels and a few endings.

Consonants and their order are kept, which is what keeps precision: Lukashenko, Lukin and
Lucas stay three keys. The skeleton does not merge real spelling differences (Мінск/Менск,
Kyiv/Kiev, Тихановская/Ціханоўская): :class:`VariantTable` does, as groups of keys that a
query expands to ("these spellings are one name"). Expansion happens at query time, so a
person who extends the table sees the effect at once, without re-indexing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e",
        "є": "je", "ж": "z", "з": "z", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ў": "w", "ф": "f", "х": "x", "ц": "c", "ч": "c", "ш": "s", "щ": "s",
        "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "ju", "я": "ja", "'": "", "’": "",
        "ʼ": "",
    }
)  # fmt: skip

#: Latin letters whose base letter is not what the skeleton wants (x is the marker of х).
_LATIN = str.maketrans({"x": "ks", "q": "k", "ł": "l", "ŭ": "w", "ß": "s", "đ": "d", "ø": "o"})

#: Ordered digraph folds on the transliterated word (longest and most specific first).
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "s"), ("szcz", "s"), ("sch", "s"), ("sh", "s"), ("sz", "s"), ("zh", "z"),
    ("kh", "x"), ("ch", "x"), ("cz", "c"), ("ts", "c"), ("tz", "c"), ("h", "g"), ("w", "v"),
)  # fmt: skip

_VOWELS = "aeiou"
_Y_GLIDE = re.compile(r"y(?=[aeiou])")
_SOFT_I = re.compile(r"(?<=[bcdfgklmnprstvxz])i(?=[aeou])")
_U_AFTER_VOWEL = re.compile(r"(?<=[aeio])u(?![aeiou])")
_DOUBLE = re.compile(r"([a-z])\1+")
_NOT_ASCII_LETTER = re.compile(r"[^a-z0-9]")
#: Inflectional endings removed after the trailing vowels, when four letters remain.
_ENDINGS = ("ami", "ax", "ix", "am", "em", "im", "ev", "av", "ag")
_MIN_KEY = 3


def _translit(word: str) -> str:
    # Latin first: the Cyrillic table writes x for х, which the Latin table would rewrite.
    word = word.translate(_LATIN).translate(_CYRILLIC)
    # Drop diacritics of the remaining Latin letters (ś ż ć ń ó ą ę š č ž …).
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _strip_inflection(key: str) -> str:
    while len(key) > _MIN_KEY and key[-1] in _VOWELS:
        key = key[:-1]
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            key = key[: -len(ending)]
            break
    while len(key) > _MIN_KEY and key[-1] in _VOWELS:
        key = key[:-1]
    return key


@lru_cache(maxsize=200_000)
def variant_key(word: str, *, strip: bool = True) -> str:
    """The spelling-independent key of a normalised (case-folded) word form.

    Args:
        word: one token, already NFKC-normalised and case-folded.
        strip: remove inflection (off for wildcard prefixes, which are not whole words).

    >>> {variant_key(w) for w in ("лукашэнка", "лукашенко", "łukaszenki", "lukashenko")}
    {'lukasenk'}
    """
    key = _translit(word)
    if key.endswith("'s"):
        key = key[:-2]
    key = key.replace("'", "")
    for old, new in _DIGRAPHS:
        if old in key:
            key = key.replace(old, new)
    key = _Y_GLIDE.sub("j", key).replace("y", "i").replace("j", "")
    key = _SOFT_I.sub("", key)
    key = _U_AFTER_VOWEL.sub("v", key)
    key = key.replace("o", "a")
    key = _DOUBLE.sub(r"\1", key)
    key = _NOT_ASCII_LETTER.sub("", key)
    if not key:
        return word
    return _strip_inflection(key) if strip else key


class VariantTable:
    """Groups of variant keys that stand for one name ("these spellings are one name").

    Built from groups of spellings in any script; each spelling is reduced with
    :func:`variant_key`, so inflected forms of every spelling match too. Groups that share a
    key are merged. The shipped table lists the common people and places of Belarusian
    public life; :meth:`extended` adds a person's own groups.

    >>> table = VariantTable.from_groups([["Kyiv", "Kiev", "Київ", "Киев"]])
    >>> sorted(table.expand(variant_key("києві")))
    ['kev', 'kiv']
    """

    def __init__(self, groups: Iterable[frozenset[str]] = ()) -> None:
        self._group_of: dict[str, frozenset[str]] = {}
        for group in groups:
            self._add(group)

    def _add(self, keys: frozenset[str]) -> None:
        merged = set(keys)
        for key in keys:
            merged |= self._group_of.get(key, frozenset())
        frozen = frozenset(merged)
        for key in frozen:
            self._group_of[key] = frozen

    @staticmethod
    def keys_of(spellings: Iterable[str]) -> frozenset[str]:
        """The variant keys of a group of spellings (single words; others are skipped)."""
        from archive_app.search.analysis import normalize_word  # late: analysis imports us

        keys = set()
        for spelling in spellings:
            words = spelling.split()
            if len(words) == 1:
                keys.add(variant_key(normalize_word(words[0])))
        return frozenset(keys)

    @classmethod
    def from_groups(cls, groups: Iterable[Sequence[str]]) -> VariantTable:
        """A table from groups of spellings, e.g. ``[["Minsk", "Менск", "Miensk"]]``."""
        table = cls()
        for group in groups:
            keys = cls.keys_of(group)
            if len(keys) > 1:
                table._add(keys)
        return table

    @classmethod
    def default(cls) -> VariantTable:
        """The table shipped with Letapis (``search/data/variants.tsv``)."""
        return _default_table()

    def extended(self, groups: Iterable[Sequence[str]]) -> VariantTable:
        """A new table with the person's own groups added to this one's."""
        table = VariantTable(self.groups())
        for group in groups:
            keys = self.keys_of(group)
            if len(keys) > 1:
                table._add(keys)
        return table

    def groups(self) -> Iterator[frozenset[str]]:
        """Every group once."""
        seen: set[frozenset[str]] = set()
        for group in self._group_of.values():
            if group not in seen:
                seen.add(group)
                yield group

    def expand(self, key: str) -> frozenset[str]:
        """All keys that stand for the same name as ``key`` (at least ``key`` itself)."""
        return self._group_of.get(key, frozenset((key,)))

    def __len__(self) -> int:
        return sum(1 for _ in self.groups())


def parse_groups(text: str) -> list[list[str]]:
    """Groups from variant-table text: one group a line, spellings separated by tabs or
    ``|``; ``#`` starts a comment."""
    groups = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        spellings = [s.strip() for s in re.split(r"[\t|]", line) if s.strip()]
        if len(spellings) > 1:
            groups.append(spellings)
    return groups


def load_groups(path: Path) -> list[list[str]]:
    """Groups from a variant-table file (UTF-8; see :func:`parse_groups`)."""
    return parse_groups(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _default_table() -> VariantTable:
    text = resources.files("archive_app.search").joinpath("data/variants.tsv").read_text("utf-8")
    return VariantTable.from_groups(parse_groups(text))
