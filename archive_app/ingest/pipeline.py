"""The import pipeline: files and folders in, documents delivered to a sink, a report out.

Walks the chosen paths, hashes each file (SHA-256) and skips those already in the vault,
extracts in parallel in sandboxed workers (:mod:`archive_app.ingest.sandbox`), and hands each
document to ``sink.add_document`` from the calling thread only (one writer). Every file the
person chose is kept as an original attachment, readable or not; what could not be read is
reported by name with a plain reason. At most a few results are in flight at any time, so the
parent's memory does not grow with the size of the import.

Example::

    report = import_paths(archive, [Path("~/Evidence").expanduser()], IntakeDefaults(),
                          progress=print_progress, cancel=stop_event)
    for problem in report.kept_without_text:
        print(f"{problem.path}: {problem.reason}")
"""

from __future__ import annotations

import hashlib
import os
import queue
import stat
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from archive_app.errors import LetapisError
from archive_app.ingest.extractors.common import guess_mime
from archive_app.ingest.extractors.telegram import EXPORT_MEDIA_DIRS, is_telegram_export_dir
from archive_app.ingest.model import (
    DocumentSink,
    IntakeDefaults,
    IntakeProblem,
    IntakeProgress,
    IntakeReport,
    NewAttachment,
    NewDocument,
    ProgressCallback,
)
from archive_app.ingest.sandbox import (
    REASONS,
    ExtractionOutcome,
    SandboxedExtractor,
    SandboxLimits,
)

__all__ = ["DEFAULT_WORKERS", "DocumentBatch", "import_paths", "walk_paths"]

#: Two workers: both cores of a typical laptop, and the GUI thread still gets time.
DEFAULT_WORKERS = 2
#: Files handed to a worker in one request: at most this many, and no more once their sizes
#: add up to BATCH_BYTES (a large file goes alone or last).
BATCH_FILES = 8
BATCH_BYTES = 256 * 1024
_JUNK_NAMES = frozenset(
    {".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r", ".localized",
     ".directory", "__macosx", ".spotlight-v100", ".trashes", ".fseventsd",
     ".temporaryitems", "$recycle.bin", "system volume information"}
)  # fmt: skip
#: Formats whose documents have no text by nature: not reported as "kept without text".
_MEDIA_FORMATS = frozenset({"image", "audio", "video"})
_HASH_CHUNK = 1 << 20
_MAX_DEPTH = 200


@dataclass(frozen=True)
class _File:
    path: Path
    size: int


def _is_junk(name: str) -> bool:
    low = name.lower()
    return low in _JUNK_NAMES or name.startswith(("._", "~$")) or name.startswith(".")


def _inside(path: Path, root: Path) -> bool:
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        return False
    return resolved == root or root in resolved.parents


def walk_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield the files to import under ``paths``, in a stable order.

    A file named directly is always taken. In folders: vaults (``*.letapis``), hidden files
    and OS junk (.DS_Store, Thumbs.db, AppleDouble ``._`` files …) are skipped, symlinks are
    followed only when they point to a file inside the folder, and a Telegram Desktop export
    contributes its ``result.json`` (or its ``messages*.html`` pages) with its media as
    attachments, not as separate files.

    :param paths: files and folders the person chose.
    """
    for path, _size in _walk_files(paths):
        yield path


def _walk_files(paths: Iterable[Path]) -> Iterator[tuple[Path, int]]:
    """:func:`walk_paths` with each file's size, from one directory scan (no extra stat)."""
    for chosen in paths:
        chosen = Path(chosen)
        try:
            info = chosen.stat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            yield chosen, info.st_size
        elif stat.S_ISDIR(info.st_mode):
            yield from _walk_dir(chosen, chosen.resolve(), 0)


