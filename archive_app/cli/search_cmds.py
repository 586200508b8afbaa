"""``letapis search``, ``reindex`` and ``variants``: the search commands."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from archive_app.cli.common import (
    ProgressBar,
    handle_errors,
    open_archive,
    passphrase_option,
    print_json,
    vault_argument,
)
from archive_app.errors import UsageError
from archive_app.ingest.model import DOC_TYPES
from archive_app.search.query import SearchFilters


def _date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    for length in (10, 7, 4):  # 2020-08-09, 2020-08, 2020
        try:
            if len(value) == length:
                dt.date.fromisoformat(value if length == 10 else (value + "-01-01")[:10])
                return value
        except ValueError:
            break
    raise UsageError(f"--{name} {value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.")


def _print_notices(notices: list[str]) -> None:
    for notice in notices:
        click.echo(f"letapis: {notice}", err=True)


@click.command()
@vault_argument
@click.argument("query")
@click.option("--type", "doc_type", type=click.Choice(DOC_TYPES), help="Only this type.")
@click.option("--language", help="Only this language (be, ru, uk, pl, en …).")
@click.option("--collection", help="Only this collection.")
@click.option("--tag", help="Only documents with this tag.")
@click.option("--from", "date_from", help="Dated on or after (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--to", "date_to", help="Dated on or before (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--with-attachments/--without-attachments", default=None, help="Attachments.")
@click.option(
    "--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True
)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--exact", is_flag=True, help="Match the spelling as typed (no name variants).")
@click.option("--facets", is_flag=True, help="Also count results per type, language, …")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@passphrase_option
@handle_errors
def search(
    vault: Path,
    query: str,
    doc_type: str | None,
    language: str | None,
    collection: str | None,
    tag: str | None,
    date_from: str | None,
    date_to: str | None,
    with_attachments: bool | None,
    sort: str,
    limit: int,
    exact: bool,
    facets: bool,
    as_json: bool,
    passphrase_file: Path | None,
) -> None:
    """Search VAULT in every spelling: Lukashenko finds Лукашэнка and Łukaszenka.

    QUERY uses the usual search language: AND, OR, NOT, "a phrase",
    field:value (title, type, language, tags, collection), wildcards (свабод*)
    and ~ for fuzzy matching (Babaryka~). A quoted query, or --exact, matches
    the spelling as typed. An empty QUERY ("") lists the filtered documents.

    \b
    Examples:
      letapis search ~/Archive.letapis Lukashenko
      letapis search ~/Archive.letapis "Гродна" --type statement --from 2020 --facets
      letapis search ~/Archive.letapis 'title:Minsk AND NOT tags:draft' --json
    """
    filters = SearchFilters(
        type=doc_type,
        language=language,
        collection=collection,
        tag=tag,
        date_from=_date(date_from, "from"),
        date_to=_date(date_to, "to"),
        has_attachments=with_attachments,
    )
    with open_archive(vault, passphrase_file) as archive:
        results = archive.search(
            query, filters=filters, sort=sort, limit=limit, exact=exact, facets=facets
        )
        _print_notices(archive.notices)
    if as_json:
        if facets:
            print_json(
                {
                    "results": [h.to_json() for h in results.hits],
                    "total": results.total,
                    "facets": {k: dict(v) for k, v in results.facets.items()},
                    "suggestion": results.suggestion,
                }
            )
        else:
            print_json([h.to_json() for h in results.hits])
        return
    color = sys.stdout.isatty()
    start, end = ("\033[1m", "\033[0m") if color else ("[", "]")
    if not results.hits:
        click.echo("No documents found.")
    for hit in results.hits:
        date = (hit.date or "")[:10]
        click.echo(
            f"{hit.id[:12]}  {date:10}  {hit.type:9}  {(hit.language or '--'):3}  {hit.title}"
        )
        if hit.snippet is not None and hit.snippet.text:
            click.echo("    " + hit.snippet.marked(start, end).replace("\n", " "))
    if results.total > len(results.hits):
        click.echo(f"… {results.total} documents in all; use --limit to see more.")
    if results.suggestion:
        click.echo(f"Did you mean: {results.suggestion}")
    if facets:
        for name, counts in results.facets.items():
            shown = ", ".join(f"{value} ({count})" for value, count in counts[:10])
            click.echo(f"{name}: {shown}")


@click.command()
@vault_argument
@passphrase_option
@handle_errors
def reindex(vault: Path, passphrase_file: Path | None) -> None:
    """Rebuild the search index of VAULT from its records.

    The index is derived data: the database is the truth. Letapis rebuilds a
    missing or damaged index by itself; this command does it on demand, in
    bounded memory, with a progress bar.

    \b
    Example:
      letapis reindex ~/Archive.letapis
    """
    bar = ProgressBar("Indexing")
    with open_archive(vault, passphrase_file) as archive:
        try:
            report = archive.reindex(progress=lambda done, total: bar.update(done, total))
        finally:
            bar.finish()
    click.echo(f"Rebuilt the search index: {report.documents} documents in {report.seconds:.1f} s.")


@click.group()
def variants() -> None:
    """Name variants: spellings that search treats as one name.

    Letapis ships a table of the people and places of Belarusian public
    life (Лукашэнка = Lukashenko = Łukaszenka …); add your own groups here.

    \b
    Examples:
      letapis variants add ~/Archive.letapis Міхалевіч Михалевич Michalevič
      letapis variants list ~/Archive.letapis
    """


@variants.command(name="add")
@vault_argument
@click.argument("spellings", nargs=-1, required=True)
@passphrase_option
@handle_errors
def variants_add(vault: Path, spellings: tuple[str, ...], passphrase_file: Path | None) -> None:
    """Record that SPELLINGS are one name (single words; the index is rebuilt).

    \b
    Example:
      letapis variants add ~/Archive.letapis Міхалевіч Михалевич Michalevič
    """
    with open_archive(vault, passphrase_file) as archive:
        archive.add_name_variants(list(spellings))
    click.echo(f"Added: {' = '.join(spellings)}")


@variants.command(name="list")
@vault_argument
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@passphrase_option
@handle_errors
def variants_list(vault: Path, as_json: bool, passphrase_file: Path | None) -> None:
    """List the name-variant groups this vault added.

    \b
    Example:
      letapis variants list ~/Archive.letapis
    """
    with open_archive(vault, passphrase_file) as archive:
        groups = archive.name_variant_groups()
    if as_json:
        print_json(groups)
        return
    if not groups:
        click.echo("No groups of your own yet (the shipped table is always used).")
    for group in groups:
        click.echo(" = ".join(group))
