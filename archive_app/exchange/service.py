"""Exchange over an open archive: identity, contacts, export, receive, conflicts.

The one module the facade, the CLI and the GUI import; the work is done in
:mod:`vault_state` (identity, contacts, records <-> documents), :mod:`exporting` and
:mod:`receiving`. It uses the facade (:class:`archive_app.archive.Archive`) and a few
record-store internals (see :mod:`receiving`).
"""

from __future__ import annotations

from archive_app.exchange.exporting import ExportReport, export_bundle
from archive_app.exchange.receiving import (
    ReceiveReport,
    list_conflicts,
    receive_bundle,
    resolve_conflict,
)
from archive_app.exchange.vault_state import (
    add_contact,
    get_identity,
    load_state,
    local_clock,
    remove_contact,
    save_state,
    set_identity_name,
    verify_contact,
)

__all__ = [
    "ExportReport",
    "ReceiveReport",
    "add_contact",
    "export_bundle",
    "get_identity",
    "list_conflicts",
    "load_state",
    "local_clock",
    "receive_bundle",
    "remove_contact",
    "resolve_conflict",
    "save_state",
    "set_identity_name",
    "verify_contact",
]