def _walk_dir(folder: Path, root: Path, depth: int) -> Iterator[tuple[Path, int]]:
    if depth > _MAX_DEPTH:
        return
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError:
        return
    names = {e.name for e in entries}
    telegram = bool(names & {"result.json", "messages.html"}) and is_telegram_export_dir(folder)
    files: list[tuple[Path, int]] = []
    subdirs: list[Path] = []
    for entry in entries:
        name = entry.name
        if _is_junk(name):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                # A vault inside the chosen folder is sealed data, not evidence to import.
                if not name.endswith(".letapis") and not (telegram and name in EXPORT_MEDIA_DIRS):
                    subdirs.append(Path(entry.path))
            elif entry.is_symlink():
                path = Path(entry.path)
                # A link out of the chosen folder is not what was chosen.
                if _inside(path, root) and path.is_file():
                    files.append((path, path.stat().st_size))
            elif entry.is_file(follow_symlinks=False):
                files.append((Path(entry.path), entry.stat(follow_symlinks=False).st_size))
        except OSError:
            continue
    if telegram:
        if "result.json" in names:
            files = [f for f in files if f[0].name == "result.json"]
        else:
            files = [
                f for f in files if f[0].name.startswith("messages") and f[0].suffix == ".html"
            ]
    yield from files
    for sub in subdirs:
        yield from _walk_dir(sub, root, depth + 1)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _apply_defaults(doc: NewDocument, defaults: IntakeDefaults) -> None:
    if defaults.type is not None:
        doc.type = defaults.type
    if defaults.collection is not None:
        doc.collection = defaults.collection
    if defaults.source is not None:
        doc.source = defaults.source
    if defaults.date is not None:
        doc.date = defaults.date
    if defaults.language is not None:
        doc.language = defaults.language
    for tag in defaults.tags:
        if tag not in doc.tags:
            doc.tags.append(tag)


def _attachments_stay_home(doc: NewDocument, source: Path) -> bool:
    """A worker may name files (Telegram media) only inside the source file's folder."""
    if all(a.path is None for a in doc.attachments):
        return True
    home = source.parent.resolve()
    return all(a.path is None or _inside(a.path, home) for a in doc.attachments)


def _original_of(item: _File, sha: str) -> NewAttachment:
    """The chosen file as its document's original (size from the walk: no second stat)."""
    return NewAttachment(
        name=item.path.name,
        sha256=sha,
        size=item.size,
        mime=guess_mime(item.path.name),
        path=item.path,
        is_original=True,
    )


def _original(state: _Pending) -> NewAttachment:
    return _original_of(state.item, state.sha)


def _fallback_document(item: _File, sha: str, fmt: str, reason: str) -> NewDocument:
    """The file kept as evidence when no text could be read from it."""
    return NewDocument(
        title=item.path.name,
        text="",
        type="evidence",
        metadata={"unreadable": reason, "format": fmt or "unknown", "size": item.size},
        attachments=[_original_of(item, sha)],
        provenance={"file": item.path.name, "sha256": sha, "format": fmt or "unknown"},
    )


def _no_text_reason(doc: NewDocument) -> str | None:
    """A reason when a document from a readable file has no text, unless that is its nature."""
    if doc.provenance.get("format") in _MEDIA_FORMATS:
        return None
    if doc.text.strip() or any(a.text or not a.is_original for a in doc.attachments):
        return None  # text, or an attachment's text, or media (a Telegram photo message)
    if doc.metadata.get("pages_without_text"):
        return (
            "no text was read: its pages are images, and OCR is off or Tesseract is not installed"
        )
    return "no text was found in it"


class DocumentBatch(Protocol):
    """The sink's documents not yet made durable (``RecordStore.intake_batch`` gives one).

    When a sink stores documents in batches, what it returned from ``add_document`` is kept
    only once the batch is committed; the pipeline commits it when :meth:`due`, when the
    import ends or is cancelled, and reports the documents of a batch that failed.
    """

    def due(self) -> bool:
        """True once the batch should be committed (enough documents, bytes or time)."""
        ...

    def commit(self) -> object:
        """Make the batch durable; raise LetapisError or OSError if nothing of it was kept."""
        ...


