"""Rows to domain values and back; the only place that knows both shapes."""

from __future__ import annotations

from cafedesk.domain.model import (
    Event,
    Method,
    PaperSize,
    Participant,
    SlotKind,
    Space,
    TimeSlot,
    Topic,
)
from cafedesk.store.rows import (
    EventRow,
    ParticipantRow,
    SpaceRow,
    TimeSlotRow,
    TopicConvenorRow,
    TopicRow,
)


def event_from_row(row: EventRow) -> Event:
    return Event(
        title=row.title,
        theme=row.theme,
        method=Method(row.method),
        venue=row.venue,
        start_date=row.start_date,
        end_date=row.end_date,
        client_name=row.client_name,
        client_email=row.client_email,
        facilitator=row.facilitator,
        language=row.language,
        paper_size=PaperSize(row.paper_size),
    )


def event_to_row(event: Event, row: EventRow) -> None:
    row.title = event.title
    row.theme = event.theme
    row.method = event.method.value
    row.venue = event.venue
    row.start_date = event.start_date
    row.end_date = event.end_date
    row.client_name = event.client_name
    row.client_email = event.client_email
    row.facilitator = event.facilitator
    row.language = event.language
    row.paper_size = event.paper_size.value


def space_from_row(row: SpaceRow) -> Space:
    return Space(row.id, row.name, row.capacity, tuple(row.equipment), row.notes, row.position)


def space_to_row(space: Space, row: SpaceRow) -> None:
    row.name = space.name
    row.capacity = space.capacity
    row.equipment = list(space.equipment)
    row.notes = space.notes
    row.position = space.position


def slot_from_row(row: TimeSlotRow) -> TimeSlot:
    return TimeSlot(row.id, row.day, row.start, row.end, row.label, SlotKind(row.kind))


def slot_to_row(slot: TimeSlot, row: TimeSlotRow) -> None:
    row.day = slot.day
    row.start = slot.start
    row.end = slot.end
    row.label = slot.label
    row.kind = slot.kind.value


def participant_from_row(row: ParticipantRow) -> Participant:
    return Participant(row.id, row.name, row.organisation, row.group, row.email, tuple(row.roles))


def participant_to_row(person: Participant, row: ParticipantRow) -> None:
    row.name = person.name
    row.organisation = person.organisation
    row.group = person.group
    row.email = person.email
    row.roles = list(person.roles)


def topic_from_row(row: TopicRow) -> Topic:
    placed = row.space_id is not None and row.slot_id is not None
    return Topic(
        id=row.id,
        number=row.number,
        title=row.title,
        convenor_ids=tuple(c.participant_id for c in row.convenors),
        description=row.description,
        equipment=tuple(row.equipment),
        expected_attendance=row.expected_attendance,
        space_id=row.space_id if placed else None,
        slot_id=row.slot_id if placed else None,
        pinned=row.pinned,
        tally=row.tally,
        merged_from=tuple(int(part.get("number", 0)) for part in row.merged_from or ()),
    )


def topic_to_row(topic: Topic, row: TopicRow) -> None:
    row.number = topic.number
    row.title = topic.title
    row.description = topic.description
    row.equipment = list(topic.equipment)
    row.expected_attendance = topic.expected_attendance
    row.space_id = topic.space_id
    row.slot_id = topic.slot_id
    row.pinned = topic.pinned
    row.tally = topic.tally
    # merged_from is written by the merge and split services only: it holds whole topics.
    wanted = list(dict.fromkeys(topic.convenor_ids))
    row.convenors = [
        TopicConvenorRow(topic_id=topic.id, participant_id=pid, position=i)
        for i, pid in enumerate(wanted)
    ]
