"""Second phase of the placement search: a memetic algorithm over compiled annealing.

Annealing runs alone end in basins that differ by several clashes, and no
amount of extra moves lets one run leave its basin. So a pool of annealed
answers is kept; two of them are crossed (greedy partition crossover, see
``placement_state.crossover``), the child is annealed at a lower temperature,
and it takes the place of the pool member most like it (if better) or of the
worst one. On the bench this reaches fewer clashes than the best known answers
(docs/benchmarks.md).

The compiled kernels are built on first use (numba; a few seconds, then cached
on disk), or come built ahead of time with the installers (``compiled_kernels``:
then warming up only checks them). ``warm_up()`` starts that in a background thread and ``ready()``
tells whether it is done, so the solver never waits for the compiler: until
the kernels are ready it keeps annealing in pure Python.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from cafedesk.planning.common import Deadline
from cafedesk.planning.placement_model import Model

log = logging.getLogger(__name__)

# Tuned on the bench instances (docs/benchmarks.md): a pool of 12, every run
# about 150 moves per topic pair (plus a floor for small events), members
# started hot and children cooler, since a child inherits good structure.
POOL_SIZE = 12
_MOVES_PER_PAIR = 150
_MOVES_FLOOR = 500_000
_MEMBER_TEMPS = (2.0, 0.1)
# Children take turns between two starting temperatures: the hotter one
# suits the 60-topic bench instance, the cooler one the 150-topic one.
_CHILD_TEMPS = ((1.0, 0.1), (1.5, 0.1))
_FIRST_RATE = 3e6  # moves per second until measured
_CHUNK_S = 0.03  # between looks at the clock and the stop button

# offer(model slot vector, overflow, clashes, moves) for every new best answer
Offer = Callable[[list[int], int, int, int], None]

_finished = threading.Event()  # the build ended, well or not
_ready = threading.Event()  # ... and the kernels work
_lock = threading.Lock()
_started = False


def warm_up() -> None:
    """Build the compiled kernels in the background (once per process)."""
    global _started
    with _lock:
        if _started:
            return
        _started = True
    threading.Thread(target=_compile, name="placement-compile", daemon=True).start()


def ready() -> bool:
    return _ready.is_set()


def wait_ready(timeout: float) -> bool:
    """Block until the kernels are built (tests and benchmarks); False if they cannot be."""
    warm_up()
    _finished.wait(timeout)
    return _ready.is_set()


def _compile() -> None:
    try:
        from cafedesk.planning.placement_types import (
            PlacementProblem,
            PlacementRoom,
            PlacementSlot,
            PlacementTopic,
        )

        # A tiny problem that takes every compiled path (swaps, a free room,
        # equipment matching, an anchored pin, the crossover). Person "u" wants
        # four topics in three slots, so no answer is perfect and the search
        # goes on to the children (which compile the crossover's kernel).
        rooms = (PlacementRoom("a", 5, frozenset({"x"})), PlacementRoom("b", 3))
        slots = (PlacementSlot("1"), PlacementSlot("2"), PlacementSlot("3"))
        topics = (
            PlacementTopic("p", demand=2, pinned_room="a", pinned_slot="1"),
            PlacementTopic("q", demand=4, equipment=frozenset({"x"}), current=("a", "2")),
            PlacementTopic("r", demand=1),
            PlacementTopic("s", demand=3),
            PlacementTopic("t", demand=2),
        )
        interests = {"u": ("q", "r", "s", "t"), "v": ("p", "r")}
        model = Model(PlacementProblem(rooms, slots, topics, interests))
        start = [0, 1, 2, 1, 2]
        _improve(model, start, Deadline(3600.0), _noop, 1, pool_size=2, moves=2000, children=2)
    except Exception:  # a platform without numba or a cache it cannot write
        log.warning(
            "The compiled placement search is not available; using pure Python.", exc_info=True
        )
    else:
        _ready.set()
    finally:
        _finished.set()


def _noop(_slots: list[int], _overflow: int, _clashes: int, _moves: int) -> None:
    return None


# fresh(i) -> another greedy start (a model slot vector) for pool member i
Fresh = Callable[[int], list[int]]


def improve(
    model: Model, start: list[int], deadline: Deadline, offer: Offer, seed: int, fresh: Fresh
) -> None:
    """Improve ``start`` (a model slot vector) until the deadline; ``offer`` gets better ones.

    Pool members start from ``fresh`` greedy answers that place the same topics
    as ``start`` (else from ``start``): different starts give a more varied pool.
    """
    _improve(model, start, deadline, offer, seed, POOL_SIZE, None, None, fresh)


def _improve(
    model: Model,
    start: list[int],
    deadline: Deadline,
    offer: Offer,
    seed: int,
    pool_size: int,
    moves: int | None,
    children: int | None,
    fresh: Fresh | None = None,
) -> None:
    import numpy as np

    from cafedesk.planning import placement_state as ps

    ar = ps.arrays_for(model, start)
    if len(ar.movable) < 2:
        return
    rng = np.random.default_rng(seed)
    sub_start = np.array([start[t] for t in ar.model_index], np.int64)
    runner = _Runner(ar, deadline, rng)
    per_run = moves or _MOVES_PER_PAIR * ar.n * ar.n + _MOVES_FLOOR
    best: tuple[int, int] | None = None

    def consider(state: ps.State) -> bool:
        """Offer the state's best if it beats everything seen; True when it is perfect."""
        nonlocal best
        key = (int(state.best_score[0]), int(state.best_score[1]))
        if best is None or key < best:
            best = key
            full = list(start)
            for i, t in enumerate(ar.model_index):
                full[t] = int(state.best_slot[i])
            clashes, moves = divmod(key[1], ar.k)
            offer(full, key[0] + ar.fixed_overflow, clashes, moves + ar.unplaced_moves)
        return key == (0, 0)

    pool: list[tuple[tuple[int, int], Any]] = []
    while len(pool) < pool_size:
        share = runner.budget() / (3 * (pool_size - len(pool)) + 1)
        begin = sub_start
        if fresh is not None and pool:
            other = fresh(len(pool))
            if [s >= model.m for s in other] == [s >= model.m for s in start]:
                begin = np.array([other[t] for t in ar.model_index], np.int64)
        state = ps.State(ar, begin)
        if not runner.run(state, min(per_run, max(20_000, int(share))), _MEMBER_TEMPS, consider):
            return
        pool.append(((int(state.best_score[0]), int(state.best_score[1])), state.best_slot.copy()))
    near = max(2, min(10, ar.n // 6))
    tries = 0
    while not deadline.expired() and (children is None or tries < children):
        tries += 1
        i, j = rng.choice(len(pool), 2, replace=False)
        child = ps.crossover(ar, pool[i][1], pool[j][1], rng)
        if child is None:
            continue
        state = ps.State(ar, child)
        temps = _CHILD_TEMPS[tries % len(_CHILD_TEMPS)]
        if not runner.run(state, per_run, temps, consider):
            return
        key = (int(state.best_score[0]), int(state.best_score[1]))
        _update_pool(pool, key, state.best_slot.copy(), near)


def _update_pool(
    pool: list[tuple[tuple[int, int], Any]], key: tuple[int, int], slots: Any, near: int
) -> None:
    """Replace the member most like the child if the child is as good; else the worst one."""
    distances = [int((slots != member).sum()) for _, member in pool]
    closest = min(range(len(pool)), key=distances.__getitem__)
    if distances[closest] == 0:
        return
    if distances[closest] <= near:
        if key <= pool[closest][0]:
            pool[closest] = (key, slots)
        return
    worst = max(range(len(pool)), key=lambda k: pool[k][0])
    if key <= pool[worst][0]:
        pool[worst] = (key, slots)


class _Runner:
    """Runs annealing in short compiled chunks between looks at the clock."""

    def __init__(self, ar: Any, deadline: Deadline, rng: Any) -> None:
        self.ar = ar
        self.deadline = deadline
        self.rng = rng
        self.rate = _FIRST_RATE

    def budget(self) -> float:
        """Moves that fit in the time left, at the measured speed."""
        return self.rate * max(0.0, self.deadline.seconds - self.deadline.elapsed())

    def run(
        self, state: Any, total: int, temps: tuple[float, float], consider: Callable[[Any], bool]
    ) -> bool:
        """One annealing run; False if the deadline or a perfect answer ended the search."""
        done = 0
        while done < total:
            if self.deadline.expired():
                return False
            step = min(total - done, max(4096, int(self.rate * _CHUNK_S)))
            began = self.deadline.elapsed()
            state.anneal(self.ar, done, done + step, total, temps, int(self.rng.integers(1 << 30)))
            spent = self.deadline.elapsed() - began
            if spent > 1e-3:
                self.rate = 0.7 * self.rate + 0.3 * step / spent
            done += step
            if consider(state):
                return False
        return True
