"""The search index service: schema, catch-up from the record store, rebuild, search.

The database is the truth. The index keeps, in a sealed state file beside Whoosh's files,
the last change counter it applied; :meth:`SearchIndex.catch_up` applies what changed since,
in committed batches. A missing, unreadable, foreign or newer-than-the-database index is
rebuilt from the store with a notice, never trusted: it is disposable by design.

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
from dataclasses import dataclass, field
from typing import Any

from whoosh import fields as wf
from whoosh import sorting
from whoosh.filedb.filestore import RamStorage

from archive_app.errors import Cancelled, LetapisError
from archive_app.search.analysis import (
    WORD_RE,
    detect_language,
    fold_analyzer,
    normalize_word,
    stem_analyzer,
    word_analyzer,
)
from archive_app.search.protocol import IndexableDoc, RecordStore
from archive_app.search.query import QueryBuilder, SearchFilters, parse_date
from archive_app.search.snippets import Snippet, make_snippet
from archive_app.search.storage import EncryptedStorage
from archive_app.search.variants import VariantTable, variant_key

log = logging.getLogger(__name__)

#: Bump when the schema or the analysis changes: an index of another version is rebuilt.
INDEX_VERSION = 1
STATE_FILE = "letapis_state"
FACET_FIELDS = ("type", "language", "collection", "tags", "year")
_TOC_TEMP = re.compile(r"\.toc\.[0-9.]+\Z")
_OPERATORS = frozenset(("and", "or", "not", "andnot", "andmaybe"))

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]


def build_schema() -> Any:
    """The Whoosh schema of a Letapis index (bodies are indexed, never stored)."""
    return wf.Schema(
        id=wf.ID(stored=True, unique=True),
        title=wf.TEXT(analyzer=stem_analyzer(), stored=True),
        body=wf.TEXT(analyzer=stem_analyzer()),
        files=wf.TEXT(analyzer=stem_analyzer()),
        fold=wf.TEXT(analyzer=fold_analyzer(), phrase=False),  # quoted phrases are exact
        words=wf.TEXT(analyzer=word_analyzer(), phrase=False),
        type=wf.ID(stored=True, sortable=True),
        language=wf.ID(stored=True, sortable=True),
        collection=wf.ID(stored=True, sortable=True),
        tags=wf.KEYWORD(stored=True, commas=True, scorable=False),
        year=wf.ID(sortable=True),
        date=wf.DATETIME(sortable=True),
        date_text=wf.STORED(),
        has_attachments=wf.BOOLEAN(stored=True),
        change=wf.NUMERIC(stored=True, bits=64),
        file_names=wf.STORED(),
    )


@dataclass(frozen=True)
class SearchHit:
    """One search result.

    Attributes:
        id, title, type, date, language, collection, tags, files: the document's metadata
            (``date`` as the ISO string the store gave; ``files`` the original file names).
        score: relevance (BM25F; 0 when sorted by date).
        snippet: the highlighted passage, when ``text_for`` was given to the search.
        matched: ``(field, term)`` pairs that matched (to highlight more text later).
    """

    id: str
    title: str
    type: str
    date: str | None
    language: str | None
    score: float
    collection: str | None = None
    tags: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    has_attachments: bool = False
    snippet: Snippet | None = None
    matched: frozenset[tuple[str, str]] = field(default=frozenset(), repr=False)

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``--json`` form of a hit."""
        return {
            "id": self.id,
            "title": self.title,
            "type": self.type,
            "date": self.date,
            "language": self.language,
            "score": round(self.score, 4),
            "snippet": self.snippet.text if self.snippet else None,
            "files": list(self.files),
        }


