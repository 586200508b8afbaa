"""Re-importing a Telegram chat export (the same one, or a later one of the same chat) into a
real vault adds only the messages the vault does not hold yet."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from archive_app.archive import Archive

CHAT_ID = 4711
MESSAGES: list[dict[str, Any]] = [
    {"id": 1, "type": "service", "date": "2020-08-09T20:00:00", "actor": "Адмін", "text": ""},
    {"id": 2, "type": "message", "date": "2020-08-09T21:15:00", "from": "Алеся",
     "text": "Каля ўніверсама затрымалі некалькі чалавек. Усе ў масках."},
    {"id": 3, "type": "message", "date": "2020-08-09T21:16:10", "from": "Павел",
     "photo": "photos/photo_1.jpg", "text": ["Вось фота ", {"type": "bold", "text": "з месца"}]},
    {"id": 4, "type": "message", "date": "2020-08-09T21:20:00", "from": "Алеся",
     "text": "Аўтазак стаіць на рагу, побач яшчэ два мікрааўтобусы без нумароў."},
]  # fmt: skip
LATER: list[dict[str, Any]] = [
    {"id": 5, "type": "message", "date": "2020-08-10T08:02:00", "from": "Павел",
     "text": "Раніцай усіх затрыманых павезлі на Акрэсціна, родныя чакаюць каля брамы."},
    {"id": 6, "type": "message", "date": "2020-08-10T08:05:00", "from": "Алеся",
     "text": "Спіс затрыманых складаем у асобным дакуменце."},
]  # fmt: skip


def _json_export(folder: Path, photo: Path, messages: list[dict[str, Any]], indent: int) -> Path:
    """A Telegram Desktop JSON export of one chat (``indent`` changes the file's bytes only)."""
    (folder / "photos").mkdir(parents=True)
    shutil.copy(photo, folder / "photos" / "photo_1.jpg")
    data = {"name": "Гродна 2020", "type": "public_supergroup", "id": CHAT_ID, "messages": messages}
    (folder / "result.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=indent), encoding="utf-8"
    )
    return folder


def _html_message(msg: dict[str, Any]) -> str:
    if msg["type"] == "service":
        return f'<div class="message service" id="message{msg["id"]}"><div class="body details">'
    text = (
        msg["text"]
        if isinstance(msg["text"], str)
        else "".join(p if isinstance(p, str) else p["text"] for p in msg["text"])
    )
    day, time = msg["date"].split("T")
    y, m, d = day.split("-")
    media = ""
    if msg.get("photo"):
        media = (
            '<div class="media_wrap clearfix"><a class="photo_wrap clearfix pull_left" '
            f'href="{msg["photo"]}"><img class="photo" src="{msg["photo"]}"/></a></div>'
        )
    return (
        f'<div class="message default clearfix" id="message{msg["id"]}"><div class="body">'
        f'<div class="pull_right date details" title="{d}.{m}.{y} {time} UTC+03:00">{time[:5]}'
        f'</div><div class="from_name">{msg["from"]} </div>{media}'
        f'<div class="text">{text}</div></div></div>'
    )


def _html_page(messages: list[dict[str, Any]], comment: str = "") -> str:
    body = "\n".join(_html_message(m) + ("</div></div>" if m["type"] == "service" else "")
                     for m in messages)  # fmt: skip
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"/><title>Exported Data</title>'
        f'</head><!-- {comment} --><body><div class="page_wrap"><div class="page_header">'
        '<div class="content"><div class="text bold">Гродна 2020</div></div></div>'
        f'<div class="page_body chat_page"><div class="history">\n{body}\n'
        "</div></div></div></body></html>"
    )


def _html_export(folder: Path, photo: Path, pages: list[list[dict[str, Any]]], tag: str) -> Path:
    (folder / "photos").mkdir(parents=True)
    shutil.copy(photo, folder / "photos" / "photo_1.jpg")
    for n, page in enumerate(pages, start=1):
        name = "messages.html" if n == 1 else f"messages{n}.html"
        (folder / name).write_text(_html_page(page, tag), encoding="utf-8")
    return folder


def _message_docs(archive: Archive) -> dict[int, list[str]]:
    """Message id → the ids of the documents holding it."""
    found: dict[int, list[str]] = {}
    for doc in archive.list_documents():
        if doc.metadata.get("format") == "telegram":
            found.setdefault(int(doc.metadata["message_id"]), []).append(doc.id)
    return found


