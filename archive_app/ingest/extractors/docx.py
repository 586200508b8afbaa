"""DOCX (Office Open XML) with our own bounded ZIP and safe XML reading.

Body, tables, footnotes and endnotes in document order; title, author and dates from
``docProps/core.xml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from archive_app.ingest.extractors.common import make_document
from archive_app.ingest.extractors.safezip import BoundedZip, parse_xml
from archive_app.ingest.model import NewDocument

__all__ = ["core_properties", "extract"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CP = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "creator": "{http://purl.org/dc/elements/1.1/}creator",
    "subject": "{http://purl.org/dc/elements/1.1/}subject",
    "description": "{http://purl.org/dc/elements/1.1/}description",
    "keywords": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords",
    "created": "{http://purl.org/dc/terms/}created",
    "modified": "{http://purl.org/dc/terms/}modified",
}


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_MAX_DEPTH = 200


def _paragraphs(root: Element) -> list[str]:
    """Paragraph texts in document order; text boxes become paragraphs of their own.

    ``mc:Fallback`` branches repeat their ``mc:Choice`` (older-Word copies of text boxes),
    so they are skipped.
    """
    out: list[str] = []

    def para(node: Element, depth: int) -> None:
        parts: list[str] = []
        nested: list[Element] = []

        def walk(n: Element, d: int) -> None:
            for child in n:
                tag = child.tag
                if tag == _FALLBACK or d > _MAX_DEPTH:
                    continue
                if tag == f"{_W}p":
                    nested.append(child)
                elif tag == f"{_W}t" and child.text:
                    parts.append(child.text)
                elif tag == f"{_W}tab":
                    parts.append("\t")
                elif tag in (f"{_W}br", f"{_W}cr"):
                    parts.append("\n")
                else:
                    walk(child, d + 1)

        walk(node, depth)
        out.append("".join(parts))
        for inner in nested:
            para(inner, depth + 1)

    def blocks(node: Element, depth: int) -> None:
        for child in node:
            if child.tag == _FALLBACK or depth > _MAX_DEPTH:
                continue
            if child.tag == f"{_W}p":
                para(child, depth)
            else:
                blocks(child, depth + 1)

    blocks(root, 0)
    return out


def core_properties(zf: BoundedZip, path: str = "docProps/core.xml") -> dict[str, str]:
    """Title, creator, dates … from an OOXML core properties part.

    :param zf: the opened container.
    :param path: the part's name.
    """
    data = zf.read(path)
    if not data:
        return {}
    root = parse_xml(data, zf.what)
    props: dict[str, str] = {}
    for key, tag in _CP.items():
        node = root.find(tag)
        if node is not None and node.text and node.text.strip():
            props[key] = node.text.strip()
    return props


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Read a DOCX into one document.

    :param path: the file's path (its name is the fallback title).
    :param data: the DOCX bytes.
    :raises ExtractionError: damaged, a zip bomb, or XML with DTDs/entities.
    """
    zf = BoundedZip(data, "DOCX")
    body = parse_xml(zf.read("word/document.xml", required=True) or b"", "DOCX")
    paragraphs = _paragraphs(body)
    for extra in ("word/footnotes.xml", "word/endnotes.xml"):
        part = zf.read(extra)
        if part:
            notes = [p for p in _paragraphs(parse_xml(part, "DOCX")) if p.strip()]
            paragraphs.extend(notes)
    props = core_properties(zf)
    metadata: dict[str, Any] = {"format": "docx"}
    if zf.salvaged:
        metadata["damaged"] = (
            f"the {zf.what} is cut short (its ZIP directory is missing); "
            "its text was recovered from the parts that remain"
        )
    metadata.update({k: v for k, v in props.items() if k not in ("title", "creator")})
    created = props.get("created") or props.get("modified")
    return [
        make_document(
            "\n".join(paragraphs),
            title=props.get("title"),
            fallback_title=path.stem,
            author=props.get("creator"),
            date=created[:10] if created else None,
            metadata=metadata,
        )
    ]
