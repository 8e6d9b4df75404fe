"""Frozen panes, as in a spreadsheet: the parking lane with the times, and the space
headings, stay in view while the grid scrolls under them.

Each pane is a copy of part of the grid's background, painted opaque above the
placed cards and moved by the scroll offset (``WallScene.set_shift``). The scene
stays one scene in one view, so a card is still dragged from the lane to any cell
with the same mouse path, and the view only has to ask the scene what lies under
a point (``WallScene.place_at``) instead of the bare geometry.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cafedesk.ui.wall.geometry import HEADER_H
from cafedesk.ui.wall.grid import WALL, GridItem

LANE_Z = 5.0  # above placed cards (0); parked cards sit on it at PARKED_Z
PARKED_Z = 6.0
HEADINGS_Z = 7.0
CORNER_Z = 8.0  # where the lane meets the headings: above both


class FrozenPane(QGraphicsItem):
    """Part of the grid (``lane``, ``headings`` or ``corner``) kept in view."""

    def __init__(self, grid: GridItem, part: str) -> None:
        super().__init__()
        self.grid = grid
        self.part = part
        self.setZValue({"lane": LANE_Z, "headings": HEADINGS_Z, "corner": CORNER_Z}[part])
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._drawn: tuple[object, ...] = ()
        self._outline = self.outline()

    def region(self) -> QRectF:
        """The pane in unshifted scene coordinates."""
        geo = self.grid.geometry
        whole = geo.scene_rect(self.grid.parked)
        left_of_grid = geo.grid_left - whole.left()
        if self.part == "lane":
            return QRectF(whole.left(), whole.top(), left_of_grid, whole.height())
        top = HEADER_H - whole.top()
        if self.part == "headings":
            return QRectF(whole.left(), whole.top(), whole.width(), top)
        return QRectF(whole.left(), whole.top(), left_of_grid, top)

    def outline(self) -> QPainterPath:
        """The pane's shape. The lane takes along the day headings and the breaks: they
        run across the wall, and cut at the times they would read "Co" for "Coffee"."""
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # overlaps are filled, not holes
        region = self.region()
        path.addRect(region)
        if self.part == "lane":
            geo = self.grid.geometry
            strips = [band.rect for band in geo.bands] + [day.rect for day in geo.days]
            for strip in strips:
                width = geo.width - region.left()
                path.addRect(QRectF(region.left(), strip.top(), width, strip.height()))
        return path.simplified()

    def boundingRect(self) -> QRectF:
        return self._outline.boundingRect()

    def shape(self) -> QPainterPath:
        return self._outline

    def follow_grid(self) -> None:
        """Draw again when the grid (or the number of parked cards) changed."""
        key = (self.grid.geometry.signature(), self.grid.parked)
        if key != self._drawn:
            self._drawn = key
            self.prepareGeometryChange()
            self._outline = self.outline()
            self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        outline = self._outline
        painter.fillPath(outline, WALL)  # opaque: what scrolls under it stays hidden
        painter.setClipPath(outline)
        self.grid.paint(painter, option, widget)
