"""Lower bounds on repeated encounters that no plan can beat (counting arguments).

Every round seats its people at the tables; however they are spread, a round
makes at least as many pairs as the most level spread allowed by the capacities.
A pair meeting k times counts k - 1 repeats, so over the whole plan

    repeat_pairs >= pairs formed - pairs that can meet at all,

and, since the pairs formed are shared among those pairs, some pair meets at least
``ceil(pairs formed / pairs that can meet)`` times.  Hosts never meet each other
in a planned round (each keeps their own table); rounds already held count as
they were.  The bounds hold for any plan that seats every required person who is
there (a plan that cannot is reported as such, and then no bound is stated).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cafedesk.planning.rotation import RotationProblem


@dataclass(frozen=True)
class RepeatBounds:
    repeat_pairs: int  # at least this many repeated encounters in all
    max_meetings: int  # some pair meets at least this many times


def least_pairs(people: int, capacities: list[int]) -> int:
    """Fewest pairs ``people`` can form at tables of these capacities (a level spread)."""
    sizes = [0] * len(capacities)
    for _ in range(min(people, sum(capacities))):
        t = min((t for t in range(len(sizes)) if sizes[t] < capacities[t]), key=sizes.__getitem__)
        sizes[t] += 1
    return sum(s * (s - 1) // 2 for s in sizes)


def lower_bounds(problem: RotationProblem) -> RepeatBounds:
    ids = list(dict.fromkeys(p.id for p in problem.people))
    known = set(ids)
    required = {p.id for p in problem.people if not p.optional}
    capacities = [max(0, t.capacity) for t in problem.tables]
    hosts = {t.host for t in problem.tables if t.host in known}
    fixed = problem.fixed_rounds[: max(problem.rounds, 0)]
    met: Counter[tuple[str, str]] = Counter()
    for seating in fixed:
        for members in seating.values():
            here = sorted({m for m in members if m in known})
            met.update(combinations(here, 2))
    formed = sum(met.values())
    for r in range(len(fixed), problem.rounds):
        gone = problem.absent.get(r, frozenset())
        formed += least_pairs(len(required - gone), capacities)
    apart_hosts = sum(1 for pair in combinations(sorted(hosts), 2) if not met[pair])
    can_meet = len(ids) * (len(ids) - 1) // 2 - (apart_hosts if problem.rounds > len(fixed) else 0)
    held_repeats = sum(k - 1 for k in met.values() if k > 1)
    held_worst = max(met.values(), default=0)
    if can_meet <= 0:
        return RepeatBounds(held_repeats, held_worst)
    worst = -(-formed // can_meet) if formed else 0
    return RepeatBounds(max(held_repeats, formed - can_meet), max(held_worst, worst))
