"""A template keeps an event's structure and its poster wording; nothing about people."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cafedesk.services import participants, proceedings, spaces
from cafedesk.services.open_formats import event_json as ej
from cafedesk.services.open_formats.event_templates import new_event_from_template, save_template
from cafedesk.services.poster_texts import poster_texts, set_poster_text
from cafedesk.store.eventfile import open_event_file


def test_a_template_keeps_the_poster_texts_but_not_the_logo_or_people(
    demo_path: Path, tmp_path: Path
) -> None:
    ef = open_event_file(demo_path, tmp_path / "bk")
    try:
        set_poster_text(ef, "welcome.heading", "Willkommen, neighbours!")
        proceedings.set_organisation(ef, "Grünland Food Co-operative")
        saved = save_template(ef, "Market day", tmp_path / "market")
        demo_spaces = [s.name for s in spaces.list_spaces(ef)]
    finally:
        ef.close()
    tables = json.loads(saved.read_text(encoding="utf-8"))["tables"]
    assert [row["name"] for row in tables["asset"]] == ["poster:welcome.heading"]
    new = new_event_from_template(
        saved, tmp_path / "new.cafedesk", "Market 2027", dt.date(2027, 5, 1)
    )
    try:
        assert poster_texts(new) == {"welcome.heading": "Willkommen, neighbours!"}
        assert proceedings.branding(new).organisation == ""
        assert [s.name for s in spaces.list_spaces(new)] == demo_spaces
        assert participants.list_participants(new) == []
    finally:
        new.close()


def test_a_template_holding_more_than_structure_is_refused(demo_path: Path, tmp_path: Path) -> None:
    ef = open_event_file(demo_path, tmp_path / "bk")
    try:
        saved = save_template(ef, "Market day", tmp_path / "market")
        document = json.loads(saved.read_text(encoding="utf-8"))
        document["tables"]["asset"] = [
            {"name": "logo", "media_type": "image/png", "text_value": "", "data": None}
        ]
        saved.write_text(json.dumps(document), encoding="utf-8")
    finally:
        ef.close()
    with pytest.raises(ej.ImportRefused, match="is not a cafedesk template"):
        new_event_from_template(saved, tmp_path / "new.cafedesk", "X", dt.date(2027, 5, 1))
    assert not (tmp_path / "new.cafedesk").exists()
