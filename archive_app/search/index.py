"""The search index service: catch-up from the record store, rebuild, search.

The database is the truth. The index keeps, in a sealed state file beside Whoosh's files,
the last change counter it applied; :meth:`SearchIndex.catch_up` applies what changed since,
in committed batches. A missing, unreadable, foreign or newer-than-the-database index is
rebuilt from the store with a notice, never trusted: it is disposable by design.

A rebuild is a catch-up from nothing: it commits a batch at a time (bounded memory and
temporary disk; segments merged in tiers, :mod:`archive_app.search.merging`) and moves the
counter after each commit, so a rebuild that was stopped or killed resumes from its last
batch on the next catch-up.

Example::

    index = SearchIndex.encrypted(vault_dir / "index", vault.subkey(LABEL_INDEX), store)
    index.catch_up()                       # on opening the vault
    results = index.search("Lukashenko", text_for=lambda id: store.text(id))
    for hit in results.hits:
        print(hit.title, hit.snippet.marked() if hit.snippet else "")
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import re
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from whoosh import query as wq
from whoosh.filedb.filestore import RamStorage

from archive_app.errors import Cancelled, LetapisError
from archive_app.search.collect import SegmentCache
from archive_app.search.merging import tiered
from archive_app.search.protocol import IndexableDoc, RecordStore
from archive_app.search.query import QueryBuilder, SearchFilters
from archive_app.search.results import IndexReport, SearchHit, SearchResults
from archive_app.search.schema import FACET_FIELDS, INDEX_VERSION, build_schema, index_fields
from archive_app.search.searching import did_you_mean, make_hit, run_search, warm_segments
from archive_app.search.snippets import Snippet, make_snippet
from archive_app.search.storage import EncryptedStorage
from archive_app.search.variants import VariantTable

__all__ = [
    "FACET_FIELDS",
    "INDEX_VERSION",
    "CancelFlag",
    "IndexReport",
    "Progress",
    "SearchHit",
    "SearchIndex",
    "SearchResults",
    "build_schema",
]

log = logging.getLogger(__name__)

STATE_FILE = "letapis_state"
_TOC_TEMP = re.compile(r"\.toc\.[0-9.]+\Z")
#: Batches smaller than this are indexed in this process (forking workers costs more).
_MIN_PARALLEL_BATCH = 400

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]


class SearchIndex:
    """A Letapis search index over a Whoosh storage, kept in step with a record store.

    Args:
        storage: where the index lives (:class:`EncryptedStorage` in a vault;
            ``RamStorage`` in tests).
        store: the record store, the truth the index is derived from.
        variants: the name-variant table (default: the shipped one).
        notice: called with one sentence when the index had to be rebuilt.
        limitmb: memory for the indexing pool per writer process.
        procs: writer processes for a rebuild; None picks 2 where workers are forked (the
            key is then never pickled), else 1.
        batch_size, batch_mb: a batch is committed after this many documents or this many
            megabytes of text, whichever comes first (bounds memory and temporary disk,
            and how much a stopped rebuild has to redo).
        merge_fanout: segments of one size tier merged together (:mod:`.merging`).
    """

    def __init__(
        self,
        storage: Any,
        store: RecordStore,
        *,
        variants: VariantTable | None = None,
        notice: Callable[[str], None] | None = None,
        limitmb: int = 64,
        procs: int | None = None,
        batch_size: int = 5000,
        batch_mb: int = 48,
        merge_fanout: int = 8,
    ) -> None:
        self.storage = storage
        self.store = store
        self.variants = variants if variants is not None else VariantTable.default()
        self.notice = notice
        self.limitmb = limitmb
        self.procs = procs if procs is not None else _default_procs()
        self.batch_size = batch_size
        self.batch_bytes = batch_mb << 20
        self.merge_policy = tiered(merge_fanout)
        self.min_parallel_batch = _MIN_PARALLEL_BATCH
        self.schema = build_schema()
        self.queries = QueryBuilder(self.schema, self.variants)
        self._ix: Any = None
        self._searcher: Any = None
        self._segments = SegmentCache()  # facet columns and tag sets per live segment

    @classmethod
    def encrypted(
        cls, folder: str | os.PathLike[str], key: bytes, store: RecordStore, **kwargs: Any
    ) -> SearchIndex:
        """An index in ``folder`` whose files are sealed under ``key``."""
        return cls(EncryptedStorage(folder, key).create(), store, **kwargs)

    @classmethod
    def in_memory(cls, store: RecordStore, **kwargs: Any) -> SearchIndex:
        """An index in memory (tests, previews)."""
        kwargs.setdefault("procs", 1)
        return cls(RamStorage(), store, **kwargs)

    def set_variants(self, variants: VariantTable) -> None:
        """Use another variant table from the next search on (no re-indexing needed:
        variant keys are expanded at query time)."""
        self.variants = variants
        self.queries = QueryBuilder(self.schema, variants)

    # State -------------------------------------------------------------------------------

    def _read_state(self) -> dict[str, Any] | None:
        try:
            with self.storage.open_file(STATE_FILE) as f:
                state = json.loads(f.read(65536))
        except Exception:  # missing, damaged or foreign: all mean "rebuild"
            return None
        if not isinstance(state, dict) or state.get("version") != INDEX_VERSION:
            return None
        if not isinstance(state.get("applied"), int):
            return None
        return state

    def _write_state(self, applied: int) -> None:
        data = json.dumps({"format": "letapis-index", "version": INDEX_VERSION, "applied": applied})
        with self.storage.create_file(STATE_FILE + ".new") as f:
            f.write(data.encode("utf-8"))
        self.storage.rename_file(STATE_FILE + ".new", STATE_FILE)

    @property
    def applied_change(self) -> int:
        """The last change counter applied to the index (-1 if it has none)."""
        state = self._read_state()
        return state["applied"] if state else -1

    def _close(self) -> None:
        if self._searcher is not None:
            with suppress(Exception):
                self._searcher.close()
        self._searcher = None
        self._ix = None

    def close(self) -> None:
        """Release open files and forget cached index data (the index stays on disk)."""
        self._close()
        self._segments.clear()
        drop = getattr(self.storage, "drop_cache", None)
        if drop is not None:
            drop()

    def _index(self) -> Any:
        if self._ix is None:
            self._ix = self.storage.open_index(schema=self.schema)
        return self._ix

    def _get_searcher(self) -> Any:
        if self._searcher is None:
            self._searcher = self._index().searcher()
        else:
            self._searcher = self._searcher.refresh()
        return self._searcher

    # Catch-up and rebuild ----------------------------------------------------------------

    def catch_up(
        self, *, progress: Progress | None = None, cancel: CancelFlag | None = None
    ) -> IndexReport:
        """Apply every change since the index's counter; rebuild if the index is unusable.

        Call on opening the vault and after writes. Idempotent and crash-safe: a batch is
        committed before the counter moves past it, and re-applying a change is harmless.
        """
        started = time.monotonic()
        if isinstance(self.storage, EncryptedStorage):
            self.storage.remove_temp()  # the runs of a writer that was killed
        state = self._read_state()
        current = self.store.current_change()
        reason = None
        if state is None and not self.storage.list():
            return self._rebuild(None, progress, cancel)  # a new index: no notice
        if state is None:
            reason = "missing or unreadable"
        elif state["applied"] > current:
            reason = "newer than the database (restored from an old copy?)"
        else:
            try:
                self._index().doc_count()
            except LetapisError:
                raise
            except Exception:
                reason = "damaged"
        if reason is not None:
            return self._rebuild(reason, progress, cancel)
        assert state is not None
        try:
            applied, count = self._apply_changes(state["applied"], current, progress, cancel)
        except (LetapisError, Cancelled):
            raise
        except Exception as exc:
            log.warning("search index damaged while catching up (%s)", type(exc).__name__)
            return self._rebuild("damaged", progress, cancel)
        return IndexReport(applied, count, seconds=time.monotonic() - started)

    def rebuild(
        self, *, progress: Progress | None = None, cancel: CancelFlag | None = None
    ) -> IndexReport:
        """Build the index anew from the store (``letapis reindex``)."""
        return self._rebuild(None, progress, cancel)

    def _rebuild(
        self, reason: str | None, progress: Progress | None, cancel: CancelFlag | None
    ) -> IndexReport:
        started = time.monotonic()
        if reason is not None:
            message = f"The search index was {reason}; it is being rebuilt from the archive."
            log.warning("%s", message)
            if self.notice is not None:
                self.notice(message)
        self._close()
        self._segments.clear()
        if isinstance(self.storage, EncryptedStorage):
            self.storage.clean(ignore=True)
        else:
            self.storage.clean()
        self._ix = self.storage.create_index(self.schema)
        self._write_state(0)  # an empty index at change 0: a stop from here on resumes
        target = self.store.current_change()
        applied, count = self._apply_changes(0, target, progress, cancel, fresh=True)
        return IndexReport(
            applied, count, rebuilt=True, reason=reason, seconds=time.monotonic() - started
        )

    def _apply_changes(
        self,
        since: int,
        current: int,
        progress: Progress | None,
        cancel: CancelFlag | None,
        *,
        fresh: bool = False,
    ) -> tuple[int, int]:
        """Apply the store's changes after ``since`` in committed batches.

        ``fresh``: the index held nothing when this began, so documents are only added
        (no look-up of an older version) until the store repeats a document.
        Returns the change counter now applied and how many documents were written.
        """
        batch: dict[str, IndexableDoc | None] = {}
        size = 0
        count, last = 0, since
        seen: set[str] = set()
        total = max(1, current - since)

        def commit() -> None:
            nonlocal batch, size, count
            if cancel is not None and cancel():
                raise Cancelled()
            self._apply_batch(
                batch, fresh=fresh, progress=progress, cancel=cancel, done=count, total=total
            )
            count += len(batch)
            self._write_state(last)  # only after the commit: a stop re-applies this batch
            batch, size = {}, 0
            if progress is not None:
                progress(count, total)

        for doc_id, change, doc in self.store.changes_since(since):
            if fresh:
                if doc_id in seen and doc_id not in batch:
                    commit()  # an older version is committed: look documents up from now
                    fresh = False
                seen.add(doc_id)
            batch[doc_id] = doc
            size += _doc_size(doc)
            last = max(last, change)
            if len(batch) >= self.batch_size or size >= self.batch_bytes:
                commit()
        if batch:
            commit()
        applied = max(last, current)
        if applied != last:  # deletions the store left out of a full listing
            self._write_state(applied)
        if progress is not None and fresh:
            progress(count, total)
        return applied, count

    def _writer(self, documents: int) -> Any:
        ix = self._index()
        if self.procs > 1 and documents >= self.min_parallel_batch:
            return ix.writer(procs=self.procs, multisegment=True, limitmb=self.limitmb)
        return ix.writer(limitmb=self.limitmb)

    def _apply_batch(
        self,
        batch: dict[str, IndexableDoc | None],
        *,
        fresh: bool = False,
        progress: Progress | None = None,
        cancel: CancelFlag | None = None,
        done: int = 0,
        total: int = 0,
    ) -> None:
        writer = self._writer(len(batch))
        try:
            for n, (doc_id, doc) in enumerate(batch.items(), start=1):
                if not fresh:
                    writer.delete_by_term("id", doc_id)
                if doc is not None:
                    writer.add_document(**index_fields(doc))
                if n % 500 == 0:
                    if cancel is not None and cancel():
                        raise Cancelled()  # earlier batches stay: the next catch-up resumes
                    if progress is not None:
                        progress(done + n, total)
            writer.commit(mergetype=self.merge_policy)
        except BaseException:
            with suppress(Exception):
                writer.cancel()
            raise

    def optimize(self) -> None:
        """Merge all segments into one (slow; run in the background)."""
        self._index().optimize()

    def verify(self) -> int:
        """Read and authenticate every byte of every index file; return the file count.

        Raises whatever the storage raises on damage (CryptoError for a sealed storage).
        """
        # A TOC is written as "_NAME_N.toc.<time>" and then renamed: a kill in between leaves
        # that temp file behind. Whoosh never reads it, so it is not part of the index.
        names = [n for n in self.storage.list() if not _TOC_TEMP.search(n)]
        drop = getattr(self.storage, "drop_cache", None)
        if drop is not None:
            drop()  # read every byte from disk, not chunks authenticated earlier
        for name in names:
            with self.storage.open_file(name) as f:
                while f.read(1 << 20):
                    pass
        return len(names)

    # Search ------------------------------------------------------------------------------

    def _guarded(self, fn: Callable[[Any], Any]) -> Any:
        """Run ``fn(searcher)``; on a damaged index rebuild once and run it again."""
        try:
            return fn(self._get_searcher())
        except (LetapisError, Cancelled):
            raise
        except Exception as exc:
            if not self.storage.list():  # never built: build it quietly
                self._rebuild(None, None, None)
            else:
                log.warning("search index unreadable (%s)", type(exc).__name__)
                self._rebuild("damaged", None, None)
            return fn(self._get_searcher())

    def search(
        self,
        text: str,
        *,
        filters: SearchFilters | None = None,
        sort: str = "relevance",
        limit: int = 20,
        page: int = 1,
        exact: bool = False,
        facets: bool = False,
        text_for: Callable[[str], str | None] | None = None,
        as_you_type: bool = False,
    ) -> SearchResults:
        """Search the index.

        Args:
            text: a query in Whoosh's language (``Lukashenko``, ``"Кастусь Каліноўскі"``,
                ``title:Minsk AND NOT tags:draft``, ``свабод*``, ``Babaryka~``); blank with
                filters lists the filtered documents.
            filters: type, language, collection, tag, date range, attachments.
            sort: "relevance" or "date" (newest first).
            limit, page: the page of hits to return (1-based).
            exact: no variant matching (as if the query were quoted).
            facets: count matching documents per type, language, collection, tag, year.
            text_for: fetches a hit's text for its snippet (called for returned hits only).
            as_you_type: the last word may be unfinished and also matches as a prefix.
        """
        if sort not in ("relevance", "date"):
            raise ValueError("sort must be 'relevance' or 'date'")
        started = time.monotonic()
        q = self.queries.parse(text, exact=exact, as_you_type=as_you_type)
        flt = self.queries.filter_query(filters)
        if not text.strip():
            q = wq.Every()

        def run(searcher: Any) -> SearchResults:
            return run_search(
                searcher,
                self._segments,
                q,
                flt,
                text=text,
                sort=sort,
                limit=limit,
                page=page,
                facets=facets,
                text_for=text_for,
                started=started,
            )

        result: SearchResults = self._guarded(run)
        return result

    def snippet(self, hit: SearchHit, text: str, width: int = 240) -> Snippet:
        """A snippet for ``hit`` from ``text`` (for a hit that scrolled into view)."""
        return make_snippet(text, hit.matched, width=width)

    def more_like_this(self, doc_id: str, text: str, *, limit: int = 10) -> SearchResults:
        """Documents like ``doc_id``, whose text the caller passes (bodies are not stored)."""
        started = time.monotonic()

        def run(searcher: Any) -> SearchResults:
            docnum = searcher.document_number(id=doc_id)
            if docnum is None:
                return SearchResults([], 0)
            results = searcher.more_like(docnum, "body", text=text, top=limit, numterms=12)
            hits = [make_hit(h.fields(), h.score, frozenset(), None) for h in results]
            return SearchResults(hits, len(hits), seconds=time.monotonic() - started)

        result: SearchResults = self._guarded(run)
        return result

    def suggest(self, text: str) -> str | None:
        """A corrected query for a misspelt one ("did you mean"), or None."""
        result: str | None = self._guarded(lambda s: did_you_mean(s, text))
        return result

    def doc_count(self) -> int:
        """Documents in the index."""
        result: int = self._guarded(lambda s: s.doc_count())
        return result

    def warm(self) -> None:
        """Read now what the first searches of a session would read: the facet and date
        columns, the field lengths ranking needs and the tag sets, per segment.

        They are kept while their segment lives, so only the first search pays for them:
        on the 10k benchmark index a first search with facets took 66 ms, the same search
        again 14. The window calls this on its read lane after unlocking.
        """
        self._guarded(lambda s: warm_segments(s, self._segments))


def _default_procs() -> int:
    # Forked workers inherit the storage (and its key) in memory; spawned ones would get it
    # pickled, which EncryptedStorage refuses. Two processes doubled indexing speed here.
    if sys.platform.startswith("linux") and multiprocessing.get_start_method() == "fork":
        return min(2, os.cpu_count() or 1)
    return 1


def _doc_size(doc: IndexableDoc | None) -> int:
    if doc is None:
        return 0
    return len(doc.text) + len(doc.attachment_text) + len(doc.title)
