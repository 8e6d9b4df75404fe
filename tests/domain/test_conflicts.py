"""The conflict rules on small hand-made walls (no store, no Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from cafedesk.domain.conflicts import (
    ConflictKind,
    Wall,
    conflicts_by_slot,
    conflicts_by_topic,
    expected_attendance,
    find_conflicts,
    noticeable,
    ordered_conflicts,
)
from cafedesk.domain.model import Participant, SlotKind, Space, TimeSlot, Topic

DAY = dt.date(2026, 3, 14)
SPACES = (Space(1, "Barn", 20, ("flipchart", "projector")), Space(2, "Loft", 8, ("flipchart",)))
SLOTS = (
    TimeSlot(1, DAY, dt.time(9), dt.time(10), "Opening", SlotKind.PLENARY),
    TimeSlot(2, DAY, dt.time(10), dt.time(11), "Session 1"),
    TimeSlot(3, DAY, dt.time(11), dt.time(12), "Session 2"),
)
PEOPLE = tuple(Participant(i, f"Person {i}") for i in range(1, 11))


def wall(*topics: Topic, signups: dict[int, frozenset[int]] | None = None, **kw: object) -> Wall:
    return Wall(SPACES, SLOTS, topics, PEOPLE, signups or {}, **kw)  # type: ignore[arg-type]


def topic(tid: int, space: int | None, slot: int | None, *convenors: int, **kw: object) -> Topic:
    return Topic(tid, tid, f"Topic {tid}", convenors, space_id=space, slot_id=slot, **kw)  # type: ignore[arg-type]


def kinds(w: Wall) -> list[ConflictKind]:
    return [c.kind for c in find_conflicts(w)]


def test_a_clean_wall_has_no_conflicts() -> None:
    assert find_conflicts(wall(topic(1, 1, 2, 1), topic(2, 2, 2, 2), topic(3, 1, 3, 1))) == []


def test_convenor_in_two_places_in_one_slot() -> None:
    found = find_conflicts(wall(topic(1, 1, 2, 1), topic(2, 2, 2, 1, 3)))
    assert [c.kind for c in found] == [ConflictKind.CONVENOR_CLASH]
    assert found[0].topic_ids == (1, 2)
    assert found[0].severe
    assert (
        found[0].message()
        == "Person 1 convenes topics 1, 2 in the same slot (Session 1 (10:00–11:00))."
    )


def test_the_same_convenor_in_different_slots_is_fine() -> None:
    assert kinds(wall(topic(1, 1, 2, 1), topic(2, 1, 3, 1))) == []


def test_parked_topics_never_conflict() -> None:
    assert kinds(wall(topic(1, None, None, 1), topic(2, None, None, 1))) == []


def test_expected_attendance_follows_explicit_then_tally_then_names() -> None:
    plain = Topic(1, 1, "T")
    assert expected_attendance(plain, 0) is None
    assert expected_attendance(plain, 3) == 3
    assert expected_attendance(dataclasses.replace(plain, tally=12), 3) == 12
    assert expected_attendance(dataclasses.replace(plain, tally=2), 5) == 5
    assert expected_attendance(dataclasses.replace(plain, tally=12, expected_attendance=4), 9) == 4


def test_over_capacity_uses_the_expected_attendance() -> None:
    over = wall(topic(1, 2, 2, 1, tally=9))
    found = find_conflicts(over)
    assert [c.kind for c in found] == [ConflictKind.OVER_CAPACITY]
    assert found[0].message() == "Topic 1 expects 9 people; Loft holds 8."
    assert not found[0].severe
    assert kinds(wall(topic(1, 2, 2, 1, tally=8))) == []
    signed = wall(topic(1, 2, 2, 1), signups={1: frozenset(range(1, 10))})
    assert kinds(signed) == [ConflictKind.OVER_CAPACITY]


def test_missing_equipment_names_what_is_missing() -> None:
    found = find_conflicts(wall(topic(1, 2, 2, 1, equipment=("projector", "flipchart"))))
    assert [c.kind for c in found] == [ConflictKind.MISSING_EQUIPMENT]
    assert "needs projector" in found[0].message()
    assert kinds(wall(topic(1, 1, 2, 1, equipment=("projector",)))) == []


def test_people_signed_up_for_two_topics_in_one_slot_are_counted() -> None:
    signups = {1: frozenset({5, 6, 7}), 2: frozenset({6, 7, 8}), 3: frozenset({5})}
    found = find_conflicts(
        wall(topic(1, 1, 2, 1), topic(2, 2, 2, 2), topic(3, 1, 3, 3), signups=signups)
    )
    assert [c.kind for c in found] == [ConflictKind.SIGNUP_CLASH]
    assert found[0].values["count"] == 2
    assert found[0].topic_ids == (1, 2)


def test_a_convenor_signed_up_elsewhere_in_the_same_slot_counts_as_a_clash() -> None:
    found = find_conflicts(wall(topic(1, 1, 2, 1), topic(2, 2, 2, 2), signups={2: frozenset({1})}))
    assert [(c.kind, c.values["count"]) for c in found] == [(ConflictKind.SIGNUP_CLASH, 1)]


def test_topic_in_a_plenary_slot() -> None:
    found = find_conflicts(wall(topic(1, 1, 1, 1)))
    assert [c.kind for c in found] == [ConflictKind.NOT_SESSION]
    assert "not a session slot" in found[0].message()


def test_convenor_placed_when_unavailable() -> None:
    found = find_conflicts(wall(topic(1, 1, 3, 4), unavailable=frozenset({(4, 3)})))
    assert [c.kind for c in found] == [ConflictKind.UNAVAILABLE]
    assert (
        found[0].message()
        == "Person 4 convenes topic 1 but is not available in Session 2 (11:00–12:00)."
    )
    assert kinds(wall(topic(1, 1, 2, 4), unavailable=frozenset({(4, 3)}))) == []


def test_severe_conflicts_come_first_and_each_card_knows_its_own() -> None:
    w = wall(
        topic(1, 2, 2, 1, tally=30),
        topic(2, 1, 3, 2),
        topic(3, 2, 3, 2),
    )
    found = find_conflicts(w)
    assert [c.kind for c in found] == [ConflictKind.CONVENOR_CLASH, ConflictKind.OVER_CAPACITY]
    by_topic = conflicts_by_topic(found)
    assert set(by_topic) == {1, 2, 3}
    assert [c.kind for c in by_topic[1]] == [ConflictKind.OVER_CAPACITY]


def test_translation_applies_to_the_template_not_to_user_text() -> None:
    found = find_conflicts(wall(topic(1, 2, 2, 1, tally=9)))
    assert found[0].message(lambda t: t.replace("holds", "fasst")) == (
        "Topic 1 expects 9 people; Loft fasst 8."
    )


def test_small_signup_clashes_can_be_left_out_but_nothing_else() -> None:
    signups = {1: frozenset({5, 6}), 2: frozenset({6}), 3: frozenset({5, 6})}
    w = wall(topic(1, 1, 2, 1), topic(2, 2, 2, 1), topic(3, 1, 3, 3), signups=signups)
    found = find_conflicts(w)
    clash_sizes = sorted(c.values["count"] for c in found if c.kind is ConflictKind.SIGNUP_CLASH)
    assert clash_sizes == [1]
    kept = noticeable(found, 2)
    assert ConflictKind.SIGNUP_CLASH not in [c.kind for c in kept]
    assert ConflictKind.CONVENOR_CLASH in [c.kind for c in kept], "other kinds always stay"
    assert noticeable(found, 1) == found


def test_conflicts_of_some_slots_match_a_full_recount() -> None:
    signups = {1: frozenset({5, 6}), 2: frozenset({6}), 3: frozenset({5, 6})}
    before = wall(topic(1, 1, 2, 1), topic(2, 2, 2, 2), topic(3, 1, 3, 3), signups=signups)
    by_slot = conflicts_by_slot(before)
    # Topics 2 and 3 swap slots: only slots 2 and 3 are checked again.
    after = dataclasses.replace(
        before, topics=(topic(1, 1, 2, 1), topic(2, 2, 3, 2), topic(3, 2, 2, 3))
    )
    by_slot.update(conflicts_by_slot(after, {2, 3}))
    assert [c.key() for c in ordered_conflicts(after, by_slot)] == [
        c.key() for c in find_conflicts(after)
    ]
    assert [c.key() for c in find_conflicts(after)] != [c.key() for c in find_conflicts(before)]
