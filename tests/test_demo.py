"""The demo collection: every file imports, with its manifest defaults, into a sound vault."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("archive_app.ingest.pipeline")

from archive_app.archive import Archive
from archive_app.crypto.keys import KdfParams
from archive_app.demo import (
    DEMO_PASSPHRASE,
    DemoBuild,
    build_demo,
    build_demo_vault,
    demo_items,
    demo_resources,
)
from archive_app.errors import UsageError

CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoBuild:
    """The demo vault, built once for this module (it takes a while: OCR, worker start-up)."""
    path = tmp_path_factory.mktemp("demo") / "demo.letapis"
    return build_demo(path, kdf=CHEAP_KDF)


@pytest.fixture(scope="module")
def docs(demo: DemoBuild) -> list[Any]:
    with Archive.open(demo.path, demo.passphrase) as archive:
        return [archive.get_document(d.id) for d in archive.list_documents()]


def _by_file(docs: list[Any], name: str) -> list[Any]:
    return [d for d in docs if d.provenance.get("file") == name]


def test_manifest_names_every_file_of_the_collection() -> None:
    root = demo_resources()
    items = demo_items(root)
    named = {item.relative for item in items}
    on_disk = set()
    for path in root.rglob("*"):
        rel = path.relative_to(root).as_posix()
        if not path.is_file() or rel in ("README.md", "manifest.json", "make_demo_files.py"):
            continue
        if "__pycache__" in path.parts or path.name.startswith("."):
            continue
        if rel.startswith("telegram_export/"):
            continue  # the export is one item: result.json with its photos
        on_disk.add(rel)
    assert on_disk == named - {"telegram_export"}
    assert "telegram_export" in named
    assert 30 <= len(items) <= 40
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert {e.get("type") for e in manifest["files"].values()} == {
        "statement",
        "letter",
        "evidence",
        "other",
    }


def test_every_demo_file_became_a_document(demo: DemoBuild, docs: list[Any]) -> None:
    assert not demo.cancelled
    assert demo.problems == []  # nothing failed, nothing kept without text, no read warnings
    assert demo.missing == []  # every manifest item gave at least one document
    assert not demo.report.already_present
    stored = {d.provenance.get("file") for d in docs}
    for item in demo_items():
        name = "result.json" if item.relative == "telegram_export" else item.path.name
        assert name in stored, f"{item.relative} is not in the vault"
    assert len(docs) == demo.document_count


def test_manifest_defaults_were_applied(docs: list[Any]) -> None:
    (teachers,) = _by_file(docs, "2020-09-01_open_letter_teachers.md")
    assert teachers.type == "letter"
    assert teachers.collections == ["Hrodna 2020"]
    assert "open-letter" in teachers.tags
    assert teachers.date == "2020-09-01"
    assert teachers.language == "be"
    types = {d.type for d in docs}
    assert types == {"statement", "letter", "evidence", "other"}
    years = {d.date[:4] for d in docs if d.date}
    assert {"2020", "2021", "2022", "2023", "2024", "2025", "2026"} <= years
    languages = {d.language for d in docs}
    assert {"be", "ru", "uk", "pl", "en"} <= languages


def test_cyrillic_subject_and_koi8r_body_decoded(docs: list[Any]) -> None:
    (mail,) = _by_file(docs, "2020-08-12_pratakoly_hrodna.eml")
    assert mail.title == "Протоколы по Гродно: расхождения с официальными данными"
    assert "за Тихановскую на этих участках" in mail.text
    assert mail.date and mail.date.startswith("2020-08-12")
    raw = (demo_resources() / "email" / "2020-08-12_pratakoly_hrodna.eml").read_bytes()
    assert b"=?koi8-r?b?" in raw and b"quoted-printable" in raw  # really encoded on disk


def test_email_attachment_kept(docs: list[Any]) -> None:
    (mail,) = _by_file(docs, "2022-02-06_pasylka_spis.eml")
    names = [a.name for a in mail.attachments]
    assert "spis_pasylki.txt" in names
    raw = (demo_resources() / "email" / "2022-02-06_pasylka_spis.eml").read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert [p.get_filename() for p in msg.iter_attachments()] == ["spis_pasylki.txt"]


def test_photo_has_gps_and_camera(docs: list[Any]) -> None:
    (photo,) = _by_file(docs, "2020-08-13_hrodna_chain_banner.jpg")
    gps = photo.metadata["gps"]
    assert gps["lat"] == pytest.approx(53.678, abs=0.01)  # Hrodna
    assert gps["lon"] == pytest.approx(23.830, abs=0.01)
    assert photo.metadata["exif"]["Make"] == "Xiaomi"
    assert photo.date.startswith("2020-08-13T19:42")
    assert photo.type == "evidence"
    positions = [d.metadata["gps"] for d in docs if "gps" in d.metadata]
    assert len(positions) == 5


def test_telegram_export_became_messages_with_a_photo(docs: list[Any]) -> None:
    chat = _by_file(docs, "result.json")
    assert 15 <= len(chat) <= 25
    assert {d.language for d in chat} >= {"be", "ru", "pl"}
    with_photo = [d for d in chat if any(a.name.startswith("photo_1@") for a in d.attachments)]
    assert len(with_photo) == 1
    assert all(d.collections == ["Hrodna 2020"] for d in chat)


def test_vault_checks_and_opens_with_the_demo_passphrase(demo: DemoBuild) -> None:
    assert demo.passphrase == DEMO_PASSPHRASE
    with Archive.open(demo.path, DEMO_PASSPHRASE) as archive:
        report = archive.check()
        assert report.ok, report
    with Archive.open(demo.path, demo.recovery_key) as archive:
        assert archive.list_documents()


def test_build_demo_vault_refuses_to_overwrite(demo: DemoBuild, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        build_demo_vault(demo.path, kdf=CHEAP_KDF)
    mine = tmp_path / "my files"
    mine.mkdir()
    (mine / "diary.txt").write_text("not a vault", encoding="utf-8")
    with pytest.raises(UsageError):
        build_demo_vault(mine, kdf=CHEAP_KDF, replace=True)
    assert (mine / "diary.txt").is_file()
