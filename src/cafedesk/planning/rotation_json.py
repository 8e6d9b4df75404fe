"""Bench JSON for the rotation solver: read instances, write solutions, run headless."""

from __future__ import annotations

import json
import sys
import time
from typing import Any, TextIO

from cafedesk.planning.rotation import (
    RotationPerson,
    RotationProblem,
    RotationResult,
    RotationTable,
    check_feasibility,
    render_issue,
    solve_rotation,
)

INSTANCE_FORMAT = "cafedesk-bench/rotation/v1"
SOLUTION_FORMAT = "cafedesk-bench/rotation-solution/v1"
SOLVER_NAME = "cafedesk-rotation"


def _need(doc: dict[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in doc:
        raise ValueError(f"{where}: missing field {key!r}")
    value = doc[key]
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        raise ValueError(f"{where}: field {key!r} must be {kind.__name__}")
    return value


def problem_from_bench(doc: dict[str, Any]) -> RotationProblem:
    """Instance document -> problem; unknown fields are ignored, bad ones named."""
    if not isinstance(doc, dict):
        raise ValueError("instance: expected a JSON object")
    fmt = doc.get("format", INSTANCE_FORMAT)
    if not isinstance(fmt, str) or not fmt.startswith("cafedesk-bench/rotation/"):
        raise ValueError(f"instance: field 'format' is {fmt!r}, expected {INSTANCE_FORMAT!r}")
    people = []
    for i, p in enumerate(_need(doc, "participants", list, "instance")):
        where = f"participants[{i}]"
        if not isinstance(p, dict):
            raise ValueError(f"{where}: expected an object")
        group = p.get("group")
        if group is not None and not isinstance(group, str):
            raise ValueError(f"{where}: field 'group' must be str")
        optional = p.get("optional", False)
        if not isinstance(optional, bool):
            raise ValueError(f"{where}: field 'optional' must be bool")
        people.append(RotationPerson(_need(p, "id", str, where), group, optional))
    tables = []
    for i, t in enumerate(_need(doc, "tables", list, "instance")):
        where = f"tables[{i}]"
        if not isinstance(t, dict):
            raise ValueError(f"{where}: expected an object")
        host = t.get("host")
        if host is not None and not isinstance(host, str):
            raise ValueError(f"{where}: field 'host' must be str")
        tables.append(
            RotationTable(
                _need(t, "id", str, where), _need(t, "capacity", int, where), host or None
            )
        )
    exact = doc.get("exact_table_size", False)
    if not isinstance(exact, bool):
        raise ValueError("instance: field 'exact_table_size' must be bool")
    distinct = doc.get("distinct_tables", False)
    if not isinstance(distinct, bool):
        raise ValueError("instance: field 'distinct_tables' must be bool")
    return RotationProblem(
        tuple(people),
        tuple(tables),
        _need(doc, "rounds", int, "instance"),
        exact_table_size=exact,
        distinct_tables=distinct,
    )


def solution_to_bench(name: str, result: RotationResult, wall_s: float) -> dict[str, Any]:
    return {
        "format": SOLUTION_FORMAT,
        "instance": name,
        "solver": SOLVER_NAME,
        "wall_s": round(wall_s, 4),
        "first_zero_s": None if result.first_zero_s is None else round(result.first_zero_s, 4),
        "rounds": [
            {tid: list(people) for tid, people in seating.items()} for seating in result.rounds
        ],
    }


def default_time_limit(problem: RotationProblem) -> float:
    """Enough for the café and golfer targets; the solver stops earlier when provably done."""
    if problem.exact_table_size:
        return 10.0
    n = len(problem.people)
    return min(2.0, max(0.1, n * n / 20000))


# Issues that explain a plan rather than prevent one: the plan is still the answer.
NOTES_ONLY = frozenset({"too_many_rounds", "known_impossible"})


def run_plan_rotation(path: str, time_limit: float | None, out: TextIO) -> int:
    """Solve one bench instance file; solution JSON to ``out``, sentences to stderr.

    Exit status: 0 = a plan was written, even one with unavoidable repeats (a valid
    answer); 1 = the request cannot be planned (bad references, not enough seats);
    2 = unreadable input.
    """
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        problem = problem_from_bench(doc)
    except (OSError, ValueError) as e:
        print(f"cannot read {path}: {e}", file=sys.stderr)
        return 2
    blocking = [i for i in check_feasibility(problem) if i.code not in NOTES_ONLY]
    if blocking:
        for issue in blocking:
            print(render_issue(issue), file=sys.stderr)
        return 1
    limit = default_time_limit(problem) if time_limit is None else time_limit
    start = time.perf_counter()
    result = solve_rotation(problem, time_limit=limit)
    wall = time.perf_counter() - start
    json.dump(solution_to_bench(str(doc.get("name", "")), result, wall), out, indent=1)
    out.write("\n")
    for issue in result.problems:
        print(render_issue(issue), file=sys.stderr)
    print(
        f"most times two people meet: {result.max_meetings} (at least {result.max_meetings_bound}"
        f" in any plan); repeated encounters: {result.repeat_pairs} (at least "
        f"{result.repeat_bound})",
        file=sys.stderr,
    )
    return 0
