"""The search index of a read-only vault (a write-protected USB stick, a folder of mode 0555).

Nothing may be written to such a vault, so its sealed index cannot catch up with the database
or be rebuilt in place. :class:`ReadOnlySearchIndex` therefore

- uses the sealed index as it is when it is current (its change counter equals the
  database's and it opens);
- otherwise, for a vault of up to :data:`MAX_MEMORY_DOCUMENTS` documents, builds an index in
  memory for the session (:class:`MemoryOnlyStorage`: no file, no temp run, no plaintext on
  any disk) and says so once;
- for a larger vault, searches the older index with a notice that results may miss recent
  changes, or, if there is no usable index, refuses with one line (VaultReadOnly).

Example::

    index = ReadOnlySearchIndex(vault.index_dir, vault.subkey(LABEL_INDEX), store, documents=n)
    index.catch_up()  # writes nothing
"""

from __future__ import annotations

import io
import logging
import os
from typing import Any

from whoosh.filedb.filestore import RamStorage
from whoosh.filedb.structfile import StructFile

from archive_app.errors import LetapisError, VaultReadOnly
from archive_app.search.index import CancelFlag, IndexReport, Progress, SearchIndex
from archive_app.search.protocol import RecordStore
from archive_app.search.storage import EncryptedStorage

__all__ = ["MAX_MEMORY_DOCUMENTS", "MemoryOnlyStorage", "ReadOnlySearchIndex"]

log = logging.getLogger(__name__)

#: Up to this many documents a stale or damaged index is rebuilt in memory (about a minute
#: and ~100 MB here); above it the older index is used as it is, with a notice.
MAX_MEMORY_DOCUMENTS = 10_000


class _KeptBytes(io.BytesIO):
    """A RAM file that stores its bytes however it is closed.

    Whoosh closes posting-pool runs through the raw file, which skips StructFile's onclose:
    with RamStorage's own files those runs would be lost.
    """

    def __init__(self, storage: MemoryOnlyStorage, name: str) -> None:
        super().__init__()
        self._storage = storage
        self._name = name

    def close(self) -> None:
        if not self.closed:
            self._storage.files[self._name] = self.getvalue()
        super().close()


class MemoryOnlyStorage(RamStorage):  # type: ignore[misc]  # whoosh is untyped
    """Whoosh storage wholly in memory, its scratch space included.

    ``RamStorage.temp_storage`` makes a plaintext folder in ``$TMPDIR`` for the posting runs
    of every writer; here the runs stay in memory too.
    """

    def create_file(self, name: str, **kwargs: Any) -> Any:
        return StructFile(_KeptBytes(self, name), name=name)

    def temp_storage(self, name: str | None = None) -> MemoryOnlyStorage:
        return MemoryOnlyStorage()


class ReadOnlySearchIndex(SearchIndex):
    """A search index that never writes to the vault (see the module docstring).

    Args:
        folder: the vault's index folder (read, never created or changed).
        key: the index sub-key.
        store: the record store.
        documents: how many documents the vault holds (decides whether a memory index
            is affordable).
        **kwargs: as for :class:`SearchIndex` (``variants``, ``notice``).
    """

    def __init__(
        self,
        folder: str | os.PathLike[str],
        key: bytes,
        store: RecordStore,
        *,
        documents: int,
        **kwargs: Any,
    ) -> None:
        kwargs["procs"] = 1  # a forked pool writes batches into the index folder
        super().__init__(EncryptedStorage(folder, key), store, **kwargs)
        self.documents = documents
        #: The change counter of an older index accepted as it is (said once per session).
        self._accepted: int | None = None

    @property
    def built_in_memory(self) -> bool:
        """True once the index was built in memory for this session."""
        return isinstance(self.storage, MemoryOnlyStorage)

    def _say(self, message: str) -> None:
        log.warning("%s", message)
        if self.notice is not None:
            self.notice(message)

    def _opens(self) -> bool:
        try:
            self._index().doc_count()
        except LetapisError:
            raise
        except Exception:
            return False
        return True

    def _too_large(self, what: str) -> VaultReadOnly:
        return VaultReadOnly(
            f"this vault is read-only and its search index is {what}; with "
            f"{self.documents} documents it is too large to index in memory: copy the vault "
            "folder to a writable place to search it (reading and showing documents work)."
        )

    def catch_up(
        self, *, progress: Progress | None = None, cancel: CancelFlag | None = None
    ) -> IndexReport:
        """Use the sealed index if current; else build one in memory, or use the older one."""
        if self.built_in_memory:
            return super().catch_up(progress=progress, cancel=cancel)
        if self._accepted is not None:
            return IndexReport(self._accepted, 0)
        state = self._read_state()
        current = self.store.current_change()
        if state is not None and state["applied"] == current and self._opens():
            return IndexReport(current, 0)
        if state is None and not self.storage.list():
            reason = None  # never indexed: build it quietly, as a writable vault would
        elif state is not None and state["applied"] < current and self._opens():
            reason = "older than its documents"
            if self.documents > MAX_MEMORY_DOCUMENTS:
                self._say(
                    "This vault is read-only and its search index is older than its "
                    "documents: results may miss the latest changes."
                )
                self._accepted = state["applied"]
                return IndexReport(state["applied"], 0)
        else:
            reason = "damaged or does not match the database"
        return self._rebuild(reason, progress, cancel)

    def _rebuild(
        self, reason: str | None, progress: Progress | None, cancel: CancelFlag | None
    ) -> IndexReport:
        if not self.built_in_memory:
            if self.documents > MAX_MEMORY_DOCUMENTS:
                raise self._too_large(reason or "missing")
            self._close()
            self.storage = MemoryOnlyStorage()
            if reason is not None:
                self._say(
                    f"This vault is read-only and its search index is {reason}: searching "
                    "an index built in memory for this session (nothing is written)."
                )
        return super()._rebuild(None, progress, cancel)

    def optimize(self) -> None:
        """Nothing to do: a read-only index is never merged in place."""
