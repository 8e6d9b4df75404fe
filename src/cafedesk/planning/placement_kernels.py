"""Compiled inner loops of the placement search (internal; numba).

Everything here works on one *state*: a tuple of numpy arrays describing the
topics' slots (see ``placement_state``). Topics that never leave their slot are
``fixed``; topics that also keep their pinned room are ``anchored``: their room
is taken out of the slot's rooms (``slot_caps``/``slot_rooms``) once, so the
capacity check sees only the topics that can move.

Energy is ``clashes * K + moves`` in integers (K = topics + 1), so fewer moves
only ever break a tie between equal clash counts. ``aff[t, s]`` is what topic t
would cost in slot s: K times its shared interest with the topics there, plus 1
if s is not its current slot. Overflow (demand above room size) comes first:
a move may not raise a state's total overflow, and one that lowers it is taken
whatever it does to clashes.

Compiled with ``cache=True`` (kept beside this file, or in the user's cache
folder) and ``nogil=True`` (the window stays smooth while a search runs).
"""

from __future__ import annotations

import os

import numpy as np
from numba import njit

_BIG = 1 << 40
_EXPO = 8192
_EXPO_MASK = _EXPO - 1
# numba keys its disk cache on this file; a frozen app may ship without it and
# then compiles once per run instead.
_CACHE = os.path.exists(__file__)


