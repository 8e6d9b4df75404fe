"""Time slots: sessions, plenaries, breaks and meals, day by day."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QCheckBox, QWidget

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.model import SLOT_KIND_LABELS, SlotKind, TimeSlot
from cafedesk.services import event as event_service
from cafedesk.services import slots
from cafedesk.services.base import Done
from cafedesk.services.files import Tombstone
from cafedesk.ui.delegates import ChoiceDelegate
from cafedesk.ui.document import EventDocument, ServiceCommand, qt_translate
from cafedesk.ui.models.domain_table import Column
from cafedesk.ui.pages.table_page import TablePage

T = TypeVar("T")


def _time(value: object) -> dt.time:
    if isinstance(value, QTime):
        return dt.time(value.hour(), value.minute())
    return dt.time.fromisoformat(str(value))


def _date(value: object) -> dt.date:
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day())
    return dt.date.fromisoformat(str(value))


def _refusal_as_value_error(
    change: Callable[[TimeSlot, T], TimeSlot], slot: TimeSlot, value: T
) -> TimeSlot:
    """A refused time shows in the page's message bar, like any refused cell."""
    try:
        return change(slot, value)
    except ValidationError as exc:
        raise ValueError(exc.message(qt_translate)) from exc


def kind_label(kind: SlotKind) -> str:
    return QCoreApplication.translate("cafedesk", SLOT_KIND_LABELS[kind])


class SlotsPage(TablePage[TimeSlot]):
    parts = (Part.SLOTS,)
    stretch_column = 3

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        kinds = [(k.value, kind_label(k)) for k in SlotKind]
        self.view.setItemDelegateForColumn(4, ChoiceDelegate(kinds, self.view))
        self.view.sortByColumn(0, self.view.horizontalHeader().sortIndicatorOrder())
        self.move_later = QCheckBox(self.tr("Later slots move along"), self)
        self.move_later.setChecked(True)
        self.move_later.setToolTip(
            self.tr(
                "When a slot starts, ends or lasts differently, the slots after it on the same "
                "day move by as much as its end moved, keeping their length and the gaps "
                "between them."
            )
        )
        self.extra_buttons.insertWidget(self.extra_buttons.count() - 2, self.move_later)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SlotsPage", "Time slots")

    def columns(self) -> Sequence[Column[TimeSlot]]:
        return [
            Column(
                self.tr("Day"),
                lambda s: s.day.isoformat(),
                lambda s, v: dataclasses.replace(s, day=_date(v)),
                editor=lambda s: QDate(s.day.year, s.day.month, s.day.day),
                sort=lambda s: f"{s.day.isoformat()} {s.start.isoformat()}",
            ),
            Column(
                self.tr("Start"),
                lambda s: s.start.strftime("%H:%M"),
                lambda s, v: _refusal_as_value_error(slots.with_start, s, _time(v)),
                editor=lambda s: QTime(s.start.hour, s.start.minute),
                tooltip=self.tr("A new start moves the end too: the slot keeps its length"),
            ),
            Column(
                self.tr("End"),
                lambda s: s.end.strftime("%H:%M"),
                lambda s, v: dataclasses.replace(s, end=_time(v)),
                editor=lambda s: QTime(s.end.hour, s.end.minute),
            ),
            Column(
                self.tr("Label"),
                lambda s: s.label,
                lambda s, v: dataclasses.replace(s, label=str(v)),
            ),
            Column(
                self.tr("Kind"),
                lambda s: kind_label(s.kind),
                lambda s, v: dataclasses.replace(s, kind=SlotKind(str(v))),
                editor=lambda s: s.kind.value,
            ),
            Column(
                self.tr("Minutes"),
                lambda s: s.minutes,
                lambda s, v: _refusal_as_value_error(slots.with_minutes, s, int(v)),
                numeric=True,
                tooltip=self.tr("How long the slot lasts; a new length moves its end"),
            ),
        ]

    def push_edit(self, old: TimeSlot, new: TimeSlot) -> None:
        ef = self.document.file
        move_later = self.move_later.isChecked()
        state: dict[str, list[TimeSlot]] = {}

        def do() -> Changes:
            if "after" in state:  # redo: exactly the times the first run stored
                return slots.put_slots(ef, state["after"]).changes
            done = slots.retime_slot(ef, new, move_later)
            state["before"], state["after"] = done.value
            moved = len(done.value[1]) - 1
            if moved:
                command.setText(
                    self.tr("Edit “%1” and move %n later slot(s)", "", moved).replace(
                        "%1", self.what(old)
                    )
                )
            return done.changes

        def undo() -> Changes:
            return slots.put_slots(ef, state["before"]).changes

        text = self.tr("Edit “%1”").replace("%1", self.what(old))
        command = ServiceCommand(self.document, text, do, undo)
        self.document.push(command)

    def what(self, value: TimeSlot) -> str:
        return value.label or value.start.strftime("%H:%M")

    def load(self) -> Sequence[TimeSlot]:
        return slots.list_slots(self.document.file)

    def put(self, value: TimeSlot) -> Done[TimeSlot]:
        return slots.put_slot(self.document.file, value)

    def create_row(self) -> Done[TimeSlot]:
        existing = self.model.rows()
        event = event_service.get_event(self.document.file)
        day = max((s.day for s in existing), default=event.start_date or dt.date.today())
        start, end = slots.following_slot(existing, day)
        if end <= start:  # the day is full: start the next day
            day += dt.timedelta(days=1)
            start, end = slots.following_slot(existing, day)
        return slots.add_slot(self.document.file, day, start, end, self.tr("New slot"))

    def delete(self, key: int) -> Done[Tombstone]:
        return slots.delete_slot(self.document.file, key)

    def restore(self, tomb: Tombstone) -> Done[None]:
        return slots.restore_slot(self.document.file, tomb)

    def count_text(self, total: int, shown: int) -> str:
        sessions = sum(1 for s in self.model.rows() if s.kind is SlotKind.SESSION)
        return (
            self.tr("%n slot(s)", "", total) + " · " + self.tr("%n session slot(s)", "", sessions)
        )
