"""ODT (OpenDocument text) with our own bounded ZIP and safe XML reading."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from archive_app.ingest.extractors.common import ExtractionError, make_document
from archive_app.ingest.extractors.safezip import BoundedZip, parse_xml
from archive_app.ingest.model import NewDocument

__all__ = ["extract"]

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_BLOCKS = {f"{_TEXT}p", f"{_TEXT}h"}
_MAX_DEPTH = 200


def _inline(node: Element, parts: list[str], depth: int = 0) -> None:
    """Text of a paragraph: spans, spaces, tabs, line breaks, notes (in place)."""
    if depth > _MAX_DEPTH:
        return
    if node.text:
        parts.append(node.text)
    for child in node:
        tag = child.tag
        if tag == f"{_TEXT}s":
            parts.append(" " * min(int(child.get(f"{_TEXT}c", "1") or 1), 100))
        elif tag == f"{_TEXT}tab":
            parts.append("\t")
        elif tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif tag == f"{_TEXT}note":
            body = child.find(f"{_TEXT}note-body")
            if body is not None:
                note: list[str] = []
                for block in body.iter():
                    if block.tag in _BLOCKS:
                        _inline(block, note, depth + 1)
                parts.append(" [" + " ".join(note).strip() + "] ")
        elif tag in _BLOCKS:
            _inline(child, parts, depth + 1)
        else:
            _inline(child, parts, depth + 1)
        if child.tail:
            parts.append(child.tail)


def _blocks(node: Element, out: list[str], depth: int = 0) -> None:
    if depth > _MAX_DEPTH:
        raise ExtractionError("the ODT is nested too deeply to read")
    for child in node:
        if child.tag in _BLOCKS:
            parts: list[str] = []
            _inline(child, parts)
            out.append("".join(parts))
        else:
            _blocks(child, out, depth + 1)


def _meta(zf: BoundedZip) -> dict[str, str]:
    data = zf.read("meta.xml")
    if not data:
        return {}
    root = parse_xml(data, "ODT")
    found: dict[str, str] = {}
    for key, tag in (
        ("title", f"{_DC}title"),
        ("creator", f"{_DC}creator"),
        ("initial_creator", f"{_META}initial-creator"),
        ("subject", f"{_DC}subject"),
        ("description", f"{_DC}description"),
        ("created", f"{_META}creation-date"),
        ("modified", f"{_DC}date"),
        ("language", f"{_DC}language"),
        ("generator", f"{_META}generator"),
    ):
        node = root.find(f".//{tag}")
        if node is not None and node.text and node.text.strip():
            found[key] = node.text.strip()
    return found


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Read an ODT into one document.

    :param path: the file's path (its name is the fallback title).
    :param data: the ODT bytes.
    :raises ExtractionError: damaged, a zip bomb, or XML with DTDs/entities.
    """
    zf = BoundedZip(data, "ODT")
    root = parse_xml(zf.read("content.xml", required=True) or b"", "ODT")
    body = root.find(f"{_OFFICE}body")
    lines: list[str] = []
    _blocks(body if body is not None else root, lines)
    meta = _meta(zf)
    metadata: dict[str, Any] = {"format": "odt"}
    if zf.salvaged:
        metadata["damaged"] = (
            f"the {zf.what} is cut short (its ZIP directory is missing); "
            "its text was recovered from the parts that remain"
        )
    metadata.update({k: v for k, v in meta.items() if k not in ("title", "creator")})
    created = meta.get("created") or meta.get("modified")
    return [
        make_document(
            "\n".join(lines),
            title=meta.get("title"),
            fallback_title=path.stem,
            author=meta.get("initial_creator") or meta.get("creator"),
            date=created[:10] if created else None,
            metadata=metadata,
        )
    ]
