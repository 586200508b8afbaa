"""Builders of hostile files for the G1–G6 tests (made at run time, never stored)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def docx(document_xml: bytes | str, *, extra: dict[str, bytes] | None = None) -> bytes:
    """A DOCX container with the given word/document.xml."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def docx_body(text: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    )


def xxe_docx(secret_path: str) -> bytes:
    """G1: an external entity naming a local file."""
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>before &xxe; after</w:t>'
        "</w:r></w:p></w:body></w:document>"
    )
    return docx(xml)


def parameter_entity_docx(secret_path: str) -> bytes:
    """G1: a parameter entity pulling an external DTD."""
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<!DOCTYPE w:document [<!ENTITY % ext SYSTEM "file://{secret_path}"> %ext;]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    return docx(xml)


def odt(content_xml: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content_xml)
    return buf.getvalue()


def billion_laughs_odt() -> bytes:
    """G2: ten levels of ten-fold entity expansion (10^10 "lol"s)."""
    ents = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    xml = (
        '<?xml version="1.0"?><!DOCTYPE office:document-content [' + "".join(ents) + "]>"
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        "<office:text><text:p>&lol9;</text:p></office:text></office:body>"
        "</office:document-content>"
    )
    return odt(xml)


def zip_bomb_docx(uncompressed_mb: int) -> bytes:
    """G3: a document.xml of ``uncompressed_mb`` MiB that compresses to almost nothing."""
    head = docx_body("bomb").encode()
    filler = b" " * (uncompressed_mb * 1024 * 1024 - len(head))
    return docx(head.replace(b"</w:document>", b"") + filler + b"</w:document>")


def lying_size_docx(real_mb: int = 20, declared: int = 1000) -> bytes:
    """G3: a member whose central directory declares far fewer bytes than it holds."""
    data = bytearray(zip_bomb_docx(real_mb))
    name = b"word/document.xml"
    pos = 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        if pos < 0:
            break
        name_len = struct.unpack("<H", data[pos + 28 : pos + 30])[0]
        if data[pos + 46 : pos + 46 + name_len] == name:
            data[pos + 24 : pos + 28] = struct.pack("<I", declared)
        pos += 4
    return bytes(data)


def pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered objects (1 = catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def text_pdf(text: str = "Hello") -> bytes:
    stream = b"BT /F1 24 Tf 72 700 Td (%s) Tj ET" % text.encode("latin-1")
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def flate_bomb_pdf(uncompressed_mb: int) -> bytes:
    """G4: a page whose content stream inflates to ``uncompressed_mb`` MiB."""
    comp = zlib.compressobj(1)
    chunk = b" " * (1024 * 1024)
    data = b"".join(comp.compress(chunk) for _ in range(uncompressed_mb)) + comp.flush()
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        ]
    )


def xref_loop_pdf() -> bytes:
    """G4: a trailer whose /Prev points at its own xref section."""
    good = text_pdf("loop")
    xref = good.rindex(b"startxref\n") + len(b"startxref\n")
    offset = int(good[xref:].split(b"\n")[0])
    return good.replace(b"/Root 1 0 R >>", b"/Root 1 0 R /Prev %d >>" % offset)


def cmap_path_pdf(cmap_name: str) -> bytes:
    """G5: a Type0 font whose /Encoding names a CMap by a path (pdfminer unpickled these)."""
    stream = b"BT /F1 24 Tf 72 700 Td <0041> Tj ET"
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type0 /BaseFont /Evil /Encoding /"
            + cmap_name.encode().replace(b"/", b"#2F")
            + b" /DescendantFonts [6 0 R] >>",
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Evil "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        ]
    )
