"""``letapis check``: verify every sealed row, every attachment, the custody chain, the schema.

Each problem is named with what it concerns and a plain reason, so a person (or `repair`) can
act on it. Checking never changes the vault.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from archive_app.crypto.errors import RecordAuthError
from archive_app.errors import LetapisError
from archive_app.vault import schema
from archive_app.vault.store import RecordStore

ProgressFn = Callable[[int, int], None]


@dataclass
class Problem:
    """One thing wrong: ``kind`` is a stable code, ``subject`` what it concerns.

    ``message`` is the English line of ``letapis check``; ``code`` (finer than ``kind``) and
    ``params`` say the same for the window, which shows a translated line.
    """

    kind: str
    subject: str
    message: str
    code: str = ""
    params: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "subject": self.subject, "message": self.message}


@dataclass
class CheckReport:
    documents: int = 0
    attachments: int = 0
    blobs: int = 0
    custody_events: int = 0
    problems: list[Problem] = field(default_factory=list)
    #: Worth knowing but not wrong (a search index still to be built or brought up to date):
    #: notes never make ``ok`` false.
    notes: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(
        self,
        kind: str,
        subject: str,
        message: str,
        *,
        code: str = "",
        params: dict[str, str] | None = None,
        note: bool = False,
    ) -> None:
        """Report damage, or with ``note`` something a person may want to know (not damage:
        e.g. a search index not built yet)."""
        problem = Problem(kind, subject, message, code or kind, dict(params or {}))
        (self.notes if note else self.problems).append(problem)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "documents": self.documents,
            "attachments": self.attachments,
            "blobs": self.blobs,
            "custody_events": self.custody_events,
            "problems": [p.to_json() for p in self.problems],
            "notes": [n.to_json() for n in self.notes],
        }


def check_vault(store: RecordStore, *, progress: ProgressFn | None = None) -> CheckReport:
    """Verify the whole vault; return a report (never raises for damage it can name)."""
    report = CheckReport()
    db = store.db
    try:
        result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        report.add(
            "database", "archive.db", f"the database is damaged ({exc})", code="database-damaged"
        )
        return report
    if result != ["ok"]:
        report.add(
            "database",
            "archive.db",
            "SQLite integrity check failed: " + "; ".join(result[:5]),
            code="database-integrity",
        )
    pending = schema.pending(db)
    if pending:
        report.add(
            "schema",
            "archive.db",
            f"schema steps not applied: {', '.join(pending)}",
            code="schema-pending",
        )

    versions = _check_documents(store, report)
    referenced = _check_attachments(store, report, progress)
    _check_custody(store, report, versions)

    on_disk = set(store.vault.blobs.names())
    report.blobs = len(on_disk)
    for name in sorted(on_disk - referenced):
        report.add(
            "orphan-blob", name[:16], "a stored file no record refers to (repair removes it)"
        )
    return report


def _check_documents(store: RecordStore, report: CheckReport) -> dict[str, int]:
    versions: dict[str, int] = {}
    rows = store.db.execute("SELECT id, version, meta, body FROM documents").fetchall()
    for doc_id, version, meta, body in rows:
        report.documents += 1
        versions[doc_id] = version
        for column, blob in (("meta", meta), ("body", body)):
            try:
                store.vault.sealer.open("documents", column, doc_id, version, blob)
            except RecordAuthError:
                report.add(
                    "record",
                    doc_id,
                    f"document {column} failed authentication (changed or swapped)",
                    code=f"document-{column}-auth",
                )
    return versions


def _check_attachments(
    store: RecordStore, report: CheckReport, progress: ProgressFn | None
) -> set[str]:
    referenced: set[str] = set()
    rows = store.db.execute(
        "SELECT a.id, a.document_id, a.blob, a.version, a.sealed, d.id IS NOT NULL "
        "FROM attachments a LEFT JOIN documents d ON d.id = a.document_id"
    ).fetchall()
    for done, (att_id, doc_id, blob, version, sealed, has_doc) in enumerate(rows, 1):
        report.attachments += 1
        referenced.add(blob)
        if not has_doc:
            report.add(
                "attachment",
                att_id,
                f"belongs to a missing document {doc_id}",
                code="attachment-orphan",
                params={"document": doc_id},
            )
        try:
            data = store.vault.sealer.open("attachments", "sealed", att_id, version, sealed)
        except RecordAuthError:
            report.add(
                "record", att_id, "attachment record failed authentication", code="attachment-auth"
            )
            continue
        try:
            store.vault.blobs.verify(blob, data["sha256"], label=f"attachment {att_id}")
        except LetapisError as exc:
            report.add(
                "attachment", att_id, str(exc), code="attachment-file", params={"error": exc.code}
            )
        if progress:
            progress(done, len(rows))
    return referenced


def _check_custody(store: RecordStore, report: CheckReport, versions: dict[str, int]) -> None:
    prev = bytes(32)
    expected_seq = 1
    last_event: dict[str, dict[str, Any]] = {}
    for seq, subject, sealed in store.db.execute(
        "SELECT seq, subject, sealed FROM custody ORDER BY seq"
    ).fetchall():
        report.custody_events += 1
        if seq != expected_seq:
            report.add(
                "custody",
                str(seq),
                f"events {expected_seq}–{seq - 1} are missing",
                code="custody-gap",
                params={"first": str(expected_seq), "last": str(seq - 1)},
            )
        expected_seq = seq + 1
        try:
            event = store.vault.sealer.open("custody", "sealed", str(seq), seq, sealed)
        except RecordAuthError:
            report.add(
                "custody", str(seq), "custody event failed authentication", code="custody-auth"
            )
            prev = bytes(32)
            continue
        if event.get("prev") != prev.hex() or event.get("subject") != subject:
            report.add(
                "custody", str(seq), "the custody chain is broken here", code="custody-chain"
            )
        prev = RecordStore.custody_hash(bytes.fromhex(str(event.get("prev", ""))), event)
        if subject:
            last_event[subject] = event
    for doc_id, event in last_event.items():
        alive = doc_id in versions
        if event["action"] == "delete":
            if alive:
                report.add(
                    "record",
                    doc_id,
                    "a deleted document is back (restored behind our back)",
                    code="document-undeleted",
                )
            continue
        if not alive:
            report.add(
                "record",
                doc_id,
                "the document was removed outside Letapis",
                code="document-removed",
            )
        elif versions[doc_id] != event["version"]:
            report.add(
                "record",
                doc_id,
                f"the document is at version {versions[doc_id]} but its history says "
                f"{event['version']} (rolled back or edited outside Letapis)",
                code="document-version",
                params={"version": str(versions[doc_id]), "history": str(event["version"])},
            )
    for doc_id in versions:
        if doc_id not in last_event:
            report.add(
                "record", doc_id, "the document has no custody history", code="document-no-history"
            )
