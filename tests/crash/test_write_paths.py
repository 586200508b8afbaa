"""Every write path killed with SIGKILL at random moments (HOSTILE_CASES B8, H3, I1, I2).

add, edit, delete, reindex, export and receive each run in a child process that is killed at
a random moment, ``LETAPIS_CRASH_RUNS`` times (default 20). Passphrase change has its own test
(test_passphrase_crash.py), and the CLI import its own (test_add_crash.py).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from archive_app.archive import Archive
from archive_app.exchange import service
from archive_app.ingest.model import NewDocument
from tests.conftest import PASSPHRASE
from tests.crash.harness import (
    MARKER,
    RUNS,
    Zygote,
    assert_vault_sound,
    attachment,
    copy_vault,
    crash_loop,
    populate,
)

#: Documents in the exchanged vault (a bundle is received wholly or not at all).
EXCHANGED = 6

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def original_of(archive: Archive, doc_id: str) -> bytes:
    doc = archive.get_document(doc_id)
    (att,) = doc.attachments
    out = io.BytesIO()
    archive.export_attachment(att.id, out)
    return out.getvalue()


def test_edit_killed_at_random_moments(tmp_path: Path) -> None:
    vault = tmp_path / "v.letapis"
    with Archive.create(vault, PASSPHRASE)[0] as archive:
        originals = populate(archive, 5)
    ids = list(originals)
    rounds: list[int] = []
    zygote = Zygote(tmp_path / "home")

    def one_run(_i: int, delay: float) -> None:
        start = rounds[-1] if rounds else 0
        zygote.run("edit", vault, {"ids": ids, "index": True, "start": start}, delay)
        assert_vault_sound(vault)
        with Archive.open(vault, PASSPHRASE) as archive:
            seen = []
            for doc_id in ids:
                doc = archive.get_document(doc_id)
                n = int(doc.title.split()[-1])
                assert doc.text == f"Body {n} {MARKER}", "title and text from different edits"
                assert original_of(archive, doc_id) == originals[doc_id]
                seen.append(n)
            # Documents are edited in order: a later one is never ahead of an earlier one.
            assert seen == sorted(seen, reverse=True)
            rounds.append(seen[0])

    with zygote:
        crash_loop(RUNS, lambda rng: rng.uniform(0.0, 0.5), one_run)
    zygote.assert_no_leaks(vault)
    assert rounds[-1] > 0, "no edit ever completed"
    with Archive.open(vault, PASSPHRASE) as archive:  # editing again works
        archive.update_document(ids[0], {"title": "Final"})
        assert archive.search("Final").total == 1
    assert_vault_sound(vault, deep=True)


def test_delete_killed_at_random_moments(tmp_path: Path) -> None:
    template = tmp_path / "template.letapis"
    with Archive.create(template, PASSPHRASE)[0] as archive:
        originals = populate(archive, 12)
    ids = list(originals)
    zygote = Zygote(tmp_path / "home")
    span = zygote.timed("delete", copy_vault(template, tmp_path / "probe.letapis"), {"ids": ids})
    remaining_counts: list[int] = []

    def one_run(i: int, delay: float) -> None:
        vault = copy_vault(template, tmp_path / "run.letapis")
        zygote.run("delete", vault, {"ids": ids}, delay)
        assert_vault_sound(vault)
        with Archive.open(vault, PASSPHRASE) as archive:
            left = [d.id for d in archive.list_documents()]
            # Deletion goes in order: what is left is a tail of the list, each one intact.
            assert left == ids[len(ids) - len(left) :]
            for doc_id in left:
                assert original_of(archive, doc_id) == originals[doc_id]
            deleted = {e["subject"] for e in archive.custody_log() if e["action"] == "delete"}
            assert deleted == set(ids) - set(left)
            remaining_counts.append(len(left))
            for doc_id in left:  # deleting again finishes the job
                archive.delete_document(doc_id)
            assert list(archive.vault.blobs.names()) == []
        if i % 4 == 0:  # the re-run leaves a sound vault too (checked now and then: cost)
            assert_vault_sound(vault)

    with zygote:
        crash_loop(RUNS, lambda rng: rng.uniform(0.0, span), one_run)
    zygote.assert_no_leaks(tmp_path / "run.letapis", tmp_path / "probe.letapis")
    assert len(set(remaining_counts)) > 1, "every kill landed at the same point"


def test_add_killed_at_random_moments(tmp_path: Path) -> None:
    template = tmp_path / "template.letapis"
    Archive.create(template, PASSPHRASE)[0].close()
    count = 8
    zygote = Zygote(tmp_path / "home")
    span = zygote.timed(
        "add", copy_vault(template, tmp_path / "probe.letapis"), {"count": count, "start": 0}
    )

    def one_run(run: int, delay: float) -> None:
        vault = copy_vault(template, tmp_path / "run.letapis")
        zygote.run("add", vault, {"count": count, "start": 0}, delay)
        assert_vault_sound(vault)
        with Archive.open(vault, PASSPHRASE) as archive:
            titles = [d.title for d in archive.list_documents()]
            assert titles == [f"Added {i}" for i in range(len(titles))]
            for doc in archive.list_documents():
                i = int(doc.title.split()[-1])
                expected = f"original {i} {MARKER}".encode() * 2000
                assert original_of(archive, doc.id) == expected
        # Running it again finishes the job.
        zygote.run("add", vault, {"count": count - len(titles), "start": len(titles)}, None)
        with Archive.open(vault, PASSPHRASE) as archive:
            assert [d.title for d in archive.list_documents()] == [
                f"Added {i}" for i in range(count)
            ]
        if run % 4 == 0:
            assert_vault_sound(vault)

    with zygote:
        crash_loop(RUNS, lambda rng: rng.uniform(0.0, span), one_run)
    zygote.assert_no_leaks(tmp_path / "run.letapis", tmp_path / "probe.letapis")


def test_reindex_killed_at_random_moments(tmp_path: Path) -> None:
    vault = tmp_path / "v.letapis"
    with Archive.create(vault, PASSPHRASE)[0] as archive:
        populate(archive, 20)
        archive.reindex()
    zygote = Zygote(tmp_path / "home")

    def one_run(_i: int, delay: float) -> None:
        zygote.run("reindex", vault, {}, delay)
        assert_vault_sound(vault)
        with Archive.open(vault, PASSPHRASE) as archive:
            assert archive.search("body", limit=100).total == 20
            report = archive.check(deep=True)
            assert report.ok, [p.message for p in report.problems]

    with zygote:
        crash_loop(RUNS, lambda rng: rng.uniform(0.0, 0.8), one_run)
    zygote.assert_no_leaks(vault)


@pytest.fixture
def exchange_pair(tmp_path: Path) -> tuple[Path, Path, str, dict[str, bytes]]:
    """Vault A (EXCHANGED documents) and vault B, each holding the other's card."""
    a_path, b_path = tmp_path / "a.letapis", tmp_path / "b.letapis"
    a, _ = Archive.create(a_path, PASSPHRASE)
    b, _ = Archive.create(b_path, PASSPHRASE)
    originals = populate(a, EXCHANGED)
    service.add_contact(a, service.get_identity(b).card(), verified=True)
    service.add_contact(b, service.get_identity(a).card(), verified=True)
    to_b = service.get_identity(b).fingerprint[:16]
    a.close()
    b.close()
    return a_path, b_path, to_b, originals


