"""Seating rotation: plan with the solver, accept as one step, move people by hand."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from sqlalchemy import delete, select

from cafedesk.domain.cafe import CafeSnapshot, SeatingPlan
from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import Method, Participant
from cafedesk.planning.common import SolverProgress
from cafedesk.planning.rotation import (
    RotationIssue,
    RotationPerson,
    RotationProblem,
    RotationTable,
    render_issue,
    score,
    solve_rotation,
)
from cafedesk.services.base import Done, row_or_fail
from cafedesk.services.cafe import read_cafe
from cafedesk.store.eventfile import EventFile
from cafedesk.store.mapping import event_from_row, participant_from_row
from cafedesk.store.rows import EventRow, ParticipantRow
from cafedesk.store.rows_cafe import CafeAbsenceRow, CafeRoundRow, CafeSeatRow, CafeTableRow

Report = Callable[[float, str], None]
Cancelled = Callable[[], bool]
_T = QT_TRANSLATE_NOOP
NOT_SEATED = "facilitator"  # people with this role run the café instead of sitting in it


@dataclass(frozen=True)
class CafeContext:
    """What planning, figures and paper read at once: method, people, café."""

    method: Method
    people: tuple[Participant, ...]
    cafe: CafeSnapshot

    @property
    def pro_action(self) -> bool:
        return self.method is Method.PRO_ACTION_CAFE

    def seated_people(self) -> tuple[Participant, ...]:
        hosts = set(self.cafe.hosts().values())
        return tuple(p for p in self.people if NOT_SEATED not in p.roles or p.id in hosts)


@dataclass(frozen=True)
class PlanProposal:
    plan: SeatingPlan
    before: Mapping[str, int]  # figures of the stored seating (empty when there is none)
    after: Mapping[str, int]
    issues: tuple[str, ...]  # sentences, already translated
    from_round: int
    seconds: float
    # What no plan can beat, by counting: repeat_pairs and max_meetings.
    floors: Mapping[str, int] = field(default_factory=dict)


def read_context(ef: EventFile) -> CafeContext:
    with ef.read() as session:
        row = session.get(EventRow, 1)
        method = event_from_row(row).method if row else Method.WORLD_CAFE
        people = tuple(
            participant_from_row(r)
            for r in session.scalars(select(ParticipantRow).order_by(ParticipantRow.name))
        )
        return CafeContext(method, people, read_cafe(session))


def build_problem(
    context: CafeContext, plan: SeatingPlan | None = None, from_round: int = 1
) -> RotationProblem:
    """The solver's view: ids as strings, rounds by index; rounds before ``from_round`` fixed."""
    cafe = context.cafe
    plan = cafe.plan if plan is None else plan
    hosts = cafe.hosts()
    rounds = cafe.rounds
    absent = {
        i: frozenset(str(p) for p in plan.absent.get(r.id, ()))
        for i, r in enumerate(rounds)
        if plan.absent.get(r.id)
    }
    fixed = tuple(
        _solver_round(plan.seats.get(r.id, {}), plan.absent.get(r.id, frozenset()))
        for r in rounds[: max(0, from_round - 1)]
    )
    return RotationProblem(
        people=tuple(
            RotationPerson(str(p.id), p.group.casefold() or None) for p in context.seated_people()
        ),
        tables=tuple(
            RotationTable(str(t.id), t.seats, str(hosts[t.id]) if t.id in hosts else None)
            for t in cafe.tables
        ),
        rounds=len(rounds),
        distinct_tables=context.pro_action,
        keep_apart=tuple((str(r.a_id), str(r.b_id)) for r in cafe.rules if not r.together),
        keep_together=tuple((str(r.a_id), str(r.b_id)) for r in cafe.rules if r.together),
        fixed_rounds=fixed,
        absent=absent,
    )


def _solver_round(
    seats: Mapping[int, tuple[int, ...]], gone: frozenset[int]
) -> dict[str, tuple[str, ...]]:
    return {str(t): tuple(str(p) for p in people if p not in gone) for t, people in seats.items()}


def solver_rounds(
    context: CafeContext, plan: SeatingPlan
) -> tuple[dict[str, tuple[str, ...]], ...]:
    return tuple(_solver_round(plan.seats.get(r.id, {}), frozenset()) for r in context.cafe.rounds)


def figures(context: CafeContext, plan: SeatingPlan | None = None) -> dict[str, int]:
    plan = context.cafe.plan if plan is None else plan
    return score(build_problem(context, plan), solver_rounds(context, plan))


def has_seating(plan: SeatingPlan) -> bool:
    return any(any(by_table.values()) for by_table in plan.seats.values())


