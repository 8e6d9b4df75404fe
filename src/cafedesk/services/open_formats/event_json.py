"""The whole event as one JSON document (``cafedesk-event/v1``), out and back in.

Export reads every table through ``EventFile.read()``; import checks the whole
document first (every error names its place, e.g. ``tables.topic[14].title``) and
only then builds a new event file through ``create_event_file(build=...)``, which
makes it whole beside the target and moves it into place: a refused or failed
import writes nothing.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.services.open_formats.tables import (
    ANY_JSON,
    BASE64,
    BOOLEAN,
    DATE,
    DATETIME,
    FORMAT,
    FORMAT_FAMILY,
    INTEGER,
    TIME,
    VERSION,
    event_tables,
    fields,
    order_by,
    to_json_value,
)
from cafedesk.store.eventfile import EventFile, create_event_file

MAX_DOCUMENT_BYTES = 512 * 1024 * 1024  # far above any real event with its photos
MAX_ERRORS_SHOWN = 20

Document = dict[str, Any]


class ImportRefused(CafedeskError):
    """The document cannot become an event; ``problems`` name each place."""

    def __init__(self, message: str, problems: list[str] | None = None, **values: object):
        super().__init__(message, **values)
        self.problems = problems or []


def export_event(ef: EventFile) -> Document:
    tables: dict[str, list[dict[str, object]]] = {}
    with ef.read() as session:
        for table in event_tables():
            kinds = {f.name: f.kind for f in fields(table)}
            rows = session.execute(select(table).order_by(*order_by(table))).mappings()
            tables[table.name] = [
                {name: to_json_value(kinds[name], value) for name, value in row.items()}
                for row in rows
            ]
    return {"format": FORMAT, "tables": tables}


def dumps(document: Document) -> str:
    """The canonical text: same event, same bytes."""
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_json(ef: EventFile, target: Path) -> None:
    text = dumps(export_event(ef))
    part = target.with_name(target.name + ".part")
    part.write_text(text, encoding="utf-8")
    part.replace(target)


# --- reading back ---------------------------------------------------------------------


def load_document(path: Path) -> Document:
    """Read and parse a JSON event file, refusing what is too big or not JSON."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” cannot be read ({reason})."),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
    if size > MAX_DOCUMENT_BYTES:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "cafedesk", "“{name}” is too large to be an event exported by cafedesk."
            ),
            name=path.name,
        )
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _damaged(path.name) from exc
    return parse_document(text, path.name)


def _damaged(name: str) -> ImportRefused:
    return ImportRefused(
        QT_TRANSLATE_NOOP(
            "cafedesk",
            "“{name}” is damaged or cut short: it is not a complete cafedesk event. "
            "Ask for the file again.",
        ),
        name=name,
    )


def parse_document(text: str, name: str = "") -> Document:
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise _damaged(name) from exc
    check_format(document, name)
    return document  # type: ignore[no-any-return]


def check_format(document: object, name: str = "") -> None:
    fmt = document.get("format") if isinstance(document, dict) else None
    if not isinstance(fmt, str) or not fmt.startswith(FORMAT_FAMILY):
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” is not a cafedesk event (it was made by another program).",
            ),
            name=name,
        )
    version = fmt.removeprefix(FORMAT_FAMILY).removeprefix("v")
    if not version.isdigit() or int(version) > VERSION:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” was made by a newer cafedesk ({format}). Update cafedesk to open it.",
            ),
            name=name,
            format=fmt,
        )


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
        parse = parsers[kind]
        try:
            ok = isinstance(value, str) and parse(value) is not None
        except ValueError:
            ok = False
    elif kind == BASE64:
        try:
            ok = isinstance(value, str) and base64.b64decode(value, validate=True) is not None
        except (binascii.Error, ValueError):
            ok = False
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
}


def validate(document: Document) -> list[str]:
    """Every place in the document that does not fit, as ``path: reason``."""
    problems: list[str] = []
    tables = document.get("tables")
    if not isinstance(tables, dict):
        return ["tables: must be an object with one list per table"]
    known = {t.name: t for t in event_tables()}
    for name in tables:
        if name not in known:
            problems.append(f"tables.{name}: is not a table of a cafedesk event")
    for name, table in known.items():
        rows = tables.get(name, [])
        if not isinstance(rows, list):
            problems.append(f"tables.{name}: must be a list")
            continue
        columns = {f.name: f for f in fields(table)}
        for index, row in enumerate(rows):
            where = f"tables.{name}[{index}]"
            if not isinstance(row, dict):
                problems.append(f"{where}: must be an object")
                continue
            for key in row:
                if key not in columns:
                    problems.append(f"{where}.{key}: is not a field of {name}")
            for column in columns.values():
                if column.name not in row:
                    if not column.nullable:
                        problems.append(f"{where}.{column.name}: is missing")
                    continue
                reason = _check_value(column.kind, column.nullable, row[column.name])
                if reason is None and name == "photo" and column.kind == BASE64:
                    reason = _not_a_picture(row[column.name])
                if reason:
                    problems.append(f"{where}.{column.name}: {reason}")
    return problems


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
        data = base64.b64decode(str(value), validate=True)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image.verify()
    except (binascii.Error, ValueError):
        return None  # said by the base64 check
    except (OSError, Image.DecompressionBombError, Image.DecompressionBombWarning, SyntaxError):
        return "is not a picture (or one too large to open safely)"
    return None


def _from_json(kind: str, value: object) -> object:
    if value is None:
        return None
    assert not isinstance(value, bool) or kind in (BOOLEAN, ANY_JSON)
    if kind == DATE:
        return dt.date.fromisoformat(str(value))
    if kind == TIME:
        return dt.time.fromisoformat(str(value))
    if kind == DATETIME:
        return dt.datetime.fromisoformat(str(value))
    if kind == BASE64:
        return base64.b64decode(str(value))
    return value


def build_from(document: Document) -> Any:
    """A builder for ``create_event_file`` that inserts every row in one transaction."""

    def build(ef: EventFile) -> None:
        tables = document["tables"]
        with ef.batch() as connection:
            for table in event_tables():
                kinds = {f.name: f.kind for f in fields(table)}
                rows = [
                    {k: _from_json(kinds[k], v) for k, v in row.items()}
                    for row in tables.get(table.name, [])
                ]
                if rows:
                    connection.execute(insert(table), rows)

    return build


def import_json(source: Path, target: Path, translate: Translate = identity) -> EventFile:
    """A new event file at ``target`` from the JSON at ``source``; all or nothing."""
    document = load_document(source)
    problems = validate(document)
    if problems:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” does not fit the cafedesk event format, so nothing was imported "
                "({count} problems; the first are listed).",
            ),
            problems[:MAX_ERRORS_SHOWN],
            name=source.name,
            count=len(problems),
        )
    try:
        return create_event_file(target, build=build_from(document))
    except IntegrityError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” refers to people, topics or tables it does not contain, so nothing "
                "was imported. Ask for a fresh export.",
            ),
            [str(exc.orig)],
            name=source.name,
        ) from exc
