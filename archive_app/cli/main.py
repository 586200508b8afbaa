"""``letapis``: the command-line interface (a thin layer over archive_app.archive)."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path
from typing import Any

import click

from archive_app import __version__
from archive_app.archive import Archive
from archive_app.cli.common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    ProgressBar,
    get_new_passphrase,
    handle_errors,
    human_size,
    open_archive,
    passphrase_option,
    print_json,
    vault_argument,
)
from archive_app.crypto.keys import FORMAT_VERSION as VAULT_FORMAT_VERSION
from archive_app.errors import Cancelled, StorageError, UsageError
from archive_app.exchange.manifest import BUNDLE_VERSION as BUNDLE_FORMAT_VERSION
from archive_app.ingest.model import DOC_TYPES, IntakeDefaults, IntakeProgress, IntakeReport
from archive_app.ingest.sandbox import WORKER_FLAG
from archive_app.process import harden_process

VERSION_TEXT = (
    f"letapis {__version__} (reads and writes vault format {VAULT_FORMAT_VERSION}, "
    f"bundle format {BUNDLE_FORMAT_VERSION})"
)


@click.group(
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "--version", message=VERSION_TEXT)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Letapis: an offline, encrypted archive of statements, letters and evidence.

    With no command, the desktop window opens.

    \b
    Passphrases come from --passphrase-file FILE, $LETAPIS_PASSPHRASE, or a
    hidden prompt; they are never echoed or logged.

    \b
    Exit codes: 0 success; 1 some files or records had problems; 2 usage;
    3 cannot unlock; 4 vault open elsewhere; 5 damaged data; 6 not found;
    7 unsupported format; 8 bundle refused; 9 disk problem; 10 cancelled.
    """
    if ctx.invoked_subcommand is None:
        gui = cli.commands.get("gui")
        if gui is None:
            click.echo(ctx.get_help())
            return
        ctx.invoke(gui)


@cli.command()
@vault_argument
@passphrase_option
@handle_errors
def init(vault: Path, passphrase_file: Path | None) -> None:
    """Create a new, empty vault in the folder VAULT.

    The passphrase is asked twice (or read from --passphrase-file or
    $LETAPIS_PASSPHRASE). A recovery key is printed once: write it on paper
    and keep it apart from this computer.

    \b
    Example:
      letapis init ~/Archive.letapis
    """
    passphrase = get_new_passphrase(passphrase_file, PASSPHRASE_ENV, prompt="Passphrase")
    archive, recovery = Archive.create(vault, passphrase)
    archive.close()
    click.echo(f"Created the vault {vault}.")
    click.echo(
        "Recovery key (write it down, keep it apart from this computer; it is shown only once):"
    )
    click.echo(f"  {recovery}")


def _report_lines(report: IntakeReport) -> list[str]:
    lines = [
        f"Added: {len(report.added)}",
        # Skipped by the same bytes (SHA-256) or, for a chat message, by its chat and message
        # number: both mean the vault already holds it.
        f"Already in the vault (skipped): {len(report.already_present)}",
        f"Kept without text: {len(report.kept_without_text)}",
        f"Failed: {len(report.failed)}",
    ]
    if report.warnings:
        lines.append(f"Read with warnings: {len(report.warnings)}")
    for problem in report.warnings:
        lines.append(f"  warning: {problem.path}: {problem.reason}")
    for problem in report.kept_without_text:
        lines.append(f"  kept without text: {problem.path}: {problem.reason}")
    for problem in report.failed:
        lines.append(f"  failed: {problem.path}: {problem.reason}")
    if report.cancelled:
        lines.append("Cancelled: files not yet handled were left out.")
    return lines


