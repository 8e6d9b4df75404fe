"""What an event file's schema must look like, checked before anything else runs on it.

Event files are mailed between co-facilitators and arrive on USB sticks, so a
file is untrusted until its schema is exactly what this cafedesk made for the
file's revision: the tables, columns, foreign keys and indexes of
``schema_manifest.json`` and nothing else. A trigger, a view or a table that
cafedesk did not create is refused (a trigger runs on our own writes, and
``trusted_schema=OFF`` does not stop plain-SQL triggers); a missing table or
column means the file is damaged.

The manifest is written from the migrations themselves
(``python -m cafedesk.store.schema``); a test fails when a new migration was
added without writing it again.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

MANIFEST = Path(__file__).with_name("schema_manifest.json")

Structure = dict[str, Any]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def describe(con: sqlite3.Connection) -> Structure:
    """The parts of a database's schema that cafedesk relies on, as plain data."""
    objects: dict[str, str] = {}
    tables: dict[str, Structure] = {}
    rows = con.execute("SELECT type, name, tbl_name FROM sqlite_master ORDER BY name").fetchall()
    for kind, name, _table in rows:
        if name.startswith("sqlite_"):
            continue  # SQLite's own (autoindexes, sequences, statistics)
        objects[name] = kind
    for name, kind in objects.items():
        if kind != "table":
            continue
        columns = [
            [row[1], str(row[2]).upper(), int(row[3]), int(row[5])]
            for row in con.execute(f"PRAGMA table_info({_quote(name)})")
        ]
        keys = sorted(
            [row[2], row[3], row[4], str(row[6]).upper()]
            for row in con.execute(f"PRAGMA foreign_key_list({_quote(name)})")
        )
        indexes = {}
        for row in con.execute(f"PRAGMA index_list({_quote(name)})"):
            index = row[1]
            if index.startswith("sqlite_"):
                continue
            cols = [r[2] for r in con.execute(f"PRAGMA index_info({_quote(index)})")]
            indexes[index] = [int(row[2]), cols]
        tables[name] = {"columns": columns, "foreign_keys": keys, "indexes": indexes}
    return {"objects": objects, "tables": tables}


@dataclass(frozen=True)
class SchemaReport:
    foreign: tuple[str, ...] = ()  # made by another program: removable
    extra_columns: tuple[tuple[str, str], ...] = ()  # (table, column), removable too
    damaged: tuple[str, ...] = ()  # missing or altered: not repairable here

    @property
    def ok(self) -> bool:
        return not (self.foreign or self.extra_columns or self.damaged)

    @property
    def cleanable(self) -> bool:
        return not self.damaged and bool(self.foreign or self.extra_columns)


def compare(actual: Structure, expected: Structure) -> SchemaReport:
    foreign: list[str] = []
    extra_columns: list[tuple[str, str]] = []
    damaged: list[str] = []
    want_objects: dict[str, str] = expected["objects"]
    for name, kind in actual["objects"].items():
        if want_objects.get(name) != kind:
            foreign.append(f"{kind} {name}")
    for name, kind in want_objects.items():
        if name not in actual["objects"]:
            damaged.append(f"missing {kind} {name}")
    for name, want in expected["tables"].items():
        have = actual["tables"].get(name)
        if have is None:
            continue
        want_columns = {c[0]: c for c in want["columns"]}
        have_columns = {c[0]: c for c in have["columns"]}
        for column, spec in want_columns.items():
            if column not in have_columns:
                damaged.append(f"missing column {name}.{column}")
            elif have_columns[column] != spec:
                damaged.append(f"changed column {name}.{column}")
        extra_columns.extend((name, c) for c in have_columns if c not in want_columns)
        if have["foreign_keys"] != want["foreign_keys"]:
            damaged.append(f"changed foreign keys of {name}")
        for index, spec in want["indexes"].items():
            if have["indexes"].get(index) != spec:
                damaged.append(f"changed index {index}")
    return SchemaReport(tuple(foreign), tuple(extra_columns), tuple(damaged))


@cache
def manifest() -> dict[str, Structure]:
    data: dict[str, Structure] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return data


def verify(con: sqlite3.Connection, revision: str) -> SchemaReport:
    expected = manifest().get(revision)
    if expected is None:
        return SchemaReport(damaged=(f"no schema known for revision {revision}",))
    return compare(describe(con), expected)


def remove_foreign(con: sqlite3.Connection, report: SchemaReport) -> None:
    """Drop what another program added (on a copy: the original is never touched).

    Dropping runs none of the dropped objects' code; triggers and views go first,
    so nothing depends on a table when it is dropped.
    """
    order = {"trigger": 0, "view": 1, "index": 2, "table": 3}
    items = sorted((entry.split(" ", 1) for entry in report.foreign), key=lambda e: order[e[0]])
    for kind, name in items:
        con.execute(f"DROP {kind.upper()} IF EXISTS {_quote(name)}")
    for table, column in report.extra_columns:
        con.execute(f"ALTER TABLE {_quote(table)} DROP COLUMN {_quote(column)}")


def build_manifest() -> dict[str, Structure]:
    """Every revision's schema, made by running the migrations on empty databases."""
    from sqlalchemy import create_engine

    from cafedesk.store import migrate

    result: dict[str, Structure] = {}
    for revision in migrate.known_revisions():
        engine = create_engine("sqlite://")
        with engine.begin() as connection:
            migrate.upgrade(connection, revision)
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            result[revision] = describe(raw)
        engine.dispose()
    return result


def write_manifest(path: Path = MANIFEST) -> None:
    text = json.dumps(build_manifest(), indent=1, sort_keys=True)
    # One column, key or index a line: the file reads (and diffs) like the schema.
    text = re.sub(r"\[\s+([^\[\]{}]*?)\s+\]", lambda m: "[" + " ".join(m[1].split()) + "]", text)
    path.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_manifest(Path(sys.argv[1]) if len(sys.argv) > 1 else MANIFEST)
    print(f"wrote {MANIFEST.name}")
