"""A read-only vault (HOSTILE_CASES I7): it opens for reading, and every change is refused.

A vault folder on a write-protected USB stick, or in a folder this user may not write to, opens
read-only, as KeePassXC opens a read-only database: list, show, search, check and export of
originals work; add, edit, delete, passphrase and recovery-key changes, reindex, repair,
receive and the rest are refused with one line ("this vault is read-only: …") before anything
is attempted, and the vault stays byte for byte as it was (no lock file, WAL, index catch-up or
crash clean-up). Three ways to make it read-only, all real: a read-only bind mount (root
only), ``chmod -R a-w`` of the vault folder, and mode 0555 on the vault folder alone (its files
stay writable). File modes do not bind root: as root the in-process tests of the last two are
skipped, and the CLI runs under ``setpriv`` without the capabilities that bypass them.
"""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from archive_app.archive import Archive
from archive_app.errors import VaultInUse, VaultReadOnly
from archive_app.exchange import service
from tests.conftest import PASSPHRASE
from tests.faults.test_faults import REPO, doc, one_line
from tests.leakscan import scan

ORIGINAL = b"the original bytes"
MARKER = "zubrmarkerq"  # in a document added after the index was built (the stale case)


@dataclass
class ReadOnlyVault:
    source: Path  # the vault folder (writable for the test's own checks, unless chmod)
    path: Path  # where it is read-only
    doc_id: str
    att_id: str
    before: dict[str, bytes | None]
    stale_id: str | None


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every path under ``folder`` with its bytes (None for a folder)."""
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }


def build(folder: Path, *, stale: bool) -> tuple[Path, str, str, str | None]:
    vault = folder / "v.letapis"
    with Archive.create(vault, PASSPHRASE)[0] as archive:
        doc_id = archive.add_document(doc("Hrodna", ORIGINAL))
        archive.add_document(doc("Minsk", b"another original"))
        att_id = archive.get_document(doc_id).attachments[0].id
        service.get_identity(archive)  # made on first use: made here, while writable
        archive.search("Hrodna")  # the index is current
        stale_id = None
        if stale:  # a document the index has not seen yet
            stale_id = archive.add_document(doc(f"Brest {MARKER}", b"a third original"))
    return vault, doc_id, att_id, stale_id


def _chmod_tree(folder: Path, *, writable: bool) -> None:
    for path in [folder, *folder.rglob("*")]:
        mode = path.stat().st_mode
        bits = stat.S_IWUSR if writable else 0
        os.chmod(path, (mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) | bits)


#: Capabilities that let root ignore file modes; the CLI runs without them (see cli_as).
_DAC_CAPS = "-dac_override,-dac_read_search,-fowner"


def make_read_only(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    kind: str,
    *,
    stale: bool = False,
    in_process: bool = True,
) -> ReadOnlyVault:
    if kind != "mount" and in_process and os.geteuid() == 0:
        pytest.skip("root ignores file modes; the read-only mount variant runs instead")
    vault, doc_id, att_id, stale_id = build(tmp_path, stale=stale)
    path = vault
    if kind == "mount":
        path = request.getfixturevalue("mounts")("ro", source=vault)  # skips unless root
    elif kind == "chmod":
        _chmod_tree(vault, writable=False)
        request.addfinalizer(lambda: _chmod_tree(vault, writable=True))
    else:  # "folder-0555": the folder alone; archive.db, blobs/, index/ stay writable
        os.chmod(vault, 0o555)
        request.addfinalizer(lambda: os.chmod(vault, 0o755))
    return ReadOnlyVault(vault, path, doc_id, att_id, snapshot(vault), stale_id)


@pytest.fixture(params=["mount", "chmod", "folder-0555"])
def ro(request: pytest.FixtureRequest, tmp_path: Path) -> ReadOnlyVault:
    return make_read_only(request, tmp_path, request.param)


def cli_as(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess; as root, without the capabilities that bypass file modes."""
    home.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "LETAPIS_PASSPHRASE": PASSPHRASE,
        "HOME": str(home),
        "TMPDIR": str(home),
    }
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("setpriv is needed to run the CLI as root bound by file modes")
        prefix = [setpriv, f"--inh-caps={_DAC_CAPS}", f"--bounding-set={_DAC_CAPS}"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "archive_app", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_read_only_vault_reads_and_refuses_every_change(ro: ReadOnlyVault, tmp_path: Path) -> None:
    new_file = tmp_path / "new.txt"
    new_file.write_text("a statement to import", encoding="utf-8")
    with Archive.open(ro.path, PASSPHRASE) as archive:
        assert archive.read_only
        assert sorted(d.title for d in archive.list_documents()) == ["Hrodna", "Minsk"]
        assert archive.get_document(ro.doc_id).text == "Hrodna body"
        assert [h.id for h in archive.search("Hrodna").hits] == [ro.doc_id]
        assert archive.notices == []  # the sealed index was current: used as it is
        out = io.BytesIO()
        archive.export_attachment(ro.att_id, out)
        assert out.getvalue() == ORIGINAL
        report = archive.check(deep=True)
        assert report.ok, [p.message for p in report.problems]
        assert archive.identity().fingerprint
        with Archive.open(ro.path, PASSPHRASE) as second:  # readers share the vault
            assert second.read_only
        if ro.path != ro.source:  # the same vault, writable elsewhere: a writer must wait
            with pytest.raises(VaultInUse):
                Archive.open(ro.source, PASSPHRASE)
        card = service.get_identity(archive).card()
        refused = {
            "add": lambda: archive.add_document(doc("new", b"new original")),
            "add files": lambda: archive.add_paths([new_file]),
            "edit": lambda: archive.update_document(ro.doc_id, {"title": "changed"}),
            "delete": lambda: archive.delete_document(ro.doc_id),
            "passwd": lambda: archive.change_passphrase("another long passphrase"),
            "recovery key": lambda: archive.new_recovery_key(),
            "reindex": lambda: archive.reindex(),
            "repair": lambda: archive.repair(),
            "variants": lambda: archive.add_name_variants(["Hrodna", "Grodno"]),
            "receive": lambda: archive.receive_bundle(tmp_path / "x.letapis-bundle"),
            "export": lambda: archive.export_bundle(tmp_path / "b", to=["0" * 16]),
            "contact": lambda: archive.add_contact(card),
            "identity": lambda: archive.set_identity_name("Ала"),
        }
        for what, call in refused.items():
            with pytest.raises(VaultReadOnly, match="this vault is read-only: ") as caught:
                call()
            assert "\n" not in str(caught.value), what
    assert snapshot(ro.source) == ro.before


@pytest.mark.parametrize("kind", ["mount", "chmod", "folder-0555"])
def test_stale_index_of_a_read_only_vault_is_rebuilt_in_memory_only(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ro = make_read_only(request, tmp_path, kind, stale=True)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with Archive.open(ro.path, PASSPHRASE) as archive:
        assert [h.id for h in archive.search(MARKER).hits] == [ro.stale_id]
        assert [h.id for h in archive.search("Hrodna").hits] == [ro.doc_id]
        assert len(archive.notices) == 1
        assert "read-only" in archive.notices[0] and "in memory" in archive.notices[0]
    assert snapshot(ro.source) == ro.before
    assert list(scratch.iterdir()) == []  # Whoosh's RamStorage would have made a temp folder
    assert scan([scratch, tmp_path / "mnt0"] if kind == "mount" else [scratch], [MARKER]) == []


@pytest.mark.parametrize("kind", ["mount", "chmod", "folder-0555"])
def test_read_only_vault_through_the_cli(
    request: pytest.FixtureRequest, tmp_path: Path, kind: str
) -> None:
    ro = make_read_only(request, tmp_path, kind, in_process=False)
    home = tmp_path / "home"
    reads = {
        "list": ("list", ro.path),
        "search": ("search", ro.path, "Hrodna"),
        "show": ("show", ro.path, ro.doc_id),
        "check": ("check", ro.path),
        "export-file": ("export-file", ro.path, ro.att_id, tmp_path / "out.bin"),
    }
    for what, args in reads.items():
        result = cli_as(*args, home=home)
        assert result.returncode == 0, (what, result.stderr)
        assert "Traceback" not in result.stderr
    assert (tmp_path / "out.bin").read_bytes() == ORIGINAL
    new_file = tmp_path / "new.txt"
    new_file.write_text("a statement to import", encoding="utf-8")
    bundle = tmp_path / "x.letapis-bundle"
    bundle.write_bytes(b"not looked at")
    writes = {
        "add": ("add", ro.path, new_file),
        "passwd": ("passwd", ro.path),
        "reindex": ("reindex", ro.path),
        "repair": ("repair", ro.path),
        "receive": ("receive", ro.path, bundle),
    }
    for args in writes.values():
        one_line(cli_as(*args, home=home), 9, "this vault is read-only: ")
    assert snapshot(ro.source) == ro.before


@pytest.mark.parametrize("shm", [True, False], ids=["with-shm", "without-shm"])
def test_read_only_copy_of_an_open_vault(
    request: pytest.FixtureRequest, tmp_path: Path, shm: bool
) -> None:
    """A vault copied to a stick while open: its WAL still holds the last commit.

    With the shared-memory file beside it SQLite reads the WAL read-only, so the last
    document is there; without it the vault is refused with one line, never shown without
    its latest changes.
    """
    vault = tmp_path / "v.letapis"
    copy = tmp_path / "copy.letapis"
    with Archive.create(vault, PASSPHRASE)[0] as archive:
        archive.add_document(doc("Hrodna", ORIGINAL))
        archive.search("Hrodna")
        archive.vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        archive.add_document(doc("Brest", b"in the WAL only"))
        shutil.copytree(vault, copy)
    assert (copy / "archive.db-wal").stat().st_size > 0
    if not shm:
        (copy / "archive.db-shm").unlink()
    before = snapshot(copy)
    ro = request.getfixturevalue("mounts")("ro", source=copy)  # skips unless root
    if shm:
        with Archive.open(ro, PASSPHRASE) as archive:
            assert archive.read_only
            assert sorted(d.title for d in archive.list_documents()) == ["Brest", "Hrodna"]
            assert [h.title for h in archive.search("Brest").hits] == ["Brest"]
    else:
        with pytest.raises(VaultReadOnly, match="was not closed properly") as caught:
            Archive.open(ro, PASSPHRASE)
        assert "\n" not in str(caught.value)
    assert snapshot(copy) == before


def _damage_index_state(vault: Path) -> None:
    state = vault / "index" / "letapis_state"
    data = bytearray(state.read_bytes())
    data[-1] ^= 1
    state.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["mount", "chmod"])
def test_large_read_only_vault_searches_its_older_index_or_says_why_not(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Above the memory limit (lowered here to 0 documents) nothing is rebuilt: an older
    index is searched with a notice; a damaged one is refused with one line."""
    from archive_app.search import readonly

    monkeypatch.setattr(readonly, "MAX_MEMORY_DOCUMENTS", 0)
    ro = make_read_only(request, tmp_path / "stale", kind, stale=True)
    with Archive.open(ro.path, PASSPHRASE) as archive:
        assert [h.id for h in archive.search("Hrodna").hits] == [ro.doc_id]
        assert archive.search(MARKER).hits == []  # added after the index was built
        assert len(archive.notices) == 1 and "older than its documents" in archive.notices[0]
    assert snapshot(ro.source) == ro.before

    damaged = tmp_path / "damaged"
    damaged.mkdir()
    vault, doc_id, _att, _ = build(damaged, stale=False)
    _damage_index_state(vault)
    if kind == "mount":
        path = request.getfixturevalue("mounts")("ro", source=vault)
    else:
        _chmod_tree(vault, writable=False)
        request.addfinalizer(lambda: _chmod_tree(vault, writable=True))
        path = vault
    before = snapshot(vault)
    with Archive.open(path, PASSPHRASE) as archive:
        with pytest.raises(VaultReadOnly, match="too large to index in memory"):
            archive.search("Hrodna")
        assert archive.get_document(doc_id).title == "Hrodna"  # reading still works
    monkeypatch.setattr(readonly, "MAX_MEMORY_DOCUMENTS", 10_000)
    with Archive.open(path, PASSPHRASE) as archive:  # small enough: rebuilt in memory
        assert [h.id for h in archive.search("Hrodna").hits] == [doc_id]
        assert "damaged" in archive.notices[0] and "in memory" in archive.notices[0]
    assert snapshot(vault) == before


def test_shared_lock_of_a_reader_keeps_a_writer_out(tmp_path: Path) -> None:
    """Read-only opens share the vault's OS lock; a writer needs it alone (A7, I7)."""
    from archive_app.vault.lock import LockBusy, VaultLockFile

    vault, _doc, _att, _ = build(tmp_path, stale=False)
    readers = [VaultLockFile(vault / "lock"), VaultLockFile(vault / "lock")]
    for reader in readers:
        reader.acquire_shared()
        assert reader.held
    with pytest.raises(VaultInUse):
        Archive.open(vault, PASSPHRASE)
    for reader in readers:
        reader.release()
    with Archive.open(vault, PASSPHRASE) as archive:  # the readers are gone: it opens
        assert not archive.read_only
        with pytest.raises(LockBusy):
            VaultLockFile(vault / "lock").acquire_shared()  # and now a reader must wait
