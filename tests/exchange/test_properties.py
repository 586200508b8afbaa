"""Hypothesis round trips for the exchange codecs (STYLE.md: every codec)."""

from __future__ import annotations

import contextlib
import hashlib
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from archive_app.exchange.bundle_writer import MemberSource, tar_pieces
from archive_app.exchange.canonical import canonical_json, parse_canonical
from archive_app.exchange.records import (
    Relation,
    chunk_records,
    compare_clocks,
    iter_record_lines,
    merge_clocks,
    revision_of,
)
from archive_app.exchange.tar_reader import StrictTarReader

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
def test_canonical_json_round_trip(value: Any) -> None:
    data = canonical_json(value)
    assert parse_canonical(data, max_size=1 << 20, what="x") == value


class Collect:
    def __init__(self, out: dict[str, bytearray], name: str) -> None:
        self.out, self.name = out, name
        out[name] = bytearray()

    def write(self, data: bytes) -> None:
        self.out[self.name] += data

    def close(self) -> None:
        pass


@settings(max_examples=60, deadline=None)
@given(
    sizes=st.lists(st.integers(0, 5000), min_size=0, max_size=6),
    cuts=st.lists(st.integers(1, 3000), min_size=1, max_size=50),
)
def test_tar_round_trip_any_split(sizes: list[int], cuts: list[int]) -> None:
    members = [
        MemberSource.from_bytes(f"records/{i:06d}.jsonl", bytes([i]) * n)
        for i, n in enumerate(sizes)
    ]
    stream = b"".join(tar_pieces(b"{}", b"s" * 96, members))
    assert len(stream) % 10240 == 0
    got: dict[str, bytearray] = {}
    reader = StrictTarReader(lambda name, size: Collect(got, name))
    pos, i = 0, 0
    while pos < len(stream):
        step = cuts[i % len(cuts)]
        reader.feed(stream[pos : pos + step])
        pos += step
        i += 1
    reader.finish()
    assert bytes(got.pop("manifest.json")) == b"{}"
    assert bytes(got.pop("manifest.sig")) == b"s" * 96
    assert {k: bytes(v) for k, v in got.items()} == {
        m.name: bytes([int(m.name[8:14])]) * m.size for m in members
    }


clocks = st.dictionaries(
    st.sampled_from(["a" * 32, "b" * 32, "c" * 32]), st.integers(1, 5), min_size=1
)


@given(clocks, clocks)
def test_clock_relations_are_consistent(x: dict[str, int], y: dict[str, int]) -> None:
    forward, backward = compare_clocks(x, y), compare_clocks(y, x)
    opposite = {
        Relation.NEWER: Relation.OLDER,
        Relation.OLDER: Relation.NEWER,
        Relation.SAME: Relation.SAME,
        Relation.CONCURRENT: Relation.CONCURRENT,
    }
    assert backward is opposite[forward]
    merged = merge_clocks(x, y)
    assert compare_clocks(x, merged) in (Relation.NEWER, Relation.SAME)
    assert compare_clocks(y, merged) in (Relation.NEWER, Relation.SAME)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(max_size=200), min_size=1, max_size=30))
def test_records_round_trip(texts: list[str]) -> None:
    records = []
    for i, text in enumerate(texts):
        record: dict[str, Any] = {
            "id": f"{i:032x}",
            "origin": "a" * 32,
            "clock": {"a" * 32: i + 1},
            "title": text,
            "text": text * 3,
            "metadata": {"lat": 1.5},
            "attachments": [
                {
                    "sha256": hashlib.sha256(text.encode()).hexdigest(),
                    "size": 1,
                    "name": "n",
                    "mime": "x",
                }
            ],
        }
        record["revision"] = revision_of(record)
        records.append(record)
    got = [r for _, data in chunk_records(records) for r in iter_record_lines(data)]
    assert got == records


