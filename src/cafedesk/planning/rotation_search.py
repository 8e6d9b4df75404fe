"""Greedy start and tabu search for the café rotation (internal to :mod:`rotation`).

People and tables are numbered; one extra pseudo-table, the bench, holds whoever
sits a round out.  People linked by keep-together pairs move as one unit; a
unit holding a host is pinned.  The cost is a weighted sum, hard rules first:
``W_HARD * (keep-apart, table sizes, revisits in Pro Action Café, required
people benched) + W_REP * repeat_pairs + same_group_pairs``.  Each step takes
one person in conflict, tries every swap with a unit at another table and
every move to another table of that round, and makes the best move that is
not tabu (Dotú & Van Hentenryck's neighbourhood, with the pair cost extended
to groups and rules).  Deltas are computed from the two tables involved only.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from cafedesk.planning.common import Deadline, ProgressCallback, SolverProgress
from cafedesk.planning.designs import Rounds, affine_rounds, cyclic_rounds
from cafedesk.planning.designs_geometry import geometric_rounds
from cafedesk.planning.designs_latin import latin_rounds
from cafedesk.planning.rotation_issues import known_impossible_reason

if TYPE_CHECKING:
    from cafedesk.planning.rotation import RotationProblem, Seating
    from cafedesk.planning.rotation_bounds import RepeatBounds

W_HARD = 10**15
W_REP = 1_000
W_GRP = 1
VISIT_FACTOR = 4
# A pair's k-th meeting costs W_REP * WORSE**(k - 2): a third meeting outweighs many
# separate second ones, because facilitators judge a plan by its worst pair first.
WORSE = 64
MEETING_CAP = 10**13  # keeps every repeat below one broken rule


def meeting_costs(rounds: int) -> list[int]:
    """``costs[m]``: what one more meeting of a pair that met m times adds."""
    return [0] + [min(MEETING_CAP, W_REP * WORSE ** (m - 1)) for m in range(1, rounds + 2)]


class State:
    """Seating of every round plus the counts the deltas need."""

    def __init__(self, problem: RotationProblem, rng: random.Random) -> None:
        self.rng = rng
        self.ids = [p.id for p in problem.people]
        index = {pid: i for i, pid in enumerate(self.ids)}
        n = self.n = len(self.ids)
        self.tids = [t.id for t in problem.tables]
        tindex = {tid: i for i, tid in enumerate(self.tids)}
        T = self.T = len(self.tids)
        self.cap = [max(0, t.capacity) for t in problem.tables] + [n]
        self.host = [index.get(t.host, -1) if t.host else -1 for t in problem.tables]
        is_host = [False] * n
        for h in self.host:
            if h >= 0:
                is_host[h] = True
        self.is_host = is_host
        self.optional = [p.optional for p in problem.people]
        groups = [p.group for p in problem.people]
        labels = {g: i for i, g in enumerate(dict.fromkeys(g for g in groups if g is not None))}
        self.gid = [labels[g] if g is not None else -1 for g in groups]
        static = [0] * (n * n)
        for i in range(n):
            gi = groups[i]
            if gi is None:
                continue
            for j in range(n):
                if j != i and groups[j] == gi:
                    static[i * n + j] = W_GRP
        self.apart = [0] * (n * n)
        for a, b in problem.keep_apart:
            if a in index and b in index and a != b:
                i, j = index[a], index[b]
                static[i * n + j] += W_HARD
                static[j * n + i] += W_HARD
                self.apart[i * n + j] = self.apart[j * n + i] = 1
        self.static = static
        # A Pro Action Café traveller never sees a caller twice; when that and even
        # table sizes cannot both hold (keep-together pairs), sizes give way.
        self.visit_w = VISIT_FACTOR * W_HARD if problem.distinct_tables else 0
        self.meet = [0] * (n * n)
        self.more = meeting_costs(max(problem.rounds, len(problem.fixed_rounds)))
        self.visits = [[0] * (T + 1) for _ in range(n)]
        R = self.R = max(problem.rounds, len(problem.fixed_rounds))
        self.n_fixed = min(len(problem.fixed_rounds), R)
        self.seat = [[-1] * n for _ in range(R)]
        self.members: list[list[list[int]]] = [[[] for _ in range(T + 1)] for _ in range(R)]
        for r in range(self.n_fixed):
            for tid, people in problem.fixed_rounds[r].items():
                t = tindex.get(tid)
                for pid in people:
                    p = index.get(pid, -1)
                    if t is None or p < 0 or self.seat[r][p] >= 0:
                        continue
                    self._add(r, p, t)
        self.free = list(range(self.n_fixed, problem.rounds))
        self.lo = [[0] * (T + 1) for _ in range(R)]
        self.hi = [[0] * (T + 1) for _ in range(R)]
        self.units: list[list[tuple[int, ...]]] = [[] for _ in range(R)]
        self.unit_of: list[dict[int, int]] = [{} for _ in range(R)]
        self.pinned: list[list[int]] = [[-1] * n for _ in range(R)]
        together = [
            (index[a], index[b])
            for a, b in problem.keep_together
            if a in index and b in index and a != b
        ]
        for r in self.free:
            gone = problem.absent.get(r, frozenset())
            present = [p for p in range(n) if self.ids[p] not in gone]
            self._sizes(r, present, problem.exact_table_size)
            self._make_units(r, present, together)

    # -- setup -----------------------------------------------------------------
    def _sizes(self, r: int, present: list[int], exact: bool) -> None:
        """Allowed size range of every table: exactly full, or levelled within one."""
        T, cap = self.T, self.cap
        n_present, seats = len(present), sum(cap[:T])
        lo, hi = self.lo[r], self.hi[r]
        if n_present >= seats or (exact and n_present >= seats):
            for t in range(T):
                lo[t] = hi[t] = cap[t]
        else:
            level = 0
            while sum(min(c, level + 1) for c in cap[:T]) <= n_present:
                level += 1
            for t in range(T):
                lo[t], hi[t] = min(cap[t], level), min(cap[t], level + 1)
        lo[T] = hi[T] = max(0, n_present - seats)

    def _make_units(self, r: int, present: list[int], together: list[tuple[int, int]]) -> None:
        here = set(present)
        parent = {p: p for p in present}

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in together:
            if a in here and b in here:
                parent[find(a)] = find(b)
        comps: dict[int, list[int]] = {}
        for p in present:
            comps.setdefault(find(p), []).append(p)
        for comp in comps.values():
            u = len(self.units[r])
            self.units[r].append(tuple(comp))
            pin = next((self.host.index(p) for p in comp if self.is_host[p]), -1)
            for p in comp:
                self.unit_of[r][p] = u
                self.pinned[r][p] = pin

    # -- bookkeeping -------------------------------------------------------------
    def _add(self, r: int, p: int, t: int) -> None:
        n, meet = self.n, self.meet
        if t < self.T:
            for q in self.members[r][t]:
                meet[p * n + q] += 1
                meet[q * n + p] += 1
            if not self.is_host[p]:
                self.visits[p][t] += 1
        self.members[r][t].append(p)
        self.seat[r][p] = t

    def _remove(self, r: int, p: int) -> None:
        n, meet = self.n, self.meet
        t = self.seat[r][p]
        mem = self.members[r][t]
        mem.remove(p)
        if t < self.T:
            for q in mem:
                meet[p * n + q] -= 1
                meet[q * n + p] -= 1
            if not self.is_host[p]:
                self.visits[p][t] -= 1
        self.seat[r][p] = -1

    def move(self, r: int, unit: tuple[int, ...], b: int) -> None:
        for p in unit:
            self._remove(r, p)
        for p in unit:
            self._add(r, p, b)

    # -- costs -------------------------------------------------------------------
    def size_pen(self, r: int, t: int, size: int) -> int:
        return max(0, self.lo[r][t] - size) + max(0, size - self.hi[r][t])

    def add_cost(self, r: int, p: int, t: int, skip: tuple[int, ...] = ()) -> int:
        """Cost of seating p at t (beside everyone there except ``skip``)."""
        if t == self.T:
            return 0 if self.optional[p] else W_HARD
        n, meet, static, more = self.n, self.meet, self.static, self.more
        base = p * n
        c = self.visit_w if self.visits[p][t] and not self.is_host[p] else 0
        for q in self.members[r][t]:
            if q not in skip:
                c += static[base + q] + more[meet[base + q]]
        return c

    def leave_cost(self, r: int, p: int, t: int, skip: tuple[int, ...]) -> int:
        """Cost that disappears when p leaves t (pairs with ``skip`` stay as they are)."""
        if t == self.T:
            return 0 if self.optional[p] else W_HARD
        n, meet, static, more = self.n, self.meet, self.static, self.more
        base = p * n
        c = self.visit_w if self.visits[p][t] > 1 and not self.is_host[p] else 0
        for q in self.members[r][t]:
            if q not in skip:
                c += static[base + q] + more[meet[base + q] - 1]
        return c

    def delta(self, r: int, u: tuple[int, ...], a: int, v: tuple[int, ...], b: int) -> int:
        """Cost change when unit u (at a) and unit v (at b, maybe empty) change places."""
        d = 0
        for p in u:
            d += self.add_cost(r, p, b, v) - self.leave_cost(r, p, a, u)
        for q in v:
            d += self.add_cost(r, q, a, u) - self.leave_cost(r, q, b, v)
        if len(u) != len(v):
            na, nb = len(self.members[r][a]), len(self.members[r][b])
            k = len(v) - len(u)
            d += W_HARD * (
                self.size_pen(r, a, na + k)
                - self.size_pen(r, a, na)
                + self.size_pen(r, b, nb - k)
                - self.size_pen(r, b, nb)
            )
        return d

    def total(self) -> tuple[int, int, int]:
        """(weighted cost, repeat_pairs, same_group_pairs over the rounds being planned)."""
        n, meet, static = self.n, self.meet, self.static
        rep = sum(m - 1 for m in meet if m > 1) // 2
        so_far = [0]
        for c in self.more[1:]:
            so_far.append(so_far[-1] + c)
        pair_cost = sum(so_far[m - 1] for m in meet if m > 1) // 2
        hard = grp = 0
        for r in self.free:
            for t, mem in enumerate(self.members[r]):
                hard += self.size_pen(r, t, len(mem))
                if t == self.T:
                    hard += sum(1 for p in mem if not self.optional[p])
                    continue
                for i, p in enumerate(mem):
                    for q in mem[i + 1 :]:
                        s = static[p * n + q]
                        hard += s // W_HARD
                        grp += s % W_HARD
        if self.visit_w:
            revisits = sum(c - 1 for row in self.visits for c in row[: self.T] if c > 1)
            hard += VISIT_FACTOR * revisits
        return W_HARD * hard + pair_cost + W_GRP * grp, rep, grp

    def group_bound(self) -> int:
        """Lower bound on same_group_pairs: each group spread evenly round the tables."""
        bound = 0
        for r in self.free:
            by_group: dict[int, list[int]] = {}
            for p in self.unit_of[r]:
                if self.gid[p] >= 0:
                    by_group.setdefault(self.gid[p], []).append(p)
            for members in by_group.values():
                counts = [0] * self.T
                loose = 0
                for p in members:
                    if self.pinned[r][p] >= 0:
                        counts[self.pinned[r][p]] += 1
                    else:
                        loose += 1
                for _ in range(loose):  # convex: greedy onto the emptiest table is optimal
                    t = min(range(self.T), key=counts.__getitem__)
                    counts[t] += 1
                bound += sum(c * (c - 1) // 2 for c in counts)
        return bound

    # -- greedy start ------------------------------------------------------------------
    def greedy_round(self, r: int) -> None:
        T = self.T
        lo, hi, cap, members = self.lo[r], self.hi[r], self.cap, self.members[r]
        units = self.units[r]
        order = list(range(len(units)))
        self.rng.shuffle(order)
        order.sort(
            key=lambda u: (
                self.pinned[r][units[u][0]] < 0,
                all(self.optional[p] for p in units[u]),
                -len(units[u]),
            )
        )
        remaining = sum(len(u) for u in units)
        for ui in order:
            unit = units[ui]
            k = len(unit)
            deficit = sum(max(0, lo[t] - len(members[t])) for t in range(T))
            pin = self.pinned[r][unit[0]]
            if pin >= 0:
                target = pin
            else:
                best, target = None, T
                for t in range(T):
                    size = len(members[t])
                    # Skip a table when the people left could no longer fill the short ones.
                    if size + k > hi[t] or remaining - k < deficit - min(k, max(0, lo[t] - size)):
                        continue
                    c = sum(self.add_cost(r, p, t) for p in unit) * 4 + self.rng.randrange(4)
                    c += 2 * size  # fill the emptier tables first on ties
                    if best is None or c < best:
                        best, target = c, t
                if best is None and not all(self.optional[p] for p in unit):
                    fits = [t for t in range(T) if len(members[t]) + k <= cap[t]]
                    if fits:
                        target = min(fits, key=lambda t: len(members[t]))
            for p in unit:
                self._add(r, p, target)
            remaining -= k

    def seating(self) -> Seating:
        out = []
        for r in range(self.R):
            out.append(
                {
                    self.tids[t]: tuple(self.ids[p] for p in self.members[r][t])
                    for t in range(self.T)
                }
            )
        return tuple(out)


def _pure_golfer(problem: RotationProblem) -> tuple[int, int] | None:
    """(tables, size) when the request is a plain social golfer problem."""
    caps = {t.capacity for t in problem.tables}
    if (
        not problem.exact_table_size
        or len(caps) != 1
        or problem.fixed_rounds
        or problem.keep_apart
        or problem.keep_together
        or problem.distinct_tables
        or any(problem.absent.values())
        or any(t.host for t in problem.tables)
        or any(p.optional for p in problem.people)
    ):
        return None
    size = caps.pop()
    g = len(problem.tables)
    return (g, size) if size >= 2 and len(problem.people) == g * size else None


def _construct(g: int, size: int, w: int, deadline: Deadline, seed: int) -> Rounds | None:
    """Rounds without repeats from a known design, or the best head start known."""
    reason = known_impossible_reason(g * size, size, w)
    if reason is None:
        found = (
            affine_rounds(g, size, w)
            or geometric_rounds(g, size, w, seed=seed)
            or cyclic_rounds(
                g, size, w, seed=seed, seconds=max(0.0, deadline.seconds * 0.4 - deadline.elapsed())
            )
        )
        if found is not None:
            return found
    elif g == size and w <= 4:  # no orthogonal mate (order 6): three clean rounds, a fourth close
        return latin_rounds(g, w, seed=seed)
    if w > 2 and not deadline.expired():
        # A head start for the tabu search: all but the last round without repeats.
        return cyclic_rounds(g, size, w - 1, seconds=deadline.seconds * 0.1, seed=seed)
    return None


def search(
    problem: RotationProblem,
    deadline: Deadline,
    progress: ProgressCallback,
    seed: int,
    bounds: RepeatBounds | None = None,
) -> tuple[Seating, float | None]:
    """Best seating found before the deadline and when repeats first reached zero."""
    rng = random.Random(seed)
    state = State(problem, rng)
    golfer = _pure_golfer(problem)
    constructed = None
    if golfer is not None and state.free and problem.tables:
        g, size = golfer
        constructed = _construct(g, size, len(state.free), deadline, seed)
    if constructed is not None:
        for r, tables in zip(state.free, constructed, strict=False):
            for t, people in enumerate(tables):
                for p in people:
                    state._add(r, p, t)
    for r in state.free[len(constructed or ()) :]:
        state.greedy_round(r)
    from cafedesk.planning.rotation_tabu import tabu

    # A plan at the counting bound (with nobody meeting more than twice) cannot be bettered.
    floor = 0
    if bounds is not None and bounds.max_meetings <= 2:
        floor = W_REP * bounds.repeat_pairs
    if bounds is not None and bounds.repeat_pairs:  # the annealing will be needed
        from cafedesk.planning.rotation_anneal import warm_up

        warm_up()
    first_zero = tabu(state, deadline, progress, floor)
    return state.seating(), first_zero


def report(progress: ProgressCallback, deadline: Deadline, rep: int, grp: int) -> None:
    progress(SolverProgress(deadline.fraction(), {"repeat_pairs": rep, "same_group_pairs": grp}))
