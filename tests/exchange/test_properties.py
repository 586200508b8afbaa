"""Hypothesis round trips for the exchange codecs (STYLE.md: every codec)."""

from __future__ import annotations

import hashlib
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
