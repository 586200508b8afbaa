"""Generate the binary and structured files of the Letapis demo collection.

Everything here is original fiction written for Letapis (see README.md). The script writes:

- ``email/*.eml``        — e-mails built with Python's ``email`` package (a KOI8-R
  quoted-printable body with an encoded-word Subject; a message with an attachment; a Polish
  ISO-8859-2 message);
- ``evidence/*.jpg``     — drawn "photographs" with EXIF (camera, DateTimeOriginal) and GPS;
- ``evidence/*.pdf``     — a one-page trial monitoring note (Qt's QPdfWriter, text layer);
- ``telegram_export/``   — a Telegram Desktop chat export (result.json and one photo).

Plain-text, Markdown and HTML documents are written by hand and are not touched here.

Run from anywhere (the output goes beside this file)::

    python resources/demo/make_demo_files.py

The output is deterministic (fixed random seed, MIME boundary, PDF dates and id): with the
same Pillow and Qt versions a re-run gives the same bytes. Needs Pillow and PySide6 (both
dependencies of Letapis) and, for nicer lettering, the DejaVu fonts (Pillow's built-in font
is used if they are missing).
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta, timezone
from email import charset as email_charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from fractions import Fraction
from pathlib import Path
from typing import Any, cast

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
MINSK_TZ = timezone(timedelta(hours=3))
WARSAW_SUMMER = timezone(timedelta(hours=2))
VILNIUS_SUMMER = timezone(timedelta(hours=3))

FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
]


# --------------------------------------------------------------------------------------------
# Fonts and drawing helpers


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    names = ["DejaVuSans-Bold.ttf", "arialbd.ttf"] if bold else ["DejaVuSans.ttf", "arial.ttf"]
    for folder in FONT_DIRS:
        for name in names:
            if (folder / name).is_file():
                return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default(size)


def sky(
    draw: ImageDraw.ImageDraw,
    w: int,
    h: int,
    top: tuple[int, int, int],
    bottom: tuple[int, int, int],
) -> None:
    for y in range(h):
        t = y / max(1, h - 1)
        color = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (w, y)], fill=color)


def building(
    draw: ImageDraw.ImageDraw,
    x: int,
    y: int,
    w: int,
    h: int,
    color: tuple[int, int, int],
    rng: random.Random,
    lit: float = 0.3,
) -> None:
    draw.rectangle([x, y, x + w, y + h], fill=color, outline=(40, 40, 45))
    for wy in range(y + 12, y + h - 20, 26):
        for wx in range(x + 8, x + w - 14, 22):
            on = rng.random() < lit
            draw.rectangle([wx, wy, wx + 12, wy + 16], fill=(250, 220, 140) if on else (70, 80, 95))


def person(
    draw: ImageDraw.ImageDraw,
    x: int,
    ground: int,
    rng: random.Random,
    scale: float = 1.0,
    shirt: tuple[int, int, int] | None = None,
) -> None:
    h = int(rng.randint(70, 95) * scale)
    head = int(9 * scale)
    shirt = shirt or rng.choice(
        [
            (200, 200, 205),
            (60, 70, 120),
            (150, 40, 40),
            (240, 240, 240),
            (40, 90, 60),
            (90, 60, 40),
            (30, 30, 35),
        ]
    )
    body_top = ground - h + 2 * head
    draw.ellipse(
        [x - head, ground - h, x + head, ground - h + 2 * head],
        fill=rng.choice([(235, 200, 170), (210, 170, 140), (190, 150, 120)]),
    )
    draw.rectangle(
        [x - int(11 * scale), body_top, x + int(11 * scale), ground - int(h * 0.38)], fill=shirt
    )
    draw.rectangle(
        [x - int(9 * scale), ground - int(h * 0.38), x + int(9 * scale), ground], fill=(45, 45, 60)
    )


def flag_wrw(draw: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int) -> None:
    """The white-red-white flag."""
    third = h // 3
    draw.rectangle([x, y, x + w, y + third], fill=(250, 250, 250))
    draw.rectangle([x, y + third, x + w, y + 2 * third], fill=(200, 30, 35))
    draw.rectangle([x, y + 2 * third, x + w, y + h], fill=(250, 250, 250))
    draw.line([(x, y), (x, y + h + 60)], fill=(90, 70, 50), width=3)


def banner(
    draw: ImageDraw.ImageDraw,
    box: tuple[int, int, int, int],
    text: str,
    size: int = 26,
    fg: tuple[int, int, int] = (190, 20, 30),
    bg: tuple[int, int, int] = (250, 250, 248),
) -> None:
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=bg, outline=(120, 120, 120))
    draw.rectangle([x0, y1 - 9, x1, y1 - 3], fill=(200, 30, 35))
    f = font(size, bold=True)
    tw = draw.textlength(text, font=f)
    draw.text(((x0 + x1 - tw) / 2, y0 + (y1 - y0 - 9 - size) / 2 - 2), text, font=f, fill=fg)


def noise(img: Image.Image, rng: random.Random, amount: int = 10) -> Image.Image:
    """A little sensor noise so the pictures look less like vector drawings."""
    px = img.load()
    assert px is not None
    w, h = img.size
    for _ in range(w * h // 6):
        x, y = rng.randrange(w), rng.randrange(h)
        r, g, b = px[x, y]  # type: ignore[misc]
        d = rng.randint(-amount, amount)
        px[x, y] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    return img


# --------------------------------------------------------------------------------------------
# EXIF


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 2)
    return Fraction(d), Fraction(m), Fraction(round(s * 100), 100)


def save_with_exif(
    img: Image.Image,
    path: Path,
    *,
    make: str,
    model: str,
    taken: datetime,
    lat: float,
    lon: float,
    alt: float,
    description: str,
    software: str = "",
) -> None:
    exif = Image.Exif()
    exif[0x010E] = description  # ImageDescription (ASCII by the EXIF standard)
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = 1  # Orientation
    exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")  # DateTime
    if software:
        exif[0x0131] = software
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeOriginal
    sub[0x9004] = taken.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeDigitized
    offset = taken.strftime("%z")
    sub[0x9011] = f"{offset[:3]}:{offset[3:]}"  # OffsetTimeOriginal
    gps = exif.get_ifd(0x8825)
    gps[0x0000] = b"\x02\x03\x00\x00"  # GPSVersionID
    gps[0x0001] = "N" if lat >= 0 else "S"
    gps[0x0002] = _dms(lat)
    gps[0x0003] = "E" if lon >= 0 else "W"
    gps[0x0004] = _dms(lon)
    gps[0x0005] = 0  # above sea level
    gps[0x0006] = Fraction(int(alt * 10), 10)
    utc = taken.astimezone(UTC)
    gps[0x0007] = (Fraction(utc.hour), Fraction(utc.minute), Fraction(utc.second))
    gps[0x001D] = utc.strftime("%Y:%m:%d")  # GPSDateStamp
    img.save(path, "JPEG", quality=82, optimize=True, exif=exif)


# --------------------------------------------------------------------------------------------
# Pictures


def street_hrodna(rng: random.Random) -> Image.Image:
    w, h = 960, 640
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    sky(d, w, 330, (120, 150, 200), (235, 190, 150))  # August evening
    d.rectangle([0, 330, w, h], fill=(120, 118, 112))  # pavement
    for x in range(0, w, 48):
        d.line([(x, 330), (x - 140, h)], fill=(105, 103, 98))
    # an old-town street: low facades in pastel colours, a church tower
    d.rectangle([700, 90, 770, 330], fill=(236, 226, 200), outline=(90, 80, 70))
    d.polygon([(700, 90), (735, 30), (770, 90)], fill=(90, 110, 100))
    x = 0
    for color in [
        (214, 180, 140),
        (200, 210, 190),
        (230, 200, 200),
        (210, 200, 170),
        (190, 200, 215),
        (225, 215, 180),
    ]:
        bw = rng.randint(120, 170)
        building(d, x, rng.randint(150, 190), bw, 180, color, rng, lit=0.15)
        x += bw
    # the chain of solidarity along the kerb
    for px in range(30, w, 34):
        person(
            d,
            px + rng.randint(-4, 4),
            470 + rng.randint(-6, 6),
            rng,
            shirt=rng.choice([(245, 245, 245), (245, 245, 245), (200, 30, 35)]),
        )
    banner(d, (250, 250, 720, 330), "ГРОДНА, МЫ З ВАМІ!", size=34)
    flag_wrw(d, 120, 230, 90, 60)
    flag_wrw(d, 820, 240, 80, 54)
    # flowers in the front row
    for fx in range(40, w, 60):
        d.ellipse([fx, 430, fx + 12, 442], fill=rng.choice([(230, 60, 80), (250, 250, 250)]))
    return noise(img, rng)


def march_minsk(rng: random.Random) -> Image.Image:
    w, h = 960, 640
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    sky(d, w, 300, (110, 160, 220), (200, 220, 235))
    d.rectangle([0, 300, w, h], fill=(95, 95, 100))
    # wide avenue with Stalinist facades
    for bx, bw in [(0, 260), (260, 200), (700, 260)]:
        building(d, bx, 110, bw, 190, (225, 215, 190), rng, lit=0.05)
        d.rectangle([bx, 100, bx + bw, 112], fill=(200, 190, 165))
    d.rectangle([470, 60, 500, 300], fill=(230, 225, 210))  # an obelisk in the distance
    d.polygon([(470, 60), (485, 20), (500, 60)], fill=(200, 170, 90))
    # a crowd filling the avenue
    for row in range(7):
        y = 330 + row * 45
        for px in range(0, w, 26 - row):
            person(d, px + rng.randint(-6, 6), y + rng.randint(-4, 4), rng, scale=0.6 + row * 0.09)
    flag_wrw(d, 150, 190, 130, 78)
    flag_wrw(d, 560, 170, 150, 90)
    banner(d, (300, 250, 660, 305), "МІНСК, МЫ РАЗАМ!", size=26)
    return noise(img, rng)


def court_notice(rng: random.Random) -> Image.Image:
    """A document photographed on a kitchen table: a fictional summons."""
    w, h = 900, 1200
    img = Image.new("RGB", (w, h), (150, 110, 75))
    d = ImageDraw.Draw(img)
    for y in range(0, h, 9):  # wood grain
        d.line([(0, y), (w, y + rng.randint(-3, 3))], fill=(140 + rng.randint(-8, 8), 100, 68))
    paper = Image.new("RGB", (700, 990), (246, 244, 236))
    p = ImageDraw.Draw(paper)
    f_head = font(24, bold=True)
    f_body = font(21)
    lines = [
        ("ПОВЕСТКА", f_head, 290),
        ("о вызове в суд", f_body, 280),
        ("", f_body, 0),
        ("Суд Ленинского района г. Бреста", f_body, 40),
        ("г. Брест, ул. Ленина", f_body, 40),
        ("", f_body, 0),
        ("Гражданке Кузьмич Анастасии Петровне", f_body, 40),
        ("надлежит явиться 18 февраля 2021 г.", f_body, 40),
        ("к 10 часам 00 минут, зал № 3,", f_body, 40),
        ("в качестве обвиняемой по делу", f_body, 40),
        ("об административном правонарушении", f_body, 40),
        ("(ст. 24.23 КоАП Республики Беларусь).", f_body, 40),
        ("", f_body, 0),
        ("При себе иметь паспорт.", f_body, 40),
        ("В случае неявки без уважительных", f_body, 40),
        ("причин лицо может быть подвергнуто", f_body, 40),
        ("приводу.", f_body, 40),
        ("", f_body, 0),
        ("Секретарь судебного заседания", f_body, 40),
        ("______________  /подпись/", f_body, 40),
    ]
    y = 60
    for text, f, x in lines:
        if text:
            p.text((x, y), text, font=f, fill=(25, 25, 30))
        y += 40
    p.ellipse([430, 820, 630, 960], outline=(70, 80, 170), width=4)  # a blurred round stamp
    p.text((470, 875), "БРЕСТ", font=font(26, bold=True), fill=(70, 80, 170))
    paper = paper.rotate(-2.5, expand=True, fillcolor=(150, 110, 75))
    img.paste(paper, (90, 95))
    # a ballpoint pen beside the paper
    d.line([(60, 1150), (300, 1100)], fill=(20, 40, 120), width=9)
    return noise(img, rng, amount=6)


def vilnius_anniversary(rng: random.Random) -> Image.Image:
    w, h = 960, 640
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    sky(d, w, 320, (70, 90, 150), (240, 170, 110))  # sunset
    d.rectangle([0, 320, w, h], fill=(170, 160, 140))
    # a classical facade with columns and a free-standing bell tower
    d.rectangle([180, 140, 700, 320], fill=(245, 242, 232), outline=(120, 120, 110))
    d.polygon([(170, 140), (440, 70), (710, 140)], fill=(235, 230, 220), outline=(120, 120, 110))
    for cx in range(210, 690, 70):
        d.rectangle([cx, 150, cx + 22, 320], fill=(225, 222, 212))
    d.rectangle([780, 60, 850, 320], fill=(240, 238, 230), outline=(120, 120, 110))
    d.rectangle([790, 30, 840, 60], fill=(235, 232, 222))
    # people with candles and a banner
    for px in range(20, w, 30):
        person(d, px + rng.randint(-5, 5), 520 + rng.randint(-8, 8), rng)
    for cx in range(60, w, 90):
        d.ellipse([cx, 455, cx + 8, 467], fill=(255, 210, 90))
    banner(d, (120, 360, 840, 430), "9.08.2020 — 9.08.2023  ПАМЯТАЕМ", size=34)
    flag_wrw(d, 40, 300, 70, 42)
    return noise(img, rng)


def warsaw_picket(rng: random.Random) -> Image.Image:
    w, h = 960, 640
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    sky(d, w, 360, (150, 185, 225), (220, 230, 240))
    d.rectangle([0, 360, w, h], fill=(140, 140, 135))
    # a tall spired tower in the background
    d.rectangle([400, 80, 560, 360], fill=(205, 195, 175))
    d.rectangle([440, 40, 520, 80], fill=(200, 190, 170))
    d.polygon([(470, 40), (480, 5), (490, 40)], fill=(190, 180, 160))
    for y in range(100, 350, 22):
        for x in range(410, 552, 16):
            d.rectangle([x, y, x + 7, y + 12], fill=(120, 115, 110))
    for px in range(60, w - 40, 52):
        person(d, px + rng.randint(-6, 6), 560 + rng.randint(-6, 6), rng, scale=1.3)
    banner(d, (90, 380, 870, 450), "WOLNOŚĆ DLA WIĘŹNIÓW POLITYCZNYCH BIAŁORUSI", size=28)
    for i, (x, text) in enumerate(
        [(110, "FREE ALES"), (380, "#FreeBelarus"), (650, "ЖЫВЕ БЕЛАРУСЬ!")]
    ):
        d.rectangle([x, 465, x + 210, 515], fill=(250, 250, 250), outline=(30, 30, 30))
        d.text((x + 12, 475), text, font=font(24 - i, bold=True), fill=(190, 20, 30))
    return noise(img, rng)


def telegram_chain_photo(rng: random.Random) -> Image.Image:
    """The photo sent in the chat: a solidarity chain at dusk (phone picture, no EXIF)."""
    w, h = 800, 600
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    sky(d, w, 280, (60, 70, 120), (210, 140, 110))
    d.rectangle([0, 280, w, h], fill=(80, 80, 82))
    for x in range(0, w, 120):
        building(d, x, 120 + rng.randint(0, 40), 110, 180, (170, 165, 160), rng, lit=0.5)
    for px in range(15, w, 28):
        person(
            d,
            px,
            430 + rng.randint(-5, 5),
            rng,
            shirt=rng.choice([(240, 240, 240), (240, 240, 240), (190, 30, 35)]),
        )
    for cx in range(30, w, 70):
        d.ellipse([cx, 380, cx + 10, 392], fill=(255, 250, 220))  # phone torches
    return noise(img, rng)


# --------------------------------------------------------------------------------------------
# PDF


PDF_LINES = [
    ("h1", "Справка о мониторинге судебного процесса № 17"),
    ("p", "Гродненский областной суд, г. Гродно, ул. Ожешко"),
    ("p", "Дело: Лапко Игорь Викторович, 2001 г. р., ч. 1 ст. 342 УК Республики Беларусь"),
    ("p", "Дата заседания: 27 января 2021 года, 10:00–16:40. Судья: (фамилия известна)."),
    ("p", ""),
    ("h2", "1. Доступ в зал"),
    ("p", "Зал рассчитан на 40 мест; в зал пустили 6 человек, из них двое — родственники."),
    ("p", "Остальные места заняли люди в штатском, которые не представились."),
    ("h2", "2. Ход заседания"),
    ("p", "Обвинение: участие 10–11 августа 2020 года в «групповых действиях, грубо"),
    ("p", "нарушающих общественный порядок» на проспекте Космонавтов в Гродно."),
    ("p", "Подсудимый вину не признал: пояснил, что раздавал воду участникам акции."),
    ("p", "Свидетели обвинения — два сотрудника ОМОН — давали показания в масках,"),
    ("p", "под вымышленными фамилиями «Иванов» и «Петров»; видеозаписей суду не представлено."),
    ("p", "Ходатайство защиты о допросе свидетелей, видевших раздачу воды, отклонено."),
    ("h2", "3. Приговор"),
    ("p", "5 лет лишения свободы в колонии общего режима. Подсудимый в последнем слове:"),
    ("p", "«Я не жалею. Жыве Беларусь!». Зал аплодировал, двух человек вывели."),
    ("h2", "4. Оценка наблюдателя"),
    ("p", "Процесс не отвечал стандартам справедливого суда (ст. 14 МПГПП): ограничен"),
    ("p", "публичный доступ, анонимные свидетели, отказ в допросе свидетелей защиты."),
    ("p", "Рекомендуем признать И. Лапко политзаключённым (критерии «Вясны»)."),
    ("p", ""),
    ("small", "Наблюдатель: волонтёр инициативы «Нёманский мост». Составлено 28.01.2021."),
    ("small", "Документ вымышлен: демонстрационная коллекция Letapis (CC0)."),
]


PDF_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Справка о мониторинге судебного процесса
    № 17</rdf:li></rdf:Alt></dc:title>
   <xmp:CreatorTool>Letapis demo collection</xmp:CreatorTool>
   <xmp:CreateDate>2021-01-28T18:45:00Z</xmp:CreateDate>
   <xmp:ModifyDate>2021-01-28T18:45:00Z</xmp:ModifyDate>
   <xmpMM:DocumentID>uuid:6c657461-7069-7364-656d-6f3137000001</xmpMM:DocumentID>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"""