def test_export_killed_at_random_moments(
    tmp_path: Path, exchange_pair: tuple[Path, Path, str, dict[str, bytes]]
) -> None:
    a_template, b_path, to_b, _originals = exchange_pair
    zygote = Zygote(tmp_path / "home")
    probe_out = tmp_path / "probe-out"
    probe_out.mkdir()
    span = zygote.timed(
        "export",
        copy_vault(a_template, tmp_path / "probe.letapis"),
        {"out": str(probe_out / "b"), "to": to_b},
    )
    completed = []

    def one_run(i: int, delay: float) -> None:
        vault = copy_vault(a_template, tmp_path / "run.letapis")
        out = tmp_path / f"out{i}"
        out.mkdir()
        outcome = zygote.run("export", vault, {"out": str(out / "b"), "to": to_b}, delay)
        assert_vault_sound(vault)
        finals = [p for p in out.iterdir() if not p.name.endswith(".tmp")]
        with Archive.open(b_path, PASSPHRASE) as b:
            for final in finals:  # whatever carries the final name is whole and verifies
                report = b.receive_bundle(final, dry_run=True)
                assert len(report.new) == EXCHANGED
        if outcome.finished:
            assert finals
        completed.append(bool(finals))
        if not finals:
            with Archive.open(vault, PASSPHRASE) as a:  # exporting again (same name) works
                again = a.export_bundle(out / "b", to=[to_b])
                assert again.records == EXCHANGED
            assert [p for p in out.iterdir() if p.name.endswith(".tmp")] == []
            if i % 4 == 0:
                assert_vault_sound(vault)

    with zygote:
        crash_loop(RUNS, lambda rng: rng.uniform(0.0, span * 1.1), one_run)
    zygote.assert_no_leaks(tmp_path)


