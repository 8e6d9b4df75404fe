"""The compiled placement search: bookkeeping, crossover, pool and the hand-over."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cafedesk.planning import placement_memetic
from cafedesk.planning.common import Deadline
from cafedesk.planning.placement import (
    PlacementProblem,
    solve_placement,
)
from cafedesk.planning.placement_model import Model
from cafedesk.planning.placement_search import Search
from tests.planning.test_placement import assert_hard_rules, brute_score, feasible_problems


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    # Built once per process (cached on disk after the first time ever).
    assert placement_memetic.wait_ready(300), "the compiled placement search did not build"


def started(problem: PlacementProblem, seed: int) -> tuple[Model, list[int]]:
    model = Model(problem)
    search = Search(model, random.Random(seed))
    search.construct()
    return model, list(search.slot)


def recount(problem: PlacementProblem, model: Model, slots: list[int]) -> tuple[int, int, int]:
    """(overflow, clashes, slot moves) of a slot vector, rooms given out as the result does.

    The search counts a topic as moved when it leaves its current slot; a change
    of room inside the slot is settled with the rooms, at the end.
    """
    members: list[list[int]] = [[] for _ in range(model.m)]
    for t, s in enumerate(slots):
        if s < model.m:
            members[s].append(t)
    assignments = {
        model.topic_ids[t]: (model.room_ids[room], model.slot_ids[s])
        for s, group in enumerate(members)
        for t, room in model.assign_rooms(s, group).items()
    }
    overflow, clashes, _ = brute_score(problem, assignments)
    slot_moves = sum(
        1 for t, s in enumerate(slots) if model.has_current[t] and s != model.cur_slot[t]
    )
    return overflow, clashes, slot_moves


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problem=feasible_problems(), seed=st.integers(0, 1000))
def test_annealing_keeps_its_books_and_every_offer_is_true(
    problem: PlacementProblem, seed: int
) -> None:
    from cafedesk.planning import placement_state as ps

    model, start = started(problem, seed)
    ar = ps.arrays_for(model, start)
    state = ps.State(ar, np.array([start[t] for t in ar.model_index], np.int64))
    state.anneal(ar, 0, 5000, 5000, (2.0, 0.1), seed)
    fresh = ps.State(ar, state.slot)
    # Everything kept step by step equals a recount from the slot vector alone.
    assert np.array_equal(state.aff, fresh.aff)
    assert np.array_equal(state.block, fresh.block)
    assert np.array_equal(state.over, fresh.over)
    assert np.array_equal(state.score, fresh.score)
    assert not (state.block[np.arange(ar.n), state.slot] > 0).any(), "convenor double-booked"
    assert state.best_score[0] <= fresh.score[0]

    offers: list[tuple[list[int], int, int, int]] = []
    placement_memetic._improve(
        model, start, Deadline(0.2), lambda *offer: offers.append(offer), seed, 4, 3000, 6
    )
    for slots, overflow, clashes, moves in offers:
        assert [s >= model.m for s in slots] == [s >= model.m for s in start]
        assert recount(problem, model, slots) == (overflow, clashes, moves)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problem=feasible_problems(), seed=st.integers(0, 1000), data=st.data())
def test_a_child_keeps_pins_and_every_hard_rule(
    problem: PlacementProblem, seed: int, data: st.DataObject
) -> None:
    from cafedesk.planning import placement_state as ps

    model, start = started(problem, seed)
    ar = ps.arrays_for(model, start)
    sub = np.array([start[t] for t in ar.model_index], np.int64)
    parents = []
    for k in range(2):
        state = ps.State(ar, sub)
        state.anneal(ar, 0, 3000, 3000, (5.0, 1.0), seed + k)
        parents.append(state.slot.copy())
    child = ps.crossover(ar, parents[0], parents[1], np.random.default_rng(seed))
    if child is None:
        return
    assert (child >= 0).all()
    assert np.array_equal(child[ar.fixed], sub[ar.fixed])
    full = list(start)
    for i, t in enumerate(ar.model_index):
        full[t] = int(child[i])
    for t, s in enumerate(full):
        if s < model.m:
            assert s in model.allowed[t]
    state = ps.State(ar, child)
    assert not (state.block[np.arange(ar.n), state.slot] > 0).any()
    assert (state.over >= 0).all(), "a slot holds topics its rooms cannot take"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problem=feasible_problems(), seed=st.integers(0, 1000))
def test_solver_with_the_compiled_phase_keeps_every_hard_rule(
    problem: PlacementProblem, seed: int
) -> None:
    calls: list[int] = []
    original = placement_memetic.improve
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(placement_memetic, "improve", lambda *a: (calls.append(1), original(*a))[1])
        result = solve_placement(problem, time_limit=0.3, seed=seed)
    assert_hard_rules(problem, result)
    assert result.unplaced == ()
    assert result.overflow == 0
    assert (result.overflow, result.clashes, result.moves) == brute_score(
        problem, result.assignments
    )
    assert calls, "the compiled phase did not run"


def test_pool_takes_the_place_of_the_most_alike_or_the_worst() -> None:
    a = np.array([0, 0, 1, 1, 2, 2])
    b = np.array([2, 2, 0, 0, 1, 1])
    pool = [((0, 10), a.copy()), ((0, 30), b.copy())]
    # Close to a but worse: a stays.
    placement_memetic._update_pool(pool, (0, 12), np.array([0, 0, 1, 1, 2, 1]), near=2)
    assert pool[0][0] == (0, 10)
    # Close to a and better: it takes a's place.
    placement_memetic._update_pool(pool, (0, 8), np.array([0, 0, 1, 1, 2, 1]), near=2)
    assert pool[0][0] == (0, 8)
    # Far from both and better than the worst: the worst goes.
    placement_memetic._update_pool(pool, (0, 20), np.array([1, 2, 2, 0, 0, 1]), near=2)
    assert sorted(k for k, _ in pool) == [(0, 8), (0, 20)]


def test_warm_up_builds_every_kernel_the_search_calls() -> None:
    # A kernel left out of the warm-up would be compiled in the middle of a
    # timed search (and, if the process ended first, never cached).
    from cafedesk.planning import placement_kernels as kernels

    # (Kernels called only from other kernels are built inside them.)
    for name in ("anneal", "insert_leftovers", "slot_overflow"):
        assert getattr(kernels, name).signatures, f"{name} was not built by the warm-up"