def make_pdf(path: Path) -> None:
    """One A4 page with a real text layer, drawn by Qt (no GUI needed)."""
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

    app = QGuiApplication.instance() or QGuiApplication(
        ["make_demo_files", "-platform", "offscreen"]
    )
    writer = QPdfWriter(str(path))
    writer.setTitle("Справка о мониторинге судебного процесса № 17")
    writer.setCreator("Letapis demo collection")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setDocumentXmpMetadata(PDF_XMP.encode("utf-8"))
    painter = QPainter(writer)
    width = writer.width()
    y = 0.0
    sizes = {"h1": (15, True), "h2": (12, True), "p": (10.5, False), "small": (8.5, False)}
    for kind, text in PDF_LINES:
        pt, bold = sizes[kind]
        f = QFont("DejaVu Sans", 1)
        f.setPointSizeF(pt)
        f.setBold(bold)
        painter.setFont(f)
        line_h = pt * 300 / 72 * 1.55
        if kind == "h2":
            y += line_h * 0.4
        if text:
            painter.drawText(QRectF(0, y, width, line_h), 0, text)
        y += line_h
    painter.end()
    del app
    _fix_pdf_dates(path, "D:20210128184500Z")


def _fix_pdf_dates(path: Path, stamp: str) -> None:
    """Pin the dates and the file id Qt writes, so a re-run gives the same bytes.

    Every replacement keeps the byte length, so the cross-reference offsets stay valid.
    """
    data = path.read_bytes()
    for key in (b"/CreationDate (", b"/ModDate ("):
        start = data.index(key) + len(key)
        end = data.index(b")", start)
        data = data[:start] + stamp.encode().ljust(end - start, b"Z")[: end - start] + data[end:]
    start = data.index(b"/ID [ <") + len(b"/ID [ <")
    end = data.index(b">", start)
    fixed = b"6c657461706973" * ((end - start) // 14 + 1)  # hex of "letapis", repeated
    data = data[:start] + fixed[: end - start] + data[end:]
    end2 = data.index(b">", data.index(b"<", end + 1))
    start2 = data.index(b"<", end + 1) + 1
    data = data[:start2] + fixed[: end2 - start2] + data[end2:]
    path.write_bytes(data)


# --------------------------------------------------------------------------------------------
# E-mail


def _header(text: str, charset: str | email_charset.Charset, header_name: str) -> str:
    """An encoded-word header. The compat32 API takes a Header object where a str is typed;
    handing it over (rather than its encoded string) lets the generator fold it properly."""
    return cast(str, Header(text, charset, header_name=header_name))


def email_koi8r(path: Path) -> None:
    """Russian, KOI8-R quoted-printable body, Subject as an encoded word."""
    body = (
        "Вольга, добрый вечер!\n\n"
        "Пересылаю то, что удалось собрать по участкам Ленинского района Гродно. Из 14 участков,\n"
        "где были наши наблюдатели, фото итоговых протоколов есть с 11. На трёх участках\n"
        "протокол так и не вывесили, председатели комиссий ушли через чёрный ход.\n\n"
        'По нашим подсчётам (по фото бюллетеней в "Голосе" и по явке, которую видели\n'
        "наблюдатели) за Тихановскую на этих участках проголосовало от 55 до 71 процента.\n"
        "В официальных протоколах - от 9 до 14. За Лукашенко официально 76-82 процента.\n\n"
        "Таблицу с номерами участков и ссылками на фото отправлю отдельно, через Signal,\n"
        "по почте не хочу. Фотографии храните, пожалуйста, в зашифрованном архиве и не\n"
        "публикуйте лица членов комиссий без решения юристов.\n\n"
        "Берегите себя. Говорят, завтра опять будут забирать у ЦУМа.\n\n"
        "Сергей\n"
    )
    cs = email_charset.Charset("koi8-r")
    cs.header_encoding = email_charset.BASE64
    cs.body_encoding = email_charset.QP
    msg = Message()
    msg["From"] = formataddr(("Сергей М.", "s.matsko@nioman-mail.example"), "koi8-r")
    msg["To"] = "volha.s@nioman-mail.example"
    msg["Subject"] = _header(
        "Протоколы по Гродно: расхождения с официальными данными", cs, header_name="Subject"
    )
    msg["Date"] = format_datetime(datetime(2020, 8, 12, 21, 47, 5, tzinfo=MINSK_TZ))
    msg["Message-ID"] = "<20200812214705.4411@nioman-mail.example>"
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = "The Bat! (v9.1.18) Home"
    msg.set_payload(body, cs)
    path.write_bytes(msg.as_bytes())


def email_with_attachment(path: Path) -> None:
    """Belarusian UTF-8 message with a small text attachment (a parcel list)."""
    msg = MIMEMultipart(boundary="==letapis-demo-7731==")
    msg["From"] = "Nasta Kuzmich <nasta.k@letters-solidarity.example>"
    msg["To"] = "Tamara Lapko <t.lapko@nioman-mail.example>"
    msg["Subject"] = _header(
        "Пасылка для Ігара ў калонію — спіс рэчаў", "utf-8", header_name="Subject"
    )
    msg["Date"] = format_datetime(datetime(2022, 2, 6, 10, 15, 0, tzinfo=MINSK_TZ))
    msg["Message-ID"] = "<2022020610150.7731@letters-solidarity.example>"
    text = (
        "Шаноўная спадарыня Тамара!\n\n"
        "Дасылаю спіс рэчаў, якія цяпер дазваляюць перадаваць у калонію ў Шклове, дзе\n"
        "знаходзіцца Ігар. Спіс мы склалі разам з іншымі сем'ямі палітвязняў, ён актуальны на\n"
        "пачатак лютага. Калі нешта не прымуць — напішыце, мы абновім спіс для ўсіх.\n\n"
        "Лісты ад «Лістоў салідарнасці» мы працягваем дасылаць кожны тыдзень. Пішам проста,\n"
        "пра кнігі і надвор'е, каб цэнзар прапусціў.\n\n"
        "З павагай і надзеяй,\n"
        "Наста Кузьміч\n"
    )
    msg.attach(MIMEText(text, "plain", "utf-8"))
    listing = (
        "Спіс рэчаў для пасылкі (калонія, люты 2022)\n\n"
        "1. Цёплыя шкарпэткі, 3 пары (чорныя або шэрыя, без малюнкаў)\n"
        "2. Тэрмабялізна, 1 камплект\n"
        "3. Гарбата чорная, 250 г, у празрыстай упакоўцы\n"
        "4. Цукеркі без фальгі, да 1 кг\n"
        "5. Канверты з маркамі, 10 шт.\n"
        "6. Вітаміны — толькі з дазволу медчасткі\n\n"
        "Не перадаваць: кнігі ў цвёрдай вокладцы, рэчы чырвонага колеру, фота з надпісамі.\n"
    ).encode()
    part = MIMEApplication(listing, "octet-stream")
    part.replace_header("Content-Type", 'text/plain; charset="utf-8"; name="spis_pasylki.txt"')
    part.add_header("Content-Disposition", "attachment", filename="spis_pasylki.txt")
    msg.attach(part)
    path.write_bytes(msg.as_bytes())


def email_polish(path: Path) -> None:
    """Polish, ISO-8859-2 quoted-printable body, encoded-word Subject and To."""
    body = (
        "Dzień dobry Pani Anno,\n\n"
        "dziękuję za wczorajszą rozmowę. Tak jak mówiłam, rodzina z Grodna (matka z dwójką\n"
        "dzieci) przekroczy granicę w Terespolu w czwartek wieczorem. Mają wizy humanitarne.\n"
        "Ojciec został w Brześciu - jest wezwany na przesłuchanie w sprawie\n"
        '"ekstremistycznych" datków na fundusz pomocy więźniom politycznym.\n\n'
        "Czy stowarzyszenie może zapewnić nocleg na dwie lub trzy noce w Białej Podlasce?\n"
        "Potem pojadą do Warszawy, gdzie czeka na nich kuzynka.\n\n"
        "Proszę nie przekazywać tego maila dalej i nie podawać nazwiska rodziny przez telefon.\n\n"
        "Pozdrawiam serdecznie\n"
        "Marta Kowalczyk\n"
        'Związek Zawodowy "Kotwica", Gdynia\n'
    )
    cs = email_charset.Charset("iso-8859-2")
    cs.header_encoding = email_charset.QP
    cs.body_encoding = email_charset.QP
    msg = Message()
    msg["From"] = "Marta Kowalczyk <m.kowalczyk@kotwica-zz.example>"
    msg["To"] = formataddr(("Anna Wiśniewska", "anna.w@bp-pomoc.example"), cs)
    msg["Subject"] = _header(
        "Prośba o nocleg dla rodziny z Grodna (czwartek, Terespol)", cs, header_name="Subject"
    )
    msg["Date"] = format_datetime(datetime(2023, 10, 10, 8, 32, 41, tzinfo=WARSAW_SUMMER))
    msg["Message-ID"] = "<20231010083241.kotwica.5520@kotwica-zz.example>"
    msg["MIME-Version"] = "1.0"
    msg.set_payload(body, cs)
    path.write_bytes(msg.as_bytes())


# --------------------------------------------------------------------------------------------
# Telegram Desktop export


def _entities(parts: list[Any]) -> tuple[Any, list[dict[str, str]]]:
    """Telegram's two forms: ``text`` (a string, or a list mixing strings and entity objects)
    and ``text_entities`` (always a list of objects, plain text as type "plain")."""
    entities: list[dict[str, str]] = []
    for part in parts:
        if isinstance(part, str):
            entities.append({"type": "plain", "text": part})
        else:
            entities.append(part)
    if all(isinstance(p, str) for p in parts):
        return "".join(parts), entities
    return parts, entities


# (minutes after the first message, sender key, text parts, extras)
CHAT: list[tuple[int, str, list[Any], dict[str, Any]]] = [
    (
        0,
        "volha",
        [
            "Сябры, сёння а 19:00 ланцуг салідарнасці на Савецкай. Бярыце кветкі і ",
            {"type": "bold", "text": "нічога чырвонага ў руках"},
            ", каб не чапляліся.",
        ],
        {},
    ),
    (3, "zmitser", ["Буду. Са мной яшчэ двое з Дзевятоўкі."], {}),
    (
        5,
        "tamara",
        [
            "Девочки, мальчики, кто-нибудь знает, где Игорь Лапко? Мой сын. С "
            "понедельника не отвечает, в РОВД говорят, что такого нет."
        ],
        {},
    ),
    (
        7,
        "volha",
        [
            "Тамара Іванаўна, ён у ізалятары на Каменнай, праз юрыста даведаліся. "
            "Заўтра раніцай перадача, напішу вам у асабістыя."
        ],
        {"reply_to": 3},
    ),
    (9, "tamara", ["Спасибо вам. Я всю ночь не спала."], {}),
    (
        26,
        "marta",
        [
            "Dzień dobry z Gdyni! Nasz związek zbiera pieniądze dla rodzin "
            "zatrzymanych w Grodnie. Napiszcie, komu przekazać."
        ],
        {},
    ),
    (
        31,
        "volha",
        [
            "Dziękujemy, Marta! Napiszę na priv. Pozdrowienia dla ",
            {"type": "italic", "text": "Kotwicy"},
            ".",
        ],
        {"reply_to": 6},
    ),
    (
        58,
        "zmitser",
        [
            "Ля драмтэатра ўжо каля 300 чалавек, усе ў белым. Міліцыі пакуль няма. ",
            {"type": "hashtag", "text": "#Гродна"},
        ],
        {},
    ),
    (64, "zmitser", ["Вось як выглядае"], {"photo": True}),
    (
        66,
        "nasta",
        [
            "Прыгожа. Толькі, калі ласка, не выкладвайце твары ў адкрытыя каналы. "
            "Фота без метаданых, з размытымі тварамі."
        ],
        {},
    ),
    (
        70,
        "siarhei",
        [
            "У Минске на Немиге тоже цепь, километра два. Лукашенко по телевизору "
            "называет это «проплаченными овцами» 🙂"
        ],
        {},
    ),
    (
        73,
        "volha",
        ["Ну а мы — авечкі з кветкамі. Лукашэнку варта было б на нас паглядзець."],
        {"reply_to": 11, "edited_min": 74},
    ),
    (
        95,
        "zmitser",
        ["Падышлі тры бусы без нумароў на Ажэшкі. Разыходзімся групамі па 2–3, не ў бок ЦУМа!"],
        {},
    ),
    (
        97,
        "nasta",
        [
            "Усім, хто ідзе дадому: праверце, каб у тэлефоне не было чатаў. ",
            {"type": "link", "text": "https://nioman-inform.example/bezpeka"},
        ],
        {},
    ),
    (140, "tamara", ["Все дома? Отпишитесь, пожалуйста."], {}),
    (
        142,
        "zmitser",
        ["Дома. Двух хлопцаў забралі, імёны ведаю, раніцай перадам юрыстам."],
        {"reply_to": 15},
    ),
    (143, "marta", ["Trzymajcie się. Jutro przelew na fundusz pomocy, potwierdzę tutaj."], {}),
    (
        1444,
        "siarhei",
        [
            "Новости: Тихановская записала обращение из Вильнюса. Просит не "
            "поддаваться на провокации и продолжать забастовки."
        ],
        {},
    ),
    (
        1450,
        "volha",
        [
            "Ціханоўская правільна кажа. Сёння ізноў а 19:00, тое ж месца. ",
            {"type": "mention", "text": "@nioman_most"},
            " — перашліце, калі ласка.",
        ],
        {},
    ),
    (
        1461,
        "marta",
        [
            "Przelew wysłany: 4 200 zł od członków Kotwicy. Niech Białoruś będzie "
            "wolna! Łukaszenka musi odejść."
        ],
        {},
    ),
    (1462, "volha", ["Дзякуй! 🤍❤️🤍"], {"reply_to": 20}),
]

PEOPLE = {
    "volha": ("Вольга С.", "user500100201"),
    "zmitser": ("Zmitser H.", "user500100202"),
    "tamara": ("Тамара Лапко", "user500100203"),
    "marta": ("Marta Kowalczyk", "user500100204"),
    "nasta": ("Наста", "user500100205"),
    "siarhei": ("Сергей М.", "user500100206"),
}


def telegram_export(folder: Path, rng: random.Random) -> None:
    photos = folder / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    start = datetime(2020, 8, 13, 17, 54, 12, tzinfo=MINSK_TZ)
    messages: list[dict[str, Any]] = [
        {
            "id": 1,
            "type": "service",
            "date": (start - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int((start - timedelta(days=2)).timestamp())),
            "actor": PEOPLE["volha"][0],
            "actor_id": PEOPLE["volha"][1],
            "action": "create_group",
            "title": "Нёманскі мост — каардынацыя",
            "members": [name for name, _ in PEOPLE.values()],
            "text": "",
            "text_entities": [],
        }
    ]
    for n, (minutes, who, parts, extra) in enumerate(CHAT, start=2):
        when = start + timedelta(minutes=minutes, seconds=rng.randint(0, 59))
        text, entities = _entities(parts)
        msg: dict[str, Any] = {
            "id": n,
            "type": "message",
            "date": when.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int(when.timestamp())),
        }
        if "edited_min" in extra:
            edited = start + timedelta(minutes=extra["edited_min"], seconds=12)
            msg["edited"] = edited.strftime("%Y-%m-%dT%H:%M:%S")
            msg["edited_unixtime"] = str(int(edited.timestamp()))
        msg["from"] = PEOPLE[who][0]
        msg["from_id"] = PEOPLE[who][1]
        if "reply_to" in extra:
            msg["reply_to_message_id"] = extra["reply_to"]
        if extra.get("photo"):
            name = f"photo_1@{when.strftime('%d-%m-%Y_%H-%M-%S')}.jpg"
            pic = telegram_chain_photo(rng)
            pic.save(photos / name, "JPEG", quality=78, optimize=True)
            msg["photo"] = f"photos/{name}"
            msg["width"], msg["height"] = pic.size
        msg["text"] = text
        msg["text_entities"] = entities
        messages.append(msg)
    export = {
        "name": "Нёманскі мост — каардынацыя",
        "type": "private_supergroup",
        "id": 1500100200,
        "messages": messages,
    }
    (folder / "result.json").write_text(
        json.dumps(export, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


# --------------------------------------------------------------------------------------------


def main() -> None:
    rng = random.Random(20200809)
    (HERE / "email").mkdir(exist_ok=True)
    (HERE / "evidence").mkdir(exist_ok=True)
    email_koi8r(HERE / "email" / "2020-08-12_pratakoly_hrodna.eml")
    email_with_attachment(HERE / "email" / "2022-02-06_pasylka_spis.eml")
    email_polish(HERE / "email" / "2023-10-10_prosba_o_nocleg.eml")

    photos = [
        (
            "2020-08-13_hrodna_chain_banner.jpg",
            street_hrodna,
            "Xiaomi",
            "Redmi Note 8 Pro",
            datetime(2020, 8, 13, 19, 42, 17, tzinfo=MINSK_TZ),
            53.67791,
            23.82969,
            126.0,
            "Solidarity chain with a banner, Savetskaya Street, Hrodna",
        ),
        (
            "2020-08-16_minsk_march.jpg",
            march_minsk,
            "samsung",
            "SM-A515F",
            datetime(2020, 8, 16, 15, 8, 51, tzinfo=MINSK_TZ),
            53.90866,
            27.57491,
            221.0,
            "March on Independence Avenue, Minsk",
        ),
        (
            "2021-02-11_brest_court_summons.jpg",
            court_notice,
            "Apple",
            "iPhone 8",
            datetime(2021, 2, 11, 8, 20, 3, tzinfo=MINSK_TZ),
            52.09418,
            23.68645,
            142.0,
            "Court summons received in Brest (photo of a paper document)",
        ),
        (
            "2023-08-09_vilnius_anniversary.jpg",
            vilnius_anniversary,
            "Google",
            "Pixel 6a",
            datetime(2023, 8, 9, 20, 31, 40, tzinfo=VILNIUS_SUMMER),
            54.68588,
            25.28764,
            112.0,
            "Vigil on the third anniversary of 9 August 2020, Cathedral Square, Vilnius",
        ),
        (
            "2025-05-21_warsaw_picket.jpg",
            warsaw_picket,
            "Canon",
            "Canon EOS 250D",
            datetime(2025, 5, 21, 17, 5, 9, tzinfo=WARSAW_SUMMER),
            52.23183,
            21.00596,
            109.0,
            "Picket for Belarusian political prisoners, Plac Defilad, Warsaw",
        ),
    ]
    for name, painter, make, model, taken, lat, lon, alt, description in photos:
        save_with_exif(
            painter(rng),
            HERE / "evidence" / name,
            make=make,
            model=model,
            taken=taken,
            lat=lat,
            lon=lon,
            alt=alt,
            description=description,
        )

    make_pdf(HERE / "evidence" / "2021-01-28_trial_monitoring_lapko.pdf")
    telegram_export(HERE / "telegram_export", rng)
    print("demo files written under", HERE)


if __name__ == "__main__":
    main()
