"""The event and what it is made of, as immutable values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP


class Method(StrEnum):
    OPEN_SPACE = "open_space"
    WORLD_CAFE = "world_cafe"
    PRO_ACTION_CAFE = "pro_action_cafe"


METHOD_LABELS: dict[Method, str] = {
    Method.OPEN_SPACE: QT_TRANSLATE_NOOP("cafedesk", "Open Space Technology"),
    Method.WORLD_CAFE: QT_TRANSLATE_NOOP("cafedesk", "World Café"),
    Method.PRO_ACTION_CAFE: QT_TRANSLATE_NOOP("cafedesk", "Pro Action Café"),
}


class SlotKind(StrEnum):
    SESSION = "session"
    PLENARY = "plenary"
    BREAK = "break"
    MEAL = "meal"


SLOT_KIND_LABELS: dict[SlotKind, str] = {
    SlotKind.SESSION: QT_TRANSLATE_NOOP("cafedesk", "Session"),
    SlotKind.PLENARY: QT_TRANSLATE_NOOP("cafedesk", "Plenary"),
    SlotKind.BREAK: QT_TRANSLATE_NOOP("cafedesk", "Break"),
    SlotKind.MEAL: QT_TRANSLATE_NOOP("cafedesk", "Meal"),
}


class PaperSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


# Roles a participant can have; free text is allowed too, these are offered.
KNOWN_ROLES: tuple[str, ...] = ("convenor", "host", "caller", "facilitator", "sponsor")
KNOWN_EQUIPMENT: tuple[str, ...] = (
    "flipchart",
    "projector",
    "screen",
    "whiteboard",
    "pinboard",
    "sound",
    "step-free access",
)


@dataclass(frozen=True)
class Event:
    title: str
    theme: str = ""
    method: Method = Method.OPEN_SPACE
    venue: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    client_name: str = ""
    client_email: str = ""
    facilitator: str = ""
    language: str = "en"
    paper_size: PaperSize = PaperSize.A4


@dataclass(frozen=True)
class Space:
    id: int
    name: str
    capacity: int
    equipment: tuple[str, ...] = ()
    notes: str = ""
    position: int = 0


@dataclass(frozen=True)
class TimeSlot:
    id: int
    day: dt.date
    start: dt.time
    end: dt.time
    label: str = ""
    kind: SlotKind = SlotKind.SESSION

    @property
    def minutes(self) -> int:
        start = dt.datetime.combine(self.day, self.start)
        return int((dt.datetime.combine(self.day, self.end) - start).total_seconds() // 60)

    def overlaps(self, other: TimeSlot) -> bool:
        return self.day == other.day and self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Participant:
    id: int
    name: str
    organisation: str = ""
    group: str = ""
    email: str = ""
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Topic:
    id: int
    number: int
    title: str
    convenor_ids: tuple[int, ...] = ()
    description: str = ""
    equipment: tuple[str, ...] = ()
    expected_attendance: int | None = None
    space_id: int | None = None
    slot_id: int | None = None
    pinned: bool = False
    tally: int | None = None  # a head count from a paper sheet, when names were not taken
    # Numbers of the topics a merge combined into this one (a split brings them back).
    merged_from: tuple[int, ...] = ()

    @property
    def placed(self) -> bool:
        return self.space_id is not None and self.slot_id is not None


@dataclass(frozen=True)
class EventSnapshot:
    """Everything about an event that a page or an export needs at once."""

    event: Event
    spaces: tuple[Space, ...] = ()
    slots: tuple[TimeSlot, ...] = ()
    participants: tuple[Participant, ...] = ()
    topics: tuple[Topic, ...] = field(default_factory=tuple)
