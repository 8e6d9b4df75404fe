"""Time slots: sessions, plenaries, breaks and meals over one or more days."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.model import SlotKind, TimeSlot
from cafedesk.domain.validation import check_slot, clean_line
from cafedesk.services.base import Done, bury_row, next_value, revive_rows
from cafedesk.store.eventfile import EventFile
from cafedesk.store.graveyard import Tombstone
from cafedesk.store.mapping import slot_from_row, slot_to_row
from cafedesk.store.rows import TimeSlotRow

PARTS = (Part.SLOTS, Part.TOPICS)


def list_slots(ef: EventFile) -> list[TimeSlot]:
    with ef.read() as session:
        rows = session.scalars(
            select(TimeSlotRow).order_by(TimeSlotRow.day, TimeSlotRow.start, TimeSlotRow.id)
        )
        return [slot_from_row(r) for r in rows]


def add_slot(
    ef: EventFile,
    day: dt.date,
    start: dt.time,
    end: dt.time,
    label: str = "",
    kind: SlotKind = SlotKind.SESSION,
) -> Done[TimeSlot]:
    with ef.read() as session:
        new_id = next_value(session, TimeSlotRow.id)
    return put_slot(ef, TimeSlot(new_id, day, start, end, label, kind))


def put_slot(ef: EventFile, slot: TimeSlot) -> Done[TimeSlot]:
    slot = dataclasses.replace(slot, label=clean_line(slot.label))
    with ef.write() as session:
        others = [
            slot_from_row(r)
            for r in session.scalars(select(TimeSlotRow).where(TimeSlotRow.id != slot.id))
        ]
        check_slot(slot, others)
        row = session.get(TimeSlotRow, slot.id)
        if row is None:
            row = TimeSlotRow(id=slot.id)
            session.add(row)
        slot_to_row(slot, row)
    return Done(slot, Changes.of(Part.SLOTS, ids={slot.id}))


def delete_slot(ef: EventFile, slot_id: int) -> Done[Tombstone]:
    return bury_row(ef, "time_slot", slot_id, *PARTS)


def restore_slot(ef: EventFile, tomb: Tombstone) -> Done[None]:
    return revive_rows(ef, tomb, *PARTS)


def following_slot(
    slots: list[TimeSlot], day: dt.date, minutes: int = 75
) -> tuple[dt.time, dt.time]:
    """A sensible start and end for the next slot on ``day``: right after the last one."""
    same_day = [s for s in slots if s.day == day]
    start = max((s.end for s in same_day), default=dt.time(9, 0))
    begin = dt.datetime.combine(day, start)
    end = min(begin + dt.timedelta(minutes=minutes), dt.datetime.combine(day, dt.time(23, 59)))
    return start, end.time()
