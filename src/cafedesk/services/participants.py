"""Participants: names, organisations, stakeholder groups and roles."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import Participant
from cafedesk.domain.validation import clean_email, clean_name, clean_tags, clean_text
from cafedesk.services.base import Done, bury_row, next_value, revive_rows
from cafedesk.store.eventfile import EventFile
from cafedesk.store.graveyard import Tombstone, bury
from cafedesk.store.mapping import participant_from_row, participant_to_row
from cafedesk.store.rows import ParticipantRow

WHAT = QT_TRANSLATE_NOOP("cafedesk", "participant")
PARTS = (Part.PARTICIPANTS, Part.TOPICS, Part.SIGNUPS)


def list_participants(ef: EventFile) -> list[Participant]:
    with ef.read() as session:
        return [
            participant_from_row(r)
            for r in session.scalars(select(ParticipantRow).order_by(ParticipantRow.id))
        ]


def clean_participant(person: Participant) -> Participant:
    return dataclasses.replace(
        person,
        name=clean_name(person.name, WHAT),
        organisation=clean_text(person.organisation),
        group=clean_text(person.group),
        email=clean_email(person.email),
        roles=clean_tags(person.roles),
    )


def add_participant(
    ef: EventFile,
    name: str,
    organisation: str = "",
    group: str = "",
    email: str = "",
    roles: tuple[str, ...] = (),
) -> Done[Participant]:
    with ef.read() as session:
        new_id = next_value(session, ParticipantRow.id)
    return put_participant(ef, Participant(new_id, name, organisation, group, email, roles))


def put_participant(ef: EventFile, person: Participant) -> Done[Participant]:
    person = clean_participant(person)
    with ef.write() as session:
        row = session.get(ParticipantRow, person.id)
        if row is None:
            row = ParticipantRow(id=person.id)
            session.add(row)
        participant_to_row(person, row)
    return Done(person, Changes.of(Part.PARTICIPANTS, ids={person.id}))


def delete_participant(ef: EventFile, participant_id: int) -> Done[Tombstone]:
    return bury_row(ef, "participant", participant_id, *PARTS)


def restore_participant(ef: EventFile, tomb: Tombstone) -> Done[None]:
    return revive_rows(ef, tomb, *PARTS)


def add_many(ef: EventFile, people: list[Participant]) -> Done[list[Participant]]:
    """Insert participants in one transaction (imports).

    People with id 0 get new ids; people with ids keep them, so redoing an
    undone import brings back the very same rows.
    """
    cleaned = [clean_participant(p) for p in people]
    stored: list[Participant] = []
    with ef.write() as session:
        next_id = next_value(session, ParticipantRow.id)
        for person in cleaned:
            if person.id <= 0:
                person = dataclasses.replace(person, id=next_id)
                next_id += 1
            row = ParticipantRow(id=person.id)
            participant_to_row(person, row)
            session.add(row)
            stored.append(person)
    return Done(stored, Changes.of(Part.PARTICIPANTS, ids={p.id for p in stored}))


def delete_many(ef: EventFile, participant_ids: list[int]) -> Done[list[Tombstone]]:
    """Undo of an import: the rows go again, in one transaction."""
    with ef.write() as session:
        tombs = [bury(session, "participant", {"id": pid}) for pid in participant_ids]
    return Done(tombs, Changes.of(*PARTS, ids=set(participant_ids)))
