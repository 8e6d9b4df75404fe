"""Compiled inner loop of the rotation annealing (internal; numba).

The arrays mirror a :class:`rotation_search.State` over the rounds being planned
(index ``f`` into ``state.free``): ``seat[f, p]`` (table, -1 when not there),
``members[f, t, :size[f, t]]`` with ``pos[f, p]`` p's place in that row, and the
pair counts ``meet[p, q]`` over every round.  Only single people who may move
(``movable[f, :n_mov[f]]``) are swapped, so hosts, keep-together pairs and the
bench stay as they are.  Costs are the same integers as the Python search's.

Compiled with ``cache=True`` (kept beside this file, or in the user's cache
folder) and ``nogil=True`` (the window stays smooth while a search runs).
"""

from __future__ import annotations

import os

import numpy as np
from numba import njit

_CACHE = os.path.exists(__file__)  # a frozen app may ship without it: compile per run


@njit(cache=_CACHE, nogil=True)
def swap_delta(  # pragma: no cover - compiled
    f, p, q, a, b, members, size, meet, static, more, visits, vw, is_host
):
    """Cost change when p (at a) and q (at b) of round f change places."""
    d = 0
    for i in range(size[f, a]):
        x = members[f, a, i]
        if x != p:
            d += static[q, x] - static[p, x] + more[meet[q, x]] - more[meet[p, x] - 1]
    for i in range(size[f, b]):
        y = members[f, b, i]
        if y != q:
            d += static[p, y] - static[q, y] + more[meet[p, y]] - more[meet[q, y] - 1]
    if vw:
        if not is_host[p]:
            d += (vw if visits[p, b] else 0) - (vw if visits[p, a] > 1 else 0)
        if not is_host[q]:
            d += (vw if visits[q, a] else 0) - (vw if visits[q, b] > 1 else 0)
    return d


@njit(cache=_CACHE, nogil=True)
def anneal_swaps(
    seat,
    members,
    size,
    pos,
    movable,
    n_mov,
    rounds,
    meet,
    static,
    more,
    visits,
    vw,
    is_host,
    moves,
    t_from,
    t_to,
    cost,
    best_cost,
    best_seat,
    seed,
):  # pragma: no cover - compiled
    """``moves`` annealing steps cooling from ``t_from`` to ``t_to``; the state changes in
    place, ``best_seat`` takes every new best.  Returns (cost, best cost)."""
    np.random.seed(seed)
    ratio = t_to / t_from
    temp = t_from
    n_rounds = rounds.shape[0]
    for m in range(moves):
        if (m & 255) == 0:
            temp = t_from * ratio ** (m / moves)
        f = rounds[np.random.randint(n_rounds)]
        k = n_mov[f]
        p = movable[f, np.random.randint(k)]
        q = movable[f, np.random.randint(k)]
        a = seat[f, p]
        b = seat[f, q]
        if a == b:
            continue
        d = swap_delta(f, p, q, a, b, members, size, meet, static, more, visits, vw, is_host)
        if d > 0 and np.random.random() >= np.exp(-d / temp):
            continue
        for i in range(size[f, a]):
            x = members[f, a, i]
            if x != p:
                meet[p, x] -= 1
                meet[x, p] -= 1
                meet[q, x] += 1
                meet[x, q] += 1
        for i in range(size[f, b]):
            y = members[f, b, i]
            if y != q:
                meet[q, y] -= 1
                meet[y, q] -= 1
                meet[p, y] += 1
                meet[y, p] += 1
        if not is_host[p]:
            visits[p, a] -= 1
            visits[p, b] += 1
        if not is_host[q]:
            visits[q, b] -= 1
            visits[q, a] += 1
        i, j = pos[f, p], pos[f, q]
        members[f, a, i] = q
        members[f, b, j] = p
        pos[f, p], pos[f, q] = j, i
        seat[f, p], seat[f, q] = b, a
        cost += d
        if cost < best_cost:
            best_cost = cost
            best_seat[:, :] = seat
    return cost, best_cost
