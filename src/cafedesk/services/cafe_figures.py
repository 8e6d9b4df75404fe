"""Live figures of a seating: who meets whom again, table sizes, group mix, rule conflicts.

Pure functions over a ``CafeContext``: the Seating page recomputes them after
every move, and the move dialog asks what a move would do before it is made.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import combinations

from cafedesk.domain.cafe import SeatingPlan
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.services.cafe_plan import CafeContext, figures


class Conflict(StrEnum):
    OVER = "over"
    HOST_AWAY = "host_away"
    APART = "apart"
    TOGETHER = "together"
    REPEAT = "repeat"
    REVISIT = "revisit"
    ABSENT_SEATED = "absent_seated"


CONFLICT_LABELS: dict[Conflict, str] = {
    Conflict.OVER: QT_TRANSLATE_NOOP("cafedesk", "more people than seats"),
    Conflict.HOST_AWAY: QT_TRANSLATE_NOOP("cafedesk", "the host sits elsewhere"),
    Conflict.APART: QT_TRANSLATE_NOOP("cafedesk", "people to keep apart share the table"),
    Conflict.TOGETHER: QT_TRANSLATE_NOOP("cafedesk", "someone to keep together sits elsewhere"),
    Conflict.REPEAT: QT_TRANSLATE_NOOP("cafedesk", "people who met in another round"),
    Conflict.REVISIT: QT_TRANSLATE_NOOP("cafedesk", "a traveller back at a table"),
    Conflict.ABSENT_SEATED: QT_TRANSLATE_NOOP("cafedesk", "someone absent has a seat"),
}

Cell = tuple[int, int]  # round id, table id


@dataclass(frozen=True)
class SeatingFigures:
    totals: dict[str, int]
    repeats_by_person: dict[int, int]  # people met in more than one round
    sizes: dict[Cell, int]
    groups: dict[Cell, int]  # distinct stakeholder groups at the table
    conflicts: dict[Cell, frozenset[Conflict]] = field(default_factory=dict)
    unseated: dict[int, tuple[int, ...]] = field(default_factory=dict)  # round id -> people


def meetings(plan: SeatingPlan) -> Counter[tuple[int, int]]:
    met: Counter[tuple[int, int]] = Counter()
    for by_table in plan.seats.values():
        for people in by_table.values():
            for a, b in combinations(sorted(set(people)), 2):
                met[(a, b)] += 1
    return met


def seating_figures(context: CafeContext, plan: SeatingPlan | None = None) -> SeatingFigures:
    cafe = context.cafe
    plan = cafe.plan if plan is None else plan
    group = {p.id: p.group.casefold() for p in context.people}
    seats = {t.id: t.seats for t in cafe.tables}
    hosts = cafe.hosts()
    host_ids = set(hosts.values())
    met = meetings(plan)
    repeats: Counter[int] = Counter()
    for (a, b), n in met.items():
        if n > 1:
            repeats[a] += 1
            repeats[b] += 1
    apart = {frozenset((r.a_id, r.b_id)) for r in cafe.rules if not r.together}
    together = [(r.a_id, r.b_id) for r in cafe.rules if r.together]
    visits: Counter[tuple[int, int]] = Counter()
    for by_table in plan.seats.values():
        for table_id, members in by_table.items():
            for p in members:
                if p not in host_ids:
                    visits[(p, table_id)] += 1
    sizes: dict[Cell, int] = {}
    groups: dict[Cell, int] = {}
    conflicts: dict[Cell, frozenset[Conflict]] = {}
    unseated: dict[int, tuple[int, ...]] = {}
    seated_ids = [p.id for p in context.seated_people()]
    for r in cafe.rounds:
        by_table = plan.seats.get(r.id, {})
        gone = plan.absent.get(r.id, frozenset())
        where = {p: t for t, people in by_table.items() for p in people}
        unseated[r.id] = tuple(p for p in seated_ids if p not in where and p not in gone)
        for t in cafe.tables:
            people = by_table.get(t.id, ())
            cell = (r.id, t.id)
            sizes[cell] = len(people)
            groups[cell] = len({group.get(p, "") for p in people if group.get(p)})
            found: set[Conflict] = set()
            if len(people) > seats[t.id]:
                found.add(Conflict.OVER)
            host = hosts.get(t.id)
            if host is not None and host not in gone and where.get(host, t.id) != t.id:
                found.add(Conflict.HOST_AWAY)
            pairs = list(combinations(sorted(people), 2))
            if any(frozenset(pair) in apart for pair in pairs):
                found.add(Conflict.APART)
            if any(met[pair] > 1 for pair in pairs):
                found.add(Conflict.REPEAT)
            for a, b in together:
                if (a in people) != (b in people) and a in where and b in where:
                    found.add(Conflict.TOGETHER)
            if context.pro_action and any(visits[(p, t.id)] > 1 for p in people):
                found.add(Conflict.REVISIT)
            if any(p in gone for p in people):
                found.add(Conflict.ABSENT_SEATED)
            if found:
                conflicts[cell] = frozenset(found)
    return SeatingFigures(
        totals=figures(context, plan),
        repeats_by_person=dict(repeats),
        sizes=sizes,
        groups=groups,
        conflicts=conflicts,
        unseated=unseated,
    )


def repeats_if_moved(plan: SeatingPlan, round_id: int, participant_id: int, table_id: int) -> int:
    """How many people at ``table_id`` this person would meet in another round too."""
    others: Counter[int] = Counter()
    for r, by_table in plan.seats.items():
        if r == round_id:
            continue
        for people in by_table.values():
            if participant_id in people:
                others.update(p for p in people if p != participant_id)
    target = plan.seats.get(round_id, {}).get(table_id, ())
    return sum(1 for p in target if p != participant_id and others[p] > 0)


def moved(
    plan: SeatingPlan, round_id: int, participant_id: int, table_id: int | None
) -> SeatingPlan:
    """The plan with one person at another table in one round (None: unseated)."""
    seats = {r: dict(by_table) for r, by_table in plan.seats.items()}
    by_table = {
        t: tuple(p for p in people if p != participant_id)
        for t, people in seats.get(round_id, {}).items()
    }
    if table_id is not None:
        by_table[table_id] = (*by_table.get(table_id, ()), participant_id)
    seats[round_id] = by_table
    return SeatingPlan(seats, plan.absent)
