"""Time slots: sessions, plenaries, breaks and meals over one or more days."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
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
    done = put_slots(ef, [slot])
    return Done(done.value[0], done.changes)


def put_slots(ef: EventFile, values: Sequence[TimeSlot]) -> Done[list[TimeSlot]]:
    """Store several slots at once (an undo of a retime); checked together, so slots
    that move past each other never meet halfway."""
    values = [dataclasses.replace(s, label=clean_line(s.label)) for s in values]
    ids = {s.id for s in values}
    with ef.write() as session:
        rest = [
            slot_from_row(r)
            for r in session.scalars(select(TimeSlotRow).where(TimeSlotRow.id.not_in(ids)))
        ]
        for slot in values:
            check_slot(slot, [*rest, *(s for s in values if s.id != slot.id)])
        for slot in values:
            row = session.get(TimeSlotRow, slot.id)
            if row is None:
                row = TimeSlotRow(id=slot.id)
                session.add(row)
            slot_to_row(slot, row)
    return Done(values, Changes.of(Part.SLOTS, ids=ids))


def _shifted(slot: TimeSlot, delta: dt.timedelta) -> TimeSlot:
    start = dt.datetime.combine(slot.day, slot.start) + delta
    end = dt.datetime.combine(slot.day, slot.end) + delta
    if start.date() != slot.day or end.date() != slot.day:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "cafedesk", "“{label}” would move past midnight; shorten the day first."
            ),
            field="start",
            label=slot.label or slot.start.strftime("%H:%M"),
        )
    return dataclasses.replace(slot, start=start.time(), end=end.time())


def with_start(slot: TimeSlot, start: dt.time) -> TimeSlot:
    """The slot starting at ``start`` with its length kept (a 75-minute session stays 75)."""
    delta = dt.datetime.combine(slot.day, start) - dt.datetime.combine(slot.day, slot.start)
    return _shifted(slot, delta)


def with_minutes(slot: TimeSlot, minutes: int) -> TimeSlot:
    """The slot lasting ``minutes`` from the same start."""
    end = dt.datetime.combine(slot.day, slot.start) + dt.timedelta(minutes=minutes)
    if minutes < 1 or end.date() != slot.day:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "cafedesk", "A slot lasts at least a minute and ends by midnight (not {minutes})."
            ),
            field="end",
            minutes=minutes,
        )
    return dataclasses.replace(slot, end=end.time())


def retime_slot(
    ef: EventFile, slot: TimeSlot, move_later: bool = True
) -> Done[tuple[list[TimeSlot], list[TimeSlot]]]:
    """Store ``slot``'s new day, times, label or kind in one step.

    With ``move_later``, as in SessionLab's agenda, the slots after it on the same day
    move by as much as its end moved: lengthen the second session by 15 minutes and
    lunch, the afternoon and the closing circle all start 15 minutes later; gaps
    between them (a walk to the rooms) stay as they were.
    Returns (the slots as they were, as they are now) for undo and redo.
    """
    with ef.read() as session:
        row = session.get(TimeSlotRow, slot.id)
        if row is None:
            return Done(([], [slot]), put_slot(ef, slot).changes)
        old = slot_from_row(row)
        same_day = [
            slot_from_row(r)
            for r in session.scalars(
                select(TimeSlotRow).where(TimeSlotRow.day == old.day, TimeSlotRow.id != old.id)
            )
        ]
    delta = dt.datetime.combine(old.day, slot.end) - dt.datetime.combine(old.day, old.end)
    before, after = [old], [slot]
    if move_later and delta and slot.day == old.day:
        for later in sorted(same_day, key=lambda s: s.start):
            if later.start >= old.end:
                before.append(later)
                after.append(_shifted(later, delta))
    done = put_slots(ef, after)
    return Done((before, done.value), done.changes)


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
