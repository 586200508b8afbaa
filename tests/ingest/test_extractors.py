"""Each extractor on the corpus's real files: the right text, metadata, or a named reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archive_app.ingest.extractors import ExtractionError, extract_bytes, extract_file
from archive_app.ingest.model import NewDocument

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract is not installed"
)


def read(files_dir: Path, rel: str, *, ocr: bool = False) -> list[NewDocument]:
    path = files_dir / rel
    _, docs = extract_bytes(path, path.read_bytes(), ocr=ocr)
    return docs


def one(files_dir: Path, rel: str, *, ocr: bool = False) -> NewDocument:
    docs = read(files_dir, rel, ocr=ocr)
    assert len(docs) == 1
    return docs[0]


# --- e-mail -----------------------------------------------------------------------------


def test_koi8r_and_windows1251_base64_subjects_and_bodies(files_dir: Path) -> None:
    for name in (
        "thunderbird_sample04_koi8r-base64.eml",
        "thunderbird_sample05_windows-1251-base64.eml",
    ):
        doc = one(files_dir, f"eml/{name}")
        assert doc.title == "Алфавит"
        assert doc.text == "Вопрос"
        assert doc.type == "letter"
        assert doc.author == "Bug Reporter <new@thunderbird.bug>"
        assert doc.date == "2001-05-27T21:23:35+01:00"


def test_8bit_utf8_russian_body(files_dir: Path) -> None:
    doc = one(files_dir, "eml/flanker_8bitmime_ru.eml")
    assert "Превел" in doc.text


def test_koi8r_quoted_printable_ukrainian_with_tnef(files_dir: Path) -> None:
    doc = one(files_dir, "eml/mimekit_ukr_koi8r-quoted-printable_tnef.eml")
    assert "шостий" in doc.text
    assert [a.name for a in doc.attachments] == ["winmail.dat"]


def test_windows1251_encoded_word_sender_and_invalid_date(files_dir: Path) -> None:
    doc = one(files_dir, "eml/mail_raw_email_bad_time_windows-1251.eml")
    assert doc.author is not None and doc.author.startswith("Атиков")
    assert doc.date is None  # "Mon, 30 Jun 3609" is refused, the raw header is kept
    assert doc.metadata["date"].endswith("3609 15:33:50 +0600")
    assert "scanned for viruses" in doc.text


def test_cyrillic_attachment_name_and_png_attachment(files_dir: Path) -> None:
    doc = one(files_dir, "eml/flanker_russian-attachment-yahoo.eml")
    assert doc.attachments[0].name.startswith("Картинка с очень, очень длинным")
    assert doc.attachments[0].mime == "image/png"
    png = one(files_dir, "eml/tika_testEmailWithPNGAtt.eml")
    assert png.attachments[0].name == "testPNG.png"
    assert png.attachments[0].data is not None and png.attachments[0].data.startswith(b"\x89PNG")


def test_text_attachments_are_read(files_dir: Path) -> None:
    doc = one(files_dir, "eml/tika_testRFC822_multipart_attachments.eml")
    texts = {a.name: a.text for a in doc.attachments}
    assert texts["Test TxtA.txt"] == "This is Test TXTA File for parser"
    assert "This is test email for EML1" in doc.text


def test_quoted_printable(files_dir: Path) -> None:
    doc = one(files_dir, "eml/tika_testRFC822_quoted-printable.eml")
    assert "Düsseldorf has non-ascii." in doc.text


@pytest.mark.parametrize(
    "name",
    [
        "MALFORMED_enmime_bad-final-boundary.eml",
        "MALFORMED_enmime_malformed-base64-attach.eml",
        "MALFORMED_flanker_mailformed-headers.eml",
        "MALFORMED_mail-parser_mail_malformed_3.eml",
    ],
)
def test_malformed_messages_are_read_and_flagged(files_dir: Path, name: str) -> None:
    doc = one(files_dir, f"eml/{name}")
    assert doc.metadata["damaged"].startswith("the message is damaged (")
    assert doc.text  # what could be read was kept


def test_malformed_boundary_message_is_salvaged(files_dir: Path) -> None:
    doc = one(files_dir, "eml/MALFORMED_mail-parser_mail_malformed_3.eml")
    assert "calefactores de nanotecnologia" in doc.text


def test_mbox_one_document_per_message(files_dir: Path) -> None:
    docs = read(files_dir, "mbox/mimekit_issue1189.mbox")
    assert [d.title for d in docs[:3]] == ["Message 1", "Message 2", "Message 3"]
    assert [d.provenance["part"] for d in docs[:2]] == ["message 1", "message 2"]
    thread = read(files_dir, "mbox/tika_complex.mbox")
    assert len(thread) == 3
    assert all(d.title == "Re: question about when shuffle/sort start working" for d in thread)
    assert {d.author for d in thread} >= {"Jothi Padmanabhan <jothipn@yahoo-inc.com>"}


def test_outlook_msg_windows1251(files_dir: Path) -> None:
    doc = one(files_dir, "msg/poi_cyrillic_message.msg")
    assert doc.title.startswith("Автоматический ответ подсистемы обмена данными")
    assert doc.metadata["to"] == ["Свиридов Дмитрий Владимирович"]
    assert "было успешно получено" in doc.text
    assert doc.date == "2010-05-18T07:38:39+00:00"
    assert doc.type == "letter" and doc.language == "ru"
    ascii_doc = one(files_dir, "msg/poi_ASCII_CP1251_LCID1049.msg")
    assert ascii_doc.title == "Subject автоматически Subject"
    assert ascii_doc.text == "Body автоматически Body"


# --- web pages ----------------------------------------------------------------------------


def test_html_belarusian_udhr(files_dir: Path) -> None:
    doc = one(files_dir, "html/udhr_bel.html")
    assert doc.title == "UDHR - Belarusan"
    assert "Усе людзі нараджаюцца свабоднымі" in doc.text
    assert doc.language == "be"


def test_html_lying_charset_is_detected(files_dir: Path) -> None:
    doc = one(files_dir, "html/MALFORMED_tika_testArabicMisleadingCharset.html")
    assert doc.metadata["encoding"] == "cp1256"
    assert "اللغة العربية" in doc.text
    assert "declared character set (UTF-8) is wrong" in doc.metadata["damaged"]


def test_html_russian_fragment(files_dir: Path) -> None:
    doc = one(files_dir, "html/tika_resume_ru.html")
    assert "Предлагаем Вам ознакомиться со списком" in doc.text
    assert "{" not in doc.text  # the inline style sheet is not text


def test_html_main_text_drops_navigation_and_share_buttons() -> None:
    page = """<html><head><title>Statement on the occupation</title>
    <meta property="article:published_time" content="2022-03-02T10:00:00Z"></head><body>
    <header><a href="/">Home</a> <a href="/news">All News</a></header>
    <nav><ul><li><a href="/a">Archive news</a></li><li><a href="/b">About</a></li></ul></nav>
    <main><h1>Russia has occupied Belarus</h1>
    <p>We state that the Republic of Belarus is temporarily occupied territory.</p>
    <p>We call on our allies in the democratic movement to support this position, and on our
    foreign partners to provide an appropriate international legal assessment.</p>
    <div class="share-buttons"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
    </main><footer>© 2022 All rights reserved. Subscribe to our newsletter.</footer>
    </body></html>"""
    doc = one_from_bytes("page.html", page.encode())
    assert "temporarily occupied territory" in doc.text
    for junk in ("All News", "Archive news", "Share on Facebook", "Tweet", "rights reserved"):
        assert junk not in doc.text
    assert doc.date == "2022-03-02"
    assert doc.type == "statement"


def one_from_bytes(name: str, data: bytes) -> NewDocument:
    _, docs = extract_bytes(name, data, ocr=False)
    assert len(docs) == 1
    return docs[0]


def test_seed_statement_and_letter(seeds_dir: Path) -> None:
    statement = extract_file(seeds_dir / "statement-occupation-of-belarus.txt", ocr=False)[0]
    assert statement.type == "statement"
    assert statement.language == "en"
    assert statement.attachments[0].is_original
    letter = extract_file(seeds_dir / "letter-derecognize-lukashenka-regime.txt", ocr=False)[0]
    assert letter.title.startswith("Declare Russian occupation of Belarus")


# --- office documents ---------------------------------------------------------------------


def test_docx_russian_report_with_table(files_dir: Path) -> None:
    doc = one(files_dir, "docx/poi_stress001_ru-anticorruption-report.docx")
    assert doc.title == "Отчет о реализации Плана мероприятий по противодействию коррупции"
    assert "Выборгского района Санкт-Петербурга" in doc.text
    assert doc.language == "ru" and doc.author == "TATIANA" and doc.date == "2017-12-11"


def test_docx_text_boxes_are_not_doubled(files_dir: Path) -> None:
    doc = one(files_dir, "docx/tika_testWORD_various.docx")
    assert "Here is a text boxHere is a text box" not in doc.text
    assert doc.text.count("Here is a text box") == 1
    assert doc.metadata["keywords"] == "Keyword1 Keyword2"


def test_truncated_docx_is_recovered_or_has_a_reason(files_dir: Path) -> None:
    doc = one(files_dir, "docx/MALFORMED_poi_truncated62886.docx")
    assert "cut short" in doc.metadata["damaged"]
    assert "ORÇAMENTO" in doc.text and "DX IMPORTADORA" in doc.text
    assert doc.author == "Ronnie" and doc.date == "2012-07-26"
    with pytest.raises(ExtractionError, match=r"no word/document\.xml part \(the file is cut"):
        read(files_dir, "docx/MALFORMED_tika_testWORD_truncated.docx")


def test_odt_with_footnote_and_metadata(files_dir: Path) -> None:
    doc = one(files_dir, "odt/tika_testODFwithOOo3.odt")
    assert doc.title == "Apache Tika"
    assert doc.author == "Bart Hanssens"
    assert "[This is of course a simple footnote]" in doc.text


def test_odt_that_is_not_a_zip_is_named(files_dir: Path) -> None:
    with pytest.raises(ExtractionError, match=r"named \.odt but its contents are not"):
        read(files_dir, "odt/MALFORMED_tika_testODTnotaZipFile.odt")


def test_rtf_code_pages(files_dir: Path) -> None:
    pl = one(files_dir, "rtf/tika_testRTFWindowsCodepage1250_pl.rtf")
    assert pl.text == "zażółć gęślą jaźń\nZAŻÓŁĆ GĘŚLĄ JAŹŃ"
    assert pl.language == "pl"
    fr = one(files_dir, "rtf/tika_testRTF.rtf")
    assert fr.text == "Test d’indexation Word"
    ru = one(files_dir, "rtf/tika_testRTFWithCurlyBraces_cp1251.rtf")
    assert ru.title == "Методика"  # \info title in cp1251 through \fcharset204
    assert "{ some text inside curly brackets }" in ru.text


def test_rtf_unicode_escapes() -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1251\uc1 \u1046?\u1099?\u1074?\u1077? "
        rb"\'c1\'e5\'eb\'e0\'f0\'f3\'f1\u1100?\par}"
    )
    doc = one_from_bytes("x.rtf", rtf)
    assert doc.text == "Жыве Беларусь"


# --- PDF ----------------------------------------------------------------------------------


def test_pdf_text_layers(files_dir: Path) -> None:
    tika = one(files_dir, "pdf/tika_testPDF.pdf")
    assert "Apache Tika is a toolkit for detect" in tika.text
    assert tika.author == "Bertrand Delacrétaz" and tika.date == "2007-09-15T11:02:31+02:00"
    multi = one(files_dir, "pdf/pypdf_multilang.pdf")
    assert "Привет, мир" in multi.text and "مرحبا بالعالم" in multi.text


def test_pdf_with_utf8_packed_glyph_codes_is_repaired(files_dir: Path) -> None:
    doc = one(files_dir, "pdf/pdfjs_issue20232_ru-drawing.pdf")
    assert "Масштаб" in doc.text and "Изм. Лист № докум. Подп. Дата" in doc.text
    assert doc.language == "ru"


def test_pdf_encrypted_and_invalid_have_reasons(files_dir: Path) -> None:
    with pytest.raises(ExtractionError, match="protected by a password"):
        read(files_dir, "pdf/pypdf_libreoffice-writer-password_ENCRYPTED.pdf")
    with pytest.raises(ExtractionError, match="not a readable PDF"):
        read(files_dir, "pdf/MALFORMED_ocrmypdf_invalid.pdf")


def test_image_only_pdf_without_ocr_says_so(files_dir: Path) -> None:
    doc = one(files_dir, "pdf/tika_testOCR_image-only.pdf", ocr=False)
    assert doc.text == ""
    assert doc.metadata["pages_without_text"] == 1


# --- images, OCR ----------------------------------------------------------------------------


def test_gps_of_geotagged_jpegs(files_dir: Path) -> None:
    geo = one(files_dir, "jpeg/tika_testJPEG_GEO.jpg")
    assert geo.metadata["gps"] == {"lat": 12.54321, "lon": -54.1234}
    geo2 = one(files_dir, "jpeg/tika_testJPEG_GEO_2.jpg")
    assert geo2.metadata["gps"]["lat"] == pytest.approx(51.5757623, abs=1e-6)
    assert geo2.metadata["gps"]["lon"] == pytest.approx(-1.5678859, abs=1e-6)
    assert geo2.type == "evidence" and geo2.date == "2012-02-19T16:43:29"
    plain = one(files_dir, "jpeg/tika_testJPEG_oddTagComponent.jpg")
    assert "gps" not in plain.metadata


def test_cyrillic_iptc_copyright_beside_broken_exif(files_dir: Path) -> None:
    doc = one(files_dir, "jpeg/tika_testJPEG_EXIF.jpg")
    assert doc.metadata["exif"]["Copyright"].startswith("(c) ??????")
    assert doc.metadata["iptc"]["copyright"] == "(c) Максим Валянский"
    assert doc.metadata["iptc"]["keywords"] == ["canon-55-250", "moscow-birds", "serbor"]


def test_exif_description_and_artist(files_dir: Path) -> None:
    doc = one(files_dir, "jpeg/exif-samples_long_description.jpg")
    assert doc.title.startswith("Operation Mountain Viper put the soldiers of A Company")
    assert doc.author == "SSG KYLE DAVIS"
    assert doc.date == "2008-07-31T10:50:00"
    assert doc.metadata["xmp"]["City"] == "KANDAHAR ARMY AIRFIELD"


@needs_tesseract
def test_ocr_png_and_tiff(files_dir: Path) -> None:
    ru = one(files_dir, "png/aleph_russian_ocr.png", ocr=True)
    assert "психики" in ru.text and ru.language == "ru"
    en = one(files_dir, "png/tika_testOCR.png", ocr=True)
    assert "This file contains some words." in en.text
    gold = (files_dir / "tiff/tesseract_phototest.gold.txt").read_text("utf-8").split()
    got = one(files_dir, "tiff/tesseract_phototest.tif", ocr=True).text.split()
    assert sum(w in got for w in gold) >= 0.9 * len(gold)


@needs_tesseract
def test_ocr_image_only_pdf(files_dir: Path) -> None:
    doc = one(files_dir, "pdf/tika_testOCR_image-only.pdf", ocr=True)
    assert "Happy New Year 2003" in doc.text
    assert doc.metadata["ocr_pages"] == 1


# --- text ---------------------------------------------------------------------------------


def test_text_title_and_markdown() -> None:
    md = one_from_bytes("notes.md", "\n\n# Заява Каардынацыйнай рады\n\nТэкст.".encode())
    assert md.title == "Заява Каардынацыйнай рады"
    assert md.type == "statement"
    assert md.metadata["format"] == "markdown"


def test_archives_are_kept_unopened() -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("inside.txt", "secret")
    with pytest.raises(ExtractionError, match="archive: kept as it is, not unpacked"):
        extract_bytes("photos.zip", buf.getvalue())


def test_binary_data_is_not_taken_for_text() -> None:
    import random

    rng = random.Random(3)
    noise = bytes(rng.randrange(256) for _ in range(5000))
    with pytest.raises(ExtractionError, match="looks like binary data"):
        extract_bytes("export.dat", noise.replace(b"\x00", b"\x01"))


def test_every_corpus_file_reads_or_names_a_reason(files_dir: Path) -> None:
    seen = 0
    for path in sorted(files_dir.rglob("*")):
        if not path.is_file():
            continue
        seen += 1
        try:
            _, docs = extract_bytes(path, path.read_bytes(), ocr=False)
        except ExtractionError as exc:
            assert str(exc) and "\n" not in str(exc)
            assert path.name.startswith("MALFORMED_") or "ENCRYPTED" in path.name, path.name
            continue
        assert docs, path.name
    assert seen >= 60


def test_huge_email_attachment_stays_inside_the_original() -> None:
    import base64

    from archive_app.ingest.extractors.common import MAX_INLINE_ATTACHMENT

    big = bytes(range(256)) * ((MAX_INLINE_ATTACHMENT // 256) + 1)
    raw = (
        b"From: a@example.org\r\nSubject: =?utf-8?b?"
        + base64.b64encode("Відэа з суда".encode())
        + b"?=\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee the file.\r\n"
        b'--b\r\nContent-Type: video/mp4\r\nContent-Disposition: attachment; filename="court.mp4"'
        b"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(big)
        + b"--b\r\nContent-Type: text/plain\r\n"
        b'Content-Disposition: attachment; filename="note.txt"\r\n\r\nsmall\r\n--b--\r\n'
    )
    doc = one_from_bytes("big.eml", raw)
    assert doc.title == "Відэа з суда"
    assert [a.name for a in doc.attachments] == ["note.txt"]
    assert doc.metadata["problems"] == [
        "attachment court.mp4 is kept inside the original file only"
    ]


def test_forwarded_message_stays_whole() -> None:
    from email.message import EmailMessage

    inner = EmailMessage()
    inner["From"] = "Свядок <witness@example.org>"
    inner["Subject"] = "Што я бачыў 9 жніўня"
    inner.set_content("Каля ўніверсама затрымалі некалькі чалавек.", charset="utf-8")
    outer = EmailMessage()
    outer["From"] = "coordinator@example.org"
    outer["Subject"] = "FW: сведчанне"
    outer.set_content("Перасылаю сведчанне.")
    outer.add_attachment(inner)
    doc = one_from_bytes("fw.eml", bytes(outer))
    assert doc.text == "Перасылаю сведчанне."
    (fw,) = doc.attachments
    assert fw.mime == "message/rfc822" and fw.name.endswith(".eml")
    assert fw.text == "Каля ўніверсама затрымалі некалькі чалавек."
    assert fw.data is not None and b"witness@example.org" in fw.data


def test_rtf_binary_data_is_skipped() -> None:
    # The two raw bytes "{{" are picture data, not groups: misread, "Text" would stay hidden.
    rtf = b"{\\rtf1\\ansi {\\pict\\bin2 {{}Text\\par}"
    assert one_from_bytes("b.rtf", rtf).text == "Text"


def test_mail_thread_headers(files_dir: Path) -> None:
    docs = read(files_dir, "mbox/tika_complex.mbox")
    assert docs[1].metadata["in_reply_to"]
    assert docs[1].metadata["references"]


def _xlsx() -> bytes:
    import io
    import zipfile

    s = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = "http://schemas.openxmlformats.org/package/2006/relationships"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{s}" xmlns:r="{r}"><sheets>'
            '<sheet name="Затрыманыя" sheetId="1" r:id="rId1"/>'
            '<sheet name="Суды" sheetId="2" r:id="rId2"/></sheets></workbook>',
        )
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{rels}">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>',
        )
        zf.writestr(
            "xl/sharedStrings.xml",
            f'<sst xmlns="{s}"><si><t>Імя</t></si><si><t>Горад</t></si>'
            "<si><r><t>Алесь </t></r><r><t>Бяляцкі</t></r></si><si><t>Мінск</t></si></sst>",
        )
        zf.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{s}"><sheetData>'
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c>'
            '<c r="C2"><v>2021</v></c></row></sheetData></worksheet>',
        )
        zf.writestr(
            "xl/worksheets/sheet2.xml",
            f'<worksheet xmlns="{s}"><sheetData><row r="1"><c r="A1" t="inlineStr">'
            "<is><t>Суд 3 сакавіка 2023</t></is></c></row></sheetData></worksheet>",
        )
    return buf.getvalue()


def test_xlsx_cells_by_sheet() -> None:
    doc = one_from_bytes("list.xlsx", _xlsx())
    assert doc.text == (
        "## Затрыманыя\nІмя\tГорад\nАлесь Бяляцкі\tМінск\t2021\n## Суды\nСуд 3 сакавіка 2023"
    )
    assert doc.language == "be"


def test_pptx_slides_in_order() -> None:
    import io
    import zipfile

    a = "http://schemas.openxmlformats.org/drawingml/2006/main"

    def slide(*paras: str) -> str:
        body = "".join(f"<a:p><a:r><a:t>{p}</a:t></a:r></a:p>" for p in paras)
        return f'<p:sld xmlns:p="urn:p" xmlns:a="{a}"><p:txBody>{body}</p:txBody></p:sld>'

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("ppt/presentation.xml", "<p/>")
        zf.writestr("ppt/slides/slide10.xml", slide("Дзякуй"))
        zf.writestr("ppt/slides/slide2.xml", slide("Палітвязні", "1 200 чалавек"))
        zf.writestr("ppt/slides/slide1.xml", slide("Справаздача 2023"))
    doc = one_from_bytes("report.pptx", buf.getvalue())
    assert doc.text == "## 1\nСправаздача 2023\n## 2\nПалітвязні\n1 200 чалавек\n## 10\nДзякуй"
    assert doc.title == "Справаздача 2023" and doc.metadata["slides"] == 3


def test_word97_doc_unicode_and_8bit_pieces() -> None:
    from .hostile import word97_doc

    text = "Заява\rМы патрабуем вызвалення ўсіх.\x13 PAGE \x141\x15\x07Канец"
    doc = one_from_bytes("old.doc", word97_doc(text))
    assert doc.text == "Заява\nМы патрабуем вызвалення ўсіх.1\tКанец"
    assert doc.title == "Заява" and doc.type == "statement" and doc.language == "be"
    latin = one_from_bytes("old.doc", word97_doc("Statement\rWe demand release.", compressed=True))
    assert latin.text == "Statement\nWe demand release."


def test_doc_that_is_really_html_or_rtf() -> None:
    page = b"<html><body><p>We demand the release of all political prisoners.</p></body></html>"
    assert "political prisoners" in one_from_bytes("web.doc", page).text
    rtf = b"{\\rtf1\\ansi Hello from RTF\\par}"
    assert one_from_bytes("saved.doc", rtf).text == "Hello from RTF"


def test_word97_doc_encrypted_or_damaged() -> None:
    import struct

    from .hostile import compound_file, word97_doc

    data = bytearray(word97_doc("x"))
    pos = data.find(struct.pack("<HH", 0xA5EC, 0x00C1))
    data[pos + 0x0A : pos + 0x0C] = struct.pack("<H", 0x0300)  # fEncrypted
    with pytest.raises(ExtractionError, match="protected by a password"):
        extract_bytes("secret.doc", bytes(data))
    with pytest.raises(ExtractionError, match=r"no 1Table stream|not a readable Word"):
        extract_bytes("bad.doc", compound_file({"WordDocument": bytes(0x200)}))


def test_seed_statement_title_skips_web_navigation(seeds_dir: Path) -> None:
    """The seed statement was saved from a web page: its first lines are navigation."""
    from archive_app.ingest.extractors.common import guess_title

    text = (seeds_dir / "statement-occupation-of-belarus.txt").read_text(encoding="utf-8")
    assert guess_title(text) == "Russia has occupied Belarus"
    assert guess_title("Галоўная\n\nЗаява пра Гродна\n") == "Заява пра Гродна"
