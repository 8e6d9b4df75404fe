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
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from cafedesk.domain.cafe import CafeSnapshot, CafeTable
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import Event, PaperSize, Participant
from cafedesk.exports.fonts import BOLD, REGULAR, register_fonts
from cafedesk.exports.output import pdf_target
from cafedesk.exports.scripts import draw_text, text_width
from cafedesk.exports.text import para_text

_T = QT_TRANSLATE_NOOP
Cancelled = Callable[[], bool]
GREY = colors.HexColor("#555555")
SHEET_MARGIN = 10 * mm  # cards start here; cut marks sit between MARK_FROM and MARK_TO
MARK_FROM, MARK_TO = 5 * mm, 9 * mm
CARD_PAD = 6 * mm
CARD_TEXT = 12  # the event's title, "Round n:" and the host line
WHERE = 13  # the table of each round: one size on every card
NAME_LARGEST, NAME_SMALLEST = 20, 14
TITLE_LINE = 20
ROUND_GAP = 5
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
    while size > smallest and text_width(text, font, size) > width:
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
    smallest: float | None = None,
) -> None:
    """One line that shrinks to fit (not below ``smallest``, by default half its size), and
    is cut with an ellipsis if even that is too long."""
    size = fit_size(text, font, size, smallest or max(6.0, size * 0.5), width)
    while text_width(text, font, size) > width and len(text) > 2:
        text = text[:-2] + "…"
    draw_text(c, x, y, text, font, size, "middle" if centre else "start")


def cut_marks(
    c: Canvas, xs: Sequence[float], ys: Sequence[float], page: tuple[float, float]
) -> None:
    """Short marks in the margins where the guillotine goes, from 5 to 9 mm in from the
    sheet's edge: office printers leave the outer 4 mm or so blank, and nothing is drawn
    over the cards (they start 10 mm in)."""
    c.saveState()
    c.setStrokeColor(colors.grey)
    c.setLineWidth(0.4)
    near, far = MARK_FROM, MARK_TO
    for x in xs:
        c.line(x, near, x, far)
        c.line(x, page[1] - far, x, page[1] - near)
    for y in ys:
        c.line(near, y, far, y)
        c.line(page[0] - far, y, page[0] - near, y)
    c.restoreState()


@dataclass
class _Card:
    """One person's card laid out at its width: every line at the document's sizes."""

    name: Paragraph
    host: Paragraph | None
    rounds: list[tuple[str, Paragraph]]
    width: float

    def height(self) -> float:
        total: float = TITLE_LINE + self.name.height + 6
        if self.host is not None:
            total += self.host.height + 4
        return total + sum(float(p.height) + ROUND_GAP for _label, p in self.rounds)

    def draw(self, c: Canvas, title: str, x: float, top: float, label_w: float) -> None:
        c.setFillColor(GREY)
        draw_fitted(c, title, REGULAR, x, top - CARD_TEXT, CARD_TEXT, self.width, smallest=11)
        y = top - TITLE_LINE
        self.name.drawOn(c, x, y - self.name.height)
        y -= self.name.height + 6
        if self.host is not None:
            self.host.drawOn(c, x, y - self.host.height)
            y -= self.host.height + 4
        c.setFillColor(colors.black)
        for label, where in self.rounds:
            c.setFont(REGULAR, CARD_TEXT)
            c.drawString(x, y - WHERE, label)  # on the first line's baseline of the table
            where.drawOn(c, x + label_w, y - where.height)
            y -= where.height + ROUND_GAP


def _name_paragraph(name: str, width: float) -> Paragraph:
    """The name on one line as large as fits (20 down to 14 pt), else wrapped at 14 pt:
    never cut, never smaller."""
    size = fit_size(name, BOLD, NAME_LARGEST, NAME_SMALLEST, width)
    style = ParagraphStyle("name", fontName=BOLD, fontSize=size, leading=size * 1.18)
    para = Paragraph(para_text(name), style)
    para.wrap(width, 1000)
    return para


