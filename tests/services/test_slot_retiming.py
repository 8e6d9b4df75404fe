"""Moving a slot keeps its length; later slots that day move along (as in SessionLab)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cafedesk.domain.errors import ValidationError
from cafedesk.domain.model import SlotKind, TimeSlot
from cafedesk.services import slots
from cafedesk.store.eventfile import EventFile

DAY = dt.date(2026, 9, 12)


def day_plan(ef: EventFile) -> list[tuple[str, str, str]]:
    return [
        (s.label, s.start.strftime("%H:%M"), s.end.strftime("%H:%M")) for s in slots.list_slots(ef)
    ]


@pytest.fixture
def agenda(event_file: EventFile) -> EventFile:
    for start, end, label, kind in (
        ("09:00", "10:15", "Opening", SlotKind.PLENARY),
        ("10:30", "11:45", "Session 1", SlotKind.SESSION),
        ("11:45", "12:45", "Lunch", SlotKind.MEAL),
        ("13:00", "14:15", "Session 2", SlotKind.SESSION),
    ):
        slots.add_slot(
            event_file, DAY, dt.time.fromisoformat(start), dt.time.fromisoformat(end), label, kind
        )
    slots.add_slot(event_file, DAY + dt.timedelta(days=1), dt.time(9), dt.time(10), "Day two")
    return event_file


def test_a_new_start_keeps_the_length() -> None:
    slot = TimeSlot(1, DAY, dt.time(10, 30), dt.time(11, 45))
    moved = slots.with_start(slot, dt.time(10, 45))
    assert (moved.start, moved.end) == (dt.time(10, 45), dt.time(12, 0))
    with pytest.raises(ValidationError, match="past midnight"):
        slots.with_start(slot, dt.time(23, 30))
    assert slots.with_minutes(slot, 90).end == dt.time(12, 0)


def test_later_slots_move_along_and_undo_restores_all(agenda: EventFile) -> None:
    session_1 = slots.list_slots(agenda)[1]
    before, after = slots.retime_slot(
        agenda, slots.with_start(session_1, dt.time(10, 45)), move_later=True
    ).value
    assert day_plan(agenda)[:4] == [
        ("Opening", "09:00", "10:15"),
        ("Session 1", "10:45", "12:00"),
        ("Lunch", "12:00", "13:00"),
        ("Session 2", "13:15", "14:30"),
    ]
    assert day_plan(agenda)[4] == ("Day two", "09:00", "10:00"), "another day stays"
    assert [s.label for s in before] == ["Session 1", "Lunch", "Session 2"]
    slots.put_slots(agenda, before)
    assert day_plan(agenda)[1:4] == [
        ("Session 1", "10:30", "11:45"),
        ("Lunch", "11:45", "12:45"),
        ("Session 2", "13:00", "14:15"),
    ]
    slots.put_slots(agenda, after)  # redo
    assert day_plan(agenda)[3] == ("Session 2", "13:15", "14:30")


def test_a_shorter_slot_pulls_the_later_ones_earlier(agenda: EventFile) -> None:
    opening = slots.list_slots(agenda)[0]
    slots.retime_slot(agenda, slots.with_minutes(opening, 60))
    assert day_plan(agenda)[:2] == [("Opening", "09:00", "10:00"), ("Session 1", "10:15", "11:30")]


def test_without_moving_later_slots_an_overlap_is_refused(agenda: EventFile) -> None:
    session_1 = slots.list_slots(agenda)[1]
    with pytest.raises(ValidationError, match="overlaps “Lunch”"):
        slots.retime_slot(agenda, slots.with_start(session_1, dt.time(10, 45)), move_later=False)
    assert day_plan(agenda)[1] == ("Session 1", "10:30", "11:45")


def test_moving_later_slots_past_midnight_is_refused_and_nothing_moves(
    agenda: EventFile,
) -> None:
    opening = slots.list_slots(agenda)[0]
    with pytest.raises(ValidationError, match="past midnight"):
        slots.retime_slot(agenda, dataclasses.replace(opening, end=dt.time(20, 0)))
    assert day_plan(agenda)[0] == ("Opening", "09:00", "10:15")
