"""End to end on real documents from ../shared: import, export, receive, compare byte for byte."""

from __future__ import annotations

import io
from pathlib import Path

from archive_app.archive import Archive
from archive_app.exchange import service

PASS = "correct horse battery staple"


def test_real_files_round_trip(tmp_path: Path, seeds_dir: Path, corpus_dir: Path) -> None:
    a, _ = Archive.create(tmp_path / "a.letapis", PASS)
    b, _ = Archive.create(tmp_path / "b.letapis", PASS)
    try:
        service.add_contact(a, service.get_identity(b).card(), verified=True)
        service.add_contact(b, service.get_identity(a).card(), verified=True)
        sources = [seeds_dir]
        for kind in ("jpeg", "pdf", "eml", "docx"):
            folder = corpus_dir / "files" / kind
            if folder.is_dir():
                sources.append(folder)
        report = a.add_paths(sources)
        assert report.added
        sent = service.export_bundle(
            a, tmp_path / "e2e", to=["Letapis " + b.vault.vault_id.hex()[:8]]
        )
        got = service.receive_bundle(b, sent.paths[0])
        assert len(got.new) == len(a.list_documents())
        for doc in a.list_documents():
            mine = a.get_document(doc.id)
            theirs = b.get_document(doc.id)
            assert (theirs.title, theirs.text, theirs.type, theirs.language, theirs.date) == (
                mine.title,
                mine.text,
                mine.type,
                mine.language,
                mine.date,
            )
            assert theirs.metadata == mine.metadata
            assert sorted(x.sha256 for x in theirs.attachments) == sorted(
                x.sha256 for x in mine.attachments
            )
            for att in theirs.attachments:
                out = io.BytesIO()
                b.export_attachment(att.id, out)  # raises unless the SHA-256 matches
                assert len(out.getvalue()) == att.size
        check = b.check()
        assert check.ok, check.problems
        assert b.search("Лукашэнка").total == a.search("Лукашэнка").total
    finally:
        a.close()
        b.close()
