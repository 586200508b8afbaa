"""Fixtures of the search tests: a real in-memory record store and both storages."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from whoosh.filedb.filestore import RamStorage

from archive_app.search.index import SearchIndex
from archive_app.search.protocol import IndexableDoc
from archive_app.search.storage import EncryptedStorage


class MemoryStore:
    """A real implementation of the RecordStore protocol, kept in memory.

    Every put/delete takes the next change counter; deleted documents stay as tombstones.
    """

    def __init__(self) -> None:
        self.counter = 0
        self.rows: dict[str, tuple[int, IndexableDoc | None]] = {}

    def put(self, doc: IndexableDoc) -> int:
        self.counter += 1
        self.rows[doc.id] = (self.counter, doc)
        return self.counter

    def delete(self, doc_id: str) -> int:
        self.counter += 1
        self.rows[doc_id] = (self.counter, None)
        return self.counter

    def text(self, doc_id: str) -> str | None:
        row = self.rows.get(doc_id)
        return row[1].text if row and row[1] else None

    def current_change(self) -> int:
        return self.counter

    def changes_since(self, counter: int) -> Iterator[tuple[str, int, IndexableDoc | None]]:
        rows = sorted((c, i, d) for i, (c, d) in self.rows.items() if c > counter)
        for change, doc_id, doc in rows:
            yield doc_id, change, doc


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture(params=["ram", "sealed"])
def make_index(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., SearchIndex]:
    """Builds a SearchIndex over RamStorage or EncryptedStorage (same tests for both)."""
    key = os.urandom(32)

    def make(store: MemoryStore, **kwargs: object) -> SearchIndex:
        kwargs.setdefault("procs", 1)
        if request.param == "ram":
            return SearchIndex(RamStorage(), store, **kwargs)  # type: ignore[arg-type]
        storage = EncryptedStorage(tmp_path / "index", key).create()
        return SearchIndex(storage, store, **kwargs)  # type: ignore[arg-type]

    return make
