"""The tabu search loop over a :class:`rotation_search.State` (internal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cafedesk.planning.common import Deadline, ProgressCallback

if TYPE_CHECKING:
    from cafedesk.planning.rotation_search import State

REPORT_EVERY_S = 0.2


def _in_conflict(state: State, r: int, p: int) -> int:
    """How much trouble p has at its table in round r: 2 = a rule or repeat, 1 = its group."""
    t = state.seat[r][p]
    if t == state.T:
        return 0 if state.optional[p] else 2
    n, meet, static = state.n, state.meet, state.static
    base = p * n
    level = 0
    for q in state.members[r][t]:
        if q != p:
            if meet[base + q] > 1 or static[base + q] > 1:
                return 2
            if static[base + q]:
                level = 1
    if state.visit_w and not state.is_host[p] and state.visits[p][t] > 1:
        return 2
    size = len(state.members[r][t])
    return 2 if state.size_pen(r, t, size) > 0 else level


def tabu(state: State, deadline: Deadline, progress: ProgressCallback) -> float | None:
    """Improve the state in place until the deadline; leave the best seating in it."""
    from cafedesk.planning.rotation_search import W_REP, report

    rng = state.rng
    free = state.free
    if not free:
        return None
    benched = any(state.lo[r][state.T] for r in free)
    floor = -1 if benched else state.group_bound()  # stop early: provably best
    cost, rep, grp = state.total()
    best_cost = cost
    best = [list(state.seat[r]) for r in free]
    first_zero = deadline.elapsed() if cost < W_REP else None
    report(progress, deadline, rep, grp)
    last_report = deadline.elapsed()
    tabu_until: dict[tuple[int, int, int], int] = {}
    movable = [[p for p in state.unit_of[r] if state.pinned[r][p] < 0] for r in free]
    if not any(movable):
        return first_zero
    it = 0
    T = state.T
    stall = 0
    stall_limit = 300 + 10 * state.n
    while cost > floor:
        it += 1
        stall += 1
        if stall > stall_limit:  # stuck: back to the best, shaken by a few random swaps
            _restore(state, best)
            cost = best_cost + _shake(state, movable, 2 + rng.randrange(4))
            stall = 0
        if deadline.expired():
            break
        # Pick a person in conflict: a few random draws, else anyone (a random walk).
        # Repeats and rules first: they outweigh any amount of group mixing.
        pick, level = (0, -1), -1
        for _ in range(24):
            ri = rng.randrange(len(free))
            if movable[ri]:
                p = rng.choice(movable[ri])
                found = _in_conflict(state, free[ri], p)
                if found > level:
                    pick, level = (ri, p), found
                    if found == 2:
                        break
        ri, p = pick
        if level < 0:
            continue
        r = free[ri]
        if not movable[ri]:
            continue
        units, unit_of, seat = state.units[r], state.unit_of[r], state.seat[r]
        u = units[unit_of[p]]
        a = seat[p]
        ku = len(u)
        members = state.members[r]
        cands: list[tuple[int, tuple[int, ...], int]] = []
        best_d = None
        tables = range(T + 1) if state.hi[r][T] else range(T)
        for b in tables:
            if b == a:
                continue
            mem_b = members[b]
            nb = len(mem_b)
            na = len(members[a])
            # Moves that would break a table-size rule are never worth their W_HARD.
            if nb + ku <= state.cap[b] and not (
                state.size_pen(r, a, na - ku) > state.size_pen(r, a, na)
                or state.size_pen(r, b, nb + ku) > state.size_pen(r, b, nb)
            ):
                d = state.delta(r, u, a, (), b)
                if best_d is None or d <= best_d:
                    aspire = cost + d < best_cost
                    if aspire or all(tabu_until.get((r, x, b), 0) < it for x in u):
                        if best_d is None or d < best_d:
                            best_d, cands = d, []
                        cands.append((d, (), b))
            seen: set[int] = set()
            for q in mem_b:
                vi = unit_of[q]
                if vi in seen or state.pinned[r][q] >= 0:
                    continue
                seen.add(vi)
                v = units[vi]
                if len(v) != ku and (
                    nb - len(v) + ku > state.cap[b] or len(members[a]) - ku + len(v) > state.cap[a]
                ):
                    continue
                d = state.delta(r, u, a, v, b)
                if best_d is not None and d > best_d:
                    continue
                if not (
                    cost + d < best_cost
                    or (
                        all(tabu_until.get((r, x, b), 0) < it for x in u)
                        and all(tabu_until.get((r, y, a), 0) < it for y in v)
                    )
                ):
                    continue
                if best_d is None or d < best_d:
                    best_d, cands = d, []
                cands.append((d, v, b))
        if best_d is None:
            continue
        d, v, b = cands[rng.randrange(len(cands))]
        tenure = 4 + rng.randrange(8)
        for x in u:
            tabu_until[(r, x, a)] = it + tenure
        for y in v:
            tabu_until[(r, y, b)] = it + tenure
        state.move(r, u, b)
        if v:
            state.move(r, v, a)
        cost += d
        if cost < best_cost:
            stall = 0
            best_cost = cost
            best = [list(state.seat[r2]) for r2 in free]
            if first_zero is None and cost < W_REP:
                first_zero = deadline.elapsed()
            now = deadline.elapsed()
            if now - last_report > 0.05:
                _, rep, grp = state.total()
                report(progress, deadline, rep, grp)
                last_report = now
        if deadline.elapsed() - last_report > REPORT_EVERY_S:
            _, rep, grp = state.total()
            report(progress, deadline, rep, grp)
            last_report = deadline.elapsed()
    _restore(state, best)
    _, rep, grp = state.total()
    report(progress, deadline, rep, grp)
    return first_zero


def _restore(state: State, best: list[list[int]]) -> None:
    for r, seats in zip(state.free, best, strict=True):
        for p, t in enumerate(seats):
            if state.seat[r][p] != t and state.seat[r][p] >= 0:
                state._remove(r, p)
        for p, t in enumerate(seats):
            if t >= 0 and state.seat[r][p] < 0:
                state._add(r, p, t)


def _shake(state: State, movable: list[list[int]], swaps: int) -> int:
    """Swap a few random single people of equal unit size; return the cost change."""
    rng, change = state.rng, 0
    for _ in range(swaps):
        ri = rng.randrange(len(state.free))
        r = state.free[ri]
        if len(movable[ri]) < 2:
            continue
        p, q = rng.sample(movable[ri], 2)
        units, unit_of, seat = state.units[r], state.unit_of[r], state.seat[r]
        u, v = units[unit_of[p]], units[unit_of[q]]
        a, b = seat[p], seat[q]
        if a == b or len(u) != len(v):
            continue
        change += state.delta(r, u, a, v, b)
        state.move(r, u, b)
        state.move(r, v, a)
    return change
