"""Spaces: rooms or corners with a capacity and equipment."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import Space
from cafedesk.domain.validation import (
    check_capacity,
    check_unique_name,
    clean_name,
    clean_tags,
    clean_text,
)
from cafedesk.services.base import Done, bury_row, next_value, revive_rows
from cafedesk.store.eventfile import EventFile
from cafedesk.store.graveyard import Tombstone
from cafedesk.store.mapping import space_from_row, space_to_row
from cafedesk.store.rows import SpaceRow

WHAT = QT_TRANSLATE_NOOP("cafedesk", "space")
# A deleted space also leaves its topics' placements behind; the tombstone keeps them.
PARTS = (Part.SPACES, Part.TOPICS)


def list_spaces(ef: EventFile) -> list[Space]:
    with ef.read() as session:
        rows = session.scalars(select(SpaceRow).order_by(SpaceRow.position, SpaceRow.id))
        return [space_from_row(r) for r in rows]


def add_space(
    ef: EventFile, name: str, capacity: int, equipment: tuple[str, ...] = (), notes: str = ""
) -> Done[Space]:
    with ef.read() as session:
        position = next_value(session, SpaceRow.position)
        new_id = next_value(session, SpaceRow.id)
    return put_space(ef, Space(new_id, name, capacity, equipment, notes, position))


def put_space(ef: EventFile, space: Space) -> Done[Space]:
    """Insert or update a space by id (undo and redo use this to set exact values)."""
    space = dataclasses.replace(
        space,
        name=clean_name(space.name, WHAT),
        capacity=check_capacity(space.capacity),
        equipment=clean_tags(space.equipment),
        notes=clean_text(space.notes),
    )
    with ef.write() as session:
        others = session.scalars(select(SpaceRow.name).where(SpaceRow.id != space.id))
        check_unique_name(space.name, others, WHAT)
        row = session.get(SpaceRow, space.id)
        if row is None:
            row = SpaceRow(id=space.id)
            session.add(row)
        space_to_row(space, row)
    return Done(space, Changes.of(Part.SPACES, ids={space.id}))


def delete_space(ef: EventFile, space_id: int) -> Done[Tombstone]:
    return bury_row(ef, "space", space_id, *PARTS)


def restore_space(ef: EventFile, tomb: Tombstone) -> Done[None]:
    return revive_rows(ef, tomb, *PARTS)


def reorder_spaces(ef: EventFile, ordered_ids: list[int]) -> Done[list[int]]:
    """Put spaces in the given order; returns the previous order for undo."""
    with ef.write() as session:
        rows = {r.id: r for r in session.scalars(select(SpaceRow))}
        previous = [r.id for r in sorted(rows.values(), key=lambda r: (r.position, r.id))]
        for position, space_id in enumerate(ordered_ids):
            if space_id in rows:
                rows[space_id].position = position
    return Done(previous, Changes.of(Part.SPACES))
