"""The view on the wall: zoom, keyboard cursor, and dragging cards like paper.

A drag is handled here with plain mouse events (press, move, release) rather
than QDrag: the card follows the pointer inside the scene, the cell under it
lights up, the view scrolls when the pointer nears an edge, and the release
reports the drop. The same path serves the mouse and the tests.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from cafedesk.ui.wall.card import CardItem
from cafedesk.ui.wall.scene import WallScene

EDGE = 36  # pixels from the viewport edge where a drag starts scrolling
# A card carried from the lane crosses the times: only a pause there is a wish to scroll.
HOVER_MS = 250
MIN_ZOOM, MAX_ZOOM = 0.15, 3.0
READABLE_ZOOM = 0.75  # card titles stay legible on a laptop screen


class WallView(QGraphicsView):
    dropped = Signal(int, object)  # topic id, Place (or PARKING)
    activated = Signal(object)  # Place: double-click or Enter on a cell
    cursor_moved = Signal(object)  # Place, from the arrow keys
    menu_requested = Signal(QPoint)  # global position
    zoomed = Signal(float)  # the new zoom, whoever changed it

    def __init__(self, scene: WallScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.wall = scene
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._pressed: CardItem | None = None
        self._press_at = QPoint()
        self._grab = QPointF()
        self.dragging: CardItem | None = None
        self._scroll = QTimer(self)
        self._scroll.setInterval(30)
        self._scroll.timeout.connect(self._auto_scroll)
        self._last_pos = QPoint()
        self._step = (0, 0)
        self._in_zone = QElapsedTimer()
        self._in_zone.start()
        # The lane, the times and the space headings follow the scroll (frozen panes).
        self.horizontalScrollBar().valueChanged.connect(self.keep_panes_in_view)
        self.verticalScrollBar().valueChanged.connect(self.keep_panes_in_view)
        scene.sceneRectChanged.connect(self.keep_panes_in_view)
        self.zoomed.connect(self.keep_panes_in_view)

    def keep_panes_in_view(self, *_: object) -> None:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        self.wall.set_shift(visible, holding=self.dragging)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.keep_panes_in_view()

    # --- zoom ----------------------------------------------------------------------
    def zoom(self) -> float:
        return float(self.transform().m11())

    def zoom_by(self, factor: float) -> None:
        target = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM)
        factor = target / self.zoom()
        self.scale(factor, factor)
        self.zoomed.emit(self.zoom())

    def set_zoom(self, zoom: float) -> None:
        self.zoom_by(zoom / self.zoom())

    def fit(self) -> None:
        """As much of the wall as the window holds while the cards stay readable.

        Fitting the whole wall of a big event made card text about 7 px high;
        below READABLE_ZOOM the wall scrolls instead.
        """
        rect = self.wall.sceneRect()
        if rect.width() <= 0 or rect.height() <= 0:
            return
        viewport = self.viewport()
        whole = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        self.set_zoom(min(1.0, max(READABLE_ZOOM, whole)))

    def fit_width(self, smallest: float = READABLE_ZOOM) -> None:
        """As many spaces side by side as fit, but never smaller than still readable."""
        width = self.wall.sceneRect().width()
        if width <= 0:
            return
        target = min(1.0, max(smallest, self.viewport().width() / width))
        self.zoom_by(target / self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom_by(1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # --- mouse: select and drag ----------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        scene_pos = self.mapToScene(event.position().toPoint())
        card = self.wall.card_at(scene_pos)
        place = self.wall.place_at(scene_pos)
        if place is not None:
            self.wall.set_cursor(card.data_.place if card else place)
        if card is None:
            super().mousePressEvent(event)  # rubber band selection on empty wall
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            card.setSelected(not card.isSelected())
        elif not card.isSelected():
            self.wall.clearSelection()
            card.setSelected(True)
        self._pressed = card
        self._press_at = event.position().toPoint()
        self._grab = scene_pos - card.pos()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        self._last_pos = pos
        if self._pressed is not None and self.dragging is None:
            distance = (pos - self._press_at).manhattanLength()
            if distance >= QApplication.startDragDistance():
                self.dragging = self._pressed
                self.dragging.setZValue(10)
        if self.dragging is not None:
            self._follow(pos)
            near = self._edge_step(pos)
            if near != (0, 0) and not self._scroll.isActive():
                self._scroll.start()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def _follow(self, pos: QPoint) -> None:
        assert self.dragging is not None
        scene_pos = self.mapToScene(pos)
        self.dragging.setPos(scene_pos - self._grab)
        self.wall.show_target(self.wall.place_at(scene_pos))

    def _edge_step(self, pos: QPoint) -> tuple[int, int]:
        """Which way to slide the wall for a card held at ``pos``: over the times or the
        headings (the frozen edges) it slides back; near the far edges, onwards."""
        rect = self.viewport().rect()
        edges = self.mapFromScene(self.wall.frozen_edges())
        lane_end = self.mapFromScene(QPointF(self.wall.shift.x(), 0)).x()
        back_x = lane_end <= pos.x() < edges.x() + EDGE
        dx = -1 if back_x else 1 if pos.x() > rect.width() - EDGE else 0
        dy = -1 if pos.y() < edges.y() + EDGE // 2 else 1 if pos.y() > rect.height() - EDGE else 0
        return dx, dy

    def _auto_scroll(self) -> None:
        """While a dragged card is held near an edge, the wall slides under it."""
        dx, dy = self._edge_step(self._last_pos)
        if (dx, dy) != self._step:
            self._step = (dx, dy)
            self._in_zone.restart()
        if self.dragging is None or (dx, dy) == (0, 0):
            self._scroll.stop()
            return
        if self._in_zone.elapsed() < HOVER_MS:
            return
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx * 24)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy * 24)
        self._follow(self._last_pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        card, self._pressed = self.dragging, None
        self.dragging = None
        self._scroll.stop()
        if card is None:
            super().mouseReleaseEvent(event)
            return
        card.setZValue(0)
        self.wall.show_target(None)
        place = self.wall.place_at(self.mapToScene(event.position().toPoint()))
        if place is None or place == card.data_.place:
            self.wall.reposition(card.topic_id)
        else:
            self.dropped.emit(card.topic_id, place)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        scene_pos = self.mapToScene(event.position().toPoint())
        card = self.wall.card_at(scene_pos)
        place = card.data_.place if card else self.wall.place_at(scene_pos)
        if place is not None:
            self.wall.set_cursor(place)
            self.activated.emit(place)
        event.accept()

    def contextMenuEvent(self, event: object) -> None:
        from PySide6.QtGui import QContextMenuEvent

        assert isinstance(event, QContextMenuEvent)
        scene_pos = self.mapToScene(event.pos())
        card = self.wall.card_at(scene_pos)
        if card is not None and not card.isSelected():
            self.wall.clearSelection()
            card.setSelected(True)
        place = card.data_.place if card else self.wall.place_at(scene_pos)
        if place is not None:
            self.wall.set_cursor(place)
        self.menu_requested.emit(event.globalPos())

    # --- keyboard cursor -----------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        key = Qt.Key(event.key())
        if key in steps and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            dx, dy = steps[key]
            place = self.wall.geometry.step(self.wall.cursor_place, dx, dy)
            self.cursor_moved.emit(place)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.wall.cursor_place)
            event.accept()
            return
        super().keyPressEvent(event)

    def bring_into_view(self, rect: QRectF, margin: int = 30) -> None:
        """ensureVisible that knows the frozen panes: a cell scrolled under the lane,
        the times or the headings is not in view, so it is brought out from under them."""
        self.ensureVisible(rect, margin, margin)
        if rect.right() < self.wall.shift.x():
            return  # in the parking lane itself, which is always in view across
        edges, zoom = self.wall.frozen_edges(), self.zoom()
        for bar, covered in (
            (self.horizontalScrollBar(), edges.x() - rect.left()),
            (self.verticalScrollBar(), edges.y() - rect.top()),
        ):
            if covered > 0:
                bar.setValue(bar.value() - int(covered * zoom) - margin)
