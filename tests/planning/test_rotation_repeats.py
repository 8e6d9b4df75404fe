"""Plans whose repeats cannot all go: worst case first, honest figures, a stated bound."""

from __future__ import annotations

import io
import json
import random
from collections import Counter
from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cafedesk.planning.rotation import (
    RotationPerson,
    RotationProblem,
    RotationTable,
    Seating,
    solve_rotation,
)
from cafedesk.planning.rotation_bounds import least_pairs, lower_bounds
from cafedesk.planning.rotation_json import run_plan_rotation


def recount(rounds: Seating) -> tuple[int, int]:
    """(repeat_pairs, most meetings of one pair), counted from the seating alone."""
    meet: Counter[frozenset[str]] = Counter()
    for seating in rounds:
        for members in seating.values():
            for a, b in combinations(members, 2):
                meet[frozenset((a, b))] += 1
    return sum(v - 1 for v in meet.values() if v > 1), max(meet.values(), default=0)


def golfer(tables: int, size: int, rounds: int) -> RotationProblem:
    people = tuple(RotationPerson(f"P{i:02d}") for i in range(tables * size))
    return RotationProblem(
        people,
        tuple(RotationTable(f"T{t}", size) for t in range(tables)),
        rounds,
        exact_table_size=True,
    )


@st.composite
def crowded_cafes(draw: st.DrawFn) -> RotationProblem:
    """Small cafés, often with more rounds than the group allows, with hosts, no-shows
    and rounds already held (re-planning half-way through the day)."""
    n_tables = draw(st.integers(2, 4))
    caps = [draw(st.integers(2, 5)) for _ in range(n_tables)]
    n_people = draw(st.integers(n_tables + 1, sum(caps)))
    people = tuple(RotationPerson(f"P{i}", draw(st.sampled_from("AB"))) for i in range(n_people))
    hosted = draw(st.booleans())
    tables = tuple(
        RotationTable(f"T{t}", caps[t], f"P{t}" if hosted else None) for t in range(n_tables)
    )
    ids = [p.id for p in people]
    travellers = ids[n_tables:] if hosted else ids
    rounds = draw(st.integers(2, 6))
    absent: dict[int, frozenset[str]] = {}
    for r in range(rounds):
        if draw(st.booleans()):
            absent[r] = frozenset(draw(st.lists(st.sampled_from(travellers), max_size=2)))
    held = draw(st.integers(0, rounds - 1))
    fixed = []
    rng = random.Random(draw(st.integers(0, 1000)))
    for r in range(held):  # a past round as it happened: hosts at home, the rest anywhere
        gone = absent.get(r, frozenset())
        seating: dict[str, list[str]] = {t.id: [] for t in tables}
        if hosted:
            for t in tables:
                seating[t.id].append(str(t.host))
        for pid in rng.sample(travellers, len(travellers)):
            if pid in gone:
                continue
            room = [t.id for t in tables if len(seating[t.id]) < t.capacity]
            seating[min(room, key=lambda tid: len(seating[tid]))].append(pid)
        fixed.append({tid: tuple(m) for tid, m in seating.items()})
    return RotationProblem(people, tables, rounds, fixed_rounds=tuple(fixed), absent=absent)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crowded_cafes(), st.integers(0, 3))
def test_figures_are_recounted_and_rules_hold(problem: RotationProblem, seed: int) -> None:
    result = solve_rotation(problem, time_limit=0.1, seed=seed)
    repeats, worst = recount(result.rounds)
    # The reported figures are the plan's own: never fewer repeats than a recount.
    assert result.repeat_pairs == repeats
    assert result.max_meetings == worst
    # ... and never below what the stated bound says no plan can beat.
    assert result.repeat_pairs >= result.repeat_bound
    assert result.max_meetings >= result.max_meetings_bound
    assert result.repeat_bound == lower_bounds(problem).repeat_pairs
    for r, seating in enumerate(result.rounds):
        gone = problem.absent.get(r, frozenset())
        seated = [m for members in seating.values() for m in members]
        assert not gone & set(seated), "a no-show was seated"
        assert len(seated) == len(set(seated))
        if r < len(problem.fixed_rounds):
            assert dict(seating) == dict(problem.fixed_rounds[r]), "a held round changed"
            continue
        for t in problem.tables:
            if t.host and t.host not in gone:
                assert t.host in seating[t.id], "a host was moved"


