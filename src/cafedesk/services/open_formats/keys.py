"""Keys instead of database ids: ``topic-7`` is the 7th topic of the document.

A key is the row's place in its table, counted from 1 in the document's order,
which is the event file's row order. Importing gives every keyed row the id of
its place, so an imported event exports to the same keys and the same bytes.
Keys say nothing about the database they came from (holes left by deleted rows
disappear), and a hand-written document may use any unique text as a key.

A merged topic remembers the topics it combined (``merged_from``) with their
space, slot, convenors and sign-ups, so a split can bring them back; those
remembered ids are carried as keys too, or a split after an import would seat the
wrong people.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Table

from cafedesk.services.open_formats.tables import KEY, REF, fields, is_keyed, key_prefix

Row = dict[str, Any]
MAX_MERGE_DEPTH = 64  # far more merges of merges than a wall ever sees


class KeysOut:
    """Database id → key, for an export."""

    def __init__(self, tables: dict[str, list[Row]], keyed: list[Table]) -> None:
        self.key_of: dict[str, dict[object, str]] = {
            t.name: {
                row["id"]: f"{key_prefix(t.name)}-{n}" for n, row in enumerate(tables[t.name], 1)
            }
            for t in keyed
        }

    def row(self, table: Table, row: Row, value: Callable[[str, object], object]) -> Row:
        """A stored row as a document row: ids become keys, other values ``value(kind, v)``."""
        out: Row = {}
        for f in fields(table):
            v = row[f.column]
            if f.kind == KEY:
                out[f.name] = self.key_of[table.name][v]
            elif f.kind == REF:
                out[f.name] = None if v is None else self.key_of[f.target][v]
            elif table.name == "topic" and f.name == "merged_from":
                out[f.name] = self.merged(v or [])
            else:
                out[f.name] = value(f.kind, v)
        return out

    def merged(self, records: list[Row]) -> list[Row]:
        people, topics = self.key_of["participant"], self.key_of["topic"]
        out = []
        for record in records:
            space = self.key_of["space"].get(record.get("space_id"))
            slot = self.key_of["time_slot"].get(record.get("slot_id"))
            if space is None or slot is None:  # a split parks it either way
                space = slot = None
            ids = ("id", "space_id", "slot_id", "convenor_ids", "signup_ids", "merged_from")
            kept = {k: v for k, v in record.items() if k not in ids}
            out.append(
                {
                    **kept,
                    "key": topics.get(record.get("id")),
                    "space_key": space,
                    "slot_key": slot,
                    # people deleted since are left out, as a split leaves them out
                    "convenor_keys": [
                        people[p] for p in record.get("convenor_ids", []) if p in people
                    ],
                    "signup_keys": [people[p] for p in record.get("signup_ids", []) if p in people],
                    "merged_from": self.merged(record.get("merged_from") or []),
                }
            )
        return out


class KeysIn:
    """Key → the id its row gets, for an import of a checked document."""

    def __init__(self, tables: dict[str, list[Row]], keyed: list[Table]) -> None:
        self.id_of: dict[str, dict[str, int]] = {
            t.name: {row["key"]: n for n, row in enumerate(tables.get(t.name, []), 1)}
            for t in keyed
        }
        self._next_free = len(self.id_of.get("topic", {}))

    def row(self, table: Table, row: Row, value: Callable[[str, object], object]) -> Row:
        out: Row = {}
        for f in fields(table):
            if f.name not in row:  # only a field that may be empty may be left out
                out[f.column] = None
                continue
            v = row[f.name]
            if f.kind == KEY:
                out[f.column] = self.id_of[table.name][v]
            elif f.kind == REF:
                out[f.column] = None if v is None else self.id_of[f.target][v]
            elif table.name == "topic" and f.name == "merged_from":
                out[f.column] = self.merged(v)
            else:
                out[f.column] = value(f.kind, v)
        return out

    def _free_topic_id(self) -> int:
        """An id no topic has, for a merged part whose own topic is gone."""
        self._next_free += 1
        return self._next_free

    def merged(self, records: list[Row]) -> list[Row]:
        people, topics = self.id_of["participant"], self.id_of["topic"]
        out = []
        for record in records:
            names = ("key", "space_key", "slot_key", "convenor_keys", "signup_keys", "merged_from")
            kept = {k: v for k, v in record.items() if k not in names}
            key = record["key"]
            space, slot = record["space_key"], record["slot_key"]
            if space is None or slot is None:
                space = slot = None
            out.append(
                {
                    **kept,
                    "id": topics[key] if key is not None else self._free_topic_id(),
                    "space_id": None if space is None else self.id_of["space"][space],
                    "slot_id": None if slot is None else self.id_of["time_slot"][slot],
                    "convenor_ids": [people[p] for p in record["convenor_keys"]],
                    "signup_ids": [people[p] for p in record["signup_keys"]],
                    "merged_from": self.merged(record["merged_from"]),
                }
            )
        return out


def keyed_tables(tables: list[Table]) -> list[Table]:
    return [t for t in tables if is_keyed(t)]


# --- checking a merged topic's memory -----------------------------------------------------

# What a split reads from each remembered topic, with the JSON types it needs.
MERGED_FIELDS: dict[str, tuple[str, ...]] = {
    "number": ("integer",),
    "title": ("string",),
    "description": ("string",),
    "equipment": ("array",),
    "expected_attendance": ("integer", "null"),
    "pinned": ("boolean",),
    "tally": ("integer", "null"),
    "key": ("string", "null"),
    "space_key": ("string", "null"),
    "slot_key": ("string", "null"),
    "convenor_keys": ("array",),
    "signup_keys": ("array",),
    "merged_from": ("array",),
}
_TARGETS = {
    "key": "topic",
    "space_key": "space",
    "slot_key": "time_slot",
    "convenor_keys": "participant",
    "signup_keys": "participant",
}


def json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else "number"


def check_merged(
    value: object, where: str, known: dict[str, set[str]], depth: int = 0
) -> Iterator[str]:
    """Each place in a ``merged_from`` list that a split could not use, as ``path: reason``."""
    if not isinstance(value, list):
        yield f"{where}: must be a list"
        return
    if depth > MAX_MERGE_DEPTH:
        yield f"{where}: is nested too deeply"
        return
    for index, record in enumerate(value):
        at = f"{where}[{index}]"
        if not isinstance(record, dict):
            yield f"{at}: must be an object"
            continue
        for name in record.keys() - MERGED_FIELDS.keys():
            yield f"{at}.{name}: is not a field of a merged topic"
        for name, types in MERGED_FIELDS.items():
            if name not in record:
                yield f"{at}.{name}: is missing"
            elif json_type(record[name]) not in types:
                yield f"{at}.{name}: must be " + " or ".join(types).replace("string", "text")
            elif name == "merged_from":
                yield from check_merged(record[name], f"{at}.merged_from", known, depth + 1)
            elif name in _TARGETS:
                table = _TARGETS[name]
                many = record[name] if isinstance(record[name], list) else [record[name]]
                for n, key in enumerate(many):
                    path = f"{at}.{name}" + (f"[{n}]" if isinstance(record[name], list) else "")
                    if key is not None and not isinstance(key, str):
                        yield f"{path}: must be text"
                    elif key is not None and key not in known.get(table, set()):
                        yield f"{path}: {missing_target(key, table)}"


def missing_target(key: object, table: str) -> str:
    return f"“{key}” is not the key of any {table.replace('_', ' ')} in this document"
