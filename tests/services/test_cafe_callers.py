"""Pro Action Café: the template starts with its rounds and tables; a caller is a table's host
with a project question, set in one step."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cafedesk.domain.cafe import PAC_QUESTIONS, Caller
from cafedesk.domain.errors import ValidationError
from cafedesk.services import cafe, participants
from cafedesk.services.templates import Template, apply_template
from cafedesk.store.eventfile import EventFile

DAY = dt.date(2026, 9, 12)


def test_pro_action_template_starts_with_three_rounds_and_tables(event_file: EventFile) -> None:
    apply_template(event_file, Template.PRO_ACTION_CAFE, "PAC", DAY)
    snap = cafe.load_cafe(event_file)
    assert [r.question for r in snap.rounds] == list(PAC_QUESTIONS)
    assert [r.minutes for r in snap.rounds] == [30, 30, 30]
    assert [t.number for t in snap.tables] == [1, 2, 3, 4]
    assert all(t.seats == 5 for t in snap.tables)


def test_world_cafe_template_starts_with_rounds_and_tables(event_file: EventFile) -> None:
    apply_template(event_file, Template.WORLD_CAFE, "WC", DAY, translate=str.upper)
    snap = cafe.load_cafe(event_file)
    assert len(snap.rounds) == 3 and len(snap.tables) == 8


def test_a_caller_is_set_with_the_table_in_one_step_and_undone_exactly(
    event_file: EventFile,
) -> None:
    anna, ben = (participants.add_participant(event_file, n).value.id for n in ("Anna", "Ben"))
    table = cafe.add_table(event_file).value
    caller = Caller(cafe.new_caller_id(event_file), anna, "How do we fund the repair café?")
    cafe.put_hosted_table(event_file, table, caller)
    snap = cafe.load_cafe(event_file)
    assert snap.tables[0].host_id == anna, "the caller hosts the table"
    stored = snap.caller_at(table.id)
    assert stored is not None and stored.question == "How do we fund the repair café?"
    assert snap.hosts() == {table.id: anna}

    # The harvest adds next steps; then the caller is swapped for Ben, then undone.
    with_steps = dataclasses.replace(stored, next_steps="Ask the bank")
    cafe.put_caller(event_file, with_steps)
    cafe.put_hosted_table(
        event_file, snap.tables[0], dataclasses.replace(with_steps, participant_id=ben)
    )
    assert cafe.load_cafe(event_file).tables[0].host_id == ben
    cafe.put_hosted_table(event_file, snap.tables[0], None)
    after = cafe.load_cafe(event_file)
    assert after.callers == () and after.tables[0].host_id is None
    cafe.put_hosted_table(event_file, snap.tables[0], with_steps)  # undo
    back = cafe.load_cafe(event_file)
    assert back.callers == (dataclasses.replace(with_steps, table_id=table.id),)


def test_one_person_cannot_call_at_two_tables(event_file: EventFile) -> None:
    anna = participants.add_participant(event_file, "Anna").value.id
    one, two = cafe.add_table(event_file).value, cafe.add_table(event_file).value
    cafe.put_hosted_table(event_file, one, Caller(cafe.new_caller_id(event_file), anna))
    with pytest.raises(ValidationError, match="Anna is already the caller at table 1"):
        cafe.put_hosted_table(event_file, two, Caller(cafe.new_caller_id(event_file), anna))
    assert cafe.load_cafe(event_file).tables[1].host_id is None


def test_the_callers_question_stays_available_for_tents_and_cards(event_file: EventFile) -> None:
    anna = participants.add_participant(event_file, "Anna").value.id
    table = cafe.add_table(event_file).value
    question = "Who will run the tool library?"
    cafe.put_hosted_table(event_file, table, Caller(cafe.new_caller_id(event_file), anna, question))
    snap = cafe.load_cafe(event_file)
    caller = snap.caller_at(table.id)
    assert caller is not None and caller.question == question