_VALID_TAR = b"".join(
    tar_pieces(b"{}", b"s" * 96, [MemberSource.from_bytes("records/000001.jsonl", b"x" * 700)])
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, len(_VALID_TAR) - 1), st.integers(0, 255)), min_size=1, max_size=4
    ),
    st.integers(0, len(_VALID_TAR)),
)
def test_tar_reader_mutations_fail_only_with_typed_refusals(
    flips: list[tuple[int, int]], cut: int
) -> None:
    from archive_app.exchange.tar_reader import TarRejected

    data = bytearray(_VALID_TAR)
    for pos, value in flips:
        data[pos] = value
    got: dict[str, bytearray] = {}
    reader = StrictTarReader(lambda name, size: Collect(got, name))
    try:
        reader.feed(bytes(data[:cut]))
        reader.finish()
    except TarRejected:
        return


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.integers(0, 300))
def test_age_header_parser_never_crashes(noise: bytes, keep: int) -> None:
    from archive_app.exchange import age_layer
    from archive_app.exchange.errors import AgeHeaderError, AgeUnsupported

    base = (
        b"age-encryption.org/v1\n-> X25519 "
        + b"A" * 43
        + b"\n"
        + b"B" * 43
        + b"\n--- "
        + b"C" * 43
        + b"\n"
    )
    data = base[:keep] + noise
    try:
        header, offset = age_layer.parse_header(data)
        age_layer.check_header_policy(header, allow_scrypt=True)
    except (AgeHeaderError, AgeUnsupported):
        return
    assert offset <= len(data)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_manifest_parser_refuses_arbitrary_json_cleanly(value: Any) -> None:
    from archive_app.exchange.errors import BundleBadSignature, BundleRejected
    from archive_app.exchange.manifest import parse_manifest

    try:
        parse_manifest(canonical_json(value), b"\x00" * 32)
    except (BundleRejected, BundleBadSignature):
        return
    raise AssertionError("arbitrary JSON accepted as a manifest")


_FIELDS = [
    "format",
    "version",
    "bundle_id",
    "created",
    "sender",
    "sequence",
    "previous",
    "recipients",
    "scope",
    "redactions",
    "volume_size",
    "counts",
    "members",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_FIELDS), json_values, st.sampled_from(["", "name", "kind", "size"]))
def test_manifest_field_mutations_parse_or_refuse(field: str, value: Any, inner: str) -> None:
    from archive_app.exchange.errors import BundleBadSignature, BundleRejected
    from archive_app.exchange.identity import Identity
    from archive_app.exchange.manifest import MemberEntry, parse_manifest

    from .helpers import signed_head

    me = Identity.generate("A")
    sha = "ab" * 32
    data, _ = signed_head(me, [me.fingerprint], [MemberEntry(f"files/{sha}", 3, sha)])
    manifest = json.loads(data)
    target = manifest[field]
    if inner and isinstance(target, dict):
        target[inner] = value
    elif inner and isinstance(target, list) and target and isinstance(target[0], dict):
        target[0][inner] = value
    else:
        manifest[field] = value
    with contextlib.suppress(BundleRejected, BundleBadSignature):
        parse_manifest(canonical_json(manifest), me.signing_key)


_CARD_FIELDS = [
    "format",
    "version",
    "name",
    "signing_key",
    "age_recipient",
    "fingerprint",
    "created",
    "signature",
]
_RECORD_FIELDS = [
    "id",
    "origin",
    "clock",
    "title",
    "text",
    "type",
    "tags",
    "metadata",
    "attachments",
    "redacted",
    "custody",
    "language",
    "extra",
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_CARD_FIELDS), json_values)
def test_card_field_mutations_refused_cleanly(field: str, value: Any) -> None:
    from archive_app.exchange.card import Card
    from archive_app.exchange.errors import InvalidCard
    from archive_app.exchange.identity import Identity

    card = json.loads(Identity.generate("A").card().to_bytes())
    card[field] = value
    with contextlib.suppress(InvalidCard):
        Card.from_bytes(canonical_json(card))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_RECORD_FIELDS), json_values, st.booleans())
def test_record_field_mutations_refused_cleanly(field: str, value: Any, rehash: bool) -> None:
    from archive_app.exchange.errors import BundleRejected
    from archive_app.exchange.records import parse_record_line

    record: dict[str, Any] = {
        "id": "a" * 32,
        "origin": "b" * 32,
        "clock": {"b" * 32: 1},
        "title": "t",
        "text": "x",
        "type": "other",
        "attachments": [],
    }
    record[field] = value
    if rehash:
        record["revision"] = revision_of(record)
    with contextlib.suppress(BundleRejected):
        parse_record_line(canonical_json(record))
