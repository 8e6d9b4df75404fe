"""Templates: an event's structure, without people, topics or notes, as a small JSON file.

A template is a ``cafedesk-event/v1`` document (``"kind": "template"``) holding only
the structure tables; a new event is built from it through the same all-or-nothing
import, with its own title and its days moved to the chosen first day. Sending a
template to someone is copying the file.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.services.open_formats.event_json import (
    Document,
    ImportRefused,
    build_from,
    export_event,
    load_document,
)
from cafedesk.services.open_formats.validation import validate
from cafedesk.services.poster_texts import PREFIX as POSTER_PREFIX
from cafedesk.store.eventfile import EventFile, create_event_file

SUFFIX = ".cafedesk-template.json"
BUILT_IN = Path(__file__).resolve().parents[2] / "resources" / "templates"
# The structure of an event and the wording of its wall posters (asset rows named
# "poster:…"); everything about people and what they said stays behind.
STRUCTURE = ("event", "space", "time_slot", "cafe_round", "cafe_table", "asset")
_PRIVATE_EVENT_FIELDS = ("client_name", "client_email", "facilitator", "venue", "theme")


def template_of(ef: EventFile, name: str) -> Document:
    tables = export_event(ef, pictures={})["tables"]  # photos stay behind unencoded
    kept: dict[str, list[dict[str, Any]]] = {t: tables[t] for t in STRUCTURE}
    kept["asset"] = [row for row in kept["asset"] if _is_poster_text(row)]
    for row in kept["event"]:
        row["title"] = name
        for field in _PRIVATE_EVENT_FIELDS:
            row[field] = ""
    for row in kept["cafe_table"]:
        row["host_key"] = None
    return {"format": "cafedesk-event/v1", "kind": "template", "tables": kept}


def _is_poster_text(row: object) -> bool:
    return isinstance(row, dict) and str(row.get("name", "")).startswith(POSTER_PREFIX)


def save_template(ef: EventFile, name: str, target: Path) -> Path:
    """Write the template next to the target first, then move it into place."""
    if not target.name.endswith(SUFFIX):
        target = target.with_name(target.name + SUFFIX)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(template_of(ef, name), ensure_ascii=False, indent=1, sort_keys=True)
    part = target.with_name(target.name + ".part")
    part.write_text(text + "\n", encoding="utf-8")
    part.replace(target)
    return target


def template_name(path: Path, translate: Translate = identity) -> str:
    """The title a template carries (its file name when it cannot be read)."""
    try:
        rows = load_document(path)["tables"]["event"]
        title = str(rows[0]["title"])
    except (ImportRefused, KeyError, IndexError, TypeError):
        return path.name.removesuffix(SUFFIX)
    return translate(title) if is_built_in(path) else title


def built_in_templates() -> list[Path]:
    """The templates shipped with cafedesk, in the order File › New Event… lists them."""
    return sorted(BUILT_IN.glob("*" + SUFFIX))


def is_built_in(path: Path) -> bool:
    return path.resolve().parent == BUILT_IN


def user_templates(folder: Path) -> list[Path]:
    return sorted(folder.glob("*" + SUFFIX)) if folder.is_dir() else []


def _moved(document: Document, title: str, first_day: dt.date) -> Document:
    tables = {name: [dict(row) for row in rows] for name, rows in document["tables"].items()}
    events = tables.get("event") or []
    days = sorted({row["day"] for row in tables.get("time_slot", [])})
    start = dt.date.fromisoformat(days[0]) if days else first_day
    shift = first_day - start
    for row in tables.get("time_slot", []):
        row["day"] = (dt.date.fromisoformat(row["day"]) + shift).isoformat()
    for row in events:
        row["title"] = title
        for field in ("start_date", "end_date"):
            if row.get(field):
                row[field] = (dt.date.fromisoformat(row[field]) + shift).isoformat()
    return {**document, "tables": tables}


# The texts of a template that speak to people (translated when the template is built in).
_TEXTS = {"time_slot": ("label",), "space": ("name",), "cafe_round": ("question",)}


def _translated(document: Document, translate: Translate) -> Document:
    tables = document["tables"]
    for table, names in _TEXTS.items():
        for row in tables.get(table, []):
            for name in names:
                if row.get(name):
                    row[name] = translate(row[name])
    return document


def template_document(
    template: Path, title: str, first_day: dt.date, translate: Translate = identity
) -> Document:
    """The checked template as the document of a new event: its title, its first day."""
    document = load_document(template)
    problems = validate(document)
    extra = set(document["tables"]) - set(STRUCTURE) if not problems else set()
    if not problems and not all(map(_is_poster_text, document["tables"].get("asset", []))):
        extra.add("asset")  # a logo or anything else but poster texts is no structure
    if problems or extra or not document["tables"].get("event"):
        raise ImportRefused(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” is not a cafedesk template or it is damaged."),
            problems[:20],
            name=template.name,
        )
    moved = _moved(document, title, first_day)
    return _translated(moved, translate) if is_built_in(template) else moved


def new_event_from_template(
    template: Path,
    target: Path,
    title: str,
    first_day: dt.date,
    backups_root: Path | None = None,
    translate: Translate = identity,
) -> EventFile:
    """A new event at ``target`` with the template's structure; all or nothing."""
    document = template_document(template, title, first_day, translate)
    return create_event_file(target, build=build_from(document), backups_root=backups_root)


def fill_from_template(
    ef: EventFile, template: Path, title: str, first_day: dt.date, translate: Translate = identity
) -> None:
    """Fill a new, empty event file from a template (as ``new_event_from_template`` does)."""
    build_from(template_document(template, title, first_day, translate))(ef)
