"""The 1,000-person / 300-topic event goes out and comes back byte for byte (the
benchmark times it; this proves it on every run)."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from cafedesk.services import participants, topics
from cafedesk.services.open_formats import event_json as ej
from cafedesk.store.eventfile import open_event_file

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"


def _generator() -> Callable[..., None]:
    spec = importlib.util.spec_from_file_location(
        "generate_event", BENCHMARKS / "generate_event.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate  # type: ignore[no-any-return]


@pytest.mark.slow
def test_a_thousand_people_and_three_hundred_topics_come_back_byte_for_byte(
    tmp_path: Path,
) -> None:
    path = tmp_path / "large.cafedesk"
    _generator()(path, 1000, 300, 20, 15)
    ef = open_event_file(path, tmp_path / "bk")
    try:  # holes in the ids, as a real event has after a day of changes
        people = participants.list_participants(ef)
        participants.delete_many(ef, [p.id for p in people[::97]])
        topics.delete_topics(ef, [t.id for t in topics.list_topics(ef)[::41]])
        text = ej.dumps(ej.export_event(ef))
    finally:
        ef.close()
    source = tmp_path / "large.json"
    source.write_text(text, encoding="utf-8")
    back = ej.import_json(source, tmp_path / "back.cafedesk")
    try:
        assert ej.dumps(ej.export_event(back)) == text
        assert len(participants.list_participants(back)) == len(people) - len(people[::97])
    finally:
        back.close()
    tables = json.loads(text)["tables"]
    assert len(tables["topic"]) == 300 - len(range(0, 300, 41))
    assert len(tables["topic_signup"]) > 3000
