import datetime as dt
from pathlib import Path

import pytest

from cafedesk.domain.model import SlotKind
from cafedesk.services import event as event_service
from cafedesk.services import participants, slots, spaces, topics
from cafedesk.services.placement import apply_placement, current_placements, suggest_placement
from cafedesk.store.eventfile import EventFile, open_event_file
from cafedesk.store.rows import TopicRow, UnavailableRow

DAY = dt.date(2026, 4, 2)


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> EventFile:
    ef = open_event_file(demo_path, tmp_path / "b")
    yield ef  # type: ignore[misc]
    ef.close()


def check_hard_rules(
    ef: EventFile, placements: dict[int, tuple[int, int] | None], moved: tuple[int, ...]
) -> None:
    """Rules for the topics the proposal moves (clashes already on the wall may stay)."""
    snap = event_service.snapshot(ef)
    session_ids = {s.id for s in snap.slots if s.kind is SlotKind.SESSION}
    cells = [c for c in placements.values() if c is not None]
    assert len(cells) == len(set(cells)), "one topic per cell"
    by_id = {t.id: t for t in snap.topics}
    for tid in moved:
        cell = placements[tid]
        if cell is None:
            continue
        assert cell[1] in session_ids, "only session slots"
        space = next(s for s in snap.spaces if s.id == cell[0])
        assert set(by_id[tid].equipment) <= set(space.equipment), "equipment present"
        same_slot = [
            o for o, c in placements.items() if o != tid and c is not None and c[1] == cell[1]
        ]
        mine = set(by_id[tid].convenor_ids)
        assert all(not mine & set(by_id[o].convenor_ids) for o in same_slot), (
            "every convenor in one place"
        )


def test_suggestion_places_the_parking_lane_and_keeps_the_wall(demo: EventFile) -> None:
    before = current_placements(demo)
    proposal = suggest_placement(demo, time_limit=0.5)
    parked = [tid for tid, cell in before.items() if cell is None]
    assert parked and all(proposal.placements[tid] is not None for tid in parked)
    for tid, cell in before.items():
        if cell is not None:
            assert proposal.placements[tid] == cell, "placed topics stay unless re-placing is asked"
    assert set(proposal.moved) == set(parked)
    assert proposal.after.placed == len(before) and proposal.before.placed == len(before) - len(
        parked
    )
    check_hard_rules(demo, dict(proposal.placements), proposal.moved)


def test_replacing_unpinned_keeps_pins(demo: EventFile) -> None:
    with demo.write() as session:
        pinned = session.get(TopicRow, 1)
        assert pinned is not None and pinned.space_id is not None
        pinned.pinned = True
        pinned_cell = (pinned.space_id, pinned.slot_id)
    proposal = suggest_placement(demo, replace_unpinned=True, time_limit=0.5, seed=3)
    assert proposal.placements[1] == pinned_cell
    check_hard_rules(demo, dict(proposal.placements), proposal.moved)


def test_convenor_unavailability_is_respected(demo: EventFile) -> None:
    snap = event_service.snapshot(demo)
    first_session = next(s for s in snap.slots if s.kind is SlotKind.SESSION)
    parked = [t for t in snap.topics if not t.placed]
    with demo.write() as session:
        for topic in parked:
            session.add(
                UnavailableRow(participant_id=topic.convenor_ids[0], slot_id=first_session.id)
            )
    proposal = suggest_placement(demo, time_limit=0.3)
    for topic in parked:
        cell = proposal.placements[topic.id]
        assert cell is not None and cell[1] != first_session.id


def test_accepting_is_one_step_that_undo_reverses(demo: EventFile) -> None:
    before = current_placements(demo)
    proposal = suggest_placement(demo, replace_unpinned=True, time_limit=0.3, seed=1)
    previous = apply_placement(demo, proposal.placements).value
    assert current_placements(demo) == {**before, **proposal.placements}
    apply_placement(demo, previous)
    assert current_placements(demo) == before


def test_too_many_topics_yields_a_sentence_with_names(event_file: EventFile) -> None:
    space = spaces.add_space(event_file, "Only Room", 10).value
    slots.add_slot(event_file, DAY, dt.time(9), dt.time(10), "Morning")
    person = participants.add_participant(event_file, "Ada Ölçer").value
    for title in ("Bees", "Seeds", "Soil"):
        topics.add_topic(event_file, title, (person.id,))
    proposal = suggest_placement(event_file, time_limit=0.2)
    assert sum(cell is not None for cell in proposal.placements.values()) == 1
    text = " ".join(proposal.issues)
    assert "could not be placed" in text
    assert sum(f"“{title}”" in text for title in ("Bees", "Seeds", "Soil")) == 2
    assert not any(word.strip(",.:") in {"t1", "t2", "t3"} for word in text.split()), (
        "no internal ids"
    )
    assert space.name == "Only Room"


def test_every_convenor_of_a_merged_topic_blocks_its_slots(event_file: EventFile) -> None:
    rooms = [spaces.add_space(event_file, name, 20).value for name in ("Barn", "Loft")]
    times = [
        slots.add_slot(event_file, DAY, dt.time(9 + i), dt.time(10 + i), f"S{i}").value
        for i in range(3)
    ]
    ada, ben = (participants.add_participant(event_file, n).value for n in ("Ada", "Ben"))
    topics.add_topic(event_file, "Ada's", (ada.id,), space_id=rooms[0].id, slot_id=times[0].id)
    topics.add_topic(event_file, "Ben's", (ben.id,), space_id=rooms[0].id, slot_id=times[1].id)
    merged = topics.add_topic(event_file, "Both", (ada.id, ben.id)).value
    proposal = suggest_placement(event_file, time_limit=0.3)
    cell = proposal.placements[merged.id]
    assert cell is not None and cell[1] == times[2].id, "only the slot both are free in"
