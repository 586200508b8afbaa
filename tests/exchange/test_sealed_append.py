"""SealedFileWriter's bulk append (used when received files are sealed into staging) writes
exactly the bytes that chunk-by-chunk writing does, and reads back."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive_app.crypto import sealed_file
from archive_app.crypto.errors import SealedChunkError
from archive_app.crypto.sealed_file import CHUNK_SIZE, SealedFileReader, SealedFileWriter

KEY = bytes(range(32))
AAD = b"letapis/staging/test"


def sealed_bytes(path: Path, pieces: list[bytes], monkeypatch: pytest.MonkeyPatch) -> bytes:
    # A fixed salt, so two ways of writing the same plaintext can be compared byte for byte.
    monkeypatch.setattr(os, "urandom", lambda n: b"\x07" * n)
    with SealedFileWriter(path, KEY, AAD) as writer:
        for piece in pieces:
            writer.write(piece)
    monkeypatch.undo()
    return path.read_bytes()


@settings(max_examples=30, deadline=None)
@given(
    size=st.integers(0, 5 * CHUNK_SIZE + 3),
    cuts=st.lists(st.integers(0, 5 * CHUNK_SIZE + 3), max_size=6),
)
def test_bulk_append_equals_small_writes(
    tmp_path_factory: pytest.TempPathFactory, size: int, cuts: list[int]
) -> None:
    folder = tmp_path_factory.mktemp("s")
    data = os.urandom(size)
    bounds = sorted({0, size, *(c for c in cuts if c <= size)})
    pieces = [data[a:b] for a, b in itertools.pairwise(bounds)]
    small = [data[i : i + 1000] for i in range(0, size, 1000)]  # never a whole chunk at once
    with pytest.MonkeyPatch.context() as mp:
        bulk = sealed_bytes(folder / "bulk", pieces, mp)
    with pytest.MonkeyPatch.context() as mp:
        slow = sealed_bytes(folder / "slow", small, mp)
    assert bulk == slow
    with SealedFileReader(folder / "bulk", KEY, AAD) as reader:
        assert reader.read() == data


def test_bulk_append_after_a_seek_back_rewrite(tmp_path: Path) -> None:
    data = os.urandom(4 * CHUNK_SIZE + 10)
    path = tmp_path / "f"
    with SealedFileWriter(path, KEY, AAD) as writer:
        writer.write(data[: 2 * CHUNK_SIZE])
        writer.seek(CHUNK_SIZE + 5)  # a chunk already on disk changes: re-keyed at close
        writer.write(b"!")
        writer.seek(2 * CHUNK_SIZE)
        writer.write(data[2 * CHUNK_SIZE :])  # bulk append after the patch
    expected = data[: CHUNK_SIZE + 5] + b"!" + data[CHUNK_SIZE + 6 :]
    with SealedFileReader(path, KEY, AAD) as reader:
        assert reader.read() == expected


def test_long_reads_equal_small_reads_and_refuse_a_changed_chunk(tmp_path: Path) -> None:
    # Streaming a blob out reads 1 MiB at a time: whole chunks in one disk read.
    data = os.urandom(7 * CHUNK_SIZE + 123)
    path = tmp_path / "f"
    with SealedFileWriter(path, KEY, AAD) as writer:
        writer.write(data)
    with SealedFileReader(path, KEY, AAD) as reader:
        got = b"".join(iter(lambda: reader.read(3 * CHUNK_SIZE), b""))
        reader.seek(CHUNK_SIZE // 2)
        middle = reader.read(4 * CHUNK_SIZE)  # unaligned start, then whole chunks
        reader.seek(0)
        small = b"".join(iter(lambda: reader.read(1000), b""))
    assert (
        got == small == data and middle == data[CHUNK_SIZE // 2 : 4 * CHUNK_SIZE + CHUNK_SIZE // 2]
    )
    raw = bytearray(path.read_bytes())
    raw[sealed_file.HEADER_SIZE + 3 * (CHUNK_SIZE + 16) + 7] ^= 1  # inside chunk 3
    path.write_bytes(bytes(raw))
    with SealedFileReader(path, KEY, AAD) as reader:
        assert reader.read(2 * CHUNK_SIZE) == data[: 2 * CHUNK_SIZE]
        with pytest.raises(SealedChunkError, match="chunk 3"):
            reader.read(4 * CHUNK_SIZE)