def test_bounds_on_golfer_instances_over_the_counting_limit() -> None:
    # 5-4-7: each person has 21 tablemates among 19 others, at least 2 repeats each.
    assert (lower_bounds(golfer(5, 4, 7)).repeat_pairs, golfer(5, 4, 7).rounds) == (20, 7)
    assert lower_bounds(golfer(5, 4, 7)).max_meetings == 2
    assert lower_bounds(golfer(6, 4, 8)).repeat_pairs == 12
    assert lower_bounds(golfer(3, 4, 4)).repeat_pairs == 6
    # Within the limit nothing is forced.
    assert lower_bounds(golfer(5, 4, 5)).repeat_pairs == 0
    assert lower_bounds(golfer(5, 4, 5)).max_meetings == 1


def test_least_pairs_spreads_people_level_within_capacities() -> None:
    assert least_pairs(10, [4, 4, 4]) == 3 + 3 + 6  # 3, 3, 4
    assert least_pairs(10, [8, 2]) == 28 + 1  # the small table is full first
    assert least_pairs(3, [5, 5, 5]) == 0


def test_bound_counts_rounds_already_held() -> None:
    problem = golfer(2, 2, 3)
    held = ({"T0": ("P00", "P01"), "T1": ("P02", "P03")},) * 2
    bounds = lower_bounds(
        RotationProblem(problem.people, problem.tables, 3, exact_table_size=True, fixed_rounds=held)
    )
    assert bounds.repeat_pairs >= 2
    assert bounds.max_meetings >= 2


def test_pro_action_cafe_prefers_second_meetings_to_a_third() -> None:
    """4 callers, 16 travellers, 3 rounds: nobody may sit with the same person all
    morning, even though that would cost fewer repeats in all (8 against 12)."""
    people = tuple(RotationPerson(f"P{i:02d}") for i in range(20))
    tables = tuple(RotationTable(f"T{t}", 5, f"P{t:02d}") for t in range(4))
    problem = RotationProblem(people, tables, 3, distinct_tables=True)
    result = solve_rotation(problem, time_limit=0.5, seed=1)
    assert result.max_meetings == 2
    assert recount(result.rounds) == (result.repeat_pairs, 2)


def test_over_bound_golfer_keeps_everyone_to_two_meetings() -> None:
    # The plain annealing reference leaves a pair meeting 4 times here.
    result = solve_rotation(golfer(3, 4, 4), time_limit=0.5, seed=0)
    assert result.max_meetings == 2
    assert result.repeat_pairs >= result.repeat_bound == 6


def _bench_doc(tables: int, size: int, rounds: int, people: int) -> dict[str, object]:
    return {
        "format": "cafedesk-bench/rotation/v1",
        "name": "t",
        "participants": [{"id": f"P{i}"} for i in range(people)],
        "tables": [{"id": f"T{t}", "capacity": size} for t in range(tables)],
        "rounds": rounds,
    }


def test_cli_exits_zero_for_a_plan_with_unavoidable_repeats(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "over.json"
    path.write_text(json.dumps(_bench_doc(3, 4, 4, 12)), encoding="utf-8")
    out = io.StringIO()
    assert run_plan_rotation(str(path), 0.2, out) == 0
    assert len(json.loads(out.getvalue())["rounds"]) == 4
    err = capsys.readouterr().err
    assert "most times two people meet: 2" in err
    assert "at least 6" in err


def test_cli_exits_one_without_a_plan_when_seats_are_short(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "short.json"
    path.write_text(json.dumps(_bench_doc(2, 3, 2, 9)), encoding="utf-8")
    out = io.StringIO()
    assert run_plan_rotation(str(path), 0.1, out) == 1
    assert out.getvalue() == ""
    assert "Not enough seats" in capsys.readouterr().err


def test_cli_exits_two_on_unreadable_input(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    assert run_plan_rotation(str(path), 0.1, io.StringIO()) == 2
