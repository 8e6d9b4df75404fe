"""Sheets for the paper wall: slot and space headers, topic sheets, sign-up sheets, forms, signs."""

from __future__ import annotations

import segno
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import SlotKind, Space, TimeSlot, Topic
from cafedesk.exports.fonts import BOLD, REGULAR
from cafedesk.exports.pdf_style import short_date
from cafedesk.exports.wallkit.kit import (
    GREY,
    Page,
    WallKit,
    draw_block,
    draw_line,
    landscape,
    portrait,
    ruled_lines,
)

_T = QT_TRANSLATE_NOOP
# 40 pt DejaVu capitals are 10.3 mm tall: readable across the marketplace.
TITLE_MIN = 40.0
MARGIN = 14 * mm


def qr_payload(kit: WallKit, topic: Topic) -> str:
    return f"cafedesk:{kit.event_key}:topic:{topic.number}"


def draw_qr(c: Canvas, payload: str, x: float, y: float, side: float) -> None:
    """The QR code as filled squares (vector: sharp at any printer resolution)."""
    qr = segno.make(payload, error="m", micro=False)
    rows = list(qr.matrix_iter(scale=1, border=4))
    cell = side / len(rows)
    c.setFillColor(colors.white)
    c.rect(x, y, side, side, stroke=0, fill=1)
    c.setFillColor(colors.black)
    path = c.beginPath()
    for r, row in enumerate(rows):
        for col, dark in enumerate(row):
            if dark:
                path.rect(x + col * cell, y + side - (r + 1) * cell, cell, cell)
    c.drawPath(path, stroke=0, fill=1)