@cli.command()
@vault_argument
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option("--type", "doc_type", type=click.Choice(DOC_TYPES), help="Type of every document.")
@click.option("--collection", help="Put every document in this collection.")
@click.option("--tag", "tags", multiple=True, help="Add this tag (repeatable).")
@click.option("--source", help="Source or author to record for every document.")
@click.option("--date", help="Date (YYYY-MM-DD) for every document.")
@click.option("--language", help="Language code (be, ru, uk, pl, en …) for every document.")
@click.option("--again", is_flag=True, help="Import files even if the same bytes are present.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@passphrase_option
@handle_errors
def add(
    vault: Path,
    paths: tuple[Path, ...],
    doc_type: str | None,
    collection: str | None,
    tags: tuple[str, ...],
    source: str | None,
    date: str | None,
    language: str | None,
    again: bool,
    as_json: bool,
    passphrase_file: Path | None,
) -> None:
    """Import files and folders (walked recursively) into VAULT.

    Every file is kept as an original (sealed, with its SHA-256); its text and
    metadata are extracted where the format allows. Exit status 0 means every
    file was added (or was already present); 1 means some files had problems,
    listed with the reason.

    \b
    Examples:
      letapis add ~/Archive.letapis statement.txt letters/
      letapis add ~/Archive.letapis scans/ --type evidence --tag Hrodna
    """
    if date is not None:
        _check_date(date)
    defaults = IntakeDefaults(
        type=doc_type,  # type: ignore[arg-type]
        collection=collection,
        tags=list(tags),
        source=source,
        date=date,
        language=language,
    )
    bar = ProgressBar("Importing", enabled=None if not as_json else False)
    cancel = threading.Event()

    def progress(p: IntakeProgress) -> None:
        bar.update(p.files_done, p.files_total, p.bytes_done, p.bytes_total)

    with open_archive(vault, passphrase_file) as archive:
        try:
            report = archive.add_paths(
                list(paths), defaults, again=again, progress=progress, cancel=cancel
            )
        except KeyboardInterrupt:
            cancel.set()
            raise
        finally:
            bar.finish()
    if as_json:
        print_json(
            {
                "added": report.added,
                "already_present": report.already_present,
                "kept_without_text": [vars(p) for p in report.kept_without_text],
                "warnings": [vars(p) for p in report.warnings],
                "failed": [vars(p) for p in report.failed],
                "cancelled": report.cancelled,
            }
        )
    else:
        for line in _report_lines(report):
            click.echo(line)
    if not report.ok:
        sys.exit(1)


def _check_date(value: str) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{value!r} is not a date; write it as YYYY-MM-DD.") from None


def _summary(doc: Any) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "type": doc.type,
        "language": doc.language,
        "date": doc.date,
        "source": doc.source,
        "tags": doc.tags,
        "collections": doc.collections,
        "attachments": len(doc.attachments),
        "created": doc.created,
        "modified": doc.modified,
        "damaged": doc.damaged,
    }


@cli.command(name="list")
@vault_argument
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@passphrase_option
@handle_errors
def list_cmd(vault: Path, as_json: bool, passphrase_file: Path | None) -> None:
    """List the documents of VAULT (id, date, type, language, title).

    \b
    Example:
      letapis list ~/Archive.letapis --json
    """
    with open_archive(vault, passphrase_file) as archive:
        docs = archive.list_documents()
    if as_json:
        print_json([_summary(d) for d in docs])
        return
    if not docs:
        click.echo("The vault holds no documents yet.")
        return
    for doc in docs:
        if doc.damaged:
            click.echo(
                f"{doc.id}  [damaged: this record failed authentication; see 'letapis check']"
            )
            continue
        click.echo(
            f"{doc.id}  {(doc.date or '')[:10]:10}  {doc.type:9}  {(doc.language or '--'):3} "
            f" {doc.title}"
        )


