"""Light stemming for Belarusian, Russian, Ukrainian, Polish and English, per token.

The search index does not know which language a query is typed in, so a token is stemmed by
what its letters say, never by the document's language: the same word form then gives the
same stem in a document and in a query. Cyrillic letters decide between Belarusian (ў, і
without и), Ukrainian (ї, є, ґ, or і beside и) and Russian; Latin letters between Polish
(ą ć ę ł ń ó ś ź ż), Belarusian Łacinka (ŭ š č ž) and English (plain ASCII).

Russian, English and Polish use Snowball through PyStemmer (C, about twice as fast as
Whoosh's pure-Python Snowball). Belarusian and Ukrainian have no Snowball stemmer; their
light stemmers strip the endings the Russian stemmer does not know (Belarusian genitive
plural -аў/-оў, Ukrainian -ів, -ові …) and then run the Russian stemmer over the word with
its letters mapped to the Russian alphabet (і→и, ў→в, ї→и, є→е, ґ→г). Word forms that a
Belarusian and a Russian text share (Лукашэнка, Беларусь, Гродна) then get one stem
whichever stemmer a letter happens to pick, which is what makes *Беларусь* find *Беларусі*.
"""

from __future__ import annotations

from functools import lru_cache

import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no type hints

_RU = Stemmer.Stemmer("russian")
_EN = Stemmer.Stemmer("english")
_PL = Stemmer.Stemmer("polish")

_BE_TO_RU = str.maketrans({"і": "и", "ў": "в"})
_UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г"})

#: Belarusian and Ukrainian endings the Russian stemmer leaves on, longest first.
_BE_ENDINGS = ("ямі", "амі", "аў", "оў", "яў", "еў", "ёў", "ых", "ім", "ай")
_UK_ENDINGS = ("ові", "еві", "єві", "ами", "ями", "ів", "їв", "ою", "ею", "ій", "ої")

#: Words Russian Snowball over-stems: -сь is its reflexive verb ending, so Беларусь lost
#: "ус" while Беларуси kept it. Nouns ending in -русь keep their stem here.
_NOUN_SUFFIXES_KEPT = ("русь",)

_POLISH_LETTERS = frozenset("ąćęłńóśźż")
_LACINKA_LETTERS = frozenset("ŭšžčě")
#: Shorter stems match unrelated words (Russian Snowball cuts Київ to "ки").
_MIN_STEM = 3


def _cut(word: str, endings: tuple[str, ...], keep: int = 3) -> str:
    """Remove the first ending of ``endings`` that leaves at least ``keep`` letters."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= keep:
            return word[: -len(ending)]
    return word


def _russian(word: str) -> str:
    """Russian Snowball, also the core of the Belarusian and Ukrainian stemmers."""
    for noun in _NOUN_SUFFIXES_KEPT:
        if word.endswith(noun):
            return word[:-1]
    stem: str = _RU.stemWord(word)
    return stem if len(stem) >= _MIN_STEM else word


def _belarusian(word: str) -> str:
    return _russian(_cut(word, _BE_ENDINGS).translate(_BE_TO_RU))


def _ukrainian(word: str) -> str:
    return _russian(_cut(word, _UK_ENDINGS).translate(_UK_TO_RU))


def guess_cyrillic(word: str) -> str:
    """The language a Cyrillic word form belongs to, by its letters: "be", "uk" or "ru"."""
    if "ў" in word:
        return "be"
    if "ї" in word or "є" in word or "ґ" in word:
        return "uk"
    if "і" in word:
        return "uk" if ("и" in word or "щ" in word) else "be"
    return "ru"


def guess_latin(word: str) -> str:
    """The language a Latin word form belongs to, by its letters: "pl", "be-latn" or "en"."""
    letters = set(word)
    if letters & _LACINKA_LETTERS:
        return "be-latn"
    if letters & _POLISH_LETTERS:
        return "pl"
    return "en"


def is_cyrillic(word: str) -> bool:
    """True if the word's first letter is Cyrillic (mixed-script words follow their start)."""
    for ch in word:
        if ch.isalpha():
            return "\u0400" <= ch <= "\u04ff"
    return False


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of a normalised (case-folded, ё→е) word form.

    >>> stem("беларусь") == stem("беларуси") == stem("беларусі")
    True
    """
    if len(word) <= 3 or word.isdigit():
        return word
    if is_cyrillic(word):
        lang = guess_cyrillic(word)
        if lang == "be":
            return _belarusian(word)
        if lang == "uk":
            return _ukrainian(word)
        return _russian(word)
    lang = guess_latin(word)
    if lang == "pl":
        out: str = _PL.stemWord(word)
    elif lang == "be-latn":
        # Łacinka shares most endings with Polish; -aŭ/-oŭ is the genitive plural.
        out = _PL.stemWord(_cut(word, ("iaŭ", "aŭ", "oŭ")))
    else:
        out = _EN.stemWord(word)
    return out if len(out) >= _MIN_STEM else word