@dataclass(frozen=True)
class SearchResults:
    """A page of results, the total, facet counts and a did-you-mean suggestion."""

    hits: list[SearchHit]
    total: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class IndexReport:
    """What :meth:`SearchIndex.catch_up` or :meth:`SearchIndex.rebuild` did."""

    applied: int
    documents: int
    rebuilt: bool = False
    reason: str | None = None
    seconds: float = 0.0


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
        batch_size: int = 2000,
    ) -> None:
        self.storage = storage
        self.store = store
        self.variants = variants if variants is not None else VariantTable.default()
        self.notice = notice
        self.limitmb = limitmb
        self.procs = procs if procs is not None else _default_procs()
        self.batch_size = batch_size
        self.schema = build_schema()
        self.queries = QueryBuilder(self.schema, self.variants)
        self._ix: Any = None
        self._searcher: Any = None

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
        """Release open files (the index stays on disk)."""
        self._close()

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
        if isinstance(self.storage, EncryptedStorage):
            self.storage.clean(ignore=True)
        else:
            self.storage.clean()
        ix = self.storage.create_index(self.schema)
        target = self.store.current_change()
        procs = self.procs
        writer = (
            ix.writer(procs=procs, multisegment=True, limitmb=self.limitmb)
            if procs > 1
            else ix.writer(limitmb=self.limitmb)
        )
        count = 0
        seen: set[str] = set()
        late: dict[str, IndexableDoc | None] = {}
        try:
            for doc_id, _change, doc in self.store.changes_since(0):
                if doc_id in seen:  # the store repeated a document: apply after commit
                    late[doc_id] = doc
                    continue
                seen.add(doc_id)
                if doc is None:
                    continue
                writer.add_document(**_fields(doc))
                count += 1
                if count % 500 == 0:
                    if cancel is not None and cancel():
                        raise Cancelled()
                    if progress is not None:
                        progress(count, target)
            writer.commit()
        except BaseException:
            with suppress(Exception):
                writer.cancel()
            with suppress(Exception):
                self.storage.clean()
            raise
        self._ix = None
        if late:
            self._apply_batch(late)
        self._write_state(target)
        if progress is not None:
            progress(count, target)
        return IndexReport(
            target, count, rebuilt=True, reason=reason, seconds=time.monotonic() - started
        )

    def _apply_changes(
        self, since: int, current: int, progress: Progress | None, cancel: CancelFlag | None
    ) -> tuple[int, int]:
        batch: dict[str, IndexableDoc | None] = {}
        applied, count, last = since, 0, since
        for doc_id, change, doc in self.store.changes_since(since):
            batch[doc_id] = doc
            last = max(last, change)
            if len(batch) >= self.batch_size:
                if cancel is not None and cancel():
                    raise Cancelled()
                self._apply_batch(batch)
                count += len(batch)
                applied = last
                self._write_state(applied)
                batch = {}
                if progress is not None:
                    progress(count, current - since)
        if batch:
            self._apply_batch(batch)
            count += len(batch)
        applied = max(last, current)
        if applied != since:
            self._write_state(applied)
        return applied, count

    def _apply_batch(self, batch: dict[str, IndexableDoc | None]) -> None:
        writer = self._index().writer(limitmb=self.limitmb)
        try:
            for doc_id, doc in batch.items():
                writer.delete_by_term("id", doc_id)
                if doc is not None:
                    writer.add_document(**_fields(doc))
            writer.commit()
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
            from whoosh.query import Every

            q = Every()

        def run(searcher: Any) -> SearchResults:
            kwargs: dict[str, Any] = {"filter": flt, "terms": True}
            if sort == "date":
                kwargs["sortedby"] = sorting.FieldFacet("date", reverse=True)
            if facets:
                kwargs["groupedby"] = _facet_spec()
                kwargs["maptype"] = sorting.Count
            results = searcher.search_page(q, max(1, page), pagelen=limit, **kwargs)
            # Whoosh answers a page past the end with the last page; an empty page is what a
            # scrolling list expects.
            past_end = results.pagenum != max(1, page)
            hits = [] if past_end else [self._hit(h, text_for) for h in results]
            facet_counts = _facet_counts(results.results) if facets else {}
            total = len(results.results) if facets else results.total
            suggestion = self._did_you_mean(searcher, text) if total == 0 and text else None
            return SearchResults(hits, total, facet_counts, suggestion, time.monotonic() - started)

        result: SearchResults = self._guarded(run)
        return result

    def _hit(self, hit: Any, text_for: Callable[[str], str | None] | None) -> SearchHit:
        stored = hit.fields()
        matched = frozenset(
            (f, self.schema[f].from_bytes(t) if isinstance(t, bytes) else str(t))
            for f, t in (hit.matched_terms() if hit.results.has_matched_terms() else [])
        )
        snippet = None
        if text_for is not None:
            body = text_for(stored["id"])
            if body:
                snippet = make_snippet(body, matched)
        tags = tuple(t.strip() for t in (stored.get("tags") or "").split(",") if t.strip())
        return SearchHit(
            id=stored["id"],
            title=stored.get("title", ""),
            type=stored.get("type", "other"),
            date=stored.get("date_text"),
            language=stored.get("language"),
            score=float(hit.score or 0.0),
            collection=stored.get("collection"),
            tags=tags,
            files=tuple(stored.get("file_names") or ()),
            has_attachments=bool(stored.get("has_attachments")),
            snippet=snippet,
            matched=matched,
        )

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
            hits = [self._hit(h, None) for h in results]
            return SearchResults(hits, len(hits), seconds=time.monotonic() - started)

        result: SearchResults = self._guarded(run)
        return result

    def suggest(self, text: str) -> str | None:
        """A corrected query for a misspelt one ("did you mean"), or None."""
        result: str | None = self._guarded(lambda s: self._did_you_mean(s, text))
        return result

    def _did_you_mean(self, searcher: Any, text: str) -> str | None:
        reader = searcher.reader()
        changed = False
        pieces: list[str] = []
        last = 0
        for match in WORD_RE.finditer(text):
            raw = match.group()
            word = normalize_word(raw)
            if word in _OPERATORS or text[match.end() : match.end() + 1] == ":":
                continue  # an operator or a field name, not a word to correct
            if len(word) < 3 or reader.doc_frequency("words", word) > 0:
                continue
            if reader.doc_frequency("fold", variant_key(word)) > 0:
                continue  # found in another spelling: not a typo
            maxdist = 1 if len(word) < 6 else 2
            found = searcher.suggest("words", word, limit=1, maxdist=maxdist, prefix=1)
            if found:
                pieces += [text[last : match.start()], found[0]]
                last = match.end()
                changed = True
        if not changed:
            return None
        pieces.append(text[last:])
        return "".join(pieces)

    def doc_count(self) -> int:
        """Documents in the index."""
        result: int = self._guarded(lambda s: s.doc_count())
        return result


def _default_procs() -> int:
    # Forked workers inherit the storage (and its key) in memory; spawned ones would get it
    # pickled, which EncryptedStorage refuses. Two processes doubled indexing speed here.
    if sys.platform.startswith("linux") and multiprocessing.get_start_method() == "fork":
        return min(2, os.cpu_count() or 1)
    return 1


def _fields(doc: IndexableDoc) -> dict[str, Any]:
    """The Whoosh fields of one document."""
    body = doc.text if not doc.attachment_text else f"{doc.text}\n\n{doc.attachment_text}"
    names = " ".join(doc.file_names)
    moment = parse_date(doc.date)
    out: dict[str, Any] = {
        "id": doc.id,
        "title": doc.title or "",
        "body": body,
        "files": names,
        "fold": f"{doc.title}\n{body}\n{names}",
        "words": f"{doc.title}\n{body}\n{names}",
        "type": doc.type or "other",
        "language": doc.language or detect_language(body) or "und",
        "has_attachments": bool(doc.has_attachments),
        "file_names": list(doc.file_names),
        "date_text": doc.date,
    }
    if doc.collection:
        out["collection"] = doc.collection
    tags = [t.replace(",", " ").strip() for t in doc.tags if t and t.strip()]
    if tags:
        out["tags"] = ",".join(tags)
    if moment is not None:
        out["date"] = moment
        out["year"] = f"{moment.year:04d}"
    return out


def _facet_spec() -> dict[str, Any]:
    return {
        "type": sorting.FieldFacet("type"),
        "language": sorting.FieldFacet("language"),
        "collection": sorting.FieldFacet("collection"),
        "tags": sorting.FieldFacet("tags", allow_overlap=True),
        "year": sorting.FieldFacet("year"),
    }


def _facet_counts(results: Any) -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for name in FACET_FIELDS:
        groups = results.groups(name)
        pairs = [(str(k), int(n)) for k, n in groups.items() if k not in (None, "", b"")]
        pairs.sort(key=lambda kv: (-kv[1], kv[0]))
        out[name] = pairs
    return out
