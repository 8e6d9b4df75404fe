"""Action plans: add, edit, delete, reorder; promote follow-ups and callers' next steps."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from cafedesk.domain.cafe import Caller
from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.convergence import ActionPlan, name_key
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import Participant
from cafedesk.domain.notes import FollowUp
from cafedesk.domain.validation import MAX_NAME, clean_text
from cafedesk.services.base import Done, bury_row, next_value, revive_rows, row_or_fail
from cafedesk.services.notes import list_reports
from cafedesk.store.eventfile import EventFile
from cafedesk.store.graveyard import Tombstone, bury, revive
from cafedesk.store.mapping_cafe import caller_from_row
from cafedesk.store.mapping_convergence import plan_from_row, plan_to_row
from cafedesk.store.rows import ParticipantRow, TopicRow
from cafedesk.store.rows_cafe import CafeCallerRow
from cafedesk.store.rows_convergence import ActionPlanRow

PARTS = (Part.ACTIONS,)
PLAN = QT_TRANSLATE_NOOP("cafedesk", "action plan")


def list_plans(ef: EventFile) -> list[ActionPlan]:
    with ef.read() as session:
        rows = session.scalars(
            select(ActionPlanRow).order_by(ActionPlanRow.position, ActionPlanRow.id)
        )
        return [plan_from_row(r) for r in rows]


def _name(name: str) -> str:
    return " ".join(name.split())[:MAX_NAME]


def clean_plan(plan: ActionPlan) -> ActionPlan:
    others: dict[str, None] = {}
    for name in plan.other_owners:
        if _name(name):
            others.setdefault(_name(name), None)
    return dataclasses.replace(
        plan,
        action=clean_text(plan.action),
        first_step=clean_text(plan.first_step),
        help_needed=clean_text(plan.help_needed),
        owner_ids=tuple(dict.fromkeys(plan.owner_ids)),
        other_owners=tuple(others),
        related_topic_ids=tuple(
            t for t in dict.fromkeys(plan.related_topic_ids) if t != plan.topic_id
        ),
    )


def split_owners(
    text: str, people: Iterable[Participant]
) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Names separated by commas -> (participant ids, names nobody on the list has)."""
    by_name: dict[str, int] = {}
    for person in people:
        by_name.setdefault(name_key(person.name), person.id)
    ids: list[int] = []
    others: list[str] = []
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        name = _name(part)
        if not name:
            continue
        known = by_name.get(name_key(name))
        if known is not None:
            ids.append(known)
        elif name_key(name) not in {name_key(o) for o in others}:
            others.append(name)
    return tuple(dict.fromkeys(ids)), tuple(others)


def _store(session: DbSession, plan: ActionPlan) -> None:
    topic, caller = QT_TRANSLATE_NOOP("cafedesk", "topic"), QT_TRANSLATE_NOOP("cafedesk", "caller")
    if plan.topic_id is not None:
        row_or_fail(session, TopicRow, plan.topic_id, topic)
    if plan.caller_id is not None:
        row_or_fail(session, CafeCallerRow, plan.caller_id, caller)
    for topic_id in plan.related_topic_ids:
        row_or_fail(session, TopicRow, topic_id, topic)
    for person_id in plan.owner_ids:
        row_or_fail(
            session, ParticipantRow, person_id, QT_TRANSLATE_NOOP("cafedesk", "participant")
        )
    row = session.get(ActionPlanRow, plan.id)
    if row is None:
        row = ActionPlanRow(id=plan.id)
        session.add(row)
    plan_to_row(plan, row)


def put_plan(ef: EventFile, plan: ActionPlan) -> Done[ActionPlan]:
    """Insert or update by id (undo and redo put back exact values)."""
    plan = clean_plan(plan)
    with ef.write() as session:
        _store(session, plan)
    return Done(plan, Changes.of(*PARTS, ids={plan.id}))


def new_plan(ef: EventFile, **values: Any) -> ActionPlan:
    """A plan with the next free id, at the end of the list (not stored yet)."""
    return dataclasses.replace(new_plans(ef, [ActionPlan(0, "")])[0], **values)


def add_plan(ef: EventFile, **values: Any) -> Done[ActionPlan]:
    return put_plan(ef, new_plan(ef, **values))


def delete_plan(ef: EventFile, plan_id: int) -> Done[Tombstone]:
    return bury_row(ef, "action_plan", plan_id, *PARTS)


def restore_plan(ef: EventFile, tomb: Tombstone) -> Done[None]:
    return revive_rows(ef, tomb, *PARTS)


