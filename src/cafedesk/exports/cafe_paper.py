"""Café paper for the day: personal cards and seating lists (reportlab, fonts embedded).

Every function takes the event, the participants and the café as plain values,
a ``translate`` callable for printed labels, and writes one PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cafedesk.domain.cafe import CafeSnapshot, CafeTable
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import Event, PaperSize, Participant
from cafedesk.exports.fonts import BOLD, REGULAR, register_fonts
from cafedesk.exports.output import pdf_target

_T = QT_TRANSLATE_NOOP
Cancelled = Callable[[], bool]
GREY = colors.HexColor("#555555")
ACCENT = colors.HexColor("#8a3b12")


@dataclass(frozen=True)
class CafePaper:
    """Everything café paper needs, as plain values."""

    event: Event
    people: tuple[Participant, ...]
    cafe: CafeSnapshot
    pro_action: bool = False

    def page_size(self) -> tuple[float, float]:
        size = LETTER if self.event.paper_size is PaperSize.LETTER else A4
        return (float(size[0]), float(size[1]))

    def names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.people}

    def table(self, table_id: int | None) -> CafeTable | None:
        return next((t for t in self.cafe.tables if t.id == table_id), None)

    def seated(self) -> list[Participant]:
        seated = {
            p for by_table in self.cafe.plan.seats.values() for t in by_table.values() for p in t
        }
        return sorted((p for p in self.people if p.id in seated), key=lambda p: p.name.casefold())


def fit_size(text: str, font: str, largest: float, smallest: float, width: float) -> float:
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def draw_fitted(
    c: Canvas,
    text: str,
    font: str,
    x: float,
    y: float,
    size: float,
    width: float,
    centre: bool = False,
) -> None:
    """One line that shrinks to fit, and is cut with an ellipsis if even that is too long."""
    size = fit_size(text, font, size, max(6.0, size * 0.5), width)
    while stringWidth(text, font, size) > width and len(text) > 2:
        text = text[:-2] + "…"
    c.setFont(font, size)
    if centre:
        c.drawCentredString(x, y, text)
    else:
        c.drawString(x, y, text)


def cut_marks(
    c: Canvas, xs: Sequence[float], ys: Sequence[float], page: tuple[float, float]
) -> None:
    """Short marks in the margins where the guillotine goes; nothing drawn over the cards."""
    c.saveState()
    c.setStrokeColor(colors.grey)
    c.setLineWidth(0.4)
    length = 4 * mm
    for x in xs:
        c.line(x, 0, x, length)
        c.line(x, page[1] - length, x, page[1])
    for y in ys:
        c.line(0, y, length, y)
        c.line(page[0] - length, y, page[0], y)
    c.restoreState()


def write_personal_cards(
    paper: CafePaper,
    out: Path | BinaryIO,
    translate: Translate = identity,
    cancelled: Cancelled = lambda: False,
    columns: int = 2,
    rows: int = 4,
) -> int:
    """Each participant's card: name large, then the table of every round. Returns pages."""
    register_fonts()
    page = paper.page_size()
    margin = 10 * mm
    w = (page[0] - 2 * margin) / columns
    h = (page[1] - 2 * margin) / rows
    c = Canvas(pdf_target(out), pagesize=page)
    c.setTitle(translate(_T("cafedesk", "Personal cards")) + " — " + paper.event.title)
    hosts = {pid: tid for tid, pid in paper.cafe.hosts().items()}
    people = paper.seated()
    per_page = columns * rows
    pages = 0
    round_word = translate(_T("cafedesk", "Round {number}"))
    table_word = translate(_T("cafedesk", "table {table}"))
    away_word = translate(_T("cafedesk", "not there"))
    for start in range(0, max(1, len(people)), per_page):
        if cancelled():
            break
        pages += 1
        for i, person in enumerate(people[start : start + per_page]):
            x = margin + (i % columns) * w
            top = page[1] - margin - (i // columns) * h
            pad = 6 * mm
            c.setFillColor(GREY)
            draw_fitted(c, paper.event.title, REGULAR, x + pad, top - pad - 6, 8, w - 2 * pad)
            c.setFillColor(colors.black)
            draw_fitted(c, person.name, BOLD, x + pad, top - pad - 30, 22, w - 2 * pad)
            y = top - pad - 52
            if person.id in hosts:
                host_of = paper.table(hosts[person.id])
                label = translate(_T("cafedesk", "You host table {table} in every round"))
                c.setFillColor(ACCENT)
                draw_fitted(
                    c,
                    label.format(table=host_of.label if host_of else "?"),
                    BOLD,
                    x + pad,
                    y,
                    12,
                    w - 2 * pad,
                )
                c.setFillColor(colors.black)
                y -= 18
            line_h = min(22.0, (y - (top - h + pad)) / max(1, len(paper.cafe.rounds)))
            where_w = w - 2 * pad - 26 * mm
            wheres = []
            for rnd in paper.cafe.rounds:
                table = paper.table(paper.cafe.plan.table_of(rnd.id, person.id))
                wheres.append(table_word.format(table=table.label) if table else away_word)
            # One size for every round on a card, so the card reads as a list.
            size = min((fit_size(x, BOLD, 16, 9, where_w) for x in wheres), default=16)
            for rnd, where in zip(paper.cafe.rounds, wheres, strict=True):
                c.setFont(REGULAR, 12)
                c.drawString(x + pad, y, round_word.format(number=rnd.number) + ":")
                draw_fitted(c, where, BOLD, x + pad + 26 * mm, y, size, where_w)
                y -= line_h
        xs = [margin + i * w for i in range(columns + 1)]
        ys = [margin + i * h for i in range(rows + 1)]
        cut_marks(c, xs, ys, page)
        c.showPage()
    c.save()
    return pages
