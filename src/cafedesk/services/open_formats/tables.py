"""The event's tables as the open formats see them: columns, their JSON kinds, order.

Everything is read from the store's own table definitions, so a column added by a
migration is carried by the JSON format and its schema without a second list.
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
INTEGER, BOOLEAN, STRING, DATE, TIME, DATETIME, BASE64, ANY_JSON = (
    "integer",
    "boolean",
    "string",
    "date",
    "time",
    "datetime",
    "base64",
    "json",
)


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    nullable: bool


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


def fields(table: Table) -> list[Field]:
    return [Field(c.name, _kind(c), bool(c.nullable)) for c in table.columns]


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
