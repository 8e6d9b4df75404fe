"""Wall services against a real event file: place, swap, pin, sign-ups, merge and split."""

from __future__ import annotations

from pathlib import Path

import pytest

from cafedesk.domain.conflicts import ConflictKind, find_conflicts
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.model import Topic
from cafedesk.services import topics, wall, wall_edit, wall_merge
from cafedesk.store.eventfile import EventFile, open_event_file


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> EventFile:
    ef = open_event_file(demo_path, tmp_path / "backups")
    yield ef  # type: ignore[misc]
    ef.close()


def by_number(ef: EventFile, number: int) -> Topic:
    return next(t for t in topics.list_topics(ef) if t.number == number)


def test_read_wall_has_everything_and_the_demo_shows_conflicts(demo: EventFile) -> None:
    state = wall.read_wall(demo)
    assert len(state.spaces) == 6 and len(state.slots) == 8 and len(state.topics) == 20
    assert sum(len(s) for s in state.signups.values()) > 20
    assert any(t.tally for t in state.topics)
    assert state.unavailable
    kinds = {c.kind for c in find_conflicts(state)}
    assert {
        ConflictKind.CONVENOR_CLASH,
        ConflictKind.OVER_CAPACITY,
        ConflictKind.UNAVAILABLE,
    } <= kinds


def test_move_park_and_undo_by_placing_back(demo: EventFile) -> None:
    first = by_number(demo, 1)
    empty = (first.space_id, wall.read_wall(demo).slots[-2].id)  # session 4 in the Great Barn
    assert wall.topic_at(demo, empty) is None
    done = wall.move_topic(demo, first.id, empty)
    assert done.value == {first.id: (first.space_id, first.slot_id)}
    assert first.id in done.changes.ids
    assert wall.topic_at(demo, empty) == first.id
    wall.park_topic(demo, first.id)
    assert not topics.get_topic(demo, first.id).placed
    wall.place_topics(demo, done.value)
    assert topics.get_topic(demo, first.id) == first


def test_moving_onto_a_taken_cell_is_refused_and_changes_nothing(demo: EventFile) -> None:
    one, two = by_number(demo, 1), by_number(demo, 2)
    with pytest.raises(ValidationError, match="taken by topic 2"):
        wall.move_topic(demo, one.id, (two.space_id, two.slot_id))
    assert topics.get_topic(demo, one.id) == one


def test_swap_exchanges_places_in_one_step(demo: EventFile) -> None:
    one, two = by_number(demo, 1), by_number(demo, 2)
    done = wall.swap_topics(demo, one.id, two.id)
    assert (topics.get_topic(demo, one.id).space_id, topics.get_topic(demo, two.id).space_id) == (
        two.space_id,
        one.space_id,
    )
    wall.place_topics(demo, done.value)
    assert topics.get_topic(demo, one.id) == one and topics.get_topic(demo, two.id) == two


def test_pinned_topics_do_not_move_until_unpinned(demo: EventFile) -> None:
    one = by_number(demo, 1)
    before = wall.set_pinned(demo, {one.id: True}).value
    assert before == {one.id: False}
    with pytest.raises(ValidationError, match="pinned"):
        wall.park_topic(demo, one.id)
    assert topics.get_topic(demo, one.id).placed
    wall.set_pinned(demo, before)
    wall.park_topic(demo, one.id)
    assert not topics.get_topic(demo, one.id).placed


def test_signups_tally_and_expected_attendance(demo: EventFile) -> None:
    parked = next(t for t in topics.list_topics(demo) if not t.placed and t.tally is None)
    record = wall_edit.get_record(demo, parked.id)
    wall_edit.sign_up(demo, parked.id, 3)
    before = wall_edit.sign_up(demo, parked.id, 4).value
    assert set(wall_edit.get_record(demo, parked.id).signup_ids) == {*record.signup_ids, 3, 4}
    wall_edit.remove_signup(demo, parked.id, 3)
    assert 3 not in wall_edit.get_record(demo, parked.id).signup_ids
    wall_edit.set_signups(demo, parked.id, before)
    assert 4 not in wall_edit.get_record(demo, parked.id).signup_ids
    assert wall_edit.set_tally(demo, parked.id, 17).value is None
    assert topics.get_topic(demo, parked.id).tally == 17
    with pytest.raises(ValidationError):
        wall_edit.set_tally(demo, parked.id, -1)


