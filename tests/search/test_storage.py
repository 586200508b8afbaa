"""EncryptedStorage: Whoosh's traps, no plaintext at rest, and recovery from damage (H1–H5)."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import MemoryStore
from whoosh import fields
from whoosh.qparser import QueryParser

from archive_app.crypto.errors import CryptoError
from archive_app.search.index import SearchIndex
from archive_app.search.protocol import IndexableDoc
from archive_app.search.storage import EncryptedStorage

MARKER = "Zyxwquorblemarker"
REPO = Path(__file__).resolve().parents[2]


def scan(folder: Path, needle: bytes) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and needle in path.read_bytes():
            found.append(path)
    return found


@pytest.fixture
def tmpdir_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private $TMPDIR, so leaks of Whoosh's temp files can be seen."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


def fill(store: MemoryStore, n: int, marker: str = MARKER) -> None:
    for i in range(n):
        store.put(
            IndexableDoc(
                id=f"d{i}",
                title=f"{marker} title {i}",
                text=f"{marker} Лукашэнка Гродна word{i} " * 20,
                tags=[f"{marker}tag"],
                collection=f"{marker}coll",
                file_names=[f"{marker}{i}.txt"],
            )
        )


def test_storage_contract(tmp_path: Path) -> None:
    st = EncryptedStorage(tmp_path / "ix", os.urandom(32)).create()
    assert st.supports_mmap is False
    with st.create_file("a") as f:
        f.write(b"0123456789" * 10_000)
        f.seek(0)
        f.write(b"HEAD")  # CompoundStorage.write_dir patches headers like this
        f.seek(0)
        assert f.read(4) == b"HEAD"  # read-your-writes, as Whoosh's temp files need
    assert st.file_length("a") == 100_000
    assert (tmp_path / "ix" / "a").stat().st_size > 100_000
    raw = st.create_file("b").raw_file()  # posting runs are closed through the raw file
    raw.write(b"run")
    raw.close()
    assert st.open_file("b").read() == b"run"
    st.rename_file("a", "c", safe=True)
    assert not st.file_exists("a") and st.open_file("c").read(4) == b"HEAD"
    with pytest.raises(NameError):
        st.rename_file("b", "c", safe=True)
    with pytest.raises(OSError):
        st.delete_file("missing")
    lock = st.lock("WRITELOCK")
    assert lock.acquire() is True
    assert st.lock("WRITELOCK").acquire() is False
    lock.release()
    with pytest.raises(TypeError):
        pickle.dumps(st)
    assert sorted(st.list()) == ["b", "c"]


def test_swapped_files_fail_authentication(tmp_path: Path) -> None:
    st = EncryptedStorage(tmp_path, os.urandom(32))
    for name in ("x", "y"):
        with st.create_file(name) as f:
            f.write(name.encode() * 100)
    os.replace(tmp_path / "x", tmp_path / "y")
    with pytest.raises(CryptoError):
        st.open_file("y")


def test_no_plaintext_after_commit_merge_optimize(tmp_path: Path, tmpdir_env: Path) -> None:
    st = EncryptedStorage(tmp_path / "ix", os.urandom(32)).create()
    store = MemoryStore()
    fill(store, 300)
    index = SearchIndex(st, store, procs=1, batch_size=50, limitmb=1)
    index.catch_up()
    for i in range(300, 500):  # several batches: several commits and merges
        store.put(IndexableDoc(id=f"d{i}", title="t", text=f"{MARKER} more {i}"))
    index.catch_up()
    index.optimize()
    assert index.search(MARKER).total == 500
    assert index.search(f"{MARKER}tag").total == 0  # tags are not free text
    needle = MARKER.lower().encode()
    assert scan(tmp_path / "ix", MARKER.encode()) == [] and scan(tmp_path / "ix", needle) == []
    assert scan(tmpdir_env, MARKER.encode()) == [] and scan(tmpdir_env, needle) == []
    assert not list(tmpdir_env.iterdir())


@pytest.mark.skipif(sys.platform != "linux", reason="two writer processes only under fork")
def test_two_process_rebuild_is_sealed_too(tmp_path: Path, tmpdir_env: Path) -> None:
    st = EncryptedStorage(tmp_path / "ix", os.urandom(32)).create()
    store = MemoryStore()
    fill(store, 400)
    index = SearchIndex(st, store, procs=2, limitmb=8)
    report = index.rebuild()
    assert report.documents == 400 and index.search("Lukashenko").total == 400
    for folder in (tmp_path / "ix", tmpdir_env):
        assert scan(folder, MARKER.encode()) == [] and scan(folder, MARKER.lower().encode()) == []


def sealed_index(tmp_path: Path, n: int = 200) -> tuple[SearchIndex, MemoryStore, list[str]]:
    store = MemoryStore()
    fill(store, n, marker="plain")
    notices: list[str] = []
    st = EncryptedStorage(tmp_path / "ix", b"k" * 32).create()
    index = SearchIndex(st, store, procs=1, notice=notices.append)
    index.catch_up()
    index.close()
    return index, store, notices


def biggest_file(folder: Path) -> Path:
    return max((p for p in folder.iterdir() if p.is_file()), key=lambda p: p.stat().st_size)


@pytest.mark.parametrize("damage", ["flip", "truncate", "delete", "wipe", "state"])
def test_damaged_index_is_rebuilt(tmp_path: Path, damage: str) -> None:
    index, store, notices = sealed_index(tmp_path)
    folder = tmp_path / "ix"
    target = biggest_file(folder)
    if damage == "flip":  # H1
        data = bytearray(target.read_bytes())
        data[-20] ^= 0x01  # in the last chunk: verified when the file is opened
        target.write_bytes(bytes(data))
    elif damage == "truncate":  # H1
        with open(target, "r+b") as f:
            f.truncate(target.stat().st_size - 100)
    elif damage == "delete":  # H2
        target.unlink()
    elif damage == "wipe":  # H2
        for p in folder.iterdir():
            p.unlink()
    else:
        (folder / "letapis_state").write_bytes(b"garbage")
    # A fresh SearchIndex, as when the vault is opened again.
    reopened = SearchIndex(index.storage, store, procs=1, notice=notices.append)
    # Damage is found on open (header, last chunk, TOC) or on the first read of a chunk (a
    # search): either way the index is rebuilt and the search answers in full.
    reopened.catch_up()
    assert reopened.search("Lukashenko").total == 200
    if damage != "wipe":
        assert notices, "a rebuild of a damaged index is announced"


def test_damage_found_during_a_search_rebuilds_and_answers(tmp_path: Path) -> None:
    index, _store, notices = sealed_index(tmp_path, n=400)
    index.catch_up()
    assert index.search("Lukashenko").total == 400  # searcher open, files verified at open
    target = biggest_file(tmp_path / "ix")
    assert target.stat().st_size > 3 * 65536
    with open(target, "r+b") as f:  # flip a byte in every chunk but the last
        for offset in range(100, target.stat().st_size - 70_000, 65536):
            f.seek(offset)
            byte = f.read(1)
            f.seek(offset)
            f.write(bytes([byte[0] ^ 0x80]))
    index.close()
    assert index.search("Гродна").total == 400
    assert notices


def test_rolled_back_index_catches_up(tmp_path: Path) -> None:
    """H2: an old copy of the index folder is put back; the changes since are re-applied."""
    index, store, _ = sealed_index(tmp_path, n=50)
    folder = tmp_path / "ix"
    old = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    store.delete("d1")
    store.put(IndexableDoc(id="d2", title="x", text="Бабарыка"))
    index.catch_up()
    index.close()
    for p in folder.iterdir():
        if p.is_file():
            p.unlink()
    for name, data in old.items():
        (folder / name).write_bytes(data)
    again = SearchIndex(index.storage, store, procs=1)
    again.catch_up()
    assert again.search("Бабарыка").total == 1 and again.doc_count() == 49


HOLD_LOCK = """
import sys, time
from archive_app.search.storage import EncryptedStorage
st = EncryptedStorage(sys.argv[1], b"k" * 32)
assert st.lock("MAIN_WRITELOCK").acquire()
print("locked", flush=True)
time.sleep(60)
"""


def test_stale_lock_of_a_killed_process_does_not_block(tmp_path: Path) -> None:
    """H4: a writer killed while holding the lock leaves a lock file, not a lock."""
    index, store, _ = sealed_index(tmp_path, n=20)
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path / "ix")],
        stdout=subprocess.PIPE,
        cwd=REPO,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert list((tmp_path / "ix").glob("*.lock"))
    store.put(IndexableDoc(id="late", title="late", text="Бабарыка"))
    report = index.catch_up()
    assert report.documents == 1 and index.search("Babaryka").total == 1


KILL_DURING_INDEXING = """
import sys
sys.path.insert(0, sys.argv[2])
from conftest import MemoryStore
from test_storage import fill
from archive_app.search.index import SearchIndex
from archive_app.search.storage import EncryptedStorage
store = MemoryStore()
fill(store, 1500, marker="plain")
ix = SearchIndex(EncryptedStorage(sys.argv[1], b"k" * 32).create(), store, procs=1, batch_size=100)
print("start", flush=True)
ix.catch_up()
"""


@pytest.mark.parametrize("delay", [0.5, 2.0])
def test_kill_9_during_indexing(tmp_path: Path, delay: float) -> None:
    """H3: SIGKILL in the middle of indexing; reopening gives a complete, correct index."""
    folder = tmp_path / "ix"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_DURING_INDEXING, str(folder), str(Path(__file__).parent)],
        stdout=subprocess.PIPE,
        cwd=REPO,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "start"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = MemoryStore()
    fill(store, 1500, marker="plain")
    index = SearchIndex(EncryptedStorage(folder, b"k" * 32).create(), store, procs=1)
    index.catch_up()
    assert index.doc_count() == 1500
    assert index.search("word1499").total == 1


def test_whoosh_directly_over_encrypted_storage(tmp_path: Path) -> None:
    st = EncryptedStorage(tmp_path, os.urandom(32)).create()
    schema = fields.Schema(id=fields.ID(stored=True), body=fields.TEXT)
    ix = st.create_index(schema)
    for batch in range(3):
        w = ix.writer()
        for i in range(100):
            w.add_document(id=f"{batch}-{i}", body=f"alpha beta{i}")
        w.commit()
    ix.writer().commit(optimize=True)
    with ix.searcher() as s:
        assert len(s.search(QueryParser("body", schema).parse("alpha"), limit=None)) == 300
