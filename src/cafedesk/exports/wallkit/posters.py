"""The agenda poster, the text posters the facilitator can edit, and name badges."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import Participant, SlotKind
from cafedesk.exports.fonts import BOLD, REGULAR
from cafedesk.exports.pdf_style import short_date
from cafedesk.exports.wallkit.kit import (
    GREY,
    Page,
    WallKit,
    draw_block,
    draw_line,
    fit_block,
    landscape,
    portrait,
)

_T = QT_TRANSLATE_NOOP

# Our own wording; each is the default of a template the facilitator may rewrite per event.
POSTER_TEXTS: dict[str, tuple[str, str]] = {
    "principles": (
        _T("cafedesk", "Four principles and one law"),
        _T(
            "cafedesk",
            "Whoever comes are the right people.\n"
            "Whatever happens is the only thing that could have.\n"
            "Whenever it starts is the right time.\n"
            "When it is over, it is over.\n"
            "The law of mobility: if you are neither learning nor contributing, "
            "use your feet and go where you can.",
        ),
    ),
    "etiquette": (
        _T("cafedesk", "Café etiquette"),
        _T(
            "cafedesk",
            "Focus on what matters.\nContribute your thinking.\nSpeak from the heart.\n"
            "Listen to understand.\nLink and connect ideas.\n"
            "Listen together for patterns and deeper questions.\n"
            "Play, doodle, draw on the tablecloth.",
        ),
    ),
    "news": (
        _T("cafedesk", "News wall"),
        _T("cafedesk", "What happened, what is next: pin it here."),
    ),
    "welcome": (_T("cafedesk", "Welcome"), ""),
}


def poster_text(kit: WallKit, key: str) -> tuple[str, str]:
    """The heading and body of a poster: the facilitator's version if set, else ours."""
    heading, body = POSTER_TEXTS[key]
    heading = kit.texts.get(f"{key}.heading") or kit.translate(heading)
    body = kit.texts.get(f"{key}.body") or (kit.translate(body) if body else "")
    if key == "welcome" and not body:
        body = kit.snapshot.event.title
    return heading, body


def text_posters(kit: WallKit, paper: tuple[float, float]) -> list[Page]:
    keys = ["theme", "principles", "news", "welcome"]
    if kit.snapshot.event.method.value != "open_space":
        keys.insert(2, "etiquette")

    def sheet(key: str) -> Page:
        def paint(c: Canvas, w: float, h: float) -> None:
            m = w * 0.07
            if key == "theme":
                heading = kit.texts.get("theme.heading") or kit.translate(
                    _T("cafedesk", "Our question")
                )
                body = kit.snapshot.event.theme or kit.snapshot.event.title
            else:
                heading, body = poster_text(kit, key)
            c.setFillColor(kit.accent())
            draw_block(c, heading, BOLD, (m, h * 0.78, w - 2 * m, h * 0.16), w / 8, w / 30)
            c.setFillColor(colors.black)
            lines = [ln for ln in body.splitlines() if ln.strip()] or [" "]
            if len(lines) == 1:
                draw_block(c, lines[0], BOLD, (m, h * 0.12, w - 2 * m, h * 0.6), w / 10, w / 40)
            else:
                step = h * 0.64 / len(lines)
                for i, line in enumerate(lines):
                    top = h * 0.74 - i * step
                    draw_block(
                        c,
                        line,
                        REGULAR,
                        (m, top - step, w - 2 * m, step * 0.9),
                        w / 22,
                        w / 60,
                        False,
                    )
            kit.footer(c, w)

        return Page(portrait(paper), paint)

    return [sheet(k) for k in keys]


