"""The record of what a service call changed, so screens refresh only that."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Part(StrEnum):
    EVENT = "event"
    SPACES = "spaces"
    SLOTS = "slots"
    PARTICIPANTS = "participants"
    TOPICS = "topics"
    SIGNUPS = "signups"
    REPORTS = "reports"
    PHOTOS = "photos"
    CAFE = "cafe"
    VOTES = "votes"  # dot votes and the topics chosen for action planning
    ACTIONS = "actions"  # action plans
    CLIENT_REPORT = "client_report"  # executive summary and email template
    EVERYTHING = "everything"  # a new file, a restore: every screen reloads


@dataclass(frozen=True)
class Changes:
    parts: frozenset[Part] = frozenset()
    ids: frozenset[int] = frozenset()  # ids of the touched rows, when it helps a screen

    @staticmethod
    def of(*parts: Part, ids: frozenset[int] | set[int] | tuple[int, ...] = ()) -> Changes:
        return Changes(frozenset(parts), frozenset(ids))

    def touches(self, *parts: Part) -> bool:
        return Part.EVERYTHING in self.parts or any(p in self.parts for p in parts)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.parts | other.parts, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.parts)


NOTHING = Changes()
EVERYTHING = Changes.of(Part.EVERYTHING)
