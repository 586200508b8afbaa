"""Hostile cases the other suites did not reach (HOSTILE_CASES A8, D8, F9, I10, I11, I12).

Each test names its case; docs/TESTING.md maps every case to its tests.
"""

from __future__ import annotations

import ast
import hashlib
import io
import json
import os
import re
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from archive_app.archive import Archive
from archive_app.errors import VaultLocked
from archive_app.exchange import service
from archive_app.exchange.volumes import DEFAULT_VOLUME_SIZE
from archive_app.ingest.model import NewAttachment, NewDocument
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str | Path, limit_as: int | None = None) -> subprocess.CompletedProcess[str]:
    def limits() -> None:
        if limit_as is not None:
            resource.setrlimit(resource.RLIMIT_AS, (limit_as, limit_as))

    return subprocess.run(
        [sys.executable, "-m", "archive_app", *map(str, args)],
        env={**os.environ, "PYTHONPATH": str(REPO), "LETAPIS_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=limits,
    )


def test_a8_keys_are_cleared_when_the_vault_locks(archive: Archive) -> None:
    master = archive.vault._master
    assert master is not None and any(master)
    archive.close()
    assert not any(master), "the master key buffer was not overwritten"
    assert archive.vault._master is None
    with pytest.raises(VaultLocked):
        archive.vault.subkey(b"letapis/v1/records")


def test_i12_too_little_memory_for_the_kdf_is_one_line(tmp_path: Path) -> None:
    vault = tmp_path / "v.letapis"
    Archive.create(vault, PASSPHRASE)[0].close()
    header = json.loads((vault / "vault.json").read_text())
    for slot in header["slots"]:
        slot["kdf"]["memory_kib"] = 1_500_000  # within the accepted bounds (≤ 2 GiB)
    (vault / "vault.json").write_text(json.dumps(header))
    result = run_cli("list", vault, limit_as=900 << 20)
    assert result.returncode == 9, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "not enough free memory" in result.stderr


def test_i11_timers_never_read_the_wall_clock() -> None:
    """Auto-lock, sandbox deadlines and progress use time.monotonic; a clock jump (or a
    1970/2099 clock) cannot lock early, never lock, or kill a worker. Bundle order uses
    sequence numbers, not clocks (E10, tests/exchange/test_hostile.py)."""
    offenders = []
    for path in (REPO / "archive_app").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "time"
                and isinstance(node.value, ast.Name)
                and node.value.id == "time"
            ):
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == [], offenders


_FAT_NAME = re.compile(r"\A[A-Za-z0-9._-]{1,200}\Z")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10))} | {
    f"lpt{i}" for i in range(10)
}


def test_i10_vault_and_bundle_names_are_fat32_safe(tmp_path: Path) -> None:
    a_path, b_path = tmp_path / "a.letapis", tmp_path / "b.letapis"
    a, _ = Archive.create(a_path, PASSPHRASE)
    b, _ = Archive.create(b_path, PASSPHRASE)
    for i in range(3):
        data = os.urandom(1000)
        a.add_document(
            NewDocument(
                title=f"Файл {i}",
                text="тэкст",
                attachments=[
                    NewAttachment(
                        f"CON {i}.txt",
                        hashlib.sha256(data).hexdigest(),
                        len(data),
                        data=data,
                        is_original=True,
                    )
                ],
            )
        )
    a.search("тэкст")
    service.add_contact(a, service.get_identity(b).card(), verified=True)
    out = tmp_path / "usb"
    out.mkdir()
    to_b = service.get_identity(b).fingerprint[:16]
    a.export_bundle(out / "b", to=[to_b], volume_size=64 * 1024)
    a.close()
    b.close()
    names = [p.name for root in (a_path, out) for p in root.rglob("*")]
    bad = [n for n in names if not _FAT_NAME.match(n) or n.split(".")[0].lower() in _RESERVED]
    assert bad == [], bad
    lowered = [n.lower() for n in names]
    assert len(set(lowered)) == len(set(names)), "two names differ only by case"
    assert DEFAULT_VOLUME_SIZE < 4 * 1024**3 - 1
    assert all(p.stat().st_size <= 64 * 1024 for p in out.iterdir())


