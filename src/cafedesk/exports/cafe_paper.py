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
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

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
) -> None:
    """One line that shrinks to fit, and is cut with an ellipsis if even that is too long."""
    size = fit_size(text, font, size, max(6.0, size * 0.5), width)
    while text_width(text, font, size) > width and len(text) > 2:
        text = text[:-2] + "…"
    draw_text(c, x, y, text, font, size, "middle" if centre else "start")


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


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22, spaceAfter=4),
        "question": ParagraphStyle(
            "q", fontName=REGULAR, fontSize=11, leading=14, textColor=GREY, spaceAfter=8
        ),
        "table": ParagraphStyle("t", fontName=BOLD, fontSize=11, leading=14),
        "name": ParagraphStyle("n", fontName=REGULAR, fontSize=10, leading=12.5),
        "host": ParagraphStyle("h", fontName=BOLD, fontSize=10, leading=12.5, textColor=ACCENT),
    }


def write_seating_lists(
    paper: CafePaper,
    out: Path | BinaryIO,
    translate: Translate = identity,
    cancelled: Cancelled = lambda: False,
) -> None:
    """Per round: who sits at which table, then everyone by name with their table."""
    st = _styles()
    doc = SimpleDocTemplate(
        pdf_target(out),
        pagesize=paper.page_size(),
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=translate(_T("cafedesk", "Seating lists")),
    )
    names = paper.names()
    hosts = paper.cafe.hosts()
    width = paper.page_size()[0] - 28 * mm
    story: list[Flowable] = []
    for rnd in paper.cafe.rounds:
        if cancelled():
            break
        heading = translate(_T("cafedesk", "Round {number} — by table")).format(number=rnd.number)
        story += [
            Paragraph(para_text(heading), st["title"]),
            Paragraph(para_text(rnd.question), st["question"]),
        ]
        blocks = []
        for table in paper.cafe.tables:
            people = paper.cafe.plan.seats.get(rnd.id, {}).get(table.id, ())
            cell = [
                Paragraph(
                    para_text(translate(_T("cafedesk", "Table {table}")).format(table=table.label)),
                    st["table"],
                )
            ]
            for pid in people:
                style = st["host"] if pid == hosts.get(table.id) else st["name"]
                cell.append(Paragraph(para_text(names.get(pid, "?")), style))
            blocks.append(cell)
        per_row = 4
        grid = [blocks[i : i + per_row] for i in range(0, len(blocks), per_row)]
        if grid:
            grid[-1] += [[Spacer(1, 1)]] * (per_row - len(grid[-1]))
            story.append(
                Table(
                    grid,
                    colWidths=[width / per_row] * per_row,
                    style=[
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.lightgrey),
                    ],
                )
            )
        story.append(PageBreak())
        heading = translate(_T("cafedesk", "Round {number} — by name")).format(number=rnd.number)
        story.append(Paragraph(para_text(heading), st["title"]))
        rows = []
        for person in paper.seated():
            seat = paper.table(paper.cafe.plan.table_of(rnd.id, person.id))
            rows.append(
                (
                    Paragraph(para_text(person.name), st["name"]),
                    Paragraph(para_text(seat.label if seat else "—"), st["table"]),
                )
            )
        cols = 3
        per_col = (len(rows) + cols - 1) // cols or 1
        flat = []
        for i in range(per_col):
            line: list[object] = []
            for k in range(cols):
                at = k * per_col + i
                line += list(rows[at]) if at < len(rows) else ["", ""]
            flat.append(line)
        col_w = width / cols
        story.append(
            Table(
                flat,
                colWidths=[col_w * 0.72, col_w * 0.28] * cols,
                style=[
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ],
                repeatRows=0,
            )
        )
        story.append(PageBreak())
    if not story:
        story.append(Spacer(1, 1))
    doc.build(story)
