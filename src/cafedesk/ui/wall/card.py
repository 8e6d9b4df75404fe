"""A topic card: a sheet of paper on the wall, painted as plain text.

The text is laid out once when the card's data changes (``set_data``), so a
paint is a handful of drawText calls; the item is cached by Qt between paints.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cafedesk.ui.wall.geometry import CARD_H, CARD_W, Place

PAPER = QColor("#fffdf4")
PAPER_PINNED = QColor("#f4f0dc")
EDGE = QColor("#bdb5a0")
INK = QColor("#1f2421")
MUTED = QColor("#5b615d")
WARN = QColor("#b45f00")
SEVERE = QColor("#c0392b")
SELECTED = QColor("#2f6f5e")
MATCH = QColor("#f2c230")
PREVIEW = QColor("#2a6fdb")


@dataclass(frozen=True)
class CardData:
    topic_id: int
    number: int
    title: str
    convenors: str
    attendance: str  # "18 / 14", "18", or ""
    over: bool
    equipment: str
    missing: bool
    pinned: bool
    merged: bool
    severity: int  # 0 none, 1 warning, 2 severe
    problems: tuple[str, ...]
    place: Place


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text; escaping keeps user text literal."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def _lines(metrics: QFontMetricsF, text: str, width: float, count: int) -> list[str]:
    """Word-wrap ``text`` into at most ``count`` lines, eliding the last."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < count - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(line + " " + words[0]) <= width:
            line += " " + words.pop(0)
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    if words:
        rest = " ".join(words)
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


class CardItem(QGraphicsItem):
    def __init__(self, data: CardData) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)
        self.dimmed = False
        self.matched = False
        self.previewed = False
        self.data_ = data
        self._title: list[str] = []
        self._convenors = ""
        self._equipment = ""
        self.set_data(data)

    @property
    def topic_id(self) -> int:
        return self.data_.topic_id

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, CARD_W + 2, CARD_H + 2)

    def set_data(self, data: CardData) -> None:
        self.data_ = data
        width = CARD_W - 20
        self._title = _lines(QFontMetricsF(_font(10.5, bold=True)), data.title, width, 2)
        small = QFontMetricsF(_font(9))
        self._convenors = small.elidedText(data.convenors, Qt.TextElideMode.ElideRight, width)
        room = width - small.horizontalAdvance(data.attendance) - 12
        self._equipment = small.elidedText(data.equipment, Qt.TextElideMode.ElideRight, room)
        tip = [f"{data.number}. {data.title}"]
        if data.convenors:
            tip.append(data.convenors)
        if data.pinned:
            tip.append(
                QCoreApplication.translate(
                    "CardItem", "Pinned: the placement suggestion leaves it here."
                )
            )
        tip.extend(f"• {p}" for p in data.problems)
        self.setToolTip(plain_tooltip("\n".join(tip)))
        self.update()

    def set_marks(self, *, dimmed: bool, matched: bool, previewed: bool) -> None:
        if (dimmed, matched, previewed) != (self.dimmed, self.matched, self.previewed):
            self.dimmed, self.matched, self.previewed = dimmed, matched, previewed
            self.setOpacity(0.3 if dimmed else 1.0)
            self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        data = self.data_
        rect = QRectF(0, 0, CARD_W, CARD_H)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = EDGE
        width = 1.0
        if self.matched:
            edge, width = MATCH, 3.0
        if self.previewed:
            edge, width = PREVIEW, 3.0
        if self.isSelected():
            edge, width = SELECTED, 3.0
        pen = QPen(edge, width)
        if self.previewed and not self.isSelected():
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(PAPER_PINNED if data.pinned else PAPER))
        painter.drawRoundedRect(rect, 5, 5)
        if data.severity:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SEVERE if data.severity > 1 else WARN)
            painter.drawRoundedRect(QRectF(0, 0, 6, CARD_H), 3, 3)

        painter.setPen(INK)
        painter.setFont(_font(9, bold=True))
        number = str(data.number)
        painter.drawText(QRectF(12, 5, 60, 16), Qt.AlignmentFlag.AlignLeft, number)
        right = CARD_W - 10
        if data.severity:
            painter.setPen(SEVERE if data.severity > 1 else WARN)
            painter.drawText(QRectF(right - 16, 4, 16, 16), Qt.AlignmentFlag.AlignRight, "⚠")
            right -= 20
        if data.pinned:  # a drawing pin: head and needle
            painter.setPen(QPen(INK, 1.5))
            painter.drawLine(QPointF(right - 6, 10), QPointF(right - 10, 19))
            painter.setBrush(SEVERE)
            painter.drawEllipse(QPointF(right - 5, 9), 4.5, 4.5)
            right -= 18
        if data.merged:
            painter.setPen(MUTED)
            painter.drawText(QRectF(right - 60, 5, 60, 16), Qt.AlignmentFlag.AlignRight, "⊕")
        painter.setPen(INK)
        painter.setFont(_font(10.5, bold=True))
        for i, line in enumerate(self._title):
            painter.drawText(
                QRectF(12, 21 + i * 17, CARD_W - 20, 17), Qt.AlignmentFlag.AlignLeft, line
            )
        painter.setFont(_font(9))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(12, 58, CARD_W - 20, 15), Qt.AlignmentFlag.AlignLeft, self._convenors
        )
        bottom = QRectF(12, CARD_H - 22, CARD_W - 20, 16)
        painter.setPen(WARN if data.missing else MUTED)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, self._equipment)
        painter.setFont(_font(9.5, bold=data.over))
        painter.setPen(SEVERE if data.over else INK)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, data.attendance)


_FONTS: dict[tuple[float, bool], QFont] = {}


def _font(size: float, bold: bool = False) -> QFont:
    font = _FONTS.get((size, bold))
    if font is None:
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        _FONTS[(size, bold)] = font
    return font
