"""Every text field is cleaned at the service boundary: no NUL or control characters in
the file, and a lone surrogate is refused with a sentence instead of a raw encoding error."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from cafedesk.domain.errors import ValidationError
from cafedesk.domain.model import Event
from cafedesk.services import cafe, participants, slots, spaces, topics
from cafedesk.services import event as event_service
from cafedesk.store.eventfile import EventFile

DAY = dt.date(2026, 9, 12)


def test_control_characters_never_reach_the_file(event_file: EventFile) -> None:
    space = spaces.add_space(event_file, "Hall\x00 A", 20, notes="by the\x07 door").value
    person = participants.add_participant(event_file, "Ilse\x00 Tamm\x1b", "Co\x08op").value
    slot = slots.add_slot(event_file, DAY, dt.time(9), dt.time(10), "Round\n 1\x00").value
    topic = topics.add_topic(event_file, "Seeds\x00 and soil").value
    table = cafe.add_table(event_file).value
    table = cafe.put_table(event_file, replace(table, name="Window\x00\ncorner")).value
    event_service.put_event(event_file, Event(title="Day\x00 one", theme="Why\r\nnow\x0c?"))

    assert spaces.list_spaces(event_file)[0].name == "Hall A" == space.name
    assert spaces.list_spaces(event_file)[0].notes == "by the door"
    stored = participants.list_participants(event_file)[0]
    assert (
        (stored.name, stored.organisation)
        == ("Ilse Tamm", "Coop")
        == (
            person.name,
            person.organisation,
        )
    )
    assert slots.list_slots(event_file)[0].label == "Round 1" == slot.label
    assert topics.list_topics(event_file)[0].title == "Seeds and soil" == topic.title
    assert cafe.load_cafe(event_file).tables[0].name == "Window corner" == table.name
    event = event_service.get_event(event_file)
    assert (event.title, event.theme) == ("Day one", "Why\nnow\n?")


def test_a_lone_surrogate_is_refused_and_nothing_is_stored(event_file: EventFile) -> None:
    with pytest.raises(ValidationError, match="broken character"):
        participants.add_participant(event_file, "Anna \ud83d")
    with pytest.raises(ValidationError, match="broken character"):
        spaces.add_space(event_file, "Hall", 10, notes="\udc00")
    assert participants.list_participants(event_file) == []
    assert spaces.list_spaces(event_file) == []
