"""Shared pieces of the exchange dialogs: fingerprints, disks, the signer in words.

Refusals in plain words (a bundle's, a card's) are in ``messages``: one source for the
dialogs and the generic error dialog, keyed by the core's stable codes.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

#: Files on FAT32 must stay below 4 GiB.
FAT_FILE_LIMIT = 4 * 1024**3 - 1
#: Bundle file suffix (exchange/volumes.py) and card suffix people see on the stick.
BUNDLE_SUFFIX = ".letapis-bundle"
CARD_SUFFIX = ".letapis-card"


def fingerprint_label(spoken: str) -> QLabel:
    """A large, selectable, monospaced label for a fingerprint read aloud group by group."""
    label = QLabel(fingerprint_lines(spoken))
    label.setObjectName("fingerprint")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setFamily("monospace")
    font.setStyleHint(font.StyleHint.Monospace)
    font.setPointSizeF(font.pointSizeF() * 1.35)
    label.setFont(font)
    return label


def fingerprint_lines(spoken: str) -> str:
    """Twelve groups as three lines of four (easier to read aloud without losing one's place)."""
    groups = " ".join(part.strip() for part in spoken.split("·")).split()
    return "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def human_size(size: int) -> str:
    units = [
        QCoreApplication.translate("Exchange", "bytes"),
        QCoreApplication.translate("Exchange", "KiB"),
        QCoreApplication.translate("Exchange", "MiB"),
        QCoreApplication.translate("Exchange", "GiB"),
        QCoreApplication.translate("Exchange", "TiB"),
    ]
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            return f"{value:.0f} {unit}" if unit == units[0] else f"{value:.1f} {unit}"
        value /= 1024
    return str(size)  # pragma: no cover


@dataclass(frozen=True)
class DiskInfo:
    """Where a bundle goes: free bytes and whether it is a FAT disk (4 GiB per file)."""

    free: int | None
    filesystem: str  # lower case, "" if unknown

    @property
    def is_fat(self) -> bool:
        return self.filesystem in {"vfat", "fat", "fat12", "fat16", "fat32", "msdos", "fatfs"}

    @property
    def known(self) -> bool:
        return bool(self.filesystem)


def disk_info(folder: Path) -> DiskInfo:
    """Free space and file system of ``folder`` (Qt's QStorageInfo, then /proc/mounts)."""
    free: int | None = None
    fs = ""
    info = QStorageInfo(str(folder))
    if info.isValid():
        free = int(info.bytesAvailable())
        fs = bytes(info.fileSystemType().data()).decode("ascii", "replace").lower()
    if free is None or free < 0:
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            free = None
    if not fs:
        fs = _fs_from_proc_mounts(folder)
    return DiskInfo(free=free, filesystem=fs)


def _fs_from_proc_mounts(folder: Path) -> str:
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    target = os.path.realpath(folder)
    best, kind = "", ""
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        if (target == mount or target.startswith(mount.rstrip("/") + "/")) and len(mount) > len(
            best
        ):
            best, kind = mount, parts[2].lower()
    return kind


def signer_text(status: str) -> str:
    """The signer of a bundle as the person should read it."""
    if status == "verified":
        return QCoreApplication.translate(
            "Exchange", "a verified contact (you compared fingerprints)"
        )
    if status == "known":
        return QCoreApplication.translate(
            "Exchange", "a contact whose fingerprint you have not compared yet"
        )
    return QCoreApplication.translate("Exchange", "someone who is NOT among your contacts")


def qr_pixmap(png: bytes, target: int = 260) -> QPixmap:
    """The card's QR code scaled by a whole factor (each module stays sharp for a camera)."""
    pixmap = QPixmap()
    pixmap.loadFromData(png, "PNG")
    if pixmap.isNull():
        return pixmap
    box = 6  # card.py draws six pixels per module
    modules = max(1, pixmap.width() // box)
    factor = max(1, target // modules)
    return pixmap.scaled(
        modules * factor,
        modules * factor,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )
