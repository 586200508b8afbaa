"""The database schema, applied step by step with sqlite-utils ``Migrations``.

A step, once released, is never edited: a change is a new step (docs/FORMAT.md, 1.5).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("letapis-vault")


@MIGRATIONS()
def v1_initial(db: Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("documents").create(
        {"id": str, "version": int, "change": int, "meta": bytes, "body": bytes}, pk="id"
    )
    db.table("documents").create_index(["change"])
    db.table("attachments").create(
        {"id": str, "document_id": str, "blob": str, "version": int, "sealed": bytes},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("attachments").create_index(["document_id"])
    db.table("attachments").create_index(["blob"])
    db.table("collections").create({"id": str, "version": int, "sealed": bytes}, pk="id")
    db.table("custody").create({"seq": int, "subject": str, "sealed": bytes}, pk="seq")
    db.table("custody").create_index(["subject"])
    db.table("tombstones").create({"id": str, "change": int}, pk="id")
    db.table("tombstones").create_index(["change"])
    db.table("settings").create({"key": str, "version": int, "sealed": bytes}, pk="key")


def apply(db: Database) -> None:
    """Bring the schema up to date (each step in its own transaction)."""
    MIGRATIONS.apply(db)


def pending(db: Database) -> list[str]:
    return [m.name for m in MIGRATIONS.pending(db)]
