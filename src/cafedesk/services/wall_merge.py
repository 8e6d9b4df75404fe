"""Merging two topics into one, and splitting them apart again.

A merge keeps both originals whole (fields, convenors, sign-ups, their own
merge history) in the merged topic's ``merged_from`` column, so a split — even
days later, after other edits — restores them with their ids and numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.validation import MAX_NAME
from cafedesk.services.base import Done, next_value, row_or_fail
from cafedesk.services.topics import WHAT
from cafedesk.services.wall_edit import replace_signups
from cafedesk.store.eventfile import EventFile
from cafedesk.store.graveyard import Tombstone, bury, revive
from cafedesk.store.rows import (
    ParticipantRow,
    SpaceRow,
    TimeSlotRow,
    TopicConvenorRow,
    TopicRow,
    TopicSignupRow,
)

PARTS = (Part.TOPICS, Part.SIGNUPS)
Record = dict[str, Any]


@dataclass(frozen=True)
class MergeUndo:
    kept_before: Record
    other: Tombstone


@dataclass(frozen=True)
class SplitUndo:
    merged: Tombstone
    part_ids: tuple[int, ...]


def _record(session: DbSession, row: TopicRow) -> Record:
    """A topic as plain JSON values, everything a split needs to put it back."""
    signups = session.scalars(
        select(TopicSignupRow.participant_id)
        .where(TopicSignupRow.topic_id == row.id)
        .order_by(TopicSignupRow.participant_id)
    )
    return {
        "id": row.id,
        "number": row.number,
        "title": row.title,
        "description": row.description,
        "equipment": list(row.equipment),
        "expected_attendance": row.expected_attendance,
        "space_id": row.space_id,
        "slot_id": row.slot_id,
        "pinned": row.pinned,
        "tally": row.tally,
        "merged_from": list(row.merged_from or []),
        "convenor_ids": [c.participant_id for c in row.convenors],
        "signup_ids": [int(s) for s in signups],
    }


def _write(session: DbSession, record: Record, row: TopicRow, *, check: bool) -> None:
    """Put a record into ``row``; with ``check``, adapt to what changed since it was saved."""
    people = set(session.scalars(select(ParticipantRow.id)))
    place = (record["space_id"], record["slot_id"])
    if check and place != (None, None):
        gone = session.get(SpaceRow, place[0]) is None or session.get(TimeSlotRow, place[1]) is None
        taken = session.scalar(
            select(TopicRow.id).where(
                TopicRow.space_id == place[0], TopicRow.slot_id == place[1], TopicRow.id != row.id
            )
        )
        if gone or taken is not None:
            place = (None, None)  # the cell is no longer free: park it
    row.number = record["number"]
    row.title = record["title"]
    row.description = record["description"]
    row.equipment = list(record["equipment"])
    row.expected_attendance = record["expected_attendance"]
    row.space_id, row.slot_id = place
    row.pinned = record["pinned"]
    row.tally = record["tally"]
    row.merged_from = list(record["merged_from"])
    convenors = [p for p in dict.fromkeys(record["convenor_ids"]) if p in people]
    row.convenors = [
        TopicConvenorRow(topic_id=row.id, participant_id=pid, position=i)
        for i, pid in enumerate(convenors)
    ]
    session.flush()
    replace_signups(session, row.id, [p for p in record["signup_ids"] if p in people])


def _bury(session: DbSession, row: TopicRow) -> Tombstone:
    """Delete a loaded topic; its ORM objects leave the session so its ids can be reused."""
    tomb = bury(session, "topic", {"id": row.id})
    for child in row.convenors:
        session.expunge(child)
    session.expunge(row)
    return tomb


def _joined_title(first: str, second: str) -> str:
    title = f"{first} / {second}"
    return title if len(title) <= MAX_NAME else title[: MAX_NAME - 1].rstrip() + "…"


def merge_topics(ef: EventFile, keep_id: int, other_id: int) -> Done[MergeUndo]:
    """Combine ``other`` into ``keep``: titles, convenors, sign-ups, needs; one card remains."""
    if keep_id == other_id:
        raise ValidationError(QT_TRANSLATE_NOOP("cafedesk", "Choose two different topics."))
    with ef.write() as session:
        keep = row_or_fail(session, TopicRow, keep_id, WHAT)
        other = row_or_fail(session, TopicRow, other_id, WHAT)
        a, b = _record(session, keep), _record(session, other)
        tomb = _bury(session, other)
        place = (a["space_id"], a["slot_id"])
        if place == (None, None):
            place = (b["space_id"], b["slot_id"])
        expected = [v for v in (a["expected_attendance"], b["expected_attendance"]) if v]
        tallies = [v for v in (a["tally"], b["tally"]) if v is not None]
        merged: Record = {
            **a,
            "title": _joined_title(a["title"], b["title"]),
            "description": "\n\n".join(d for d in (a["description"], b["description"]) if d),
            "equipment": list(dict.fromkeys(a["equipment"] + b["equipment"])),
            "expected_attendance": max(expected) if expected else None,
            "space_id": place[0],
            "slot_id": place[1],
            "pinned": a["pinned"] or b["pinned"],
            # Two paper sheets: their marks add up (some people may have signed both).
            "tally": sum(tallies) if tallies else None,
            "merged_from": [a, b],
            "convenor_ids": a["convenor_ids"] + b["convenor_ids"],
            "signup_ids": sorted(set(a["signup_ids"]) | set(b["signup_ids"])),
        }
        _write(session, merged, keep, check=False)
    return Done(MergeUndo(a, tomb), Changes.of(*PARTS, ids={keep_id, other_id}))


def unmerge(ef: EventFile, undo: MergeUndo) -> Done[None]:
    with ef.write() as session:
        keep = row_or_fail(session, TopicRow, undo.kept_before["id"], WHAT)
        _write(session, undo.kept_before, keep, check=False)
        session.flush()
        revive(session, undo.other)
    ids = {int(undo.kept_before["id"]), *(int(v["id"]) for _, v in undo.other.rows[:1])}
    return Done(None, Changes.of(*PARTS, ids=ids))


def split_topic(ef: EventFile, topic_id: int) -> Done[SplitUndo]:
    """Bring back the topics a merge combined; a part whose cell is taken goes to parking."""
    with ef.write() as session:
        row = row_or_fail(session, TopicRow, topic_id, WHAT)
        parts: list[Record] = list(row.merged_from or [])
        if not parts:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "cafedesk", "Topic {number} was not merged; there is nothing to split."
                ),
                number=row.number,
            )
        tomb = _bury(session, row)
        part_ids: list[int] = []
        for part in parts:
            part = dict(part)
            if session.get(TopicRow, part["id"]) is not None:
                part["id"] = next_value(session, TopicRow.id)
            clash = session.scalar(select(TopicRow.id).where(TopicRow.number == part["number"]))
            if clash is not None:
                part["number"] = next_value(session, TopicRow.number)
            new_row = TopicRow(id=part["id"], number=part["number"], title=part["title"])
            session.add(new_row)
            session.flush()
            _write(session, part, new_row, check=True)
            part_ids.append(int(part["id"]))
    return Done(SplitUndo(tomb, tuple(part_ids)), Changes.of(*PARTS, ids={topic_id, *part_ids}))


def unsplit(ef: EventFile, undo: SplitUndo) -> Done[None]:
    with ef.write() as session:
        session.execute(delete(TopicRow).where(TopicRow.id.in_(undo.part_ids)))
        session.flush()
        revive(session, undo.merged)
    ids = {*undo.part_ids, *(int(v["id"]) for _, v in undo.merged.rows[:1])}
    return Done(None, Changes.of(*PARTS, ids=ids))
