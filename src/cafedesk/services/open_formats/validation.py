"""Every place where a ``cafedesk-event/v1`` document does not fit, named by its path.

Checked before anything is written: the type of each value, that each key is
given once, that each ``…_key`` points at a row the document holds, that a merged
topic's memory can be split again, and that each picture is one Pillow opens
within its limits (no decompression bombs).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from cafedesk.services.open_formats.keys import check_merged, missing_target
from cafedesk.services.open_formats.tables import (
    ANY_JSON,
    BASE64,
    BOOLEAN,
    DATE,
    DATETIME,
    INTEGER,
    KEY,
    REF,
    TIME,
    Field,
    event_tables,
    fields,
    is_keyed,
)

Document = dict[str, Any]
MAX_KEY_LENGTH = 200


def _check_value(kind: str, nullable: bool, value: object) -> str | None:
    """Why ``value`` does not fit the column, or None."""
    if value is None:
        return None if nullable else "must not be empty (null)"
    ok: bool
    if kind == INTEGER:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == BOOLEAN:
        ok = isinstance(value, bool)
    elif kind in (DATE, TIME, DATETIME):
        parsers: dict[str, Callable[[str], object]] = {
            DATE: dt.date.fromisoformat,
            TIME: dt.time.fromisoformat,
            DATETIME: dt.datetime.fromisoformat,
        }
        try:
            ok = isinstance(value, str) and parsers[kind](value) is not None
        except ValueError:
            ok = False
    elif kind == BASE64:
        # bytes: a picture already read from the zip form
        try:
            ok = isinstance(value, bytes) or (
                isinstance(value, str) and base64.b64decode(value, validate=True) is not None
            )
        except (binascii.Error, ValueError):
            ok = False
    elif kind in (KEY, REF):
        ok = isinstance(value, str) and 0 < len(value) <= MAX_KEY_LENGTH
    elif kind == ANY_JSON:
        ok = True
    else:
        ok = isinstance(value, str)
    return None if ok else "must be " + _KIND_WORDS.get(kind, "text")


_KIND_WORDS = {
    INTEGER: "a whole number",
    BOOLEAN: "true or false",
    DATE: "a date like 2026-05-14",
    TIME: "a time like 09:30:00",
    DATETIME: "a date and time like 2026-05-14T09:30:00",
    BASE64: "base64 data",
    KEY: f"a key: text of 1 to {MAX_KEY_LENGTH} characters, like “topic-7”",
    REF: f"a key: text of 1 to {MAX_KEY_LENGTH} characters, like “topic-7”",
}


def validate(document: Document) -> list[str]:
    """Every place in the document that does not fit, as ``path: reason``."""
    tables = document.get("tables")
    if not isinstance(tables, dict):
        return ["tables: must be an object with one list per table"]
    known = {t.name: t for t in event_tables()}
    problems = [
        f"tables.{name}: is not a table of a cafedesk event" for name in tables if name not in known
    ]
    rows_of: dict[str, list[dict[str, Any]]] = {}
    for name, table in known.items():
        rows = tables.get(name, [])
        if not isinstance(rows, list):
            problems.append(f"tables.{name}: must be a list")
            continue
        rows_of[name] = [row for row in rows if isinstance(row, dict)]
        columns = fields(table)
        for index, row in enumerate(rows):
            problems += _row_problems(f"tables.{name}[{index}]", name, columns, row)
    keys, duplicates = _keys(rows_of)
    problems += duplicates
    problems += _reference_problems(rows_of, keys)
    return problems


def _row_problems(where: str, table: str, columns: list[Field], row: object) -> list[str]:
    if not isinstance(row, dict):
        return [f"{where}: must be an object"]
    names = {c.name for c in columns}
    problems = [f"{where}.{key}: is not a field of {table}" for key in row if key not in names]
    for column in columns:
        if column.name not in row:
            if not column.nullable:
                problems.append(f"{where}.{column.name}: is missing")
            continue
        value = row[column.name]
        reason = _check_value(column.kind, column.nullable, value)
        if reason is None and table == "photo" and column.kind == BASE64:
            reason = _not_a_picture(value)
        if reason:
            problems.append(f"{where}.{column.name}: {reason}")
    return problems


def _keys(rows_of: dict[str, list[dict[str, Any]]]) -> tuple[dict[str, set[str]], list[str]]:
    """The keys of each keyed table, and every key given twice."""
    keys: dict[str, set[str]] = {}
    problems: list[str] = []
    for table in event_tables():
        if not is_keyed(table) or table.name not in rows_of:
            continue
        first: dict[str, int] = {}
        for index, row in enumerate(rows_of[table.name]):
            key = row.get("key")
            if not isinstance(key, str):
                continue
            if key in first:
                problems.append(
                    f"tables.{table.name}[{index}].key: “{key}” is also the key of "
                    f"tables.{table.name}[{first[key]}]"
                )
            first.setdefault(key, index)
        keys[table.name] = set(first)
    return keys, problems


def _reference_problems(
    rows_of: dict[str, list[dict[str, Any]]], keys: dict[str, set[str]]
) -> Iterator[str]:
    for table in event_tables():
        refs = [f for f in fields(table) if f.kind == REF]
        for index, row in enumerate(rows_of.get(table.name, [])):
            where = f"tables.{table.name}[{index}]"
            for f in refs:
                value = row.get(f.name)
                if isinstance(value, str) and value not in keys.get(f.target, set()):
                    yield f"{where}.{f.name}: {missing_target(value, f.target)}"
            if table.name == "topic" and "merged_from" in row:
                yield from check_merged(row["merged_from"], f"{where}.merged_from", keys)


def _not_a_picture(value: object) -> str | None:
    """Why a photo's bytes are no picture cafedesk would show, or None when they are one.

    Pillow's own limit on pixels stops a decompression bomb before anything is decoded.
    """
    if value is None:
        return None
    import io
    import warnings

    from PIL import Image

    try:
        data = value if isinstance(value, bytes) else base64.b64decode(str(value), validate=True)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image.verify()
    except (binascii.Error, ValueError):
        return None  # said by the base64 check
    except (OSError, Image.DecompressionBombError, Image.DecompressionBombWarning, SyntaxError):
        return "is not a picture (or one too large to open safely)"
    return None
