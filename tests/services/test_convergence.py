"""Votes, choices and action plans against a real event file; undo puts back exact values."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from cafedesk.domain.client_report import ReportOptions
from cafedesk.domain.email_draft import EmailTemplate
from cafedesk.domain.errors import CafedeskError, ValidationError
from cafedesk.domain.notes import Branding, FollowUp, SessionReport
from cafedesk.paths import portable_paths
from cafedesk.services import action_plans, client_report, convergence, notes, topics
from cafedesk.services import event as event_service
from cafedesk.services.participants import delete_participant, restore_participant
from cafedesk.store.eventfile import EventFile, open_event_file


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> EventFile:
    ef = open_event_file(demo_path, portable_paths(tmp_path / "app").backups)
    yield ef
    ef.close()


def topic_id(ef: EventFile, number: int) -> int:
    return convergence.topic_by_number(ef, number).id


def test_tallies_and_named_dots_make_the_ranking(demo: EventFile) -> None:
    first = topic_id(demo, 3)
    before = convergence.list_votes(demo).get(first)
    assert before is None  # the demo's wall has no dots on topic 3
    assert convergence.set_tally(demo, first, 40).value is None
    assert convergence.ranking(demo)[0].topic.number == 3
    assert convergence.set_tally(demo, first, None).value == 40  # the undo's value
    assert first not in convergence.list_votes(demo)
    with pytest.raises(ValidationError):
        convergence.set_tally(demo, first, -1)
    with pytest.raises(CafedeskError, match="no topic number 999"):
        convergence.topic_by_number(demo, 999)


def test_a_persons_dots_are_replaced_whole_and_count_when_no_tally(demo: EventFile) -> None:
    person = event_service.snapshot(demo).participants[0].id
    three, six = topic_id(demo, 3), topic_id(demo, 6)
    old = convergence.person_votes(demo, person)
    done = convergence.set_person_votes(demo, person, {three: 2, six: 1})
    assert done.value == old
    assert convergence.person_votes(demo, person) == {three: 2, six: 1}
    votes = convergence.list_votes(demo)
    assert votes[three].named == 2 and votes[three].total == 2
    convergence.set_tally(demo, three, 7)
    assert convergence.list_votes(demo)[three].total == 7
    # Deleting the person takes their dots; undo brings them back.
    tomb = delete_participant(demo, person).value
    assert convergence.person_votes(demo, person) == {}
    restore_participant(demo, tomb)
    assert convergence.person_votes(demo, person) == {three: 2, six: 1}
    convergence.set_person_votes(demo, person, old)
    assert convergence.person_votes(demo, person) == old


def test_choosing_returns_the_choice_before(demo: EventFile) -> None:
    one, two = topic_id(demo, 1), topic_id(demo, 2)
    before = convergence.set_chosen(demo, {one: False, two: True}).value
    assert before == {one: True, two: False}  # the demo chose topic 1, not topic 2
    chosen = {r.topic.number for r in convergence.ranking(demo) if r.chosen}
    assert 2 in chosen and 1 not in chosen
    convergence.set_chosen(demo, before)
    assert convergence.list_votes(demo)[one].chosen


def test_action_plans_put_delete_restore_and_reorder(demo: EventFile) -> None:
    snap = event_service.snapshot(demo)
    people = snap.participants
    plan = action_plans.new_plan(
        demo,
        action="  Ask the <b>dairy</b> & the bakery ",
        topic_id=topic_id(demo, 7),
        owner_ids=(people[0].id, people[0].id),
        other_owners=("Frau Weiß", "frau weiß ", ""),
        due=dt.date(2026, 5, 1),
        related_topic_ids=(topic_id(demo, 7), topic_id(demo, 13)),
    )
    stored = action_plans.put_plan(demo, plan).value
    assert stored.action == "Ask the <b>dairy</b> & the bakery"  # kept as typed, trimmed
    assert stored.owner_ids == (people[0].id,)
    assert stored.other_owners == ("Frau Weiß", "frau weiß")  # free names kept as typed
    assert stored.related_topic_ids == (topic_id(demo, 13),)  # not its own topic
    assert action_plans.list_plans(demo)[-1] == stored
    tomb = action_plans.delete_plan(demo, stored.id).value
    assert stored.id not in {p.id for p in action_plans.list_plans(demo)}
    action_plans.restore_plan(demo, tomb)
    assert action_plans.list_plans(demo)[-1] == stored
    order = [p.id for p in action_plans.list_plans(demo)]
    before = action_plans.reorder_plans(demo, list(reversed(order))).value
    assert before == order
    assert [p.id for p in action_plans.list_plans(demo)] == list(reversed(order))


def test_a_plan_outlives_its_topic_and_undo_links_it_again(demo: EventFile) -> None:
    plan = next(p for p in action_plans.list_plans(demo) if p.topic_id is not None)
    tomb = topics.delete_topic(demo, plan.topic_id).value  # type: ignore[arg-type]
    orphan = next(p for p in action_plans.list_plans(demo) if p.id == plan.id)
    assert orphan.topic_id is None and orphan.action == plan.action
    topics.restore_topic(demo, tomb)
    assert next(p for p in action_plans.list_plans(demo) if p.id == plan.id) == plan


def test_a_plan_for_a_deleted_topic_is_refused_with_a_sentence(demo: EventFile) -> None:
    with pytest.raises(CafedeskError, match="no longer exists"):
        action_plans.add_plan(demo, action="x", topic_id=9999)


def test_follow_ups_are_promoted_with_owners_matched_by_name(demo: EventFile) -> None:
    snap = event_service.snapshot(demo)
    name = snap.participants[4].name
    target = topic_id(demo, 9)
    notes.put_report(
        demo,
        SessionReport(
            target,
            follow_ups=(FollowUp("Borrow a cargo bike", f"{name.upper()}, the bike club"),),
        ),
    )
    candidates = [c for c in action_plans.follow_up_candidates(demo) if c.topic_id == target]
    assert len(candidates) == 1 and not candidates[0].promoted
    plans = action_plans.plans_from_follow_ups(demo, candidates, snap.participants)
    action_plans.add_plans(demo, plans)
    made = next(p for p in action_plans.list_plans(demo) if p.topic_id == target)
    assert made.owner_ids == (snap.participants[4].id,)
    assert made.other_owners == ("the bike club",)
    again = [c for c in action_plans.follow_up_candidates(demo) if c.topic_id == target]
    assert again[0].promoted
    tombs = action_plans.delete_plans(demo, [p.id for p in plans]).value
    assert not any(p.topic_id == target for p in action_plans.list_plans(demo))
    action_plans.restore_plans(demo, tombs)
    assert made in action_plans.list_plans(demo)


def test_callers_next_steps_become_plans_once(tmp_path: Path) -> None:
    from cafedesk.services import cafe
    from cafedesk.services.demo_cafe import write_demo_cafe

    path = tmp_path / "pac.cafedesk"
    write_demo_cafe(path)
    ef = open_event_file(path, tmp_path / "backups")
    try:
        person = event_service.snapshot(ef).participants[3]
        caller = cafe.add_caller(ef, person.id, "A repair café in the old fire station?").value
        steps = "Ask the fire brigade\nFind three volunteers"
        cafe.put_caller(ef, dataclasses.replace(caller, next_steps=steps, help_needed="Tools"))
        plans = action_plans.plans_from_callers(ef)
        assert [(p.caller_id, p.first_step, p.help_needed, p.owner_ids) for p in plans] == [
            (caller.id, "Ask the fire brigade", "Tools", (person.id,))
        ]
        action_plans.add_plans(ef, plans)
        assert action_plans.plans_from_callers(ef) == []
    finally:
        ef.close()


def test_summary_and_email_template_are_stored_as_typed(demo: EventFile) -> None:
    hostile = "Ideas <b>not bold</b> & <unclosed\n\n• one"
    old = client_report.set_summary(demo, hostile).value
    assert client_report.get_summary(demo) == hostile
    client_report.set_summary(demo, old)
    assert client_report.get_summary(demo) == old
    default = client_report.get_email_template(demo)
    assert "{event}" in default.subject  # the demo speaks English
    event_service.put_event(demo, dataclasses.replace(event_service.get_event(demo), language="de"))
    assert "Bericht" in client_report.get_email_template(demo).subject
    client_report.set_email_template(demo, EmailTemplate("Our {event}", "Hello"))
    assert client_report.get_email_template(demo) == EmailTemplate("Our {event}", "Hello")
    client_report.set_email_template(demo, None)
    assert "Bericht" in client_report.get_email_template(demo).subject


def recount(path: Path) -> dict[str, object]:
    """Figures counted straight from the file with SQL, not through cafedesk's code."""
    con = sqlite3.connect(path)
    try:
        groups = dict(
            con.execute(
                'SELECT trim("group"), count(*) FROM participant GROUP BY trim("group")'
            ).fetchall()
        )
        placed = con.execute(
            "SELECT count(*) FROM topic WHERE space_id IS NOT NULL AND slot_id IS NOT NULL"
        ).fetchone()[0]
        handed_in = con.execute(
            "SELECT count(*) FROM session_report WHERE status != 'missing'"
        ).fetchone()[0]
        photos = con.execute("SELECT count(*) FROM photo").fetchone()[0]
        named = dict(
            con.execute(
                "SELECT topic_id, sum(dots) FROM participant_vote GROUP BY topic_id"
            ).fetchall()
        )
        tallies = dict(
            con.execute("SELECT topic_id, tally FROM topic_vote WHERE tally IS NOT NULL")
        )
        plans = con.execute("SELECT count(*) FROM action_plan").fetchone()[0]
    finally:
        con.close()
    votes = {t: tallies.get(t, named.get(t)) for t in set(named) | set(tallies)}
    return {
        "groups": groups,
        "placed": placed,
        "reports": handed_in,
        "photos": photos,
        "votes": votes,
        "plans": plans,
    }


def test_key_figures_match_a_recount_from_the_file(demo_path: Path, tmp_path: Path) -> None:
    expected = recount(demo_path)
    ef = open_event_file(demo_path, tmp_path / "backups", read_only=True)
    try:
        data = client_report.client_report_data(ef, Branding(accent="#336699"), ReportOptions())
    finally:
        ef.close()
    f = data.figures
    assert dict(f.groups) == expected["groups"]
    assert f.participants == sum(expected["groups"].values())  # type: ignore[attr-defined]
    assert (f.sessions, f.reports, f.photos, f.actions) == (
        expected["placed"],
        expected["reports"],
        expected["photos"],
        expected["plans"],
    )
    assert {r.topic.id: r.votes for r in data.ranking if r.votes} == expected["votes"]
    assert f.dots == sum(expected["votes"].values())  # type: ignore[attr-defined]
    assert data.book.branding.accent == "#336699"
    assert data.community is not None and len(data.community.people) > 40
