"""The standalone program's entry point (PyInstaller runs this file as ``__main__``).

``archive_app.cli.main.main`` also serves the ingest sandbox's worker re-invocation
(``letapis --letapis-ingest-worker …``), since a frozen program has no ``python -m``.
"""

import multiprocessing

from archive_app.cli.main import main

if __name__ == "__main__":
    # Whoosh's two-process index writer (Linux, fork) needs nothing more; this keeps any
    # spawn-started multiprocessing child from re-running the command line instead.
    multiprocessing.freeze_support()
    main()
