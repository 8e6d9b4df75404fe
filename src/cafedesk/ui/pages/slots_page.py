"""Time slots: sessions, plenaries, breaks and meals, day by day."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QWidget

from cafedesk.domain.changes import Part
from cafedesk.domain.model import SLOT_KIND_LABELS, SlotKind, TimeSlot
from cafedesk.services import event as event_service
from cafedesk.services import slots
from cafedesk.services.base import Done
from cafedesk.services.files import Tombstone
from cafedesk.ui.delegates import ChoiceDelegate
from cafedesk.ui.document import EventDocument
from cafedesk.ui.models.domain_table import Column
from cafedesk.ui.pages.table_page import TablePage


def _time(value: object) -> dt.time:
    if isinstance(value, QTime):
        return dt.time(value.hour(), value.minute())
    return dt.time.fromisoformat(str(value))


def _date(value: object) -> dt.date:
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day())
    return dt.date.fromisoformat(str(value))


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
                lambda s, v: dataclasses.replace(s, start=_time(v)),
                editor=lambda s: QTime(s.start.hour, s.start.minute),
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
            Column(self.tr("Minutes"), lambda s: s.minutes, numeric=True),
        ]

    def what(self, value: TimeSlot) -> str:
        return value.label or value.start.strftime("%H:%M")

    def load(self) -> Sequence[TimeSlot]:
        return slots.list_slots(self.document.file)

    def put(self, value: TimeSlot) -> Done[TimeSlot]:
        return slots.put_slot(self.document.file, value)

    def create(self) -> Done[TimeSlot]:
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
