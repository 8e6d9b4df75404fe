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
}


def build_schema() -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for table in event_tables():
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in fields(table):
            spec = dict(_TYPES.get(field.kind, {"type": "string"}))
            if field.nullable and "type" in spec:
                spec["type"] = [spec["type"], "null"]
            elif not field.nullable:
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
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    for target in [SCHEMA_FILE, *map(Path, sys.argv[1:])]:
        target.write_text(schema_text(), encoding="utf-8")
