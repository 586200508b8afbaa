"""Canonical JSON: the one encoding of every signed or hashed JSON value in a bundle.

Signatures and hashes are computed over bytes, so two encoders must never disagree about
the bytes of one value. The rule (docs/FORMAT.md, Conventions) is
``json.dumps(v, sort_keys=True, separators=(",", ":"), ensure_ascii=True)`` over values made
of dicts, lists, str, int, bool and None only. A reader re-encodes what it parsed and rejects
the input unless the bytes are identical: that rules out duplicate keys, floats, whitespace
tricks and every other way to make one document mean two things.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from archive_app.exchange.errors import MalformedJSON

#: Nesting deeper than this is never produced by Letapis and only costs the parser stack.
MAX_DEPTH = 32


def canonical_json(value: Any) -> bytes:
    """Return the canonical encoding of ``value``.

    >>> canonical_json({"b": 1, "a": "ў"})
    b'{"a":"\\\\u045e","b":1}'

    Raises :class:`ValueError` for floats or non-JSON types, which would make the encoding
    depend on the platform's float formatting.
    """
    _check_value(value, 0)
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def _check_value(value: Any, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise ValueError("JSON value nested too deeply")
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, list):
        for item in value:
            _check_value(item, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("JSON object keys must be strings")
            _check_value(item, depth + 1)
        return
    raise ValueError(f"type {type(value).__name__} is not allowed in canonical JSON")


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise MalformedJSON("duplicate key in JSON object")
        result[key] = value
    return result


def _reject_float(text: str) -> Any:
    raise MalformedJSON("floating-point numbers are not allowed")


def _reject_constant(text: str) -> Any:
    raise MalformedJSON("NaN and Infinity are not allowed")


def parse_canonical(data: bytes, *, max_size: int, what: str) -> Any:
    """Parse ``data`` and return the value, or raise :class:`MalformedJSON`.

    ``max_size`` is checked before anything is decoded; ``what`` names the thing in the error
    message ("the bundle manifest", "the contact card").
    """
    if len(data) > max_size:
        raise MalformedJSON(f"{what} is larger than {max_size} bytes")
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError as exc:
        raise MalformedJSON(f"{what} is not canonical JSON (non-ASCII bytes)") from exc
    try:
        value = json.loads(
            text,
            object_pairs_hook=_reject_duplicates,
            parse_float=_reject_float,
            parse_constant=_reject_constant,
        )
    except MalformedJSON:
        raise
    except (ValueError, RecursionError) as exc:
        raise MalformedJSON(f"{what} is not valid JSON") from exc
    try:
        again = canonical_json(value)
    except ValueError as exc:
        raise MalformedJSON(f"{what} is not canonical JSON") from exc
    if again != data:
        raise MalformedJSON(f"{what} is not canonical JSON")
    return value


def is_nfc(text: str) -> bool:
    """True if ``text`` is in Unicode normal form C (the form every stored string uses)."""
    return unicodedata.is_normalized("NFC", text)
