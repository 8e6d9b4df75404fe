"""The built-in templates are template files shipped in the package, read like anyone's.

Each must fit the format and give the event the code before it gave (kept in
``legacy_templates`` as the reference), in English and translated.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from cafedesk.domain.cafe import PAC_QUESTIONS
from cafedesk.services import cafe
from cafedesk.services import event as event_service
from cafedesk.services.open_formats.event_templates import (
    BUILT_IN,
    STRUCTURE,
    built_in_templates,
    new_event_from_template,
    template_name,
)
from cafedesk.services.open_formats.schema import build_schema
from cafedesk.services.open_formats.validation import validate
from cafedesk.services.templates import SHIPPED_TEXTS, Template, apply_template, template_file
from cafedesk.store.eventfile import EventFile, create_event_file
from tests.services.open_formats import legacy_templates as legacy

DAY = dt.date(2027, 3, 8)

_OLD = {
    Template.OPEN_SPACE_ONE_DAY: legacy.Template.OPEN_SPACE_ONE_DAY,
    Template.OPEN_SPACE_TWO_DAYS: legacy.Template.OPEN_SPACE_TWO_DAYS,
    Template.WORLD_CAFE: legacy.Template.WORLD_CAFE,
    Template.PRO_ACTION_CAFE: legacy.Template.PRO_ACTION_CAFE,
}


def test_every_template_is_shipped_and_listed_in_order() -> None:
    assert built_in_templates() == [template_file(t) for t in Template]
    assert all(path.is_file() and path.parent == BUILT_IN for path in built_in_templates())
    titles = [template_name(path) for path in built_in_templates()]
    assert titles == [legacy.TEMPLATE_LABELS[_OLD[t]] for t in Template]


@pytest.mark.parametrize("template", list(Template))
def test_each_shipped_template_fits_the_format(template: Template) -> None:
    document = json.loads(template_file(template).read_text(encoding="utf-8"))
    jsonschema.validate(document, build_schema())
    assert validate(document) == []
    assert document["kind"] == "template" and set(document["tables"]) <= set(STRUCTURE)
    assert not any(row.get("host_key") for row in document["tables"]["cafe_table"])


def test_every_text_of_the_shipped_templates_is_translatable() -> None:
    known = set(SHIPPED_TEXTS) | set(PAC_QUESTIONS)
    for path in built_in_templates():
        tables = json.loads(path.read_text(encoding="utf-8"))["tables"]
        texts = [tables["event"][0]["title"]]
        texts += [row["label"] for row in tables["time_slot"]]
        texts += [row["name"] for row in tables["space"]]
        texts += [row["question"] for row in tables["cafe_round"] if row["question"]]
        assert set(texts) <= known, (path.name, set(texts) - known)


def _made_by(fill: Callable[[EventFile], object], path: Path) -> tuple[object, ...]:
    ef = create_event_file(path)
    try:
        fill(ef)
        return event_service.snapshot(ef), cafe.load_cafe(ef)
    finally:
        ef.close()


def _marked(text: str) -> str:
    """A stand-in translation that shows where each text went through it."""
    return f"«{text}»"


@pytest.mark.parametrize("translate", [str, _marked], ids=["english", "translated"])
@pytest.mark.parametrize("template", list(Template))
def test_an_event_from_each_file_is_what_the_code_gave(
    template: Template, translate: Callable[[str], str], tmp_path: Path
) -> None:
    old = _made_by(
        lambda ef: legacy.legacy_apply_template(ef, _OLD[template], "Harvest", DAY, translate),
        tmp_path / "old.cafedesk",
    )
    new = _made_by(
        lambda ef: apply_template(ef, template, "Harvest", DAY, translate),
        tmp_path / "new.cafedesk",
    )
    assert new == old
    sent = new_event_from_template(
        template_file(template), tmp_path / "window.cafedesk", "Harvest", DAY, None, translate
    )  # the path File › New Event… takes
    try:
        assert (event_service.snapshot(sent), cafe.load_cafe(sent)) == old
    finally:
        sent.close()


def test_a_users_template_is_not_translated(tmp_path: Path) -> None:
    """Only the shipped English texts are translated; a user's own stay as written."""
    own = tmp_path / ("mine" + template_file(Template.WORLD_CAFE).name)
    own.write_bytes(template_file(Template.WORLD_CAFE).read_bytes())
    ef = new_event_from_template(own, tmp_path / "e.cafedesk", "Mine", DAY, None, _marked)
    try:
        labels = [s.label for s in event_service.snapshot(ef).slots]
    finally:
        ef.close()
    assert labels[0] == "Welcome and café etiquette"
    assert template_name(own, _marked) == "World Café"
    assert template_name(template_file(Template.WORLD_CAFE), _marked) == "«World Café»"
