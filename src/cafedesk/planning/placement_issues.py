"""Why a placement cannot be (fully) done, in words a facilitator understands."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass


def _identity(text: str) -> str:
    return text


# One English template per issue code; {name} placeholders are filled from the
# issue's details after translation, so translators may reorder them.
_TEMPLATES: Mapping[str, str] = {
    "no_cells": "There are no spaces or no slots to place topics in.",
    "too_many_topics": "{topics} topics but only {cells} free cells.",
    "convenor_overbooked": "Convenor {convenor} has {topics} topics but only {slots} slots.",
    "equipment_shortage": (
        "{topics} topics need {equipment} but only {rooms} spaces × {slots} slots have it."
    ),
    "equipment_missing": "Topic {topic} needs {equipment} but no space has it.",
    "pin_conflict": "Topic {topic} is pinned to a cell that another pinned topic holds.",
    "pin_unknown": "Topic {topic} is pinned to {target}, which is not on offer.",
    "pin_unavailable": "Topic {topic} is pinned to slot {slot}, when its convenor is away.",
    "pin_equipment": "Topic {topic} is pinned to {room}, which lacks {equipment}.",
    "pin_too_small": (
        "Topic {topic} ({demand} expected) is pinned to {room}, which holds {capacity}."
    ),
    "convenor_pin_clash": "Convenor {convenor} has several topics pinned to slot {slot}.",
    "no_slot": "Topic {topic} has no slot its convenor can attend.",
    "too_big": "Topic {topic} ({demand} expected) fits no space: the largest holds {capacity}.",
    "unplaced": "{count} topics could not be placed: {topics}.",
    "overflow": "Topic {topic} ({demand} expected) is in {room}, which holds {capacity}.",
}


@dataclass(frozen=True)
class PlacementIssue:
    """A machine-readable reason, e.g. ``code="too_big"``, ``ids=("T7",)``.

    ``ids`` are the topics, convenors, rooms or slots concerned (for highlighting);
    ``details`` are the named values the sentence uses.
    """

    code: str
    ids: tuple[str, ...] = ()
    details: tuple[tuple[str, str | int], ...] = ()

    @property
    def params(self) -> dict[str, str | int]:
        return dict(self.details)

    def sentence(self, translate: Callable[[str], str] = _identity) -> str:
        return describe_issue(self, translate)


def issue(code: str, ids: tuple[str, ...] = (), **details: str | int) -> PlacementIssue:
    return PlacementIssue(code, ids, tuple(details.items()))


def describe_issue(item: PlacementIssue, translate: Callable[[str], str] = _identity) -> str:
    """The one place where issues become sentences; ``translate`` maps the template."""
    template = _TEMPLATES.get(item.code)
    if template is None:
        return f"{item.code}: {', '.join(item.ids)}"
    try:
        return translate(template).format(**item.params)
    except (KeyError, IndexError, ValueError):
        # A broken translation must not hide the problem: fall back to English.
        return template.format(**item.params)
