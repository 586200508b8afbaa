"""Rebuilds in committed batches: resumable, bounded segment count, sealed throughout; and
the decrypted-chunk cache shared by the readers of a sealed storage."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import MemoryStore
from test_storage import MARKER, fill, scan, tmpdir_env  # noqa: F401 - a fixture

from archive_app.errors import Cancelled
from archive_app.search.index import SearchIndex
from archive_app.search.merging import tier_of, tiered
from archive_app.search.sealed_reads import ChunkCache
from archive_app.search.storage import EncryptedStorage


def cancel_after(calls: int) -> Callable[[], bool]:
    seen = [0]

    def cancel() -> bool:
        seen[0] += 1
        return seen[0] > calls

    return cancel


def test_a_stopped_rebuild_resumes_from_its_last_batch(
    store: MemoryStore, make_index: Callable[..., SearchIndex]
) -> None:
    fill(store, 120)
    index = make_index(store, batch_size=25)
    with pytest.raises(Cancelled):
        index.rebuild(cancel=cancel_after(2))  # two batches committed, the third stopped
    assert index.applied_change == 50
    assert index.doc_count() == 50
    progress: list[tuple[int, int]] = []
    report = index.catch_up(progress=lambda done, total: progress.append((done, total)))
    assert not report.rebuilt and report.documents == 70  # only what was left
    assert progress[-1] == (70, 70)
    assert index.applied_change == 120
    assert index.search(MARKER).total == 120
    assert index.doc_count() == 120


def test_a_resumed_rebuild_takes_edits_made_meanwhile(
    store: MemoryStore, make_index: Callable[..., SearchIndex]
) -> None:
    fill(store, 60)
    index = make_index(store, batch_size=20)
    with pytest.raises(Cancelled):
        index.rebuild(cancel=cancel_after(1))
    from archive_app.search.protocol import IndexableDoc

    store.put(IndexableDoc(id="d3", title="edited", text="Hrodna only"))  # indexed before
    store.delete("d4")
    index.catch_up()
    assert index.doc_count() == 59
    assert {h.id for h in index.search("edited", limit=100).hits} == {"d3"}
    assert "d4" not in {h.id for h in index.search(MARKER, limit=100).hits}


def test_batches_merge_in_tiers(store: MemoryStore, make_index: Callable[..., SearchIndex]) -> None:
    fill(store, 100)
    unmerged = make_index(store, batch_size=10, merge_fanout=1000)
    unmerged.rebuild()
    assert len(unmerged._get_searcher().reader().leaf_readers()) == 10
    unmerged.close()
    index = make_index(store, batch_size=10, merge_fanout=3)
    index.rebuild()
    assert len(index._get_searcher().reader().leaf_readers()) <= 3
    assert index.search(MARKER).total == 100


def test_tiers() -> None:
    assert [tier_of(n, 500, 8) for n in (1, 499, 3999, 4000, 31999, 32000)] == [0, 0, 0, 1, 1, 2]
    with pytest.raises(ValueError):
        tiered(1)


@pytest.mark.skipif(sys.platform != "linux", reason="two writer processes only under fork")
def test_two_process_batches_and_merges_stay_sealed(tmp_path: Path, tmpdir_env: Path) -> None:  # noqa: F811
    st = EncryptedStorage(tmp_path / "ix", os.urandom(32)).create()
    store = MemoryStore()
    fill(store, 400)
    index = SearchIndex(st, store, procs=2, limitmb=4, batch_size=100, merge_fanout=3)
    index.min_parallel_batch = 50
    report = index.rebuild()
    assert report.documents == 400 and index.search("Lukashenko").total == 400
    assert len(index._get_searcher().reader().leaf_readers()) < 8  # 4 batches x 2 workers
    for folder in (tmp_path / "ix", tmpdir_env):
        assert scan(folder, MARKER.encode()) == [] and scan(folder, MARKER.lower().encode()) == []
    assert not [p for p in (tmp_path / "ix").rglob("*.tmp") if p.is_dir() and any(p.iterdir())]


def test_chunk_cache_budget() -> None:
    cache = ChunkCache(3 * 100)
    for i in range(10):
        cache.put((b"f", i), bytes(100))
    assert cache.size == 300 and cache.get((b"f", 0)) is None and cache.get((b"f", 9))
    cache.clear()
    assert cache.size == 0 and cache.get((b"f", 9)) is None


def test_shared_cache_never_serves_a_replaced_file(tmp_path: Path) -> None:
    st = EncryptedStorage(tmp_path / "ix", os.urandom(32), cache_mb=1).create()
    for content in (b"old " * 50_000, b"new " * 50_000):
        with st.create_file("seg.new") as f:
            f.write(content)
        st.rename_file("seg.new", "seg")
        with st.open_file("seg") as f:
            assert f.read() == content
            assert f.get(100_000, 4) == content[100_000:100_004]
    cache = st.cache
    assert cache is not None and 0 < cache.size <= 1 << 20 and cache.hits == 0
    with st.open_file("seg") as f:  # a second reader of the same file: served from memory
        assert f.read() == b"new " * 50_000
    assert cache.hits > 0


def test_closing_the_index_forgets_decrypted_chunks(tmp_path: Path) -> None:
    st = EncryptedStorage(tmp_path / "ix", os.urandom(32)).create()
    store = MemoryStore()
    fill(store, 50)
    index = SearchIndex(st, store, procs=1)
    index.catch_up()
    assert index.search(MARKER).total == 50
    assert st.cache is not None and st.cache.size > 0
    index.close()
    assert st.cache.size == 0


def test_catch_up_removes_the_scratch_folders_of_a_killed_writer(tmp_path: Path) -> None:
    st = EncryptedStorage(tmp_path / "ix", os.urandom(32)).create()
    store = MemoryStore()
    fill(store, 10)
    index = SearchIndex(st, store, procs=1)
    index.catch_up()
    stale = tmp_path / "ix" / "0123abcd.tmp"
    stale.mkdir()
    (stale / "run0.run").write_bytes(os.urandom(4096))  # sealed under a key now gone
    index.catch_up()
    assert not stale.exists()
    assert index.search(MARKER).total == 10


def test_merges_stop_at_the_size_cap(
    store: MemoryStore, make_index: Callable[..., SearchIndex]
) -> None:
    fill(store, 60)
    index = make_index(store, batch_size=10)
    index.merge_policy = tiered(3, max_docs=25)
    index.rebuild()
    sizes = [r.doc_count_all() for r, _ in index._get_searcher().reader().leaf_readers()]
    assert sum(sizes) == 60 and len(sizes) < 6  # merged, …
    assert max(sizes) <= 25  # … never past the cap
    assert index.search(MARKER).total == 60
