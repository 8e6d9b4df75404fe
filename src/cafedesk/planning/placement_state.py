"""The placement problem as numpy arrays for the compiled search (internal).

``Arrays`` is built once per solve from the ``Model`` and the topics that the
first phase placed (the others stay unplaced); ``State`` is one slot vector with
everything the compiled moves keep in step with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from cafedesk.planning.compiled_kernels import placement
from cafedesk.planning.placement_model import Model

kernels = placement()

Vector = Any  # numpy int64 array, one slot index per topic (no numpy stubs in strict mypy)


@dataclass
class Arrays:
    """Topics of the search (indexes into ``model_index``) and what never changes."""

    model_index: list[int]
    n: int
    m: int
    k: int  # energy = clashes * k + moves
    wk: Vector
    mate: Vector
    allowed: Vector
    allowed_cnt: Vector
    allowed_ok: Vector
    movable: Vector
    fixed: Vector
    demand: Vector
    anchored: Vector
    special: Vector
    room_ok: Vector
    slot_caps: Vector
    slot_rooms: Vector
    n_free: Vector
    nbr_idx: Vector
    nbr_w: Vector
    nbr_cnt: Vector
    mates: Vector
    mates_cnt: Vector
    move_cost: Vector
    fixed_overflow: int  # of anchored topics, which nothing can change
    unplaced_moves: int  # topics with a current cell left unplaced by the first phase
    width: int  # columns of the members table


def arrays_for(model: Model, slots: list[int]) -> Arrays:
    """The search's arrays for the topics placed in ``slots`` (model slot vector)."""
    idx = [t for t, s in enumerate(slots) if s < model.m]
    n, m, r = len(idx), model.m, model.r
    k = n + 1
    w = np.array(model.w, dtype=np.int64)[np.ix_(idx, idx)] if n else np.zeros((0, 0), np.int64)
    mate = (
        np.array(model.mate, dtype=np.int64)[np.ix_(idx, idx)] if n else np.zeros((0, 0), np.int64)
    )
    allowed = np.zeros((n, max(1, m)), np.int64)
    allowed_cnt = np.zeros(n, np.int64)
    allowed_ok = np.zeros((n, max(1, m)), np.bool_)
    for i, t in enumerate(idx):
        al = model.allowed[t]
        allowed[i, : len(al)] = al
        allowed_cnt[i] = len(al)
        allowed_ok[i, al] = True
    fixed = allowed_cnt < 2
    anchored = np.array([model.pin_room[t] >= 0 and len(model.allowed[t]) == 1 for t in idx], bool)
    special = np.array([model.special[t] for t in idx], bool)
    room_ok = np.array([model.room_ok[t] for t in idx], bool).reshape(n, r)
    taken: list[set[int]] = [set() for _ in range(m)]
    for i, t in enumerate(idx):
        if anchored[i]:
            taken[model.allowed[t][0]].add(model.pin_room[t])
    slot_caps = np.zeros((m, r + 1), np.int64)
    slot_rooms = np.full((m, r + 1), -1, np.int64)
    n_free = np.zeros(m, np.int64)
    for s in range(m):
        free = [i for i in range(r) if i not in taken[s]]
        n_free[s] = len(free)
        slot_caps[s, : len(free)] = [model.caps[i] for i in free]
        slot_rooms[s, : len(free)] = free
    nbr_idx, nbr_w, nbr_cnt = _rows(w * k)
    mates, _, mates_cnt = _rows(mate)
    move_cost = np.zeros((n, max(1, m)), np.int64)
    for i, t in enumerate(idx):
        if model.has_current[t]:
            move_cost[i, :] = 1
            if 0 <= model.cur_slot[t] < m:
                move_cost[i, model.cur_slot[t]] = 0
    return Arrays(
        model_index=idx,
        n=n,
        m=m,
        k=k,
        wk=w * k,
        mate=mate,
        allowed=allowed,
        allowed_cnt=allowed_cnt,
        allowed_ok=allowed_ok,
        movable=np.flatnonzero(~fixed).astype(np.int64),
        fixed=fixed,
        demand=np.array([model.demand[t] for t in idx], np.int64),
        anchored=anchored,
        special=special,
        room_ok=room_ok,
        slot_caps=slot_caps,
        slot_rooms=slot_rooms,
        n_free=n_free,
        nbr_idx=nbr_idx,
        nbr_w=nbr_w,
        nbr_cnt=nbr_cnt,
        mates=mates,
        mates_cnt=mates_cnt,
        move_cost=move_cost,
        fixed_overflow=sum(
            max(0, model.demand[t] - model.caps[model.pin_room[t]])
            for i, t in enumerate(idx)
            if anchored[i]
        ),
        unplaced_moves=sum(1 for t, s in enumerate(slots) if s >= m and model.has_current[t]),
        width=max(1, n) + 1,
    )


