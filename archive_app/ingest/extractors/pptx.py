"""PPTX presentations: the text of each slide (and its notes), in slide order."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from archive_app.ingest.extractors.common import make_document
from archive_app.ingest.extractors.docx import core_properties
from archive_app.ingest.extractors.safezip import BoundedZip, parse_xml
from archive_app.ingest.model import NewDocument

__all__ = ["extract"]

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_SLIDE = re.compile(r"ppt/slides/slide(\d+)\.xml")
_NOTES = re.compile(r"ppt/notesSlides/notesSlide(\d+)\.xml")
MAX_SLIDES = 2000


def _paragraphs(root: Element) -> list[str]:
    out = []
    for para in root.iter(f"{_A}p"):
        text = "".join(t.text or "" for t in para.iter(f"{_A}t"))
        if text.strip():
            out.append(text)
    return out


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Read a PPTX presentation into one document.

    :param path: the file's path (its name is the fallback title).
    :param data: the presentation's bytes.
    :raises ExtractionError: damaged, a zip bomb, or XML with DTDs/entities.
    """
    zf = BoundedZip(data, "PPTX")
    slides = sorted(
        (int(m.group(1)), name) for name in zf.names() if (m := _SLIDE.fullmatch(name))
    )[:MAX_SLIDES]
    notes = {int(m.group(1)): name for name in zf.names() if (m := _NOTES.fullmatch(name))}
    lines: list[str] = []
    for number, name in slides:
        lines.append(f"## {number}")
        lines += _paragraphs(parse_xml(zf.read(name) or b"", "PPTX"))
        # Notes slides are numbered on their own; the usual 1:1 pairing is assumed.
        if number in notes:
            lines += _paragraphs(parse_xml(zf.read(notes[number]) or b"", "PPTX"))
    props = core_properties(zf)
    metadata: dict[str, Any] = {"format": "pptx", "slides": len(slides)}
    created = props.get("created") or props.get("modified")
    return [
        make_document(
            "\n".join(lines),
            title=props.get("title") or (lines[1] if len(lines) > 1 else None),
            fallback_title=path.stem,
            author=props.get("creator"),
            date=created[:10] if created else None,
            metadata=metadata,
        )
    ]
