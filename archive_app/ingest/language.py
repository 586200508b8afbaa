"""Language of a document: Belarusian, Russian, Ukrainian, Polish or English.

Generic detectors (and n-gram models trained on web text) routinely call Belarusian Russian.
The three East Slavic alphabets differ in letters that are frequent, which makes a letter
model decisive for anything longer than a sentence: ``ў`` is Belarusian only; ``і`` is
Belarusian or Ukrainian; ``и``/``щ`` never occur in Belarusian; ``ы``/``э``/``ё``/``ъ`` never in
Ukrainian; ``ї``/``є``/``ґ`` only in Ukrainian. Function words settle short texts and the Latin
languages (Polish diacritics; Belarusian Łacinka's ``ŭ č š ž``; English stop words).

Example::

    >>> detect_language("Усе людзі нараджаюцца свабоднымі і роўнымі ў сваёй годнасці і правах.")
    'be'
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["SUPPORTED_LANGUAGES", "detect_language"]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("be", "ru", "uk", "pl", "en")

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
# Addresses, mentions and hashtags are Latin whatever the language of the text around them.
_DOMAIN = re.compile(r"\w\.(?:com|org|net|by|ru|ua|pl|me|io|info|eu|uk)\b")
_MAX_TOKEN = 60


def _prose(text: str) -> str:
    """Drop what is Latin whatever the language around it: addresses, mentions, tags, markup.

    Token by token rather than one clever regular expression: a regular expression with
    ``\\S*`` on both sides of a pattern is quadratic on a long run without spaces (a base64
    block pasted into a message), which a hostile file can make take minutes.
    """
    kept = []
    for token in text.split():
        if (
            len(token) > _MAX_TOKEN
            or "://" in token
            or "@" in token
            or token.startswith(("#", "www.", "<"))
            or "=" in token
            or _DOMAIN.search(token)
        ):
            continue
        kept.append(token)
    return " ".join(kept)


# Letters that tell the East Slavic languages apart: weight per occurrence, per language.
# A positive weight says "typical", a large negative one "this language has no such letter".
_CYR_LETTER_WEIGHTS: dict[str, dict[str, float]] = {
    "be": {"ў": 4, "і": 1.5, "ы": 1, "э": 1, "ё": 1, "и": -4, "щ": -4, "ъ": -4, "ї": -4, "є": -4},
    "ru": {"ы": 1, "э": 1, "ё": 1, "ъ": 1, "и": 1, "щ": 1, "ў": -4, "і": -3, "ї": -4, "є": -4},
    "uk": {"ї": 3, "є": 3, "ґ": 3, "і": 1.5, "и": 1, "щ": 1, "ы": -4, "э": -4, "ё": -4, "ъ": -4},
}


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_STOP_WORDS: dict[str, frozenset[str]] = {
    "be": _word_set(
        "і ў у не што гэта як ад для з на па да але ці яго яна яны мы вы гэтае таксама пра "
        "калі каб толькі было быў была сваёй сваю ўсе усе"
    ),
    "ru": _word_set(
        "и в не что это как от для с на по до но или его она они мы вы также про "
        "если чтобы только было был была все уже"
    ),
    "uk": _word_set(
        "і в у не що це як від для з на по до але чи його вона вони ми ви також про "
        "якщо щоб тільки було був була всі та є"
    ),
    "pl": _word_set(
        "i w z na się nie że do jest to o od po jak ale dla przez są był była było oraz "
        "który która które tak czy jego jej ich także już może"
    ),
    "en": _word_set(
        "the and of to is in that it for on with as was are be this have not but by at "
        "from or an they you i he she we his her their will would there"
    ),
    # Belarusian in Łacinka (Latin script).
    "be-latn": _word_set(
        "i ŭ u nie što heta jak ad dla z na pa da ale ci jaho jana jany my vy taksama pra "
        "kali kab tolki było byŭ była"
    ),
}

# Letters only Polish uses among our languages ("ó" is shared with Spanish, Czech …).
_POLISH_LETTERS = frozenset("ąęłśźżćń")
# Letters of other Latin-script languages: a text full of them is none of ours.
_FOREIGN_LETTERS = frozenset("áéíúñàèìòùüöäßçãõâêôûøåæ")
_LACINKA_LETTERS = frozenset("ŭčšž")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _cyrillic_language(letters: Counter[str], words: list[str]) -> str | None:
    scores: dict[str, float] = {}
    total = sum(letters.values()) or 1
    for lang, weights in _CYR_LETTER_WEIGHTS.items():
        letter_score = sum(weight * letters[ch] for ch, weight in weights.items())
        stop = _STOP_WORDS[lang]
        word_score = sum(1 for w in words if w in stop)
        # Letter evidence per 100 letters, function words per word: both bounded.
        scores[lang] = 100.0 * letter_score / total + 20.0 * word_score / max(len(words), 1)
    ranked = sorted(scores, key=lambda lang: scores[lang], reverse=True)
    if scores[ranked[0]] - scores[ranked[1]] < 1.0:
        return None  # no letter or word tells them apart (a few neutral words)
    return ranked[0]


def _latin_language(letters: Counter[str], words: list[str]) -> str | None:
    total_words = max(len(words), 1)
    polish_letters = sum(letters[ch] for ch in _POLISH_LETTERS)
    lacinka_letters = sum(letters[ch] for ch in _LACINKA_LETTERS)
    stops = {
        lang: sum(1 for w in words if w in _STOP_WORDS[lang]) / total_words
        for lang in ("pl", "en", "be-latn")
    }
    # "ŭ" exists in no other language we meet; č/š/ž with ł and without ą/ę point to Łacinka.
    foreign = sum(letters[ch] for ch in _FOREIGN_LETTERS)
    if letters["ŭ"] or (lacinka_letters > polish_letters and stops["be-latn"] >= stops["pl"]):
        return "be"
    latin_letters = max(
        sum(n for ch, n in letters.items() if ch.isascii() or ch in _POLISH_LETTERS), 1
    )
    # A stray "ę" (OCR noise, a Polish name) does not make an English text Polish.
    if (
        stops["en"] >= 0.1
        and stops["en"] > 2 * stops["pl"]
        and polish_letters < 0.01 * latin_letters
    ):
        return "en"
    if foreign > max(polish_letters, 2):
        return None  # Spanish, French, German …: not a language we tell apart
    if polish_letters or stops["pl"] > stops["en"]:
        return "pl" if stops["pl"] > 0.02 or polish_letters else None
    if stops["en"] > 0.05:
        return "en"
    return None


def detect_language(text: str, *, sample_chars: int = 20000) -> str | None:
    """Return the ISO 639-1 code of the main language of ``text``, or None if unsure.

    :param text: the document's text (any length; only a sample is read).
    :param sample_chars: how many characters from the start to look at. Documents mix
        languages (a Ukrainian speech quoting Russian); the majority of the sample decides.
    :returns: one of :data:`SUPPORTED_LANGUAGES`, or None for too little text or another
        language.
    """
    sample = _prose(text[:sample_chars])
    words = _words(sample)
    # Counting a joined string runs in C; a generator over 20,000 characters would not.
    letters: Counter[str] = Counter("".join(_LETTER_RUNS.findall(sample.lower())))
    cyrillic = sum(n for ch, n in letters.items() if "\u0400" <= ch <= "\u04ff")
    latin = sum(n for ch, n in letters.items() if ch.isascii() or "\u00c0" <= ch <= "\u024f")
    if cyrillic + latin < 3:
        return None
    if cyrillic >= latin:
        return _cyrillic_language(letters, [w for w in words if not w.isascii()])
    return _latin_language(letters, [w for w in words if not _has_cyrillic(w)])


def _has_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)
