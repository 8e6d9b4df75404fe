"""Bench JSON for placement (cafedesk-bench/placement/v1) and the headless command."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Mapping
from typing import Any, TextIO

from cafedesk.planning.placement import solve_placement
from cafedesk.planning.placement_types import (
    PlacementProblem,
    PlacementResult,
    PlacementRoom,
    PlacementSlot,
    PlacementTopic,
)

SOLUTION_FORMAT = "cafedesk-bench/placement-solution/v1"
INSTANCE_FORMAT = "cafedesk-bench/placement/v1"
SOLVER_NAME = "cafedesk-placement"


def _list(doc: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise ValueError(f"{where}.{key} must be a list")
    return value


def _opt_str(doc: Mapping[str, Any], key: str, where: str) -> str | None:
    value = doc.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ValueError(f"{where}.{key} must be a non-empty string")
    return value


def _id(doc: Mapping[str, Any], where: str) -> str:
    value = _opt_str(doc, "id", where)
    if value is None:
        raise ValueError(f"{where}.id is missing")
    return value


def _int(doc: Mapping[str, Any], key: str, where: str) -> int:
    value = doc.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{where}.{key} must be a whole number >= 0")
    return value


def _obj(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where} must be an object")
    return value


def _strings(doc: Mapping[str, Any], key: str, where: str) -> list[str]:
    items = _list(doc, key, where)
    if not all(isinstance(x, str) for x in items):
        raise ValueError(f"{where}.{key} must list strings")
    return items


def problem_from_bench(doc: Mapping[str, Any]) -> PlacementProblem:
    """Read a placement instance; demand defaults to the number of people listing the topic."""
    doc = _obj(doc, "instance")
    fmt = doc.get("format")
    if fmt is not None and fmt != INSTANCE_FORMAT:
        raise ValueError(f"format must be {INSTANCE_FORMAT!r}, not {fmt!r}")
    interests: dict[str, tuple[str, ...]] = {}
    for i, raw in enumerate(_list(doc, "participants", "instance")):
        where = f"participants[{i}]"
        p = _obj(raw, where)
        pid = _id(p, where)
        interests[pid] = tuple(_strings(p, "interests", where))
    rooms = []
    for i, raw in enumerate(_list(doc, "rooms", "instance")):
        where = f"rooms[{i}]"
        r = _obj(raw, where)
        rid = _id(r, where)
        rooms.append(
            PlacementRoom(
                rid, _int(r, "capacity", where), frozenset(_strings(r, "equipment", where))
            )
        )
    slots = []
    for i, raw in enumerate(_list(doc, "slots", "instance")):
        where = f"slots[{i}]"
        s = _obj(raw, where)
        sid = _id(s, where)
        raw_label = s.get("label", "")
        slots.append(PlacementSlot(sid, raw_label if isinstance(raw_label, str) else ""))
    listing: dict[str, int] = {}
    for wanted in interests.values():
        for tid in set(wanted):
            listing[tid] = listing.get(tid, 0) + 1
    topics = []
    for i, raw in enumerate(_list(doc, "topics", "instance")):
        where = f"topics[{i}]"
        t = _obj(raw, where)
        topic_id = _id(t, where)
        demand = _int(t, "demand", where) if "demand" in t else listing.get(topic_id, 0)
        pin = _obj(t.get("pinned") or {}, f"{where}.pinned")
        topics.append(
            PlacementTopic(
                id=topic_id,
                convenor=_opt_str(t, "convenor", where),
                demand=demand,
                equipment=frozenset(_strings(t, "equipment", where)),
                pinned_room=_opt_str(pin, "room", f"{where}.pinned"),
                pinned_slot=_opt_str(pin, "slot", f"{where}.pinned"),
                unavailable_slots=frozenset(_strings(t, "unavailable_slots", where)),
            )
        )
    for kind, ids in (
        ("rooms", [r.id for r in rooms]),
        ("slots", [s.id for s in slots]),
        ("topics", [t.id for t in topics]),
    ):
        if len(set(ids)) != len(ids):
            raise ValueError(f"{kind}: ids must be unique")
    return PlacementProblem(tuple(rooms), tuple(slots), tuple(topics), interests)


def solution_to_bench(problem_name: str, result: PlacementResult, wall_s: float) -> dict[str, Any]:
    return {
        "format": SOLUTION_FORMAT,
        "instance": problem_name,
        "solver": SOLVER_NAME,
        "wall_s": round(wall_s, 3),
        "assignments": [
            {"topic": t, "room": r, "slot": s} for t, (r, s) in sorted(result.assignments.items())
        ],
    }


def run_plan_placement(path: str, time_limit: float, out: TextIO, seed: int = 0) -> int:
    """Solve a bench instance file; solution JSON to ``out``, problems to stderr.

    Exit status: 0 = every topic placed, 1 = an answer with unplaced topics,
    2 = the file could not be read.
    """
    began = time.perf_counter()
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        problem = problem_from_bench(doc)
    except (OSError, ValueError) as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return 2
    result = solve_placement(problem, time_limit=time_limit, seed=seed)
    name = doc.get("name") if isinstance(doc.get("name"), str) else path
    json.dump(solution_to_bench(str(name), result, time.perf_counter() - began), out, indent=1)
    out.write("\n")
    for item in result.problems:
        print(item.sentence(), file=sys.stderr)
    return 1 if result.unplaced else 0
