"""Reading the whole event and editing its details."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import Event, EventSnapshot
from cafedesk.domain.validation import clean_email, clean_text, clean_title
from cafedesk.services.base import Done
from cafedesk.store.eventfile import EventFile
from cafedesk.store.mapping import (
    event_from_row,
    event_to_row,
    participant_from_row,
    slot_from_row,
    space_from_row,
    topic_from_row,
)
from cafedesk.store.rows import EventRow, ParticipantRow, SpaceRow, TimeSlotRow, TopicRow

EVENT_ID = 1


def get_event(ef: EventFile) -> Event:
    with ef.read() as session:
        row = session.get(EventRow, EVENT_ID)
        return event_from_row(row) if row else Event(title="")


def snapshot(ef: EventFile) -> EventSnapshot:
    with ef.read() as session:
        row = session.get(EventRow, EVENT_ID)
        return EventSnapshot(
            event=event_from_row(row) if row else Event(title=""),
            spaces=tuple(
                space_from_row(r)
                for r in session.scalars(select(SpaceRow).order_by(SpaceRow.position, SpaceRow.id))
            ),
            slots=tuple(
                slot_from_row(r)
                for r in session.scalars(
                    select(TimeSlotRow).order_by(TimeSlotRow.day, TimeSlotRow.start, TimeSlotRow.id)
                )
            ),
            participants=tuple(
                participant_from_row(r)
                for r in session.scalars(select(ParticipantRow).order_by(ParticipantRow.id))
            ),
            topics=tuple(
                topic_from_row(r)
                for r in session.scalars(select(TopicRow).order_by(TopicRow.number))
            ),
        )


def validate_event(event: Event) -> Event:
    if event.start_date and event.end_date and event.end_date < event.start_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "The event ends before it starts."), field="end_date"
        )
    return dataclasses.replace(
        event,
        title=clean_title(event.title, "event"),
        theme=clean_text(event.theme),
        venue=clean_text(event.venue),
        client_name=clean_text(event.client_name),
        client_email=clean_email(event.client_email),
        facilitator=clean_text(event.facilitator),
    )


def put_event(ef: EventFile, event: Event) -> Done[Event]:
    event = validate_event(event)
    with ef.write() as session:
        row = session.get(EventRow, EVENT_ID)
        if row is None:
            row = EventRow(id=EVENT_ID)
            session.add(row)
        event_to_row(event, row)
    return Done(event, Changes.of(Part.EVENT))
