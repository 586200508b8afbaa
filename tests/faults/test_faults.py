"""Real faults (HOSTILE_CASES B9, I4–I8): a full disk, a read-only, full or vanishing
destination (a read-only vault: test_read_only.py). Each is one clear line (or a typed
error), and nothing saved is lost: afterwards the vault checks clean and the operation works
once the fault is gone.

Disks are small tmpfs mounts and read-only bind mounts (root only; skipped elsewhere).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from archive_app.archive import Archive
from archive_app.errors import StorageError
from archive_app.exchange import service
from archive_app.ingest.model import NewAttachment, NewDocument
from tests.conftest import PASSPHRASE
from tests.faults.conftest import fill

REPO = Path(__file__).resolve().parents[2]
Mount = Callable[..., Path]


def doc(title: str, data: bytes) -> NewDocument:
    return NewDocument(
        title=title,
        text=f"{title} body",
        type="evidence",
        attachments=[
            NewAttachment(
                f"{title}.bin",
                hashlib.sha256(data).hexdigest(),
                len(data),
                data=data,
                is_original=True,
            )
        ],
    )


def cli(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    home.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "LETAPIS_PASSPHRASE": PASSPHRASE,
        "HOME": str(home),
        "TMPDIR": str(home),
    }
    return subprocess.run(
        [sys.executable, "-m", "archive_app", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def one_line(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    """Exit ``code``, exactly one line on stderr naming ``words``, no traceback."""
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def sound(vault: Path, titles: list[str]) -> None:
    """The vault opens, checks clean, holds exactly ``titles`` and no leftovers."""
    with Archive.open(vault, PASSPHRASE) as archive:
        report = archive.check()
        assert report.ok, [p.message for p in report.problems]
        assert sorted(d.title for d in archive.list_documents()) == sorted(titles)
    assert not [p for p in vault.rglob("*.tmp")]
    assert not list((vault / "staging").iterdir())


# --- the vault's disk is full (B9, I4) ------------------------------------------------------


def test_add_on_a_full_disk_is_reported_and_rolled_back(tmp_path: Path, mounts: Mount) -> None:
    disk = mounts("tmpfs", size="2m")
    vault = disk / "v.letapis"
    with Archive.create(vault, PASSPHRASE)[0] as archive:
        archive.add_document(doc("kept", b"small original"))
        big = tmp_path / "big.bin"
        big.write_bytes(os.urandom(3_000_000))
        report = archive.add_paths([big])
        assert not report.added and len(report.failed) == 1
        assert "No space left" in str(report.failed[0])
        with pytest.raises(StorageError, match="could not be stored"):
            archive.add_document(doc("huge", os.urandom(3_000_000)))
    sound(vault, ["kept"])
    with Archive.open(vault, PASSPHRASE) as archive:  # a file that fits still goes in
        archive.add_document(doc("fits", b"another small original"))
    sound(vault, ["kept", "fits"])


def test_edit_and_delete_on_a_full_disk_change_nothing(mounts: Mount) -> None:
    disk = mounts("tmpfs", size="2m")
    vault = disk / "v.letapis"
    with Archive.create(vault, PASSPHRASE)[0] as archive:
        doc_id = archive.add_document(doc("kept", b"small original"))
        filler = fill(disk)
        with pytest.raises(StorageError, match=r"full|cannot be written"):
            archive.update_document(doc_id, {"text": "x" * 200_000})
        with pytest.raises(StorageError, match=r"full|cannot be written"):
            archive.delete_document(doc_id)
    filler.unlink()
    sound(vault, ["kept"])
    with Archive.open(vault, PASSPHRASE) as archive:
        assert archive.get_document(doc_id).text == "kept body"
        archive.update_document(doc_id, {"text": "edited"})  # room again: it works
    sound(vault, ["kept"])


def test_opening_a_vault_on_a_full_disk_is_one_line(tmp_path: Path, mounts: Mount) -> None:
    disk = mounts("tmpfs", size="2m")
    vault = disk / "v.letapis"
    Archive.create(vault, PASSPHRASE)[0].close()
    filler = fill(disk)
    one_line(cli("list", vault, home=tmp_path / "home"), 9, "full")
    filler.unlink()
    sound(vault, [])


# --- a read-only vault (I7): tests/faults/test_read_only.py ---------------------------------


# --- export-file destinations (I5, I6, I8) --------------------------------------------------


def test_export_file_to_read_only_missing_or_full_destination(
    tmp_path: Path, mounts: Mount
) -> None:
    vault = tmp_path / "v.letapis"
    data = os.urandom(3_000_000)
    with Archive.create(vault, PASSPHRASE)[0] as archive:
        doc_id = archive.add_document(doc("big", data))
        att_id = archive.get_document(doc_id).attachments[0].id
    home = tmp_path / "home"
    ro_dest = mounts("ro", source=mounts("tmpfs", size="1m"))
    one_line(cli("export-file", vault, att_id, ro_dest / "out.bin", home=home), 9, "out.bin")
    missing = tmp_path / "gone" / "out.bin"
    one_line(cli("export-file", vault, att_id, missing, home=home), 9, "out.bin")
    full = mounts("tmpfs", size="1m")
    one_line(cli("export-file", vault, att_id, full / "out.bin", home=home), 9, "No space")
    assert list(full.iterdir()) == []  # no half-written file, under any name
    room = mounts("tmpfs", size="8m")
    result = cli("export-file", vault, att_id, room / "out.bin", home=home)
    assert result.returncode == 0, result.stderr
    assert (room / "out.bin").read_bytes() == data
    sound(vault, ["big"])


# --- bundle destinations (I5, I6, I8) and a read-only source -------------------------------


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path, str]:
    a_path, b_path = tmp_path / "a.letapis", tmp_path / "b.letapis"
    a, _ = Archive.create(a_path, PASSPHRASE)
    b, _ = Archive.create(b_path, PASSPHRASE)
    a.add_document(doc("evidence", os.urandom(3_000_000)))
    service.add_contact(a, service.get_identity(b).card(), verified=True)
    service.add_contact(b, service.get_identity(a).card(), verified=True)
    to_b = service.get_identity(b).fingerprint[:16]
    a.close()
    b.close()
    return a_path, b_path, to_b


def test_bundle_export_to_full_read_only_or_vanishing_destination(
    tmp_path: Path, mounts: Mount, pair: tuple[Path, Path, str]
) -> None:
    a_path, b_path, to_b = pair
    home = tmp_path / "home"
    full = mounts("tmpfs", size="1m")
    one_line(cli("export", a_path, full / "b", "--to", to_b, "--all", home=home), 9, "full")
    assert list(full.iterdir()) == []
    ro = mounts("ro", source=mounts("tmpfs", size="8m"))
    one_line(cli("export", a_path, ro / "b", "--to", to_b, "--all", home=home), 9, "cannot")
    vanishing = tmp_path / "usb"
    vanishing.mkdir()

    def pull_the_stick(done: int, total: int) -> None:
        if vanishing.exists():
            shutil.rmtree(vanishing)

    with Archive.open(a_path, PASSPHRASE) as a, pytest.raises(StorageError):
        a.export_bundle(vanishing / "b", to=[to_b], progress=pull_the_stick)
    assert not vanishing.exists()
    sound(a_path, ["evidence"])
    room = mounts("tmpfs", size="16m")
    with Archive.open(a_path, PASSPHRASE) as a:  # a good stick: it works
        written = a.export_bundle(room / "b", to=[to_b])
    # Received from a read-only stick (I6: receiving needs no write access to it).
    ro_stick = mounts("ro", source=room)
    with Archive.open(b_path, PASSPHRASE) as b:
        report = b.receive_bundle(ro_stick / written.paths[0].name)
        assert len(report.new) == 1
    sound(b_path, ["evidence"])