def agenda_poster(kit: WallKit, paper: tuple[float, float]) -> list[Page]:
    """The whole slot × space grid, one page per day, landscape."""
    days = sorted({s.day for s in kit.snapshot.slots})
    spaces = sorted(kit.snapshot.spaces, key=lambda s: s.position)
    by_cell = {
        (tp.slot_id, tp.space_id): tp for tp in kit.snapshot.topics if tp.slot_id and tp.space_id
    }
    t = kit.translate

    def sheet(day: object) -> Page:
        slots = sorted((s for s in kit.snapshot.slots if s.day == day), key=lambda s: s.start)

        def paint(c: Canvas, w: float, h: float) -> None:
            m = w * 0.02
            title = f"{kit.snapshot.event.title} · {short_date(slots[0].day, t)}" if slots else ""
            c.setFillColor(kit.accent())
            draw_line(c, title, BOLD, m, h - m - w * 0.025, w * 0.025, w - 2 * m, False)
            top = h - m - w * 0.04
            left = w * 0.12
            col = (w - m - left) / max(1, len(spaces))
            head = h * 0.05
            c.setFillColor(colors.black)
            # One size for every space's name, so no column looks more important than another.
            heading = min(
                (fit_block(sp.name, BOLD, col - 8, head, head * 0.4, 6)[0] for sp in spaces),
                default=head * 0.4,
            )
            for j, space in enumerate(spaces):
                draw_block(
                    c,
                    space.name,
                    BOLD,
                    (left + j * col + 4, top - head, col - 8, head),
                    heading,
                    min(6, heading),
                )
            rows_h = top - head - m * 2
            row = rows_h / max(1, len(slots))
            for i, slot in enumerate(slots):
                y = top - head - (i + 1) * row
                c.setStrokeColor(colors.HexColor("#bbbbbb"))
                c.line(m, y, w - m, y)
                c.setFillColor(kit.accent())
                when = f"{slot.start:%H:%M}–{slot.end:%H:%M}"
                draw_line(c, when, BOLD, m, y + row - head * 0.4, head * 0.24, left - m - 6, False)
                c.setFillColor(GREY)
                if slot.kind is not SlotKind.SESSION or slot.label:
                    label = slot.label or t(_T("cafedesk", "Break"))
                    draw_line(
                        c, label, REGULAR, m, y + row - head * 0.8, head * 0.22, left - m - 4, False
                    )
                c.setFillColor(colors.black)
                if slot.kind is not SlotKind.SESSION:
                    continue
                for j, space in enumerate(spaces):
                    topic = by_cell.get((slot.id, space.id))
                    if topic is None:
                        continue
                    x = left + j * col
                    c.setStrokeColor(kit.accent())
                    c.rect(x + 3, y + 3, col - 6, row - 6, stroke=1, fill=0)
                    text = f"{topic.number} · {topic.title}"
                    who = kit.convenors(topic)
                    inner = (x + 8, y + row * 0.3, col - 16, row * 0.66)
                    draw_block(c, text, BOLD, inner, min(row * 0.3, col * 0.12), 4, False)
                    if who:
                        c.setFillColor(GREY)
                        draw_line(
                            c,
                            who,
                            REGULAR,
                            x + 8,
                            y + 8,
                            min(row * 0.16, col * 0.08),
                            col - 16,
                            False,
                        )
                        c.setFillColor(colors.black)
            kit.footer(c, w)

        return Page(landscape(paper), paint)

    return [sheet(d) for d in days]


# (columns, rows) of common badge label sheets; the A4/Letter page holds them with cut marks.
BADGE_LAYOUTS = {"2x4": (2, 4), "2x5": (2, 5)}


def badges(
    kit: WallKit, paper: tuple[float, float], layout: str = "2x4", blank: bool = False
) -> list[Page]:
    cols, rows = BADGE_LAYOUTS[layout]
    people: list[Participant | None] = list(kit.people()) if not blank else [None] * (cols * rows)
    per = cols * rows
    pages = [people[i : i + per] for i in range(0, max(1, len(people)), per)]

    def sheet(group: list[Participant | None]) -> Page:
        def paint(c: Canvas, w: float, h: float) -> None:
            m = 10 * mm
            bw, bh = (w - 2 * m) / cols, (h - 2 * m) / rows
            _cut_marks(
                c,
                [m + i * bw for i in range(cols + 1)],
                [m + j * bh for j in range(rows + 1)],
                w,
                h,
            )
            for k, person in enumerate(group):
                x = m + (k % cols) * bw
                y = h - m - (k // cols + 1) * bh
                c.setFillColor(kit.accent())
                c.rect(x + 4 * mm, y + bh - 9 * mm, bw - 8 * mm, 3 * mm, stroke=0, fill=1)
                draw_line(
                    c,
                    kit.snapshot.event.title,
                    REGULAR,
                    x + bw / 2,
                    y + bh - 14 * mm,
                    9,
                    bw - 10 * mm,
                    True,
                )
                c.setFillColor(colors.black)
                if person is None:
                    continue
                draw_block(
                    c, person.name, BOLD, (x + 5 * mm, y + bh * 0.3, bw - 10 * mm, bh * 0.4), 30, 12
                )
                c.setFillColor(GREY)
                detail = " · ".join(p for p in (person.organisation, person.group) if p)
                draw_line(c, detail, REGULAR, x + bw / 2, y + bh * 0.18, 12, bw - 10 * mm, True)
                c.setFillColor(colors.black)

        return Page(portrait(paper), paint)

    return [sheet(g) for g in pages]


def _cut_marks(c: Canvas, xs: list[float], ys: list[float], w: float, h: float) -> None:
    c.setStrokeColor(colors.HexColor("#888888"))
    c.setLineWidth(0.4)
    for x in xs:
        c.line(x, 0, x, 6 * mm)
        c.line(x, h - 6 * mm, x, h)
    for y in ys:
        c.line(0, y, 6 * mm, y)
        c.line(w - 6 * mm, y, w, y)
    c.setStrokeColor(colors.black)