def _rows(matrix: Vector) -> tuple[Vector, Vector, Vector]:
    """Each row's non-zero columns and values, padded: (index, value, count)."""
    n = matrix.shape[0]
    counts = (matrix != 0).sum(axis=1) if n else np.zeros(0, np.int64)
    width = max(1, int(counts.max()) if n else 1)
    index = np.zeros((n, width), np.int64)
    value = np.zeros((n, width), np.int64)
    for t in range(n):
        cols = np.flatnonzero(matrix[t])
        index[t, : len(cols)] = cols
        value[t, : len(cols)] = matrix[t, cols]
    return index, value, counts.astype(np.int64)


class State:
    """One slot vector with members per slot, ``aff``, convenor counts and overflow."""

    def __init__(self, ar: Arrays, slots: Vector) -> None:
        n, m = ar.n, ar.m
        self.slot = np.array(slots, dtype=np.int64)
        self.members = np.full((m, ar.width), -1, np.int64)
        self.cnt = np.zeros(m, np.int64)
        self.pos = np.zeros(n, np.int64)
        for t in range(n):
            s = self.slot[t]
            self.members[s, self.cnt[s]] = t
            self.pos[t] = self.cnt[s]
            self.cnt[s] += 1
        onehot = np.zeros((n, m), np.int64)
        onehot[np.arange(n), self.slot] = 1
        self.aff = ar.wk @ onehot + ar.move_cost
        self.block = ar.mate @ onehot
        self.over = np.array([self.slot_cost(ar, s) for s in range(m)], np.int64)
        same = self.slot[:, None] == self.slot[None, :]
        energy = int((ar.wk * same).sum() // 2) + int(ar.move_cost[np.arange(n), self.slot].sum())
        self.score = np.array([int(self.over.sum()), energy], np.int64)
        self.best_slot = self.slot.copy()
        self.best_score = self.score.copy()

    def slot_cost(self, ar: Arrays, s: int) -> int:
        return int(
            kernels.slot_overflow(
                s,
                self.members,
                self.cnt,
                ar.demand,
                ar.anchored,
                ar.special,
                ar.room_ok,
                ar.slot_caps,
                ar.slot_rooms,
                ar.n_free,
            )
        )

    def anneal(
        self,
        ar: Arrays,
        it_from: int,
        it_to: int,
        it_total: int,
        temps: tuple[float, float],
        seed: int,
    ) -> None:
        """Moves it_from..it_to of a run of it_total (temperatures in clash units)."""
        kernels.anneal(
            self.slot, self.members, self.cnt, self.pos, self.aff, self.block, self.over,
            self.score, self.best_slot, self.best_score,
            ar.wk, ar.mate, ar.allowed, ar.allowed_cnt, ar.allowed_ok, ar.movable, ar.demand,
            ar.anchored, ar.special, ar.room_ok, ar.slot_caps, ar.slot_rooms, ar.n_free,
            ar.nbr_idx, ar.nbr_w, ar.nbr_cnt, ar.mates, ar.mates_cnt,
            it_from, it_to, it_total, temps[0] * ar.k, temps[1] * ar.k, seed,
        )  # fmt: skip


def crossover(ar: Arrays, a: Vector, b: Vector, rng: np.random.Generator) -> Vector | None:
    """A child of two slot vectors, or None if its leftover topics fit nowhere.

    Greedy partition crossover: the parents take turns giving the child, under
    the same slot, their group with the most topics not yet given; whatever is
    left goes where it adds least. Groups keep their slot, so pins,
    unavailability and the rooms each slot has stay right.
    """
    n, m = ar.n, ar.m
    child = np.full(n, -1, np.int64)
    child[ar.fixed] = a[ar.fixed]
    filled = np.zeros(m, bool)
    parents = (a, b) if rng.random() < 0.5 else (b, a)
    for step in range(m):
        parent = parents[step % 2]
        free = child < 0
        counts = np.bincount(parent[free], minlength=m) + rng.random(m) * 0.5
        counts[filled] = -1.0
        s = int(np.argmax(counts))
        child[free & (parent == s)] = s
        filled[s] = True
    left = np.flatnonzero(child < 0)
    order = left[np.lexsort((rng.random(len(left)), -ar.demand[left]))].astype(np.int64)
    members = np.full((m, ar.width), -1, np.int64)
    cnt = np.zeros(m, np.int64)
    for t in np.flatnonzero(child >= 0):
        s = child[t]
        members[s, cnt[s]] = t
        cnt[s] += 1
    ok = kernels.insert_leftovers(
        child, order, members, cnt, ar.wk, ar.mate, ar.allowed_ok, ar.demand, ar.anchored,
        ar.special, ar.room_ok, ar.slot_caps, ar.slot_rooms, ar.n_free, int(rng.integers(1 << 30)),
    )  # fmt: skip
    return child if ok else None
