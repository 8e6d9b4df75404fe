"""The marketplace wall page: the grid, the parking lane, quick entry and the conflicts."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QPoint, QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QSplitter, QToolBar, QWidget

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.conflicts import (
    Conflict,
    Wall,
    conflicts_by_slot,
    default_min_shared,
    noticeable,
    ordered_conflicts,
)
from cafedesk.domain.model import Topic
from cafedesk.services import wall as wall_service
from cafedesk.ui.document import EventDocument
from cafedesk.ui.pages.base import Page
from cafedesk.ui.placement_dialog import install_suggest_placement
from cafedesk.ui.wall.chrome import WallChrome
from cafedesk.ui.wall.commands import WallCommands
from cafedesk.ui.wall.conflicts_panel import ConflictsPanel
from cafedesk.ui.wall.editing import WallEditing
from cafedesk.ui.wall.editor import QuickEntry, TopicDialog
from cafedesk.ui.wall.geometry import PARKING, Place
from cafedesk.ui.wall.scene import WallScene
from cafedesk.ui.wall.view import WallView

WALL_PARTS = (Part.TOPICS, Part.SIGNUPS, Part.SPACES, Part.SLOTS, Part.PARTICIPANTS)


class WallPage(WallEditing, Page):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.commands = WallCommands(document)
        self.wall = Wall()
        self.conflicts: list[Conflict] = []
        self._by_slot: dict[int, list[Conflict]] = {}
        self._threshold_set = False
        self.names = QStringListModel(self)
        self._stale = False
        self._shown = False
        self._read_only = False
        self.dialog: TopicDialog | None = None

        # Toolbar: a clear place for actions (later features add theirs with add_toolbar_action).
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.page_layout.addWidget(self.toolbar)
        self.scene = WallScene()
        self.view = WallView(self.scene, self)
        self.panel = ConflictsPanel(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 260])
        self.page_layout.addWidget(splitter, 1)
        self.entry = QuickEntry(self.names, self.view.viewport())
        self.entry.submitted.connect(self._entry_submitted)
        self.entry.cancelled.connect(self.view.setFocus)
        self._build_actions()

        self.view.dropped.connect(self.drop)
        self.view.activated.connect(self.activate)
        self.view.cursor_moved.connect(self.move_cursor)
        self.view.menu_requested.connect(self.show_menu)
        self.panel.show_requested.connect(self.show_topics)
        self.panel.threshold_changed.connect(lambda _n: self._show())
        self.scene.selectionChanged.connect(self._update_actions)
        self.suggest_action = install_suggest_placement(self)
        self.chrome = WallChrome(self)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("WallPage", "Wall")

    # --- actions -------------------------------------------------------------------
    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New Topic"), "N", self.new_topic)
        self.new_action.setToolTip(self.tr("New topic in the selected cell (N or Enter)"))
        self.edit_action = self._action(self.tr("&Edit…"), "F2", self.edit_selected)
        self.pin_action = self._action(self.tr("&Pin"), "P", self.toggle_pin)
        self.pin_action.setToolTip(self.tr("Pinned topics stay where they are (P)"))
        self.park_action = self._action(self.tr("Park"), None, self.park_selected)
        self.merge_action = self._action(self.tr("&Merge"), "Ctrl+M", self.merge_selected)
        self.merge_action.setToolTip(self.tr("Merge the two selected topics into one (Ctrl+M)"))
        self.split_action = self._action(self.tr("&Split"), None, self.split_selected)
        self.delete_action = self._action(
            self.tr("&Delete"), QKeySequence.StandardKey.Delete, self.delete_selected
        )
        self.zoom_in = self._action(
            self.tr("Zoom In"), QKeySequence.StandardKey.ZoomIn, lambda: self.view.zoom_by(1.2)
        )
        self.zoom_out = self._action(
            self.tr("Zoom Out"),
            QKeySequence.StandardKey.ZoomOut,
            lambda: self.view.zoom_by(1 / 1.2),
        )
        self.fit_action = self._action(self.tr("Fit"), "Ctrl+0", self.view.fit)
        self.fit_action.setToolTip(self.tr("Show as much of the wall as stays readable (Ctrl+0)"))
        for action in (
            self.new_action,
            self.edit_action,
            self.pin_action,
            self.merge_action,
            self.split_action,
            self.delete_action,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.zoom_out, self.zoom_in, self.fit_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search topics, convenors…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._show_matches)
        self.search_count = QLabel(self)
        self.search_count.setTextFormat(Qt.TextFormat.PlainText)
        self.toolbar.addWidget(self.search)
        self.toolbar.addWidget(self.search_count)
        self._action(self.tr("Search"), QKeySequence.StandardKey.Find, self.search.setFocus)
        self.toolbar.addSeparator()  # later features add their actions after this one

    def add_toolbar_action(self, action: QAction) -> None:
        self.toolbar.addAction(action)

    def _topic_actions(self) -> tuple[QAction, ...]:
        """What the context menu offers, in its order (Delete goes last, apart)."""
        return (
            self.new_action,
            self.edit_action,
            self.pin_action,
            self.park_action,
            self.merge_action,
            self.split_action,
        )

    def set_read_only(self, read_only: bool) -> None:
        for action in (*self._topic_actions(), self.delete_action, self.suggest_action):
            action.setEnabled(not read_only)
        self._read_only = read_only

    def _update_actions(self) -> None:
        if self._read_only:
            return
        chosen = self.selected_topics()
        self.merge_action.setEnabled(len(chosen) == 2)
        self.split_action.setEnabled(len(chosen) == 1 and bool(chosen[0].merged_from))
        self.pin_action.setText(
            self.tr("Un&pin") if chosen and all(t.pinned for t in chosen) else self.tr("&Pin")
        )

    def show_menu(self, at: QPoint) -> None:
        menu = QMenu(self)
        menu.aboutToHide.connect(menu.deleteLater)  # one menu per right-click, not kept
        self._update_actions()
        for action in self._topic_actions():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(at)

    # --- state ---------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if not changes.touches(*WALL_PARTS):
            return
        if not self.isVisible():
            self._stale = True
            return
        if changes.touches(Part.SPACES, Part.SLOTS, Part.PARTICIPANTS) or not changes.ids:
            self.reload()
        else:
            self.reload_topics(changes.ids)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._shown:
            self._shown = True
            # Once laid out (sizes are final only after this event): the zoom then fits.
            QTimer.singleShot(0, self._first_view)
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def _first_view(self) -> None:
        """Start at the top left: parking lane, times and as many spaces as are readable."""
        self.chrome.conflicts_changed(len(self.conflicts))  # now that the width is known
        if not self.chrome.restore_zoom():
            self.view.fit_width()
        bars = (self.view.horizontalScrollBar(), self.view.verticalScrollBar())
        for bar in bars:
            bar.setValue(bar.minimum())

    def reload(self) -> None:
        self.wall = wall_service.read_wall(self.document.file)
        self.names.setStringList(sorted({p.name for p in self.wall.participants}, key=str.casefold))
        self._by_slot = conflicts_by_slot(self.wall)
        if not self._threshold_set:  # a sensible start; the facilitator may change it
            self._threshold_set = True
            self.panel.min_shared.blockSignals(True)
            self.panel.min_shared.setValue(default_min_shared(len(self.wall.participants)))
            self.panel.min_shared.blockSignals(False)
        self._show()

    def reload_topics(self, ids: Iterable[int]) -> None:
        """Re-read only the topics a change named; everything else stays as it is."""
        found, signups = wall_service.read_topics(self.document.file, ids)
        wanted = set(ids)
        fresh = {t.id: t for t in found}
        # Conflicts live within a slot: check again the slots these topics left and entered.
        dirty = {t.slot_id for t in self.wall.topics if t.id in wanted} | {t.slot_id for t in found}
        topics = [
            fresh.pop(t.id, t) for t in self.wall.topics if t.id not in wanted or t.id in fresh
        ]
        topics.extend(fresh.values())
        merged = {k: v for k, v in self.wall.signups.items() if k not in wanted}
        merged.update(signups)
        self.wall = dataclasses.replace(
            self.wall, topics=tuple(sorted(topics, key=lambda t: t.number)), signups=merged
        )
        self._by_slot.update(conflicts_by_slot(self.wall, {s for s in dirty if s is not None}))
        self._show(wanted)

    def _show(self, only: set[int] | None = None) -> None:
        shown = noticeable(
            ordered_conflicts(self.wall, self._by_slot), self.panel.min_shared.value()
        )
        self.conflicts = shown
        self.scene.show_wall(self.wall, self.conflicts, only)
        self.panel.set_conflicts(self.conflicts)
        self.chrome.conflicts_changed(len(self.conflicts))
        self._update_actions()

    def topic(self, topic_id: int) -> Topic | None:
        return next((t for t in self.wall.topics if t.id == topic_id), None)

    def selected_topics(self) -> list[Topic]:
        return [t for t in (self.topic(i) for i in self.scene.selected_ids()) if t is not None]

    def _chosen(self) -> list[Topic]:
        """The selected cards, or the card under the cell cursor."""
        chosen = self.selected_topics()
        if not chosen:
            card = self.scene.card_at_place(self.scene.cursor_place)
            topic = self.topic(card.topic_id) if card else None
            chosen = [topic] if topic else []
        return chosen

    # --- showing -------------------------------------------------------------------
    def move_cursor(self, place: Place) -> None:
        self.scene.set_cursor(place)
        card = self.scene.card_at_place(place)
        if card is not None and not card.isSelected():
            self.scene.select_ids([card.topic_id])
        elif card is None and place != PARKING:
            self.scene.clearSelection()
        self.view.bring_into_view(self.scene.cursor.rect())

    def show_topics(self, ids: list[int]) -> None:
        """Select these cards and scroll so they are in view ("Show me")."""
        self.scene.select_ids(ids)
        cards = [self.scene.cards[i] for i in ids if i in self.scene.cards]
        if cards:
            area = cards[0].sceneBoundingRect()
            for card in cards[1:]:
                area = area.united(card.sceneBoundingRect())
            self.view.bring_into_view(area, 40)
            self.scene.set_cursor(cards[0].data_.place)
        self.view.setFocus()

    def show_preview(self, places: Mapping[int, Place]) -> None:
        """Highlight proposed moves without changing anything (e.g. a placement suggestion)."""
        self.scene.show_preview(places)

    def clear_preview(self) -> None:
        self.scene.clear_preview()

    def _search(self, text: str) -> None:
        count = self.scene.set_search(text)
        self.search_count.setText(self.tr("%n match(es)", "", count) if text.strip() else "")

    def _show_matches(self) -> None:
        ids = [c.topic_id for c in self.scene.cards.values() if c.matched]
        if ids:
            self.show_topics(ids[:1] if len(ids) > 1 else ids)

    # --- editing -------------------------------------------------------------------
    def drop(self, topic_id: int, place: Place) -> None:
        """A card let go over a cell or the parking lane; onto another card it swaps."""
        topic = self.topic(topic_id)
        if topic is None:
            return
        other = self.scene.card_at_place(place)
        ok = False
        if place == PARKING:
            ok = self.commands.park(topic)
        elif other is not None and other.topic_id != topic_id:
            second = self.topic(other.topic_id)
            ok = second is not None and self.commands.swap(topic, second)
            if ok and second is not None:
                self.message_bar.show_message(
                    self.tr("Swapped topics %1 and %2 — Ctrl+Z puts them back.")
                    .replace("%1", str(topic.number))
                    .replace("%2", str(second.number)),
                    error=False,
                    seconds=4,
                )
        else:
            ok = self.commands.move(topic, place)
        if not ok:
            self.scene.reposition(topic_id)

    def activate(self, place: Place) -> None:
        card = self.scene.card_at_place(place)
        if card is not None:
            self.edit_topic(card.topic_id)
        else:
            self.start_entry(place)
