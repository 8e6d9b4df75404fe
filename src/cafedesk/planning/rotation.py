"""Café table rotation: who sits at which table in each round.

Public API::

    RotationPerson(id, group=None, optional=False)
    RotationTable(id, capacity, host=None)          # the host stays every round
    RotationProblem(people, tables, rounds, exact_table_size=False,
                    distinct_tables=False,          # Pro Action Café: never the same table twice
                    keep_apart=(), keep_together=(),
                    fixed_rounds=(),                # past rounds, kept as they are
                    absent={})                      # round index -> ids not there
    Seating = tuple[Mapping[str, tuple[str, ...]], ...]   # per round: table id -> people
    RotationResult(rounds, repeat_pairs, same_group_pairs, max_meetings, size_spread,
                   first_zero_s, final_s, problems,
                   repeat_bound, max_meetings_bound)  # what no plan can beat
    solve_rotation(problem, *, time_limit=2.0, progress=..., should_stop=..., seed=0)
    check_feasibility(problem) -> tuple[RotationIssue, ...]
    score(problem, rounds) -> dict[str, int]
    RotationIssue(code, params, ids); render_issue(issue, translate=identity) -> str

Goals, most important first: hard rules (capacity, hosts stay, keep-apart,
keep-together, in Pro Action Café no traveller back at a table, table sizes
within one of each other or exactly full), then no repeated encounters
(``repeat_pairs``), then mixed stakeholder groups (``same_group_pairs``).

Exact-fit requests without hosts, groups or other rules are first tried with
combinatorial constructions (affine planes, 1-rotational designs, packings of
PG(3,q), Hermitian unitals, cosets of partial spreads of GF(2)^d and their lift to
pairs of partners who never meet, a Latin square for 6 x 6: ``designs*`` modules); everything
else, and whatever the constructions miss, goes to a greedy start and a tabu
search over swaps and moves within a round (:mod:`rotation_search`); when repeats
cannot all go and the tabu search stalls, annealing over swaps takes over
(:mod:`rotation_anneal`).  A pair's third meeting weighs far more than a second one:
facilitators judge a plan by its worst pair first, then by the repeats in all.
``solve_rotation`` never raises for a well-formed request: what cannot be
done is reported in ``problems`` and the best plan found is returned.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import combinations

from cafedesk.planning.common import (
    Deadline,
    ProgressCallback,
    StopRequested,
    ignore_progress,
    never_stop,
)
from cafedesk.planning.rotation_bounds import RepeatBounds, lower_bounds
from cafedesk.planning.rotation_issues import RotationIssue, check_feasibility, render_issue

__all__ = [
    "RotationIssue",
    "RotationPerson",
    "RotationProblem",
    "RotationResult",
    "RotationTable",
    "Seating",
    "check_feasibility",
    "render_issue",
    "score",
    "solve_rotation",
]


@dataclass(frozen=True)
class RotationPerson:
    id: str
    group: str | None = None
    optional: bool = False  # may sit out a round when seats are short


@dataclass(frozen=True)
class RotationTable:
    id: str
    capacity: int
    host: str | None = None


@dataclass(frozen=True)
class RotationProblem:
    people: tuple[RotationPerson, ...]
    tables: tuple[RotationTable, ...]
    rounds: int
    exact_table_size: bool = False
    distinct_tables: bool = False
    keep_apart: tuple[tuple[str, str], ...] = ()
    keep_together: tuple[tuple[str, str], ...] = ()
    fixed_rounds: tuple[Mapping[str, tuple[str, ...]], ...] = ()
    absent: Mapping[int, frozenset[str]] = field(default_factory=dict)


Seating = tuple[Mapping[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class RotationResult:
    rounds: Seating
    repeat_pairs: int
    same_group_pairs: int
    max_meetings: int
    size_spread: int
    first_zero_s: float | None  # when the first plan without repeats was found
    final_s: float
    problems: tuple[RotationIssue, ...]
    # No plan can do better than these (counting, :mod:`rotation_bounds`).
    repeat_bound: int = 0
    max_meetings_bound: int = 0


def score(problem: RotationProblem, rounds: Seating) -> dict[str, int]:
    """Recount a plan from scratch (the solver's own bookkeeping is not trusted here).

    Keys: repeat_pairs, pairs_meeting_twice_or_more, max_meetings, same_group_pairs,
    size_spread (largest difference between two tables of one round), apart_violations,
    together_violations, table_revisits (travellers back at a table), unseated
    (required people present but not seated), over_capacity, hosts_missing.
    """
    group = {p.id: p.group for p in problem.people}
    optional = {p.id for p in problem.people if p.optional}
    hosts = {t.host for t in problem.tables if t.host}
    cap = {t.id: t.capacity for t in problem.tables}
    meet: Counter[tuple[str, str]] = Counter()
    visits: Counter[tuple[str, str]] = Counter()
    same = spread = over = hosts_missing = unseated = apart = together = 0
    apart_pairs = {frozenset(p) for p in problem.keep_apart}
    for r, seating in enumerate(rounds):
        where: dict[str, str] = {}
        sizes = []
        for tid, members in seating.items():
            sizes.append(len(members))
            over += max(0, len(members) - cap.get(tid, 0))
            for a, b in combinations(sorted(set(members)), 2):
                meet[(a, b)] += 1
                if group.get(a) is not None and group.get(a) == group.get(b):
                    same += 1
                if frozenset((a, b)) in apart_pairs:
                    apart += 1
            for m in members:
                where[m] = tid
                if m not in hosts:
                    visits[(m, tid)] += 1
        if sizes:
            spread = max(spread, max(sizes) - min(sizes))
        gone = problem.absent.get(r, frozenset())
        for t in problem.tables:
            if t.host and t.host not in gone and t.id in seating and t.host not in seating[t.id]:
                hosts_missing += 1
        for p in problem.people:
            if p.id not in where and p.id not in gone and p.id not in optional:
                unseated += 1
        for a, b in problem.keep_together:
            if a in where and b in where and where[a] != where[b]:
                together += 1
    return {
        "repeat_pairs": sum(v - 1 for v in meet.values() if v > 1),
        "pairs_meeting_twice_or_more": sum(1 for v in meet.values() if v > 1),
        "max_meetings": max(meet.values(), default=0),
        "same_group_pairs": same,
        "size_spread": spread,
        "apart_violations": apart,
        "together_violations": together,
        "table_revisits": sum(v - 1 for v in visits.values() if v > 1),
        "unseated": unseated,
        "over_capacity": over,
        "hosts_missing": hosts_missing,
    }


def solve_rotation(
    problem: RotationProblem,
    *,
    time_limit: float = 2.0,
    progress: ProgressCallback = ignore_progress,
    should_stop: StopRequested = never_stop,
    seed: int = 0,
) -> RotationResult:
    """Plan every round not fixed yet; return the best plan found within the time limit."""
    from cafedesk.planning.rotation_search import search  # import cycle: search uses our types

    # Keep a little of the limit for scoring and handing back the plan.
    deadline = Deadline(max(0.0, time_limit - min(0.015, 0.1 * time_limit)), should_stop)
    issues = list(check_feasibility(problem))
    bounds = lower_bounds(problem)
    rounds, first_zero = search(problem, deadline, progress, seed, bounds)
    figures = score(problem, rounds)
    issues.extend(_outcome_issues(problem, figures, issues))
    if figures["unseated"]:  # the bounds assume everyone there has a seat
        bounds = RepeatBounds(0, 0)
    return RotationResult(
        rounds=rounds,
        repeat_pairs=figures["repeat_pairs"],
        same_group_pairs=figures["same_group_pairs"],
        max_meetings=figures["max_meetings"],
        size_spread=figures["size_spread"],
        first_zero_s=first_zero,
        final_s=deadline.elapsed(),
        problems=tuple(issues),
        repeat_bound=bounds.repeat_pairs,
        max_meetings_bound=bounds.max_meetings,
    )


def _outcome_issues(
    problem: RotationProblem, figures: Mapping[str, int], known: list[RotationIssue]
) -> list[RotationIssue]:
    """What the plan still gets wrong, in the facilitator's terms."""
    out = []
    if figures["repeat_pairs"]:
        out.append(RotationIssue("repeats_remain", (("pairs", figures["repeat_pairs"]),)))
    for key, code in (
        ("apart_violations", "apart_broken"),
        ("together_violations", "together_broken"),
        ("unseated", "people_unseated"),
    ):
        if figures[key]:
            out.append(RotationIssue(code, (("count", figures[key]),)))
    if problem.distinct_tables and figures["table_revisits"]:
        out.append(RotationIssue("tables_revisited", (("count", figures["table_revisits"]),)))
    return out


def render(issue: RotationIssue) -> str:
    """English sentence for an issue (shortcut for ``render_issue`` without translation)."""
    return render_issue(issue)