def _zip_bomb() -> bytes:
    """A small zip that unpacks to 200 MiB (42.zip-style evidence: it must stay packed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for i in range(4):
            with z.open(f"layer{i}.bin", "w", force_zip64=True) as member:
                block = bytes(1 << 20)
                for _ in range(50):
                    member.write(block)
    return buffer.getvalue()


def test_f9_zip_bomb_as_evidence_is_kept_packed_through_import_and_exchange(
    tmp_path: Path,
) -> None:
    bomb = _zip_bomb()
    assert len(bomb) < 1_000_000
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "evidence.zip").write_bytes(bomb)
    a, _ = Archive.create(tmp_path / "a.letapis", PASSPHRASE)
    b, _ = Archive.create(tmp_path / "b.letapis", PASSPHRASE)
    try:
        report = a.add_paths([tmp_path / "src"])
        # No text can be read from a zip: it is kept as evidence, with its original.
        assert [p.document_id is not None for p in report.kept_without_text] == [True], report
        (doc,) = a.list_documents()
        (att,) = doc.attachments
        assert att.size == len(bomb) and att.is_original
        service.add_contact(a, service.get_identity(b).card(), verified=True)
        service.add_contact(b, service.get_identity(a).card(), verified=True)
        written = a.export_bundle(tmp_path / "x", to=[service.get_identity(b).fingerprint[:16]])
        assert written.plaintext_bytes < 2 * len(bomb)
        b.receive_bundle(written.paths[0])
        (received,) = b.list_documents()
        out = io.BytesIO()
        b.export_attachment(received.attachments[0].id, out)
        assert out.getvalue() == bomb  # byte for byte, never unpacked
        on_disk = sum(p.stat().st_size for p in (tmp_path / "b.letapis").rglob("*") if p.is_file())
        assert on_disk < 20 * len(bomb)
    finally:
        a.close()
        b.close()


BIG_MB = int(os.environ.get("LETAPIS_BIG_BUNDLE_MB", "96"))

_EXCHANGE_CHILD = """
import resource, sys
from pathlib import Path
from archive_app.archive import Archive
a_path, b_path, out, to_b, phrase = sys.argv[1:6]
with Archive.open(Path(a_path), phrase) as a:
    written = a.export_bundle(Path(out), to=[to_b])
with Archive.open(Path(b_path), phrase) as b:
    report = b.receive_bundle(written.paths[0])
    assert len(report.new) == 1
print(next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')) // 1024)
"""


def test_d8_big_bundle_in_bounded_memory(tmp_path: Path) -> None:
    """Export and receive of a bundle with a BIG_MB attachment stay far below its size."""
    big = tmp_path / "big.bin"
    digest = hashlib.sha256()
    with open(big, "wb") as handle:
        for _ in range(BIG_MB):
            block = os.urandom(1 << 20)
            digest.update(block)
            handle.write(block)
    a_path, b_path = tmp_path / "a.letapis", tmp_path / "b.letapis"
    a, _ = Archive.create(a_path, PASSPHRASE)
    b, _ = Archive.create(b_path, PASSPHRASE)
    a.add_document(
        NewDocument(
            title="video",
            text="",
            type="evidence",
            attachments=[
                NewAttachment("v.bin", digest.hexdigest(), BIG_MB << 20, path=big, is_original=True)
            ],
        )
    )
    service.add_contact(a, service.get_identity(b).card(), verified=True)
    service.add_contact(b, service.get_identity(a).card(), verified=True)
    to_b = service.get_identity(b).fingerprint[:16]
    a.close()
    b.close()
    big.unlink()
    result = subprocess.run(
        [sys.executable, "-c", _EXCHANGE_CHILD, a_path, b_path, tmp_path / "x", to_b, PASSPHRASE],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    peak_mb = int(result.stdout.strip().splitlines()[-1])
    # The interpreter with every library loaded is ~100 MiB; holding the attachment or the
    # bundle in memory would add BIG_MB on top.
    print(f"peak RSS {peak_mb} MiB for a {BIG_MB} MiB bundle")
    assert peak_mb < 100 + BIG_MB // 2, f"peak RSS {peak_mb} MiB for a {BIG_MB} MiB bundle"


def test_b7_deleted_wal_loses_only_the_unfolded_commits_never_the_vault(tmp_path: Path) -> None:
    """A WAL deleted behind our back (a copy taken while open, a cleaner): the vault opens at
    the last checkpoint, is never recreated, and ``check`` names what the lost commits left."""
    import shutil

    live = tmp_path / "live.letapis"
    with Archive.create(live, PASSPHRASE)[0] as archive:
        first = archive.add_document(NewDocument(title="first", text="one"))
        archive.store.checkpoint()
        data = os.urandom(5000)
        archive.add_document(
            NewDocument(
                title="second",
                text="two",
                attachments=[
                    NewAttachment(
                        "a.bin",
                        hashlib.sha256(data).hexdigest(),
                        len(data),
                        data=data,
                        is_original=True,
                    )
                ],
            )
        )
        copy = tmp_path / "copy.letapis"
        shutil.copytree(live, copy)  # while open: the second document is only in the WAL
    (copy / "archive.db-wal").unlink()
    (copy / "archive.db-shm").unlink(missing_ok=True)
    with Archive.open(copy, PASSPHRASE) as archive:
        assert [d.id for d in archive.list_documents()] == [first]
        report = archive.check()
        assert [p.kind for p in report.problems] == ["orphan-blob"]
        assert archive.repair()  # removes the blob no record refers to
        assert archive.check().ok