def _band(c: Canvas, kit: WallKit, w: float, h: float, text: str) -> None:
    c.setFillColor(kit.accent())
    c.rect(0, h - 18 * mm, w, 18 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    draw_line(c, text, BOLD, MARGIN, h - 12 * mm, 16, w - 2 * MARGIN, False)
    c.setFillColor(colors.black)


def slot_headers(kit: WallKit, paper: tuple[float, float]) -> list[Page]:
    t = kit.translate
    slots = sorted(kit.snapshot.slots, key=lambda s: (s.day, s.start))

    def sheet(slot: TimeSlot) -> Page:
        def paint(c: Canvas, w: float, h: float) -> None:
            _band(c, kit, w, h, t(_T("cafedesk", "Time slot")))
            c.setFillColor(GREY)
            draw_line(
                c,
                short_date(slot.day, t),
                REGULAR,
                w / 2,
                h - 40 * mm,
                28,
                w - 2 * MARGIN,
                True,
            )
            c.setFillColor(colors.black)
            when = f"{slot.start:%H:%M}–{slot.end:%H:%M}"
            draw_block(c, when, BOLD, (MARGIN, h * 0.42, w - 2 * MARGIN, h * 0.3), 120, TITLE_MIN)
            if slot.label:
                draw_block(
                    c, slot.label, BOLD, (MARGIN, 18 * mm, w - 2 * MARGIN, h * 0.36), 64, TITLE_MIN
                )
            kit.footer(c, w)

        return Page(landscape(paper), paint)

    return [sheet(s) for s in slots]


def space_headers(kit: WallKit, paper: tuple[float, float]) -> list[Page]:
    t = kit.translate

    def sheet(space: Space) -> Page:
        def paint(c: Canvas, w: float, h: float) -> None:
            _band(c, kit, w, h, t(_T("cafedesk", "Space")))
            draw_block(
                c, space.name, BOLD, (MARGIN, h * 0.36, w - 2 * MARGIN, h * 0.44), 110, TITLE_MIN
            )
            c.setFillColor(GREY)
            seats = t(_T("cafedesk", "{count} seats")).format(count=space.capacity)
            extra = " · ".join((seats, *space.equipment))
            draw_line(c, extra, REGULAR, w / 2, h * 0.26, 26, w - 2 * MARGIN, True)
            c.setFillColor(colors.black)
            kit.footer(c, w)

        return Page(landscape(paper), paint)

    return [sheet(s) for s in sorted(kit.snapshot.spaces, key=lambda s: s.position)]


def topic_sheets(
    kit: WallKit, paper: tuple[float, float], numbers: list[int] | None = None
) -> list[Page]:
    t = kit.translate

    def sheet(topic: Topic) -> Page:
        def paint(c: Canvas, w: float, h: float) -> None:
            qr_side = 34 * mm
            c.setFillColor(kit.accent())
            draw_line(c, f"{topic.number}", BOLD, MARGIN, h - MARGIN - 40, 56, 60 * mm, False)
            c.setFillColor(colors.black)
            draw_qr(c, qr_payload(kit, topic), w - MARGIN - qr_side, h - MARGIN - qr_side, qr_side)
            box = (MARGIN, 40 * mm, w - 2 * MARGIN, h - 40 * mm - MARGIN - qr_side - 4 * mm)
            draw_block(c, topic.title, BOLD, box, 96, TITLE_MIN)
            c.setFillColor(GREY)
            who = kit.convenors(topic)
            if who:
                draw_line(c, who, REGULAR, w / 2, 28 * mm, 24, w - 2 * MARGIN, True)
            slot, space = kit.slot(topic.slot_id), kit.space(topic.space_id)
            if slot is not None and space is not None:
                where = t(_T("cafedesk", "{slot} · {space}")).format(
                    slot=kit.slot_text(slot), space=space.name
                )
                draw_line(c, where, REGULAR, w / 2, 17 * mm, 16, w - 2 * MARGIN, True)
            c.setFillColor(colors.black)
            kit.footer(c, w)

        return Page(landscape(paper), paint)

    return [sheet(topic) for topic in kit.topics(numbers)]


def blank_topic_sheets(kit: WallKit, paper: tuple[float, float], count: int = 0) -> list[Page]:
    t = kit.translate
    first = max((tp.number for tp in kit.snapshot.topics), default=0) + 1
    count = count or 20

    def sheet(number: int) -> Page:
        def paint(c: Canvas, w: float, h: float) -> None:
            c.setFillColor(kit.accent())
            draw_line(c, f"{number}", BOLD, MARGIN, h - MARGIN - 40, 56, 60 * mm, False)
            c.setFillColor(GREY)
            draw_line(c, t(_T("cafedesk", "Topic")), REGULAR, MARGIN, h * 0.70, 14, 80 * mm, False)
            ruled_lines(c, MARGIN, h * 0.62, w - 2 * MARGIN, h * 0.38, 28 * mm)
            c.setFillColor(GREY)
            draw_line(
                c, t(_T("cafedesk", "Your name")), REGULAR, MARGIN, h * 0.26, 14, 80 * mm, False
            )
            ruled_lines(c, MARGIN, h * 0.18, w - 2 * MARGIN, h * 0.18, 10 * mm)
            c.setFillColor(colors.black)
            kit.footer(c, w)

        return Page(landscape(paper), paint)

    return [sheet(first + i) for i in range(count)]


def signup_sheets(
    kit: WallKit, paper: tuple[float, float], numbers: list[int] | None = None
) -> list[Page]:
    t = kit.translate

    def sheet(topic: Topic) -> Page:
        def paint(c: Canvas, w: float, h: float) -> None:
            _band(
                c,
                kit,
                w,
                h,
                t(_T("cafedesk", "Sign up: topic {number}")).format(number=topic.number),
            )
            draw_block(c, topic.title, BOLD, (MARGIN, h - 58 * mm, w - 2 * MARGIN, 36 * mm), 28, 12)
            c.setFillColor(GREY)
            who = t(_T("cafedesk", "Convenor: {names}")).format(names=kit.convenors(topic) or "—")
            draw_line(c, who, REGULAR, MARGIN, h - 64 * mm, 12, w - 2 * MARGIN, False)
            c.setFillColor(colors.black)
            top = h - 76 * mm
            row = 10 * mm
            c.setFont(REGULAR, 11)
            n = 1
            y = top
            while y > 20 * mm:
                c.setFillColor(GREY)
                c.drawRightString(MARGIN + 8 * mm, y + 2, f"{n}.")
                y -= row
                n += 1
            ruled_lines(c, MARGIN + 10 * mm, top, w - 2 * MARGIN - 10 * mm, 20 * mm, row)
            c.setFillColor(colors.black)
            kit.footer(c, w)

        return Page(portrait(paper), paint)

    return [sheet(topic) for topic in kit.topics(numbers)]


REPORT_HEADINGS = (
    _T("cafedesk", "Key points of the discussion"),
    _T("cafedesk", "Recommendations and next steps"),
    _T("cafedesk", "Who takes it on"),
    _T("cafedesk", "Participants"),
)


def report_forms(
    kit: WallKit, paper: tuple[float, float], numbers: list[int] | None = None
) -> list[Page]:
    t = kit.translate

    def sheet(topic: Topic) -> Page:
        def paint(c: Canvas, w: float, h: float) -> None:
            _band(
                c,
                kit,
                w,
                h,
                t(_T("cafedesk", "Session report: topic {number}")).format(number=topic.number),
            )
            draw_block(
                c, topic.title, BOLD, (MARGIN, h - 44 * mm, w - 2 * MARGIN, 22 * mm), 20, 10, False
            )
            c.setFillColor(GREY)
            info = [
                t(_T("cafedesk", "Convenor: {names}")).format(names=kit.convenors(topic) or "—")
            ]
            slot, space = kit.slot(topic.slot_id), kit.space(topic.space_id)
            if slot is not None:
                info.append(kit.slot_text(slot))
            if space is not None:
                info.append(space.name)
            draw_line(c, " · ".join(info), REGULAR, MARGIN, h - 50 * mm, 11, w - 2 * MARGIN, False)
            top, bottom = h - 58 * mm, 16 * mm
            part = (top - bottom) / len(REPORT_HEADINGS)
            for i, heading in enumerate(REPORT_HEADINGS):
                y = top - i * part
                c.setFillColor(kit.accent())
                draw_line(c, t(heading), BOLD, MARGIN, y - 12, 12, w - 2 * MARGIN, False)
                ruled_lines(c, MARGIN, y - 24, w - 2 * MARGIN, y - part + 6, 8 * mm)
            c.setFillColor(colors.black)
            kit.footer(c, w)

        return Page(portrait(paper), paint)

    return [sheet(topic) for topic in kit.topics(numbers)]


def space_signs(kit: WallKit, paper: tuple[float, float]) -> list[Page]:
    t = kit.translate
    slots = {s.id: s for s in kit.snapshot.slots if s.kind is SlotKind.SESSION}

    def sheet(space: Space) -> Page:
        sessions = sorted(
            (t2 for t2 in kit.snapshot.topics if t2.space_id == space.id and t2.slot_id in slots),
            key=lambda tp: (slots[tp.slot_id].day, slots[tp.slot_id].start),  # type: ignore[index]
        )

        def paint(c: Canvas, w: float, h: float) -> None:
            draw_block(
                c, space.name, BOLD, (MARGIN, h - 70 * mm, w - 2 * MARGIN, 58 * mm), 96, TITLE_MIN
            )
            c.setFillColor(GREY)
            seats = t(_T("cafedesk", "{count} seats")).format(count=space.capacity)
            draw_line(c, seats, REGULAR, w / 2, h - 80 * mm, 20, w - 2 * MARGIN, True)
            y = h - 96 * mm
            step = min(16 * mm, (y - 16 * mm) / max(1, len(sessions)))
            size = min(16.0, step / 1.4)
            for topic in sessions:
                slot = slots[topic.slot_id]  # type: ignore[index]
                c.setFillColor(kit.accent())
                draw_line(c, f"{slot.start:%H:%M}", BOLD, MARGIN, y, size, 24 * mm, False)
                c.setFillColor(colors.black)
                line = f"{topic.number} · {topic.title}"
                draw_line(
                    c, line, REGULAR, MARGIN + 26 * mm, y, size, w - 2 * MARGIN - 26 * mm, False
                )
                y -= step
            kit.footer(c, w)

        return Page(portrait(paper), paint)

    return [sheet(s) for s in sorted(kit.snapshot.spaces, key=lambda s: s.position)]
