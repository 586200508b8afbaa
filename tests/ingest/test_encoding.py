"""Encoding detection on the corpus's legacy-encoded texts and on round trips."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive_app.ingest.encoding import decode_text

# The encoding each corpus file is really in, from its name.
_LABELS = {
    "iso-8859-5": "iso8859_5",
    "windows-1251": "cp1251",
    "iso-8859-2": "iso8859_2",
    "windows-1250": "cp1250",
    "ibm855": "cp855",
    "ibm866": "cp866",
    "koi8-r": "koi8_r",
    "mac-cyrillic": "mac_cyrillic",
    "utf-8": "utf-8",
}


def _true_codec(path: Path) -> str:
    if path.name == "tika_russian.cp866.txt":
        return "cp866"
    return _LABELS[path.stem.rsplit("_", 1)[-1]]


def _txt_files(corpus_dir: Path) -> list[Path]:
    files = sorted((corpus_dir / "files" / "txt").glob("*.txt"))
    assert len(files) >= 16
    return files


def test_every_corpus_txt_decodes_as_its_true_encoding(corpus_dir: Path) -> None:
    for path in _txt_files(corpus_dir):
        data = path.read_bytes()
        result = decode_text(data)
        expected = data.decode(_true_codec(path))
        assert result.text == expected, path.name
        assert codecs.lookup(result.encoding).name == codecs.lookup(_true_codec(path)).name


# Files whose UTF-8 sibling holds the very same text (the ru_* files are different texts).
_SAME_TEXT_AS_SIBLING = (
    "uchardet_be_windows-1251.txt",
    "uchardet_pl_iso-8859-2.txt",
    "uchardet_pl_windows-1250.txt",
    "uchardet_uk_windows-1251.txt",
)


def test_decoded_equals_utf8_sibling(corpus_dir: Path) -> None:
    txt = corpus_dir / "files" / "txt"
    for name in _SAME_TEXT_AS_SIBLING:
        lang = name.split("_")[1]
        want = (txt / f"uchardet_{lang}_utf-8.txt").read_text(encoding="utf-8")
        assert decode_text((txt / name).read_bytes()).text == want, name
    # ISO-8859-5 has no em dash: the Belarusian file writes "--" where the sibling has "—".
    want = (txt / "uchardet_be_utf-8.txt").read_text(encoding="utf-8").replace("—", "--")
    assert decode_text((txt / "uchardet_be_iso-8859-5.txt").read_bytes()).text == want


def test_belarusian_words_survive_every_cyrillic_codepage(corpus_dir: Path) -> None:
    sample = (corpus_dir / "files" / "txt" / "uchardet_be_utf-8.txt").read_text("utf-8")
    sample = sample.replace("—", "-").replace("\u00a0", " ")
    for codec in ("cp1251", "iso8859_5", "mac_cyrillic"):
        assert decode_text(sample.encode(codec)).text == sample, codec


@pytest.mark.parametrize("lang", ["be", "ru", "uk", "pl"])
def test_round_trip_on_corpus_texts(corpus_dir: Path, lang: str) -> None:
    codecs_by_lang = {
        "be": ["cp1251", "iso8859_5", "mac_cyrillic"],
        "ru": ["cp1251", "koi8_r", "cp866", "iso8859_5", "mac_cyrillic", "cp855"],
        "uk": ["cp1251", "koi8_u", "iso8859_5", "mac_cyrillic"],
        "pl": ["cp1250", "iso8859_2"],
    }
    total = wrong = 0
    for path in sorted((corpus_dir / "text" / lang).glob("*.txt"))[:80]:
        text = path.read_text("utf-8")
        for codec in codecs_by_lang[lang]:
            data = text.encode(codec, errors="replace")
            if data.isascii():
                continue
            total += 1
            wrong += decode_text(data).text != data.decode(codec)
    assert total > 50
    assert wrong <= total * 0.01


def test_boms_and_utf16_without_bom() -> None:
    text = "Ціханоўская — Łukašenka"
    assert decode_text(codecs.BOM_UTF8 + text.encode()).text == text
    assert decode_text(text.encode("utf-16")).text == text
    assert decode_text(text.encode("utf-16-le")).text == text
    assert decode_text(text.encode("utf-16-be")).text == text


def test_declared_charset_is_used_when_trusted() -> None:
    data = "Гродна".encode("cp1251")
    assert decode_text(data, declared="windows-1251", trust_declared=True).text == "Гродна"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=512))
def test_any_bytes_decode_without_error(data: bytes) -> None:
    result = decode_text(data)
    assert isinstance(result.text, str)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_utf8_round_trip(text: str) -> None:
    data = text.encode("utf-8")
    got = decode_text(data).text
    # A text that looks like UTF-16 by its zero bytes is the only documented exception.
    if "\x00" not in text:
        assert got == text
