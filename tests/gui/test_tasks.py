"""The task runner: results on the GUI thread, one worker thread, invalidation on lock."""

from __future__ import annotations

import threading

import pytest

from archive_app.gui.tasks import TaskRunner


def test_results_arrive_on_the_gui_thread_in_order(qtbot) -> None:
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: list[tuple[int, int, int]] = []
    for i in range(5):
        runner.run_task(
            lambda _c, i=i: (i, threading.get_ident()),
            lambda r: seen.append((r[0], r[1], threading.get_ident())),
        )
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=5000)
    assert [s[0] for s in seen] == [0, 1, 2, 3, 4]
    assert len({s[1] for s in seen}) == 1 and seen[0][1] != gui_thread  # one worker thread
    assert all(s[2] == gui_thread for s in seen)
    runner.shutdown()


def test_errors_go_to_on_error(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom(_c):
        raise ValueError("x")

    with qtbot.waitSignal(runner.task_finished):
        runner.run_task(boom, None, errors.append)
    assert isinstance(errors[0], ValueError)
    runner.shutdown()


def test_progress_and_cancel(qtbot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    values: list[int] = []

    def work(ctx):
        ctx.progress(1)
        started.set()
        while not ctx.cancelled:
            ctx.cancel.wait(0.01)
        return "stopped"

    results: list[str] = []
    task = runner.run_task(work, results.append, progress=values.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: results == ["stopped"], timeout=5000)
    assert values == [1]
    runner.shutdown()


def test_invalidate_drops_late_results(qtbot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    results: list[str] = []
    runner.run_task(lambda _c: gate.wait(5) and "late", results.append)
    runner.invalidate()
    gate.set()
    with qtbot.waitSignal(runner.task_finished):
        pass
    assert results == []
    runner.shutdown()


def test_synchronous_mode_runs_inline() -> None:
    runner = TaskRunner(synchronous=True)
    out: list[int] = []
    runner.run_task(lambda _c: 41 + 1, out.append)
    assert out == [42]
    with pytest.raises(ZeroDivisionError):
        runner.run_task(lambda _c: 1 / 0)
