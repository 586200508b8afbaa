"""Process-level protections applied when the CLI or the GUI starts (HOSTILE_CASES J4, A8).

A crash must not write the program's memory — keys, decrypted text — to a core file.
"""

from __future__ import annotations

import sys


def harden_process() -> None:
    """Disable core dumps and mark the process non-dumpable where the OS allows it."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_dumpable = 4
            libc.prctl(pr_set_dumpable, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
