"""Fixtures for intake tests: an in-memory DocumentSink, sandbox limits, OCR availability."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest

from archive_app.ingest.model import NewDocument
from archive_app.ingest.sandbox import SandboxLimits


class MemorySink:
    """A real, in-memory implementation of the DocumentSink protocol (not a mock).

    It checks what the vault would check: every original's SHA-256 and size against the
    bytes on disk or in memory.
    """

    def __init__(self) -> None:
        self.documents: dict[str, NewDocument] = {}
        self.originals: set[str] = set()

    def has_original(self, sha256: str) -> bool:
        return sha256 in self.originals

    def has_message(self, message_key: str) -> bool:
        return any(d.provenance.get("message_key") == message_key for d in self.documents.values())

    def add_document(self, doc: NewDocument) -> str:
        import hashlib

        for att in doc.attachments:
            data = att.data if att.data is not None else Path(str(att.path)).read_bytes()
            assert hashlib.sha256(data).hexdigest() == att.sha256, att.name
            assert len(data) == att.size, att.name
            if att.is_original:
                self.originals.add(att.sha256)
        doc_id = uuid.uuid4().hex
        self.documents[doc_id] = doc
        return doc_id

    def by_file(self, name: str) -> list[NewDocument]:
        return [d for d in self.documents.values() if d.provenance.get("file") == name]


@pytest.fixture
def sink() -> MemorySink:
    return MemorySink()


@pytest.fixture(scope="session")
def files_dir(corpus_dir: Path) -> Path:
    return corpus_dir / "files"


@pytest.fixture
def fast_limits() -> SandboxLimits:
    """Tight limits so the misbehaving-worker tests finish quickly."""
    return SandboxLimits(memory_mb=512, cpu_seconds=2, wall_seconds=5, ocr=False, test_hooks=True)


def tesseract_installed() -> bool:
    return shutil.which("tesseract") is not None


needs_tesseract = pytest.mark.skipif(not tesseract_installed(), reason="tesseract is not installed")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip this folder's @slow tests unless LETAPIS_SLOW=1 or ``-m slow`` asks for them."""
    if os.environ.get("LETAPIS_SLOW") == "1" or "slow" in (config.getoption("-m") or ""):
        return
    here = Path(__file__).parent
    skip = pytest.mark.skip(reason="slow: set LETAPIS_SLOW=1 or use -m slow")
    for item in items:
        if "slow" in item.keywords and here in Path(str(item.fspath)).parents:
            item.add_marker(skip)
