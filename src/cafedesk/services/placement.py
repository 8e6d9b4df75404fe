"""Suggest placement: the wall as a placement problem, the solver's answer as a proposal.

The proposal is plain data shown on the wall as a preview; ``apply_placement``
stores it in one transaction and returns the previous placements, so Accept is
one undo step.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from cafedesk.domain.conflicts import expected_attendance
from cafedesk.domain.i18n import Translate, identity
from cafedesk.domain.model import SlotKind
from cafedesk.planning import placement_memetic
from cafedesk.planning.common import ProgressCallback, StopRequested, ignore_progress, never_stop
from cafedesk.planning.placement import (
    PlacementIssue,
    PlacementProblem,
    PlacementRoom,
    PlacementSlot,
    PlacementTopic,
    describe_issue,
    score,
    solve_placement,
)
from cafedesk.services.base import Done
from cafedesk.services.wall import PARKING, place_topics, read_wall
from cafedesk.store.eventfile import EventFile

Cell = tuple[int, int]  # (space id, slot id)
Placements = Mapping[int, Cell | None]  # topic id -> cell, None = parking lane


@dataclass(frozen=True)
class Figures:
    placed: int
    overflow: int
    clashes: int


@dataclass(frozen=True)
class PlacementProposal:
    """What the solver suggests, before the facilitator accepts it."""

    placements: Placements  # every topic the proposal concerns, with its new cell
    moved: tuple[int, ...]  # topics whose cell changes (parking lane included)
    before: Figures
    after: Figures
    issues: tuple[str, ...]  # sentences for the facilitator


@dataclass(frozen=True)
class _Built:
    problem: PlacementProblem
    names: Mapping[str, str]  # solver id -> name shown to people
    current: Placements


def _tid(topic_id: int) -> str:
    return f"t{topic_id}"


def build_problem(ef: EventFile, replace_unpinned: bool) -> _Built:
    """The event's wall as a placement problem; kept topics become pins to their cell."""
    snap = read_wall(ef)
    signups = snap.signups
    away: dict[int, set[int]] = defaultdict(set)
    for participant_id, slot_id in snap.unavailable:
        away[participant_id].add(slot_id)
    session_slots = [s for s in snap.slots if s.kind is SlotKind.SESSION]
    session_ids = {s.id for s in session_slots}
    names: dict[str, str] = {}
    rooms = []
    for space in snap.spaces:
        names[f"r{space.id}"] = space.name
        rooms.append(PlacementRoom(f"r{space.id}", space.capacity, frozenset(space.equipment)))
    slots = []
    for slot in session_slots:
        names[f"s{slot.id}"] = slot.label or f"{slot.day.isoformat()} {slot.start:%H:%M}"
        slots.append(PlacementSlot(f"s{slot.id}", names[f"s{slot.id}"]))
    people = {p.id: p.name for p in snap.participants}
    topics = []
    kept_convenors: set[tuple[int, str]] = set()
    interests: dict[str, list[str]] = defaultdict(list)
    for topic in snap.topics:
        names[_tid(topic.id)] = f"{topic.number} “{topic.title}”"
        people_signed = signups.get(topic.id, frozenset())
        for pid in people_signed:
            interests[f"p{pid}"].append(_tid(topic.id))
        demand = expected_attendance(topic, len(people_signed)) or 0
        cell = (f"r{topic.space_id}", f"s{topic.slot_id}") if topic.placed else None
        in_session = cell is not None and topic.slot_id in session_ids
        keep = in_session and (topic.pinned or not replace_unpinned)
        convenors = list(dict.fromkeys(topic.convenor_ids))
        if keep and cell is not None:
            # A clash already on the wall stays there (the wall flags it); only one of
            # the kept topics carries each convenor, which still blocks the slot.
            convenors = [c for c in convenors if (c, cell[1]) not in kept_convenors]
            kept_convenors.update((c, cell[1]) for c in convenors)
        for pid in convenors:
            names[f"p{pid}"] = people.get(pid, "?")
        unavailable = {
            f"s{sid}" for pid in topic.convenor_ids for sid in away[pid] if sid in session_ids
        }
        topics.append(
            PlacementTopic(
                id=_tid(topic.id),
                convenors=frozenset(f"p{pid}" for pid in convenors),
                demand=demand,
                equipment=frozenset(topic.equipment),
                pinned_room=cell[0] if keep and cell else None,
                pinned_slot=cell[1] if keep and cell else None,
                unavailable_slots=frozenset(unavailable),
                current=cell if in_session else None,
            )
        )
    problem = PlacementProblem(
        tuple(rooms), tuple(slots), tuple(topics), {p: tuple(t) for p, t in interests.items()}
    )
    current: dict[int, Cell | None] = {}
    for t in snap.topics:
        current[t.id] = (
            (t.space_id, t.slot_id) if t.space_id is not None and t.slot_id is not None else None
        )
    return _Built(problem, names, current)


