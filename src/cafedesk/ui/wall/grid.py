"""The wall behind the cards: space headings, times, empty cells, bands and the parking lane."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cafedesk.domain.model import SLOT_KIND_LABELS
from cafedesk.ui.wall.geometry import CELL_H, CELL_W, HEADER_H, TIME_W, WallGeometry

WALL = QColor("#f3f1ea")
CELL = QColor("#e9e6dc")
BAND = QColor("#dcd8cb")
PARK = QColor("#e4ebe6")
INK = QColor("#1f2421")
MUTED = QColor("#5b615d")


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class GridItem(QGraphicsItem):
    """One item for the whole background: cheap to keep, redrawn only when the grid changes."""

    def __init__(self, geometry: WallGeometry, parked: int) -> None:
        super().__init__()
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.geometry = geometry
        self.parked = parked

    def set_parked(self, parked: int) -> None:
        if parked == self.parked:
            return  # the background is a large cached picture: redraw it only when it changed
        if self.geometry.park_columns(parked) != self.geometry.park_columns(self.parked):
            self.prepareGeometryChange()
        self.parked = parked
        self.update()

    def boundingRect(self) -> QRectF:
        return self.geometry.scene_rect(self.parked)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        geo = self.geometry
        painter.fillRect(QRectF(0, 0, geo.width, geo.height), WALL)
        park = geo.park_rect(self.parked)
        painter.fillRect(park, PARK)
        painter.setPen(INK)
        painter.setFont(_font(11, bold=True))
        heading = QRectF(park.x() + 8, 6, park.width() - 16, HEADER_H - 10)
        label = QCoreApplication.translate("WallGrid", "Parking lane (%1)").replace(
            "%1", str(self.parked)
        )
        painter.drawText(heading, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)

        for index, space in enumerate(geo.spaces):
            x = geo.grid_left + index * CELL_W
            rect = QRectF(x + 6, 4, CELL_W - 12, HEADER_H - 6)
            painter.setPen(INK)
            painter.setFont(_font(11, bold=True))
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                painter.fontMetrics().elidedText(
                    space.name, Qt.TextElideMode.ElideRight, int(rect.width())
                ),
            )
            painter.setPen(MUTED)
            painter.setFont(_font(8.5))
            details = QCoreApplication.translate("WallGrid", "%1 seats").replace(
                "%1", str(space.capacity)
            )
            if space.equipment:
                details += " · " + ", ".join(space.equipment)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                painter.fontMetrics().elidedText(
                    details, Qt.TextElideMode.ElideRight, int(rect.width())
                ),
            )

        for day in geo.days:
            painter.setPen(INK)
            painter.setFont(_font(10, bold=True))
            painter.drawText(
                day.rect.adjusted(8, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                # In the interface's language (the default locale), not the C library's.
                QLocale().toString(
                    QDate(day.day.year, day.day.month, day.day.day), "dddd d MMMM yyyy"
                ),
            )

        for slot in geo.session_rows:
            top = geo.row_top[slot.id]
            painter.setPen(INK)
            painter.setFont(_font(10, bold=True))
            times = f"{slot.start:%H:%M}–{slot.end:%H:%M}"
            painter.drawText(QRectF(8, top + 8, TIME_W - 12, 18), Qt.AlignmentFlag.AlignLeft, times)
            painter.setPen(MUTED)
            painter.setFont(_font(9))
            painter.drawText(
                QRectF(8, top + 28, TIME_W - 12, CELL_H - 34),
                Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                slot.label,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CELL)
            for index in range(len(geo.spaces)):
                cell = QRectF(geo.grid_left + index * CELL_W, top, CELL_W, CELL_H)
                painter.drawRoundedRect(cell.adjusted(3, 3, -3, -3), 4, 4)

        painter.setFont(_font(9.5))
        for band in geo.bands:
            painter.fillRect(band.rect.adjusted(0, 2, 0, -2), BAND)
            painter.setPen(MUTED)
            slot = band.slot
            kind = QCoreApplication.translate("cafedesk", SLOT_KIND_LABELS[slot.kind])
            text = f"{slot.start:%H:%M}–{slot.end:%H:%M}   {slot.label or kind}"
            painter.drawText(
                band.rect.adjusted(8, 0, -8, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        painter.setPen(QPen(QColor("#cfcabb"), 1))
        painter.drawLine(
            int(geo.grid_left) - 2, int(HEADER_H), int(geo.grid_left) - 2, int(geo.height)
        )
