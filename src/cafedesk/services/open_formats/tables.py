"""The event's tables as the open formats see them: columns, their JSON kinds, order.

Everything is read from the store's own table definitions, so a column added by a
migration is carried by the JSON format and its schema without a second list.

Database ids never reach the document. A table whose rows have their own ``id`` is
*keyed*: each row gets a ``key`` such as ``"topic-7"`` (the 7th topic in the
document), and every column that points at another row (``topic_id``) becomes a
``…_key`` holding that row's key (``topic_key``). Link tables (convenors, sign-ups,
seats…) are named by the keys they join.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, LargeBinary, Table, Time

import cafedesk.store.rows_cafe
import cafedesk.store.rows_convergence
import cafedesk.store.rows_notes  # noqa: F401  (their tables join Base.metadata)
from cafedesk.store.rows import Base

FORMAT = "cafedesk-event/v1"
FORMAT_FAMILY = "cafedesk-event/"
VERSION = 1

# Kinds a column has in the JSON document.
INTEGER, BOOLEAN, STRING, DATE, TIME, DATETIME, BASE64, ANY_JSON, KEY, REF = (
    "integer",
    "boolean",
    "string",
    "date",
    "time",
    "datetime",
    "base64",
    "json",
    "key",  # the row's own key
    "ref",  # the key of a row it points at
)


@dataclass(frozen=True)
class Field:
    name: str  # in the document
    column: str  # in the event file
    kind: str
    nullable: bool
    target: str = ""  # for a ref: the keyed table it points at


def _kind(column: Column[object]) -> str:
    t = column.type
    if isinstance(t, Boolean):
        return BOOLEAN
    if isinstance(t, Integer):
        return INTEGER
    if isinstance(t, DateTime):
        return DATETIME
    if isinstance(t, Date):
        return DATE
    if isinstance(t, Time):
        return TIME
    if isinstance(t, LargeBinary):
        return BASE64
    if isinstance(t, JSON):
        return ANY_JSON
    return STRING


def event_tables() -> list[Table]:
    """Every table of an event, parents before children (the order inserts need)."""
    return [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]


def is_keyed(table: Table) -> bool:
    """Rows with an ``id`` of their own (not a link between other rows)."""
    keys = list(table.primary_key.columns)
    return len(keys) == 1 and keys[0].name == "id" and not keys[0].foreign_keys


def key_prefix(table_name: str) -> str:
    return table_name.replace("_", "-")


def _target(column: Column[object]) -> Column[object] | None:
    """The keyed column a foreign key ends at (following a chain of them)."""
    seen = column
    while seen.foreign_keys:
        seen = next(iter(seen.foreign_keys)).column
    return seen if seen is not column else None


def _field(table: Table, column: Column[object]) -> Field:
    nullable = bool(column.nullable)
    if column.name == "id" and is_keyed(table):
        return Field("key", column.name, KEY, False)
    target = _target(column)
    if target is not None:
        assert target.table.name != table.name and is_keyed(target.table)
        name = column.name.removesuffix("_id") + "_key"
        return Field(name, column.name, REF, nullable, target.table.name)
    return Field(column.name, column.name, _kind(column), nullable)


def fields(table: Table) -> list[Field]:
    return [_field(table, c) for c in table.columns]


def order_by(table: Table) -> list[Column[object]]:
    """A stable row order: the primary key, else every column."""
    keys = list(table.primary_key.columns)
    return keys or list(table.columns)


def to_json_value(kind: str, value: object) -> object:
    import base64

    if value is None:
        return None
    if kind in (DATE, TIME, DATETIME):
        assert isinstance(value, dt.date | dt.time)
        return value.isoformat()
    if kind == BASE64:
        assert isinstance(value, bytes)
        return base64.b64encode(value).decode("ascii")
    return value
