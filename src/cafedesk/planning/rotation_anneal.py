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

import logging
import math
import threading
import time
from typing import TYPE_CHECKING, Any

from cafedesk.planning.common import Deadline, ProgressCallback

if TYPE_CHECKING:
    from cafedesk.planning.rotation_search import State

CHECK_EVERY = 2048  # moves between looks at the clock (pure Python)
CHUNK_S = 0.05  # compiled moves between looks at the clock and the stop button
CYCLE_S = 2.5  # one cooling from hot to cold; later cycles start from the best plan
HOT, COLD = 0.6, 0.02  # temperatures as fractions of one repeat's cost

log = logging.getLogger(__name__)
_finished = threading.Event()  # the build ended, well or not
_ready = threading.Event()  # ... and the kernel works
_lock = threading.Lock()
_started = False


def warm_up() -> None:
    """Build the compiled kernel in the background (once per process; numba caches it on
    disk, so later processes only load it).  Until it is ready, annealing runs in Python."""
    global _started
    with _lock:
        if _started:
            return
        _started = True
    threading.Thread(target=_compile, name="rotation-compile", daemon=True).start()


def wait_ready(timeout: float) -> bool:
    """Block until the kernel is built (tests and benchmarks); False if it cannot be."""
    warm_up()
    _finished.wait(timeout)
    return _ready.is_set()


def _compile() -> None:
    try:
        import random

        from cafedesk.planning.rotation import RotationPerson, RotationProblem, RotationTable
        from cafedesk.planning.rotation_search import State

        people = tuple(RotationPerson(f"P{i}") for i in range(6))
        tables = (RotationTable("A", 3), RotationTable("B", 3))
        state = State(RotationProblem(people, tables, 3), random.Random(0))
        for r in state.free:
            state.greedy_round(r)
        cost = state.total()[0]
        best = [list(state.seat[r]) for r in state.free]
        _compiled_cycle(state, Deadline(60.0), cost, cost, best, 60.0, moves_cap=2000)
    except Exception:  # a platform without numba or a cache it cannot write
        log.warning("The compiled rotation search is not available; using Python.", exc_info=True)
    else:
        _ready.set()
    finally:
        _finished.set()


