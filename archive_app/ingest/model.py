"""What intake produces and what it hands to the vault.

The contract between ``ingest/`` (which reads files) and the archive facade (which stores
them). Extractors build :class:`NewDocument` values; the pipeline hands each one to a
:class:`DocumentSink`, which stores it atomically (the document, its attachments, its
custody event) or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

DocType = Literal["statement", "letter", "evidence", "other"]
DOC_TYPES: tuple[DocType, ...] = ("statement", "letter", "evidence", "other")


@dataclass
class NewAttachment:
    """An original file to keep sealed beside a document.

    Exactly one of ``path`` (a file on disk, read in a streaming way) or ``data`` (bytes
    already in memory, e.g. an e-mail attachment) is set. ``sha256`` is the hex SHA-256 of
    the original bytes; the store recomputes and checks it.
    """

    name: str
    sha256: str
    size: int
    mime: str = "application/octet-stream"
    path: Path | None = None
    data: bytes | None = None
    #: Text extracted from the attachment (searchable with the document), if any.
    text: str = ""
    #: Technical metadata (EXIF, duration, …); JSON-serialisable.
    metadata: dict[str, Any] = field(default_factory=dict)
    #: True for the file the person chose (the document's source file).
    is_original: bool = False


@dataclass
class NewDocument:
    """A document ready to be stored. All strings are plain Unicode (NFC)."""

    title: str
    text: str
    type: DocType = "other"
    language: str | None = None
    #: ISO 8601 date or date-time ("2020-08-09", "2020-08-09T21:15:00+03:00"), or None.
    date: str | None = None
    source: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    collection: str | None = None
    #: Format-specific metadata (e-mail headers, EXIF, GPS, chat, sender …); JSON-serialisable.
    metadata: dict[str, Any] = field(default_factory=dict)
    attachments: list[NewAttachment] = field(default_factory=list)
    #: Where it came from: {"file": name, "path_hint": …, "format": "eml", "part": "message 3"}.
    provenance: dict[str, Any] = field(default_factory=dict)


@dataclass
class IntakeDefaults:
    """Metadata the person set for a whole import; overrides what extraction guessed."""

    type: DocType | None = None
    collection: str | None = None
    tags: list[str] = field(default_factory=list)
    source: str | None = None
    date: str | None = None
    language: str | None = None


class DocumentSink(Protocol):
    """Where the pipeline delivers documents (implemented by the archive facade)."""

    def has_original(self, sha256: str) -> bool:
        """True if an original file with this SHA-256 is already in the vault."""
        ...

    def has_message(self, message_key: str) -> bool:
        """True if a document read from this chat message is already in the vault.

        ``message_key`` is the stable key an extractor puts in a message document's
        provenance (``"telegram:<chat id>:<message id>"``): a later export of the same chat
        is a different file, but its messages keep their keys.
        """
        ...

    def add_document(self, doc: NewDocument) -> str:
        """Store ``doc`` atomically with its attachments; return the new document id."""
        ...


@dataclass
class IntakeProgress:
    """A progress report; ``files_total``/``bytes_total`` are known after the walk."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str = ""


@dataclass
class IntakeProblem:
    """A file that could not be fully read: its name and the reason, in plain words.

    ``reason`` is the English sentence the CLI prints; ``code`` and ``params`` say the same
    for the window, which shows a translated sentence (codes: :data:`PROBLEM_CODES`).
    """

    path: str
    reason: str
    #: The document the file was kept as (with its original attached), if it was kept.
    document_id: str | None = None
    code: str = "unreadable"
    #: Values for the translated sentence, e.g. ``{"detail": <the reader's own reason>}``.
    params: dict[str, str] = field(default_factory=dict)


#: Stable codes of :class:`IntakeProblem`: what the window translates.
PROBLEM_CODES = (
    "missing",  # the chosen path does not exist
    "unreadable",  # the file could not be read for text; params["detail"]: the reader's reason
    "bad-attachment",  # the reader named files outside the file's folder
    "store-failed",  # the document could not be stored (disk); params["detail"]
    "no-documents",  # the file was read but held no documents
    "no-text",  # stored, but no text was found in it; params["detail"]
    "partial",  # only part of the file was read; params["detail"]
    "damaged",  # read, but damaged or mislabelled; params["detail"]
)


@dataclass
class IntakeReport:
    """The end-of-import report."""

    added: list[str] = field(default_factory=list)  # document ids
    #: Files skipped (an original with the same SHA-256 is stored), and chat messages skipped
    #: (the vault holds the same message of the same chat), as "path (message 12)".
    already_present: list[str] = field(default_factory=list)
    kept_without_text: list[IntakeProblem] = field(default_factory=list)
    failed: list[IntakeProblem] = field(default_factory=list)
    cancelled: bool = False
    #: Files that were read and added, but were damaged or mislabelled (a message with a
    #: broken MIME structure, a page whose declared charset lies): worth a person's look.
    warnings: list[IntakeProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True if every file was added (or already present) with its text."""
        return not self.failed and not self.kept_without_text and not self.cancelled


ProgressCallback = Callable[[IntakeProgress], None]