def _cell(solver_cell: tuple[str, str]) -> Cell:
    return int(solver_cell[0][1:]), int(solver_cell[1][1:])


def _figures(problem: PlacementProblem, assignments: Mapping[str, tuple[str, str]]) -> Figures:
    overflow, clashes, _moves = score(problem, assignments)
    return Figures(len(assignments), overflow, clashes)


def _as_solver_cells(
    problem: PlacementProblem, placements: Placements
) -> dict[str, tuple[str, str]]:
    session_slots = {slot.id for slot in problem.slots}
    cells = {}
    for tid, cell in placements.items():
        if cell is not None and f"s{cell[1]}" in session_slots:
            cells[_tid(tid)] = (f"r{cell[0]}", f"s{cell[1]}")
    return cells


def _only_about_kept(issue: PlacementIssue, problem: PlacementProblem) -> bool:
    """Problems of topics that stay where they are belong to the wall's conflict panel."""
    kept = {t.id for t in problem.topics if t.pinned_room is not None and t.pinned_slot is not None}
    topics = {i for i in issue.ids if i.startswith("t")}
    return bool(topics) and topics <= kept


def issue_sentence(
    issue: PlacementIssue, names: Mapping[str, str], translate: Translate = identity
) -> str:
    """The solver's sentence with names instead of internal ids."""

    def named(value: str | int) -> str | int:
        if isinstance(value, int):
            return value
        return ", ".join(names.get(part, part) for part in value.split(", "))

    renamed = dataclasses.replace(issue, details=tuple((k, named(v)) for k, v in issue.details))
    return describe_issue(renamed, translate)


def prepare_solver() -> None:
    """Start building the solver's compiled search in the background (first use only).

    Called when the facilitator opens Suggest placement, so that by the time
    they press Start the fast phase is usually ready.
    """
    placement_memetic.warm_up()


def suggest_placement(
    ef: EventFile,
    *,
    replace_unpinned: bool = False,
    time_limit: float = 5.0,
    progress: ProgressCallback = ignore_progress,
    should_stop: StopRequested = never_stop,
    translate: Translate = identity,
    seed: int = 0,
) -> PlacementProposal:
    built = build_problem(ef, replace_unpinned)
    problem = built.problem
    current = {t.id: t.current for t in problem.topics if t.current is not None}
    result = solve_placement(
        problem, time_limit=time_limit, progress=progress, should_stop=should_stop, seed=seed
    )
    placements: dict[int, Cell | None] = {}
    for topic in problem.topics:
        topic_id = int(topic.id[1:])
        new = result.assignments.get(topic.id)
        kept = topic.pinned_room is not None and topic.pinned_slot is not None
        # A kept topic never moves, even when a clash made the solver drop it.
        placements[topic_id] = (
            built.current.get(topic_id) if kept else (_cell(new) if new else None)
        )
    moved = tuple(
        tid
        for tid, cell in placements.items()
        if cell != built.current.get(tid)
        and (cell is not None or built.current.get(tid) is not None)
    )
    return PlacementProposal(
        placements=placements,
        moved=moved,
        before=_figures(problem, current),
        after=_figures(problem, _as_solver_cells(problem, placements)),
        issues=tuple(
            issue_sentence(i, built.names, translate)
            for i in result.problems
            if not _only_about_kept(i, problem)
        ),
    )


def current_placements(ef: EventFile) -> dict[int, Cell | None]:
    return {t.id: _placed_cell(t.space_id, t.slot_id) for t in read_wall(ef).topics}


def _placed_cell(space_id: int | None, slot_id: int | None) -> Cell | None:
    return (space_id, slot_id) if space_id is not None and slot_id is not None else None


def apply_placement(ef: EventFile, placements: Placements) -> Done[dict[int, Cell | None]]:
    """Store many placements at once (one undo step); returns the previous ones."""
    places = {tid: cell if cell is not None else PARKING for tid, cell in placements.items()}
    done = place_topics(ef, places, respect_pins=False)
    previous = {tid: _placed_cell(*place) for tid, place in done.value.items()}
    return Done(previous, done.changes)
