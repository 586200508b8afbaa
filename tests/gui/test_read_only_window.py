"""A read-only vault in the window (HOSTILE_CASES I7): its stale index is rebuilt in memory,
and the window's searches use that index, not the older one on the stick."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.conftest import mounts  # noqa: F401 — the fixture, for make_read_only
from tests.faults.test_read_only import MARKER, make_read_only, snapshot


@pytest.mark.parametrize("kind", ["mount", "folder-0555"])
def test_window_searches_the_memory_index_of_a_stale_read_only_vault(
    qtbot, window, unlock, request: pytest.FixtureRequest, tmp_path: Path, kind: str
) -> None:
    ro = make_read_only(request, tmp_path, kind, stale=True)
    unlock(window, ro.path)
    view = window.vault_view
    view.search_box.setText(MARKER)
    qtbot.waitUntil(lambda: view.page is not None and view.page.query == MARKER, timeout=30000)
    assert view.page.total == 1, "the document the index on disk has not seen was not found"
    with qtbot.waitSignal(view.document_shown, timeout=10000):
        view.results.setCurrentIndex(view.model.index(0))
    assert view.reader.spans
    window.lock()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30000)
    assert snapshot(ro.source) == ro.before
