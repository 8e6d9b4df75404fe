"""Dot votes and the choice of topics for action planning.

Every setter returns what was there before, so an undo command puts back the
exact earlier state with the same call.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session as DbSession

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.convergence import RankedTopic, TopicVotes, rank_topics
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import Topic
from cafedesk.services.base import Done, row_or_fail
from cafedesk.store.eventfile import EventFile
from cafedesk.store.mapping import topic_from_row
from cafedesk.store.rows import ParticipantRow, TopicRow
from cafedesk.store.rows_convergence import ParticipantVoteRow, TopicVoteRow

TOPIC = QT_TRANSLATE_NOOP("cafedesk", "topic")
PARTICIPANT = QT_TRANSLATE_NOOP("cafedesk", "participant")
MAX_DOTS = 100_000


def _check_dots(dots: int) -> int:
    if dots < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "A number of dots cannot be negative."), field="dots"
        )
    if dots > MAX_DOTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "{count} dots on one topic cannot be right."),
            field="dots",
            count=dots,
        )
    return dots


def list_votes(ef: EventFile) -> dict[int, TopicVotes]:
    """Topic id -> its votes, for every topic that has a tally, named dots or was chosen."""
    with ef.read() as session:
        named = {
            int(tid): int(n)
            for tid, n in session.execute(
                select(ParticipantVoteRow.topic_id, func.sum(ParticipantVoteRow.dots)).group_by(
                    ParticipantVoteRow.topic_id
                )
            )
        }
        rows = {r.topic_id: r for r in session.scalars(select(TopicVoteRow))}
    result: dict[int, TopicVotes] = {}
    for topic_id in set(named) | set(rows):
        row = rows.get(topic_id)
        result[topic_id] = TopicVotes(
            topic_id,
            tally=row.tally if row is not None else None,
            named=named.get(topic_id, 0),
            chosen=bool(row.chosen) if row is not None else False,
        )
    return result


def ranking(ef: EventFile, topics: list[Topic] | None = None) -> list[RankedTopic]:
    if topics is None:
        with ef.read() as session:
            topics = [
                topic_from_row(r)
                for r in session.scalars(select(TopicRow).order_by(TopicRow.number))
            ]
    return rank_topics(topics, list_votes(ef))


def topic_by_number(ef: EventFile, number: int) -> Topic:
    with ef.read() as session:
        row = session.scalar(select(TopicRow).where(TopicRow.number == number))
        if row is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("cafedesk", "There is no topic number {number}."),
                field="number",
                number=number,
            )
        return topic_from_row(row)


def _vote_row(session: DbSession, topic_id: int) -> TopicVoteRow:
    row_or_fail(session, TopicRow, topic_id, TOPIC)
    row = session.get(TopicVoteRow, topic_id)
    if row is None:
        row = TopicVoteRow(topic_id=topic_id, tally=None, chosen=False)
        session.add(row)
    return row


def _tidy(session: DbSession, row: TopicVoteRow) -> None:
    if row.tally is None and not row.chosen:
        session.delete(row)


def set_tally(ef: EventFile, topic_id: int, tally: int | None) -> Done[int | None]:
    """The dots counted on the wall for a topic (None: not counted); returns the one before."""
    if tally is not None:
        _check_dots(tally)
    with ef.write() as session:
        row = _vote_row(session, topic_id)
        before = row.tally
        row.tally = tally
        _tidy(session, row)
    return Done(before, Changes.of(Part.VOTES, ids={topic_id}))


def set_chosen(ef: EventFile, chosen: Mapping[int, bool]) -> Done[dict[int, bool]]:
    """Choose topics for action planning (or not); returns the choices before."""
    before: dict[int, bool] = {}
    with ef.write() as session:
        for topic_id, value in chosen.items():
            row = _vote_row(session, topic_id)
            before[topic_id] = bool(row.chosen)
            row.chosen = value
            _tidy(session, row)
    return Done(before, Changes.of(Part.VOTES, ids=set(chosen)))


def person_votes(ef: EventFile, participant_id: int) -> dict[int, int]:
    """Topic id -> dots this participant gave by name."""
    with ef.read() as session:
        found = session.execute(
            select(ParticipantVoteRow.topic_id, ParticipantVoteRow.dots).where(
                ParticipantVoteRow.participant_id == participant_id
            )
        )
        return {int(tid): int(dots) for tid, dots in found}


def set_person_votes(
    ef: EventFile, participant_id: int, dots: Mapping[int, int]
) -> Done[dict[int, int]]:
    """Exactly these dots for this participant (an empty mapping withdraws them).

    Returns the participant's dots before, for undo.
    """
    wanted = {tid: _check_dots(n) for tid, n in dots.items() if n}
    with ef.write() as session:
        row_or_fail(session, ParticipantRow, participant_id, PARTICIPANT)
        for topic_id in wanted:
            row_or_fail(session, TopicRow, topic_id, TOPIC)
        before = {
            int(tid): int(n)
            for tid, n in session.execute(
                select(ParticipantVoteRow.topic_id, ParticipantVoteRow.dots).where(
                    ParticipantVoteRow.participant_id == participant_id
                )
            )
        }
        session.execute(
            delete(ParticipantVoteRow).where(ParticipantVoteRow.participant_id == participant_id)
        )
        for topic_id, count in wanted.items():
            session.add(
                ParticipantVoteRow(topic_id=topic_id, participant_id=participant_id, dots=count)
            )
    return Done(before, Changes.of(Part.VOTES, ids=set(before) | set(wanted)))


def voters(ef: EventFile) -> dict[int, dict[int, int]]:
    """Participant id -> their named dots, for everyone who voted by name."""
    result: dict[int, dict[int, int]] = {}
    with ef.read() as session:
        for row in session.scalars(select(ParticipantVoteRow)):
            result.setdefault(row.participant_id, {})[row.topic_id] = row.dots
    return result
