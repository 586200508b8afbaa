"""Command-line interface over the archive facade."""