def _card_styles() -> dict[str, ParagraphStyle]:
    return {
        "host": ParagraphStyle(
            "host", fontName=BOLD, fontSize=CARD_TEXT, leading=CARD_TEXT * 1.25, textColor=ACCENT
        ),
        "where": ParagraphStyle("where", fontName=BOLD, fontSize=WHERE, leading=WHERE * 1.2),
    }


def _sheets(
    cards: list[_Card], page_h: float, columns: int, rows: int
) -> list[list[tuple[float, list[_Card]]]]:
    """Cards to sheets in order, a row of ``columns`` cards at a time; a row is a
    ``rows``-th of the sheet, or taller when a long name or table name needs it (the
    guillotine cuts across the sheet at every row, so rows need not be equal)."""
    room = page_h - 2 * SHEET_MARGIN
    base = room / rows
    sheets: list[list[tuple[float, list[_Card]]]] = [[]]
    used = 0.0
    for start in range(0, len(cards), columns):
        row = cards[start : start + columns]
        height = max(base, max(card.height() for card in row) + 2 * CARD_PAD)
        if sheets[-1] and used + height > room + 0.01:
            sheets.append([])
            used = 0.0
        sheets[-1].append((height, row))
        used += height
    return sheets


def write_personal_cards(
    paper: CafePaper,
    out: Path | BinaryIO,
    translate: Translate = identity,
    cancelled: Cancelled = lambda: False,
    columns: int = 2,
    rows: int = 4,
) -> int:
    """Each participant's card: name large, then the table of every round, every line at
    one size on every card (11 pt at the smallest). Returns pages."""
    register_fonts()
    page = paper.page_size()
    w = (page[0] - 2 * SHEET_MARGIN) / columns
    inner = w - 2 * CARD_PAD
    styles = _card_styles()
    hosts = {pid: tid for tid, pid in paper.cafe.hosts().items()}
    people = paper.seated()
    round_word = translate(_T("cafedesk", "Round {number}"))
    table_word = translate(_T("cafedesk", "table {table}"))
    away_word = translate(_T("cafedesk", "not there"))
    host_word = translate(_T("cafedesk", "You host table {table} in every round"))
    labels = [round_word.format(number=r.number) + ":" for r in paper.cafe.rounds]
    label_w = max((text_width(t, REGULAR, CARD_TEXT) for t in labels), default=0.0) + 6
    cards = []
    for person in people:
        if cancelled():
            break
        host = None
        if person.id in hosts:
            host_of = paper.table(hosts[person.id])
            text = host_word.format(table=host_of.label if host_of else "?")
            host = Paragraph(para_text(text), styles["host"])
            host.wrap(inner, 1000)
        lines = []
        for rnd, label in zip(paper.cafe.rounds, labels, strict=True):
            table = paper.table(paper.cafe.plan.table_of(rnd.id, person.id))
            where = table_word.format(table=table.label) if table else away_word
            para = Paragraph(para_text(where), styles["where"])
            para.wrap(inner - label_w, 1000)
            lines.append((label, para))
        cards.append(_Card(_name_paragraph(person.name, inner), host, lines, inner))
    c = Canvas(pdf_target(out), pagesize=page)
    c.setTitle(translate(_T("cafedesk", "Personal cards")) + " — " + paper.event.title)
    pages = 0
    for sheet in _sheets(cards, page[1], columns, rows):
        if cancelled():
            break
        pages += 1
        top = page[1] - SHEET_MARGIN
        ys = [top]
        for height, row in sheet:
            for i, card in enumerate(row):
                card.draw(
                    c, paper.event.title, SHEET_MARGIN + i * w + CARD_PAD, top - CARD_PAD, label_w
                )
            top -= height
            ys.append(top)
        xs = [SHEET_MARGIN + i * w for i in range(columns + 1)]
        cut_marks(c, xs, ys if sheet else [], page)
        c.showPage()
    c.save()
    return pages
