"""The placement problem and its answer (plain frozen data, no behaviour)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cafedesk.planning.placement_issues import PlacementIssue


@dataclass(frozen=True)
class PlacementRoom:
    id: str
    capacity: int
    equipment: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PlacementSlot:
    id: str
    label: str = ""


@dataclass(frozen=True)
class PlacementTopic:
    id: str
    convenor: str | None = None
    demand: int = 0
    equipment: frozenset[str] = frozenset()
    pinned_room: str | None = None
    pinned_slot: str | None = None
    unavailable_slots: frozenset[str] = frozenset()
    current: tuple[str, str] | None = None  # (room id, slot id) on the wall now
    convenors: frozenset[str] = frozenset()  # more convenors (a merged topic keeps all)


def topic_convenors(topic: PlacementTopic) -> frozenset[str]:
    """Everyone who convenes the topic: ``convenor`` and ``convenors`` together."""
    if topic.convenor is None:
        return topic.convenors
    return topic.convenors | {topic.convenor}


@dataclass(frozen=True)
class PlacementProblem:
    rooms: tuple[PlacementRoom, ...]
    slots: tuple[PlacementSlot, ...]
    topics: tuple[PlacementTopic, ...]
    interests: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # person -> topics


@dataclass(frozen=True)
class PlacementResult:
    assignments: Mapping[str, tuple[str, str]]  # topic id -> (room id, slot id)
    unplaced: tuple[str, ...]
    overflow: int
    clashes: int
    moves: int
    first_answer_s: float
    final_s: float
    problems: tuple[PlacementIssue, ...] = ()
