"""Golfer constructions: every schedule is recounted here, never compared with a stored one."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest

from cafedesk.planning.designs_geometry import (
    binary_spread_rounds,
    geometric_rounds,
    packing_rounds,
    unital_rounds,
)
from cafedesk.planning.designs_latin import latin_rounds
from cafedesk.planning.designs_lift import lifted_spread_rounds
from cafedesk.planning.rotation import (
    RotationPerson,
    RotationProblem,
    RotationTable,
    solve_rotation,
)

Rounds = list[list[list[int]]]


def check_shape(rounds: Rounds, g: int, p: int, w: int) -> None:
    assert len(rounds) == w
    for rnd in rounds:
        assert len(rnd) == g
        assert all(len(table) == p for table in rnd)
        assert sorted(x for table in rnd for x in table) == list(range(g * p))


def repeats(rounds: Rounds) -> int:
    meet = Counter(pair for rnd in rounds for t in rnd for pair in combinations(sorted(t), 2))
    return sum(v - 1 for v in meet.values() if v > 1)


@pytest.mark.parametrize(("q", "g", "w"), [(2, 5, 7), (3, 10, 13), (3, 10, 6)])
def test_packing_of_pg3q_has_no_repeats(q: int, g: int, w: int) -> None:
    rounds = packing_rounds(q, w, seed=w)
    assert rounds is not None
    check_shape(rounds, g, q + 1, w)
    assert repeats(rounds) == 0


@pytest.mark.parametrize(("d", "k", "w"), [(5, 2, 9), (4, 1, 15), (6, 2, 17)])
def test_binary_spread_has_no_repeats(d: int, k: int, w: int) -> None:
    rounds = binary_spread_rounds(d, k, w)
    assert rounds is not None
    check_shape(rounds, 1 << (d - k), 1 << k, w)
    assert repeats(rounds) == 0


def test_binary_spread_stops_at_nine_lines_of_pg42() -> None:
    assert binary_spread_rounds(5, 2, 10) is None  # no partial spread of 10 lines exists


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_unital_resolution_has_no_repeats(seed: int) -> None:
    rounds = unital_rounds(3, 9, seed=seed)
    assert rounds is not None
    check_shape(rounds, 7, 4, 9)
    assert repeats(rounds) == 0
    # Every pair of the 28 people meets exactly once: a 2-(28,4,1) design.
    met = {pair for rnd in rounds for t in rnd for pair in combinations(sorted(t), 2)}
    assert len(met) == 28 * 27 // 2


def test_geometric_rounds_pick_the_fitting_design() -> None:
    assert geometric_rounds(10, 4, 13) is not None
    assert geometric_rounds(7, 4, 9) is not None
    assert geometric_rounds(7, 4, 10) is None  # more rounds than the design has
    rounds = geometric_rounds(8, 4, 10)  # past the spread bound: partners who never meet
    assert rounds is not None
    check_shape(rounds, 8, 4, 10)
    assert repeats(rounds) == 0
    assert geometric_rounds(8, 4, 11) is None  # 3 new people a round: at most 31 // 3 rounds


@pytest.mark.parametrize(("g", "w"), [(8, 10), (8, 4), (32, 42)])
def test_lifted_spreads_have_no_repeats(g: int, w: int) -> None:
    rounds = lifted_spread_rounds(g, 4, w)
    assert rounds is not None
    check_shape(rounds, g, 4, w)
    assert repeats(rounds) == 0
    if 3 * w == 4 * g - 2:  # as many rounds as fit: each person misses exactly one other
        met = Counter(x for rnd in rounds for t in rnd for x in t for y in t if x != y)
        assert set(met.values()) == {4 * g - 2}


@pytest.mark.parametrize(("g", "p", "w"), [(8, 4, 11), (16, 4, 5), (4, 8, 3), (2, 4, 2)])
def test_lifted_spreads_refuse_what_they_cannot_seat(g: int, p: int, w: int) -> None:
    assert lifted_spread_rounds(g, p, w) is None


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_latin_rounds_for_six_by_six(seed: int) -> None:
    rounds = latin_rounds(6, 4, seed=seed)
    assert rounds is not None
    check_shape(rounds, 6, 6, 4)
    assert repeats(rounds[:3]) == 0
    assert repeats(rounds) <= 2  # zero is impossible (no orthogonal Latin squares of order 6)


def golfer(g: int, p: int, w: int) -> RotationProblem:
    return RotationProblem(
        tuple(RotationPerson(f"G{i}") for i in range(g * p)),
        tuple(RotationTable(f"T{t}", p) for t in range(g)),
        w,
        exact_table_size=True,
    )


@pytest.mark.parametrize(
    ("g", "p", "w"), [(10, 4, 13), (7, 4, 9), (5, 3, 7), (8, 4, 9), (8, 4, 10)]
)
def test_solver_uses_the_designs(g: int, p: int, w: int) -> None:
    result = solve_rotation(golfer(g, p, w), time_limit=20.0)
    assert result.repeat_pairs == 0
    assert result.first_zero_s is not None and result.final_s < 10.0


def test_solver_reaches_two_repeats_on_six_by_six() -> None:
    result = solve_rotation(golfer(6, 6, 4), time_limit=0.5)
    assert result.repeat_pairs <= 2
