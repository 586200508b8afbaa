"""What every command shares: passphrases, opening a vault, errors, JSON, progress bars.

The CLI only adapts arguments to the facade and typed errors to one line on stderr with a
documented exit code (archive_app/errors.py). It never prints a traceback, document content it
was not asked for, a passphrase or a key.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import click

from archive_app.archive import Archive
from archive_app.errors import Cancelled, LetapisError, NotFound, UsageError

P = ParamSpec("P")
R = TypeVar("R")

PASSPHRASE_ENV = "LETAPIS_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
NEW_PASSPHRASE_ENV = "LETAPIS_NEW_PASSPHRASE"  # noqa: S105
INTERNAL_ERROR_EXIT = 70


def fail(message: str, code: int) -> None:
    """Print one line on stderr and exit with ``code``."""
    click.echo(f"letapis: {message}", err=True)
    sys.exit(code)


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn typed errors into one line on stderr and their exit code; hide everything else."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except LetapisError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            fail(str(Cancelled()), Cancelled.exit_code)
        except BrokenPipeError:  # output piped into `head` and the like: stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Exception as exc:  # the last line of defence: no content shown
            fail(
                f"internal error ({type(exc).__name__}); nothing saved was changed. "
                "Please report it (no document content is included in this message).",
                INTERNAL_ERROR_EXIT,
            )
        raise AssertionError("unreachable")

    return wrapper


def read_passphrase_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            f"{path}: cannot read the passphrase file ({exc.__class__.__name__})."
        ) from None
    return text.rstrip("\r\n")


def get_passphrase(passphrase_file: Path | None, *, prompt: str = "Passphrase") -> str:
    """The passphrase from --passphrase-file, $LETAPIS_PASSPHRASE, or a hidden prompt."""
    if passphrase_file is not None:
        return read_passphrase_file(passphrase_file)
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise UsageError(
            f"No passphrase given: use --passphrase-file, ${PASSPHRASE_ENV}, or run in a terminal."
        )
    return str(click.prompt(prompt, hide_input=True))


def get_new_passphrase(
    passphrase_file: Path | None, env_name: str, *, prompt: str = "New passphrase"
) -> str:
    """A new passphrase: from a file, an environment variable, or typed twice."""
    if passphrase_file is not None:
        return read_passphrase_file(passphrase_file)
    env = os.environ.get(env_name)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise UsageError(
            f"No new passphrase given: use --passphrase-file, ${env_name}, or run in a terminal."
        )
    return str(click.prompt(prompt, hide_input=True, confirmation_prompt=True))


@contextmanager
def open_archive(vault: Path, passphrase_file: Path | None) -> Iterator[Archive]:
    """Unlock a vault for one command and lock it again afterwards."""
    if not vault.is_dir():
        raise NotFound(f"{vault}: there is no Letapis vault here.")
    archive = Archive.open(vault, get_passphrase(passphrase_file))
    try:
        yield archive
    finally:
        archive.close()


def print_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))


vault_argument = click.argument(
    "vault", type=click.Path(path_type=Path, file_okay=False), metavar="VAULT"
)
passphrase_option = click.option(
    "--passphrase-file",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help=f"Read the passphrase from this file (else ${PASSPHRASE_ENV}, else a prompt).",
)


def human_size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


class ProgressBar:
    """A one-line progress bar on stderr (only when stderr is a terminal).

    ``update(done, total, bytes_done, bytes_total)`` redraws at most ten times a second.
    """

    def __init__(self, label: str, *, enabled: bool | None = None) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.start = time.monotonic()
        self._last = 0.0

    def update(self, done: int, total: int, bytes_done: int = 0, bytes_total: int = 0) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        fraction = (bytes_done / bytes_total) if bytes_total else (done / total if total else 0)
        width = 24
        filled = int(width * min(1.0, fraction))
        elapsed = now - self.start
        left = ""
        if 0 < fraction < 1 and elapsed > 1:
            remaining = elapsed * (1 - fraction) / fraction
            left = f", {int(remaining // 60)}:{int(remaining % 60):02d} left"
        size = f", {human_size(bytes_done)} of {human_size(bytes_total)}" if bytes_total else ""
        bar = "#" * filled + "." * (width - filled)
        line = f"\r{self.label} [{bar}] {done}/{total} files{size}{left}"
        click.echo(line.ljust(100)[:100], err=True, nl=False)

    def finish(self) -> None:
        if self.enabled:
            click.echo("\r" + " " * 100 + "\r", err=True, nl=False)
