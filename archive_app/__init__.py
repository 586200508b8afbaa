"""Letapis: an offline, encrypted archive for civil society.

``__version__`` is the one place the program's version is written: pyproject.toml reads it
(``[tool.setuptools.dynamic]``), ``letapis --version`` and the window show it, and the
standalone build's file names follow it. The vault and bundle format versions live with the
code that reads them (``archive_app.crypto.keys.FORMAT_VERSION``,
``archive_app.exchange.manifest.BUNDLE_VERSION``).
"""

__version__ = "0.1.0"
