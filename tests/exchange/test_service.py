"""Two vaults exchanging bundles both ways, through the real vault (issue 5, Tests)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from archive_app.archive import Archive
from archive_app.errors import BundleRefused, CorruptData, UsageError
from archive_app.exchange import exporting, service
from archive_app.exchange.errors import BundleRejected
from archive_app.ingest.model import NewAttachment, NewDocument

PASS = "correct horse battery staple"


def make_doc(title: str, text: str, payload: bytes, **kw: object) -> NewDocument:
    sha = hashlib.sha256(payload).hexdigest()
    return NewDocument(
        title=title,
        text=text,
        type="statement",
        collection="weekly",
        attachments=[
            NewAttachment(
                name=f"{title}.bin", sha256=sha, size=len(payload), data=payload, is_original=True
            )
        ],
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def two(tmp_path: Path):  # type: ignore[no-untyped-def]
    a, _ = Archive.create(tmp_path / "a.letapis", PASS)
    b, _ = Archive.create(tmp_path / "b.letapis", PASS)
    service.set_identity_name(a, "Alesia")
    service.set_identity_name(b, "Bahdan")
    service.add_contact(a, service.get_identity(b).card(), verified=True)
    service.add_contact(b, service.get_identity(a).card(), verified=True)
    yield a, b, tmp_path
    for arch in (a, b):
        if arch.vault.is_open:
            arch.close()


def snapshot(arch: Archive) -> tuple[int, int, list[str]]:
    docs = arch.list_documents()
    return len(docs), len(arch.custody_log()), sorted(d.id for d in docs)


def staging_empty(arch: Archive) -> bool:
    staging = arch.vault.staging_dir
    return not staging.exists() or not any(staging.iterdir())


def test_two_vaults_exchange_both_ways(two) -> None:  # type: ignore[no-untyped-def]
    a, b, tmp = two
    payload = b"\x00original evidence\xff" * 5000
    doc_id = a.add_document(make_doc("Заява", "Тэкст заявы пра Гродна", payload))
    report = service.export_bundle(a, tmp / "to-b", to=["Bahdan"], scope="all")
    assert report.records == 1 and report.files == 1 and report.sequence == 1
    before = len(b.custody_log())
    got = service.receive_bundle(b, report.paths[0])
    assert got.new == [doc_id] and got.signer == "verified"
    doc = b.get_document(doc_id)
    assert doc.title == "Заява" and doc.text == "Тэкст заявы пра Гродна"
    out = io.BytesIO()
    b.export_attachment(doc.attachments[0].id, out)
    assert hashlib.sha256(out.getvalue()).hexdigest() == hashlib.sha256(payload).hexdigest()
    assert len(b.custody_log()) == before + 1
    assert b.custody_log(doc_id)[-1]["action"] == "receive"
    assert a.custody_log(doc_id)[-1]["action"] == "export"
    assert staging_empty(b)
    check = b.check()
    assert check.ok, check.problems

    # The same bundle again: nothing changes.
    snap = snapshot(b)
    again = service.receive_bundle(b, report.paths[0])
    assert again.already_received and snapshot(b) == snap

    # A edits; "since last" carries only what is new; B updates.
    a.update_document(doc_id, {"title": "Заява (выпраўленая)"})
    other = a.add_document(make_doc("Ліст", "Ліст з Мінска", b"letter scan"))
    inc = service.export_bundle(a, tmp / "to-b-2", to=["Bahdan"], scope="since-last")
    assert inc.records == 2 and inc.sequence == 2
    got = service.receive_bundle(b, inc.paths[0])
    assert got.updated == [doc_id] and got.new == [other]
    assert b.get_document(doc_id).title == "Заява (выпраўленая)"

    # And back: B sends A a document of its own; A receives it.
    mine = b.add_document(make_doc("Сведчанне", "Сведчанне B", b"b-evidence"))
    back = service.export_bundle(b, tmp / "to-a", to=["Alesia"], scope="since-last")
    assert back.records == 1  # what came from A is not sent back to A
    got = service.receive_bundle(a, back.paths[0])
    assert got.new == [mine] and a.get_document(mine).text == "Сведчанне B"
    with pytest.raises(UsageError, match="nothing to export"):
        service.export_bundle(b, tmp / "to-a-2", to=["Alesia"], scope="since-last")


def test_concurrent_edit_becomes_conflict_and_resolves(two) -> None:  # type: ignore[no-untyped-def]
    a, b, tmp = two
    doc_id = a.add_document(make_doc("Doc", "base", b"x1"))
    first = service.export_bundle(a, tmp / "1", to=["Bahdan"])
    service.receive_bundle(b, first.paths[0])
    a.update_document(doc_id, {"text": "edited by A"})
    b.update_document(doc_id, {"text": "edited by B"})
    second = service.export_bundle(a, tmp / "2", to=["Bahdan"], scope="since-last")
    got = service.receive_bundle(b, second.paths[0])
    assert got.conflicts == [doc_id]
    assert b.get_document(doc_id).text == "edited by B"  # no last-writer-wins
    conflicts = service.list_conflicts(b)
    assert len(conflicts) == 1 and conflicts[0]["record"]["text"] == "edited by A"
    assert conflicts[0]["fields"] == ["text"]
    service.resolve_conflict(b, conflicts[0]["id"], "theirs")
    assert b.get_document(doc_id).text == "edited by A" and not service.list_conflicts(b)
    # the resolution supersedes both: it updates A without a new conflict
    back = service.export_bundle(b, tmp / "3", to=["Alesia"], scope="ids", value=[doc_id])
    got = service.receive_bundle(a, back.paths[0])
    assert got.updated == [doc_id] and not got.conflicts
    for arch in (a, b):
        check = arch.check()
        assert check.ok, check.problems


def test_tampered_bundle_changes_nothing(two) -> None:  # type: ignore[no-untyped-def]
    a, b, tmp = two
    a.add_document(make_doc("Doc", "text", b"y" * 200_000))
    report = service.export_bundle(a, tmp / "t", to=["Bahdan"])
    data = bytearray(report.paths[0].read_bytes())
    data[len(data) // 2] ^= 1
    bad = tmp / "bad.letapis-bundle"
    bad.write_bytes(bytes(data))
    snap = snapshot(b)
    with pytest.raises((CorruptData, BundleRefused)):
        service.receive_bundle(b, bad)
    assert snapshot(b) == snap and staging_empty(b)
    truncated = tmp / "cut.letapis-bundle"
    truncated.write_bytes(bytes(data[: len(data) - 70_000]))
    with pytest.raises((CorruptData, BundleRefused)):
        service.receive_bundle(b, truncated)
    assert snapshot(b) == snap and staging_empty(b)
    assert not list((b.path / "blobs").glob("*/*"))


def test_dry_run_and_unknown_sender(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, tmp = two
    a.add_document(make_doc("Doc", "text", b"z"))
    report = service.export_bundle(a, tmp / "d", to=["Bahdan"])
    snap = snapshot(b)
    dry = service.receive_bundle(b, report.paths[0], dry_run=True)
    assert dry.dry_run and len(dry.new) == 1 and snapshot(b) == snap and staging_empty(b)
    service.remove_contact(b, "Alesia")
    with pytest.raises(BundleRejected) as info:
        service.receive_bundle(b, report.paths[0])
    assert info.value.reason == "revoked-signer"
    assert snapshot(b) == snap and staging_empty(b)


def test_redaction_strips_fields_and_gps(two) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    a, b, tmp = two
    image = Image.new("RGB", (8, 8), (200, 10, 10))
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (53.0, 54.0, 0.0)
    buf = io.BytesIO()
    image.save(buf, format="JPEG", exif=exif)
    jpeg = buf.getvalue()
    assert b"CameraMaker" in jpeg
    sha = hashlib.sha256(jpeg).hexdigest()
    doc = NewDocument(
        title="Photo",
        text="seen at the square",
        type="evidence",
        source="a brave person",
        metadata={"gps": {"lat": 53.9, "lon": 27.5}, "camera": "x"},
        attachments=[
            NewAttachment(
                name="p.jpg",
                sha256=sha,
                size=len(jpeg),
                data=jpeg,
                mime="image/jpeg",
                is_original=True,
            )
        ],
    )
    doc_id = a.add_document(doc)
    a.update_document(doc_id, {"sensitive": ["source"]})
    report = service.export_bundle(a, tmp / "r", to=["Bahdan"], redact=True)
    assert report.redacted_fields == ["source"] and report.location_stripped >= 2
    service.receive_bundle(b, report.paths[0])
    got = b.get_document(doc_id)
    assert got.source is None and "gps" not in got.metadata and got.metadata["camera"] == "x"
    out = io.BytesIO()
    b.export_attachment(got.attachments[0].id, out)
    assert b"CameraMaker" not in out.getvalue() and out.getvalue()[:2] == b"\xff\xd8"
    assert b.check().ok, b.check().problems
    with Image.open(io.BytesIO(out.getvalue())) as copy:
        assert copy.size == (8, 8) and not copy.getexif()
    assert a.custody_log(doc_id)[-1]["details"]["redacted"] == ["source"]
    # the original in A's vault is untouched
    out_a = io.BytesIO()
    a.export_attachment(a.get_document(doc_id).attachments[0].id, out_a)
    assert out_a.getvalue() == jpeg


def test_forged_clock_claiming_our_edits_is_kept_as_conflict(two) -> None:  # type: ignore[no-untyped-def]
    a, b, tmp = two
    doc_id = b.add_document(make_doc("B's own", "original", b"b-own"))
    sent = service.export_bundle(b, tmp / "b1", to=["Alesia"], scope="ids", value=[doc_id])
    service.receive_bundle(a, sent.paths[0])
    # A (a known contact gone bad) claims B made 5 edits, to overwrite B's copy silently.
    b_vault = b.vault.vault_id.hex()
    with a.store.transaction():
        doc = a.store.get_document(doc_id)
        doc.text = "rewritten history"
        doc.version += 1
        doc.revision = {"clock": {b_vault: 5}, "at_version": doc.version}
        a.store.put_document(doc, new=False)
    forged = service.export_bundle(a, tmp / "a1", to=["Bahdan"], scope="ids", value=[doc_id])
    got = service.receive_bundle(b, forged.paths[0])
    assert got.conflicts == [doc_id] and not got.updated
    assert b.get_document(doc_id).text == "original"


def test_facade_delegates(two) -> None:  # type: ignore[no-untyped-def]
    a, b, tmp = two
    assert a.identity().name == "Alesia"
    assert [c.card.name for c in a.contacts()] == ["Bahdan"]
    a.add_document(make_doc("Doc", "via the facade", b"f"))
    report = a.export_bundle(tmp / "f", to=["Bahdan"])
    got = b.receive_bundle(report.paths[0])
    assert len(got.new) == 1 and b.conflicts() == []


def test_unreferenced_file_in_bundle_leaves_no_orphan(two) -> None:  # type: ignore[no-untyped-def]
    from archive_app.exchange.bundle_writer import BundleRequest, MemberSource, write_bundle
    from archive_app.exchange.records import chunk_records, revision_of

    a, b, tmp = two
    record = {
        "id": "ab" * 16,
        "origin": "cd" * 16,
        "clock": {"cd" * 16: 1},
        "title": "t",
        "text": "x",
        "type": "other",
        "attachments": [],
    }
    record["revision"] = revision_of(record)
    members = [MemberSource.from_bytes(n, d) for n, d in chunk_records([record])]
    stray = tmp / "stray.bin"
    stray.write_bytes(b"nobody refers to me")
    members.append(MemberSource.from_file(stray))
    bob = service.get_identity(b).card()
    req = BundleRequest(
        service.get_identity(a), a.vault.vault_id.hex(), [bob], 1, None, {"kind": "all"}, members
    )
    written = write_bundle(req, tmp / "stray")
    got = service.receive_bundle(b, written.paths[0])
    assert got.new == ["ab" * 16]
    check = b.check()
    assert check.ok, check.problems


def test_records_split_over_members_stream_twice_identically(  # type: ignore[no-untyped-def]
    two, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, tmp = two
    monkeypatch.setattr(exporting, "RECORDS_PER_MEMBER", 2)
    ids = [a.add_document(make_doc(f"D{i}", f"text {i}", f"p{i}".encode())) for i in range(5)]
    report = service.export_bundle(a, tmp / "split", to=["Bahdan"])
    assert report.records == 5
    got = service.receive_bundle(b, report.paths[0])
    assert sorted(got.new) == sorted(ids)
    from archive_app.exchange.bundle_reader import MemorySink, read_bundle

    state = service.load_state(b)
    state.contacts[0].received.clear()
    sink = MemorySink()
    read_bundle(report.paths[0], service.get_identity(b), state, sink)
    assert sorted(n for n in sink.members if n.startswith("records/")) == [
        "records/000001.jsonl",
        "records/000002.jsonl",
        "records/000003.jsonl",
    ]


def test_no_plaintext_at_rest_after_exchange(two, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # J1
    import tempfile

    a, b, tmp = two
    scratch = tmp / "tmpdir"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    marker = "MARKER-Ўладзімір-7f3a"
    a.add_document(make_doc("Title " + marker, "Body " + marker, ("file " + marker).encode()))
    sent = service.export_bundle(a, tmp / "m", to=["Bahdan"])
    service.receive_bundle(b, sent.paths[0])
    needles = [
        marker.encode("utf-8"),
        marker.encode("utf-16-le"),
        marker.encode("ascii", "backslashreplace"),
        json_escaped(marker),
    ]
    leaks = []
    for folder in (a.path, b.path, scratch, tmp):
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if any(n in data for n in needles):
                    leaks.append(str(path))
    assert leaks == []


def json_escaped(text: str) -> bytes:
    import json

    return json.dumps(text, ensure_ascii=True)[1:-1].encode("ascii")


def test_vault_disk_full_during_receive(two, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # I4
    import errno

    from archive_app.crypto import sealed_file
    from archive_app.errors import StorageError

    a, b, tmp = two
    a.add_document(make_doc("Doc", "text", b"q" * 3_000_000))
    sent = service.export_bundle(a, tmp / "full", to=["Bahdan"])
    snap = snapshot(b)

    def full(self: object, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sealed_file.SealedFileWriter, "write", full)
    with pytest.raises(StorageError, match="disk is full"):
        service.receive_bundle(b, sent.paths[0])
    monkeypatch.undo()
    assert snapshot(b) == snap and staging_empty(b)
    got = service.receive_bundle(b, sent.paths[0])  # room again: it works
    assert len(got.new) == 1


def test_failed_export_burns_its_number_and_the_next_one_works(  # type: ignore[no-untyped-def]
    two, monkeypatch: pytest.MonkeyPatch
) -> None:
    from archive_app.errors import Cancelled

    a, b, tmp = two
    a.add_document(make_doc("Doc", "text", b"z" * 100_000))
    with pytest.raises(Cancelled):
        service.export_bundle(a, tmp / "x", to=["Bahdan"], cancel=lambda: True)
    report = service.export_bundle(a, tmp / "y", to=["Bahdan"])
    assert report.sequence == 2  # 1 was used up by the cancelled export, never reused
    got = service.receive_bundle(b, report.paths[0])
    assert got.sequence == 2 and len(got.new) == 1


def test_same_clock_other_content_is_a_conflict(two) -> None:  # type: ignore[no-untyped-def]
    a, b, tmp = two
    doc_id = a.add_document(make_doc("Doc", "true text", b"t"))
    first = service.export_bundle(a, tmp / "1", to=["Bahdan"])
    service.receive_bundle(b, first.paths[0])
    # A rewrites the text but presents the same version vector.
    with a.store.transaction():
        doc = a.store.get_document(doc_id)
        clock = service.local_clock(doc, a.vault.vault_id.hex())
        doc.text = "rewritten"
        doc.version += 1
        doc.revision = {"clock": clock, "at_version": doc.version}
        a.store.put_document(doc, new=False)
    second = service.export_bundle(a, tmp / "2", to=["Bahdan"], scope="ids", value=[doc_id])
    got = service.receive_bundle(b, second.paths[0])
    assert got.conflicts == [doc_id] and b.get_document(doc_id).text == "true text"
