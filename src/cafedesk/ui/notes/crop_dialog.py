"""Crop a photo by dragging a rectangle over it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRubberBand,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.notes import Crop

MAX_VIEW = QSize(900, 620)


class _CropView(QLabel):
    def __init__(self, pixmap: QPixmap, crop: Crop | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setPixmap(pixmap)
        self.setFixedSize(pixmap.size())
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self._origin = QPoint()
        if crop is not None:
            w, h = pixmap.width(), pixmap.height()
            left, top, right, bottom = crop
            self.band.setGeometry(
                QRect(QPoint(int(left * w), int(top * h)), QPoint(int(right * w), int(bottom * h)))
            )
            self.band.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._origin = event.position().toPoint()
        self.band.setGeometry(QRect(self._origin, QSize()))
        self.band.show()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        rect = QRect(self._origin, event.position().toPoint()).normalized()
        self.band.setGeometry(rect.intersected(self.rect()))

    def crop(self) -> Crop | None:
        rect = self.band.geometry()
        if not self.band.isVisible() or rect.width() < 8 or rect.height() < 8:
            return None
        w, h = self.width(), self.height()
        return (rect.left() / w, rect.top() / h, (rect.right() + 1) / w, (rect.bottom() + 1) / h)


class CropDialog(QDialog):
    """Shows the turned, uncropped photo; the rectangle drawn is the part that prints."""

    def __init__(self, jpeg: bytes, crop: Crop | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop photo"))
        pixmap = QPixmap()
        pixmap.loadFromData(jpeg)
        pixmap = pixmap.scaled(
            MAX_VIEW,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        hint = QLabel(self.tr("Drag over the part of the photo to keep."), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.view = _CropView(pixmap, crop, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Reset,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        reset = buttons.button(QDialogButtonBox.StandardButton.Reset)
        reset.setText(self.tr("Whole photo"))
        reset.clicked.connect(self.view.band.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(buttons)

    def crop(self) -> Crop | None:
        return self.view.crop()
