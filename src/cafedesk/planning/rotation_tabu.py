"""The tabu search loop over a :class:`rotation_search.State` (internal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cafedesk.planning.common import Deadline, ProgressCallback

if TYPE_CHECKING:
    from cafedesk.planning.rotation_search import State

REPORT_EVERY_S = 0.2
# Annealing takes over from a plan with repeats once the tabu search has had this share of
# the time limit and found nothing better for STALE_SHARE of it.
TABU_SHARE, STALE_SHARE = 0.1, 0.1
RULE = 1 << 20  # conflict level of a broken rule or a repeat: above any group count


def _in_conflict(state: State, r: int, p: int) -> int:
    """How much trouble p has at its table in round r: RULE for a broken rule or a repeat,
    else the number of tablemates from p's own group."""
    t = state.seat[r][p]
    if t == state.T:
        return 0 if state.optional[p] else RULE
    n, meet, static = state.n, state.meet, state.static
    base = p * n
    level = 0
    for q in state.members[r][t]:
        if q != p:
            if meet[base + q] > 1 or static[base + q] > 1:
                return RULE
            level += static[base + q]
    if state.visit_w and not state.is_host[p] and state.visits[p][t] > 1:
        return RULE
    size = len(state.members[r][t])
    return RULE if state.size_pen(r, t, size) > 0 else level


def tabu(
    state: State, deadline: Deadline, progress: ProgressCallback, repeat_floor: int = 0
) -> float | None:
    """Improve the state in place until the deadline; leave the best seating in it."""
    from cafedesk.planning.rotation_search import W_HARD, W_REP, report

    rng = state.rng
    free = state.free
    if not free:
        return None
    benched = any(state.lo[r][state.T] for r in free)
    floor = -1 if benched else state.group_bound()  # stop early: provably best
    floor += repeat_floor
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
    # Rounds of single people without a bench take the fast neighbourhood.
    single = [not state.hi[r][state.T] and all(len(x) == 1 for x in state.units[r]) for r in free]
    rand, n_free = rng.random, len(free)
    stall = 0
    stall_limit = 100 + 2 * state.n  # short walks from the best: small cafés have little time
    anneal_after = TABU_SHARE * deadline.seconds
    stale_after, improved_at = STALE_SHARE * deadline.seconds, 0.0
    while cost > floor:
        it += 1
        stall += 1
        if stall > stall_limit:  # stuck: back to the best, shaken by a few random swaps
            _restore(state, best)
            if best_cost >= W_HARD:
                # A rule still broken may need a move no swap reaches (a pair of people for
                # two singles at a full table): seat one round afresh instead.
                _reseat(state, free[rng.randrange(n_free)])
                cost = state.total()[0]
            else:
                cost = best_cost + _shake(state, movable, 2 + rng.randrange(4))
            stall = 0
        if deadline.expired() or (
            best_cost >= W_REP
            and deadline.elapsed() > anneal_after
            and deadline.elapsed() - improved_at > stale_after
        ):
            break
        # Pick a person in conflict: the worst of a few random draws, else anyone (a random
        # walk).  Repeats and rules first: they outweigh any amount of group mixing.
        pick, level = (0, -1), -1
        for _ in range(16):
            ri = int(rand() * n_free)
            mv = movable[ri]
            if mv:
                p = mv[int(rand() * len(mv))]
                found = _in_conflict(state, free[ri], p)
                if found > level:
                    pick, level = (ri, p), found
                    if found >= RULE:
                        break
        ri, p = pick
        if level < 0:
            continue
        r = free[ri]
        if not movable[ri]:
            continue
        u = state.units[r][state.unit_of[r][p]]
        a = state.seat[r][p]
        if single[ri]:
            best_d, cands = _single_moves(state, r, p, a, cost, best_cost, tabu_until, it)
        else:
            best_d, cands = _unit_moves(state, r, u, a, cost, best_cost, tabu_until, it)
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
            improved_at = deadline.elapsed()
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
    if W_REP <= best_cost < W_HARD and not deadline.expired():
        # Repeats remain after the tabu share of the time: anneal for the rest.
        from cafedesk.planning.rotation_anneal import anneal

        anneal(state, deadline, progress, best_cost, best_cost, best, floor)
    _, rep, grp = state.total()
    report(progress, deadline, rep, grp)
    return first_zero


