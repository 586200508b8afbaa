"""The one facade over a vault: what the CLI and the GUI call.

Long operations are plain functions that take a ``progress`` callback and a ``cancel`` event;
the GUI runs them in a worker thread, the CLI draws a progress bar.

Example::

    archive, recovery_key = Archive.create(Path("work.letapis"), "a long passphrase")
    report = archive.add_paths([Path("statement.txt")], IntakeDefaults(type="statement"))
    for doc in archive.list_documents():
        print(doc.id, doc.title)
    archive.close()
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import sqlite_utils

from archive_app.crypto.errors import CryptoError
from archive_app.crypto.keys import LABEL_INDEX, KdfParams
from archive_app.errors import (
    Cancelled,
    CorruptData,
    IndexUnavailable,
    LetapisError,
    NotFound,
    UsageError,
)
from archive_app.ingest.model import (
    IntakeDefaults,
    IntakeProgress,
    IntakeReport,
    NewDocument,
    ProgressCallback,
)
from archive_app.search.index import IndexReport, SearchIndex, SearchResults
from archive_app.search.protocol import IndexableDoc
from archive_app.search.query import SearchFilters
from archive_app.search.storage import EncryptedStorage
from archive_app.search.variants import VariantTable
from archive_app.vault.check import CheckReport, check_vault
from archive_app.vault.store import Attachment, Document, RecordStore
from archive_app.vault.vault import DB_FILE, Vault, connect_read_only

if TYPE_CHECKING:
    from archive_app.exchange.card import Card
    from archive_app.exchange.contacts import Contact
    from archive_app.exchange.identity import Identity
    from archive_app.exchange.service import ExportReport, ReceiveReport
    from archive_app.search.snippets import Snippet


@dataclass(frozen=True)
class LabelCounts:
    """Documents per collection and per tag, for a sidebar (from the database, no search).

    Attributes:
        documents: every document in the vault.
        collections: ``(name, count)`` for every collection, empty ones too, by name.
        tags: ``(tag, count)`` for every tag in use, by name.
    """

    documents: int
    collections: list[tuple[str, int]]
    tags: list[tuple[str, int]]


#: Codes of the notices an archive gives (``Archive.on_notice_code``), by the index's reason.
NOTICE_CODES = {
    "missing or unreadable": "index-rebuilt/missing",
    "newer than the database (restored from an old copy?)": "index-rebuilt/newer",
    "damaged": "index-rebuilt/damaged",
}


def hit_spans(text: str, matched: Iterable[tuple[str, str]]) -> list[tuple[int, int]]:
    """Where a search hit's matched terms are in ``text``: ``(start, end)`` offsets, in order.

    ``matched`` is a hit's ``(field, term)`` pairs (``SearchHit.matched``): the stems and the
    variant keys that matched, so the query Lukashenko also marks Лукашэнка and Łukašenka.

    Example::

        hit = archive.search("Lukashenko").hits[0]
        spans = hit_spans(archive.get_document(hit.id).text, hit.matched)
    """
    from archive_app.search.snippets import find_hits

    return [(a, b) for a, b, _term in find_hits(text, matched)]


def _first_calls(
    text_for: Callable[[str], str | None], limit: int | None
) -> Callable[[str], str | None]:
    """``text_for`` for the first ``limit`` hits only (the search asks in hit order)."""
    if limit is None:
        return text_for
    asked = 0

    def first(doc_id: str) -> str | None:
        nonlocal asked
        asked += 1
        return text_for(doc_id) if asked <= limit else None

    return first


class _Reading:
    """Reads shared by :class:`Archive` (the writer) and :class:`ArchiveReader`."""

    store: RecordStore
    vault: Vault
    _labels: dict[str, tuple[int, list[str], list[str]]]

    hit_spans = staticmethod(hit_spans)

    def snippets(self, hits: Iterable[tuple[str, Iterable[tuple[str, str]]]]) -> dict[str, Snippet]:
        """Snippets, by document id, for hits a search returned without one.

        ``hits`` are ``(id, matched)`` pairs (``SearchHit.matched``). A search with
        ``snippet_limit`` makes snippets for its first hits only, so a long list shows at
        once; the rest are made here, later. A document gone meanwhile is left out.

        Example::

            page = archive.search("Hrodna", limit=200, snippet_limit=30)
            later = archive.snippets((h.id, h.matched) for h in page.hits[30:])
        """
        from archive_app.search.snippets import make_snippet

        out = {}
        for doc_id, matched in hits:
            text = self._text_for(doc_id)
            if text is not None:
                out[doc_id] = make_snippet(text, matched)
        return out

    def _text_for(self, doc_id: str) -> str | None:
        """A hit's searchable text, for its snippet (None if the document is gone)."""
        try:
            doc = self.get_document(doc_id)
        except LetapisError:
            return None
        return _IndexSource.indexable(doc).text

    def get_document(self, doc_id: str) -> Document:
        """A document with its text and attachments (each reader defines how it reads)."""
        raise NotImplementedError

    def attachment_bytes(self, att_id: str, *, limit: int | None = None) -> bytearray:
        """An original file's bytes in a buffer the caller can wipe (``buf[:] = bytes(n)``).

        Verified against the SHA-256 recorded at intake; never written to disk.

        Raises:
            UsageError: the file is larger than ``limit`` bytes.
            CorruptData: the stored bytes are damaged or do not match their SHA-256.
        """
        att = self.store.get_attachment(att_id)
        if limit is not None and att.size > limit:
            raise UsageError(f"{att.name}: too large to load into memory ({att.size} bytes).")
        with self.vault.blobs.open(att.blob, label=att.name) as reader:
            buf = bytearray(reader.length)
            view = memoryview(buf)
            done = 0
            try:
                while done < len(buf):
                    n = reader.readinto(view[done : done + (1 << 20)])
                    if not n:
                        break
                    done += n
            except CryptoError:
                done = -1
            finally:
                view.release()
        if done != len(buf) or hashlib.sha256(buf).hexdigest() != att.sha256:
            buf[:] = bytes(len(buf))
            raise CorruptData(f"{att.name}: the stored file does not match its SHA-256.")
        return buf

    def label_counts(self) -> LabelCounts:
        """Documents per collection and per tag, read from the database (no search needed).

        Decrypts only document metadata, and only of documents changed since the last call.
        """
        if not hasattr(self, "_labels"):
            self._labels = {}
        rows = self.store.db.execute(
            "SELECT id, version, change, meta, NULL FROM documents"
        ).fetchall()
        seen: dict[str, tuple[int, list[str], list[str]]] = {}
        for row in rows:
            doc_id, version = row[0], row[1]
            cached = self._labels.get(doc_id)
            if cached is None or cached[0] != version:
                try:
                    # Metadata only: the body column is not even read (NULL above).
                    doc = self.store._document_from_row(row, with_text=False)
                    cached = (version, list(doc.collections), list(doc.tags))
                except CorruptData:
                    cached = (version, [], [])
            seen[doc_id] = cached
        self._labels = seen
        collections: Counter[str] = Counter()
        tags: Counter[str] = Counter()
        for _version, colls, doc_tags in seen.values():
            collections.update(set(colls))
            tags.update(set(doc_tags))
        for entry in self.store.list_collections():
            collections.setdefault(str(entry.get("name", "")), 0)
        collections.pop("", None)
        return LabelCounts(len(seen), sorted(collections.items()), sorted(tags.items()))


