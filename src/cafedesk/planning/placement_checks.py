"""Fast checks that explain why a placement cannot be complete or clean."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from cafedesk.planning.placement_issues import PlacementIssue, issue
from cafedesk.planning.placement_types import PlacementProblem, PlacementTopic, topic_convenors


def check_feasibility(problem: PlacementProblem) -> tuple[PlacementIssue, ...]:
    """Reasons, found by counting, why some topic cannot be placed cleanly.

    Cheap and conservative: an empty answer does not prove a clean placement exists.
    """
    rooms = {r.id: r for r in problem.rooms}
    slot_ids = [s.id for s in problem.slots]
    slots = set(slot_ids)
    topics = problem.topics
    out: list[PlacementIssue] = []
    if topics and (not rooms or not slots):
        return (issue("no_cells"),)
    if not topics:
        return ()
    cells = len(rooms) * len(slots)
    if len(topics) > cells:
        out.append(issue("too_many_topics", (), topics=len(topics), cells=cells))
    largest = max(r.capacity for r in rooms.values())
    for t in topics:
        out.extend(_topic_issues(t, problem, largest))
    out.extend(_pin_conflicts(topics))
    out.extend(_convenor_issues(topics, slot_ids))
    need: dict[str, int] = defaultdict(int)
    for t in topics:
        for tag in t.equipment:
            need[tag] += 1
    for tag, count in sorted(need.items()):
        having = sum(1 for r in rooms.values() if tag in r.equipment)
        if having and count > having * len(slots):
            out.append(
                issue(
                    "equipment_shortage",
                    (tag,),
                    topics=count,
                    equipment=tag,
                    rooms=having,
                    slots=len(slots),
                )
            )
    return tuple(out)


def _topic_issues(
    t: PlacementTopic, problem: PlacementProblem, largest: int
) -> list[PlacementIssue]:
    rooms = {r.id: r for r in problem.rooms}
    slots = {s.id for s in problem.slots}
    out: list[PlacementIssue] = []
    pinned = rooms.get(t.pinned_room) if t.pinned_room is not None else None
    if t.pinned_room is not None and pinned is None:
        out.append(issue("pin_unknown", (t.id, t.pinned_room), topic=t.id, target=t.pinned_room))
    if t.pinned_slot is not None and t.pinned_slot not in slots:
        out.append(issue("pin_unknown", (t.id, t.pinned_slot), topic=t.id, target=t.pinned_slot))
    elif t.pinned_slot is not None and t.pinned_slot in t.unavailable_slots:
        out.append(issue("pin_unavailable", (t.id, t.pinned_slot), topic=t.id, slot=t.pinned_slot))
    elif t.pinned_slot is None and slots and slots <= t.unavailable_slots:
        out.append(issue("no_slot", (t.id,), topic=t.id))
    missing = ", ".join(sorted(t.equipment))
    if pinned is not None:
        if not t.equipment <= pinned.equipment:
            lacks = ", ".join(sorted(t.equipment - pinned.equipment))
            out.append(
                issue(
                    "pin_equipment", (t.id, pinned.id), topic=t.id, room=pinned.id, equipment=lacks
                )
            )
        if t.demand > pinned.capacity:
            out.append(
                issue(
                    "pin_too_small",
                    (t.id, pinned.id),
                    topic=t.id,
                    demand=t.demand,
                    room=pinned.id,
                    capacity=pinned.capacity,
                )
            )
        return out
    fitting = [r for r in problem.rooms if t.equipment <= r.equipment]
    if not fitting:
        out.append(issue("equipment_missing", (t.id,), topic=t.id, equipment=missing))
    elif t.demand > max(r.capacity for r in fitting):
        out.append(
            issue(
                "too_big",
                (t.id,),
                topic=t.id,
                demand=t.demand,
                capacity=max(r.capacity for r in fitting) if t.equipment else largest,
            )
        )
    return out


def _pin_conflicts(topics: tuple[PlacementTopic, ...]) -> list[PlacementIssue]:
    holder: dict[tuple[str, str], str] = {}
    out: list[PlacementIssue] = []
    for t in topics:
        if t.pinned_room is None or t.pinned_slot is None:
            continue
        cell = (t.pinned_room, t.pinned_slot)
        if cell in holder:
            out.append(
                issue(
                    "pin_conflict",
                    (t.id, holder[cell]),
                    topic=t.id,
                    other=holder[cell],
                    room=cell[0],
                    slot=cell[1],
                )
            )
        else:
            holder[cell] = t.id
    return out


def _convenor_issues(
    topics: tuple[PlacementTopic, ...], slot_ids: list[str]
) -> list[PlacementIssue]:
    by_convenor: dict[str, list[PlacementTopic]] = defaultdict(list)
    for t in topics:
        for person in topic_convenors(t):
            by_convenor[person].append(t)
    out: list[PlacementIssue] = []
    for convenor, own in sorted(by_convenor.items()):
        if len(own) < 2:
            continue
        pinned_slots: dict[str, int] = defaultdict(int)
        usable: set[str] = set()
        for t in own:
            if t.pinned_slot is not None:
                pinned_slots[t.pinned_slot] += 1
                usable.add(t.pinned_slot)
            else:
                usable.update(s for s in slot_ids if s not in t.unavailable_slots)
        for slot, count in sorted(pinned_slots.items()):
            if count > 1:
                out.append(
                    issue("convenor_pin_clash", (convenor, slot), convenor=convenor, slot=slot)
                )
        if len(own) > len(usable):
            out.append(
                issue(
                    "convenor_overbooked",
                    (convenor, *(t.id for t in own)),
                    convenor=convenor,
                    topics=len(own),
                    slots=len(usable),
                )
            )
    return out


def outcome_issues(
    problem: PlacementProblem,
    assignments: Mapping[str, tuple[str, str]],
    unplaced: tuple[str, ...],
    known: tuple[PlacementIssue, ...],
) -> tuple[PlacementIssue, ...]:
    """What the answer itself leaves undone: unplaced topics, rooms too small."""
    out: list[PlacementIssue] = []
    if unplaced:
        out.append(issue("unplaced", unplaced, count=len(unplaced), topics=", ".join(unplaced)))
    caps = {r.id: r.capacity for r in problem.rooms}
    for t in problem.topics:
        cell = assignments.get(t.id)
        if cell is not None and t.demand > caps[cell[0]]:
            out.append(
                issue(
                    "overflow",
                    (t.id, cell[0]),
                    topic=t.id,
                    demand=t.demand,
                    room=cell[0],
                    capacity=caps[cell[0]],
                )
            )
    return tuple(out)
