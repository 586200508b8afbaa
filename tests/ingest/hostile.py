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


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE Compound File (v3, 512-byte sectors) holding ``streams``.

    Every stream is padded to at least 4096 bytes so it lives in regular sectors (no mini
    stream needed); the directory is a flat chain of siblings under the root.
    """
    sector = 512
    endofchain, freesect, fatsect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    names = list(streams)
    bodies = [streams[n] + bytes(max(0, 4096 - len(streams[n]))) for n in names]
    dir_entries = 1 + len(names)
    dir_sectors = (dir_entries * 128 + sector - 1) // sector
    fat: list[int] = [fatsect]  # sector 0: the FAT itself
    fat += [i + 2 for i in range(dir_sectors - 1)] + [endofchain]  # directory chain
    starts = []
    for body in bodies:
        count = (len(body) + sector - 1) // sector
        first = len(fat)
        starts.append(first)
        fat += [first + i + 1 for i in range(count - 1)] + [endofchain]
    assert len(fat) <= sector // 4, "one FAT sector is enough for the tests"
    fat += [freesect] * (sector // 4 - len(fat))
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 40, 0, 1, 1, 0, 4096, endofchain, 0, endofchain)
    struct.pack_into("<I", header, 72, 0)  # no DIFAT sectors
    struct.pack_into("<109I", header, 76, 0, *([freesect] * 108))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        e = bytearray(128)
        raw = name.encode("utf-16-le") + b"\x00\x00"
        e[0 : len(raw)] = raw
        struct.pack_into("<HBB", e, 64, len(raw), kind, 1)
        struct.pack_into("<III", e, 68, freesect, right, child)
        struct.pack_into("<IQ", e, 116, start, size)
        return bytes(e)

    directory = entry("Root Entry", 5, 1, freesect, endofchain, 0)
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else freesect
        directory += entry(name, 2, freesect, right, starts[i], len(bodies[i]))
    directory += bytes(dir_sectors * sector - len(directory))
    out = bytes(header) + struct.pack(f"<{sector // 4}I", *fat) + directory
    for body in bodies:
        out += body + bytes((-len(body)) % sector)
    return out


def word97_doc(text: str, *, compressed: bool = False) -> bytes:
    """A Word 97 .doc whose main text is ``text`` (one piece, in the 1Table layout)."""
    word = bytearray(0x800)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", word, 0x0A, 0x0200)  # fWhichTblStm: the table is 1Table
    struct.pack_into("<H", word, 32, 14)
    struct.pack_into("<H", word, 62, 22)
    struct.pack_into("<i", word, 0x4C, len(text))
    struct.pack_into("<H", word, 152, 93)
    body = text.encode("cp1252") if compressed else text.encode("utf-16-le")
    fc = (0x800 * 2) | 0x40000000 if compressed else 0x800
    word += body
    plc = struct.pack("<II", 0, len(text)) + struct.pack("<HIH", 0, fc, 0)
    table = b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<II", word, 0x1A2, 0, len(table))
    return compound_file({"WordDocument": bytes(word), "1Table": table})
