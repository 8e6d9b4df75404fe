"""Vote and action plan rows to domain values and back."""

from __future__ import annotations

from cafedesk.domain.convergence import ActionPlan
from cafedesk.store.rows_convergence import ActionOwnerRow, ActionPlanRow, ActionRelatedRow


def plan_from_row(row: ActionPlanRow) -> ActionPlan:
    return ActionPlan(
        id=row.id,
        action=row.action,
        topic_id=row.topic_id,
        caller_id=row.caller_id,
        owner_ids=tuple(o.participant_id for o in row.owners),
        other_owners=tuple(str(name) for name in row.other_owners or ()),
        first_step=row.first_step,
        due=row.due,
        help_needed=row.help_needed,
        related_topic_ids=tuple(r.topic_id for r in row.related),
        position=row.position,
    )


def plan_to_row(plan: ActionPlan, row: ActionPlanRow) -> None:
    row.action = plan.action
    row.topic_id = plan.topic_id
    row.caller_id = plan.caller_id
    row.other_owners = list(plan.other_owners)
    row.first_step = plan.first_step
    row.due = plan.due
    row.help_needed = plan.help_needed
    row.position = plan.position
    row.owners = [
        ActionOwnerRow(plan_id=plan.id, participant_id=pid, position=i)
        for i, pid in enumerate(dict.fromkeys(plan.owner_ids))
    ]
    row.related = [
        ActionRelatedRow(plan_id=plan.id, topic_id=tid, position=i)
        for i, tid in enumerate(dict.fromkeys(plan.related_topic_ids))
    ]
