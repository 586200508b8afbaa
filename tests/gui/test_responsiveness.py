"""The event loop keeps turning while a vault imports 500 files and rebuilds its index."""

from __future__ import annotations

import gc
import time
import warnings
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer

#: Goal from the issue: no stall of the event loop above this (milliseconds); measured
#: 23-27 ms for the import and the rebuild on a 2-core machine, in the whole GUI suite.
#: Above it the test warns; above HARD_LIMIT_MS (a sign that real work moved onto the GUI
#: thread, which shows as whole seconds) it fails. The margin keeps a loaded CI machine
#: from failing the build on scheduling noise.
GOAL_MS = 100
HARD_LIMIT_MS = 250


def settle() -> None:
    """Finish what earlier tests left to the event loop before measuring it.

    Windows and dialogs closed by earlier tests are deleted later, by the event loop that
    runs next: measured here, destroying two main windows and their dialogs (after the
    exchange tests) showed as a 200-700 ms "stall" of an import or a rebuild that had
    nothing to do with it.
    """
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QCoreApplication.processEvents()
    gc.collect()


class StallMeter:
    """A 10 ms QTimer; the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = time.monotonic()
        if self.last:
            self.gaps.append(now - self.last)
        self.last = now

    def __enter__(self) -> StallMeter:
        settle()
        self.last = 0.0
        self.gaps = []
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()

    @property
    def worst_ms(self) -> float:
        return 1000 * max(self.gaps, default=0.0)


def test_event_loop_stall_during_import_and_rebuild(
    qtbot, window, vault_with_docs, tmp_path: Path, unlock, record_property
) -> None:
    unlock(window, vault_with_docs)
    folder = tmp_path / "five_hundred"
    folder.mkdir()
    for i in range(500):
        (folder / f"note_{i:03}.txt").write_text(
            f"Сведка {i} расказвае пра затрыманні ў Гродне і пра Лукашэнку. " * 20,
            encoding="utf-8",
        )
    dialog = window.open_import([folder])
    with StallMeter() as importing:
        with qtbot.waitSignal(dialog.imported, timeout=180000) as blocker:
            dialog.start_button.click()
        # ...and until the refreshed results and sidebar are on screen
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=60000)
    assert len(blocker.args[0].added) == 500
    with (
        StallMeter() as rebuilding,
        qtbot.waitSignal(window.runner.task_finished, timeout=180000),
    ):
        window.session.call(lambda a, _c: a.reindex())
    record_property("stall_import_ms", round(importing.worst_ms, 1))
    record_property("stall_rebuild_ms", round(rebuilding.worst_ms, 1))
    print(
        f"\nlongest event-loop stall: import of 500 files {importing.worst_ms:.0f} ms "
        f"({len(importing.gaps)} ticks), rebuild {rebuilding.worst_ms:.0f} ms"
    )
    for what, worst in (("import", importing.worst_ms), ("rebuild", rebuilding.worst_ms)):
        if worst > GOAL_MS:
            warnings.warn(f"event loop stalled {worst:.0f} ms during {what}", stacklevel=1)
        assert worst <= HARD_LIMIT_MS, f"{what}: the event loop stalled {worst:.0f} ms"
