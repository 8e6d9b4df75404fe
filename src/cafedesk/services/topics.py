"""Topics: the sessions people convene, and where they are placed on the wall."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import Topic
from cafedesk.domain.validation import clean_tags, clean_text, clean_title
from cafedesk.services.base import Done, bury_row, next_value, revive_rows, row_or_fail
from cafedesk.store.eventfile import EventFile
from cafedesk.store.graveyard import Tombstone, bury, revive
from cafedesk.store.mapping import topic_from_row, topic_to_row
from cafedesk.store.rows import ParticipantRow, TopicRow

WHAT = QT_TRANSLATE_NOOP("cafedesk", "topic")
PARTS = (Part.TOPICS, Part.SIGNUPS, Part.REPORTS)


def list_topics(ef: EventFile) -> list[Topic]:
    with ef.read() as session:
        return [
            topic_from_row(r) for r in session.scalars(select(TopicRow).order_by(TopicRow.number))
        ]


def get_topic(ef: EventFile, topic_id: int) -> Topic:
    with ef.read() as session:
        return topic_from_row(row_or_fail(session, TopicRow, topic_id, WHAT))


def clean_topic(topic: Topic) -> Topic:
    if topic.expected_attendance is not None and topic.expected_attendance < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "Expected attendance cannot be negative."),
            field="expected_attendance",
        )
    if topic.tally is not None and topic.tally < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "A tally cannot be negative."), field="tally"
        )
    if (topic.space_id is None) != (topic.slot_id is None):
        topic = dataclasses.replace(topic, space_id=None, slot_id=None)
    return dataclasses.replace(
        topic,
        title=clean_title(topic.title, WHAT),
        description=clean_text(topic.description),
        equipment=clean_tags(topic.equipment),
    )


def add_topic(
    ef: EventFile,
    title: str,
    convenor_ids: tuple[int, ...] = (),
    *,
    description: str = "",
    equipment: tuple[str, ...] = (),
    expected_attendance: int | None = None,
    space_id: int | None = None,
    slot_id: int | None = None,
) -> Done[Topic]:
    with ef.read() as session:
        new_id = next_value(session, TopicRow.id)
        number = next_value(session, TopicRow.number)
    topic = Topic(
        new_id,
        number,
        title,
        convenor_ids,
        description,
        equipment,
        expected_attendance,
        space_id,
        slot_id,
    )
    return put_topic(ef, topic)


def put_topic(ef: EventFile, topic: Topic) -> Done[Topic]:
    topic = clean_topic(topic)
    with ef.write() as session:
        store_topic(session, topic)
    return Done(topic, Changes.of(Part.TOPICS, ids={topic.id}))


def store_topic(session: DbSession, topic: Topic) -> TopicRow:
    """Insert or update a cleaned topic inside an open write; refuses a taken cell."""
    if topic.placed:
        check_cell_free(session, topic.space_id, topic.slot_id, topic.id)
    row = session.get(TopicRow, topic.id)
    if row is None:
        row = TopicRow(id=topic.id)
        session.add(row)
    topic_to_row(topic, row)
    return row


def check_cell_free(
    session: DbSession, space_id: int | None, slot_id: int | None, topic_id: int
) -> None:
    holder = session.scalar(
        select(TopicRow.number).where(
            TopicRow.space_id == space_id,
            TopicRow.slot_id == slot_id,
            TopicRow.id != topic_id,
        )
    )
    if holder is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "That place on the wall is taken by topic {number}."),
            number=holder,
        )


def delete_topic(ef: EventFile, topic_id: int) -> Done[Tombstone]:
    return bury_row(ef, "topic", topic_id, *PARTS)


def restore_topic(ef: EventFile, tomb: Tombstone) -> Done[None]:
    return revive_rows(ef, tomb, *PARTS)


def delete_topics(ef: EventFile, topic_ids: Sequence[int]) -> Done[tuple[Tombstone, ...]]:
    """Several topics (with their reports, photos and sign-ups) in one transaction."""
    with ef.write() as session:
        tombs = tuple(bury(session, "topic", {"id": topic_id}) for topic_id in topic_ids)
    return Done(tombs, Changes.of(*PARTS, ids=set(topic_ids)))


def restore_topics(ef: EventFile, tombs: Sequence[Tombstone]) -> Done[None]:
    with ef.write() as session:
        for tomb in reversed(tombs):
            revive(session, tomb)
    ids = {int(rows[0][1]["id"]) for rows in (t.rows for t in tombs) if rows}
    return Done(None, Changes.of(*PARTS, ids=ids))


def find_participant_id(ef: EventFile, name: str) -> int | None:
    """The participant called ``name`` (ignoring case and spaces), if exactly one is."""
    wanted = " ".join(name.split()).casefold()
    with ef.read() as session:
        ids = session.scalars(
            select(ParticipantRow.id).where(func.lower(ParticipantRow.name) == wanted)
        ).all()
        if len(ids) == 1:
            return int(ids[0])
        if not ids:  # lower() in SQLite folds ASCII only; compare the rest here
            for pid, pname in session.execute(select(ParticipantRow.id, ParticipantRow.name)):
                if " ".join(pname.split()).casefold() == wanted:
                    return int(pid)
    return None