class Archive(_Reading):
    """An open vault with everything done to it. Not thread-safe: one writer at a time.

    For reads on another thread while the writer works (an import, a rebuild), open an
    :meth:`reader`.
    """

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.store = RecordStore(vault)
        self._index: SearchIndex | None = None
        #: Notices for the person (e.g. "the search index was rebuilt"), in order.
        self.notices: list[str] = []
        self.on_notice: Callable[[str], None] | None = None
        #: Called with a notice's stable code (``NOTICE_CODES``) and params, for translation.
        self.on_notice_code: Callable[[str, dict[str, str]], None] | None = None

    # --- open / close ------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[Archive, str]:
        """Create a vault; return the open archive and the recovery key (show it once)."""
        vault, recovery = Vault.create(Path(path), passphrase, kdf=kdf)
        return cls(vault), recovery

    @classmethod
    def open(cls, path: Path, secret: str) -> Archive:
        """Unlock a vault with its passphrase or recovery key."""
        return cls(Vault.open(Path(path), secret))

    def close(self) -> None:
        """Lock: close the index and the database, forget the keys, release the vault."""
        if self._index is not None:
            self._index.close()
            self._index = None
        self.vault.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def read_only(self) -> bool:
        """True if the vault is on a read-only disk or folder: it reads; changes are refused."""
        return self.vault.read_only

    # --- intake ------------------------------------------------------------------------------

    def has_original(self, sha256: str) -> bool:
        """DocumentSink: is an original with this SHA-256 already stored?"""
        return self.store.has_original(sha256)

    def has_message(self, message_key: str) -> bool:
        """DocumentSink: is this chat message (``"telegram:<chat id>:<message id>"``) stored?"""
        return self.store.has_message(message_key)

    def add_document(self, doc: NewDocument) -> str:
        """DocumentSink: store one document atomically; return its id."""
        self.vault.require_writable("adding documents")
        return self.store.add_document(doc, details={"file": doc.provenance.get("file")})

    def add_paths(
        self,
        paths: Sequence[Path],
        defaults: IntakeDefaults | None = None,
        *,
        again: bool = False,
        workers: int | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        index_every: float | None = None,
    ) -> IntakeReport:
        """Import files and folders (walked recursively); see ingest.pipeline.

        ``index_every``: also bring the search index up to date every so many seconds while
        importing, so that a reader (another thread) finds the first documents before the
        import ends; by default the index catches up once, at the end.
        """
        from archive_app.ingest.pipeline import import_paths

        self.vault.require_writable("adding files")
        if index_every is not None:
            progress = self._indexing_progress(progress, index_every)
        # Documents are made durable in batches (one transaction and a few disk flushes per
        # batch, not per file); the pipeline commits them as it goes and on cancel.
        with self.store.intake_batch() as batch:
            report: IntakeReport = import_paths(
                self,
                [Path(p) for p in paths],
                defaults or IntakeDefaults(),
                again=again,
                workers=workers,
                progress=progress,
                cancel=cancel,
                document_batch=batch,
            )
        if report.added or report.kept_without_text:  # both are stored documents
            self.catch_up_index()
        return report

    def _indexing_progress(
        self, progress: ProgressCallback | None, every: float
    ) -> ProgressCallback:
        last = time.monotonic()

        def tick(value: IntakeProgress) -> None:
            nonlocal last
            if progress is not None:
                progress(value)
            # The pipeline calls this on the thread that stores documents: the writer's.
            if time.monotonic() - last >= every:
                self.catch_up_index()
                last = time.monotonic()

        return tick

    # --- reading -----------------------------------------------------------------------------

    def list_documents(self) -> list[Document]:
        """Every document's metadata and attachments (no body text), oldest first."""
        return list(self.store.iter_documents(with_text=False))

    def get_document(self, doc_id: str) -> Document:
        """A document with its text and attachments; accepts a unique id prefix."""
        return self.store.get_document(self.resolve_id(doc_id))

    def resolve_id(self, prefix: str, table: str = "documents") -> str:
        """Expand a unique prefix (at least 6 characters) of a document or attachment id."""
        prefix = prefix.strip().lower()
        if len(prefix) == 32:
            return prefix
        if len(prefix) < 6 or any(c not in "0123456789abcdef" for c in prefix):
            raise NotFound(f"There is no {table[:-1]} {prefix!r} in this vault.")
        rows = self.vault.db.execute(
            f"SELECT id FROM {table} WHERE id LIKE ? LIMIT 2",  # noqa: S608 - table is ours
            [prefix + "%"],
        ).fetchall()
        if len(rows) != 1:
            raise NotFound(f"There is no single {table[:-1]} starting with {prefix!r}.")
        return str(rows[0][0])

    def custody_log(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """The custody events of one document, or of the whole vault."""
        return self.store.custody_events(self.resolve_id(doc_id) if doc_id else None)

    def get_attachment(self, att_id: str) -> Attachment:
        return self.store.get_attachment(self.resolve_id(att_id, "attachments"))

    def export_attachment(self, att_id: str, out: BinaryIO) -> Attachment:
        """Write an original file to ``out``, verified against its recorded SHA-256.

        Raises:
            CorruptData: the stored bytes do not match the SHA-256 recorded at intake.
        """
        att = self.get_attachment(att_id)
        digest = self.vault.blobs.copy_out(att.blob, out, label=att.name)
        if digest != att.sha256:
            raise CorruptData(f"{att.name}: the stored file does not match its SHA-256.")
        return att

    # --- editing -----------------------------------------------------------------------------

    def update_document(self, doc_id: str, changes: dict[str, Any]) -> Document:
        """Edit metadata or text; records a custody event."""
        self.vault.require_writable("editing a document")
        doc = self.store.update_document(self.resolve_id(doc_id), changes)
        if self._index is not None:
            self.catch_up_index()
        return doc

    def delete_document(self, doc_id: str) -> None:
        """Delete a document and originals no other document uses."""
        self.vault.require_writable("deleting a document")
        self.store.delete_document(self.resolve_id(doc_id))
        if self._index is not None:
            self.catch_up_index()

    def collections(self) -> list[dict[str, Any]]:
        return self.store.list_collections()

    # --- keys --------------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        self.vault.change_passphrase(new_passphrase, kdf=kdf)

    def new_recovery_key(self, *, kdf: KdfParams | None = None) -> str:
        return self.vault.new_recovery_key(kdf=kdf)

    # --- checking ----------------------------------------------------------------------------

    def check(self, *, deep: bool = False) -> CheckReport:
        """Verify every sealed row, every attachment, the custody chain and the schema.

        ``deep`` also decrypts every file of the search index and compares the index with
        the database.
        """
        report = check_vault(self.store)
        if deep:
            self._check_index(report)
        return report

    def _check_index(self, report: CheckReport) -> None:
        index = SearchIndex.encrypted(
            self.vault.index_dir, self.vault.subkey(LABEL_INDEX), _IndexSource(self.store)
        )
        try:
            files = index.verify()
            applied = index.applied_change
            current = self.store.current_change()
            # The index is derived from the database: one not built yet, or behind, is
            # brought up to date by the next search; a note, not a problem.
            if files == 0 or applied < 0:
                report.add(
                    "index",
                    "files",
                    "the search index is not built yet (the next search builds it)",
                    code="index-missing",
                    note=True,
                )
            elif applied < current:
                report.add(
                    "index",
                    "files",
                    f"the search index is at change {applied}, the database at {current} "
                    "(the next search brings it up to date)",
                    code="index-behind",
                    note=True,
                )
            elif applied > current:
                report.add(
                    "index",
                    "files",
                    f"the search index is at change {applied}, ahead of the database at "
                    f"{current} (repair rebuilds it)",
                )
            elif index.doc_count() != report.documents:
                report.add(
                    "index",
                    "files",
                    "the search index does not match the documents (repair rebuilds it)",
                )
        except Exception as exc:  # damage of any kind: the index is derived, repair rebuilds it
            report.add(
                "index",
                "files",
                f"the search index is damaged ({type(exc).__name__}); repair rebuilds it",
            )
        finally:
            index.close()

    def repair(self) -> list[str]:
        """Repair what can be repaired safely; return what was done, in plain words.

        Rebuilds the search index and removes orphan blobs (stored files no record refers
        to). Never touches a record or an attachment that a document refers to: damaged
        evidence is reported by ``check`` for a person to decide about.
        """
        self.vault.require_writable("repairing")
        done = []
        self._reset_index()
        report = self.reindex()
        done.append(f"rebuilt the search index ({report.documents} documents)")
        referenced = self.store.referenced_blobs()
        orphans = [name for name in self.vault.blobs.names() if name not in referenced]
        for name in orphans:
            self.vault.blobs.remove(name)
        if orphans:
            done.append(f"removed {len(orphans)} stored file(s) that no record referred to")
        return done

    # --- search ------------------------------------------------------------------------------

    @property
    def index_is_open(self) -> bool:
        """Whether this session has opened the search index (writes then keep it current)."""
        return self._index is not None

    @property
    def index(self) -> SearchIndex:
        """The vault's sealed search index (opened on first use).

        A read-only vault's index is read as it is, or built in memory: search/readonly.py.
        """
        if self._index is None and self.vault.read_only:
            from archive_app.search.readonly import ReadOnlySearchIndex

            count = self.vault.db.execute("SELECT count(*) FROM documents").fetchone()[0]
            self._index = ReadOnlySearchIndex(
                self.vault.index_dir,
                self.vault.subkey(LABEL_INDEX),
                _IndexSource(self.store),
                documents=int(count),
                variants=self.variant_table(),
                notice=self._notice,
            )
        if self._index is None:
            self._index = SearchIndex.encrypted(
                self.vault.index_dir,
                self.vault.subkey(LABEL_INDEX),
                _IndexSource(self.store),
                variants=self.variant_table(),
                notice=self._notice,
            )
        return self._index

    def _notice(self, message: str) -> None:
        self.notices.append(message)
        if self.on_notice is not None:
            self.on_notice(message)
        if self.on_notice_code is not None:
            reason = message.removeprefix("The search index was ").split(";")[0]
            self.on_notice_code(NOTICE_CODES.get(reason, "index-rebuilt"), {})

    def catch_up_index(
        self, *, progress: IndexProgress | None = None, cancel: threading.Event | None = None
    ) -> IndexReport:
        """Bring the index up to the database (rebuilding it if missing or damaged)."""
        return self.index.catch_up(progress=progress, cancel=_flag(cancel))

    def reindex(
        self, *, progress: IndexProgress | None = None, cancel: threading.Event | None = None
    ) -> IndexReport:
        """Rebuild the search index from the database, in bounded memory."""
        self.vault.require_writable("rebuilding the search index")
        return self.index.rebuild(progress=progress, cancel=_flag(cancel))

    def search(
        self,
        query: str,
        *,
        filters: SearchFilters | None = None,
        sort: str = "relevance",
        limit: int = 20,
        page: int = 1,
        exact: bool = False,
        facets: bool = False,
        snippets: bool = True,
        snippet_limit: int | None = None,
    ) -> SearchResults:
        """Search the archive; snippets are made only for the hits returned (with
        ``snippet_limit``, for that many first hits: :meth:`snippets` makes the rest).

        Example::

            archive.search("Lukashenko", filters=SearchFilters(language="be"), facets=True)
        """
        self.catch_up_index()
        text_for = _first_calls(self._text_for, snippet_limit) if snippets else None
        return self.index.search(
            query,
            filters=filters,
            sort=sort,
            limit=limit,
            page=page,
            exact=exact,
            facets=facets,
            text_for=text_for,
        )

    def more_like_this(self, doc_id: str, *, limit: int = 10) -> SearchResults:
        """Documents similar to one document."""
        doc = self.get_document(doc_id)
        self.catch_up_index()
        return self.index.more_like_this(doc.id, doc.text, limit=limit)

    def variant_table(self) -> VariantTable:
        """The shipped name-variant table extended with this vault's own groups."""
        groups = self.store.get_setting("name_variants", [])
        return VariantTable.default().extended(groups)

    def add_name_variants(self, spellings: Sequence[str]) -> None:
        """Record that these spellings are one name (searches use it at once)."""
        cleaned = [s.strip() for s in spellings if s.strip()]
        if len(cleaned) < 2:
            raise UsageError("Give at least two spellings of the same name.")
        self.vault.require_writable("adding name variants")
        groups = self.store.get_setting("name_variants", [])
        groups.append(cleaned)
        self.store.set_setting("name_variants", groups)
        self._variants_changed()

    def remove_name_variants(self, spellings: Sequence[str]) -> None:
        """Forget a group this vault added (the same spellings, in any order or case).

        Raises:
            NotFound: the vault added no such group (shipped groups cannot be removed).
        """
        self.vault.require_writable("removing name variants")
        wanted = {s.strip().casefold() for s in spellings if s.strip()}
        groups: list[list[str]] = self.store.get_setting("name_variants", [])
        kept = [g for g in groups if {s.strip().casefold() for s in g} != wanted]
        if len(kept) == len(groups):
            raise NotFound("This vault added no such group of spellings.")
        self.store.set_setting("name_variants", kept)
        self._variants_changed()

    def _variants_changed(self) -> None:
        # Variant groups are expanded when a query is parsed (the index keeps a cross-script
        # key of every word, not the table), so no re-indexing is needed.
        if self._index is not None:
            self._index.set_variants(self.variant_table())

    def reader(self) -> ArchiveReader:
        """A read-only view for another thread (see :class:`ArchiveReader`)."""
        return ArchiveReader(self)

    def name_variant_groups(self) -> list[list[str]]:
        """The groups this vault added to the shipped variant table."""
        groups: list[list[str]] = self.store.get_setting("name_variants", [])
        return groups

    def _reset_index(self, *, rebuild: bool = False) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
        if rebuild:
            self.reindex()

    # --- exchange ----------------------------------------------------------------------------
    # Thin delegates to archive_app.exchange.service (identity, contacts, bundles, conflicts);
    # imported lazily so opening a vault does not load the bundle code.

    def identity(self) -> Identity:
        """This vault's exchange identity (made on first use)."""
        from archive_app.exchange import service

        return service.get_identity(self)

    def set_identity_name(self, name: str) -> Identity:
        """Rename the identity shown on this vault's card."""
        from archive_app.exchange import service

        self.vault.require_writable("renaming the identity")
        return service.set_identity_name(self, name)

    def contacts(self) -> list[Contact]:
        """The people whose bundles this vault accepts."""
        from archive_app.exchange import service

        return service.load_state(self).contacts

    def add_contact(self, card: Card, *, verified: bool = False) -> Contact:
        """Add a contact from a checked card (``Card.read(path)``)."""
        from archive_app.exchange import service

        self.vault.require_writable("adding a contact")
        return service.add_contact(self, card, verified=verified)

    def verify_contact(self, query: str) -> Contact:
        """Mark a contact verified after comparing fingerprints in person."""
        from archive_app.exchange import service

        self.vault.require_writable("verifying a contact")
        return service.verify_contact(self, query)

    def remove_contact(self, query: str) -> Contact:
        """Remove (revoke) a contact."""
        from archive_app.exchange import service

        self.vault.require_writable("removing a contact")
        return service.remove_contact(self, query)

    def export_bundle(
        self,
        out: Path,
        *,
        to: Sequence[str],
        scope: str = "all",
        value: Any = None,
        redact: bool = False,
        volume_size: int | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ExportReport:
        """Write a signed, encrypted bundle for contacts; see exchange.service.export_bundle."""
        from archive_app.exchange import service
        from archive_app.exchange.volumes import DEFAULT_VOLUME_SIZE

        self.vault.require_writable("exporting a bundle (it records a sequence number)")
        return service.export_bundle(
            self,
            Path(out),
            to=to,
            scope=scope,  # type: ignore[arg-type]
            value=value,
            redact=redact,
            volume_size=volume_size or DEFAULT_VOLUME_SIZE,
            progress=progress,
            cancel=_flag(cancel),
        )

    def receive_bundle(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        accept_unknown: bool = False,
        allow_older: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ReceiveReport:
        """Receive (or with ``dry_run`` only check) a bundle: all of it or nothing."""
        from archive_app.exchange import service

        self.vault.require_writable("receiving a bundle")
        return service.receive_bundle(
            self,
            Path(path),
            dry_run=dry_run,
            accept_unknown=accept_unknown,
            allow_older=allow_older,
            progress=progress,
            cancel=_flag(cancel),
        )

    def conflicts(self) -> list[dict[str, Any]]:
        """Received edits that clash with local ones."""
        from archive_app.exchange import service

        return service.list_conflicts(self)

    def resolve_conflict(self, conflict_id: str, keep: str) -> None:
        """Settle a conflict, keeping ``"mine"`` or ``"theirs"``."""
        from archive_app.exchange import service

        if keep not in ("mine", "theirs"):
            raise UsageError("Keep either 'mine' or 'theirs'.")
        self.vault.require_writable("settling a conflict")
        service.resolve_conflict(self, conflict_id, keep)  # type: ignore[arg-type]


IndexProgress = Callable[[int, int], None]


def _flag(cancel: threading.Event | None) -> Callable[[], bool] | None:
    return cancel.is_set if cancel is not None else None


class _IndexSource:
    """The record store as the search index sees it (search/protocol.py)."""

    def __init__(self, store: RecordStore) -> None:
        self._store = store

    def current_change(self) -> int:
        return self._store.current_change()

    def changes_since(self, counter: int) -> Iterator[tuple[str, int, IndexableDoc | None]]:
        for doc_id, change, doc in self._store.changes_since(counter):
            yield doc_id, change, self.indexable(doc) if doc is not None else None

    @staticmethod
    def indexable(doc: Document) -> IndexableDoc:
        extra = "\n\n".join(a.text for a in doc.attachments if a.text and not a.is_original)
        return IndexableDoc(
            id=doc.id,
            title=doc.title,
            text=doc.text,
            type=doc.type,
            language=doc.language,
            date=doc.date,
            tags=list(doc.tags),
            collection=doc.collections[0] if doc.collections else None,
            has_attachments=bool(doc.attachments),
            attachment_text=extra,
            file_names=[a.name for a in doc.attachments if a.is_original],
        )


class _ReadOnlyIndex(SearchIndex):
    """A searcher over the index's last commit that never writes, catches up or rebuilds.

    A commit of the writer (another thread) can delete the files of the generation a reader
    is opening; a failed read is retried on the newest generation, then reported as
    :class:`IndexUnavailable` (the index is being built or rebuilt).
    """

    RETRIES = 3

    def _get_searcher(self) -> Any:
        old = self._searcher
        searcher = super()._get_searcher()
        if old is not None and searcher is not old:
            old.close()  # Whoosh's refresh() leaves the old generation's files open
        return searcher

    def _guarded(self, fn: Callable[[Any], Any]) -> Any:
        for attempt in range(self.RETRIES):
            try:
                return fn(self._get_searcher())
            except (LetapisError, Cancelled):
                raise
            except Exception:
                self._close()
                self._ix = None
                time.sleep(0.02 * (attempt + 1))
        raise IndexUnavailable("The search index is being built; try again in a moment.")

    def catch_up(self, **_kwargs: Any) -> IndexReport:
        raise UsageError("A reader does not change the search index.")

    def rebuild(self, **_kwargs: Any) -> IndexReport:
        raise UsageError("A reader does not change the search index.")


class ArchiveReader(_Reading):
    """Reads of an open archive on a second thread, while its writer works on the first.

    It has its own SQLite connection (the database is in WAL mode: a reader sees the last
    committed state and neither waits for nor blocks the writer) and its own Whoosh searcher
    over the index's last commit (segments are immutable; a commit only adds a generation).
    It never writes: while the writer imports, searches find what is committed and indexed so
    far. Use it from one thread at a time; :meth:`close` it before the archive.

    Example::

        reader = archive.reader()          # on the writer's thread, then hand it over
        hits = reader.search("Hrodna").hits
        doc = reader.get_document(hits[0].id)
    """

    def __init__(self, archive: Archive) -> None:
        self.vault = archive.vault
        try:
            if archive.read_only:  # nothing may be written, not even a WAL index
                conn = connect_read_only(archive.path / DB_FILE).conn
            else:
                conn = sqlite3.connect(
                    archive.path / DB_FILE, check_same_thread=False, isolation_level=None
                )
            conn.execute("PRAGMA query_only=ON")
            conn.execute("PRAGMA busy_timeout=5000")
        except sqlite3.DatabaseError as exc:
            raise CorruptData(f"{archive.path}: the database cannot be read ({exc})") from None
        self.store = RecordStore(archive.vault)
        self.store.db = sqlite_utils.Database(conn)  # the same records, read on this connection
        self.index = _ReadOnlyIndex(
            EncryptedStorage(self.vault.index_dir, self.vault.subkey(LABEL_INDEX)),
            _IndexSource(self.store),
            variants=archive.variant_table(),
            procs=1,
        )

    def close(self) -> None:
        """Close the searcher and the connection (the archive stays open)."""
        self.index.close()
        self.store.db.conn.close()

    def set_variants(self, variants: VariantTable) -> None:
        """Use a changed name-variant table from the next search on."""
        self.index.set_variants(variants)

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Several reads that see one committed state (a writer may commit in between)."""
        conn = self.store.db.conn
        conn.execute("BEGIN")
        try:
            yield
        finally:
            conn.execute("COMMIT")

    def get_document(self, doc_id: str) -> Document:
        """A document with its text and attachments (a full id)."""
        with self._snapshot():
            return self.store.get_document(doc_id)

    def custody_log(self, doc_id: str) -> list[dict[str, Any]]:
        return self.store.custody_events(doc_id)

    def list_documents(self) -> list[Document]:
        with self._snapshot():
            return list(self.store.iter_documents(with_text=False))

    def search(
        self,
        query: str,
        *,
        filters: SearchFilters | None = None,
        sort: str = "relevance",
        limit: int = 20,
        page: int = 1,
        exact: bool = False,
        facets: bool = False,
        snippets: bool = True,
        snippet_limit: int | None = None,
    ) -> SearchResults:
        """Like :meth:`Archive.search`, over what the index holds now (no catch-up).

        Raises:
            IndexUnavailable: the index is being built or rebuilt.
        """

        return self.index.search(
            query,
            filters=filters,
            sort=sort,
            limit=limit,
            page=page,
            exact=exact,
            facets=facets,
            text_for=_first_calls(self._text_for, snippet_limit) if snippets else None,
        )
