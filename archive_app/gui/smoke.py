"""Smoke mode for ``letapis demo``: unlock, wait for the first results, print one line, quit.

Used by the standalone build's test (and anyone checking an install) to prove, without a
person at the keyboard, that the window starts, the demo vault unlocks and the search lists
its documents. Turned on by ``letapis demo --smoke`` or ``LETAPIS_SMOKE_EXIT=1``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from archive_app.gui.window import MainWindow

#: The environment variable that turns smoke mode on (value "1").
SMOKE_ENV = "LETAPIS_SMOKE_EXIT"


def arm(passphrase: str, *, timeout_ms: int = 300_000) -> None:
    """Once the main window shows, unlock it with ``passphrase``; quit when results show.

    Exit code 0 and ``letapis demo: smoke ok …`` on stdout, or exit code 1 and the reason
    on stderr if that has not happened within ``timeout_ms``.

    :param passphrase: the demo vault's passphrase.
    :param timeout_ms: how long to wait for the window, the unlock and the first results.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication), "make_application() first"
    state: dict[str, object] = {"window": None}

    def fail() -> None:
        window = state["window"]
        error = ""
        if isinstance(window, MainWindow):
            error = window.unlock_page.error.text()
        print(
            f"letapis demo: smoke failed: no results within {timeout_ms} ms {error}".strip(),
            file=sys.stderr,
            flush=True,
        )
        app.exit(1)

    def results_shown() -> None:
        window = state["window"]
        assert isinstance(window, MainWindow)
        rows = window.vault_view.model.rowCount()
        print(
            f"letapis demo: smoke ok: window shown, {window.session.path} unlocked, "
            f"{rows} documents listed",
            flush=True,
        )
        # Leave the event loop after this turn; run() then shuts the task runner down.
        QTimer.singleShot(0, app.quit)

    def attach() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, attach)
            return
        window = windows[0]
        state["window"] = window
        window.vault_view.results_shown.connect(results_shown)
        window.unlock(passphrase)

    QTimer.singleShot(0, attach)
    QTimer.singleShot(timeout_ms, fail)
