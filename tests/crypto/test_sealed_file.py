"""Sealed files: round trips, random access, seek-back writes, and cases C1–C8."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive_app.crypto.errors import (
    SealedChunkError,
    SealedHeaderError,
    SealedTruncatedError,
)
from archive_app.crypto.sealed_file import (
    CHUNK_SIZE,
    HEADER_SIZE,
    SealedFileReader,
    SealedFileWriter,
    sealed_length,
)

KEY = bytes(range(32))
AAD = b"letapis/blob/test"
CT = CHUNK_SIZE + 16


def seal(path: Path, data: bytes, key: bytes = KEY, aad: bytes = AAD) -> None:
    with SealedFileWriter(path, key, aad) as writer:
        writer.write(data)


def unseal(path: Path, key: bytes = KEY, aad: bytes = AAD) -> bytes:
    with SealedFileReader(path, key, aad) as reader:
        return reader.read()


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE, 300_001]
)
def test_round_trip_at_chunk_edges(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    path = tmp_path / "f"
    seal(path, data)
    assert sealed_length(path) == size
    assert unseal(path) == data
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert path.stat().st_size == HEADER_SIZE + size + 16 * chunks


@settings(max_examples=40, deadline=None)
@given(
    data=st.binary(max_size=3 * CHUNK_SIZE + 10),
    reads=st.lists(
        st.tuples(st.integers(0, 3 * CHUNK_SIZE + 20), st.integers(0, 70_000)), max_size=8
    ),
)
def test_random_access_reads_match(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, reads: list[tuple[int, int]]
) -> None:
    path = tmp_path_factory.mktemp("ra") / "f"
    seal(path, data)
    with SealedFileReader(path, KEY, AAD) as reader:
        assert reader.length == len(data)
        for offset, size in reads:
            reader.seek(offset)
            assert reader.read(size) == data[offset : offset + size]


@settings(max_examples=40, deadline=None)
@given(
    ops=st.lists(
        st.tuples(st.integers(0, 4 * CHUNK_SIZE), st.binary(min_size=1, max_size=CHUNK_SIZE + 100)),
        min_size=1,
        max_size=12,
    )
)
def test_writer_with_seeks_matches_a_plain_file(
    tmp_path_factory: pytest.TempPathFactory, ops: list[tuple[int, bytes]]
) -> None:
    """Any sequence of seek+write gives what an ordinary file would hold (read-your-writes too)."""
    folder = tmp_path_factory.mktemp("rw")
    model = bytearray()
    with SealedFileWriter(folder / "f", KEY, AAD) as writer:
        for offset, chunk in ops:
            if offset > len(model):
                model.extend(bytes(offset - len(model)))
            model[offset : offset + len(chunk)] = chunk
            writer.seek(offset)
            writer.write(chunk)
            writer.seek(0)
            assert writer.read() == bytes(model)
    assert unseal(folder / "f") == bytes(model)


def test_seek_back_into_a_written_chunk_rekeys_and_never_reuses_a_nonce(tmp_path: Path) -> None:
    data = bytearray(os.urandom(5 * CHUNK_SIZE))
    path = tmp_path / "f"
    writer = SealedFileWriter(path, KEY, AAD)
    writer.write(data)
    header_before = path.read_bytes()[:HEADER_SIZE]
    writer.seek(2 * CHUNK_SIZE + 5)
    writer.write(b"patched")
    data[2 * CHUNK_SIZE + 5 : 2 * CHUNK_SIZE + 12] = b"patched"
    writer.close()
    # A different salt: the whole file was re-encrypted under a fresh key.
    assert path.read_bytes()[:HEADER_SIZE] != header_before
    assert unseal(path) == bytes(data)
    assert not (tmp_path / "f.rekey").exists()


def test_header_patch_in_chunk_zero_needs_no_rekey(tmp_path: Path) -> None:
    path = tmp_path / "f"
    writer = SealedFileWriter(path, KEY, AAD)
    writer.write(os.urandom(4 * CHUNK_SIZE))
    header_before = path.read_bytes()[:HEADER_SIZE]
    writer.seek(0)
    writer.write(b"\x00\x00\x00\x10")
    writer.close()
    assert path.read_bytes()[:HEADER_SIZE] == header_before
    assert unseal(path)[:4] == b"\x00\x00\x00\x10"


# --- C1–C8 ---------------------------------------------------------------------------------


@pytest.fixture
def three_chunks(tmp_path: Path) -> tuple[Path, bytes]:
    data = os.urandom(2 * CHUNK_SIZE + 1000)
    path = tmp_path / "f"
    seal(path, data)
    return path, data


def test_c1_truncated_at_a_chunk_boundary(three_chunks: tuple[Path, bytes]) -> None:
    path, _ = three_chunks
    with open(path, "r+b") as handle:
        handle.truncate(HEADER_SIZE + 2 * CT)
    with pytest.raises(SealedChunkError):
        unseal(path)


@pytest.mark.parametrize("cut", [HEADER_SIZE + 5, HEADER_SIZE + CT + 10, HEADER_SIZE + 2 * CT + 8])
def test_c2_truncated_mid_chunk(three_chunks: tuple[Path, bytes], cut: int) -> None:
    path, _ = three_chunks
    with open(path, "r+b") as handle:
        handle.truncate(cut)
    with pytest.raises((SealedTruncatedError, SealedChunkError)):
        unseal(path)


def test_c2_empty_and_header_only(three_chunks: tuple[Path, bytes]) -> None:
    path, _ = three_chunks
    with open(path, "r+b") as handle:
        handle.truncate(HEADER_SIZE)
    with pytest.raises(SealedTruncatedError):
        unseal(path)
    path.write_bytes(b"")
    with pytest.raises(SealedHeaderError):
        unseal(path)


def _swap(path: Path, i: int, j: int) -> None:
    raw = bytearray(path.read_bytes())
    a = raw[HEADER_SIZE + i * CT : HEADER_SIZE + (i + 1) * CT]
    b = raw[HEADER_SIZE + j * CT : HEADER_SIZE + (j + 1) * CT]
    raw[HEADER_SIZE + i * CT : HEADER_SIZE + (i + 1) * CT] = b
    raw[HEADER_SIZE + j * CT : HEADER_SIZE + (j + 1) * CT] = a
    path.write_bytes(bytes(raw))


def test_c3_chunks_swapped_duplicated_dropped(three_chunks: tuple[Path, bytes]) -> None:
    path, _ = three_chunks
    original = path.read_bytes()
    _swap(path, 0, 1)
    with pytest.raises(SealedChunkError), SealedFileReader(path, KEY, AAD) as reader:
        reader.read()
    # duplicated: chunk 0 twice
    path.write_bytes(
        original[: HEADER_SIZE + CT]
        + original[HEADER_SIZE : HEADER_SIZE + CT]
        + original[HEADER_SIZE + 2 * CT :]
    )
    with pytest.raises(SealedChunkError), SealedFileReader(path, KEY, AAD) as reader:
        reader.read()
    # dropped: chunk 1 removed
    path.write_bytes(original[: HEADER_SIZE + CT] + original[HEADER_SIZE + 2 * CT :])
    with pytest.raises(SealedChunkError):
        unseal(path)


def test_c4_chunk_spliced_from_another_file(
    tmp_path: Path, three_chunks: tuple[Path, bytes]
) -> None:
    path, _ = three_chunks
    other = tmp_path / "other"
    seal(other, os.urandom(2 * CHUNK_SIZE + 1000))
    raw = bytearray(path.read_bytes())
    raw[HEADER_SIZE + CT : HEADER_SIZE + 2 * CT] = other.read_bytes()[
        HEADER_SIZE + CT : HEADER_SIZE + 2 * CT
    ]
    path.write_bytes(bytes(raw))
    with pytest.raises(SealedChunkError), SealedFileReader(path, KEY, AAD) as reader:
        reader.read()


def test_c5_two_files_swapped(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    seal(a, b"first", aad=b"letapis/blob/a")
    seal(b, b"second", aad=b"letapis/blob/b")
    a_bytes, b_bytes = a.read_bytes(), b.read_bytes()
    a.write_bytes(b_bytes)
    b.write_bytes(a_bytes)
    with pytest.raises(SealedHeaderError):
        unseal(a, aad=b"letapis/blob/a")
    with pytest.raises(SealedHeaderError):
        unseal(b, aad=b"letapis/blob/b")


def test_c6_bit_flip_in_header_and_every_4k(three_chunks: tuple[Path, bytes]) -> None:
    path, _ = three_chunks
    original = path.read_bytes()
    positions = list(range(0, HEADER_SIZE)) + list(range(HEADER_SIZE, len(original), 4096))
    for pos in positions:
        raw = bytearray(original)
        raw[pos] ^= 0x01
        path.write_bytes(bytes(raw))
        with pytest.raises((SealedHeaderError, SealedChunkError)):
            unseal(path)


def test_c7_unsupported_chunk_size_or_version_rejected(three_chunks: tuple[Path, bytes]) -> None:
    path, _ = three_chunks
    original = path.read_bytes()
    for offset, value in ((7, 0x40), (7, 0x0C), (6, 2)):
        raw = bytearray(original)
        raw[offset] = value
        path.write_bytes(bytes(raw))
        with pytest.raises(SealedHeaderError):
            unseal(path)


def test_c8_same_plaintext_sealed_twice_differs(tmp_path: Path) -> None:
    seal(tmp_path / "a", b"same words" * 1000)
    seal(tmp_path / "b", b"same words" * 1000)
    a, b = (tmp_path / "a").read_bytes(), (tmp_path / "b").read_bytes()
    assert a != b
    assert a[HEADER_SIZE:] != b[HEADER_SIZE:]


def test_wrong_key_is_a_header_error(three_chunks: tuple[Path, bytes]) -> None:
    path, _ = three_chunks
    with pytest.raises(SealedHeaderError):
        unseal(path, key=bytes(32))
