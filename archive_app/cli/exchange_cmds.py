"""``letapis identity``, ``card``, ``contacts``, ``export``, ``verify-bundle``, ``receive``,
``conflicts``: exchanging signed, encrypted bundles between vaults.

Register with :func:`register` (``register(cli)`` in cli/main.py). Each command only adapts
arguments to :mod:`archive_app.exchange.service` and typed errors to exit codes.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

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
from archive_app.exchange import service
from archive_app.exchange.card import Card, atomic_write, spoken_fingerprint
from archive_app.exchange.contacts import Contact
from archive_app.exchange.volumes import DEFAULT_VOLUME_SIZE, MIN_VOLUME_SIZE

_SIZE = re.compile(r"\A([0-9]+)\s*([KMGT]?)(I?B)?\Z", re.IGNORECASE)


def parse_size(text: str) -> int:
    """``4G``, ``700M``, ``650MiB``, ``100000`` → bytes (K/M/G/T are powers of 1024)."""
    match = _SIZE.match(text.strip())
    if not match:
        raise UsageError(f"--volume-size {text!r} is not a size; write e.g. 4G, 700M or 100000.")
    number = int(match.group(1))
    power = "KMGT".find(match.group(2).upper()) + 1 if match.group(2) else 0
    size: int = number * (1 << (10 * power))
    if size < MIN_VOLUME_SIZE:
        raise UsageError(f"The volume size must be at least {MIN_VOLUME_SIZE // 1024} KiB.")
    return size


def _contact_json(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.id,
        "name": contact.card.name,
        "fingerprint": contact.fingerprint,
        "spoken_fingerprint": contact.card.spoken_fingerprint,
        "verified": contact.verified,
        "added": contact.added,
        "last_received_sequence": max(contact.received, default=0),
        "last_sent_sequence": contact.last_sent_sequence,
    }


@click.command()
@vault_argument
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--set-name", help="Change the name shown on this vault's card.")
@click.option(
    "--export-age-key",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the vault's age secret key to this file (to open bundles with `age`).",
)
@click.option("--yes", is_flag=True, help="Do not ask before writing the secret key.")
@passphrase_option
@handle_errors
def identity(
    vault: Path,
    as_json: bool,
    set_name: str | None,
    export_age_key: Path | None,
    yes: bool,
    passphrase_file: Path | None,
) -> None:
    """Show VAULT's identity: name and the fingerprint to compare aloud.

    --export-age-key writes the vault's age secret key (after a confirmation), so
    bundles can be opened with the standard `age` tool if this program is ever
    unavailable: cat B.letapis-bundle* | age -d -i KEY | tar -xf -

    \b
    Examples:
      letapis identity ~/Archive.letapis
      letapis identity ~/Archive.letapis --set-name "Minsk group"
      letapis identity ~/Archive.letapis --export-age-key /media/safe/age-key.txt
    """
    with open_archive(vault, passphrase_file) as archive:
        if set_name:
            archive.vault.require_writable("renaming the identity")
        me = (
            service.set_identity_name(archive, set_name)
            if set_name
            else (service.get_identity(archive))
        )
        if export_age_key is not None:
            if not yes and not click.confirm(
                "This writes a SECRET key: anyone holding the file can read every bundle sent "
                "to this vault. Write it?",
                default=False,
            ):
                raise UsageError("Nothing was written.")
            atomic_write(export_age_key, me.age_key_file_text().encode("ascii"))
            os.chmod(export_age_key, 0o600)
        info = {
            "name": me.name,
            "fingerprint": me.fingerprint,
            "spoken_fingerprint": spoken_fingerprint(me.fingerprint),
            "age_recipient": me.age_recipient,
            "signing_key": me.signing_key.hex(),
        }
    if as_json:
        print_json(info)
        return
    click.echo(f"Name:        {info['name']}")
    click.echo(f"Fingerprint: {info['spoken_fingerprint']}")
    click.echo(f"age key:     {info['age_recipient']}")
    if export_age_key is not None:
        click.echo(f"The age secret key was written to {export_age_key}; keep it safe.")


@click.command()
@vault_argument
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--qr", type=click.Path(path_type=Path, dir_okay=False), help="Also a QR code PNG.")
@passphrase_option
@handle_errors
def card(vault: Path, out: Path, qr: Path | None, passphrase_file: Path | None) -> None:
    """Write VAULT's public card to OUT, to hand over in person.

    \b
    Example:
      letapis card ~/Archive.letapis /media/usb/ala.letapis-card --qr ala.png
    """
    with open_archive(vault, passphrase_file) as archive:
        my_card = service.get_identity(archive).card()
    my_card.write(out)
    if qr is not None:
        my_card.write_qr_png(qr)
    click.echo(f"Card written to {out}. Fingerprint to compare aloud:")
    click.echo(my_card.spoken_fingerprint)


@click.group()
def contacts() -> None:
    """Manage the people whose bundles this vault accepts.

    \b
    Examples:
      letapis contacts add ~/Archive.letapis /media/usb/bahdan.letapis-card
      letapis contacts list ~/Archive.letapis
      letapis contacts verify ~/Archive.letapis 3f2a9c01d4e5b6a7
    """


@contacts.command("add")
@vault_argument
@click.argument(
    "card_file", type=click.Path(path_type=Path, dir_okay=False, exists=True), metavar="CARD"
)
@click.option("--verified", is_flag=True, help="The fingerprint was compared in person.")
@passphrase_option
@handle_errors
def contacts_add(
    vault: Path, card_file: Path, verified: bool, passphrase_file: Path | None
) -> None:
    """Add the person whose card is CARD.

    Compare the fingerprint it prints with the person, face to face, then add
    --verified (or run `contacts verify` later).

    \b
    Example:
      letapis contacts add ~/Archive.letapis /media/usb/bahdan.letapis-card --verified
    """
    received = Card.read(card_file)
    with open_archive(vault, passphrase_file) as archive:
        archive.vault.require_writable("adding a contact")
        contact = service.add_contact(archive, received, verified=verified)
    click.echo(f"Added {contact.card.name} ({contact.id}).")
    if not contact.verified:
        click.echo("Compare this fingerprint with them in person, then run `contacts verify`:")
        click.echo(contact.card.spoken_fingerprint)


@contacts.command("list")
@vault_argument
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@passphrase_option
@handle_errors
def contacts_list(vault: Path, as_json: bool, passphrase_file: Path | None) -> None:
    """List contacts, verified or not.

    \b
    Example:
      letapis contacts list ~/Archive.letapis --json
    """
    with open_archive(vault, passphrase_file) as archive:
        items = [_contact_json(c) for c in service.load_state(archive).contacts]
    if as_json:
        print_json(items)
        return
    for item in items:
        mark = "verified" if item["verified"] else "NOT verified"
        click.echo(f"{item['id']}  {item['name']}  ({mark})")


@contacts.command("verify")
@vault_argument
@click.argument("contact_id", metavar="ID")
@passphrase_option
@handle_errors
def contacts_verify(vault: Path, contact_id: str, passphrase_file: Path | None) -> None:
    """Mark contact ID verified after comparing the fingerprint in person.

    \b
    Example:
      letapis contacts verify ~/Archive.letapis 3f2a9c01d4e5b6a7
    """
    with open_archive(vault, passphrase_file) as archive:
        archive.vault.require_writable("verifying a contact")
        contact = service.verify_contact(archive, contact_id)
    click.echo(f"{contact.card.name} is now verified.")


@contacts.command("remove")
@vault_argument
@click.argument("contact_id", metavar="ID")
@passphrase_option
@handle_errors
def contacts_remove(vault: Path, contact_id: str, passphrase_file: Path | None) -> None:
    """Remove contact ID (their bundles are then refused as revoked).

    \b
    Example:
      letapis contacts remove ~/Archive.letapis 3f2a9c01d4e5b6a7
    """
    with open_archive(vault, passphrase_file) as archive:
        archive.vault.require_writable("removing a contact")
        contact = service.remove_contact(archive, contact_id)
    click.echo(f"Removed {contact.card.name}.")


@click.command()
@vault_argument
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--to", "to", multiple=True, required=True, help="Contact name or id (repeat).")
@click.option("--all", "scope_all", is_flag=True, help="Every document.")
@click.option("--query", help="The documents a search finds.")
@click.option("--collection", help="One collection.")
@click.option("--ids", multiple=True, help="Chosen documents (repeat).")
@click.option("--since-last", is_flag=True, help="Everything new since the last bundle to them.")
@click.option("--redact", is_flag=True, help="Leave out sensitive fields and image locations.")
@click.option("--volume-size", default=None, help="Split into volumes (default 4G − 1M).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@passphrase_option
@handle_errors
def export(
    vault: Path,
    out: Path,
    to: tuple[str, ...],
    scope_all: bool,
    query: str | None,
    collection: str | None,
    ids: tuple[str, ...],
    since_last: bool,
    redact: bool,
    volume_size: str | None,
    as_json: bool,
    passphrase_file: Path | None,
) -> None:
    """Write a signed, encrypted bundle for contacts to OUT (e.g. on a USB stick).

    OUT gets the suffix .letapis-bundle; big bundles are split into volumes
    OUT.letapis-bundle.001, .002 … (default below 4 GiB, for FAT32 sticks). The
    bundle is read back and checked after writing.

    \b
    Examples:
      letapis export ~/Archive.letapis /media/usb/weekly --to Bahdan --since-last
      letapis export ~/Archive.letapis /media/usb/grodna --to Bahdan --to Ala --query Гродна
      letapis export ~/Archive.letapis /media/usb/all --to Bahdan --all --redact --volume-size 2G
    """
    chosen = [
        (name, value)
        for name, value, on in (
            ("all", None, scope_all),
            ("query", query, query is not None),
            ("collection", collection, collection is not None),
            ("ids", list(ids), bool(ids)),
            ("since-last", None, since_last),
        )
        if on
    ]
    if len(chosen) != 1:
        raise UsageError("Choose one of --all, --query, --collection, --ids, --since-last.")
    scope, value = chosen[0]
    size = parse_size(volume_size) if volume_size else DEFAULT_VOLUME_SIZE
    bar = ProgressBar("Exporting")
    with open_archive(vault, passphrase_file) as archive:
        archive.vault.require_writable("exporting a bundle (it records a sequence number)")
        report = service.export_bundle(
            archive,
            out,
            to=list(to),
            scope=scope,  # type: ignore[arg-type]
            value=value,
            redact=redact,
            volume_size=size,
            progress=lambda done, total: bar.update(0, 0, done, total),
        )
    bar.finish()
    info = {
        "files": [str(p) for p in report.paths],
        "bundle_id": report.bundle_id,
        "sequence": report.sequence,
        "records": report.records,
        "attachments": report.files,
        "bytes": report.ciphertext_bytes,
        "to": report.recipients,
        "redacted_fields": report.redacted_fields,
        "location_items_removed": report.location_stripped,
    }
    if as_json:
        print_json(info)
        return
    click.echo(
        f"Wrote {report.records} records and {report.files} files for "
        f"{', '.join(report.recipients)} (bundle {report.sequence}), checked after writing:"
    )
    for path in report.paths:
        click.echo(f"  {path}")


def _receive(
    vault: Path,
    bundle: Path,
    *,
    dry_run: bool,
    as_json: bool,
    accept_unknown: bool,
    allow_older: bool,
    passphrase_file: Path | None,
) -> None:
    bar = ProgressBar("Checking" if dry_run else "Receiving")
    with open_archive(vault, passphrase_file) as archive:
        archive.vault.require_writable("receiving a bundle")
        report = service.receive_bundle(
            archive,
            bundle,
            dry_run=dry_run,
            accept_unknown=accept_unknown,
            allow_older=allow_older,
            progress=lambda done, total: bar.update(0, 0, done, total),
        )
    bar.finish()
    info = {
        "bundle_id": report.bundle_id,
        "signer": {
            "name": report.sender_name,
            "fingerprint": report.sender_fingerprint,
            "spoken_fingerprint": spoken_fingerprint(report.sender_fingerprint),
            "status": report.signer,
        },
        "sequence": report.sequence,
        "already_received": report.already_received,
        "dry_run": dry_run,
        "new": len(report.new),
        "updated": len(report.updated),
        "duplicate": len(report.duplicate),
        "older": len(report.older),
        "conflicts": len(report.conflicts),
        "files_new": report.files_new,
    }
    if as_json:
        print_json(info)
        return
    click.echo(f"Signed by {report.sender_name} ({report.signer}); bundle {report.sequence}.")
    if report.already_received:
        click.echo("This bundle was received before; nothing was changed.")
        return
    verb = "Would add" if dry_run else "Added"
    click.echo(
        f"{verb} {info['new']} new, updated {info['updated']}, "
        f"{info['duplicate']} already here, {info['older']} older, "
        f"{info['conflicts']} conflicting (see `letapis conflicts`)."
    )


@click.command("verify-bundle")
@vault_argument
@click.argument("bundle", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@passphrase_option
@handle_errors
def verify_bundle(vault: Path, bundle: Path, as_json: bool, passphrase_file: Path | None) -> None:
    """Check BUNDLE fully without changing VAULT: who signed it and what it would change.

    \b
    Example:
      letapis verify-bundle ~/Archive.letapis /media/usb/weekly.letapis-bundle
    """
    _receive(
        vault,
        bundle,
        dry_run=True,
        as_json=as_json,
        accept_unknown=True,
        allow_older=True,
        passphrase_file=passphrase_file,
    )


@click.command()
@vault_argument
@click.argument("bundle", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Check only; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--accept-unknown", is_flag=True, help="Accept a signer who is not a contact.")
@click.option("--allow-older", is_flag=True, help="Accept an older bundle not yet received.")
@passphrase_option
@handle_errors
def receive(
    vault: Path,
    bundle: Path,
    dry_run: bool,
    as_json: bool,
    accept_unknown: bool,
    allow_older: bool,
    passphrase_file: Path | None,
) -> None:
    """Receive BUNDLE (any of its volumes) into VAULT: all of it, or nothing.

    A forged, tampered, truncated or replayed bundle is refused and changes
    nothing; the same bundle twice is a no-op.

    \b
    Examples:
      letapis receive ~/Archive.letapis /media/usb/weekly.letapis-bundle
      letapis receive ~/Archive.letapis /media/usb/big.letapis-bundle.001 --dry-run --json
    """
    _receive(
        vault,
        bundle,
        dry_run=dry_run,
        as_json=as_json,
        accept_unknown=accept_unknown,
        allow_older=allow_older,
        passphrase_file=passphrase_file,
    )


@click.command()
@vault_argument
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--resolve", "resolve_id", metavar="ID", help="Settle conflict ID.")
@click.option("--keep", type=click.Choice(["mine", "theirs"]), help="With --resolve.")
@passphrase_option
@handle_errors
def conflicts(
    vault: Path,
    as_json: bool,
    resolve_id: str | None,
    keep: str | None,
    passphrase_file: Path | None,
) -> None:
    """List received edits that clash with local ones, or settle one.

    \b
    Examples:
      letapis conflicts ~/Archive.letapis
      letapis conflicts ~/Archive.letapis --resolve 9c1e2f3a4b5c6d7e --keep theirs
    """
    with open_archive(vault, passphrase_file) as archive:
        if resolve_id is not None:
            if keep is None:
                raise UsageError("Say which version to keep: --keep mine or --keep theirs.")
            archive.vault.require_writable("settling a conflict")
            service.resolve_conflict(archive, resolve_id, keep)  # type: ignore[arg-type]
            click.echo(f"Conflict {resolve_id} settled (kept {keep}).")
            return
        items = [
            {
                "id": c["id"],
                "document": c["document"],
                "from": c.get("from_name", ""),
                "received": c["time"],
                "their_title": c["record"].get("title", ""),
                "fields": c["fields"],
            }
            for c in service.list_conflicts(archive)
        ]
    if as_json:
        print_json(items)
        return
    if not items:
        click.echo("No conflicts.")
    for item in items:
        fields = ", ".join(item["fields"]) or "attachments only"
        click.echo(
            f"{item['id']}  document {item['document'][:12]}  from {item['from']}  "
            f"differs in: {fields}"
        )


COMMANDS: tuple[click.Command, ...] = (
    identity,
    card,
    contacts,
    export,
    verify_bundle,
    receive,
    conflicts,
)


def register(group: click.Group) -> None:
    """Add the exchange commands to the ``letapis`` command group."""
    for command in COMMANDS:
        group.add_command(command)