Moves = list[tuple[int, tuple[int, ...], int]]


def _unit_moves(
    state: State,
    r: int,
    u: tuple[int, ...],
    a: int,
    cost: int,
    best_cost: int,
    tabu_until: dict[tuple[int, int, int], int],
    it: int,
) -> tuple[int | None, Moves]:
    """Best non-tabu moves and swaps of unit u (at table a) in round r: any units, the bench."""
    T = state.T
    units, unit_of = state.units[r], state.unit_of[r]
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
        # Moves that break more table-size rules than they mend are never worth their
        # W_HARD; a move that only shifts an unavoidable imbalance is (keep-together).
        size_change = (
            state.size_pen(r, a, na - ku)
            - state.size_pen(r, a, na)
            + state.size_pen(r, b, nb + ku)
            - state.size_pen(r, b, nb)
        )
        if nb + ku <= state.cap[b] and size_change <= 0:
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
    return best_d, cands


def _single_moves(
    state: State,
    r: int,
    p: int,
    a: int,
    cost: int,
    best_cost: int,
    tabu_until: dict[tuple[int, int, int], int],
    it: int,
) -> tuple[int | None, Moves]:
    """As :func:`_unit_moves` for a round of single people and no bench, with the pair
    costs summed inline: p's cost at each table once, each partner's costs once."""
    from cafedesk.planning.rotation_search import W_HARD

    n, meet, static, more = state.n, state.meet, state.static, state.more
    members, pinned, cap = state.members[r], state.pinned[r], state.cap
    visits, vw, is_host = state.visits, state.visit_w, state.is_host
    mem_a = members[a]
    na = len(mem_a)
    bp = p * n
    leave_p = 0
    for x in mem_a:
        if x != p:
            leave_p += static[bp + x] + more[meet[bp + x] - 1]
    if vw and visits[p][a] > 1 and not is_host[p]:
        leave_p += vw
    pen = state.size_pen
    leave_a = pen(r, a, na - 1) - pen(r, a, na)
    best_d: int | None = None
    cands: Moves = []
    tabu_get = tabu_until.get
    for b in range(state.T):
        if b == a:
            continue
        mem_b = members[b]
        nb = len(mem_b)
        add_p = 0
        for x in mem_b:
            add_p += static[bp + x] + more[meet[bp + x]]
        if vw and visits[p][b] and not is_host[p]:
            add_p += vw
        p_free = tabu_get((r, p, b), 0) < it
        grow_b = pen(r, b, nb + 1) - pen(r, b, nb)
        # Moves that would break a table-size rule are never worth their W_HARD.
        if nb < cap[b] and leave_a + grow_b <= 0:
            d = add_p - leave_p + W_HARD * (leave_a + grow_b)
            if (best_d is None or d <= best_d) and (p_free or cost + d < best_cost):
                if best_d is None or d < best_d:
                    best_d, cands = d, []
                cands.append((d, (), b))
        for q in mem_b:
            if pinned[q] >= 0:
                continue
            bq = q * n
            d = add_p - static[bp + q] - more[meet[bp + q]] - leave_p
            for x in mem_b:
                if x != q:
                    d -= static[bq + x] + more[meet[bq + x] - 1]
            for x in mem_a:
                if x != p:
                    d += static[bq + x] + more[meet[bq + x]]
            if vw and not is_host[q]:
                d += (vw if visits[q][a] else 0) - (vw if visits[q][b] > 1 else 0)
            if best_d is not None and d > best_d:
                continue
            if not (cost + d < best_cost or (p_free and tabu_get((r, q, a), 0) < it)):
                continue
            if best_d is None or d < best_d:
                best_d, cands = d, []
            cands.append((d, (q,), b))
    return best_d, cands


def _restore(state: State, best: list[list[int]]) -> None:
    for r, seats in zip(state.free, best, strict=True):
        for p, t in enumerate(seats):
            if state.seat[r][p] != t and state.seat[r][p] >= 0:
                state._remove(r, p)
        for p, t in enumerate(seats):
            if t >= 0 and state.seat[r][p] < 0:
                state._add(r, p, t)


def _reseat(state: State, r: int) -> None:
    """Empty round r and seat it again with the randomised greedy start."""
    for p in range(state.n):
        if state.seat[r][p] >= 0:
            state._remove(r, p)
    state.greedy_round(r)


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