def test_json_export_imported_twice_and_then_extended(
    archive: Archive, tmp_path: Path, files_dir: Path
) -> None:
    photo = files_dir / "jpeg" / "tika_testJPEG_GEO.jpg"
    first = _json_export(tmp_path / "a" / "ChatExport_2020-08-10", photo, MESSAGES, 1)
    report = archive.add_paths([first.parent])
    assert report.ok and len(report.added) == 3
    held = _message_docs(archive)
    assert sorted(held) == [2, 3, 4]
    doc = archive.get_document(held[2][0])
    assert doc.metadata["chat_id"] == CHAT_ID
    assert doc.metadata["message_key"] == f"telegram:{CHAT_ID}:2"

    # The same export once more: the same file, skipped whole.
    again = archive.add_paths([first.parent])
    assert again.added == [] and again.already_present == [str(first / "result.json")]

    # The same chat exported again (other bytes, same messages): every message is present.
    second = _json_export(tmp_path / "b" / "ChatExport_2020-08-11", photo, MESSAGES, 2)
    report = archive.add_paths([second.parent])
    assert report.added == [] and not report.kept_without_text and not report.failed
    assert sorted(report.already_present) == [
        f"{second / 'result.json'} (message {n})" for n in (2, 3, 4)
    ]
    assert _message_docs(archive) == held

    # A later export with two more messages: only those are added, once each.
    later = _json_export(tmp_path / "c" / "ChatExport_2020-08-12", photo, MESSAGES + LATER, 1)
    report = archive.add_paths([later.parent])
    assert report.ok and len(report.added) == 2 and len(report.already_present) == 3
    now = _message_docs(archive)
    assert sorted(now) == [2, 3, 4, 5, 6] and all(len(ids) == 1 for ids in now.values())
    assert {k: v for k, v in now.items() if k <= 4} == held
    # The later export's file is kept as the original of its first new message.
    five = archive.get_document(now[5][0])
    originals = [a for a in five.attachments if a.is_original]
    assert [a.name for a in originals] == ["result.json"]
    assert archive.search("Акрэсціна").total == 1
    assert archive.check().ok


def test_html_export_imported_twice_and_then_extended(
    archive: Archive, tmp_path: Path, files_dir: Path
) -> None:
    photo = files_dir / "jpeg" / "tika_testJPEG_GEO.jpg"
    first = _html_export(tmp_path / "a" / "ChatExport", photo, [MESSAGES], "first")
    report = archive.add_paths([first.parent])
    assert report.ok and len(report.added) == 3
    held = _message_docs(archive)
    assert sorted(held) == [2, 3, 4]

    second = _html_export(tmp_path / "b" / "ChatExport", photo, [MESSAGES], "second")
    report = archive.add_paths([second.parent])
    assert report.added == [] and not report.kept_without_text and not report.failed
    assert len(report.already_present) == 3 and _message_docs(archive) == held

    # Paged differently and grown: messages 1–3 on the first page, 4–6 on the second.
    pages = [MESSAGES[:3], MESSAGES[3:] + LATER]
    later = _html_export(tmp_path / "c" / "ChatExport", photo, pages, "later")
    report = archive.add_paths([later.parent])
    assert report.ok and len(report.added) == 2 and len(report.already_present) == 3
    now = _message_docs(archive)
    assert sorted(now) == [2, 3, 4, 5, 6] and all(len(ids) == 1 for ids in now.values())


def test_html_chats_of_the_same_title_are_not_merged(
    archive: Archive, tmp_path: Path, files_dir: Path
) -> None:
    photo = files_dir / "jpeg" / "tika_testJPEG_GEO.jpg"
    first = _html_export(tmp_path / "a" / "ChatExport", photo, [MESSAGES], "one chat")
    # Another chat that happens to have the same title and message ids, at other times.
    other = [dict(m, date=m["date"].replace("2020-08-09", "2021-03-25")) for m in MESSAGES]
    second = _html_export(tmp_path / "b" / "ChatExport", photo, [other], "another chat")
    assert len(archive.add_paths([first.parent]).added) == 3
    report = archive.add_paths([second.parent])
    assert len(report.added) == 3 and report.already_present == []
    # The first chat exported again on a computer in another time zone: the same messages.
    shifted = _html_page(MESSAGES, "other zone").replace("UTC+03:00", "UTC+01:00")
    for hour in ("21:15:00", "21:16:10", "21:20:00"):
        h = int(hour[:2])
        shifted = shifted.replace(f"2020 {hour}", f"2020 {h - 2:02d}{hour[2:]}")
    again = tmp_path / "c" / "ChatExport"
    (again / "photos").mkdir(parents=True)
    shutil.copy(photo, again / "photos" / "photo_1.jpg")
    (again / "messages.html").write_text(shifted, encoding="utf-8")
    report = archive.add_paths([again.parent])
    assert report.added == [] and len(report.already_present) == 3


def test_again_imports_copies_and_a_deleted_message_comes_back(
    archive: Archive, tmp_path: Path, files_dir: Path
) -> None:
    photo = files_dir / "jpeg" / "tika_testJPEG_GEO.jpg"
    export = _json_export(tmp_path / "a" / "ChatExport", photo, MESSAGES, 1)
    archive.add_paths([export.parent])
    held = _message_docs(archive)
    archive.delete_document(held[4][0])
    other = _json_export(tmp_path / "b" / "ChatExport", photo, MESSAGES, 2)
    report = archive.add_paths([other.parent])
    assert len(report.added) == 1 and len(report.already_present) == 2
    assert sorted(_message_docs(archive)) == [2, 3, 4]
    # --again asks for copies: every message is added a second time.
    report = archive.add_paths([other.parent], again=True)
    assert len(report.added) == 3
    assert all(len(ids) == 2 for ids in _message_docs(archive).values())
