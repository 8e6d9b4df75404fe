"""Keys instead of database ids: no id reaches the document, and what ids meant survives."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cafedesk.services import participants, topics, wall_merge
from cafedesk.services.open_formats import event_json as ej
from cafedesk.store.eventfile import EventFile, open_event_file


def _text(ef: EventFile) -> str:
    return ej.dumps(ej.export_event(ef))


def _import(text: str, tmp_path: Path, name: str) -> EventFile:
    source = tmp_path / f"{name}.json"
    source.write_text(text, encoding="utf-8")
    return ej.import_json(source, tmp_path / f"{name}.cafedesk")


def _names(ef: EventFile, ids: tuple[int, ...]) -> list[str]:
    by_id = {p.id: p.name for p in participants.list_participants(ef)}
    return sorted(by_id[i] for i in ids)


def _split_readout(ef: EventFile) -> list[tuple[object, ...]]:
    """What the wall shows after splitting every merged topic: titles, places, people."""
    while merged := [t for t in topics.list_topics(ef) if t.merged_from]:
        wall_merge.split_topic(ef, merged[0].id)
    return sorted(
        (t.number, t.title, t.space_id is not None, tuple(_names(ef, t.convenor_ids)))
        for t in topics.list_topics(ef)
    )


def test_keys_count_places_not_database_ids(demo_path: Path, tmp_path: Path) -> None:
    ef = open_event_file(demo_path, tmp_path / "bk")
    try:
        people = participants.list_participants(ef)
        participants.delete_many(ef, [people[0].id, people[5].id])  # holes in the ids
        participants.add_participant(ef, "Zoë Late")
        text = _text(ef)
    finally:
        ef.close()
    tables = json.loads(text)["tables"]
    keys = [row["key"] for row in tables["participant"]]
    assert keys == [f"participant-{n}" for n in range(1, len(people))]
    assert not re.search(r'"(id|\w+_id)":', text), "no database id in the document"
    back = _import(text, tmp_path, "back")
    try:
        assert _text(back) == text
    finally:
        back.close()


def test_a_merged_topic_splits_the_same_after_a_round_trip(demo_path: Path, tmp_path: Path) -> None:
    ef = open_event_file(demo_path, tmp_path / "bk")
    try:
        first, second, third = topics.list_topics(ef)[:3]
        # a person deleted after the merge, and ids that shift on import
        participants.delete_participant(ef, participants.list_participants(ef)[0].id)
        wall_merge.merge_topics(ef, second.id, third.id)
        wall_merge.merge_topics(ef, first.id, second.id)  # a merge of a merge
        text = _text(ef)
        back = _import(text, tmp_path, "back")
        try:
            assert _text(back) == text
            assert _split_readout(back) == _split_readout(ef)
        finally:
            back.close()
    finally:
        ef.close()
    memory = json.loads(text)["tables"]["topic"][0]["merged_from"]
    assert memory[1]["key"] is None, "the topic merged away has no row, so no key"
    assert memory[1]["merged_from"][0]["convenor_keys"][0].startswith("participant-")


def _refusal(document: dict[str, object], tmp_path: Path) -> list[str]:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ej.ImportRefused) as caught:
        ej.import_json(source, tmp_path / "out.cafedesk")
    assert not (tmp_path / "out.cafedesk").exists()
    return caught.value.problems


def test_a_key_given_twice_is_named(demo_path: Path, tmp_path: Path) -> None:
    ef = open_event_file(demo_path, tmp_path / "bk", read_only=True)
    document = ej.export_event(ef)
    ef.close()
    document["tables"]["topic"][5]["key"] = "topic-3"
    problems = _refusal(document, tmp_path)
    assert problems[0] == "tables.topic[5].key: “topic-3” is also the key of tables.topic[2]"
    # and what pointed at the lost key "topic-6" is named too
    assert "tables.topic_convenor[5].topic_key: “topic-6” is not the key" in problems[1]


def test_a_broken_merge_memory_is_named_by_its_place(demo_path: Path, tmp_path: Path) -> None:
    ef = open_event_file(demo_path, tmp_path / "bk")
    first, second = topics.list_topics(ef)[:2]
    wall_merge.merge_topics(ef, first.id, second.id)
    document = ej.export_event(ef)
    ef.close()
    memory = document["tables"]["topic"][0]["merged_from"]
    memory[0]["convenor_keys"] = ["participant-4040"]
    del memory[1]["title"]
    assert sorted(_refusal(document, tmp_path)) == [
        "tables.topic[0].merged_from[0].convenor_keys[0]: “participant-4040” is not the key "
        "of any participant in this document",
        "tables.topic[0].merged_from[1].title: is missing",
    ]


def test_hand_written_keys_are_taken_and_written_back_as_places(tmp_path: Path) -> None:
    """Another tool may use any unique text as a key; cafedesk writes its own back."""
    document = {
        "format": "cafedesk-event/v1",
        "tables": {
            "participant": [
                {"key": "ana", "name": "Ana", "organisation": "", "group": "", "email": "",
                 "roles": []},
                {"key": "jo", "name": "Jo", "organisation": "", "group": "", "email": "",
                 "roles": []},
            ],
            "topic": [
                {"key": "t", "number": 1, "title": "Tools", "description": "", "equipment": [],
                 "pinned": False, "merged_from": []},
            ],
            "topic_convenor": [{"topic_key": "t", "participant_key": "jo", "position": 0}],
        },
    }  # fmt: skip
    source = tmp_path / "hand.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    back = ej.import_json(source, tmp_path / "hand.cafedesk")
    try:
        (topic,) = topics.list_topics(back)
        assert _names(back, topic.convenor_ids) == ["Jo"]
        written = ej.export_event(back)["tables"]["topic_convenor"]
        assert written == [
            {"topic_key": "topic-1", "participant_key": "participant-2", "position": 0}
        ]
    finally:
        back.close()