def test_new_names_become_convenors_and_undo_removes_them(demo: EventFile) -> None:
    plan = wall_edit.plan_people(demo, ["Anouk Verhoeven", " anouk  verhoeven"], ["Zoë Neu"])
    assert len(plan.new_people) == 2
    assert plan.new_people[0].roles == ("convenor",) and plan.new_people[1].roles == ()
    assert len(plan.convenor_ids) == 1
    topic_id, number = wall_edit.new_topic_key(demo)
    record = wall_edit.TopicRecord(
        Topic(topic_id, number, "Tiny houses on farm land", plan.convenor_ids), plan.signup_ids
    )
    wall_edit.put_record(demo, record, plan.new_people)
    assert wall_edit.get_record(demo, topic_id) == record
    again = wall_edit.plan_people(demo, ["ANOUK VERHOEVEN"])
    assert again.new_people == () and again.convenor_ids == plan.convenor_ids
    wall_edit.remove_record(demo, topic_id, [p.id for p in plan.new_people])
    assert topic_id not in {t.id for t in topics.list_topics(demo)}
    assert wall_edit.plan_people(demo, ["Anouk Verhoeven"]).new_people


def test_merge_combines_and_split_restores_the_originals(demo: EventFile) -> None:
    a, b = by_number(demo, 2), by_number(demo, 5)
    rec_a, rec_b = wall_edit.get_record(demo, a.id), wall_edit.get_record(demo, b.id)
    done = wall_merge.merge_topics(demo, a.id, b.id)
    merged = wall_edit.get_record(demo, a.id)
    assert merged.topic.title == f"{a.title} / {b.title}"
    assert merged.topic.convenor_ids == a.convenor_ids + b.convenor_ids
    assert set(merged.signup_ids) == set(rec_a.signup_ids) | set(rec_b.signup_ids)
    assert merged.topic.merged_from == (a.number, b.number)
    assert b.id not in {t.id for t in topics.list_topics(demo)}

    wall_merge.unmerge(demo, done.value)
    assert wall_edit.get_record(demo, a.id) == rec_a
    assert wall_edit.get_record(demo, b.id) == rec_b

    wall_merge.merge_topics(demo, a.id, b.id)
    split = wall_merge.split_topic(demo, a.id)
    assert set(split.value.part_ids) == {a.id, b.id}
    assert wall_edit.get_record(demo, a.id) == rec_a
    assert wall_edit.get_record(demo, b.id) == rec_b
    wall_merge.unsplit(demo, split.value)
    assert wall_edit.get_record(demo, a.id).topic.merged_from == (a.number, b.number)


def test_split_parks_a_part_whose_cell_was_taken_meanwhile(demo: EventFile) -> None:
    a, b = by_number(demo, 2), by_number(demo, 5)
    wall_merge.merge_topics(demo, a.id, b.id)
    parked = next(t for t in topics.list_topics(demo) if not t.placed)
    wall.move_topic(demo, parked.id, (b.space_id, b.slot_id))
    wall_merge.split_topic(demo, a.id)
    assert not topics.get_topic(demo, b.id).placed
    assert topics.get_topic(demo, a.id).placed


def test_splitting_an_unmerged_topic_is_refused(demo: EventFile) -> None:
    with pytest.raises(ValidationError, match="nothing to split"):
        wall_merge.split_topic(demo, by_number(demo, 1).id)


def test_read_topics_reports_deleted_ones_as_absent(demo: EventFile) -> None:
    one = by_number(demo, 1)
    topics.delete_topic(demo, one.id)
    found, signups = wall.read_topics(demo, [one.id, by_number(demo, 2).id])
    assert [t.number for t in found] == [2] and set(signups) == {by_number(demo, 2).id}