def test_receive_killed_at_random_moments(
    tmp_path: Path, exchange_pair: tuple[Path, Path, str, dict[str, bytes]]
) -> None:
    a_path, b_template, to_b, originals = exchange_pair
    with Archive.open(a_path, PASSPHRASE) as a:
        bundle = a.export_bundle(tmp_path / "bundle", to=[to_b]).paths[0]
    zygote = Zygote(tmp_path / "home")
    span = zygote.timed(
        "receive", copy_vault(b_template, tmp_path / "probe.letapis"), {"bundle": str(bundle)}
    )
    counts = []

    def one_run(run: int, delay: float) -> None:
        vault = copy_vault(b_template, tmp_path / "run.letapis")
        zygote.run("receive", vault, {"bundle": str(bundle)}, delay)
        assert_vault_sound(vault)
        with Archive.open(vault, PASSPHRASE) as b:
            docs = b.list_documents()
            assert len(docs) in (0, EXCHANGED), "a bundle was half applied"
            counts.append(len(docs))
            if not docs:  # receiving again after the crash completes the job
                assert len(b.receive_bundle(bundle).new) == EXCHANGED
            for doc_id, data in originals.items():
                assert original_of(b, doc_id) == data
            if run % 4 == 0:  # now and then (a full read): the same bundle again adds nothing
                assert len(b.receive_bundle(bundle, dry_run=True).new) == 0
        if run % 4 == 0:
            assert_vault_sound(vault)

    with zygote:
        crash_loop(RUNS, lambda rng: rng.uniform(0.0, span * 1.1), one_run)
    zygote.assert_no_leaks(tmp_path)


def test_export_killed_while_writing_leaves_no_bundle_and_the_name_reusable(
    tmp_path: Path, exchange_pair: tuple[Path, Path, str, dict[str, bytes]]
) -> None:
    """The kill lands while the bundle is being written (a temp volume exists)."""
    a_path, b_path, to_b, _originals = exchange_pair
    with Archive.open(a_path, PASSPHRASE) as a:  # a big original: the write phase is long
        big = os.urandom(20_000_000)
        a.add_document(NewDocument(title="big", text="big", attachments=[attachment("b", big)]))
    out = tmp_path / "usb"
    out.mkdir()

    def writing() -> bool:
        return any(p.name.endswith(".tmp") and p.stat().st_size > 0 for p in out.iterdir())

    with Zygote(tmp_path / "home") as zygote:
        zygote.run("export", a_path, {"out": str(out / "b"), "to": to_b}, 30.0, kill_when=writing)
    assert [p.name for p in out.iterdir() if not p.name.endswith(".tmp")] == []
    assert_vault_sound(a_path)
    with Archive.open(a_path, PASSPHRASE) as a:  # the same name again: works, temp gone
        written = a.export_bundle(out / "b", to=[to_b])
    assert sorted(p.name for p in out.iterdir()) == [p.name for p in written.paths]
    with Archive.open(b_path, PASSPHRASE) as b:
        assert len(b.receive_bundle(written.paths[0]).new) == EXCHANGED + 1
