import datetime as dt

import pytest

from cafedesk.domain.changes import Part
from cafedesk.domain.errors import NotFoundError, ValidationError
from cafedesk.domain.model import Event, SlotKind
from cafedesk.services import event as event_service
from cafedesk.services import participants, slots, spaces, topics
from cafedesk.services.templates import Template, apply_template
from cafedesk.store.eventfile import EventFile

DAY = dt.date(2026, 9, 12)


def test_space_rules(event_file: EventFile) -> None:
    done = spaces.add_space(event_file, "  Orchard  Tent ", 20, ("Flipchart", "flipchart"))
    assert done.value.name == "Orchard Tent" and done.value.equipment == ("flipchart",)
    assert done.changes.touches(Part.SPACES)
    with pytest.raises(ValidationError, match="already a space called"):
        spaces.add_space(event_file, "orchard tent", 5)
    with pytest.raises(ValidationError, match="at least one person"):
        spaces.add_space(event_file, "Cupboard", 0)
    with pytest.raises(ValidationError, match="needs a name"):
        spaces.add_space(event_file, " ", 5)
    assert [s.name for s in spaces.list_spaces(event_file)] == ["Orchard Tent"], (
        "refused edits store nothing"
    )


def test_reorder_spaces_and_undo_order(event_file: EventFile) -> None:
    ids = [spaces.add_space(event_file, n, 10).value.id for n in ("A", "B", "C")]
    previous = spaces.reorder_spaces(event_file, [ids[2], ids[0], ids[1]]).value
    assert [s.name for s in spaces.list_spaces(event_file)] == ["C", "A", "B"]
    spaces.reorder_spaces(event_file, previous)
    assert [s.name for s in spaces.list_spaces(event_file)] == ["A", "B", "C"]


def test_slot_rules(event_file: EventFile) -> None:
    first = slots.add_slot(event_file, DAY, dt.time(9), dt.time(10), "Round 1").value
    with pytest.raises(ValidationError, match="overlaps “Round 1”"):
        slots.add_slot(event_file, DAY, dt.time(9, 30), dt.time(10, 30))
    with pytest.raises(ValidationError, match="before it starts"):
        slots.add_slot(event_file, DAY, dt.time(12), dt.time(11))
    moved = slots.put_slot(
        event_file, first.__class__(first.id, DAY, dt.time(9, 15), dt.time(10), "R1")
    ).value
    assert moved.start == dt.time(9, 15), "a slot may be edited without overlapping itself"
    start, end = slots.following_slot(slots.list_slots(event_file), DAY)
    assert (start, end) == (dt.time(10), dt.time(11, 15))


def test_deleting_a_space_unplaces_topics_and_undo_puts_them_back(event_file: EventFile) -> None:
    space = spaces.add_space(event_file, "Barn", 30).value
    slot = slots.add_slot(event_file, DAY, dt.time(9), dt.time(10)).value
    person = participants.add_participant(event_file, "Anna Müller").value
    topic = topics.add_topic(
        event_file, "Soil", (person.id,), space_id=space.id, slot_id=slot.id
    ).value
    tomb = spaces.delete_space(event_file, space.id).value
    assert not topics.get_topic(event_file, topic.id).placed
    spaces.restore_space(event_file, tomb)
    assert topics.get_topic(event_file, topic.id) == topic

    tomb = participants.delete_participant(event_file, person.id).value
    assert topics.get_topic(event_file, topic.id).convenor_ids == ()
    participants.restore_participant(event_file, tomb)
    assert topics.get_topic(event_file, topic.id).convenor_ids == (person.id,)

    tomb = slots.delete_slot(event_file, slot.id).value
    slots.restore_slot(event_file, tomb)
    assert topics.get_topic(event_file, topic.id) == topic


def test_a_cell_holds_one_topic(event_file: EventFile) -> None:
    space = spaces.add_space(event_file, "Barn", 30).value
    slot = slots.add_slot(event_file, DAY, dt.time(9), dt.time(10)).value
    topics.add_topic(event_file, "One", space_id=space.id, slot_id=slot.id)
    with pytest.raises(ValidationError, match="taken by topic 1"):
        topics.add_topic(event_file, "Two", space_id=space.id, slot_id=slot.id)
    with pytest.raises(NotFoundError):
        topics.get_topic(event_file, 99)


def test_event_details_are_validated(event_file: EventFile) -> None:
    with pytest.raises(ValidationError, match="ends before it starts"):
        event_service.put_event(
            event_file, Event("X", start_date=DAY, end_date=DAY - dt.timedelta(days=1))
        )
    with pytest.raises(ValidationError, match="email"):
        event_service.put_event(event_file, Event("X", client_email="nope"))
    event_service.put_event(event_file, Event("  Fête  de   quartier ", theme="Où allons-nous ?"))
    assert event_service.get_event(event_file).title == "Fête de quartier"


@pytest.mark.parametrize("template", list(Template))
def test_every_template_makes_a_valid_event(event_file: EventFile, template: Template) -> None:
    apply_template(event_file, template, "Test", DAY)
    snap = event_service.snapshot(event_file)
    assert snap.spaces and any(s.kind is SlotKind.SESSION for s in snap.slots)
    days = {s.day for s in snap.slots}
    assert len(days) == (2 if template is Template.OPEN_SPACE_TWO_DAYS else 1)
    assert snap.event.end_date == max(days)


def test_demo_event_is_realistic(demo_path: object, tmp_path: object) -> None:
    from pathlib import Path

    from cafedesk.store.eventfile import open_event_file

    assert isinstance(demo_path, Path) and isinstance(tmp_path, Path)
    ef = open_event_file(demo_path, tmp_path / "b")
    try:
        snap = event_service.snapshot(ef)
    finally:
        ef.close()
    assert len(snap.participants) == 60 and len(snap.spaces) == 6 and len(snap.topics) == 20
    assert sum(s.kind is SlotKind.SESSION for s in snap.slots) == 4
    placed = [t for t in snap.topics if t.placed]
    assert 0 < len(placed) < len(snap.topics), "some topics wait in the parking lane"
    assert any(not c.isascii() for p in snap.participants for c in p.name), "names with accents"
    assert all(t.convenor_ids for t in snap.topics)
