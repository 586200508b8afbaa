"""What the search index needs from the record store, and what it gives back.

The database is the truth and the index is derived from it: every document row carries a
change counter, the index remembers the last counter it applied, and catches up by asking
the store for everything changed since. The vault's record store implements
:class:`RecordStore`; nothing else of the vault is imported here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class IndexableDoc:
    """The searchable view of one document (plain text; the index seals it at rest).

    Attributes:
        id: the document's id (random, stable).
        title: its title.
        text: its full text (main body).
        type: statement, letter, evidence or other.
        language: "be", "ru", "uk", "pl", "en", "be-latn", … or None (then detected).
        date: ISO 8601 date or date-time, or None.
        tags: its tags (exact strings).
        collection: the collection it belongs to, or None.
        has_attachments: True if it has attachment files.
        attachment_text: text extracted from its attachments (searched with the body).
        file_names: names of its original files (searched, and shown in results).
    """

    id: str
    title: str
    text: str
    type: str = "other"
    language: str | None = None
    date: str | None = None
    tags: list[str] = field(default_factory=list)
    collection: str | None = None
    has_attachments: bool = False
    attachment_text: str = ""
    file_names: list[str] = field(default_factory=list)


class RecordStore(Protocol):
    """The record store as the search index sees it."""

    def current_change(self) -> int:
        """The highest change counter the store has handed out (0 for an empty store)."""
        ...

    def changes_since(self, counter: int) -> Iterator[tuple[str, int, IndexableDoc | None]]:
        """``(doc id, change, doc)`` for every document changed after ``counter``.

        In ascending ``change`` order, each document at most once in its latest state;
        ``doc`` is None for a deleted document (``counter=0`` may leave deletions out).
        Streaming: the index reads it in bounded batches, never all at once.
        """
        ...
