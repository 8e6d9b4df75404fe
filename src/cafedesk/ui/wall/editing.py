"""Making and changing topics on the wall: quick entry, edit, pin, park, merge, split.

A mixin of WallPage (kept apart so each file reads in one sitting); its strings
keep the WallPage translation context, which is the class they show up in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import QWidget

from cafedesk.services import wall_edit
from cafedesk.ui.dialogs.who_dialog import ask_who
from cafedesk.ui.wall.counts import COUNTS
from cafedesk.ui.wall.editor import TopicDialog
from cafedesk.ui.wall.geometry import PARKING, Place

if TYPE_CHECKING:
    from cafedesk.domain.conflicts import Wall
    from cafedesk.domain.model import Topic
    from cafedesk.ui.document import EventDocument
    from cafedesk.ui.pages.base import MessageBar
    from cafedesk.ui.wall.commands import WallCommands
    from cafedesk.ui.wall.editor import QuickEntry
    from cafedesk.ui.wall.scene import WallScene
    from cafedesk.ui.wall.view import WallView


class WallEditing:
    # What WallPage gives its mixin (declared here, so each is type-checked alone).
    document: EventDocument
    commands: WallCommands
    scene: WallScene
    view: WallView
    entry: QuickEntry
    wall: Wall
    names: QStringListModel
    message_bar: MessageBar
    dialog: TopicDialog | None
    _read_only: bool
    _entry_place: Place

    def _chosen(self) -> list[Topic]:
        raise NotImplementedError

    def selected_topics(self) -> list[Topic]:
        raise NotImplementedError

    def new_topic(self) -> None:
        place = self.scene.cursor_place
        self.start_entry(PARKING if self.scene.card_at_place(place) else place)

    def start_entry(self, place: Place) -> None:
        if self._read_only:
            return
        self.scene.set_cursor(place)
        self._entry_place = place
        if place == PARKING:
            where = QCoreApplication.translate("WallPage", "New topic in the parking lane")
        else:
            space = next(s for s in self.wall.spaces if s.id == place[0])
            slot = next(s for s in self.wall.slots if s.id == place[1])
            where = (
                QCoreApplication.translate("WallPage", "New topic · %1 · %2")
                .replace("%1", space.name)
                .replace("%2", slot.label or f"{slot.start:%H:%M}")
            )
        self.view.bring_into_view(self.scene.cursor.rect())
        corner = self.view.mapFromScene(self.scene.cursor.rect().topLeft())
        viewport = self.view.viewport().rect()
        self.entry.adjustSize()
        x = min(max(corner.x(), 4), max(4, viewport.width() - self.entry.width() - 4))
        y = min(max(corner.y(), 4), max(4, viewport.height() - self.entry.height() - 4))
        self.entry.move(x, y)
        self.entry.start(where)

    def _entry_submitted(self, title: str, names: list[str]) -> None:
        place = self._entry_place
        answers = ask_who(cast(QWidget, self), self.wall.participants, names)
        if answers is None:
            return  # "who is meant?" was cancelled: the entry stays open as typed
        if self.commands.create(title, names, place, answers) is None:
            return  # refused: the message bar says why, the entry stays open
        following = PARKING
        if place != PARKING:
            taken = {c.data_.place for c in self.scene.cards.values()}
            following = next(
                (p for p in self.scene.geometry.cells_after(place) if p not in taken), PARKING
            )
        self.start_entry(following)

    def _edited(self, record: wall_edit.TopicRecord, values: dict[str, Any]) -> None:
        names = [*values["convenors"], *values["signups"]]
        answers = ask_who(cast(QWidget, self), self.wall.participants, names)
        if answers is None:
            self.message_bar.show_message(
                QCoreApplication.translate("WallPage", "Nothing was changed."), error=False
            )
            return
        self.commands.edit(record, values, answers)

    def edit_selected(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.edit_topic(chosen[0].id)

    def edit_topic(self, topic_id: int) -> None:
        record = wall_edit.get_record(self.document.file, topic_id)
        names = {p.id: p.name for p in self.wall.participants}
        dialog = TopicDialog(self.names, record.topic.number, cast(QWidget, self))
        topic = record.topic
        dialog.fill(
            topic.title,
            [names.get(i, "") for i in topic.convenor_ids],
            topic.description,
            topic.equipment,
            topic.expected_attendance,
            topic.tally,
            [names.get(i, "") for i in record.signup_ids],
        )
        dialog.accepted.connect(lambda: self._edited(record, dialog.values()))
        dialog.finished.connect(lambda _r: self.view.setFocus())
        self.dialog = dialog
        dialog.open()

    def toggle_pin(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.commands.pin([t.id for t in chosen], not all(t.pinned for t in chosen))

    def park_selected(self) -> None:
        chosen = [t for t in self._chosen() if t.placed]
        if len(chosen) == 1:
            self.commands.park(chosen[0])
        elif chosen:
            self.commands.place(
                COUNTS.park(len(chosen)),
                {t.id: PARKING for t in chosen},
            )

    def delete_selected(self) -> None:
        chosen = self._chosen()
        if not chosen:
            return
        tombs = self.commands.delete(chosen)
        if tombs is None:
            return
        # Said like a swap, with what went along, so a slip is noticed and undone.
        rows = [table for tomb in tombs for table, _values in tomb.rows]
        went = []
        if reports := rows.count("session_report"):
            went.append(COUNTS.reports(reports))
        if pictures := rows.count("photo"):
            went.append(COUNTS.photos(pictures))
        if len(chosen) == 1:
            text = QCoreApplication.translate(
                "WallPage", "Deleted topic %1 — Ctrl+Z brings it back."
            ).replace("%1", str(chosen[0].number))
        else:
            text = COUNTS.deleted(len(chosen))
        if went:
            text += " " + QCoreApplication.translate("WallPage", "With them: %1.").replace(
                "%1", ", ".join(went)
            )
        self.message_bar.show_message(text, error=False, seconds=6)

    def merge_selected(self) -> None:
        chosen = self.selected_topics()
        if len(chosen) != 2:
            self.message_bar.show_message(
                QCoreApplication.translate(
                    "WallPage", "Select exactly two topics to merge (Ctrl+click)."
                )
            )
            return
        keep, other = chosen
        if not keep.placed and other.placed:
            keep, other = other, keep
        if self.commands.merge(keep, other):
            self.scene.select_ids([keep.id])

    def split_selected(self) -> None:
        chosen = self._chosen()
        if len(chosen) == 1 and chosen[0].merged_from:
            self.commands.split(chosen[0])
