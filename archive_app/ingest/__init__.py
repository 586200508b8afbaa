"""Intake: format detection, text and metadata extraction per format, the import pipeline.

Public entry points:

- :func:`archive_app.ingest.pipeline.import_paths` — import files and folders into a
  :class:`~archive_app.ingest.model.DocumentSink` (the archive facade), in sandboxed workers.
- :func:`archive_app.ingest.extractors.extract_file` / ``extract_bytes`` — read one file in
  this process (tests, trusted input).
- :func:`archive_app.ingest.encoding.decode_text`,
  :func:`archive_app.ingest.language.detect_language`.

The data contract with the vault lives in :mod:`archive_app.ingest.model`.
"""
