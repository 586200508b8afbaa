"""What a worker sends back is validated field by field; nothing is unpickled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive_app.ingest.extractors.common import attachment_from_bytes
from archive_app.ingest.model import NewDocument
from archive_app.ingest.serialize import BadResult, document_from_json, document_to_json

text = st.text(max_size=200)


@settings(max_examples=100, deadline=None)
@given(
    title=text,
    body=text,
    blob=st.binary(max_size=300),
    meta=st.dictionaries(st.text(max_size=10), st.integers() | st.text(max_size=20), max_size=5),
)
def test_round_trip_through_json(title: str, body: str, blob: bytes, meta: dict) -> None:  # type: ignore[type-arg]
    doc = NewDocument(
        title=title,
        text=body,
        type="letter",
        language="be",
        metadata=meta,
        attachments=[attachment_from_bytes("a.bin", blob, "application/octet-stream", text=body)],
        provenance={"file": "x.eml", "part": "message 1"},
    )
    wire = json.dumps(document_to_json(doc))
    back = document_from_json(json.loads(wire))
    assert back == doc


def _valid() -> dict:  # type: ignore[type-arg]
    doc = NewDocument(title="t", text="x", attachments=[attachment_from_bytes("a", b"abc")])
    return document_to_json(doc)


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d.update(type="secret"),
        lambda d: d.update(title=123),
        lambda d: d.update(tags="not a list"),
        lambda d: d["attachments"][0].update(size=99),
        lambda d: d["attachments"][0].update(sha256="00"),
        lambda d: d["attachments"][0].update(data="!!notbase64!!"),
        lambda d: d["attachments"][0].update(path="/etc/passwd"),  # both path and data
        lambda d: d.update(metadata=["x"]),
    ],
)
def test_malformed_answers_are_rejected(breakage) -> None:  # type: ignore[no-untyped-def]
    obj = _valid()
    breakage(obj)
    with pytest.raises(BadResult):
        document_from_json(obj)


def test_path_attachments_round_trip() -> None:
    obj = _valid()
    obj["attachments"][0].update(path="/tmp/x.jpg", data=None, size=3)
    assert document_from_json(obj).attachments[0].path == Path("/tmp/x.jpg")
