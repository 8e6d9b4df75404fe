"""What the wall kit prints from (plain data) and the drawing helpers its items share."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cafedesk.domain.i18n import Translate, identity
from cafedesk.domain.model import EventSnapshot, Participant, Space, TimeSlot, Topic
from cafedesk.domain.notes import Branding
from cafedesk.exports.fonts import REGULAR
from cafedesk.exports.scripts import draw_text, text_width

SHEETS: dict[str, tuple[float, float]] = {
    "a4": A4,
    "letter": LETTER,
    "a3": A3,
    "a2": A2,
    "a1": A1,
    "a0": A0,
}
# DejaVu Sans: capital letters are 0.729 of the font size (the font's OS/2 cap height).
CAP_HEIGHT = 0.729
GREY = colors.HexColor("#555555")
DEFAULT_ACCENT = "#8a3b12"

Painter = Callable[[Canvas, float, float], None]


@dataclass(frozen=True)
class Page:
    """One printed page: its size in points and what is drawn on it."""

    size: tuple[float, float]
    paint: Painter


@dataclass(frozen=True)
class WallKit:
    """The event as the wall kit sees it: plain data, no database, no Qt."""

    snapshot: EventSnapshot
    branding: Branding = field(default_factory=Branding)
    texts: dict[str, str] = field(default_factory=dict)  # the facilitator's poster texts
    translate: Translate = identity

    @property
    def event_key(self) -> str:
        """A short code naming this event in QR payloads (the same on every print)."""
        event = self.snapshot.event
        seed = f"{event.title}|{event.start_date or ''}".encode()
        return hashlib.sha1(seed).hexdigest()[:8]

    def accent(self) -> colors.Color:
        try:
            return colors.HexColor(self.branding.accent or DEFAULT_ACCENT)
        except ValueError:
            return colors.HexColor(DEFAULT_ACCENT)

    def names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.snapshot.participants}

    def convenors(self, topic: Topic) -> str:
        names = self.names()
        return ", ".join(names[i] for i in topic.convenor_ids if i in names)

    def slot(self, slot_id: int | None) -> TimeSlot | None:
        return next((s for s in self.snapshot.slots if s.id == slot_id), None)

    def space(self, space_id: int | None) -> Space | None:
        return next((s for s in self.snapshot.spaces if s.id == space_id), None)

    def topics(self, numbers: Sequence[int] | None = None) -> list[Topic]:
        chosen = sorted(self.snapshot.topics, key=lambda t: t.number)
        if numbers:
            wanted = set(numbers)
            chosen = [t for t in chosen if t.number in wanted]
        return chosen

    def people(self) -> list[Participant]:
        return sorted(self.snapshot.participants, key=lambda p: p.name.casefold())

    def slot_text(self, slot: TimeSlot) -> str:
        day = slot.day.strftime("%d.%m.%Y")
        text = f"{day} · {slot.start:%H:%M}–{slot.end:%H:%M}"
        return f"{text} · {slot.label}" if slot.label else text

    def footer(self, c: Canvas, width: float) -> None:
        """The facilitator's name and contact (Preferences) and the event, small at the foot."""
        parts = [self.snapshot.event.title]
        who = " · ".join(x for x in (self.branding.facilitator, self.branding.contact) if x)
        if who:
            parts.append(who)
        if self.branding.organisation:
            parts.append(self.branding.organisation)
        c.setFillColor(GREY)
        draw_line(c, "  ·  ".join(parts), REGULAR, width / 2, 6 * mm, 8, width - 20 * mm, True)
        c.setFillColor(colors.black)


def fit_size(text: str, font: str, size: float, smallest: float, width: float) -> float:
    """The largest size from ``size`` down to ``smallest`` at which one line fits ``width``."""
    wide = float(text_width(text, font, size))
    if wide <= width:
        return size
    return max(smallest, size * width / wide)


def draw_line(
    c: Canvas, text: str, font: str, x: float, y: float, size: float, width: float, centre: bool
) -> None:
    """One line shrunk to fit (down to half size), cut with an ellipsis beyond that."""
    size = fit_size(text, font, size, size * 0.5, width)
    while text_width(text, font, size) > width and len(text) > 2:
        text = text[:-2] + "…"
    draw_text(c, x, y, text, font, size, "middle" if centre else "start")


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word wider than the line is broken by letters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        while text_width(word, font, size) > width and len(word) > 1:
            cut = len(word)
            while cut > 1 and text_width(word[:cut], font, size) > width:
                cut -= 1
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:cut])
            word = word[cut:]
        trial = f"{current} {word}".strip()
        if text_width(trial, font, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines or [""]


def fit_block(
    text: str, font: str, width: float, height: float, largest: float, smallest: float
) -> tuple[float, list[str]]:
    """The largest size at which ``text`` wrapped to ``width`` fits ``height`` (1.15 leading)
    without breaking a word ("Roo / m 2" reads badly from across the room); a word is broken
    by letters only when even ``smallest`` cannot hold it."""
    size = largest
    longest = max((text_width(word, font, 1) for word in text.split()), default=0.0)
    while True:
        lines = wrap_words(text, font, size, width)
        whole_words = longest * size <= width
        if (whole_words and len(lines) * size * 1.15 <= height) or size <= smallest:
            return size, lines
        size = max(smallest, size * 0.92)


def draw_block(
    c: Canvas,
    text: str,
    font: str,
    box: tuple[float, float, float, float],
    largest: float,
    smallest: float,
    centre: bool = True,
) -> float:
    """Wrap and shrink ``text`` into ``box`` (x, y, w, h), centred vertically; returns the size."""
    x, y, w, h = box
    size, lines = fit_block(text, font, w, h, largest, smallest)
    room = max(1, int(h // (size * 1.15)))
    if len(lines) > room:  # never cut silently: the last line that fits says more follows
        last = lines[room - 1]
        while last and text_width(last + "…", font, size) > w:
            last = last[:-1].rstrip()
        lines = [*lines[: room - 1], last + "…"]
    block = len(lines) * size * 1.15
    top = y + h - max(0.0, (h - block) / 2) - size * 0.95
    for i, line in enumerate(lines):
        ly = top - i * size * 1.15
        if centre:
            draw_text(c, x + w / 2, ly, line, font, size, "middle")
        else:
            draw_text(c, x, ly, line, font, size)
    return size


def ruled_lines(c: Canvas, x: float, top: float, width: float, bottom: float, gap: float) -> None:
    c.setStrokeColor(colors.HexColor("#999999"))
    c.setLineWidth(0.5)
    y = top
    while y >= bottom:
        c.line(x, y, x + width, y)
        y -= gap
    c.setStrokeColor(colors.black)


def landscape(size: tuple[float, float]) -> tuple[float, float]:
    return (max(size), min(size))


def portrait(size: tuple[float, float]) -> tuple[float, float]:
    return (min(size), max(size))
