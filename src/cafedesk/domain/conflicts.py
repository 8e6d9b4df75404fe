"""What people on the floor would notice too late, computed from the wall as plain data.

Every function here is pure: the wall page recomputes all conflicts after each
change (a few milliseconds for 300 topics), so nothing needs to be kept in sync.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import combinations
from typing import Any

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import Participant, SlotKind, Space, TimeSlot, Topic


class ConflictKind(StrEnum):
    CONVENOR_CLASH = "convenor_clash"
    UNAVAILABLE = "unavailable"
    NOT_SESSION = "not_session"
    OVER_CAPACITY = "over_capacity"
    MISSING_EQUIPMENT = "missing_equipment"
    SIGNUP_CLASH = "signup_clash"


# A clash that makes a session impossible as placed; the others are warnings.
SEVERE = frozenset(
    {ConflictKind.CONVENOR_CLASH, ConflictKind.UNAVAILABLE, ConflictKind.NOT_SESSION}
)

TEMPLATES: dict[ConflictKind, str] = {
    ConflictKind.CONVENOR_CLASH: QT_TRANSLATE_NOOP(
        "cafedesk", "{name} convenes topics {numbers} in the same slot ({slot})."
    ),
    ConflictKind.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "cafedesk", "{name} convenes topic {numbers} but is not available in {slot}."
    ),
    ConflictKind.NOT_SESSION: QT_TRANSLATE_NOOP(
        "cafedesk", "Topic {numbers} is placed in {slot}, which is not a session slot."
    ),
    ConflictKind.OVER_CAPACITY: QT_TRANSLATE_NOOP(
        "cafedesk", "Topic {numbers} expects {expected} people; {space} holds {capacity}."
    ),
    ConflictKind.MISSING_EQUIPMENT: QT_TRANSLATE_NOOP(
        "cafedesk", "Topic {numbers} needs {equipment}, which {space} does not have."
    ),
    ConflictKind.SIGNUP_CLASH: QT_TRANSLATE_NOOP(
        "cafedesk", "People signed up for both topics {numbers} in {slot}: {count}."
    ),
}


@dataclass(frozen=True, eq=False)
class Wall:
    """The agenda wall as the page and the conflict rules see it."""

    spaces: tuple[Space, ...] = ()
    slots: tuple[TimeSlot, ...] = ()
    topics: tuple[Topic, ...] = ()
    participants: tuple[Participant, ...] = ()
    signups: Mapping[int, frozenset[int]] = field(default_factory=dict)  # topic -> people
    unavailable: frozenset[tuple[int, int]] = frozenset()  # (participant, slot)


@dataclass(frozen=True, eq=False)
class Conflict:
    kind: ConflictKind
    topic_ids: tuple[int, ...]
    slot_id: int | None
    values: Mapping[str, Any]

    @property
    def severe(self) -> bool:
        return self.kind in SEVERE

    def message(self, translate: Translate = identity) -> str:
        return translate(TEMPLATES[self.kind]).format(**self.values)

    def key(self) -> tuple[str, tuple[int, ...], int | None]:
        """Identifies a conflict across recomputations (the panel keeps its selection)."""
        return (self.kind.value, self.topic_ids, self.slot_id)


def expected_attendance(topic: Topic, signup_count: int) -> int | None:
    """Explicit estimate if given, else the larger of paper tally and named sign-ups."""
    if topic.expected_attendance is not None:
        return topic.expected_attendance
    if topic.tally is None and signup_count == 0:
        return None
    return max(topic.tally or 0, signup_count)


def _slot_name(slot: TimeSlot) -> str:
    when = f"{slot.start:%H:%M}–{slot.end:%H:%M}"
    return f"{slot.label} ({when})" if slot.label else when


def _numbers(topics: Iterable[Topic]) -> str:
    return ", ".join(str(t.number) for t in sorted(topics, key=lambda t: t.number))


def find_conflicts(wall: Wall) -> list[Conflict]:
    """Every conflict on the wall, severe ones first, then by slot and topic number."""
    return ordered_conflicts(wall, conflicts_by_slot(wall))


def conflicts_by_slot(
    wall: Wall, slot_ids: Iterable[int] | None = None
) -> dict[int, list[Conflict]]:
    """The conflicts of each slot (of ``slot_ids`` only, when given).

    Conflicts never span two slots, so after a move only the slots the moved
    topics left and entered need checking again.
    """
    spaces = {s.id: s for s in wall.spaces}
    slots = {s.id: s for s in wall.slots}
    wanted = set(slots) if slot_ids is None else set(slot_ids) & set(slots)
    names = {p.id: p.name for p in wall.participants}
    by_slot: dict[int, list[Topic]] = {slot_id: [] for slot_id in wanted}
    for topic in wall.topics:
        if topic.placed and topic.slot_id in wanted and topic.space_id in spaces:
            by_slot[topic.slot_id].append(topic)
    return {
        slot_id: list(_slot_conflicts(wall, slots[slot_id], placed, spaces, names))
        for slot_id, placed in by_slot.items()
    }


def ordered_conflicts(wall: Wall, by_slot: Mapping[int, list[Conflict]]) -> list[Conflict]:
    order = {t.id: t.number for t in wall.topics}
    slot_order = {s.id: i for i, s in enumerate(wall.slots)}
    found = [c for conflicts in by_slot.values() for c in conflicts]
    found.sort(
        key=lambda c: (
            not c.severe,
            slot_order.get(c.slot_id or -1, -1),
            [order.get(t, 0) for t in c.topic_ids],
        )
    )
    return found


def _slot_conflicts(
    wall: Wall,
    slot: TimeSlot,
    placed: list[Topic],
    spaces: Mapping[int, Space],
    names: Mapping[int, str],
) -> Iterable[Conflict]:
    slot_text = _slot_name(slot)
    if slot.kind is not SlotKind.SESSION:
        for topic in placed:
            yield Conflict(
                ConflictKind.NOT_SESSION,
                (topic.id,),
                slot.id,
                {"numbers": topic.number, "slot": slot_text},
            )
    convening: dict[int, list[Topic]] = defaultdict(list)
    for topic in placed:
        for pid in dict.fromkeys(topic.convenor_ids):
            convening[pid].append(topic)
            if (pid, slot.id) in wall.unavailable:
                name = names.get(pid, "?")
                values = {"name": name, "numbers": topic.number, "slot": slot_text}
                yield Conflict(ConflictKind.UNAVAILABLE, (topic.id,), slot.id, values)
    for pid, topics in convening.items():
        if len(topics) > 1:
            values = {"name": names.get(pid, "?"), "numbers": _numbers(topics), "slot": slot_text}
            ids = tuple(t.id for t in sorted(topics, key=lambda t: t.number))
            yield Conflict(ConflictKind.CONVENOR_CLASH, ids, slot.id, values)
    for topic in placed:
        space = spaces[topic.space_id]  # type: ignore[index]
        expected = expected_attendance(topic, len(wall.signups.get(topic.id, ())))
        if expected is not None and expected > space.capacity:
            values = {
                "numbers": topic.number,
                "expected": expected,
                "space": space.name,
                "capacity": space.capacity,
            }
            yield Conflict(ConflictKind.OVER_CAPACITY, (topic.id,), slot.id, values)
        missing = [e for e in topic.equipment if e not in space.equipment]
        if missing:
            values = {"numbers": topic.number, "equipment": ", ".join(missing), "space": space.name}
            yield Conflict(ConflictKind.MISSING_EQUIPMENT, (topic.id,), slot.id, values)
    yield from _signup_clashes(wall, slot, placed, slot_text)


def _signup_clashes(
    wall: Wall, slot: TimeSlot, placed: list[Topic], slot_text: str
) -> Iterable[Conflict]:
    # A convenor who signed another sheet in the same slot wants to be in two places too;
    # people convening both topics are already reported as a convenor clash.
    people = {t.id: wall.signups.get(t.id, frozenset()) | frozenset(t.convenor_ids) for t in placed}
    ordered = sorted(placed, key=lambda t: t.number)
    for a, b in combinations(ordered, 2):
        shared = people[a.id] & people[b.id]
        if not shared:
            continue
        shared -= frozenset(a.convenor_ids) & frozenset(b.convenor_ids)
        if shared:
            values = {"count": len(shared), "numbers": f"{a.number}, {b.number}", "slot": slot_text}
            yield Conflict(ConflictKind.SIGNUP_CLASH, (a.id, b.id), slot.id, values)


def noticeable(conflicts: Iterable[Conflict], min_shared: int) -> list[Conflict]:
    """Leave out sign-up clashes shared by fewer than ``min_shared`` people.

    On a 1,000-person wall almost every pair of topics in a slot shares someone;
    the facilitator chooses from how many people a clash is worth seeing.
    """
    return [
        c
        for c in conflicts
        if c.kind is not ConflictKind.SIGNUP_CLASH or int(c.values["count"]) >= min_shared
    ]


def default_min_shared(participants: int) -> int:
    return 1 if participants <= 300 else 3


def conflicts_by_topic(conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    result: dict[int, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        for topic_id in conflict.topic_ids:
            result[topic_id].append(conflict)
    return dict(result)
