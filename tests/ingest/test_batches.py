"""Several files in one worker request: each keeps its own limits, outcome and documents."""

from __future__ import annotations

from pathlib import Path

from archive_app.ingest.model import IntakeDefaults, NewDocument
from archive_app.ingest.pipeline import BATCH_FILES, import_paths
from archive_app.ingest.sandbox import ExtractionOutcome, SandboxedExtractor, SandboxLimits

from .conftest import MemorySink


def _notes(folder: Path, names: list[str]) -> list[Path]:
    paths = []
    for n, name in enumerate(names):
        path = folder / name
        path.write_text(f"Сведчанне нумар {n}: затрыманне каля ўніверсама.", encoding="utf-8")
        paths.append(path)
    return paths


def test_a_failing_file_in_a_batch_costs_only_itself(
    tmp_path: Path, fast_limits: SandboxLimits
) -> None:
    names = ["a.txt", "b.segv", "c.txt", "d.hang", "e.txt", "f.spin", "g.txt"]
    paths = _notes(tmp_path, names)
    docs: list[tuple[int, NewDocument]] = []
    outcomes: list[tuple[int, ExtractionOutcome]] = []
    with SandboxedExtractor(fast_limits) as ex:
        ex.extract_many(
            paths,
            on_document=lambda i, doc: docs.append((i, doc)),
            on_done=lambda i, outcome: outcomes.append((i, outcome)),
        )
    assert [i for i, _ in outcomes] == list(range(len(names)))  # each once, in order
    kinds = {names[i]: (o.ok, o.kind) for i, o in outcomes}
    assert kinds == {
        "a.txt": (True, None),
        "b.segv": (False, "crashed"),
        "c.txt": (True, None),
        "d.hang": (False, "timeout"),
        "e.txt": (True, None),
        "f.spin": (False, "timeout"),
        "g.txt": (True, None),
    }
    # Every document belongs to the file it came from.
    assert [(names[i], d.text.split(":")[0]) for i, d in docs] == [
        ("a.txt", "Сведчанне нумар 0"),
        ("c.txt", "Сведчанне нумар 2"),
        ("e.txt", "Сведчанне нумар 4"),
        ("g.txt", "Сведчанне нумар 6"),
    ]


def test_a_batch_without_a_consumer_collects_documents(tmp_path: Path) -> None:
    paths = _notes(tmp_path, ["one.txt", "two.txt"])
    outcomes: dict[int, ExtractionOutcome] = {}
    with SandboxedExtractor(SandboxLimits(ocr=False)) as ex:
        ex.extract_many(paths, on_done=outcomes.__setitem__)
    assert [o.documents[0].text[:17] for _, o in sorted(outcomes.items())] == [
        "Сведчанне нумар 0",
        "Сведчанне нумар 1",
    ]


def test_many_small_files_with_failures_among_them(
    tmp_path: Path, fast_limits: SandboxLimits
) -> None:
    names = [f"{n:03}.txt" for n in range(5 * BATCH_FILES)]
    names[3], names[BATCH_FILES + 1], names[-1] = "003.segv", "bad.abort", "zzz.hang"
    _notes(tmp_path, names)
    sink = MemorySink()
    report = import_paths(sink, [tmp_path], IntakeDefaults(), workers=2, limits=fast_limits)
    assert len(report.added) == len(names) - 3
    unreadable = sorted(Path(p.path).name for p in report.kept_without_text)
    assert unreadable == ["003.segv", "bad.abort", "zzz.hang"]
    for doc in (d for d in sink.documents.values() if d.text):
        n = int(doc.text.split(":")[0].rsplit(" ", 1)[1])
        assert doc.provenance["file"] == names[n]  # never another file's text
