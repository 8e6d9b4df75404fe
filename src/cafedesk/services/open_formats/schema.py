"""The JSON Schema of ``cafedesk-event/v1``, written from the store's tables.

``python -m cafedesk.services.open_formats.schema`` writes it into the package and
docs/; a test fails when the tables changed and the shipped schema did not.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from cafedesk.services.open_formats.tables import (
    ANY_JSON,
    BASE64,
    BOOLEAN,
    DATE,
    DATETIME,
    FORMAT,
    INTEGER,
    KEY,
    REF,
    TIME,
    event_tables,
    fields,
)

SCHEMA_FILE = Path(__file__).with_name("cafedesk-event-v1.schema.json")

_TYPES: dict[str, dict[str, Any]] = {
    INTEGER: {"type": "integer"},
    BOOLEAN: {"type": "boolean"},
    DATE: {"type": "string", "format": "date"},
    TIME: {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$"},
    DATETIME: {"type": "string", "format": "date-time"},
    BASE64: {"type": "string", "contentEncoding": "base64"},
    ANY_JSON: {},
    KEY: {"type": "string", "minLength": 1, "maxLength": 200},
    REF: {"type": "string", "minLength": 1, "maxLength": 200},
}
# In a .cafedesk.zip a photo's pictures are files beside event.json.
_PICTURE = {
    "oneOf": [
        _TYPES[BASE64],
        {
            "type": "object",
            "properties": {"file": {"type": "string", "pattern": "^photos/[^/]+$"}},
            "required": ["file"],
            "additionalProperties": False,
        },
    ]
}


def _merged_topic() -> dict[str, Any]:
    """What a merged topic remembers of each topic it combined, so a split can restore it."""
    key = {"type": ["string", "null"], "minLength": 1}
    keys = {"type": "array", "items": {"type": "string", "minLength": 1}}
    properties: dict[str, Any] = {
        "key": key,
        "number": {"type": "integer"},
        "title": {"type": "string"},
        "description": {"type": "string"},
        "equipment": {"type": "array"},
        "expected_attendance": {"type": ["integer", "null"]},
        "pinned": {"type": "boolean"},
        "tally": {"type": ["integer", "null"]},
        "space_key": key,
        "slot_key": key,
        "convenor_keys": keys,
        "signup_keys": keys,
        "merged_from": {"type": "array", "items": {"$ref": "#/$defs/merged_topic"}},
    }
    return {
        "type": "object",
        "properties": properties,
        "required": sorted(properties),
        "additionalProperties": False,
    }


def build_schema() -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for table in event_tables():
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in fields(table):
            spec = dict(_TYPES.get(field.kind, {"type": "string"}))
            if table.name == "photo" and field.kind == BASE64:
                spec = dict(_PICTURE)
            elif table.name == "topic" and field.name == "merged_from":
                spec = {"type": "array", "items": {"$ref": "#/$defs/merged_topic"}}
            if field.kind == REF:
                spec["description"] = f"the key of a {field.target} row of this document"
            elif field.kind == KEY:
                spec["description"] = "this row's key, unique in its table"
            if field.nullable:
                if "type" in spec:
                    spec["type"] = [spec["type"], "null"]
                elif "oneOf" in spec:
                    spec["oneOf"] = [*spec["oneOf"], {"type": "null"}]
            else:
                required.append(field.name)
            properties[field.name] = spec
        tables[table.name] = {
            "type": "array",
            "items": {
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            },
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://cafedesk.invalid/schema/cafedesk-event-v1.json",
        "title": "A cafedesk event",
        "type": "object",
        "required": ["format", "tables"],
        "properties": {
            "format": {"const": FORMAT},
            "kind": {"enum": ["event", "template"]},
            "tables": {"type": "object", "properties": tables, "additionalProperties": False},
        },
        "additionalProperties": False,
        "$defs": {"merged_topic": _merged_topic()},
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    for target in [SCHEMA_FILE, *map(Path, sys.argv[1:])]:
        target.write_text(schema_text(), encoding="utf-8")
