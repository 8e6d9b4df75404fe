"""Slot-level local search for the placement solver (internal).

The search decides only each topic's slot (or "unplaced"); rooms follow exactly
per slot (see placement_rooms). Goals are compared lexicographically:
unplaced, overflow, then clashes with slot moves as a tie-break worth less than
one clash. Deltas are O(1) from ``aff[t][s]``: the shared interest between topic
t and the topics now in slot s plus t's own cost of being in s (the move
tie-break), updated in O(neighbours) per accepted move.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable

from cafedesk.planning.placement_model import Model

Key = tuple[int, int, float]  # (unplaced, overflow, clashes + epsilon * slot moves)
_EXPO = 8192
_EXPO_MASK = _EXPO - 1


class Search:
    def __init__(self, model: Model, rng: random.Random) -> None:
        self.model = model
        self.rng = rng
        n, m = model.n, model.m
        self.unplaced_slot = m  # pseudo-slot index for unplaced topics
        self.slot = [m] * n
        self.members: list[list[int]] = [[] for _ in range(m + 1)]
        self.members[m] = list(range(n))
        self.block = [[0] * (m + 1) for _ in range(n)]  # convenor mates per slot
        self.overflow = [0] * (m + 1)
        self.allowed_ok = [[False] * (m + 1) for _ in range(n)]
        for t in range(n):
            for s in model.allowed[t]:
                self.allowed_ok[t][s] = True
            self.allowed_ok[t][m] = True
        eps = 1.0 / (n + 1)
        self.move_cost = [
            [eps if model.has_current[t] and s != model.cur_slot[t] else 0.0 for s in range(m + 1)]
            for t in range(n)
        ]
        # Column m (unplaced) holds only the move cost: no interest counts there.
        self.aff = [list(row) for row in self.move_cost]
        self.energy = sum(row[m] for row in self.move_cost)  # clashes + moves tie-break
        self.move_sum = self.energy

    # -- state changes -------------------------------------------------------
    def relocate(self, t: int, b: int) -> None:
        a = self.slot[t]
        mdl = self.model
        self.members[a].remove(t)
        self.members[b].append(t)
        self.slot[t] = b
        block = self.block
        for v in mdl.mates[t]:
            block[v][a] -= 1
            block[v][b] += 1
        u_slot = self.unplaced_slot
        aff = self.aff
        self.energy += aff[t][b] - aff[t][a]
        self.move_sum += self.move_cost[t][b] - self.move_cost[t][a]
        if a != u_slot and b != u_slot:
            for v, wv in mdl.nbrs[t]:
                row = aff[v]
                row[a] -= wv
                row[b] += wv
            return
        for v, wv in mdl.nbrs[t]:
            row = aff[v]
            if a != u_slot:
                row[a] -= wv
            if b != u_slot:
                row[b] += wv

    def cost_of(self, s: int, members: list[int]) -> int | None:
        return 0 if s == self.unplaced_slot else self.model.slot_cost(members)

    def clashes(self) -> int:
        return round(self.energy - self.move_sum)

    def can_move(self) -> bool:
        """Whether annealing has anything to try (else it returns at once)."""
        return bool(self.members[self.unplaced_slot]) or any(
            len(al) > 1 for al in self.model.allowed
        )

    def slot_moves(self) -> int:
        """Topics now outside their current slot (rooms are settled only at the end)."""
        return round(self.move_sum * (self.model.n + 1))

    def key(self) -> Key:
        return (len(self.members[self.unplaced_slot]), sum(self.overflow), self.energy)

    def load(self, slots: list[int]) -> None:
        """Move every topic to the given slot (e.g. back to the best answer seen)."""
        for t, s in enumerate(slots):
            if self.slot[t] != s:
                self.relocate(t, s)
        for s in range(self.model.m):
            cost = self.model.slot_cost(self.members[s])
            self.overflow[s] = 0 if cost is None else cost

    # -- construction ----------------------------------------------------------
    def construct(self) -> None:
        """Greedy: tightest unplaced topics first, each into its cheapest feasible slot."""
        mdl = self.model
        rng = self.rng

        def tightness(t: int) -> tuple[int, int, int, float]:
            fits = sum(
                1 for i in range(mdl.r) if mdl.room_ok[t][i] and mdl.caps[i] >= mdl.demand[t]
            )
            return (len(mdl.allowed[t]) > 1, fits, len(mdl.allowed[t]), rng.random())

        waiting = [t for t in range(mdl.n) if self.slot[t] == self.unplaced_slot]
        for t in sorted(waiting, key=tightness):
            best: tuple[int, float, float] | None = None
            best_slot = -1
            for s in mdl.allowed[t]:
                if self.block[t][s] or len(self.members[s]) >= mdl.r:
                    continue
                cost = mdl.slot_cost([*self.members[s], t])
                if cost is None:
                    continue
                cand = (cost - self.overflow[s], self.aff[t][s], rng.random())
                if best is None or cand < best:
                    best, best_slot = cand, s
            if best is not None:
                self.overflow[best_slot] += best[0]
                self.relocate(t, best_slot)

    # -- annealing -------------------------------------------------------------
    def anneal(
        self,
        seconds: float,
        t_start: float,
        t_end: float,
        expired: Callable[[], bool],
        on_best: Callable[[Search], None],
    ) -> int:
        """Simulated annealing over slot relocations and swaps, geometric cooling in time.

        Returns the number of moves tried.

        Written out in one loop with local names: it runs a few hundred thousand
        moves a second, and attribute look-ups would halve that.
        """
        mdl = self.model
        rand = self.rng.random
        n_rooms = mdl.r
        u_slot = self.unplaced_slot
        slot = self.slot
        members = self.members
        aff = self.aff
        w = mdl.w
        mate = mdl.mate
        block = self.block
        allowed = mdl.allowed
        allowed_ok = self.allowed_ok
        overflow = self.overflow
        slot_cost = mdl.slot_cost
        relocate = self.relocate
        # Metropolis thresholds -ln(U) drawn once: a move with energy delta d is
        # taken iff d <= temp * expo[i], which saves a log and a draw per move.
        expo = [-math.log(1.0 - rand()) for _ in range(_EXPO)]
        single = [len(al) < 2 for al in allowed]
        movable = [t for t in range(mdl.n) if not single[t]]
        n_mov = len(movable)
        free_cells = n_rooms * mdl.m - (mdl.n - len(members[u_slot]))
        over_total = sum(overflow)
        best = self.key()
        began = time.perf_counter()
        temp = t_start
        ratio = t_end / t_start
        it = 0
        while True:
            it += 1
            if not it & 511:
                frac = (time.perf_counter() - began) / seconds
                if frac >= 1.0 or expired():
                    break
                temp = t_start * ratio**frac
            unplaced = members[u_slot]
            # Pick a move: t goes from slot a to b; u (if >= 0) goes from b to a.
            if unplaced and (n_mov < 2 or rand() < 0.2):
                t = unplaced[int(rand() * len(unplaced))]
                al = allowed[t]
                if not al:
                    continue
                a, b = u_slot, al[int(rand() * len(al))]
                mb = members[b]
                if len(mb) < n_rooms:
                    u = -1
                else:
                    u = mb[int(rand() * len(mb))]
                    if single[u] or not allowed_ok[u][a]:
                        continue
            elif n_mov == 0:
                break
            elif free_cells > 0 and (n_mov < 2 or rand() < 0.5):
                t = movable[int(rand() * n_mov)]
                al = allowed[t]
                a, b = slot[t], al[int(rand() * len(al))]
                if a == b:
                    continue
                mb = members[b]
                if len(mb) < n_rooms:
                    u = -1
                else:  # b is full: swap with one of its topics instead
                    u = mb[int(rand() * len(mb))]
                    if single[u] or not allowed_ok[u][a]:
                        continue
            elif n_mov > 1:
                t = movable[int(rand() * n_mov)]
                u = movable[int(rand() * n_mov)]
                a, b = slot[t], slot[u]
                if a == b:
                    continue
                # Most swaps lose on clashes: turn them down before the other checks.
                if a != u_slot and b != u_slot and not unplaced and not overflow[a] + overflow[b]:
                    at = aff[t]
                    au = aff[u]
                    if at[b] - at[a] + au[a] - au[b] - 2 * w[t][u] > temp * expo[it & _EXPO_MASK]:
                        continue
                if not allowed_ok[t][b] or not allowed_ok[u][a]:
                    continue
            else:
                break
            # Removing topics never adds overflow, so with none in a and b (and no
            # one waiting to be placed) a move that loses on clashes loses overall.
            strict = not unplaced and not overflow[a] and not overflow[b]
            th = temp * expo[it & _EXPO_MASK]
            at = aff[t]
            if u < 0:
                if block[t][b]:
                    continue
                delta = at[b] - at[a]
                if strict and delta > th:
                    continue
                cost_b = slot_cost([*members[b], t])
                if cost_b is None:
                    continue
                if a == u_slot:
                    cost_a, d_over = 0, cost_b - overflow[b]  # placing beats any overflow
                    free_cells -= 1
                else:
                    if strict:
                        cost_a = 0
                    else:
                        got = slot_cost([x for x in members[a] if x != t])
                        if got is None:
                            continue
                        cost_a = got
                    d_over = cost_a + cost_b - overflow[a] - overflow[b]
                    if d_over > 0 or (not d_over and delta > th):
                        continue
            else:
                mtu = mate[t][u]
                if (b != u_slot and block[t][b] - mtu) or (a != u_slot and block[u][a] - mtu):
                    continue
                au = aff[u]
                delta = at[b] - at[a] + au[a] - au[b]
                if a != u_slot and b != u_slot:
                    delta -= 2 * w[t][u]
                else:
                    delta -= w[t][u]
                if strict and delta > th:
                    continue
                cost_a = 0
                if a != u_slot:
                    got = slot_cost([u if x == t else x for x in members[a]])
                    if got is None:
                        continue
                    cost_a = got
                cost_b = 0
                if b != u_slot:
                    got = slot_cost([t if x == u else x for x in members[b]])
                    if got is None:
                        continue
                    cost_b = got
                d_over = cost_a + cost_b - overflow[a] - overflow[b]
                if d_over > 0 or (not d_over and delta > th):
                    continue
            overflow[a] = cost_a
            overflow[b] = cost_b
            over_total += d_over
            relocate(t, b)
            if u >= 0:
                relocate(u, a)
            key = (len(members[u_slot]), over_total, self.energy)
            if key < best:
                best = key
                on_best(self)
        return it
