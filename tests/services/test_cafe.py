"""Café setup services: rules, delete and restore, PAC rounds, seating apply and undo, harvest."""

from __future__ import annotations

import dataclasses

import pytest

from cafedesk.domain.cafe import PAC_QUESTIONS, Harvest, SeatingPlan
from cafedesk.domain.changes import Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.model import Event, Method
from cafedesk.services import cafe, cafe_figures, cafe_harvest, cafe_plan, participants
from cafedesk.services import event as event_service
from cafedesk.store.eventfile import EventFile


def people(ef: EventFile, count: int) -> list[int]:
    groups = ("staff", "board", "customers")
    return [
        participants.add_participant(ef, f"Person Ä{i}", group=groups[i % 3]).value.id
        for i in range(count)
    ]


def test_table_rules_and_delete_restore_brings_seats_back(event_file: EventFile) -> None:
    ids = people(event_file, 10)
    first = cafe.add_table(event_file, 5, ids[0]).value
    second = cafe.add_table(event_file, 5).value
    assert (first.number, second.number) == (1, 2)
    with pytest.raises(ValidationError, match="already a table 1"):
        cafe.put_table(event_file, dataclasses.replace(second, number=1))
    with pytest.raises(ValidationError, match="already hosts table 1"):
        cafe.put_table(event_file, dataclasses.replace(second, host_id=ids[0]))
    with pytest.raises(ValidationError, match="1 to 50 seats"):
        cafe.put_table(event_file, dataclasses.replace(second, seats=0))
    rnd = cafe.add_round(event_file, "Why?").value
    cafe_plan.apply_seating(
        event_file, SeatingPlan({rnd.id: {first.id: tuple(ids[:5]), second.id: tuple(ids[5:])}})
    )
    cafe_harvest.put_harvest(event_file, Harvest(first.id, rnd.id, "Trust", "How?"))
    before = cafe.load_cafe(event_file)

    tomb = cafe.delete_table(event_file, first.id)
    assert tomb.changes.touches(Part.CAFE)
    after_delete = cafe.load_cafe(event_file)
    assert [t.id for t in after_delete.tables] == [second.id]
    assert first.id not in after_delete.plan.seats[rnd.id] and not after_delete.harvest
    cafe.restore(event_file, tomb.value)
    assert cafe.load_cafe(event_file) == before


def test_deleting_the_host_leaves_the_table_without_host_and_undo_restores(
    event_file: EventFile,
) -> None:
    ids = people(event_file, 3)
    table = cafe.add_table(event_file, 4, ids[1]).value
    tomb = participants.delete_participant(event_file, ids[1]).value
    assert cafe.load_cafe(event_file).tables[0].host_id is None
    participants.restore_participant(event_file, tomb)
    assert cafe.load_cafe(event_file).tables[0] == table


def test_rounds_are_numbered_by_order_and_validated(event_file: EventFile) -> None:
    r1, r2, r3 = (cafe.add_round(event_file, q).value for q in ("A", "B", "C"))
    with pytest.raises(ValidationError, match="1 to 240 minutes"):
        cafe.put_round(event_file, dataclasses.replace(r1, minutes=0))
    tomb = cafe.delete_round(event_file, r2.id).value
    assert [(r.number, r.question) for r in cafe.load_cafe(event_file).rounds] == [
        (1, "A"),
        (2, "C"),
    ]
    cafe.restore(event_file, tomb)
    assert [r.question for r in cafe.load_cafe(event_file).rounds] == ["A", "B", "C"]
    assert r3.id in {r.id for r in cafe.load_cafe(event_file).rounds}


def test_pro_action_prefill_keeps_typed_questions_and_undoes(event_file: EventFile) -> None:
    own = cafe.add_round(event_file, "").value
    cafe.put_round(event_file, dataclasses.replace(own, question=""))
    result = cafe.prefill_pro_action(event_file, translate=lambda t: t.upper())
    rounds = cafe.load_cafe(event_file).rounds
    assert [r.question for r in rounds] == [q.upper() for q in PAC_QUESTIONS]
    cafe.undo_prefill(event_file, result.value)
    assert [r.question for r in cafe.load_cafe(event_file).rounds] == [""]


