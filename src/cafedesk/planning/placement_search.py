"""Slot-level local search for the placement solver (internal).

The search decides only each topic's slot (or "unplaced"); rooms follow exactly
per slot (see placement_rooms). Goals are compared lexicographically:
unplaced, overflow, then clashes with slot moves as a tie-break worth less than
one clash. Clash deltas are O(1) from ``aff[t][s]``, the shared interest between
topic t and the topics now in slot s, updated in O(neighbours) per accepted move.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable

from cafedesk.planning.placement_model import Model

Key = tuple[int, int, float]  # (unplaced, overflow, clashes + epsilon * slot moves)


class Search:
    def __init__(self, model: Model, rng: random.Random) -> None:
        self.model = model
        self.rng = rng
        n, m = model.n, model.m
        self.unplaced_slot = m  # pseudo-slot index for unplaced topics
        self.slot = [m] * n
        self.members: list[list[int]] = [[] for _ in range(m + 1)]
        self.members[m] = list(range(n))
        self.aff = [[0] * (m + 1) for _ in range(n)]  # column m stays 0
        self.conv_count = [[0] * model.n_convenors for _ in range(m + 1)]
        self.overflow = [0] * (m + 1)
        self.allowed_ok = [[False] * (m + 1) for _ in range(n)]
        for t in range(n):
            for s in model.allowed[t]:
                self.allowed_ok[t][s] = True
            self.allowed_ok[t][m] = True
        eps = 1.0 / (n + 1)
        self.move_cost = [
            [eps if model.has_current[t] and s != model.cur_slot[t] else 0.0
             for s in range(m + 1)] for t in range(n)]
        self.clashes = 0
        self.move_sum = 0.0

    # -- state changes -------------------------------------------------------
    def relocate(self, t: int, b: int) -> None:
        a = self.slot[t]
        mdl = self.model
        self.members[a].remove(t)
        self.members[b].append(t)
        self.slot[t] = b
        c = mdl.conv[t]
        if c >= 0:
            self.conv_count[a][c] -= 1
            self.conv_count[b][c] += 1
        u_slot = self.unplaced_slot
        self.clashes += (self.aff[t][b] if b != u_slot else 0) - self.aff[t][a]
        self.move_sum += self.move_cost[t][b] - self.move_cost[t][a]
        aff = self.aff
        for v, wv in mdl.nbrs[t]:
            row = aff[v]
            if a != u_slot:
                row[a] -= wv
            if b != u_slot:
                row[b] += wv

    def cost_of(self, s: int, members: list[int]) -> int | None:
        return 0 if s == self.unplaced_slot else self.model.slot_cost(members)

    def key(self) -> Key:
        return (len(self.members[self.unplaced_slot]), sum(self.overflow),
                self.clashes + self.move_sum)

    # -- construction ----------------------------------------------------------
    def construct(self) -> None:
        """Greedy: tightest topics first, each into its cheapest feasible slot."""
        mdl = self.model
        rng = self.rng

        def tightness(t: int) -> tuple[int, int, int, float]:
            fits = sum(1 for i in range(mdl.r)
                       if mdl.room_ok[t][i] and mdl.caps[i] >= mdl.demand[t])
            return (len(mdl.allowed[t]) > 1, fits, len(mdl.allowed[t]), rng.random())

        for t in sorted(range(mdl.n), key=tightness):
            best: tuple[int, int, float, float] | None = None
            best_slot = -1
            for s in mdl.allowed[t]:
                c = mdl.conv[t]
                if (c >= 0 and self.conv_count[s][c]) or len(self.members[s]) >= mdl.r:
                    continue
                cost = mdl.slot_cost([*self.members[s], t])
                if cost is None:
                    continue
                cand = (cost - self.overflow[s], self.aff[t][s], self.move_cost[t][s],
                        rng.random())
                if best is None or cand < best:
                    best, best_slot = cand, s
            if best is not None:
                self.overflow[best_slot] += best[0]
                self.relocate(t, best_slot)

    # -- annealing -------------------------------------------------------------
    def anneal(self, seconds: float, t_start: float, t_end: float,
               expired: Callable[[], bool], on_best: Callable[[Search], None]) -> None:
        """Simulated annealing over slot relocations and swaps, time-based cooling."""
        mdl = self.model
        rng = self.rng
        rand = rng.random
        randrange = rng.randrange
        log = math.log
        n_rooms = mdl.r
        u_slot = self.unplaced_slot
        slot = self.slot
        members = self.members
        aff = self.aff
        w = mdl.w
        conv = mdl.conv
        conv_count = self.conv_count
        allowed = mdl.allowed
        allowed_ok = self.allowed_ok
        move_cost = self.move_cost
        overflow = self.overflow
        slot_cost = mdl.slot_cost
        movable = [t for t in range(mdl.n) if len(allowed[t]) > 1
                   or (allowed[t] and slot[t] == u_slot)]
        if not movable:
            return
        n_mov = len(movable)
        single = [len(al) < 2 for al in allowed]
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
                temp = t_start * ratio ** frac
            unplaced = members[u_slot]
            if unplaced and rand() < 0.2:
                t = unplaced[randrange(len(unplaced))]
            else:
                t = movable[randrange(n_mov)]
            al = allowed[t]
            if not al:
                continue
            b = al[randrange(len(al))]
            a = slot[t]
            if a == b:
                continue
            free = len(members[b]) < n_rooms
            strict = not unplaced and not overflow[a] and not overflow[b]
            if free and (a == u_slot or rand() < 0.5):
                # Relocate t from a to b.
                c = conv[t]
                if c >= 0 and conv_count[b][c]:
                    continue
                delta = aff[t][b] - aff[t][a] + move_cost[t][b] - move_cost[t][a]
                if strict and delta > 0 and delta > -temp * log(1.0 - rand()):
                    continue
                new_b = [*members[b], t]
                cost_b = slot_cost(new_b)
                if cost_b is None:
                    continue
                if a == u_slot:
                    d_unplaced, d_over = -1, 0
                else:
                    cost_a = 0 if strict else slot_cost([x for x in members[a] if x != t])
                    if cost_a is None:
                        continue
                    d_unplaced, d_over = 0, cost_a + cost_b - overflow[a] - overflow[b]
                    if not d_unplaced and not d_over and not strict and delta > 0 and (
                            delta > -temp * log(1.0 - rand())):
                        continue
                if d_unplaced > 0 or (d_unplaced == 0 and d_over > 0):
                    continue
                if a != u_slot:
                    overflow[a] = cost_a
                overflow[b] = cost_b
                over_total += d_over
                self.relocate(t, b)
            else:
                mb = members[b]
                if not mb:
                    continue
                u = mb[randrange(len(mb))]
                if not allowed_ok[u][a] or (single[u] and b != u_slot):
                    continue
                ct, cu = conv[t], conv[u]
                if ct != cu and ((ct >= 0 and b != u_slot and conv_count[b][ct])
                                 or (cu >= 0 and a != u_slot and conv_count[a][cu])):
                    continue
                delta = (aff[t][b] - aff[t][a] + aff[u][a] - aff[u][b]
                         + move_cost[t][b] - move_cost[t][a]
                         + move_cost[u][a] - move_cost[u][b])
                wtu = w[t][u]
                if a != u_slot:
                    delta -= wtu
                if b != u_slot:
                    delta -= wtu
                if strict and delta > 0 and delta > -temp * log(1.0 - rand()):
                    continue
                cost_a = 0 if a == u_slot else slot_cost(
                    [u if x == t else x for x in members[a]])
                if cost_a is None:
                    continue
                cost_b = 0 if b == u_slot else slot_cost([t if x == u else x for x in mb])
                if cost_b is None:
                    continue
                d_over = cost_a + cost_b - overflow[a] - overflow[b]
                if d_over > 0:
                    continue
                if not d_over and not strict and delta > 0 and (
                        delta > -temp * log(1.0 - rand())):
                    continue
                overflow[a] = cost_a
                overflow[b] = cost_b
                over_total += d_over
                self.relocate(t, b)
                self.relocate(u, a)
            key = (len(members[u_slot]), over_total, self.clashes + self.move_sum)
            if key < best:
                best = key
                on_best(self)