@cli.command()
@vault_argument
@click.argument("doc_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@passphrase_option
@handle_errors
def show(vault: Path, doc_id: str, as_json: bool, passphrase_file: Path | None) -> None:
    """Show one document: text, metadata, attachments with SHA-256, custody log.

    ID may be shortened to its first 6 or more characters if unique.

    \b
    Example:
      letapis show ~/Archive.letapis 3f2a9c
    """
    with open_archive(vault, passphrase_file) as archive:
        doc = archive.get_document(doc_id)
        custody = archive.custody_log(doc.id)
    if as_json:
        print_json({**doc.to_json(), "custody": custody})
        return
    click.echo(f"Title:      {doc.title}")
    click.echo(f"Id:         {doc.id}")
    for label, value in (
        ("Type", doc.type),
        ("Language", doc.language),
        ("Date", doc.date),
        ("Source", doc.source),
        ("Author", doc.author),
        ("Tags", ", ".join(doc.tags)),
        ("Collection", ", ".join(doc.collections)),
    ):
        if value:
            click.echo(f"{label + ':':11} {value}")
    for key, value in sorted(doc.metadata.items()):
        click.echo(f"  {key}: {value}")
    click.echo("")
    click.echo(doc.text)
    click.echo("")
    if doc.attachments:
        click.echo("Attachments:")
        for att in doc.attachments:
            mark = " (original)" if att.is_original else ""
            click.echo(f"  {att.id}  {att.name}{mark}  {human_size(att.size)}  sha256 {att.sha256}")
    click.echo("Custody log:")
    for event in custody:
        click.echo(f"  {event['seq']:>5}  {event['time']}  {event['action']}  v{event['version']}")


@cli.command(name="export-file")
@vault_argument
@click.argument("attachment_id", metavar="ATTACHMENT_ID")
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@passphrase_option
@handle_errors
def export_file(
    vault: Path, attachment_id: str, out: Path, force: bool, passphrase_file: Path | None
) -> None:
    """Write an original file back out, verified against its SHA-256.

    The file appears under OUT only once it is complete and verified.

    \b
    Example:
      letapis export-file ~/Archive.letapis 9b1c44 ~/Desktop/photo.jpg
    """
    if out.exists() and not force:
        raise UsageError(f"{out}: already exists; choose another name or use --force.")
    tmp = out.with_name(out.name + ".part")
    with open_archive(vault, passphrase_file) as archive:
        try:
            with open(tmp, "wb") as handle:
                att = archive.export_attachment(attachment_id, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, out)
        except OSError as exc:
            raise StorageError(f"{out}: cannot be written ({exc.strerror or exc}).") from None
        finally:
            # On a read-only or vanished destination even removing nothing can fail.
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
    click.echo(f"Wrote {out} ({human_size(att.size)}, sha256 {att.sha256}, verified).")


@cli.command()
@vault_argument
@passphrase_option
@handle_errors
def passwd(vault: Path, passphrase_file: Path | None) -> None:
    """Change the passphrase of VAULT.

    The current passphrase comes from --passphrase-file, $LETAPIS_PASSPHRASE or
    a prompt; the new one from $LETAPIS_NEW_PASSPHRASE or a prompt (typed
    twice). Only the key slot is rewritten, atomically: if anything goes
    wrong, the old passphrase still works.

    \b
    Example:
      letapis passwd ~/Archive.letapis
    """
    with open_archive(vault, passphrase_file) as archive:
        archive.vault.require_writable("changing the passphrase")  # before asking for it
        new = get_new_passphrase(None, NEW_PASSPHRASE_ENV)
        archive.change_passphrase(new)
    click.echo(f"The passphrase of {vault} was changed.")


@cli.command(name="recovery-key")
@vault_argument
@passphrase_option
@handle_errors
def recovery_key(vault: Path, passphrase_file: Path | None) -> None:
    """Make a new recovery key for VAULT (the old one stops working).

    \b
    Example:
      letapis recovery-key ~/Archive.letapis
    """
    with open_archive(vault, passphrase_file) as archive:
        key = archive.new_recovery_key()
    click.echo(
        "New recovery key (write it down; it is shown only once; the old one no longer works):"
    )
    click.echo(f"  {key}")


@cli.command()
@vault_argument
@click.option("--deep", is_flag=True, help="Also decrypt and compare the whole search index.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@passphrase_option
@handle_errors
def check(vault: Path, deep: bool, as_json: bool, passphrase_file: Path | None) -> None:
    """Verify VAULT: every sealed record, every attachment against its SHA-256,
    the custody chain and the schema. Exit status 5 if anything is wrong.

    \b
    Examples:
      letapis check ~/Archive.letapis
      letapis check ~/Archive.letapis --deep --json
    """
    with open_archive(vault, passphrase_file) as archive:
        report = archive.check(deep=deep)
    if as_json:
        print_json(report.to_json())
    elif report.ok:
        click.echo(
            f"OK: {report.documents} documents, {report.attachments} attachments, "
            f"{report.custody_events} custody events verified."
        )
    else:
        for problem in report.problems:
            click.echo(f"{problem.kind}: {problem.subject}: {problem.message}")
        click.echo(f"{len(report.problems)} problem(s) found.")
    if not as_json:
        for note in report.notes:
            click.echo(f"note: {note.kind}: {note.message}")
    if not report.ok:
        sys.exit(5)


from archive_app.cli import exchange_cmds, search_cmds  # noqa: E402 - after the group

exchange_cmds.register(cli)
cli.add_command(search_cmds.search)
cli.add_command(search_cmds.reindex)
cli.add_command(search_cmds.variants)


@cli.command()
@vault_argument
@passphrase_option
@handle_errors
def repair(vault: Path, passphrase_file: Path | None) -> None:
    """Repair what can be repaired safely: rebuild the search index and remove
    stored files no record refers to. Damaged records and attachments are never
    touched: `check` names them for you to decide.

    \b
    Example:
      letapis repair ~/Archive.letapis
    """
    with open_archive(vault, passphrase_file) as archive:
        done = archive.repair()
    for line in done:
        click.echo(f"Repaired: {line}.")


from archive_app.cli import gui_cmds  # noqa: E402 - registered after the core commands

cli.add_command(gui_cmds.gui)
cli.add_command(gui_cmds.demo)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: every error is one line on stderr with its exit code."""
    args = sys.argv[1:] if argv is None else argv
    if getattr(sys, "frozen", False) and args[:1] == [WORKER_FLAG]:
        # A standalone (PyInstaller) build has no "python -m": the ingest sandbox starts this
        # same executable with WORKER_FLAG first, and it serves as an extraction worker.
        from archive_app.ingest.worker import main as worker_main

        sys.exit(worker_main(args[1:]))
    harden_process()
    try:
        result = cli.main(args=argv, prog_name="letapis", standalone_mode=False)
    except click.ClickException as exc:
        hint = ""
        if isinstance(exc, click.UsageError) and exc.ctx is not None:
            hint = f" (see 'letapis {exc.ctx.command_path.partition(' ')[2]} --help')".replace(
                "letapis  ", "letapis "
            )
        click.echo(f"letapis: {exc.format_message()}{hint}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo(f"letapis: {Cancelled()}", err=True)
        sys.exit(Cancelled.exit_code)
    sys.exit(result if isinstance(result, int) else 0)
