"""Rules a facilitator would state out loud; each raises a ValidationError that says which."""

from __future__ import annotations

import re
from collections.abc import Iterable

from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import SlotKind, TimeSlot

MAX_NAME = 200
MAX_TEXT = 20_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean_name(value: str, what: str) -> str:
    """Trim a name; refuse empty or absurdly long ones."""
    name = " ".join(value.split())
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "The {what} needs a name."), field="name", what=what
        )
    if len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "cafedesk", "That name is too long ({count} characters; at most {max})."
            ),
            field="name",
            count=len(name),
            max=MAX_NAME,
        )
    return name


def clean_text(value: str) -> str:
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "cafedesk", "That text is too long ({count} characters; at most {max})."
            ),
            count=len(text),
            max=MAX_TEXT,
        )
    return text


def clean_email(value: str) -> str:
    email = value.strip()
    if email and not _EMAIL.match(email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "“{email}” does not look like an email address."),
            field="email",
            email=email,
        )
    return email


def clean_tags(values: Iterable[str]) -> tuple[str, ...]:
    """Lower-case, trimmed, unique tags in the order given (equipment, roles)."""
    seen: dict[str, None] = {}
    for value in values:
        tag = " ".join(value.strip().lower().split())
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def check_unique_name(name: str, others: Iterable[str], what: str) -> None:
    folded = name.casefold()
    if any(other.casefold() == folded for other in others):
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "There is already a {what} called “{name}”."),
            field="name",
            what=what,
            name=name,
        )


def check_capacity(capacity: int) -> int:
    if capacity <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "cafedesk", "A space must hold at least one person (capacity {capacity})."
            ),
            field="capacity",
            capacity=capacity,
        )
    if capacity > 100_000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "A capacity of {capacity} is not believable."),
            field="capacity",
            capacity=capacity,
        )
    return capacity


def check_slot(slot: TimeSlot, others: Iterable[TimeSlot]) -> None:
    """A slot must end after it starts and a session slot must not overlap another slot."""
    if slot.end <= slot.start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "The slot ends ({end}) before it starts ({start})."),
            field="end",
            start=slot.start.strftime("%H:%M"),
            end=slot.end.strftime("%H:%M"),
        )
    for other in others:
        if other.id == slot.id or not slot.overlaps(other):
            continue
        if SlotKind.SESSION in (slot.kind, other.kind):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "cafedesk",
                    "This slot overlaps “{other}” ({start}–{end}) on the same day.",
                ),
                field="start",
                other=other.label or other.start.strftime("%H:%M"),
                start=other.start.strftime("%H:%M"),
                end=other.end.strftime("%H:%M"),
            )