class _Uncommitted:
    """The report's entries for documents the sink holds but has not yet committed."""

    def __init__(self, batch: DocumentBatch | None, report: IntakeReport) -> None:
        self.batch = batch
        self.report = report
        self.docs: list[tuple[str, str]] = []  # (label, document id)
        self.originals: list[_Pending] = []  # files whose original travels in the batch

    def note(self, label: str, doc_id: str, carried_original: _Pending | None) -> None:
        if self.batch is None:
            return
        self.docs.append((label, doc_id))
        if carried_original is not None:
            self.originals.append(carried_original)

    def commit(self, *, now: bool = False) -> None:
        """Commit the batch when due (or ``now``); on failure report its documents failed."""
        if self.batch is None or not (now or self.batch.due()):
            return
        docs, originals = self.docs, self.originals
        self.docs, self.originals = [], []
        try:
            self.batch.commit()
        except (LetapisError, OSError) as exc:
            lost = {doc_id for _label, doc_id in docs}
            report = self.report
            report.added[:] = [d for d in report.added if d not in lost]
            report.kept_without_text[:] = [
                p for p in report.kept_without_text if p.document_id not in lost
            ]
            report.warnings[:] = [
                p for p in report.warnings if p.document_id is None or p.document_id not in lost
            ]
            for label, _doc_id in docs:
                report.failed.append(
                    IntakeProblem(
                        label,
                        f"it could not be stored: {exc}",
                        code="store-failed",
                        params=_why(exc),
                    )
                )
            for state in originals:
                state.original_sent = False  # a later document of the file carries it again


class _Stop(Exception):
    """Raised in a pool thread when the import stops while it waits to hand over a result."""


@dataclass
class _Pending:
    """A file being read: what has arrived for it so far."""

    item: _File
    sha: str
    documents: int = 0
    original_sent: bool = False
    rejected: int = 0
    #: Chat messages skipped because the vault already holds them.
    present: int = 0


Event = tuple[str, int, object]


class _Workers:
    """A thread pool in which each thread owns one sandboxed worker process.

    Documents travel to the importing thread through one bounded queue as they arrive, so a
    chat export of 50,000 messages is never held whole; a full queue makes the pool thread,
    and through the pipe the worker, wait (back-pressure).
    """

    def __init__(self, count: int, limits: SandboxLimits) -> None:
        self._limits = limits
        self._local = threading.local()
        self._all: list[SandboxedExtractor] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.events: queue.Queue[Event] = queue.Queue(maxsize=8 * count)
        self.pool = ThreadPoolExecutor(max_workers=count, thread_name_prefix="letapis-intake")

    def _extractor(self) -> SandboxedExtractor:
        ex: SandboxedExtractor | None = getattr(self._local, "ex", None)
        if ex is None:
            ex = SandboxedExtractor(self._limits)
            self._local.ex = ex
            with self._lock:
                self._all.append(ex)
        return ex

    def _put(self, event: Event) -> None:
        while True:
            try:
                self.events.put(event, timeout=0.1)
                return
            except queue.Full:
                if self._stopping.is_set():
                    raise _Stop from None

    def _job(self, batch: list[tuple[int, Path]]) -> None:
        done = 0
        # A file's last document travels with its outcome: one hand-over (and one wake-up of
        # the importing thread) per file of one document, the common case.
        held: list[tuple[int, NewDocument]] = []

        def arrived(index: int, doc: NewDocument) -> None:
            if held:
                earlier, earlier_doc = held.pop()
                self._put(("doc", batch[earlier][0], earlier_doc))
            held.append((index, doc))

        def finished(index: int, outcome: ExtractionOutcome) -> None:
            nonlocal done
            last = held.pop()[1] if held and held[0][0] == index else None
            self._put(("done", batch[index][0], (last, outcome)))
            done = index + 1
            if self._stopping.is_set():
                raise _Stop  # cancelled: the rest of the batch is not started

        try:
            try:
                self._extractor().extract_many(
                    [path for _key, path in batch], on_document=arrived, on_done=finished
                )
            except _Stop:
                raise
            except Exception as exc:  # a bug on our side: the files are reported, never hang
                outcome = ExtractionOutcome(
                    False, kind="bug", reason=f"{REASONS['bug']} ({type(exc).__name__})"
                )
                for key, _path in batch[done:]:
                    last = held.pop()[1] if held else None
                    self._put(("done", key, (last, outcome)))
        except _Stop:
            return

    def submit(self, batch: list[tuple[int, Path]]) -> None:
        """Hand a worker several files at once: it goes from one to the next without waiting."""
        self.pool.submit(self._job, batch)

    def close(self, *, kill: bool) -> None:
        self._stopping.set()
        if kill:
            # Cancelled: stop the workers now; threads waiting on them see a dead pipe.
            with self._lock:
                for ex in self._all:
                    ex.close_now()
        self.pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            for ex in self._all:
                ex.close()


