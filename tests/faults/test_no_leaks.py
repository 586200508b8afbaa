"""No plaintext anywhere, no content in logs (HOSTILE_CASES J1, J3, H5).

A whole scenario runs through the CLI in subprocesses with fresh HOME, TMPDIR and XDG
folders: import files of several formats, search, show, reindex, deep check, repair, export a
bundle and receive it in a second vault. Then tests/leakscan.py looks for the markers (body,
title, file name, passphrase) in both vaults, the bundle folder, HOME, TMPDIR, the XDG folders
and /dev/shm. A second test captures every log record at DEBUG during the same operations
in-process and looks for content, names, passphrases and keys in them.
"""

from __future__ import annotations

import base64
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from archive_app.archive import Archive
from archive_app.crypto import keys
from archive_app.exchange import service
from tests.conftest import PASSPHRASE
from tests.leakscan import isolated_env, leak_roots, scan

REPO = Path(__file__).resolve().parents[2]
BODY = "ЗУБРБОДЗІМАРКЕР"
TITLE = "ЛЕТАПІСТЫТУЛМАРКЕР"
NAME = "файлімямаркер"
SECRET_WORD = "horse battery"  # part of PASSPHRASE


def make_sources(folder: Path, corpus: Path | None) -> None:
    folder.mkdir()
    (folder / f"{NAME}1.txt").write_text(f"{TITLE}\n\nСведчанне: {BODY} у Гродна.", "utf-8")
    (folder / f"{NAME}2.html").write_text(
        f"<html><head><title>{TITLE}</title></head><body><p>{BODY} Ліст.</p></body></html>",
        "utf-8",
    )
    (folder / f"{NAME}3.eml").write_bytes(
        (
            "From: a@example.org\nTo: b@example.org\nSubject: "
            f"=?utf-8?b?{base64.b64encode(TITLE.encode()).decode()}?=\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-16\n"
            "Content-Transfer-Encoding: base64\n\n"
            + base64.b64encode(f"{BODY} ліст".encode("utf-16")).decode()
            + "\n"
        ).encode()
    )
    if corpus is not None:
        photos = sorted((corpus / "files" / "jpeg").glob("*.jp*g"))
        if photos:
            shutil.copy(photos[0], folder / f"{NAME}4.jpg")


def cli(env: dict[str, str], *args: str | Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "archive_app", *map(str, args)],
        env={**env, "PYTHONPATH": str(REPO), "LETAPIS_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, (args[0], result.stderr[-2000:])
    assert BODY not in result.stderr and PASSPHRASE not in result.stderr
    return result.stdout


def test_whole_scenario_leaves_no_plaintext(tmp_path: Path) -> None:
    corpus = REPO.parent / "shared" / "corpus"
    make_sources(tmp_path / "src", corpus if corpus.is_dir() else None)
    a_path, b_path = tmp_path / "a.letapis", tmp_path / "b.letapis"
    a, _ = Archive.create(a_path, PASSPHRASE)
    b, _ = Archive.create(b_path, PASSPHRASE)
    service.add_contact(a, service.get_identity(b).card(), verified=True)
    service.add_contact(b, service.get_identity(a).card(), verified=True)
    to_b = service.get_identity(b).fingerprint[:16]
    a.close()
    b.close()
    env = isolated_env(tmp_path / "env")
    out = tmp_path / "usb"
    out.mkdir()

    cli(env, "add", a_path, tmp_path / "src")
    found = cli(env, "search", a_path, BODY)
    assert "ГРОДНА" in found.upper() or TITLE in found
    doc_id = cli(env, "list", a_path).split()[0]
    assert BODY in cli(env, "show", a_path, doc_id)
    cli(env, "reindex", a_path)
    cli(env, "check", "--deep", a_path)
    cli(env, "repair", a_path)
    cli(env, "export", a_path, out / "b", "--to", to_b, "--all")
    cli(env, "receive", b_path, out / "b.letapis-bundle")
    assert TITLE in cli(env, "search", b_path, BODY)

    # J2: no recent-file list or thumbnail cache was touched (nor anything else at all).
    made = [p for var in ("HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")
            for p in Path(env[var]).rglob("*")]  # fmt: skip
    assert not [p for p in made if "recently-used" in p.name or "thumbnails" in p.parts], made

    roots = leak_roots(a_path, b_path, out, env=env)
    leaks = scan(roots, [BODY, TITLE, NAME, PASSPHRASE, SECRET_WORD])
    assert leaks == [], leaks
    # The scanner really finds what it looks for: the sources hold the markers.
    assert {leak.marker for leak in scan([tmp_path / "src"], [BODY, TITLE])} == {BODY, TITLE}


def test_scanner_finds_every_form(tmp_path: Path) -> None:
    import unicodedata

    marker = "Ўладзіслаў Лукашэнка ёсць"
    nfd = unicodedata.normalize("NFD", marker)
    assert nfd != marker
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "a.bin").write_bytes(os.urandom(3 << 20) + nfd.encode("utf-16-le"))
    (tmp_path / "b.bin").write_bytes(b"x" * ((1 << 20) - 5) + marker.encode("utf-8"))  # spans
    (tmp_path / "c.bin").write_bytes(marker.encode("utf-16-be"))
    forms = sorted(leak.form for leak in scan([tmp_path], [marker]))
    assert forms == ["NFC utf-16-be", "NFC utf-8", "NFD utf-16-le"]


def test_logs_hold_no_content_names_passphrases_or_keys(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    make_sources(tmp_path / "src", None)
    caplog.set_level(logging.DEBUG)  # the root logger: every library's records too
    a, _ = Archive.create(tmp_path / "a.letapis", PASSPHRASE)
    b, _ = Archive.create(tmp_path / "b.letapis", PASSPHRASE)
    secrets = [
        PASSPHRASE,
        SECRET_WORD,
        a.vault.subkey(keys.LABEL_RECORDS).hex(),
        a.vault.subkey(keys.LABEL_INDEX).hex(),
        service.get_identity(a).signing_seed.hex(),
        service.get_identity(a).age_identity,
        service.get_identity(b).age_identity,
    ]
    service.add_contact(a, service.get_identity(b).card(), verified=True)
    service.add_contact(b, service.get_identity(a).card(), verified=True)
    report = a.add_paths([tmp_path / "src"])
    assert report.added
    assert a.search(BODY).total >= 1
    # Damage the index so that the rebuild path logs its warning too.
    for path in (tmp_path / "a.letapis" / "index").iterdir():
        if path.suffix == ".toc":
            path.write_bytes(os.urandom(200))
    a._reset_index()
    assert a.search(BODY).total >= 1
    a.check(deep=True)
    written = a.export_bundle(tmp_path / "bundle", to=[service.get_identity(b).fingerprint[:16]])
    b.receive_bundle(written.paths[0])
    assert b.search(BODY).total >= 1
    a.close()
    b.close()

    assert caplog.records, "nothing was logged at all: the capture is not working"
    text = "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''} {r.stack_info or ''}" for r in caplog.records
    )
    for needle in [BODY, TITLE, NAME, *secrets]:
        assert needle not in text, f"a log record holds {needle[:6]}…"
