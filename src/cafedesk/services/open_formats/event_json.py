"""The whole event as one JSON document (``cafedesk-event/v1``), out and back in.

Export reads every table through ``EventFile.read()``; import checks the whole
document first (every error names its place, e.g. ``tables.topic[14].title``; see
``validation``) and
only then builds a new event file through ``create_event_file(build=...)``, which
makes it whole beside the target and moves it into place: a refused or failed
import writes nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.services.open_formats.keys import KeysIn, KeysOut, keyed_tables
from cafedesk.services.open_formats.tables import (
    ANY_JSON,
    BASE64,
    BOOLEAN,
    DATE,
    DATETIME,
    FORMAT,
    FORMAT_FAMILY,
    TIME,
    VERSION,
    event_tables,
    order_by,
    to_json_value,
)
from cafedesk.services.open_formats.validation import validate
from cafedesk.store.eventfile import EventFile, create_event_file

MAX_DOCUMENT_BYTES = 512 * 1024 * 1024  # far above any real event with its photos
MAX_ERRORS_SHOWN = 20

Document = dict[str, Any]


class ImportRefused(CafedeskError):
    """The document cannot become an event; ``problems`` name each place."""

    def __init__(self, message: str, problems: list[str] | None = None, **values: object):
        super().__init__(message, **values)
        self.problems = problems or []


def export_event(ef: EventFile, pictures: dict[str, bytes] | None = None) -> Document:
    """Every table of the event, rows in the event file's order, ids turned into keys.

    Photos' pictures are embedded as base64, or, given ``pictures``, put there as
    files (``photos/photo-3-image.jpg`` → bytes) that the document names instead.
    """
    stored: dict[str, list[dict[str, Any]]] = {}
    with ef.read() as session:
        for table in event_tables():
            rows = session.execute(select(table).order_by(*order_by(table))).mappings()
            stored[table.name] = [dict(row) for row in rows]
    keys = KeysOut(stored, keyed_tables(event_tables()))
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in event_tables():
        value = to_json_value if pictures is None or table.name != "photo" else _bytes_kept
        tables[table.name] = [keys.row(table, row, value) for row in stored[table.name]]
    if pictures is not None:
        for row in tables["photo"]:
            for name, data in row.items():
                if isinstance(data, bytes):
                    file = f"{PHOTOS}{row['key']}-{name}{picture_suffix(data)}"
                    pictures[file] = data
                    row[name] = {"file": file}
    return {"format": FORMAT, "tables": tables}


def _bytes_kept(kind: str, value: object) -> object:
    return value if kind == BASE64 else to_json_value(kind, value)


PHOTOS = "photos/"
_MAGIC = (
    (b"\xff\xd8\xff", ".jpg"),
    (b"\x89PNG", ".png"),
    (b"GIF8", ".gif"),
    (b"II*\x00", ".tif"),
    (b"MM\x00*", ".tif"),
)


def picture_suffix(data: bytes) -> str:
    """The file ending a picture viewer expects for these bytes."""
    for magic, suffix in _MAGIC:
        if data.startswith(magic):
            return suffix
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1"):
        return ".heic"
    return ".bin"


def dumps(document: Document) -> str:
    """The canonical text: same event, same bytes."""
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_json(ef: EventFile, target: Path) -> None:
    from cafedesk.exports.output import atomic_output

    with atomic_output(target) as handle:
        handle.write(dumps(export_event(ef)).encode("utf-8"))


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
        return value if isinstance(value, bytes) else base64.b64decode(str(value))
    return value


def build_from(document: Document) -> Any:
    """A builder for ``create_event_file`` that inserts every row in one transaction.

    ``document`` has been checked by ``validate``; keys become ids by their place.
    """

    def build(ef: EventFile) -> None:
        tables = document["tables"]
        keys = KeysIn(tables, keyed_tables(event_tables()))
        with ef.batch() as connection:
            for table in event_tables():
                rows = [keys.row(table, row, _from_json) for row in tables.get(table.name, [])]
                if rows:
                    connection.execute(insert(table), rows)

    return build


def import_json(source: Path, target: Path, translate: Translate = identity) -> EventFile:
    """A new event file at ``target`` from the JSON or ``.cafedesk.zip`` at ``source``;
    all or nothing."""
    from cafedesk.services.open_formats.event_zip import is_zip, read_zip

    document, problems = read_zip(source) if is_zip(source) else (load_document(source), [])
    said = {problem.partition(":")[0] for problem in problems}  # a picture the zip lacks
    problems += [p for p in validate(document) if p.partition(":")[0] not in said]
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
                "“{name}” holds rows that cannot stand together in one event (for example "
                "two topics in the same space at the same time), so nothing was imported. "
                "Ask for a fresh export.",
            ),
            [str(exc.orig)],
            name=source.name,
        ) from exc
