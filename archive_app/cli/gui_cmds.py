"""``letapis gui [VAULT]`` and ``letapis demo``: the desktop window.

PySide6 is imported only inside the commands, so the rest of the CLI stays Qt-free.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from archive_app.cli.common import handle_errors


@click.command()
@click.argument(
    "vault", required=False, type=click.Path(path_type=Path, file_okay=False), metavar="[VAULT]"
)
@handle_errors
def gui(vault: Path | None = None) -> None:
    """Open the Letapis window (optionally at the unlock screen of VAULT).

    \b
    Examples:
      letapis
      letapis gui ~/Archive.letapis
    """
    from archive_app.gui.app import run

    sys.exit(run(vault))


@click.command()
@click.option(
    "--path",
    type=click.Path(path_type=Path, file_okay=False),
    help="Where to keep the demo vault (default: in your user data folder).",
)
@click.option("--rebuild", is_flag=True, help="Build the demo vault afresh.")
@click.option(
    "--smoke",
    is_flag=True,
    hidden=True,
    help="Unlock, wait for the first results, print one line and quit (for build checks; "
    "also LETAPIS_SMOKE_EXIT=1).",
)
@handle_errors
def demo(path: Path | None, rebuild: bool, smoke: bool = False) -> None:
    """Build the demo vault from the sample collection and open it in the window.

    The demo passphrase is shown on the unlock screen. A demo vault built
    before is opened as it is (use --rebuild to start again).

    \b
    Example:
      letapis demo
    """
    try:
        from archive_app import demo as demo_module
    except ImportError:
        raise click.ClickException("The demo collection is not part of this build.") from None
    target = path or demo_module.default_demo_path()
    if (target / "vault.json").is_file() and not rebuild:
        vault, passphrase = target, demo_module.DEMO_PASSPHRASE
    else:
        click.echo("Building the demo vault (this takes a moment)…", err=True)
        vault, passphrase = demo_module.build_demo_vault(target, replace=rebuild)
    from archive_app.gui.app import make_application, run

    if smoke or os.environ.get("LETAPIS_SMOKE_EXIT") == "1":
        from archive_app.gui import smoke as smoke_module

        make_application()
        smoke_module.arm(passphrase)
    sys.exit(run(Path(vault), passphrase))
