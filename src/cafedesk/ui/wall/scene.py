"""The wall scene: one card per topic, kept in step with the wall state by diffing.

``show(wall)`` compares each card's new data with what it shows and touches only
the cards that differ, so a move repaints the moved card(s) and the cards whose
conflicts changed — never the whole wall.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

from cafedesk.domain.conflicts import Conflict, Wall, conflicts_by_topic, expected_attendance
from cafedesk.domain.model import Topic
from cafedesk.ui.document import qt_translate
from cafedesk.ui.wall.card import CardData, CardItem
from cafedesk.ui.wall.frozen import LANE_Z, PARKED_Z, FrozenPane
from cafedesk.ui.wall.geometry import CARD_H, CARD_W, HEADER_H, PARKING, Place, WallGeometry
from cafedesk.ui.wall.grid import GridItem


class WallScene(QGraphicsScene):
    def __init__(self) -> None:
        super().__init__()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.geometry = WallGeometry((), ())
        self.grid = GridItem(self.geometry, 0)
        self.addItem(self.grid)
        self.panes = [FrozenPane(self.grid, part) for part in ("lane", "headings", "corner")]
        for pane in self.panes:
            self.addItem(pane)
        self.shift = QPointF()  # how far the frozen panes moved with the scroll
        self.cards: dict[int, CardItem] = {}
        self.parked: list[int] = []
        self.cursor = QGraphicsRectItem()
        self.cursor.setPen(QPen(QColor("#2f6f5e"), 2.5))
        self.cursor.setZValue(-1)
        self.addItem(self.cursor)
        self.target = QGraphicsRectItem()
        self.target.setPen(QPen(QColor("#2a6fdb"), 2))
        self.target.setBrush(QBrush(QColor(42, 111, 219, 40)))
        self.target.setZValue(-2)
        self.target.hide()
        self.addItem(self.target)
        self.cursor_place: Place = PARKING
        self.search_text = ""
        self.preview: dict[int, Place] = {}
        self._ghosts: list[QGraphicsRectItem] = []
        self.repainted: set[int] = set()  # ids whose card changed in the last show()
        self._problem_keys: Mapping[int, tuple[object, ...]] = {}

    # --- content -------------------------------------------------------------------
    def show_wall(
        self, wall: Wall, conflicts: list[Conflict], only: set[int] | None = None
    ) -> None:
        """Show ``wall``; with ``only``, just those topics (and any whose conflicts changed)
        are looked at again."""
        geometry = WallGeometry(wall.spaces, wall.slots)
        regrid = geometry.signature() != self.geometry.signature()
        if regrid:
            self.geometry = geometry
            self.grid.prepareGeometryChange()
            self.grid.geometry = geometry
            self.grid.update()
        names = {p.id: p.name for p in wall.participants}
        capacity = {s.id: s for s in wall.spaces}
        problems = conflicts_by_topic(conflicts)
        self.repainted = set()
        seen: set[int] = set()
        keys = {t: tuple(c.key() for c in found) for t, found in problems.items()}
        for topic in wall.topics:
            seen.add(topic.id)
            card = self.cards.get(topic.id)
            if (
                card is not None
                and only is not None
                and not regrid
                and topic.id not in only
                and keys.get(topic.id, ()) == self._problem_keys.get(topic.id, ())
            ):
                continue
            data = self._card_data(topic, wall, names, capacity, problems.get(topic.id, []))
            if card is None:
                card = CardItem(data)
                self.cards[topic.id] = card
                self.addItem(card)
                self.repainted.add(topic.id)
            elif card.data_ != data:
                card.set_data(data)
                self.repainted.add(topic.id)
        self._problem_keys = keys
        for gone in set(self.cards) - seen:
            self.removeItem(self.cards.pop(gone))
            self.repainted.add(gone)
        self._layout(regrid)
        self.apply_marks(self.repainted if not regrid else None)

    def _card_data(
        self,
        topic: Topic,
        wall: Wall,
        names: Mapping[int, str],
        spaces: Mapping[int, object],
        problems: list[Conflict],
    ) -> CardData:
        expected = expected_attendance(topic, len(wall.signups.get(topic.id, ())))
        space = spaces.get(topic.space_id or -1) if topic.placed else None
        cap = getattr(space, "capacity", None)
        attendance = "" if expected is None else str(expected)
        if cap is not None:
            attendance = f"{attendance or '–'} / {cap}"
        missing = bool(space) and any(
            e not in getattr(space, "equipment", ()) for e in topic.equipment
        )
        severity = 2 if any(c.severe for c in problems) else 1 if problems else 0
        return CardData(
            topic_id=topic.id,
            number=topic.number,
            title=topic.title,
            convenors=", ".join(names.get(pid, "?") for pid in topic.convenor_ids),
            attendance=attendance,
            over=cap is not None and expected is not None and expected > cap,
            equipment=", ".join(topic.equipment),
            missing=missing,
            pinned=topic.pinned,
            merged=bool(topic.merged_from),
            severity=severity,
            problems=tuple(c.message(qt_translate) for c in problems),
            place=(topic.space_id, topic.slot_id) if topic.placed else PARKING,
        )

    def _layout(self, everything: bool) -> None:
        geo = self.geometry
        parked: list[int] = []
        for card in sorted(self.cards.values(), key=lambda c: c.data_.number):
            place = card.data_.place
            if place == PARKING or not geo.has_cell(place):
                parked.append(card.topic_id)
                card.setZValue(PARKED_Z)
                continue
            card.setZValue(0)
            if everything or card.topic_id in self.repainted or card.pos() != geo.card_pos(place):
                card.setPos(geo.card_pos(place))
        self.parked = parked
        self._place_parked()
        self.grid.set_parked(len(parked))
        for pane in self.panes:
            pane.follow_grid()
        self.setSceneRect(geo.scene_rect(len(parked)))
        self.set_cursor(self.cursor_place)

    def _park_pos(self, index: int) -> QPointF:
        return self.geometry.park_pos(index) + QPointF(self.shift.x(), 0)

    def _place_parked(self, holding: CardItem | None = None) -> None:
        for index, topic_id in enumerate(self.parked):
            card = self.cards[topic_id]
            if card is not holding and card.pos() != self._park_pos(index):
                card.setPos(self._park_pos(index))

    # --- frozen panes --------------------------------------------------------------
    def set_shift(self, visible: QRectF, holding: CardItem | None = None) -> None:
        """Keep the lane with the times, and the space headings, in the visible part.

        ``holding`` is a card being dragged: it stays under the pointer.
        """
        whole = self.sceneRect()
        shift = QPointF(
            max(0.0, visible.left() - whole.left()), max(0.0, visible.top() - whole.top())
        )
        if shift == self.shift:
            return
        self.shift = shift
        lane, headings, corner = self.panes
        lane.setPos(shift.x(), 0)
        headings.setPos(0, shift.y())
        corner.setPos(shift)
        self._place_parked(holding)
        self.set_cursor(self.cursor_place)

    def place_at(self, point: QPointF) -> Place | None:
        """What lies under a point as the person sees it: the frozen panes cover the grid."""
        if point.y() < HEADER_H + self.shift.y():
            return None
        if point.x() < self.shift.x():
            return PARKING
        if point.x() < self.geometry.grid_left + self.shift.x():
            return None  # the times
        return self.geometry.place_at(point)

    def frozen_edges(self) -> QPointF:
        """Scene x and y where the grid starts to show, right of the times, below the headings."""
        return QPointF(self.geometry.grid_left, HEADER_H) + self.shift

    def reposition(self, topic_id: int) -> None:
        """Put a card back where its data says (after a refused drop)."""
        card = self.cards.get(topic_id)
        if card is None:
            return
        if card.topic_id in self.parked:
            card.setZValue(PARKED_Z)
            card.setPos(self._park_pos(self.parked.index(card.topic_id)))
        else:
            card.setZValue(0)
            card.setPos(self.geometry.card_pos(card.data_.place))

    # --- lookup --------------------------------------------------------------------
    def card_at_place(self, place: Place) -> CardItem | None:
        if place == PARKING:
            return None
        for card in self.cards.values():
            if card.data_.place == place:
                return card
        return None

    def card_at(self, point: QPointF) -> CardItem | None:
        """The card the person sees there (not one scrolled under a frozen pane)."""
        for item in self.items(point):
            if isinstance(item, FrozenPane):
                return None
            if isinstance(item, CardItem):
                return item
        return None

    def selected_ids(self) -> list[int]:
        cards = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        return [c.topic_id for c in sorted(cards, key=lambda c: c.data_.number)]

    def select_ids(self, ids: Iterable[int]) -> None:
        self.clearSelection()
        for topic_id in ids:
            if topic_id in self.cards:
                self.cards[topic_id].setSelected(True)

    # --- cursor, drop target, search, preview --------------------------------------
    def set_cursor(self, place: Place) -> None:
        self.cursor_place = place
        if place == PARKING:
            rect = QRectF(self._park_pos(len(self.parked)), self.cards_size())
        else:
            rect = self.geometry.cell_rect(place)
        self.cursor.setZValue(PARKED_Z if place == PARKING else -1)
        self.cursor.setRect(rect.adjusted(1, 1, -1, -1))

    def show_target(self, place: Place | None) -> None:
        if place is None:
            self.target.hide()
            return
        if place == PARKING:
            lane = self.geometry.park_rect(len(self.parked))
            self.target.setRect(lane.translated(self.shift.x(), 0))
            self.target.setZValue(LANE_Z + 0.5)
        else:
            self.target.setRect(self.geometry.cell_rect(place))
            self.target.setZValue(-2)
        self.target.show()

    def set_search(self, text: str) -> int:
        self.search_text = text.strip().casefold()
        self.apply_marks(None)
        return sum(1 for c in self.cards.values() if c.matched)

    def matches(self, card: CardItem) -> bool:
        data = card.data_
        needle = self.search_text
        haystack = f"{data.number} {data.title} {data.convenors} {data.equipment}".casefold()
        return bool(needle) and (needle in haystack or needle == str(data.number))

    def apply_marks(self, ids: Iterable[int] | None) -> None:
        cards = (
            self.cards.values() if ids is None else [self.cards[i] for i in ids if i in self.cards]
        )
        for card in cards:
            matched = self.matches(card)
            card.set_marks(
                dimmed=bool(self.search_text) and not matched,
                matched=matched,
                previewed=card.topic_id in self.preview,
            )

    def show_preview(self, places: Mapping[int, Place]) -> None:
        """Mark proposed moves: the cards get a dashed outline, their targets a ghost."""
        self.clear_preview()
        self.preview = dict(places)
        for topic_id, place in places.items():
            if place == PARKING or not self.geometry.has_cell(place):
                continue
            ghost = QGraphicsRectItem(QRectF(self.geometry.card_pos(place), self.cards_size()))
            ghost.setPen(QPen(QColor("#2a6fdb"), 2))
            ghost.setBrush(QBrush(QColor(42, 111, 219, 30)))
            ghost.setZValue(-1)
            card = self.cards.get(topic_id)
            if card is not None:
                label = QGraphicsSimpleTextItem(str(card.data_.number), ghost)
                label.setPos(self.geometry.card_pos(place) + QPointF(8, 6))
            self.addItem(ghost)
            self._ghosts.append(ghost)
        self.apply_marks(None)

    def clear_preview(self) -> None:
        for ghost in self._ghosts:
            self.removeItem(ghost)
        self._ghosts.clear()
        self.preview = {}
        self.apply_marks(None)

    @staticmethod
    def cards_size() -> QSizeF:
        return QSizeF(CARD_W, CARD_H)