def _movable(state: State) -> list[list[int]]:
    return [
        [
            p
            for p, u in state.unit_of[r].items()
            if state.pinned[r][p] < 0
            and len(state.units[r][u]) == 1
            and 0 <= state.seat[r][p] < state.T
        ]
        for r in state.free
    ]


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
    go below); return the best cost and seats, and leave the best seating in the state."""
    from cafedesk.planning.rotation_search import report

    if not any(len(people) >= 2 for people in _movable(state)):
        return best_cost, best
    warm_up()
    while not deadline.expired() and best_cost > floor:
        span = min(CYCLE_S, deadline.seconds - deadline.elapsed())
        if _ready.is_set():
            best_cost, best = _compiled_cycle(state, deadline, cost, best_cost, best, span, floor)
        else:
            best_cost, best = _python_cycle(state, deadline, cost, best_cost, best, span, floor)
        _restore(state, best)  # the next cycle starts from the best plan so far
        cost = best_cost
        _, rep, grp = state.total()
        report(progress, deadline, rep, grp)
    _restore(state, best)
    return best_cost, best


def _python_cycle(
    state: State,
    deadline: Deadline,
    cost: int,
    best_cost: int,
    best: list[list[int]],
    span: float,
    floor: int,
) -> tuple[int, list[list[int]]]:
    """One cooling in pure Python (while the compiled kernel is being built)."""
    from cafedesk.planning.rotation_search import W_REP

    free = state.free
    movable = _movable(state)
    rounds = [i for i, people in enumerate(movable) if len(people) >= 2]
    rand, exp = state.rng.random, math.exp
    n, meet, static, more = state.n, state.meet, state.static, state.more
    visits, vw, is_host = state.visits, state.visit_w, state.is_host
    hot, cold = HOT * W_REP, COLD * W_REP
    cycle_start = deadline.elapsed()
    temp = hot
    moves = 0
    while True:
        moves += 1
        if moves % CHECK_EVERY == 0:
            if deadline.expired() or best_cost <= floor or _ready.is_set():
                break
            done = (deadline.elapsed() - cycle_start) / max(1e-3, span)
            if done >= 1.0:
                break
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
    return best_cost, best


def kernel_arrays(state: State, best: list[list[int]]) -> tuple[Any, ...]:
    """The state as the compiled kernel's arrays, in its argument order (up to the moves),
    and the best seating so far as the array it keeps up to date."""
    import numpy as np

    free, n, T = state.free, state.n, state.T
    movable = _movable(state)
    width = max(1, max(len(state.members[r][t]) for r in free for t in range(T)))
    seat = np.array([state.seat[r] for r in free], dtype=np.int64)
    members = np.full((len(free), T, width), -1, dtype=np.int64)
    size = np.zeros((len(free), T), dtype=np.int64)
    pos = np.zeros((len(free), n), dtype=np.int64)
    for f, r in enumerate(free):
        for t in range(T):
            row = state.members[r][t]
            size[f, t] = len(row)
            for i, p in enumerate(row):
                members[f, t, i] = p
                pos[f, p] = i
    mov = np.zeros((len(free), max(1, max(len(m) for m in movable))), dtype=np.int64)
    n_mov = np.zeros(len(free), dtype=np.int64)
    for f, people in enumerate(movable):
        mov[f, : len(people)] = people
        n_mov[f] = len(people)
    rounds = np.array([f for f in range(len(free)) if n_mov[f] >= 2], dtype=np.int64)
    meet = np.array(state.meet, dtype=np.int64).reshape(n, n)
    static = np.array(state.static, dtype=np.int64).reshape(n, n)
    more = np.array(state.more, dtype=np.int64)
    visits = np.array(state.visits, dtype=np.int64).reshape(n, T + 1)
    is_host = np.array(state.is_host, dtype=np.bool_)
    best_seat = np.array([best[f] for f in range(len(free))], dtype=np.int64)
    arrays = (seat, members, size, pos, mov, n_mov, rounds, meet, static, more, visits)
    return (*arrays, state.visit_w, is_host), best_seat


def _compiled_cycle(
    state: State,
    deadline: Deadline,
    cost: int,
    best_cost: int,
    best: list[list[int]],
    span: float,
    floor: int = -1,
    moves_cap: int = 1 << 62,
) -> tuple[int, list[list[int]]]:
    """One cooling through the compiled kernel, in chunks short enough for the stop button."""
    from cafedesk.planning.compiled_kernels import rotation
    from cafedesk.planning.rotation_search import W_REP

    kernels = rotation()
    arrays, best_seat = kernel_arrays(state, best)
    hot, cold = HOT * W_REP, COLD * W_REP
    start = deadline.elapsed()
    chunk, done_moves = 20_000, 0
    improved = False
    while done_moves < moves_cap:
        now = deadline.elapsed()
        f0 = (now - start) / max(1e-3, span)
        if f0 >= 1.0 or deadline.expired() or best_cost <= floor:
            break
        tick = time.perf_counter()
        f1 = min(1.0, f0 + CHUNK_S / max(1e-3, span))
        cost, new_best = kernels.anneal_swaps(
            *arrays, min(chunk, moves_cap - done_moves),
            hot * (cold / hot) ** f0, hot * (cold / hot) ** f1,
            cost, best_cost, best_seat, state.rng.randrange(1 << 30),
        )  # fmt: skip
        done_moves += chunk
        if new_best < best_cost:
            best_cost, improved = new_best, True
        took = time.perf_counter() - tick
        chunk = max(1000, int(chunk * CHUNK_S / max(took, 1e-4)))
    if improved:
        best = [list(map(int, row)) for row in best_seat]
    return best_cost, best


def _restore(state: State, best: list[list[int]]) -> None:
    from cafedesk.planning.rotation_tabu import _restore as restore

    restore(state, best)
