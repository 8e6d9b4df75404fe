"""What every service returns, and helpers shared by the entity services."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as DbSession

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import NotFoundError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.store.eventfile import EventFile
from cafedesk.store.graveyard import Tombstone, bury, revive
from cafedesk.store.rows import Base

T = TypeVar("T")
R = TypeVar("R", bound=Base)


@dataclass(frozen=True)
class Done(Generic[T]):
    value: T
    changes: Changes


def row_or_fail(session: DbSession, row_type: type[R], row_id: int, what: str) -> R:
    row = session.get(row_type, row_id)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "cafedesk", "The {what} no longer exists (it may have been deleted)."
            ),
            what=what,
        )
    return row


def next_value(session: DbSession, column: InstrumentedAttribute[int]) -> int:
    """One more than the largest value in an integer column (positions, topic numbers)."""
    current = session.execute(select(func.max(column))).scalar()
    return int(current or 0) + 1


def bury_row(ef: EventFile, table: str, row_id: int, *parts: Part) -> Done[Tombstone]:
    """Delete one row and what hangs on it; the tombstone brings it back on undo."""
    with ef.write() as session:
        tomb = bury(session, table, {"id": row_id})
    return Done(tomb, Changes.of(*parts, ids={row_id}))


def revive_rows(ef: EventFile, tomb: Tombstone, *parts: Part) -> Done[None]:
    with ef.write() as session:
        revive(session, tomb)
    ids = {int(values["id"]) for _, values in tomb.rows[:1] if "id" in values}
    return Done(None, Changes.of(*parts, ids=ids))