@njit(cache=_CACHE, nogil=True)
def _hungarian(cost: np.ndarray) -> int:  # pragma: no cover - compiled
    """Least total cost of giving each row its own column (rows <= columns).

    The compiled twin of ``placement_rooms.assign_min_cost`` (which the pure-Python
    search and the final room assignment use); it returns only the total.
    """
    n, m = cost.shape
    u = np.zeros(n + 1, np.int64)
    v = np.zeros(m + 1, np.int64)
    col_row = np.zeros(m + 1, np.int64)
    way = np.zeros(m + 1, np.int64)
    for i in range(1, n + 1):
        col_row[0] = i
        j0 = 0
        minv = np.full(m + 1, _BIG * 4, np.int64)
        used = np.zeros(m + 1, np.bool_)
        while True:
            used[j0] = True
            i0 = col_row[j0]
            delta = _BIG * 4
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1, j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[col_row[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if col_row[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            col_row[j0] = col_row[j1]
            j0 = j1
    total = 0
    for j in range(1, m + 1):
        if col_row[j]:
            total += cost[col_row[j] - 1, j - 1]
    return total


@njit(cache=_CACHE, nogil=True)
def slot_cost(s, out_t, in_t, members, cnt, rooms, scratch):  # pragma: no cover - compiled
    """Overflow of slot s with out_t taken out and in_t put in (-1: none); -1 if it cannot be.

    ``rooms`` is (demand, anchored, special, room_ok, slot_caps, slot_rooms,
    n_free); ``scratch`` holds at least a slot's topics plus one (no allocation
    on the common path: this runs for every move that passes the clash test).
    """
    demand, anchored, special, room_ok, slot_caps, slot_rooms, n_free = rooms
    k = 0
    any_special = False
    for i in range(cnt[s] + 1):
        if i < cnt[s]:
            x = members[s, i]
            if x == out_t or anchored[x]:
                continue
        elif in_t >= 0:
            x = in_t
        else:
            break
        any_special = any_special or special[x]
        # Insertion sort by demand, largest first.
        d = demand[x]
        j = k
        while j > 0 and demand[scratch[j - 1]] < d:
            scratch[j] = scratch[j - 1]
            j -= 1
        scratch[j] = x
        k += 1
    if k > n_free[s]:
        return -1
    if not any_special:
        total = 0
        for i in range(k):
            d = demand[scratch[i]]
            if d > slot_caps[s, i]:
                total += d - slot_caps[s, i]
        return total
    cost = np.empty((k, n_free[s]), np.int64)
    for i in range(k):
        t = scratch[i]
        for j in range(n_free[s]):
            room = slot_rooms[s, j]
            cost[i, j] = max(0, demand[t] - slot_caps[s, j]) if room_ok[t, room] else _BIG
    total = _hungarian(cost)
    return -1 if total >= _BIG else total


@njit(cache=_CACHE, nogil=True)
def slot_overflow(
    s, members, cnt, demand, anchored, special, room_ok, slot_caps, slot_rooms, n_free
):  # pragma: no cover - compiled
    """``slot_cost`` of slot s as it stands, with flat arguments: the entry point Python
    calls (a kernel built ahead of time takes arrays and numbers, not a tuple)."""
    rooms = (demand, anchored, special, room_ok, slot_caps, slot_rooms, n_free)
    scratch = np.empty(members.shape[1] + 1, np.int64)
    return slot_cost(s, -1, -1, members, cnt, rooms, scratch)


@njit(cache=_CACHE, nogil=True)
def relocate(
    t, b, slot, members, cnt, pos, aff, nbr_idx, nbr_w, nbr_cnt, mates, mates_cnt, block
):  # pragma: no cover - compiled
    """Move topic t to slot b, keeping members, aff and the convenor counts in step."""
    a = slot[t]
    p = pos[t]
    last = members[a, cnt[a] - 1]
    members[a, p] = last
    pos[last] = p
    cnt[a] -= 1
    members[b, cnt[b]] = t
    pos[t] = cnt[b]
    cnt[b] += 1
    slot[t] = b
    for k in range(nbr_cnt[t]):
        v = nbr_idx[t, k]
        wv = nbr_w[t, k]
        aff[v, a] -= wv
        aff[v, b] += wv
    for k in range(mates_cnt[t]):
        v = mates[t, k]
        block[v, a] -= 1
        block[v, b] += 1


@njit(cache=_CACHE, nogil=True, inline="always")
def _draw(x, n):  # pragma: no cover - compiled
    """Next LCG state and a number in 0..n-1 from its top bits."""
    x = x * np.uint64(6364136223846793005) + np.uint64(1442695040888963407)
    return x, np.int64(((x >> np.uint64(33)) * np.uint64(n)) >> np.uint64(31))


@njit(cache=_CACHE, nogil=True)
def anneal(
    slot,
    members,
    cnt,
    pos,
    aff,
    block,
    over,
    score,
    best_slot,
    best_score,
    wk,
    mate,
    allowed,
    allowed_cnt,
    allowed_ok,
    movable,
    demand,
    anchored,
    special,
    room_ok,
    slot_caps,
    slot_rooms,
    n_free,
    nbr_idx,
    nbr_w,
    nbr_cnt,
    mates,
    mates_cnt,
    it_from,
    it_to,
    it_total,
    t_start,
    t_end,
    seed,
):  # pragma: no cover - compiled
    """Moves ``it_from``..``it_to`` of an annealing run of ``it_total`` moves.

    ``score`` is [overflow, energy] of the state and is kept up to date;
    ``best_slot``/``best_score`` take every state better than the best so far.
    Moves: a topic to a slot with a free room, or two topics swap slots.
    """
    np.random.seed(seed)
    n_mov = movable.shape[0]
    if n_mov == 0:
        return
    n_slots = cnt.shape[0]
    # How many topics each slot holds when full: its free rooms plus its
    # anchored topics (which never move, so this is counted once per call).
    full_at = n_free.copy()
    for s in range(n_slots):
        for i in range(cnt[s]):
            if anchored[members[s, i]]:
                full_at[s] += 1
    free_cells = 0
    for s in range(n_slots):
        free_cells += full_at[s] - cnt[s]
    ratio = t_end / t_start
    temp = t_start * ratio ** (it_from / it_total)
    scratch = np.empty(members.shape[1] + 1, np.int64)
    rooms = (demand, anchored, special, room_ok, slot_caps, slot_rooms, n_free)
    # Metropolis thresholds -ln(U), drawn once per call: a move with energy
    # change d is taken iff d <= temp * expo[i].
    expo = -np.log(1.0 - np.random.random(_EXPO))
    # Move draws come from a 64-bit LCG (its top 31 bits): several times cheaper
    # than numpy's generator, and plenty for picking moves.
    x = np.uint64(seed) * np.uint64(2) + np.uint64(1)
    for it in range(it_from, it_to):
        if (it & 1023) == 0:
            temp = t_start * ratio ** (it / it_total)
        x, k = _draw(x, n_mov)
        t = movable[k]
        a = slot[t]
        x, k = _draw(x, 2)
        if free_cells > 0 and k == 0:
            x, k = _draw(x, allowed_cnt[t])
            b = allowed[t, k]
            if a == b:
                continue
            u = -1
            if cnt[b] >= full_at[b]:
                x, k = _draw(x, cnt[b])
                u = members[b, k]
                if allowed_cnt[u] < 2 or not allowed_ok[u, a]:
                    continue
        else:
            x, k = _draw(x, n_mov)
            u = movable[k]
            b = slot[u]
            if a == b or not allowed_ok[t, b] or not allowed_ok[u, a]:
                continue
        th = temp * expo[it & _EXPO_MASK]
        strict = over[a] == 0 and over[b] == 0
        if u < 0:
            if block[t, b]:
                continue
            delta = aff[t, b] - aff[t, a]
        else:
            mtu = mate[t, u]
            if block[t, b] - mtu or block[u, a] - mtu:
                continue
            delta = aff[t, b] - aff[t, a] + aff[u, a] - aff[u, b] - 2 * wk[t, u]
        if strict and delta > th:
            continue
        cost_a = slot_cost(a, t, u, members, cnt, rooms, scratch)
        if cost_a < 0:
            continue
        cost_b = slot_cost(b, u, t, members, cnt, rooms, scratch)
        if cost_b < 0:
            continue
        d_over = cost_a + cost_b - over[a] - over[b]
        if d_over > 0 or (d_over == 0 and delta > th):
            continue
        relocate(
            t, b, slot, members, cnt, pos, aff, nbr_idx, nbr_w, nbr_cnt, mates, mates_cnt, block
        )
        if u >= 0:
            relocate(
                u, a, slot, members, cnt, pos, aff, nbr_idx, nbr_w, nbr_cnt, mates, mates_cnt, block
            )
        over[a] = cost_a
        over[b] = cost_b
        score[0] += d_over
        score[1] += delta
        if score[0] < best_score[0] or (score[0] == best_score[0] and score[1] < best_score[1]):
            best_score[0] = score[0]
            best_score[1] = score[1]
            best_slot[:] = slot


@njit(cache=_CACHE, nogil=True)
def insert_leftovers(
    child,
    order,
    members,
    cnt,
    wk,
    mate,
    allowed_ok,
    demand,
    anchored,
    special,
    room_ok,
    slot_caps,
    slot_rooms,
    n_free,
    seed,
):  # pragma: no cover - compiled
    """Put each topic of ``order`` (child slot -1) where it adds least; False if one fits nowhere.

    ``members``/``cnt`` hold the child's placed topics and are updated.
    """
    np.random.seed(seed)
    n_slots = cnt.shape[0]
    scratch = np.empty(members.shape[1] + 1, np.int64)
    rooms = (demand, anchored, special, room_ok, slot_caps, slot_rooms, n_free)
    for t in order:
        best_s = -1
        best_over = 0
        best_clash = 0
        best_tie = 0.0
        for s in range(n_slots):
            if not allowed_ok[t, s]:
                continue
            clash = 0
            blocked = False
            for i in range(cnt[s]):
                x = members[s, i]
                if mate[t, x]:
                    blocked = True
                    break
                clash += wk[t, x]
            if blocked:
                continue
            over = slot_cost(s, -1, t, members, cnt, rooms, scratch)
            if over < 0:
                continue
            tie = np.random.random()
            if (
                best_s < 0
                or over < best_over
                or (
                    over == best_over
                    and (clash < best_clash or (clash == best_clash and tie < best_tie))
                )
            ):
                best_over, best_clash, best_tie = over, clash, tie
                best_s = s
        if best_s < 0:
            return False
        child[t] = best_s
        members[best_s, cnt[best_s]] = t
        cnt[best_s] += 1
    return True
