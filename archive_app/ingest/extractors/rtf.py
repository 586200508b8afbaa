"""RTF with code pages: ``\\ansicpg``, per-font ``\\fcharset``, ``\\'xx`` escapes and ``\\uN``.

A small tokenizer of our own: groups, control words and symbols; destinations that hold no
body text (font and colour tables, style sheets, pictures, objects, fields' instructions) are
skipped; ``\\info`` gives title, author and creation time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive_app.ingest.extractors.common import ExtractionError, make_document
from archive_app.ingest.model import NewDocument

__all__ = ["extract", "rtf_to_text"]

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with optional parameter
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the current code page
    rb"|\\([^a-zA-Z])"  # control symbol
    rb"|([{}])"
    rb"|([^\\{}\r\n]+)"  # plain text
    rb"|[\r\n]+"
)
# Windows font charsets (\fcharsetN) to code pages.
_CHARSET_CP = {
    0: 1252, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251,
    222: 874, 238: 1250, 128: 932, 129: 949, 134: 936, 136: 950,
}  # fmt: skip
_SKIP_DESTINATIONS = frozenset(
    "fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl generator pict "
    "object objdata fldinst themedata colorschememapping datastore latentstyles "
    "xmlnstbl mmathPr header footer headerl headerr footerl footerr datafield bkmkstart "
    "bkmkend protusertbl pgdsctbl filetbl".split()
)
_INFO_FIELDS = frozenset("title author subject keywords company operator doccomm".split())
_MAX_DEPTH = 500


@dataclass
class _State:
    skip: bool = False
    font_cp: int | None = None
    uc: int = 1
    info_field: str | None = None


@dataclass
class _Out:
    text: list[str] = field(default_factory=list)
    info: dict[str, str] = field(default_factory=dict)
    pending: bytearray = field(default_factory=bytearray)
    pending_cp: int = 1252


def _codec(cp: int) -> str:
    return f"cp{cp}"


def rtf_to_text(data: bytes) -> tuple[str, dict[str, str]]:
    """Return (text, info fields) of an RTF document.

    :param data: the RTF bytes.
    :raises ExtractionError: not RTF, or nested beyond reason.
    """
    if not data.lstrip()[:5] == b"{\\rtf":
        raise ExtractionError("it is not an RTF document")
    ansi_cp = 1252
    m = re.search(rb"\\ansicpg(\d+)", data[:4096])
    if m:
        ansi_cp = int(m.group(1))
    fonts: dict[int, int] = {}
    # Bounded gap: an unbounded lazy [^{}]*? is quadratic on many "\f1" without a brace.
    for fm in re.finditer(rb"\\f(\d{1,6})[^{}]{0,300}?\\fcharset(\d{1,3})", data[:200000]):
        cp = _CHARSET_CP.get(int(fm.group(2)))
        if cp is not None and cp != 1252:
            fonts[int(fm.group(1))] = cp
    stack: list[_State] = []
    state = _State()
    out = _Out(pending_cp=ansi_cp)
    skip_unicode = 0
    # True right after "{\*": the group is an optional destination we may not know.
    starred = False

    def flush() -> None:
        if out.pending:
            try:
                chunk = bytes(out.pending).decode(_codec(out.pending_cp), errors="replace")
            except LookupError:
                chunk = bytes(out.pending).decode("cp1252", errors="replace")
            emit(chunk)
            out.pending.clear()

    def emit(s: str) -> None:
        if state.skip:
            return
        if state.info_field:
            out.info[state.info_field] = out.info.get(state.info_field, "") + s
        else:
            out.text.append(s)

    pos = 0
    while True:
        tok = _TOKEN.search(data, pos)
        if tok is None:
            break
        pos = tok.end()
        word, param, hexbyte, symbol, brace, plain = tok.groups()
        if word == b"bin" and param is not None:
            # \binN: N raw bytes follow (pictures, objects); they are data, never text.
            pos += max(0, int(param))
            continue
        if hexbyte is not None:
            if skip_unicode:
                skip_unicode -= 1
                continue
            cp = state.font_cp or ansi_cp
            if out.pending and out.pending_cp != cp:
                flush()
            out.pending_cp = cp
            out.pending.append(int(hexbyte, 16))
            continue
        flush()
        if brace == b"{":
            if len(stack) > _MAX_DEPTH:
                raise ExtractionError("the RTF is nested too deeply to read")
            stack.append(state)
            state = _State(state.skip, state.font_cp, state.uc, state.info_field)
            starred = False
        elif brace == b"}":
            state = stack.pop() if stack else _State()
            starred = False
        elif word is not None:
            name = word.decode("ascii")
            value = int(param) if param is not None else None
            if starred and name not in ("ud",):
                state.skip = True
            starred = False
            if name in _SKIP_DESTINATIONS:
                state.skip = True
            elif name == "info":
                state.info_field = "_info"
            elif name in _INFO_FIELDS and state.info_field:
                state.info_field = name
            elif name == "creatim":
                state.info_field = "_creatim"
            elif state.info_field == "_creatim" and name in ("yr", "mo", "dy", "hr", "min"):
                out.info[name] = str(value or 0)
            elif name == "f" and value is not None:
                state.font_cp = fonts.get(value)
            elif name == "uc" and value is not None:
                state.uc = max(0, min(value, 10))
            elif name == "u" and value is not None:
                emit(chr(value + 65536 if value < 0 else value) if value != 0 else "")
                skip_unicode = state.uc
            elif name in ("par", "line", "sect", "page", "row"):
                emit("\n")
            elif name in ("tab", "cell"):
                emit("\t")
            elif name == "emdash":
                emit("—")
            elif name == "endash":
                emit("–")
            elif name in ("lquote", "rquote"):
                emit("’" if name == "rquote" else "‘")
            elif name in ("ldblquote", "rdblquote"):
                emit("“" if name == "ldblquote" else "”")
            elif name == "bullet":
                emit("•")
        elif symbol is not None:
            if symbol == b"*":
                starred = True
            elif symbol in (b"\\", b"{", b"}"):
                if skip_unicode:
                    skip_unicode -= 1
                else:
                    emit(symbol.decode("ascii"))
            elif symbol == b"~":
                emit("\u00a0")
            elif symbol in (b"\n", b"\r"):
                emit("\n")
        elif plain is not None:
            text = plain.decode("latin-1")
            if skip_unicode:
                cut = min(skip_unicode, len(text))
                text = text[cut:]
                skip_unicode -= cut
            emit(text)
    flush()
    info = {k: v.strip() for k, v in out.info.items() if not k.startswith("_") and v.strip()}
    return "".join(out.text), info


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Read an RTF document into one document.

    :param path: the file's path (its name is the fallback title).
    :param data: the RTF bytes.
    """
    text, info = rtf_to_text(data)
    date = None
    if "yr" in info:
        try:
            date = (
                f"{int(info['yr']):04d}-{int(info.get('mo', 1)):02d}-{int(info.get('dy', 1)):02d}"
            )
        except ValueError:
            date = None
    metadata: dict[str, Any] = {"format": "rtf"}
    metadata.update({k: v for k, v in info.items() if k in ("subject", "keywords", "company")})
    return [
        make_document(
            text,
            title=info.get("title"),
            fallback_title=path.stem,
            author=info.get("author"),
            date=date if date and date[:4] != "0000" else None,
            metadata=metadata,
        )
    ]
