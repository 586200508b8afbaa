"""Attachments previewed from memory: text, images, PDF (QtPdf), audio and video (QtMultimedia).

The original bytes come decrypted into memory from the worker thread and are shown through
QBuffer / QImage.loadFromData — never through a plaintext temporary file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from archive_app.gui.widgets import Retranslating

#: Attachments above this size are not loaded into memory for a preview.
MAX_PREVIEW_BYTES = 256 * 1024 * 1024
TEXT_MIMES = ("text/", "application/json", "application/xml", "message/rfc822")


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} GB"


def kind_of(mime: str, name: str) -> str:
    mime = (mime or "").lower()
    lower = name.lower()
    if mime == "application/pdf" or lower.endswith(".pdf"):
        return "pdf"
    if mime.startswith("image/"):
        return "image"
    if mime.startswith("audio/"):
        return "audio"
    if mime.startswith("video/"):
        return "video"
    if mime.startswith(TEXT_MIMES) or lower.endswith((".txt", ".md", ".eml", ".csv", ".json")):
        return "text"
    return "other"


class ImageView(QLabel):
    """An image scaled to fit the pane, rescaled when the pane is resized."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(1, 1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._pixmap: QPixmap | None = None

    def set_image(self, image: QImage | None) -> None:
        self._pixmap = QPixmap.fromImage(image) if image is not None else None
        self._rescale()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            self.clear()
            return
        size = self.contentsRect().size()
        if self._pixmap.width() > size.width() or self._pixmap.height() > size.height():
            self.setPixmap(
                self._pixmap.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.setPixmap(self._pixmap)


class AttachmentsPane(Retranslating, QWidget):
    """A list of a document's attachments and a preview of the selected one."""

    preview_requested = Signal(str)  # attachment id
    preview_shown = Signal(str)  # attachment id, whatever the outcome

    def __init__(self) -> None:
        super().__init__()
        self.list = QListWidget()
        self.stack = QStackedWidget()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.image = ImageView()
        for w in (self.message, self.text, self.image):
            self.stack.addWidget(w)
        self._pdf_view: Any = None
        self._pdf_doc: Any = None
        self._media: Any = None
        self._media_widget: QWidget | None = None
        self._buffer: QBuffer | None = None
        self._bytes: QByteArray | None = None
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 4)
        split.setSizes([90, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.list.currentItemChanged.connect(self._selected)
        self.retranslate()
        self.clear()

    # --- list ----------------------------------------------------------------------------

    def set_attachments(self, attachments: list[Any]) -> None:
        self.clear()
        for att in attachments:
            mark = self.tr(" (original)") if att.is_original else ""
            item = QListWidgetItem(f"{att.name}{mark} — {human_size(att.size)}")
            item.setData(Qt.ItemDataRole.UserRole, att.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, (att.mime, att.name, att.size))
            item.setToolTip(f"SHA-256 {att.sha256}")
            self.list.addItem(item)
        self.list.setCurrentRow(-1)
        if not attachments:
            self._say(lambda: self.tr("This document has no attachments."))
        else:
            self._say(lambda: self.tr("Choose an attachment to preview it."))

    def preview(self, att_id: str) -> None:
        """Select and preview one attachment (also when it is already selected)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == att_id:
                if self.list.currentItem() is item:
                    self._selected(item)
                else:
                    self.list.setCurrentItem(item)

    def _selected(self, item: QListWidgetItem | None, _prev: Any = None) -> None:
        if item is None:
            return
        mime, name, size = item.data(Qt.ItemDataRole.UserRole + 1)
        if kind_of(mime, name) == "other":
            self._release()
            self._say(lambda: self.tr("This kind of file cannot be previewed here."))
            self.preview_shown.emit(item.data(Qt.ItemDataRole.UserRole))
            return
        if size > MAX_PREVIEW_BYTES:
            self._release()
            self._say(lambda: self.tr("This file is too large to preview."))
            self.preview_shown.emit(item.data(Qt.ItemDataRole.UserRole))
            return
        self._say(lambda: self.tr("Loading…"))
        self.preview_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    # --- preview -------------------------------------------------------------------------

    def show_bytes(self, att_id: str, data: bytes | bytearray) -> None:
        """Show an attachment's bytes; a ``bytearray`` is zeroed afterwards (Qt keeps its own
        copy, which :meth:`_release` zeroes in turn)."""
        try:
            item = self.list.currentItem()
            if item is None or item.data(Qt.ItemDataRole.UserRole) != att_id:
                return
            mime, name, _size = item.data(Qt.ItemDataRole.UserRole + 1)
            self._release()
            try:
                self._show(kind_of(mime, name), data)
            finally:
                self.preview_shown.emit(att_id)
        finally:
            if isinstance(data, bytearray):
                data[:] = bytes(len(data))

    def _show(self, kind: str, data: bytes | bytearray) -> None:
        if kind == "text":
            self.text.setPlainText(data.decode("utf-8", errors="replace"))
            self.stack.setCurrentWidget(self.text)
        elif kind == "image":
            image = QImage()
            if image.loadFromData(data):
                self.image.set_image(image)
                self.stack.setCurrentWidget(self.image)
            else:
                self._say(lambda: self.tr("This image cannot be shown."))
        elif kind == "pdf":
            self._show_pdf(data)
        else:
            self._show_media(data, video=(kind == "video"))

    def _keep(self, data: bytes | bytearray) -> QBuffer:
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        return self._buffer

    def _show_pdf(self, data: bytes | bytearray) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        if self._pdf_view is None:
            self._pdf_view = QPdfView()
            self._pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self._pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.stack.addWidget(self._pdf_view)
        self._pdf_doc = QPdfDocument(self)
        self._pdf_doc.load(self._keep(data))
        if self._pdf_doc.status() == QPdfDocument.Status.Error:
            self._say(lambda: self.tr("This PDF cannot be shown."))
            return
        self._pdf_view.setDocument(self._pdf_doc)
        self.stack.setCurrentWidget(self._pdf_view)

    def _show_media(self, data: bytes | bytearray, *, video: bool) -> None:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        from PySide6.QtMultimediaWidgets import QVideoWidget

        if self._media_widget is None:
            box = QWidget()
            lay = QVBoxLayout(box)
            self._video = QVideoWidget()
            self._play = QPushButton()
            self._stop = QPushButton()
            row = QHBoxLayout()
            row.addWidget(self._play)
            row.addWidget(self._stop)
            row.addStretch(1)
            lay.addWidget(self._video, 1)
            lay.addLayout(row)
            self._media_widget = box
            self.stack.addWidget(box)
            self._play.clicked.connect(self._toggle_play)
            self._stop.clicked.connect(lambda: self._media and self._media.stop())
            self.retranslate()
        player = QMediaPlayer(self)
        self._audio = QAudioOutput(self)
        player.setAudioOutput(self._audio)
        player.setVideoOutput(self._video)
        self._video.setVisible(video)
        player.setSourceDevice(self._keep(data))
        self._media = player
        self.stack.setCurrentWidget(self._media_widget)

    def _toggle_play(self) -> None:
        if self._media is None:
            return
        from PySide6.QtMultimedia import QMediaPlayer

        if self._media.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self._media.pause()
        else:
            self._media.play()

    def _say(self, message: Callable[[], str]) -> None:
        """Show a message; kept as a function so a language change can say it again."""
        self._message = message
        self.message.setText(message())
        self.stack.setCurrentWidget(self.message)

    def _release(self) -> None:
        """Drop every decrypted byte this pane holds."""
        if self._media is not None:
            self._media.stop()
            self._media.setSourceDevice(None)
            self._media.deleteLater()
            self._media = None
        if self._pdf_doc is not None:
            if self._pdf_view is not None:
                self._pdf_view.setDocument(None)
            self._pdf_doc.close()
            self._pdf_doc.deleteLater()
            self._pdf_doc = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        if self._bytes is not None:
            self._bytes.fill(0)
            self._bytes = None
        self.text.clear()
        self.image.set_image(None)

    def clear(self) -> None:
        self._release()
        self.list.clear()
        self._say(lambda: self.tr("No document selected"))

    def retranslate(self) -> None:
        if getattr(self, "_message", None) is not None:
            self.message.setText(self._message())
        self.list.setAccessibleName(self.tr("Attachments"))
        self.text.setAccessibleName(self.tr("Attachment text"))
        self.image.setAccessibleName(self.tr("Attachment image"))
        if self._media_widget is not None:
            self._play.setText(self.tr("Play / Pause"))
            self._stop.setText(self.tr("Stop"))