def import_paths(
    sink: DocumentSink,
    paths: Iterable[Path],
    defaults: IntakeDefaults,
    *,
    again: bool = False,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    limits: SandboxLimits | None = None,
    document_batch: DocumentBatch | None = None,
) -> IntakeReport:
    """Import files and folders into ``sink``.

    :param sink: where documents go (the archive facade); called from this thread only.
    :param paths: files and folders the person chose.
    :param defaults: metadata set for the whole import (overrides what was guessed).
    :param again: import files even if an original with the same SHA-256 is already stored.
    :param workers: worker processes (default :data:`DEFAULT_WORKERS`).
    :param progress: called after each file with files and bytes done and in total.
    :param cancel: set it to stop; files already added stay, the rest is not started.
    :param limits: sandbox limits (memory, CPU, wall time, OCR).
    :param document_batch: the sink's batch, when it stores documents in batches (see
        :class:`DocumentBatch`): committed when due, at the end and on cancel.
    :returns: the report: documents added, files already present, kept without text, failed,
        and warnings (read, but damaged).
    """
    report = IntakeReport()
    uncommitted = _Uncommitted(document_batch, report)
    chosen = [Path(p) for p in paths]
    for path in chosen:
        if not path.exists():
            report.failed.append(IntakeProblem(str(path), "it does not exist", code="missing"))
    files = [_File(path, size) for path, size in _walk_files(chosen)]
    files_total = len(files)
    bytes_total = sum(f.size for f in files)
    files_done = bytes_done = 0
    count = max(1, workers if workers is not None else min(DEFAULT_WORKERS, os.cpu_count() or 1))
    pool = _Workers(count, limits or SandboxLimits())
    pending: dict[int, _Pending] = {}
    in_flight = 2 * count * BATCH_FILES
    todo = iter(enumerate(files))
    exhausted = False

    def tick(item: _File) -> None:
        nonlocal files_done, bytes_done
        files_done += 1
        bytes_done += item.size
        if progress is not None:
            progress(
                IntakeProgress(files_done, files_total, bytes_done, bytes_total, item.path.name)
            )

    try:
        while True:
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            # Keep every worker busy plus one batch queued each: bounded memory, no idling.
            batch: list[tuple[int, Path]] = []
            batch_bytes = cap = 0
            while not exhausted and len(pending) + BATCH_FILES - len(batch) <= in_flight:
                nxt = next(todo, None)
                if nxt is None:
                    exhausted = True
                    break
                key, item = nxt
                try:
                    sha = _sha256(item.path)
                except OSError:
                    report.failed.append(
                        IntakeProblem(str(item.path), "it could not be read", code="unreadable")
                    )
                    tick(item)
                    continue
                if not again and sink.has_original(sha):
                    report.already_present.append(str(item.path))
                    tick(item)
                    continue
                pending[key] = _Pending(item, sha)
                if not batch:
                    # Near the end, smaller batches: no worker idles while another has many.
                    cap = max(1, min(BATCH_FILES, (files_total - key) // (2 * count)))
                batch.append((key, item.path))
                batch_bytes += item.size
                # Small files travel together (one request, no idle worker between them);
                # a large one closes its batch, so it never waits behind many others.
                if len(batch) >= cap or batch_bytes >= BATCH_BYTES:
                    pool.submit(batch)
                    batch, batch_bytes = [], 0
            if batch:
                pool.submit(batch)
            if not pending:
                break
            try:
                kind, key, payload = pool.events.get(timeout=0.2)
            except queue.Empty:
                uncommitted.commit()  # a slow file: what came before it does not wait
                continue
            state = pending[key]
            if kind == "doc":
                assert isinstance(payload, NewDocument)
                _deliver(sink, state, payload, defaults, report, uncommitted, again=again)
            else:
                assert isinstance(payload, tuple)
                last, outcome = payload
                if last is not None:
                    _deliver(sink, state, last, defaults, report, uncommitted, again=again)
                _finish(sink, state, outcome, defaults, report, uncommitted)
                del pending[key]
                tick(state.item)
            uncommitted.commit()
        uncommitted.commit(now=True)  # the end, or a cancel: what was done is kept
    except BaseException:
        pool.close(kill=True)  # a failing sink or progress callback: stop the workers now
        raise
    pool.close(kill=report.cancelled)
    return report


def _deliver(
    sink: DocumentSink,
    state: _Pending,
    doc: NewDocument,
    defaults: IntakeDefaults,
    report: IntakeReport,
    uncommitted: _Uncommitted,
    *,
    again: bool = False,
) -> None:
    """Hand one document to the sink and record it in the report.

    A chat message already in the vault (same chat, same message id: an export imported
    twice, or a later export of the same chat) is skipped and counted as already present,
    unless ``again`` asks for copies.
    """
    name = str(state.item.path)
    part = doc.provenance.get("part")
    label = f"{name} ({part})" if part else name
    key = doc.provenance.get("message_key")
    if not again and isinstance(key, str) and key and sink.has_message(key):
        state.present += 1
        report.already_present.append(label)
        return
    if not _attachments_stay_home(doc, state.item.path):
        state.rejected += 1
        report.warnings.append(IntakeProblem(label, REASON_BAD_ATTACHMENT, code="bad-attachment"))
        return
    doc.provenance = {**doc.provenance, "file": state.item.path.name, "sha256": state.sha}
    if not state.original_sent:
        doc.attachments.insert(0, _original(state))
    else:
        # The original is stored once, with the first document; the others point to it.
        doc.provenance["original_with"] = "the first document of the same file"
    _apply_defaults(doc, defaults)
    try:
        doc_id = sink.add_document(doc)
    except (LetapisError, OSError) as exc:
        report.failed.append(
            IntakeProblem(
                label, f"it could not be stored: {exc}", code="store-failed", params=_why(exc)
            )
        )
        return
    uncommitted.note(label, doc_id, None if state.original_sent else state)
    state.original_sent = True
    state.documents += 1
    no_text = _no_text_reason(doc)
    if no_text is not None:
        report.kept_without_text.append(
            IntakeProblem(name, no_text, doc_id, code="no-text", params={"detail": no_text})
        )
    else:
        report.added.append(doc_id)
    damaged = doc.metadata.get("damaged")
    if isinstance(damaged, str) and damaged:
        report.warnings.append(
            IntakeProblem(
                label, damaged[:300], doc_id, code="damaged", params={"detail": damaged[:300]}
            )
        )


def _finish(
    sink: DocumentSink,
    state: _Pending,
    outcome: ExtractionOutcome,
    defaults: IntakeDefaults,
    report: IntakeReport,
    uncommitted: _Uncommitted,
) -> None:
    """Close a file: keep it as evidence if nothing carried its original, report partials."""
    name = str(state.item.path)
    if state.original_sent:
        if not outcome.ok:
            why = outcome.reason.removeprefix("could not be read: ")
            report.warnings.append(
                IntakeProblem(
                    name, f"only part of it was read: {why}", code="partial", params={"detail": why}
                )
            )
        return
    if outcome.ok and state.present and not state.rejected:
        return  # a re-exported chat with nothing new: every message is already present
    if not outcome.ok:
        reason, code = outcome.reason, "unreadable"
    elif state.rejected:
        reason, code = REASON_BAD_ATTACHMENT, "bad-attachment"
    else:
        reason, code = "no documents were found in it", "no-documents"
    fallback = _fallback_document(state.item, state.sha, outcome.format, reason)
    _apply_defaults(fallback, defaults)
    try:
        doc_id = sink.add_document(fallback)
    except (LetapisError, OSError) as exc:
        report.failed.append(
            IntakeProblem(
                name,
                f"{reason}; it could not be kept: {exc}",
                code="store-failed",
                params=_why(exc),
            )
        )
        return
    uncommitted.note(name, doc_id, None)
    report.kept_without_text.append(
        IntakeProblem(name, reason, doc_id, code=code, params={"detail": reason})
    )


REASON_BAD_ATTACHMENT = "could not be read: the reader named files outside the file's folder"


def _why(exc: BaseException) -> dict[str, str]:
    """The params of a "store-failed" problem: the error's code (for a translated line)."""
    return {"error": exc.code if isinstance(exc, LetapisError) else "storage"}