def test_callers_one_per_person_and_table(event_file: EventFile) -> None:
    ids = people(event_file, 4)
    t1 = cafe.add_table(event_file).value
    caller = cafe.add_caller(event_file, ids[0], "How do we fund the repair café?", t1.id).value
    with pytest.raises(ValidationError, match="already the caller at table 1"):
        cafe.add_caller(event_file, ids[0])
    with pytest.raises(ValidationError, match="already has a caller"):
        cafe.add_caller(event_file, ids[1], "", t1.id)
    assert cafe.load_cafe(event_file).hosts() == {t1.id: ids[0]}
    done = cafe_harvest.put_outcome(event_file, caller.id, "Ask the bank", "A treasurer")
    assert done.value == caller
    stored = cafe.load_cafe(event_file).callers[0]
    assert (stored.next_steps, stored.help_needed) == ("Ask the bank", "A treasurer")
    with pytest.raises(ValidationError, match="two different people"):
        cafe.add_pair(event_file, ids[2], ids[2], together=True)


def test_apply_seating_returns_the_previous_plan_for_undo(event_file: EventFile) -> None:
    event_service.put_event(event_file, Event(title="Café", method=Method.WORLD_CAFE))
    ids = people(event_file, 12)
    for host in ids[:3]:
        cafe.add_table(event_file, 4, host)
    for _ in range(2):
        cafe.add_round(event_file, "Q")
    proposal = cafe_plan.plan_rotation(event_file, time_limit=0.3)
    assert proposal.before == {} and proposal.after["unseated"] == 0
    first = cafe_plan.apply_seating(event_file, proposal.plan)
    assert first.value == SeatingPlan()
    stored = cafe.load_cafe(event_file).plan
    assert stored.seats == proposal.plan.seats
    again = cafe_plan.plan_rotation(event_file, time_limit=0.2, seed=3)
    assert again.before == again.after or again.before["repeat_pairs"] >= 0
    previous = cafe_plan.apply_seating(event_file, again.plan).value
    cafe_plan.apply_seating(event_file, previous)  # undo
    assert cafe.load_cafe(event_file).plan == stored


def test_manual_move_changes_live_repeat_figures_and_moves_back(event_file: EventFile) -> None:
    ids = people(event_file, 8)
    t1, t2 = cafe.add_table(event_file, 4).value, cafe.add_table(event_file, 4).value
    r1, r2 = cafe.add_round(event_file).value, cafe.add_round(event_file).value
    plan = SeatingPlan(
        {
            r1.id: {t1.id: tuple(ids[:4]), t2.id: tuple(ids[4:])},
            r2.id: {
                t1.id: (ids[0], ids[4], ids[2], ids[6]),
                t2.id: (ids[1], ids[5], ids[3], ids[7]),
            },
        }
    )
    cafe_plan.apply_seating(event_file, plan)
    context = cafe_plan.read_context(event_file)
    figures = cafe_figures.seating_figures(context)
    assert figures.totals["repeat_pairs"] == 4  # (0,2) (4,6) (1,3) (5,7)
    assert figures.repeats_by_person[ids[0]] == 1
    assert cafe_figures.Conflict.REPEAT in figures.conflicts[(r2.id, t1.id)]
    # Person 2 to table 2 in round 2: would meet 3 and 1 again (from round 1), not 0.
    assert cafe_figures.repeats_if_moved(context.cafe.plan, r2.id, ids[2], t2.id) == 2
    old = cafe_plan.move_person(event_file, r2.id, ids[2], t2.id).value
    assert old == t1.id
    after = cafe_figures.seating_figures(cafe_plan.read_context(event_file))
    assert after.sizes[(r2.id, t2.id)] == 5
    assert cafe_figures.Conflict.OVER in after.conflicts[(r2.id, t2.id)]
    cafe_plan.move_person(event_file, r2.id, ids[2], old)
    back = cafe.load_cafe(event_file).plan.seats[r2.id][t1.id]
    assert sorted(back) == sorted(plan.seats[r2.id][t1.id])


def test_harvest_put_returns_previous_and_checks_cell(event_file: EventFile) -> None:
    t = cafe.add_table(event_file).value
    r = cafe.add_round(event_file).value
    first = cafe_harvest.put_harvest(event_file, Harvest(t.id, r.id, "Idee <b>fett</b> & mehr"))
    assert first.value == Harvest(t.id, r.id)
    second = cafe_harvest.put_harvest(event_file, Harvest(t.id, r.id, "Zwei", "Warum?"))
    assert second.value.insights == "Idee <b>fett</b> & mehr"
    cafe_harvest.put_harvest(event_file, second.value)
    assert cafe_harvest.get_harvest(event_file, t.id, r.id).insights.startswith("Idee")
    with pytest.raises(Exception, match="no longer exists"):
        cafe_harvest.put_harvest(event_file, Harvest(999, r.id, "x"))


def test_planning_needs_tables_and_rounds(event_file: EventFile) -> None:
    with pytest.raises(ValidationError, match="Add tables and rounds"):
        cafe_plan.plan_rotation(event_file)
