"""Why a placement cannot be (fully) done, in words a facilitator understands."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP


def _identity(text: str) -> str:
    return text


# One English template per issue code, marked for lupdate; {name} placeholders are
# filled from the issue's details after translation, so translators may reorder them.
_TEMPLATES: Mapping[str, str] = {
    "no_cells": QT_TRANSLATE_NOOP(
        "cafedesk",
        "There are no spaces or no slots to place topics in.",
    ),
    "too_many_topics": QT_TRANSLATE_NOOP(
        "cafedesk",
        "{topics} topics but only {cells} free cells.",
    ),
    "convenor_overbooked": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Convenor {convenor} has {topics} topics but only {slots} slots.",
    ),
    "equipment_shortage": QT_TRANSLATE_NOOP(
        "cafedesk",
        "{topics} topics need {equipment} but only {rooms} spaces × {slots} slots have it.",
    ),
    "equipment_missing": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Topic {topic} needs {equipment} but no space has it.",
    ),
    "pin_conflict": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Topic {topic} is pinned to a cell that another pinned topic holds.",
    ),
    "pin_unknown": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Topic {topic} is pinned to {target}, which is not on offer.",
    ),
    "pin_unavailable": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Topic {topic} is pinned to slot {slot}, when its convenor is away.",
    ),
    "pin_equipment": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Topic {topic} is pinned to {room}, which lacks {equipment}.",
    ),
    "pin_too_small": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Topic {topic} ({demand} expected) is pinned to {room}, which holds {capacity}.",
    ),
    "convenor_pin_clash": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Convenor {convenor} has several topics pinned to slot {slot}.",
    ),
    "no_slot": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Topic {topic} has no slot its convenor can attend.",
    ),
    "too_big": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Topic {topic} ({demand} expected) fits no space: the largest holds {capacity}.",
    ),
    "unplaced": QT_TRANSLATE_NOOP(
        "cafedesk",
        "{count} topics could not be placed: {topics}.",
    ),
    "overflow": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Topic {topic} ({demand} expected) is in {room}, which holds {capacity}.",
    ),
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