def plan_rotation(
    ef: EventFile,
    *,
    from_round: int = 1,
    absent: Mapping[int, frozenset[int]] | None = None,
    time_limit: float = 2.0,
    progress: Report | None = None,
    cancelled: Cancelled | None = None,
    translate: Translate = identity,
    seed: int = 0,
) -> PlanProposal:
    """Propose a seating; nothing is stored until ``apply_seating``.

    ``from_round`` (1-based) keeps earlier rounds as they are stored; ``absent``
    (round id -> people) replaces the stored absences, e.g. no-shows from the
    re-plan round on, late arrivals before it.
    """
    context = read_context(ef)
    cafe = context.cafe
    if not cafe.rounds or not cafe.tables:
        raise ValidationError(_T("cafedesk", "Add tables and rounds before planning a seating."))
    stored = cafe.plan
    wanted = SeatingPlan(stored.seats, cafe.plan.absent if absent is None else absent)
    problem = build_problem(context, wanted, from_round)

    def on_progress(report: SolverProgress) -> None:
        if progress is not None:
            repeats = report.best.get("repeat_pairs")
            text = (
                ""
                if repeats is None
                else translate(_T("cafedesk", "Best so far: {count} repeated encounters")).format(
                    count=repeats
                )
            )
            progress(report.fraction, text)

    result = solve_rotation(
        problem,
        time_limit=time_limit,
        progress=on_progress,
        should_stop=cancelled or (lambda: False),
        seed=seed,
    )
    seats: dict[int, dict[int, tuple[int, ...]]] = {}
    hosts = cafe.hosts()
    for r, by_table in zip(cafe.rounds, result.rounds, strict=False):
        seats[r.id] = {}
        for t, people in by_table.items():
            ids = sorted((int(p) for p in people), key=lambda p: (p != hosts.get(int(t)), p))
            seats[r.id][int(t)] = tuple(ids)
    proposal = SeatingPlan(seats, {r: frozenset(p) for r, p in wanted.absent.items() if p})
    names = {str(p.id): p.name for p in context.people}
    tables = {str(t.id): str(t.number) for t in cafe.tables}
    issues = tuple(
        render_issue(_named(issue, names, tables), translate) for issue in result.problems
    )
    return PlanProposal(
        plan=proposal,
        before=figures(context, stored) if has_seating(stored) else {},
        after=score(build_problem(context, proposal), solver_rounds(context, proposal)),
        issues=issues,
        from_round=from_round,
        seconds=result.final_s,
        floors={"repeat_pairs": result.repeat_bound, "max_meetings": result.max_meetings_bound},
    )


def _named(
    issue: RotationIssue, names: Mapping[str, str], tables: Mapping[str, str]
) -> RotationIssue:
    """The solver speaks of ids; the facilitator reads names and table numbers."""

    def value(key: str, v: str | int) -> str | int:
        lookup = names if key in ("id", "a", "b") else tables if key == "table" else {}
        return lookup.get(str(v), v)

    return replace(issue, params=tuple((k, value(k, v)) for k, v in issue.params))


def apply_seating(ef: EventFile, plan: SeatingPlan) -> Done[SeatingPlan]:
    """Store ``plan`` in one transaction; the value is the previous plan, for undo."""
    with ef.write() as session:
        previous = read_cafe(session).plan
        rounds = set(session.scalars(select(CafeRoundRow.id)))
        tables = set(session.scalars(select(CafeTableRow.id)))
        people = set(session.scalars(select(ParticipantRow.id)))
        session.execute(delete(CafeSeatRow))
        session.execute(delete(CafeAbsenceRow))
        for round_id, by_table in plan.seats.items():
            seen: set[int] = set()
            for table_id, ids in by_table.items():
                for pid in ids:
                    # Skips what was deleted since the plan was made, and double seats.
                    if round_id in rounds and table_id in tables and pid in people - seen:
                        seen.add(pid)
                        session.add(
                            CafeSeatRow(round_id=round_id, participant_id=pid, table_id=table_id)
                        )
        for round_id, gone in plan.absent.items():
            for pid in gone:
                if round_id in rounds and pid in people:
                    session.add(CafeAbsenceRow(round_id=round_id, participant_id=pid))
    return Done(previous, Changes.of(Part.CAFE))


def clear_seating(ef: EventFile) -> Done[SeatingPlan]:
    return apply_seating(ef, SeatingPlan())


def move_person(
    ef: EventFile, round_id: int, participant_id: int, table_id: int | None
) -> Done[int | None]:
    """Seat a person at another table in one round (None: no seat); returns the old table."""
    with ef.write() as session:
        row_or_fail(session, CafeRoundRow, round_id, _T("cafedesk", "round"))
        row_or_fail(session, ParticipantRow, participant_id, _T("cafedesk", "participant"))
        seat = session.get(CafeSeatRow, (round_id, participant_id))
        previous = seat.table_id if seat else None
        if table_id is None:
            if seat is not None:
                session.delete(seat)
        else:
            row_or_fail(session, CafeTableRow, table_id, _T("cafedesk", "table"))
            if seat is None:
                session.add(
                    CafeSeatRow(round_id=round_id, participant_id=participant_id, table_id=table_id)
                )
            else:
                seat.table_id = table_id
    return Done(previous, Changes.of(Part.CAFE, ids={participant_id}))


def seats_of(
    plan: SeatingPlan, participant_id: int, round_ids: tuple[int, ...]
) -> list[int | None]:
    """The table of one person in every round (None where not seated)."""
    return [plan.table_of(r, participant_id) for r in round_ids]
