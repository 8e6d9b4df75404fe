"""Delete a row with everything that hangs on it, and bring it all back on undo.

``bury`` follows the schema's foreign keys: rows that would be deleted by
ON DELETE CASCADE are saved whole, columns that ON DELETE SET NULL would clear
are saved as (row, column, value). ``revive`` restores exactly that, with the
same ids, so later undo steps that name those ids stay valid. New tables get
this for free as long as their foreign keys say what happens on delete.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session as DbSession

from cafedesk.store.rows import Base

RowValues = Mapping[str, Any]


@dataclass(frozen=True)
class Tombstone:
    rows: tuple[tuple[str, RowValues], ...]  # parents before children
    nulled: tuple[tuple[str, RowValues, str, Any], ...]  # table, primary key, column, old value


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _key(table: Table, values: RowValues) -> dict[str, Any]:
    return {col.name: values[col.name] for col in table.primary_key.columns}


def _where(table: Table, key: RowValues) -> Any:
    return and_(*(table.c[name] == value for name, value in key.items()))


def _collect(
    session: DbSession,
    table: Table,
    values: RowValues,
    rows: list[tuple[str, RowValues]],
    nulled: list[tuple[str, RowValues, str, Any]],
) -> None:
    rows.append((table.name, dict(values)))
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            parent_value = values[fk.column.name]
            found = session.execute(select(child).where(fk.parent == parent_value)).mappings()
            for child_values in (dict(m) for m in found):
                if fk.ondelete and fk.ondelete.upper() == "CASCADE":
                    _collect(session, child, child_values, rows, nulled)
                elif fk.ondelete and fk.ondelete.upper() == "SET NULL":
                    nulled.append(
                        (child.name, _key(child, child_values), fk.parent.name, parent_value)
                    )


def bury(session: DbSession, table_name: str, key: RowValues) -> Tombstone:
    table = _table(table_name)
    values = dict(session.execute(select(table).where(_where(table, key))).mappings().one())
    rows: list[tuple[str, RowValues]] = []
    nulled: list[tuple[str, RowValues, str, Any]] = []
    _collect(session, table, values, rows, nulled)
    session.execute(delete(table).where(_where(table, key)))
    return Tombstone(tuple(rows), tuple(nulled))


def revive(session: DbSession, tomb: Tombstone) -> None:
    for name, values in tomb.rows:
        session.execute(insert(_table(name)).values(**values))
    for name, key, column, value in tomb.nulled:
        table = _table(name)
        session.execute(update(table).where(_where(table, key)).values({column: value}))
