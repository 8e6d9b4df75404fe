"""Topics as the wall edits them: with their sign-ups, and with people named on the spot.

In the marketplace the facilitator types names as people call them out; a name
nobody has yet becomes a new participant. ``plan_people`` decides the ids
without storing anything, ``put_record`` stores people, topic and sign-ups in
one transaction, so undo and redo can replay exactly the same rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.model import Participant, Topic
from cafedesk.domain.validation import clean_name
from cafedesk.services.base import Done, next_value, row_or_fail
from cafedesk.services.name_matching import Answers, answered
from cafedesk.services.participants import clean_participant
from cafedesk.services.topics import WHAT, clean_topic, store_topic
from cafedesk.store.eventfile import EventFile
from cafedesk.store.mapping import participant_to_row, topic_from_row
from cafedesk.store.rows import ParticipantRow, TopicRow, TopicSignupRow, UnavailableRow

CONVENOR = "convenor"


@dataclass(frozen=True)
class TopicRecord:
    """A topic with the people who signed its sheet."""

    topic: Topic
    signup_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class PeoplePlan:
    convenor_ids: tuple[int, ...]
    signup_ids: tuple[int, ...]
    new_people: tuple[Participant, ...]  # not stored yet


def get_record(ef: EventFile, topic_id: int) -> TopicRecord:
    with ef.read() as session:
        topic = topic_from_row(row_or_fail(session, TopicRow, topic_id, WHAT))
        signups = session.scalars(
            select(TopicSignupRow.participant_id)
            .where(TopicSignupRow.topic_id == topic_id)
            .order_by(TopicSignupRow.participant_id)
        )
        return TopicRecord(topic, tuple(int(s) for s in signups))


def new_topic_key(ef: EventFile) -> tuple[int, int]:
    """An unused (id, number) for a topic about to be created."""
    with ef.read() as session:
        return next_value(session, TopicRow.id), next_value(session, TopicRow.number)


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def plan_people(
    ef: EventFile,
    convenor_names: Iterable[str],
    signup_names: Iterable[str] = (),
    answers: Answers | None = None,
) -> PeoplePlan:
    """Ids for the names given; unknown names get new participants (convenors with that role).

    ``answers`` says who an ambiguous name means (see name_matching): a participant's
    id, or None for a new person even though the name is taken.
    """
    answers = answers or {}
    with ef.read() as session:
        known: dict[str, int] = {}
        for pid, name in session.execute(
            select(ParticipantRow.id, ParticipantRow.name).order_by(ParticipantRow.id)
        ):
            known.setdefault(_fold(name), int(pid))
        next_id = next_value(session, ParticipantRow.id)
    new_people: list[Participant] = []

    def ids_for(names: Iterable[str], roles: tuple[str, ...]) -> tuple[int, ...]:
        nonlocal next_id
        ids: list[int] = []
        for raw in names:
            if not raw.strip():
                continue
            name = clean_name(raw, "participant")
            key = _fold(name)
            was_asked, chosen = answered(name, answers)
            if was_asked and chosen is not None:
                ids.append(chosen)
                continue
            if key not in known or (was_asked and chosen is None):
                known[key] = next_id
                new_people.append(Participant(next_id, name, roles=roles))
                next_id += 1
            ids.append(known[key])
        return tuple(dict.fromkeys(ids))

    convenors = ids_for(convenor_names, (CONVENOR,))
    signups = ids_for(signup_names, ())
    return PeoplePlan(convenors, signups, tuple(new_people))


def put_record(
    ef: EventFile, record: TopicRecord, new_people: Sequence[Participant] = ()
) -> Done[TopicRecord]:
    """Store people (insert or update), then the topic and exactly these sign-ups."""
    topic = clean_topic(record.topic)
    people = [clean_participant(p) for p in new_people]
    with ef.write() as session:
        for person in people:
            row = session.get(ParticipantRow, person.id)
            if row is None:
                row = ParticipantRow(id=person.id)
                session.add(row)
            participant_to_row(person, row)
        session.flush()
        store_topic(session, topic)
        session.flush()
        replace_signups(session, topic.id, record.signup_ids)
    parts = [Part.TOPICS, Part.SIGNUPS] + ([Part.PARTICIPANTS] if people else [])
    return Done(dataclasses.replace(record, topic=topic), Changes.of(*parts, ids={topic.id}))


def remove_record(ef: EventFile, topic_id: int, people_ids: Sequence[int] = ()) -> Done[None]:
    """Undo of a creation: the topic goes, and the people that creation added."""
    with ef.write() as session:
        session.execute(delete(TopicRow).where(TopicRow.id == topic_id))
        if people_ids:
            session.execute(delete(ParticipantRow).where(ParticipantRow.id.in_(people_ids)))
    parts = [Part.TOPICS, Part.SIGNUPS] + ([Part.PARTICIPANTS] if people_ids else [])
    return Done(None, Changes.of(*parts, ids={topic_id}))


def replace_signups(session: DbSession, topic_id: int, participant_ids: Iterable[int]) -> None:
    session.execute(delete(TopicSignupRow).where(TopicSignupRow.topic_id == topic_id))
    for pid in dict.fromkeys(participant_ids):
        session.add(TopicSignupRow(topic_id=topic_id, participant_id=pid))


def set_signups(
    ef: EventFile, topic_id: int, participant_ids: Iterable[int]
) -> Done[tuple[int, ...]]:
    """Exactly these people signed the topic; returns who had signed before."""
    with ef.write() as session:
        row_or_fail(session, TopicRow, topic_id, WHAT)
        before = tuple(
            int(p)
            for p in session.scalars(
                select(TopicSignupRow.participant_id)
                .where(TopicSignupRow.topic_id == topic_id)
                .order_by(TopicSignupRow.participant_id)
            )
        )
        replace_signups(session, topic_id, participant_ids)
    return Done(before, Changes.of(Part.SIGNUPS, Part.TOPICS, ids={topic_id}))


def sign_up(ef: EventFile, topic_id: int, participant_id: int) -> Done[tuple[int, ...]]:
    current = get_record(ef, topic_id).signup_ids
    return set_signups(ef, topic_id, (*current, participant_id))


def remove_signup(ef: EventFile, topic_id: int, participant_id: int) -> Done[tuple[int, ...]]:
    current = get_record(ef, topic_id).signup_ids
    return set_signups(ef, topic_id, [p for p in current if p != participant_id])


def set_tally(ef: EventFile, topic_id: int, tally: int | None) -> Done[int | None]:
    """A head count from a paper sheet (None clears it); returns the tally before."""
    with ef.write() as session:
        row = row_or_fail(session, TopicRow, topic_id, WHAT)
        before = row.tally
        topic = clean_topic(dataclasses.replace(topic_from_row(row), tally=tally))
        row.tally = topic.tally
    return Done(before, Changes.of(Part.TOPICS, ids={topic_id}))


def set_unavailable(
    ef: EventFile, participant_id: int, slot_ids: Iterable[int]
) -> Done[tuple[int, ...]]:
    """The slots a person is away for (a convenor leaving early); returns the slots before."""
    with ef.write() as session:
        row_or_fail(session, ParticipantRow, participant_id, "participant")
        before = tuple(
            int(s)
            for s in session.scalars(
                select(UnavailableRow.slot_id)
                .where(UnavailableRow.participant_id == participant_id)
                .order_by(UnavailableRow.slot_id)
            )
        )
        session.execute(
            delete(UnavailableRow).where(UnavailableRow.participant_id == participant_id)
        )
        for slot_id in dict.fromkeys(slot_ids):
            session.add(UnavailableRow(participant_id=participant_id, slot_id=slot_id))
    return Done(before, Changes.of(Part.PARTICIPANTS, Part.TOPICS))


def remove_people(ef: EventFile, people_ids: Sequence[int]) -> Done[None]:
    """Undo of naming someone for the first time: the participant goes again."""
    with ef.write() as session:
        session.execute(delete(ParticipantRow).where(ParticipantRow.id.in_(people_ids)))
    return Done(None, Changes.of(Part.PARTICIPANTS, Part.TOPICS, Part.SIGNUPS))
