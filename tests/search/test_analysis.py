"""Analysis: normalisation, stems and variant keys merge real variants and keep others apart."""

from __future__ import annotations

import pickle

import pytest

from archive_app.search.analysis import (
    LetapisAnalyzer,
    detect_language,
    normalize_word,
    term_forms,
)
from archive_app.search.stemming import stem
from archive_app.search.variants import VariantTable, parse_groups, variant_key


def key(word: str) -> str:
    forms = term_forms(word)
    assert forms is not None
    return forms[1]


GROUPS = {
    "lukashenka": "Lukashenka Lukashenko Лукашенко Лукашэнка Łukašenka Łukaszenka Лукашэнкі "
    "Łukaszenki Lukashenko's Лукашенка Lukasenka",
    "tsikhanouskaya": "Tsikhanouskaya Tikhanovskaya Тихановская Ціханоўская Cichanoŭskaja "
    "Cichanouska Ціханоўскай Тихановской",
    "hrodna": "Hrodna Grodno Гродна Гродно",
    "minsk": "Minsk Мінск Менск Miensk Mińsk Мінску",
    "kyiv": "Kyiv Kiev Київ Киев Києві",
}


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_variants_of_one_name_meet_in_the_table(name: str) -> None:
    table = VariantTable.default()
    spellings = GROUPS[name].split()
    groups = {table.expand(key(w)) for w in spellings}
    assert len(groups) == 1, {w: key(w) for w in spellings}


def test_transliterations_share_a_key_without_the_table() -> None:
    # ICU Any-Latin + ASCII gives "lukasenka"; the press writes "lukashenka".
    assert {key(w) for w in GROUPS["lukashenka"].split()} == {"lukasenk"}
    assert {key(w) for w in GROUPS["hrodna"].split()} == {"gradn"}


@pytest.mark.parametrize(
    ("other", "name"),
    [
        ("Tikhonova", "Tsikhanouskaya"),
        ("Лукин", "Лукашенко"),
        ("Lucas", "Lukashenka"),
        ("Тихонова", "Тихановская"),
        ("Лукашов", "Lukashenko"),
    ],
)
def test_different_names_keep_different_keys(other: str, name: str) -> None:
    table = VariantTable.default()
    assert key(other) not in table.expand(key(name))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Беларусь", "Беларуси"),
        ("Беларусь", "Беларусі"),
        ("Białoruś", "Białorusi"),
        ("свабода", "свабоды"),
        ("свобода", "свободы"),
        ("свобода", "свободою"),
        ("людзі", "людзей"),
        ("wolność", "wolności"),
        ("rights", "right"),
        ("Києві", "Києва"),
    ],
)
def test_inflected_forms_share_a_stem(a: str, b: str) -> None:
    assert stem(normalize_word(a)) == stem(normalize_word(b))


def test_plain_ascii_polish_inflection_meets_in_the_variant_key() -> None:
    # "prawo" has no Polish letter, so it gets the English stemmer; the key still merges.
    assert key("prawo") == key("prawa") == key("prawem")


def test_normalisation() -> None:
    assert normalize_word("ЁЛКА") == "елка"
    assert normalize_word("сло́во") == "слово"
    assert normalize_word("Lukashenko’s") == "lukashenko"
    assert normalize_word("ﬁnal") == "final"  # NFKC ligature


def test_analyzer_positions_chars_and_pickle() -> None:
    analyzer = LetapisAnalyzer("fold")
    text = "Лукашэнка і Łukaszenka"
    tokens = [
        (t.text, t.pos, t.startchar, t.endchar) for t in analyzer(text, positions=True, chars=True)
    ]
    assert tokens[0] == ("lukasenk", 0, 0, 9)
    assert tokens[2][0] == "lukasenk" and text[tokens[2][2] : tokens[2][3]] == "Łukaszenka"
    assert pickle.loads(pickle.dumps(analyzer)) == analyzer


def test_user_groups_extend_the_table() -> None:
    table = VariantTable.default().extended(parse_groups("Сяргей | Siarhei | Sergei\n"))
    assert key("Sergei") in table.expand(key("Сяргею"))
    assert key("Sergei") not in VariantTable.default().expand(key("Сяргей"))


def test_detect_language(corpus_dir) -> None:  # type: ignore[no-untyped-def]
    wrong = []
    for lang in ("be", "ru", "uk", "pl", "en"):
        for path in sorted((corpus_dir / "text" / lang).glob("*.txt"))[:40]:
            got = detect_language(path.read_text(encoding="utf-8"))
            if got != lang:
                wrong.append((path.name, got))
    assert len(wrong) <= 10, wrong


def test_variant_key_is_total() -> None:
    for word in ("", "123", "ß", "ǆ", "ŭ", "x", "'"):
        assert isinstance(variant_key(normalize_word(word)), str)
