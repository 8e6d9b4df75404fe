"""Rules a facilitator would state out loud; each raises a ValidationError that says which."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import SlotKind, TimeSlot

MAX_NAME = 200
MAX_TEXT = 20_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Control characters (C0, DEL, C1) other than tab and line feed: they come from pasting
# out of other programs, print as boxes and break CSV and PDF output.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_characters(value: str) -> str:
    """Text as it may be stored: line breaks as "\\n", no control characters, composed
    accents (NFC), so "é" typed on one system matches "é" pasted from another.

    A lone surrogate (half of an emoji that was cut, from a broken clipboard or file)
    cannot be stored or printed at all: it is refused with a sentence rather than
    silently dropped, so the person can retype the character.
    """
    if _SURROGATE.search(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "The text contains a broken character (half of an emoji or symbol, "
                "often from copying and pasting). Please type that character again.",
            ),
            field="text",
        )
    text = _LINE_BREAKS.sub("\n", value)
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def clean_line(value: str) -> str:
    """A one-line text (an organisation, a label): characters cleaned, spaces collapsed."""
    return " ".join(clean_characters(value).split())


def clean_name(value: str, what: str) -> str:
    """Trim a name; refuse empty or absurdly long ones."""
    name = clean_line(value)
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


def clean_title(value: str, what: str) -> str:
    """Trim a title (an event's, a topic's); refuse an empty one, or one over the limit
    with a sentence that says the limit."""
    title = clean_line(value)
    if not title:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "The {what} needs a title."), field="title", what=what
        )
    if len(title) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "This title is too long: a title can have at most {max} characters, "
                "and this one has {count}. Please shorten it.",
            ),
            field="title",
            count=len(title),
            max=MAX_NAME,
        )
    return title


def clean_text(value: str) -> str:
    """A text that may have several lines (a summary, a question)."""
    text = clean_characters(value).strip()
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
    email = clean_line(value)
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
        tag = clean_line(value).lower()
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
