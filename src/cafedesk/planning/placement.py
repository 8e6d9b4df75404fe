"""Topic placement: put Open Space topics into (room, slot) cells.

Public API (pure Python, no Qt, no database; safe to run in a worker thread)::

    PlacementRoom(id, capacity, equipment=frozenset())
    PlacementSlot(id, label="")
    PlacementTopic(id, convenor=None, demand=0, equipment=frozenset(),
                   pinned_room=None, pinned_slot=None, unavailable_slots=frozenset(),
                   current=None,                 # (room id, slot id) on the wall now
                   convenors=frozenset())        # more convenors, e.g. of a merged topic
    PlacementProblem(rooms, slots, topics, interests)   # interests: person -> topic ids
    PlacementResult(assignments, unplaced, overflow, clashes, moves,
                    first_answer_s, final_s, problems)
    PlacementIssue(code, ids, details); issue.sentence(translate) -> str
    describe_issue(issue, translate=identity) -> str

    solve_placement(problem, *, time_limit=5.0, progress=ignore_progress,
                    should_stop=never_stop, seed=0) -> PlacementResult
    check_feasibility(problem) -> tuple[PlacementIssue, ...]
    score(problem, assignments) -> (overflow, clashes, moves)

Hard rules: one topic per cell; pins kept; a convenor (any of a topic's
``convenor`` and ``convenors``) is never in two places in one slot;
convenors' unavailable slots are avoided; a topic's equipment is a
subset of its room's. Goals, in this order: fewest unplaced topics, least
overflow (sum of demand above room capacity), fewest participant clashes (sum
over people and slots of C(n, 2) for n wanted topics in the slot), fewest moves
(topics with a current cell that end up elsewhere, unplaced included).

The solver builds a greedy answer at once, then anneals over each topic's slot
(rooms follow exactly per slot) in pure Python: a short run that settles
unplaced topics and overflow, then fresh runs (new greedy start, own random
stream) until the compiled search is built (``placement_memetic``: a memetic
algorithm over numba-compiled annealing, which then has the rest of the time).
It returns the best answer seen on the time limit or a stop request.
``progress`` gets a ``SolverProgress`` when the best improves (at most
every 20 ms) and at least every 0.2 s, with figures ``overflow``, ``clashes``,
``moves`` and ``unplaced``. A seed fixes every random choice; how many moves
fit in the time limit depends on the machine.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping

from cafedesk.planning import placement_memetic
from cafedesk.planning.common import (
    Deadline,
    ProgressCallback,
    SolverProgress,
    StopRequested,
    ignore_progress,
    never_stop,
)
from cafedesk.planning.placement_checks import check_feasibility, outcome_issues
from cafedesk.planning.placement_issues import PlacementIssue, describe_issue
from cafedesk.planning.placement_model import Model
from cafedesk.planning.placement_search import Search
from cafedesk.planning.placement_types import (
    PlacementProblem,
    PlacementResult,
    PlacementRoom,
    PlacementSlot,
    PlacementTopic,
)

__all__ = [
    "PlacementIssue",
    "PlacementProblem",
    "PlacementResult",
    "PlacementRoom",
    "PlacementSlot",
    "PlacementTopic",
    "check_feasibility",
    "describe_issue",
    "score",
    "solve_placement",
]

# Annealing temperatures in clash units, tuned on the bench instances (medians
# over seeds at a fixed number of moves). A run that has the whole time needs
# the wide range (large: 312 against 317 for 1.3 -> 0.5); runs that restart do
# better in the narrow one (medium: 202 against 203.5 for 2.0 -> 0.1).
_T_WIDE = (2.0, 0.1)
_T_NARROW = (1.3, 0.5)
_QUICK_SHARE = 0.1
_QUICK_MAX_S = 1.0
# Unplaced topics or overflow after the greedy start: the pure-Python anneal
# gets at least this share of the time to settle them (the compiled phase keeps
# both as they are) and hands over as soon as they are settled.
_UNSETTLED_SHARE = 0.3
# Runs end in basins that differ by several clashes (2-slot exchanges cannot
# leave them); a run shorter than about this many moves per topic pair ends in
# poor ones, a longer one gains little over a fresh restart (bench: medium).
_RUN_MOVES_PER_PAIR = 460.0
_MIN_RUN_S = 0.05  # restarting costs a greedy construction
_REPORT_GAP_S = 0.02
# The compiled search (placement_memetic) takes over once it is built; off, or
# where numba cannot run, the pure-Python restarts go on to the end.
USE_COMPILED = True
_HEARTBEAT_S = 0.2


def score(
    problem: PlacementProblem, assignments: Mapping[str, tuple[str, str]]
) -> tuple[int, int, int]:
    """(overflow, clashes, moves) of an assignment; hard rules are not checked here."""
    caps = {r.id: r.capacity for r in problem.rooms}
    overflow = moves = 0
    for t in problem.topics:
        cell = assignments.get(t.id)
        if cell is not None:
            overflow += max(0, t.demand - caps.get(cell[0], 0))
        if t.current is not None and cell != t.current:
            moves += 1
    clashes = 0
    for wanted in problem.interests.values():
        per_slot = Counter(assignments[x][1] for x in set(wanted) if x in assignments)
        clashes += sum(k * (k - 1) // 2 for k in per_slot.values())
    return overflow, clashes, moves


class _Tracker:
    """Keeps the best slot vector and sends throttled progress reports.

    Answers compare as (unplaced, overflow, clashes, moves), smaller first.
    """

    def __init__(self, search: Search, deadline: Deadline, progress: ProgressCallback) -> None:
        self.deadline = deadline
        self.progress = progress
        self.unplaced_slot = search.unplaced_slot
        self.best_slots = list(search.slot)
        self.best_key = self._key_of(search)
        self.last_report = -1.0
        self.dirty = True

    @staticmethod
    def _key_of(search: Search) -> tuple[int, int, int, int]:
        unplaced, overflow, _ = search.key()
        return (unplaced, overflow, search.clashes(), search.slot_moves())

    def improved(self, search: Search) -> None:
        self._take(search.slot, self._key_of(search))

    def offer(self, slots: list[int], overflow: int, clashes: int, moves: int) -> None:
        """An answer from the compiled search (slot index m = unplaced)."""
        self._take(slots, (slots.count(self.unplaced_slot), overflow, clashes, moves))

    def _take(self, slots: list[int], key: tuple[int, int, int, int]) -> None:
        if key < self.best_key:
            self.best_slots = list(slots)
            self.best_key = key
            self.dirty = True
            self.maybe_report()

    def maybe_report(self, force: bool = False) -> None:
        now = self.deadline.elapsed()
        gap = now - self.last_report
        if force or (self.dirty and gap >= _REPORT_GAP_S) or gap >= _HEARTBEAT_S:
            unplaced, overflow, clashes, moves = self.best_key
            self.progress(
                SolverProgress(
                    self.deadline.fraction(),
                    {
                        "unplaced": unplaced,
                        "overflow": overflow,
                        "clashes": clashes,
                        "moves": moves,
                    },
                )
            )
            self.last_report = now
            self.dirty = False


def solve_placement(
    problem: PlacementProblem,
    *,
    time_limit: float = 5.0,
    progress: ProgressCallback = ignore_progress,
    should_stop: StopRequested = never_stop,
    seed: int = 0,
) -> PlacementResult:
    """Best placement found within ``time_limit`` seconds (or until ``should_stop``)."""
    deadline = Deadline(time_limit, should_stop)
    if USE_COMPILED:
        placement_memetic.warm_up()
    issues = check_feasibility(problem)
    model = Model(problem)
    search = Search(model, random.Random(seed))
    search.construct()
    first_answer = deadline.elapsed()
    tracker = _Tracker(search, deadline, progress)

    def expired() -> bool:
        tracker.maybe_report()
        return deadline.expired()

    def switch() -> bool:
        """Hand over to the compiled search as soon as it is built."""
        return USE_COMPILED and placement_memetic.ready()

    def expired_or_switch() -> bool:
        return expired() or switch()

    # A short pure-Python anneal first: it settles unplaced topics and overflow
    # (the compiled phase keeps both as they are), gives an early stop a good
    # answer while the compiler works, and measures this machine's speed.
    def settled_and_switch() -> bool:
        return expired() or (switch() and tracker.best_key[:2] == (0, 0))

    quick = min(_QUICK_MAX_S, _QUICK_SHARE * time_limit) if time_limit >= 2.0 else 0.0
    if tracker.best_key[:2] != (0, 0):
        quick = max(quick, min(_QUICK_MAX_S, _UNSETTLED_SHARE * time_limit))
    rate = 0.0
    if quick > 0 and not settled_and_switch():
        began = deadline.elapsed()
        moves = search.anneal(quick, *_T_WIDE, settled_and_switch, tracker.improved)
        rate = moves / max(1e-3, deadline.elapsed() - began)
    run_s = max(_MIN_RUN_S, _RUN_MOVES_PER_PAIR * model.n**2 / rate) if rate > 0 else time_limit
    runs = 0
    while not deadline.expired() and not switch() and search.can_move():
        remaining = time_limit - deadline.elapsed()
        if runs and remaining < _MIN_RUN_S:
            break
        left = max(1, int(remaining / run_s))
        if runs:
            # Each restart draws from its own stream: a seed's runs do not depend
            # on how far the one before got.
            search.rng = random.Random(seed * 7919 + runs)
            search.load([model.m] * model.n)
            search.construct()
        temps = _T_WIDE if runs == 0 and left == 1 else _T_NARROW
        search.anneal(remaining / left, *temps, expired_or_switch, tracker.improved)
        runs += 1
    if switch() and not deadline.expired():

        def fresh(member: int) -> list[int]:
            other = Search(model, random.Random(seed * 104729 + member))
            other.construct()
            return other.slot

        placement_memetic.improve(model, tracker.best_slots, deadline, tracker.offer, seed, fresh)
        tracker.maybe_report()
    return _result(model, problem, tracker.best_slots, issues, first_answer, deadline, progress)


def _result(
    model: Model,
    problem: PlacementProblem,
    slots: list[int],
    issues: tuple[PlacementIssue, ...],
    first_answer: float,
    deadline: Deadline,
    progress: ProgressCallback,
) -> PlacementResult:
    by_slot: list[list[int]] = [[] for _ in range(model.m)]
    for t, s in enumerate(slots):
        if s < model.m:
            by_slot[s].append(t)
    assignments: dict[str, tuple[str, str]] = {}
    for s, members in enumerate(by_slot):
        for t, room in model.assign_rooms(s, members).items():
            assignments[model.topic_ids[t]] = (model.room_ids[room], model.slot_ids[s])
    unplaced = tuple(tid for tid in model.topic_ids if tid not in assignments)
    overflow, clashes, moves = score(problem, assignments)
    progress(
        SolverProgress(
            1.0,
            {"unplaced": len(unplaced), "overflow": overflow, "clashes": clashes, "moves": moves},
        )
    )
    return PlacementResult(
        assignments=assignments,
        unplaced=unplaced,
        overflow=overflow,
        clashes=clashes,
        moves=moves,
        first_answer_s=first_answer,
        final_s=deadline.elapsed(),
        problems=issues + outcome_issues(problem, assignments, unplaced, issues),
    )
