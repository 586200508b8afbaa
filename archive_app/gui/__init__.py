"""The Letapis desktop window (PySide6), built over :mod:`archive_app.archive` only.

The only package that imports Qt. Its pieces, one job each:

``app``            start the QApplication (high-DPI, translations, theme, crash hook) and run
``window``         the main window: a stack of screens, menus, lock on Ctrl+L and on idle
``screens``        welcome, create (strength meter), recovery key (shown once), unlock
``vault_view``     the open vault: sidebar, live search with facets, results, reader, details
``reader``         a document's text with every hit highlighted, previous/next hit
``preview``        attachments from memory: text, images, PDF (QtPdf), audio/video (QtMultimedia)
``dialogs``        edit details, import (drop, defaults, progress, cancel, report), settings, about
``models``         item models and the result-row painter (testable without a window)
``session``        the open Archive, touched only on the task runner's worker thread
``tasks``          the ONE task runner: work off the GUI thread, results back by signals
``search_adapter`` the one place that knows how the archive searches
``exchange_menu``  the Exchange menu: owns the dialogs below, routes dropped cards/bundles
``exchange_*``     identity (fingerprint, QR, card, age key), contacts (verify), the send
                   wizard (``exchange_export`` + ``_pages``), receive wizard, conflicts;
                   ``exchange_common``: refusals in plain words, disks (free space, FAT)
``i18n``           language from the system or the settings; ``i18n_build`` makes .ts/.qm
``settings``       preferences only (never content); ``theme``, ``labels``, ``errors``

Run it with ``letapis`` (or ``letapis gui VAULT``, ``letapis demo``).
"""