def add_plans(ef: EventFile, plans: Sequence[ActionPlan]) -> Done[list[ActionPlan]]:
    """Several plans in one transaction (their ids already given, see ``new_plans``)."""
    stored = [clean_plan(plan) for plan in plans]
    with ef.write() as session:
        for plan in stored:
            _store(session, plan)
    return Done(stored, Changes.of(*PARTS, ids={p.id for p in stored}))


def delete_plans(ef: EventFile, plan_ids: Sequence[int]) -> Done[list[Tombstone]]:
    with ef.write() as session:
        tombs = [bury(session, "action_plan", {"id": pid}) for pid in plan_ids]
    return Done(tombs, Changes.of(*PARTS, ids=set(plan_ids)))


def restore_plans(ef: EventFile, tombs: Sequence[Tombstone]) -> Done[None]:
    with ef.write() as session:
        for tomb in tombs:
            revive(session, tomb)
    return Done(None, Changes.of(*PARTS))


def reorder_plans(ef: EventFile, ordered_ids: list[int]) -> Done[list[int]]:
    """Put the plans in this order; returns the order before."""
    with ef.write() as session:
        rows = {r.id: r for r in session.scalars(select(ActionPlanRow))}
        before = [r.id for r in sorted(rows.values(), key=lambda r: (r.position, r.id))]
        for position, plan_id in enumerate(ordered_ids):
            if plan_id in rows:
                rows[plan_id].position = position
    return Done(before, Changes.of(*PARTS, ids=set(ordered_ids)))


def new_plans(ef: EventFile, drafts: Sequence[ActionPlan]) -> list[ActionPlan]:
    """Ids and positions for drafts, following the plans already stored."""
    with ef.read() as session:
        first_id = next_value(session, ActionPlanRow.id)
        first_position = next_value(session, ActionPlanRow.position)
    return [
        dataclasses.replace(draft, id=first_id + i, position=first_position + i)
        for i, draft in enumerate(drafts)
    ]


# --- promoting what the event already wrote down ----------------------------------------
@dataclass(frozen=True)
class FollowUpCandidate:
    topic_id: int
    follow_up: FollowUp
    promoted: bool  # the plan already has this action for this topic


def _key(topic_id: int | None, action: str) -> tuple[int | None, str]:
    return topic_id, " ".join(action.split()).casefold()


def follow_up_candidates(ef: EventFile) -> list[FollowUpCandidate]:
    """Every follow-up action of the session reports, and whether it is in the plan already."""
    taken = {_key(p.topic_id, p.action) for p in list_plans(ef)}
    found = []
    for topic_id, report in sorted(list_reports(ef).items()):
        for item in report.follow_ups:
            if item.what.strip():
                found.append(FollowUpCandidate(topic_id, item, _key(topic_id, item.what) in taken))
    return found


def plans_from_follow_ups(
    ef: EventFile, chosen: Sequence[FollowUpCandidate], people: Iterable[Participant]
) -> list[ActionPlan]:
    """Action plans for follow-ups (not stored): owners matched to participants by name."""
    everyone = list(people)
    drafts = []
    for candidate in chosen:
        ids, others = split_owners(candidate.follow_up.who, everyone)
        drafts.append(
            ActionPlan(
                id=0,
                action=candidate.follow_up.what,
                topic_id=candidate.topic_id,
                owner_ids=ids,
                other_owners=others,
                due=candidate.follow_up.due,
            )
        )
    return new_plans(ef, drafts)


def callers(ef: EventFile) -> list[Caller]:
    with ef.read() as session:
        return [
            caller_from_row(r)
            for r in session.scalars(select(CafeCallerRow).order_by(CafeCallerRow.id))
        ]


def plans_from_callers(ef: EventFile) -> list[ActionPlan]:
    """One plan per caller whose next steps are written and who has no plan yet (not stored)."""
    planned = {p.caller_id for p in list_plans(ef) if p.caller_id is not None}
    drafts = []
    for caller in callers(ef):
        steps = [line.strip() for line in caller.next_steps.splitlines() if line.strip()]
        if caller.id in planned or not steps:
            continue
        drafts.append(
            ActionPlan(
                id=0,
                action=caller.question.strip() or steps[0],
                caller_id=caller.id,
                owner_ids=(caller.participant_id,),
                first_step=steps[0],
                help_needed=caller.help_needed,
            )
        )
    return new_plans(ef, drafts)
