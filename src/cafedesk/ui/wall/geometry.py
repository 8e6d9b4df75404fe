"""Where everything sits on the wall, in scene coordinates (no Qt items here).

Spaces are columns, session slots are rows, days are stacked with a heading,
and plenaries, breaks and meals are bands across all spaces. The parking lane
grows to the *left* of the time column, so parking or unparking a card never
shifts the grid (and never forces a repaint of placed cards).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from cafedesk.domain.model import SlotKind, Space, TimeSlot

CARD_W = 210.0
CARD_H = 100.0
GAP = 6.0
CELL_W = CARD_W + 2 * GAP
CELL_H = CARD_H + 2 * GAP
TIME_W = 118.0
HEADER_H = 48.0
DAY_H = 30.0
BAND_H = 30.0
PARK_GAP = 18.0

Place = tuple[int | None, int | None]
PARKING: Place = (None, None)


@dataclass(frozen=True)
class Band:
    slot: TimeSlot
    rect: QRectF


@dataclass(frozen=True)
class DayHeading:
    day: dt.date
    rect: QRectF


class WallGeometry:
    def __init__(self, spaces: tuple[Space, ...], slots: tuple[TimeSlot, ...]) -> None:
        self.spaces = spaces
        self.slots = slots
        self.grid_left = TIME_W
        self.width = TIME_W + CELL_W * max(1, len(spaces))
        self.session_rows: list[TimeSlot] = []  # session slots, top to bottom
        self.row_top: dict[int, float] = {}  # slot id -> y of its row or band
        self.bands: list[Band] = []
        self.days: list[DayHeading] = []
        y = HEADER_H
        day: dt.date | None = None
        for slot in slots:
            if slot.day != day:
                day = slot.day
                self.days.append(DayHeading(day, QRectF(0, y, self.width, DAY_H)))
                y += DAY_H
            self.row_top[slot.id] = y
            if slot.kind is SlotKind.SESSION:
                self.session_rows.append(slot)
                y += CELL_H
            else:
                self.bands.append(Band(slot, QRectF(0, y, self.width, BAND_H)))
                y += BAND_H
        self.height = max(y, HEADER_H + 4 * CELL_H)
        self.column = {space.id: i for i, space in enumerate(spaces)}
        self.park_rows = max(3, int((self.height - HEADER_H) // CELL_H))
        self.session_ids = {s.id for s in self.session_rows}

    def signature(self) -> tuple[object, ...]:
        """Changes exactly when the grid has to be drawn anew."""
        return (self.spaces, self.slots)

    # --- cells -----------------------------------------------------------------------
    def cell_rect(self, place: Place) -> QRectF:
        space_id, slot_id = place
        x = self.grid_left + CELL_W * self.column.get(space_id or -1, 0)
        y = self.row_top.get(slot_id or -1, HEADER_H)
        height = CELL_H if slot_id in self.session_ids else BAND_H
        return QRectF(x, y, CELL_W, height)

    def card_pos(self, place: Place) -> QPointF:
        rect = self.cell_rect(place)
        return QPointF(rect.x() + GAP, rect.y() + GAP)

    def has_cell(self, place: Place) -> bool:
        return place[0] in self.column and place[1] in self.session_ids

    def place_at(self, point: QPointF) -> Place | None:
        """The cell under a point, PARKING over the lane, None elsewhere (headers, bands)."""
        if point.x() < 0:
            return PARKING
        if point.x() < self.grid_left or point.y() < HEADER_H:
            return None
        index = int((point.x() - self.grid_left) // CELL_W)
        if index >= len(self.spaces):
            return None
        for slot in self.session_rows:
            top = self.row_top[slot.id]
            if top <= point.y() < top + CELL_H:
                return (self.spaces[index].id, slot.id)
        return None

    # --- parking lane --------------------------------------------------------------
    def park_columns(self, count: int) -> int:
        return max(1, -(-count // self.park_rows))

    def park_pos(self, index: int) -> QPointF:
        column, row = divmod(index, self.park_rows)
        x = -PARK_GAP - CELL_W * (column + 1) + GAP
        return QPointF(x, HEADER_H + CELL_H * row + GAP)

    def park_rect(self, count: int) -> QRectF:
        width = CELL_W * self.park_columns(count)
        return QRectF(-PARK_GAP - width, 0, width, self.height)

    def scene_rect(self, parked: int) -> QRectF:
        return (
            self.park_rect(parked)
            .united(QRectF(0, 0, self.width, self.height))
            .adjusted(-10, -10, 10, 10)
        )

    # --- keyboard cursor -----------------------------------------------------------
    def step(self, place: Place, dx: int, dy: int) -> Place:
        """The neighbouring session cell; left of the first space is the parking lane."""
        if place == PARKING:
            if dx > 0 and self.spaces and self.session_rows:
                return (self.spaces[0].id, self.session_rows[0].id)
            return PARKING
        column = self.column.get(place[0] or -1, 0) + dx
        rows = [s.id for s in self.session_rows]
        row = rows.index(place[1]) if place[1] in rows else 0
        row = min(max(row + dy, 0), len(rows) - 1)
        if column < 0:
            return PARKING
        column = min(column, len(self.spaces) - 1)
        return (self.spaces[column].id, rows[row])

    def cells_after(self, place: Place) -> list[Place]:
        """Cells in reading order (space by space within a slot) after ``place``."""
        order: list[Place] = [(sp.id, sl.id) for sl in self.session_rows for sp in self.spaces]
        if place in order:
            at = order.index(place)
            return order[at + 1 :] + order[: at + 1]
        return order
