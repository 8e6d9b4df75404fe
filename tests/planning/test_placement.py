"""Topic placement: hard rules on random instances, issues, stop, bench JSON."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cafedesk.planning import placement
from cafedesk.planning.common import SolverProgress
from cafedesk.planning.placement import (
    PlacementProblem,
    PlacementResult,
    PlacementRoom,
    PlacementSlot,
    PlacementTopic,
    check_feasibility,
    describe_issue,
    score,
    solve_placement,
)
from cafedesk.planning.placement_json import (
    problem_from_bench,
    run_plan_placement,
    solution_to_bench,
)

TAGS = ("projector", "flipchart")


@st.composite
def feasible_problems(draw: st.DrawFn) -> PlacementProblem:
    """A random instance built around a hidden clean placement, so one exists."""
    n_rooms = draw(st.integers(1, 4))
    n_slots = draw(st.integers(1, 4))
    rooms = tuple(
        PlacementRoom(
            f"R{i}", draw(st.integers(5, 40)), frozenset(draw(st.sets(st.sampled_from(TAGS))))
        )
        for i in range(n_rooms)
    )
    slots = tuple(PlacementSlot(f"S{j}", f"slot {j}") for j in range(n_slots))
    cells = [(r, s) for r in rooms for s in slots]
    hidden = draw(st.lists(st.sampled_from(cells), unique=True, max_size=len(cells)))
    convenors = [f"P{k}" for k in range(draw(st.integers(1, 5)))]
    busy: set[tuple[str, str]] = set()
    topics = []
    for i, (room, slot) in enumerate(hidden):
        # Several convenors per topic (a merged topic), split over both fields.
        free = [c for c in convenors if (c, slot.id) not in busy]
        people: list[str] = []
        if free:
            people = draw(st.lists(st.sampled_from(free), unique=True, max_size=2))
        busy.update((c, slot.id) for c in people)
        first_in_convenor = draw(st.booleans())
        convenor = people[0] if people and first_in_convenor else None
        others = [s.id for s in slots if s.id != slot.id]
        pin = draw(st.sampled_from(["none", "none", "none", "room", "slot", "both"]))
        topics.append(
            PlacementTopic(
                id=f"T{i}",
                convenor=convenor,
                demand=draw(st.integers(0, room.capacity)),
                convenors=frozenset(people) - {convenor},
                equipment=frozenset(
                    draw(st.sets(st.sampled_from(sorted(room.equipment)))) if room.equipment else ()
                ),
                pinned_room=room.id if pin in ("room", "both") else None,
                pinned_slot=slot.id if pin in ("slot", "both") else None,
                unavailable_slots=frozenset(
                    draw(st.sets(st.sampled_from(others))) if others else set()
                ),
                current=draw(
                    st.sampled_from([None, (room.id, slot.id), (cells[0][0].id, cells[0][1].id)])
                ),
            )
        )
    ids = [t.id for t in topics]
    interests = {
        f"P{k}": tuple(draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids))))
        if ids
        else ()
        for k in range(draw(st.integers(0, 12)))
    }
    return PlacementProblem(rooms, slots, tuple(topics), interests)


def assert_hard_rules(problem: PlacementProblem, result: PlacementResult) -> None:
    rooms = {r.id: r for r in problem.rooms}
    slots = {s.id for s in problem.slots}
    topics = {t.id: t for t in problem.topics}
    cells = list(result.assignments.values())
    assert len(cells) == len(set(cells)), "two topics share a cell"
    assert set(result.assignments) | set(result.unplaced) == set(topics)
    assert not set(result.assignments) & set(result.unplaced)
    seen: set[tuple[str, str]] = set()
    for tid, (rid, sid) in result.assignments.items():
        t = topics[tid]
        assert rid in rooms and sid in slots
        assert t.pinned_room in (None, rid), f"{tid} left its pinned room"
        assert t.pinned_slot in (None, sid), f"{tid} left its pinned slot"
        assert sid not in t.unavailable_slots, f"{tid} placed while its convenor is away"
        assert t.equipment <= rooms[rid].equipment, f"{tid} lacks equipment in {rid}"
        people = set(t.convenors) | ({t.convenor} if t.convenor is not None else set())
        for person in people:
            assert (person, sid) not in seen, f"{person} double-booked in {sid}"
            seen.add((person, sid))


def brute_score(
    problem: PlacementProblem, assignments: Mapping[str, tuple[str, str]]
) -> tuple[int, int, int]:
    caps = {r.id: r.capacity for r in problem.rooms}
    overflow = sum(
        max(0, t.demand - caps[assignments[t.id][0]]) for t in problem.topics if t.id in assignments
    )
    clashes = 0
    for wanted in problem.interests.values():
        placed = [x for x in set(wanted) if x in assignments]
        clashes += sum(
            1 for x, y in combinations(placed, 2) if assignments[x][1] == assignments[y][1]
        )
    moves = sum(
        1 for t in problem.topics if t.current is not None and assignments.get(t.id) != t.current
    )
    return overflow, clashes, moves


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problem=feasible_problems(), seed=st.integers(0, 1000))
def test_random_feasible_instances_keep_every_hard_rule(
    problem: PlacementProblem, seed: int
) -> None:
    # The pure-Python search alone (the compiled phase has its own tests).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(placement, "USE_COMPILED", False)
        result = solve_placement(problem, time_limit=0.05, seed=seed)
    assert_hard_rules(problem, result)
    # The hidden placement is clean, so the solver must place everything without overflow.
    assert result.unplaced == ()
    assert result.overflow == 0
    assert (result.overflow, result.clashes, result.moves) == brute_score(
        problem, result.assignments
    )
    assert score(problem, result.assignments) == brute_score(problem, result.assignments)
    for t in problem.topics:
        if t.pinned_room is not None and t.pinned_slot is not None:
            assert result.assignments[t.id] == (t.pinned_room, t.pinned_slot)


@settings(max_examples=40, deadline=None)
@given(problem=feasible_problems(), data=st.data())
def test_score_agrees_with_brute_recount_on_any_assignment(
    problem: PlacementProblem, data: st.DataObject
) -> None:
    cells = [(r.id, s.id) for r in problem.rooms for s in problem.slots]
    chosen = data.draw(
        st.lists(
            st.sampled_from(cells),
            unique=True,
            min_size=len(problem.topics),
            max_size=len(problem.topics),
        )
    )
    assignments = {t.id: c for t, c in zip(problem.topics, chosen, strict=True)}
    assert score(problem, assignments) == brute_score(problem, assignments)


def grid(
    n_rooms: int, n_slots: int, cap: int = 30
) -> tuple[tuple[PlacementRoom, ...], tuple[PlacementSlot, ...]]:
    return (
        tuple(PlacementRoom(f"R{i}", cap) for i in range(n_rooms)),
        tuple(PlacementSlot(f"S{j}") for j in range(n_slots)),
    )


def solve_and_check(problem: PlacementProblem) -> PlacementResult:
    result = solve_placement(problem, time_limit=0.05)
    assert_hard_rules(problem, result)
    for item in result.problems:
        assert item.sentence().strip()
    return result


def codes(result: PlacementResult) -> set[str]:
    return {p.code for p in result.problems}


def test_too_many_topics_leaves_fewest_unplaced() -> None:
    rooms, slots = grid(3, 2)
    problem = PlacementProblem(rooms, slots, tuple(PlacementTopic(f"T{i}") for i in range(8)), {})
    result = solve_and_check(problem)
    assert len(result.unplaced) == 2
    found = [p for p in check_feasibility(problem) if p.code == "too_many_topics"]
    assert found and found[0].sentence() == "8 topics but only 6 free cells."
    assert "unplaced" in codes(result)


def test_overbooked_convenor_is_explained_and_never_double_booked() -> None:
    rooms, slots = grid(3, 2)
    topics = tuple(PlacementTopic(f"T{i}", convenor="X") for i in range(3))
    result = solve_and_check(PlacementProblem(rooms, slots, topics, {}))
    assert len(result.unplaced) == 1
    issue = next(p for p in result.problems if p.code == "convenor_overbooked")
    assert issue.sentence() == "Convenor X has 3 topics but only 2 slots."


def test_every_convenor_of_a_merged_topic_blocks_its_slot() -> None:
    rooms, slots = grid(3, 2)
    topics = (
        PlacementTopic("A", convenor="X"),
        PlacementTopic("B", convenors=frozenset({"X", "Y"})),
        PlacementTopic("C", convenor="Z", convenors=frozenset({"Y"})),
    )
    result = solve_and_check(PlacementProblem(rooms, slots, topics, {"p": ("A", "B", "C")}))
    assert result.unplaced == ()
    cells = result.assignments
    assert cells["B"][1] not in (cells["A"][1], cells["C"][1])


def test_convenor_overbooked_through_merged_topics() -> None:
    rooms, slots = grid(3, 2)
    topics = (
        PlacementTopic("A", convenor="X"),
        PlacementTopic("B", convenor="Y", convenors=frozenset({"X"})),
        PlacementTopic("C", convenors=frozenset({"X"})),
    )
    result = solve_and_check(PlacementProblem(rooms, slots, topics, {}))
    assert len(result.unplaced) == 1
    issue = next(p for p in result.problems if p.code == "convenor_overbooked")
    assert issue.ids[0] == "X"


def test_equipment_shortage() -> None:
    rooms = (PlacementRoom("R0", 30, frozenset({"projector"})), PlacementRoom("R1", 30))
    slots = grid(0, 2)[1]
    topics = tuple(PlacementTopic(f"T{i}", equipment=frozenset({"projector"})) for i in range(5))
    result = solve_and_check(PlacementProblem(rooms, slots, topics, {}))
    assert len(result.unplaced) == 3
    issue = next(p for p in result.problems if p.code == "equipment_shortage")
    assert issue.sentence() == ("5 topics need projector but only 1 spaces × 2 slots have it.")


def test_conflicting_pins() -> None:
    rooms, slots = grid(2, 2)
    topics = (
        PlacementTopic("A", pinned_room="R0", pinned_slot="S0"),
        PlacementTopic("B", pinned_room="R0", pinned_slot="S0"),
    )
    result = solve_and_check(PlacementProblem(rooms, slots, topics, {}))
    assert len(result.unplaced) == 1
    assert "pin_conflict" in codes(result)


def test_topic_too_big_is_placed_in_the_largest_room_and_explained() -> None:
    rooms = (PlacementRoom("small", 10), PlacementRoom("big", 30))
    slots = grid(0, 1)[1]
    result = solve_and_check(
        PlacementProblem(
            rooms, slots, (PlacementTopic("T", demand=40), PlacementTopic("U", demand=5)), {}
        )
    )
    assert result.assignments["T"][0] == "big"
    assert result.overflow == 10
    issue = next(p for p in result.problems if p.code == "too_big")
    assert issue.sentence() == "Topic T (40 expected) fits no space: the largest holds 30."


def test_zero_overflow_is_found_when_it_exists() -> None:
    rooms = (PlacementRoom("A", 50), PlacementRoom("B", 20))
    slots = grid(0, 2)[1]
    topics = (
        PlacementTopic("big1", demand=45),
        PlacementTopic("big2", demand=40),
        PlacementTopic("s1", demand=15),
        PlacementTopic("s2", demand=18),
    )
    # Interest pulls the two big topics together; capacity must win over clashes.
    result = solve_and_check(
        PlacementProblem(rooms, slots, topics, {"p": ("big1", "s1"), "q": ("big2", "s2")})
    )
    assert result.overflow == 0
    assert result.assignments["big1"][1] != result.assignments["big2"][1]


def test_sentences_go_through_translate_and_survive_broken_translations() -> None:
    issue = check_feasibility(PlacementProblem(*grid(1, 1), (PlacementTopic("T", demand=40),), {}))[
        0
    ]
    assert describe_issue(issue, lambda s: "«" + s + "»").startswith("«Topic T (40")
    assert issue.sentence(lambda s: s.replace("{topic}", "{nope}")).startswith("Topic T")


def test_empty_and_degenerate_inputs_do_not_crash() -> None:
    assert solve_placement(PlacementProblem((), (), (), {}), time_limit=0.01).assignments == {}
    result = solve_placement(PlacementProblem((), (), (PlacementTopic("T"),), {}), time_limit=0.01)
    assert result.unplaced == ("T",)
    assert "no_cells" in codes(result)
    odd = PlacementProblem(
        *grid(1, 1),
        (PlacementTopic("T", pinned_room="nowhere", unavailable_slots=frozenset({"S0"})),),
        {"p": ("T", "ghost")},
    )
    result = solve_and_check(odd)
    assert result.unplaced == ("T",)
    assert "pin_unknown" in codes(result)


def test_stop_request_returns_best_so_far() -> None:
    rooms, slots = grid(4, 4)
    topics = tuple(PlacementTopic(f"T{i}", convenor=f"C{i % 5}") for i in range(16))
    interests = {f"P{k}": tuple(f"T{(k * 7 + j * 3) % 16}" for j in range(4)) for k in range(30)}
    problem = PlacementProblem(rooms, slots, topics, interests)
    calls = 0
    reports: list[SolverProgress] = []

    def stop() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    result = solve_placement(problem, time_limit=30.0, should_stop=stop, progress=reports.append)
    assert result.final_s < 5.0
    assert_hard_rules(problem, result)
    assert result.unplaced == ()
    assert reports and all(0.0 <= r.fraction <= 1.0 for r in reports)
    assert reports[-1].best["clashes"] == result.clashes


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problem=feasible_problems(), seed=st.integers(0, 1000))
def test_restarts_keep_every_hard_rule_and_the_best_answer(
    problem: PlacementProblem, seed: int
) -> None:
    # Runs of a few moves each, so that the 2 s limit is cut into many restarts.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(placement, "_RUN_MOVES_PER_PAIR", 1e-3)
        patch.setattr(placement, "USE_COMPILED", False)
        seen: list[tuple[int, int, int]] = []
        result = solve_placement(
            problem,
            time_limit=2.0,
            seed=seed,
            should_stop=lambda: len(seen) > 40,
            progress=lambda r: seen.append(
                (r.best["unplaced"], r.best["overflow"], r.best["clashes"])
            ),
        )
    assert_hard_rules(problem, result)
    assert result.unplaced == ()
    assert result.overflow == 0
    # Restarts never lose the best answer seen: the reported best only improves.
    assert seen == sorted(seen, reverse=True)
    assert seen[-1] == (0, 0, result.clashes)
    assert (result.overflow, result.clashes, result.moves) == brute_score(
        problem, result.assignments
    )


def bench_doc() -> dict[str, object]:
    return {
        "format": "cafedesk-bench/placement/v1",
        "name": "tiny",
        "stats": {"x": 1},
        "rooms": [{"id": "R1", "name": "Hall", "capacity": 3}, {"id": "R2", "capacity": 2}],
        "slots": [{"id": "S1", "label": "Mon"}, {"id": "S2"}],
        "topics": [
            {"id": "A", "convenor": "P1", "demand": 1},
            {"id": "B", "convenor": "P1", "pinned": {"slot": "S2"}},
            {"id": "C", "convenor": "P2", "unavailable_slots": ["S1"]},
        ],
        "participants": [
            {"id": "P1", "interests": ["A", "B"]},
            {"id": "P2", "interests": ["B", "C"]},
            {"id": "P3", "interests": ["B"]},
        ],
    }


def test_bench_json_round_trip(tmp_path: Path) -> None:
    problem = problem_from_bench(bench_doc())
    demands = {t.id: t.demand for t in problem.topics}
    assert demands == {"A": 1, "B": 3, "C": 1}  # default = people listing the topic
    result = solve_placement(problem, time_limit=0.05)
    assert_hard_rules(problem, result)
    doc = json.loads(json.dumps(solution_to_bench("tiny", result, 0.1)))
    assert doc["format"] == "cafedesk-bench/placement-solution/v1"
    back = {a["topic"]: (a["room"], a["slot"]) for a in doc["assignments"]}
    assert back == dict(result.assignments)

    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(bench_doc()), encoding="utf-8")
    out = io.StringIO()
    assert run_plan_placement(str(path), 0.05, out) == 0
    assert len(json.loads(out.getvalue())["assignments"]) == 3


def test_bad_bench_input_names_the_field(tmp_path: Path) -> None:
    doc = bench_doc()
    doc["rooms"] = [{"id": "R1", "capacity": "big"}]
    try:
        problem_from_bench(doc)
    except ValueError as exc:
        assert "rooms[0].capacity" in str(exc)
    else:
        raise AssertionError("bad capacity accepted")
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    assert run_plan_placement(str(path), 0.05, io.StringIO()) == 2
