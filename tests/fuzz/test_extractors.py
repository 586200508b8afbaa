"""Fuzzing every extractor through the real sandbox (HOSTILE_CASES G).

Damaged copies of the real corpus files (../shared/corpus/files, every format) go through
the worker process with its memory, CPU and time limits, exactly as an import reads them. A
file may be read or refused with a plain reason ("unreadable"); a reader crash, a bug (an
unexpected exception), a timeout or a memory blow-up on a small file is a finding. A finding
is written to tests/regressions/ (and the test fails); every file kept there runs first.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archive_app.ingest.extractors import ExtractionError, extract_bytes
from archive_app.ingest.sandbox import SandboxedExtractor, SandboxLimits
from tests.fuzz.mutate import REGRESSIONS, fuzz_settings, mutated, regression_inputs

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "files"
#: Generous for a small file on a busy machine, far below what a bomb would take.
LIMITS = SandboxLimits(memory_mb=1024, cpu_seconds=30, wall_seconds=45.0, ocr=False)
MAX_SEED = 400_000
FORMATS = ["docx", "eml", "html", "jpeg", "mbox", "msg", "odt", "pdf", "png", "rtf", "tiff", "txt"]


#: The regression file written in this session per seed name (replaced by smaller ones).
_KEPT: dict[str, Path] = {}


def seeds(fmt: str) -> list[Path]:
    folder = CORPUS / fmt
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.stat().st_size <= MAX_SEED)
    return files[:4]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxedExtractor]:
    with SandboxedExtractor(LIMITS) as extractor:
        yield extractor


def in_process_error(name: str, data: bytes) -> str:
    """The exception type a reader raises in this process (diagnostics for a finding)."""
    try:
        extract_bytes(name, data, ocr=False)
    except ExtractionError:
        return "ExtractionError"
    except Exception as exc:
        return type(exc).__name__
    return "none"


def run_one(sandbox: SandboxedExtractor, name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        outcome = sandbox.extract(path)
    if outcome.ok or outcome.kind == "unreadable":
        return
    # Hypothesis calls this again while it shrinks the input: keep only the smallest.
    REGRESSIONS.mkdir(exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()[:12]
    kept = REGRESSIONS / f"extract-{digest}-{name}"
    earlier = _KEPT.get(name)
    if earlier is None or earlier.stat().st_size > len(data):
        if earlier is not None:
            earlier.unlink(missing_ok=True)
        kept.write_bytes(data)
        _KEPT[name] = kept
    kept = _KEPT[name]
    extra = in_process_error(name, data) if outcome.kind == "bug" else ""
    pytest.fail(f"{name}: {outcome.kind} {extra} (input kept as {kept.name})")


@pytest.mark.parametrize("fmt", FORMATS)
def test_damaged_corpus_files(sandbox: SandboxedExtractor, fmt: str) -> None:
    files = seeds(fmt)
    if not files:
        pytest.skip(f"no {fmt} files in ../shared/corpus")
    originals = {p.name: p.read_bytes() for p in files}

    @fuzz_settings(10)
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sorted(originals)))
        run_one(sandbox, name, data.draw(mutated(originals[name], max_ops=4)))

    check()


@pytest.mark.parametrize("path", regression_inputs("extract-"), ids=lambda p: p.name)
def test_kept_extractor_regressions(sandbox: SandboxedExtractor, path: Path) -> None:
    name = path.name.split("-", 2)[2]
    run_one(sandbox, name, path.read_bytes())
