"""The exchange CLI commands: exact outcomes and exit codes, through click's runner."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from archive_app.archive import Archive
from archive_app.cli import exchange_cmds
from archive_app.ingest.model import NewAttachment, NewDocument

PASS = "correct horse battery staple"


@pytest.fixture
def cli() -> click.Group:
    @click.group()
    def group() -> None:
        """Test group."""

    exchange_cmds.register(group)
    return group


def run(cli: click.Group, *args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args], env={"LETAPIS_PASSPHRASE": PASS})
    assert result.exit_code == code, (result.output, result.exception)
    return result.output


def test_every_command_has_help(cli: click.Group) -> None:
    for name in ("identity", "card", "contacts", "export", "verify-bundle", "receive", "conflicts"):
        out = run(cli, name, "--help")
        assert "Usage:" in out and len(out.splitlines()) > 3


def test_cli_exchange_end_to_end(cli: click.Group, tmp_path: Path) -> None:
    paths = {}
    for name in ("a", "b"):
        arch, _ = Archive.create(tmp_path / f"{name}.letapis", PASS)
        if name == "a":
            data = b"scan of the letter"
            arch.add_document(
                NewDocument(
                    title="Letter",
                    text="to the editor",
                    type="letter",
                    attachments=[
                        NewAttachment(
                            "l.pdf",
                            hashlib.sha256(data).hexdigest(),
                            len(data),
                            data=data,
                            is_original=True,
                        )
                    ],
                )
            )
        arch.close()
        paths[name] = tmp_path / f"{name}.letapis"
    a, b = paths["a"], paths["b"]
    run(cli, "identity", a, "--set-name", "Alesia")
    info = json.loads(run(cli, "identity", b, "--set-name", "Bahdan", "--json"))
    assert info["name"] == "Bahdan" and len(info["spoken_fingerprint"].split()) == 17
    out = run(cli, "card", a, tmp_path / "a.card", "--qr", tmp_path / "a.png")
    assert (tmp_path / "a.png").read_bytes()[:4] == b"\x89PNG" and "·" in out
    run(cli, "card", b, tmp_path / "b.card")
    out = run(cli, "contacts", "add", b, tmp_path / "a.card")
    assert "Compare this fingerprint" in out
    contacts = json.loads(run(cli, "contacts", "list", b, "--json"))
    assert contacts[0]["name"] == "Alesia" and not contacts[0]["verified"]
    run(cli, "contacts", "verify", b, contacts[0]["id"])
    run(cli, "contacts", "add", a, tmp_path / "b.card", "--verified")
    (tmp_path / "usb").mkdir()
    out = json.loads(
        run(cli, "export", a, tmp_path / "usb" / "w1", "--to", "Bahdan", "--all", "--json")
    )
    assert out["records"] == 1 and out["files"][0].endswith("w1.letapis-bundle")
    bundle = out["files"][0]
    checked = json.loads(run(cli, "verify-bundle", b, bundle, "--json"))
    assert checked["signer"]["status"] == "verified" and checked["new"] == 1
    got = json.loads(run(cli, "receive", b, bundle, "--json"))
    assert got["new"] == 1 and not got["already_received"]
    again = run(cli, "receive", b, bundle)
    assert "received before; nothing was changed" in again
    assert "No conflicts." in run(cli, "conflicts", b)
    # Usage and refusal exit codes with one-line messages.
    run(cli, "export", a, tmp_path / "x", "--to", "Bahdan", code=2)
    run(cli, "export", a, tmp_path / "x", "--to", "Nobody", "--all", code=6)
    data = bytearray(Path(bundle).read_bytes())
    data[-100] ^= 1
    bad = tmp_path / "bad.letapis-bundle"
    bad.write_bytes(bytes(data))
    result = CliRunner().invoke(
        cli, ["receive", str(b), str(bad)], env={"LETAPIS_PASSPHRASE": PASS}
    )
    assert result.exit_code == 5
    assert result.output.strip().startswith("letapis: The bundle file is damaged")
    assert result.output.strip().endswith("Nothing in your archive was changed.")
    assert len(result.output.strip().splitlines()) == 1
    # A vault that is not a recipient: exit code 8 (refused).
    c, _ = Archive.create(tmp_path / "c.letapis", PASS)
    c.close()
    result = CliRunner().invoke(
        cli, ["receive", str(tmp_path / "c.letapis"), bundle], env={"LETAPIS_PASSPHRASE": PASS}
    )
    assert result.exit_code == 8 and "not made for this archive" in result.output
    # The exported age key opens the bundle with the standard tool.
    key = tmp_path / "b-age.key"
    run(cli, "identity", b, "--export-age-key", key, "--yes")
    assert key.read_text().splitlines()[-1].startswith("AGE-SECRET-KEY-1")
    assert key.stat().st_mode & 0o077 == 0
    if shutil.which("age") and shutil.which("tar"):
        plain = subprocess.run(
            ["age", "-d", "-i", str(key), bundle], capture_output=True, check=True
        ).stdout
        names = (
            subprocess.run(["tar", "-tf", "-"], input=plain, capture_output=True, check=True)
            .stdout.decode()
            .split()
        )
        assert names[:2] == ["manifest.json", "manifest.sig"] and len(names) == 4


def test_parse_size() -> None:
    assert exchange_cmds.parse_size("4G") == 4 * 1024**3
    assert exchange_cmds.parse_size("700m") == 700 * 1024**2
    assert exchange_cmds.parse_size("65536") == 65536
    with pytest.raises(Exception, match="not a size"):
        exchange_cmds.parse_size("lots")


def test_bad_identity_name_is_a_usage_error(cli: click.Group, tmp_path: Path) -> None:
    arch, _ = Archive.create(tmp_path / "v.letapis", PASS)
    arch.close()
    result = CliRunner().invoke(
        cli,
        ["identity", str(tmp_path / "v.letapis"), "--set-name", "bad\u202ename"],
        env={"LETAPIS_PASSPHRASE": PASS},
    )
    assert result.exit_code == 2
    assert result.output.strip() == (
        "letapis: That name cannot be used: it must be 1 to 200 visible characters."
    )
