"""Render the application icon (resources/icons/letapis.svg) into the files builds need.

Writes ``letapis.png`` (256 px, window icon and Linux), ``letapis.ico`` (Windows, 16–256 px)
and ``letapis.icns`` (macOS) beside the SVG. Qt renders the SVG; Pillow writes ICO and ICNS.
The outputs are committed, so a build does not need this script; rerun it after editing the
SVG::

    .venv/bin/python build_spec/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> None:
    from PIL import Image

    svg = ICONS / "letapis.svg"
    big = Image.open(io.BytesIO(render_png(svg, 1024))).convert("RGBA")
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "letapis.png", optimize=True)
    big.save(
        ICONS / "letapis.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    big.resize((512, 512), Image.Resampling.LANCZOS).save(ICONS / "letapis.icns")
    for name in ("letapis.png", "letapis.ico", "letapis.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")


if __name__ == "__main__":
    main()
