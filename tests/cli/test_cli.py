"""The CLI contract: exact messages, exit codes, help for every command (run as a subprocess)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from archive_app.archive import Archive
from archive_app.cli.main import cli
from tests.conftest import PASSPHRASE
from tests.vault.test_vault import new_doc


def run(
    *args: str, env: dict[str, str] | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "LETAPIS_PASSPHRASE": PASSPHRASE, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "archive_app", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        timeout=120,
    )


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "v.letapis"
    archive, _ = Archive.create(path, PASSPHRASE)
    doc_id = archive.add_document(new_doc("Заява", "Тэкст заявы", b"original"))
    archive.close()
    return path, doc_id


def all_commands() -> list[tuple[list[str], click.Command]]:
    found: list[tuple[list[str], click.Command]] = []
    for name, command in cli.commands.items():
        found.append(([name], command))
        if isinstance(command, click.Group):
            found += [([name, sub], c) for sub, c in command.commands.items()]
    return found


def test_every_command_has_help_with_an_example() -> None:
    for words, command in all_commands():
        assert (command.help or "").strip(), f"{' '.join(words)} has no help"
        assert "Example" in (command.help or ""), f"{' '.join(words)}: help has no example"
    for words in (["add"], ["search"], ["contacts", "add"]):
        result = run(*words, "--help")
        assert result.returncode == 0, words
        assert f"Usage: letapis {' '.join(words)}" in result.stdout


def test_version_names_the_formats() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert "vault format 1" in result.stdout and "bundle format 1" in result.stdout


def test_init_prints_a_recovery_key_and_refuses_an_empty_passphrase(tmp_path: Path) -> None:
    result = run("init", str(tmp_path / "new.letapis"), env={"LETAPIS_PASSPHRASE": ""})
    assert (result.returncode, result.stderr) == (2, "letapis: The passphrase is empty.\n")
    assert not (tmp_path / "new.letapis").exists()
    result = run("init", str(tmp_path / "new.letapis"))
    assert result.returncode == 0, result.stderr
    assert "Recovery key" in result.stdout
    key = result.stdout.strip().splitlines()[-1].strip()
    assert len(key) == 44 and key.count("-") == 8
    assert (
        run("list", str(tmp_path / "new.letapis"), env={"LETAPIS_PASSPHRASE": key}).returncode == 0
    )


def test_wrong_passphrase_message_and_exit_code(vault: tuple[Path, str]) -> None:
    path, _ = vault
    result = run("list", str(path), env={"LETAPIS_PASSPHRASE": "wrong"})
    assert result.returncode == 3
    assert (
        result.stderr
        == f"letapis: {path}: cannot unlock: the passphrase or recovery key is wrong.\n"
    )
    assert result.stdout == ""


def test_second_instance_is_refused(vault: tuple[Path, str]) -> None:
    path, _ = vault
    with Archive.open(path, PASSPHRASE):
        result = run("list", str(path))
    assert result.returncode == 4
    assert (
        result.stderr
        == f"letapis: {path}: the vault is open elsewhere (another window or program).\n"
    )


def test_flipped_bit_in_header_is_one_line(vault: tuple[Path, str]) -> None:
    path, _ = vault
    header = json.loads((path / "vault.json").read_text())
    header["vault_id"] = "0" * 32
    (path / "vault.json").write_text(json.dumps(header))
    result = run("list", str(path))
    assert result.returncode == 3  # the slot is bound to the vault id: cannot unlock
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_list_show_json(vault: tuple[Path, str]) -> None:
    path, doc_id = vault
    listed = run("list", str(path), "--json")
    assert listed.returncode == 0
    [item] = json.loads(listed.stdout)
    assert (item["id"], item["title"], item["type"], item["attachments"]) == (
        doc_id,
        "Заява",
        "statement",
        1,
    )
    shown = run("show", str(path), doc_id[:8], "--json")
    data = json.loads(shown.stdout)
    assert data["text"] == "Тэкст заявы"
    assert data["attachments"][0]["sha256"] == hashlib.sha256(b"original").hexdigest()
    assert [e["action"] for e in data["custody"]] == ["intake"]
    plain = run("show", str(path), doc_id)
    assert "Тэкст заявы" in plain.stdout and "sha256" in plain.stdout


def test_show_unknown_id(vault: tuple[Path, str]) -> None:
    path, _ = vault
    result = run("show", str(path), "abcdef")
    assert result.returncode == 6
    assert result.stderr == "letapis: There is no single document starting with 'abcdef'.\n"


def test_export_file_verifies_and_never_overwrites(vault: tuple[Path, str], tmp_path: Path) -> None:
    path, doc_id = vault
    att = json.loads(run("show", str(path), doc_id, "--json").stdout)["attachments"][0]
    out = tmp_path / "out.txt"
    result = run("export-file", str(path), att["id"], str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == b"original"
    again = run("export-file", str(path), att["id"], str(out))
    assert (again.returncode, again.stderr) == (
        2,
        f"letapis: {out}: already exists; choose another name or use --force.\n",
    )


def test_check_passes_then_names_damage(vault: tuple[Path, str]) -> None:
    path, _ = vault
    ok = run("check", str(path))
    assert ok.returncode == 0
    assert ok.stdout == "OK: 1 documents, 1 attachments, 1 custody events verified.\n"
    blob = next((path / "blobs").glob("*/*"))
    raw = bytearray(blob.read_bytes())
    raw[-1] ^= 1
    blob.write_bytes(bytes(raw))
    bad = run("check", str(path), "--json")
    assert bad.returncode == 5
    report = json.loads(bad.stdout)
    assert report["ok"] is False and report["problems"][0]["kind"] == "attachment"


def test_deep_check_of_a_never_searched_vault_passes_with_a_note(
    vault: tuple[Path, str],
) -> None:
    path, _ = vault  # documents added through the core: no search, so no index yet
    deep = run("check", str(path), "--deep")
    assert deep.returncode == 0, deep.stdout
    assert deep.stdout.splitlines() == [
        "OK: 1 documents, 1 attachments, 1 custody events verified.",
        "note: index: the search index is not built yet (the next search builds it)",
    ]
    assert run("search", str(path), "заявы").returncode == 0
    assert run("check", str(path), "--deep").stdout.count("note:") == 0


def test_passwd_from_environment(vault: tuple[Path, str]) -> None:
    path, _ = vault
    result = run("passwd", str(path), env={"LETAPIS_NEW_PASSPHRASE": "brand new phrase"})
    assert result.returncode == 0, result.stderr
    assert run("list", str(path)).returncode == 3
    assert run("list", str(path), env={"LETAPIS_PASSPHRASE": "brand new phrase"}).returncode == 0


def test_passphrase_file_option(vault: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = vault
    secret = tmp_path / "pw"
    secret.write_text(PASSPHRASE + "\n")
    env = {k: v for k, v in os.environ.items() if k != "LETAPIS_PASSPHRASE"}
    result = subprocess.run(
        [sys.executable, "-m", "archive_app", "list", str(path), "--passphrase-file", str(secret)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_no_passphrase_without_terminal(vault: tuple[Path, str]) -> None:
    path, _ = vault
    env = {k: v for k, v in os.environ.items() if k != "LETAPIS_PASSPHRASE"}
    result = subprocess.run(
        [sys.executable, "-m", "archive_app", "list", str(path)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("letapis: No passphrase given")


def test_usage_errors_are_one_line() -> None:
    result = run("show")
    assert result.returncode == 2
    assert result.stderr == "letapis: Missing argument 'VAULT'. (see 'letapis show --help')\n"


def test_add_with_relative_paths_from_another_folder(
    vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = vault
    work = tmp_path / "work"
    (work / "letters").mkdir(parents=True)
    (work / "statement.txt").write_text("Заява\n\nТэкст пра Гродна\n", encoding="utf-8")
    (work / "letters" / "letter.txt").write_text("Ліст\n\nПрывітанне з Менска\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "archive_app", "add", str(path), "statement.txt", "letters"],
        capture_output=True,
        text=True,
        cwd=work,
        timeout=120,
        env={
            **os.environ,
            "LETAPIS_PASSPHRASE": PASSPHRASE,
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Added: 2" in result.stdout
    titles = {d["title"] for d in json.loads(run("list", str(path), "--json").stdout)}
    assert {"Заява", "Ліст"} <= titles


def test_add_twice_reports_what_the_vault_already_holds(
    vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = vault
    letter = tmp_path / "letter.txt"
    letter.write_text("Ліст\n\nПрывітанне з Менска\n", encoding="utf-8")
    first = run("add", str(path), str(letter))
    assert first.returncode == 0, first.stderr
    assert "Added: 1\nAlready in the vault (skipped): 0\n" in first.stdout
    again = run("add", str(path), str(letter))
    assert again.returncode == 0, again.stderr
    assert "Added: 0\nAlready in the vault (skipped): 1\n" in again.stdout
    assert "SHA-256" not in again.stdout  # chat messages are skipped by their key, not bytes
