"""``python -m archive_app`` is the ``letapis`` command."""

from archive_app.cli.main import main

main()
