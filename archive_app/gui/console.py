"""The console window of the Windows build, hidden while the window is open.

The standalone program is one console executable (build_spec/letapis.spec): the same
``letapis.exe`` is the command line, the window and the ingest worker, which talks to its
parent over standard input and output. Double-clicked, Windows gives it a console window of
its own, which people took for part of the program and closed (closing it ends the program).
When this process is the console's only user, that is, nobody started it from a terminal,
the window hides the console; started from ``cmd`` or PowerShell, the terminal stays as it is.
Workers share the hidden console, so none of them opens a window either. Where Windows
Terminal hosts consoles (the default on newer Windows 11), GetConsoleWindow gives a stand-in
window and the terminal stays; the user guide says to leave it open. Not tried on Windows
here (no Windows machine in this project's CI): the calls are the documented Win32 ones.

Example::

    hide_own_console()  # before the window shows; does nothing off Windows
"""

from __future__ import annotations

import sys

_SW_HIDE = 0


def hide_own_console() -> bool:
    """Hide the console window if this process alone uses it; True if it was hidden."""
    if sys.platform != "win32":
        return False
    import ctypes

    kernel32 = ctypes.windll.kernel32
    console = kernel32.GetConsoleWindow()
    if not console:
        return False
    users = (ctypes.c_uint32 * 4)()
    if kernel32.GetConsoleProcessList(users, len(users)) != 1:
        return False  # a terminal shares it: leave the person's terminal alone
    ctypes.windll.user32.ShowWindow(console, _SW_HIDE)
    return True
