"""Simulated annealing over swaps within a round, for plans whose repeats cannot all go
(internal to :mod:`rotation_search`).

The tabu search brings most requests to zero repeats at once; when it stalls above
zero (more rounds than the group allows, uneven tables, no-shows half-way through),
its conflict-directed moves circle round the same few pairs.  Annealing over random
swaps of two single people at different tables of one round walks much further for
the same time, and the meeting costs (a third meeting of a pair far dearer than a
second) keep the worst case down first.  Hosts, keep-together pairs and whoever
sits out a round stay where they are, so every rule the start kept stays kept.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from cafedesk.planning.common import Deadline, ProgressCallback

if TYPE_CHECKING:
    from cafedesk.planning.rotation_search import State

CHECK_EVERY = 2048  # moves between looks at the clock
CYCLE_S = 2.5  # one cooling from hot to cold; later cycles start from the best plan
HOT, COLD = 0.6, 0.02  # temperatures as fractions of one repeat's cost


def anneal(
    state: State,
    deadline: Deadline,
    progress: ProgressCallback,
    cost: int,
    best_cost: int,
    best: list[list[int]],
    floor: int,
) -> tuple[int, list[list[int]]]:
    """Anneal from the current seating until the deadline or ``floor`` (a cost no plan can
    go below); return the best cost and seats."""
    from cafedesk.planning.rotation_search import W_REP, report

    free = state.free
    movable = [
        [
            p
            for p, u in state.unit_of[r].items()
            if state.pinned[r][p] < 0
            and len(state.units[r][u]) == 1
            and 0 <= state.seat[r][p] < state.T
        ]
        for r in free
    ]
    rounds = [i for i, people in enumerate(movable) if len(people) >= 2]
    if not rounds:
        return best_cost, best
    rng = state.rng
    rand, exp = rng.random, math.exp
    n, meet, static, more = state.n, state.meet, state.static, state.more
    visits, vw, is_host = state.visits, state.visit_w, state.is_host
    hot, cold = HOT * W_REP, COLD * W_REP
    cycle_start = deadline.elapsed()
    temp = hot
    moves = 0
    while True:
        moves += 1
        if moves % CHECK_EVERY == 0:
            if deadline.expired() or best_cost <= floor:
                break
            now = deadline.elapsed()
            left = max(1e-3, deadline.seconds - cycle_start)
            span = min(CYCLE_S, left)
            done = (now - cycle_start) / span
            if done >= 1.0:  # next cycle from the best plan so far
                _restore(state, best)
                cost = best_cost
                cycle_start, done = now, 0.0
                _, rep, grp = state.total()
                report(progress, deadline, rep, grp)
            temp = hot * (cold / hot) ** done
        ri = rounds[int(rand() * len(rounds))]
        people = movable[ri]
        p = people[int(rand() * len(people))]
        q = people[int(rand() * len(people))]
        r = free[ri]
        seat = state.seat[r]
        a, b = seat[p], seat[q]
        if a == b:
            continue
        members = state.members[r]
        bp, bq = p * n, q * n
        d = 0
        for x in members[a]:
            if x != p:
                d += static[bq + x] - static[bp + x] + more[meet[bq + x]] - more[meet[bp + x] - 1]
        for y in members[b]:
            if y != q:
                d += static[bp + y] - static[bq + y] + more[meet[bp + y]] - more[meet[bq + y] - 1]
        if vw:
            if not is_host[p]:
                d += (vw if visits[p][b] else 0) - (vw if visits[p][a] > 1 else 0)
            if not is_host[q]:
                d += (vw if visits[q][a] else 0) - (vw if visits[q][b] > 1 else 0)
        if d > 0 and rand() >= exp(-d / temp):
            continue
        state.move(r, (p,), b)
        state.move(r, (q,), a)
        cost += d
        if cost < best_cost:
            best_cost = cost
            best = [list(state.seat[r2]) for r2 in free]
    _restore(state, best)
    return best_cost, best


def _restore(state: State, best: list[list[int]]) -> None:
    from cafedesk.planning.rotation_tabu import _restore as restore

    restore(state, best)
