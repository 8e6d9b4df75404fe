"""The agenda wall: reading it whole, and placing, swapping, parking and pinning topics.

Every placing action goes through ``place_topics``: it sets many places in one
transaction and returns the places before, which is exactly what undo (and a
placement suggestion being accepted) needs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.conflicts import Wall
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import Topic
from cafedesk.services.base import Done, row_or_fail
from cafedesk.services.event import snapshot
from cafedesk.services.topics import WHAT, check_cell_free
from cafedesk.store.eventfile import EventFile
from cafedesk.store.mapping import (
    topic_from_row,
)
from cafedesk.store.rows import (
    SpaceRow,
    TimeSlotRow,
    TopicRow,
    TopicSignupRow,
    UnavailableRow,
)

# (space id, slot id); (None, None) is the parking lane.
Place = tuple[int | None, int | None]
PARKING: Place = (None, None)
WALL_PARTS = (Part.TOPICS, Part.SIGNUPS)


def read_wall(ef: EventFile) -> Wall:
    """Everything the wall page and the conflict rules need."""
    snap = snapshot(ef)
    with ef.read() as session:
        signups = _signups(session, None)
        unavailable = frozenset(
            (int(pid), int(sid))
            for pid, sid in session.execute(
                select(UnavailableRow.participant_id, UnavailableRow.slot_id)
            )
        )
    return Wall(snap.spaces, snap.slots, snap.topics, snap.participants, signups, unavailable)


def read_topics(
    ef: EventFile, topic_ids: Iterable[int]
) -> tuple[list[Topic], dict[int, frozenset[int]]]:
    """The named topics as stored now (deleted ones are absent) and their sign-ups."""
    ids = list(topic_ids)
    with ef.read() as session:
        rows = session.scalars(select(TopicRow).where(TopicRow.id.in_(ids)))
        topics = [topic_from_row(r) for r in rows]
        signups = _signups(session, ids)
    return topics, {t.id: signups.get(t.id, frozenset()) for t in topics}


def _signups(session: DbSession, topic_ids: list[int] | None) -> dict[int, frozenset[int]]:
    query = select(TopicSignupRow.topic_id, TopicSignupRow.participant_id)
    if topic_ids is not None:
        query = query.where(TopicSignupRow.topic_id.in_(topic_ids))
    found: dict[int, set[int]] = defaultdict(set)
    for topic_id, participant_id in session.execute(query):
        found[int(topic_id)].add(int(participant_id))
    return {k: frozenset(v) for k, v in found.items()}


def place_topics(
    ef: EventFile, places: Mapping[int, Place], *, respect_pins: bool = True
) -> Done[dict[int, Place]]:
    """Put each topic at its place (a cell or the parking lane); returns the places before.

    Undo passes ``respect_pins=False``: it restores places, it does not move a pinned card.
    """
    with ef.write() as session:
        rows = {tid: row_or_fail(session, TopicRow, tid, WHAT) for tid in places}
        before: dict[int, Place] = {tid: (r.space_id, r.slot_id) for tid, r in rows.items()}
        targets = {tid: _checked_place(session, place) for tid, place in places.items()}
        moving = {tid for tid in rows if targets[tid] != before[tid]}
        if respect_pins:
            for tid in sorted(moving, key=lambda t: rows[t].number):
                if rows[tid].pinned:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "cafedesk", "Topic {number} is pinned; unpin it before moving it."
                        ),
                        number=rows[tid].number,
                    )
        taken = [p for tid, p in targets.items() if p != PARKING and tid in moving]
        if len(taken) != len(set(taken)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("cafedesk", "Two topics cannot share one place on the wall.")
            )
        # Lift every moving card first so swaps do not trip the one-topic-per-cell rule.
        for tid in moving:
            rows[tid].space_id = rows[tid].slot_id = None
        session.flush()
        for tid in moving:
            space_id, slot_id = targets[tid]
            if space_id is not None:
                check_cell_free(session, space_id, slot_id, tid)
            rows[tid].space_id, rows[tid].slot_id = space_id, slot_id
    return Done(before, Changes.of(*WALL_PARTS, ids=set(places)))


def _checked_place(session: DbSession, place: Place) -> Place:
    space_id, slot_id = place
    if space_id is None or slot_id is None:
        return PARKING
    row_or_fail(session, SpaceRow, space_id, QT_TRANSLATE_NOOP("cafedesk", "space"))
    row_or_fail(session, TimeSlotRow, slot_id, QT_TRANSLATE_NOOP("cafedesk", "time slot"))
    return place


def move_topic(ef: EventFile, topic_id: int, place: Place) -> Done[dict[int, Place]]:
    """Move one card; onto an occupied cell it is refused (use ``swap_topics``)."""
    return place_topics(ef, {topic_id: place})


def park_topic(ef: EventFile, topic_id: int) -> Done[dict[int, Place]]:
    return place_topics(ef, {topic_id: PARKING})


def swap_topics(ef: EventFile, first_id: int, second_id: int) -> Done[dict[int, Place]]:
    with ef.read() as session:
        first = row_or_fail(session, TopicRow, first_id, WHAT)
        second = row_or_fail(session, TopicRow, second_id, WHAT)
        places = {
            first_id: (second.space_id, second.slot_id),
            second_id: (first.space_id, first.slot_id),
        }
    return place_topics(ef, places)


def topic_at(ef: EventFile, place: Place) -> int | None:
    if place == PARKING:
        return None
    with ef.read() as session:
        found = session.scalar(
            select(TopicRow.id).where(TopicRow.space_id == place[0], TopicRow.slot_id == place[1])
        )
    return int(found) if found is not None else None


def set_pinned(ef: EventFile, pins: Mapping[int, bool]) -> Done[dict[int, bool]]:
    """Pin or unpin topics; returns the pins before (undo passes them back)."""
    with ef.write() as session:
        before: dict[int, bool] = {}
        for tid, pinned in pins.items():
            row = row_or_fail(session, TopicRow, tid, WHAT)
            before[tid] = row.pinned
            row.pinned = pinned
    return Done(before, Changes.of(Part.TOPICS, ids=set(pins)))
