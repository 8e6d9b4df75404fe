"""Seating lists for the door: per round, who sits at which table, then everyone by name.

The columns are as wide as the longest word they hold, so a table name is never broken
mid-word; the list by name runs down whole columns, page after page, so the alphabet
never jumps; every page carries its round's heading (continued pages say so).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BalancedColumns,
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.exports.cafe_paper import ACCENT, GREY, CafePaper, Cancelled, draw_fitted
from cafedesk.exports.fonts import BOLD, REGULAR, register_fonts
from cafedesk.exports.output import pdf_target
from cafedesk.exports.scripts import text_width
from cafedesk.exports.text import para_text

_T = QT_TRANSLATE_NOOP
MARGIN = 14 * mm
BAND = 16 * mm  # the heading drawn on every page, above the frames
GAP = 5 * mm  # between columns of the list by name
PAD = 3  # cell padding, points
TEXT = 11  # the smallest type on the list: read at arm's length at the door
NAME_PART = 36 * mm  # a name wider than this in one word gets the whole column
BY_TABLE = _T("cafedesk", "Round {number} — by table")
BY_NAME = _T("cafedesk", "Round {number} — by name")
CONTINUED = _T("cafedesk", "{heading} (continued)")


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "question": ParagraphStyle(
            "q", fontName=REGULAR, fontSize=TEXT, leading=14, textColor=GREY, spaceAfter=8
        ),
        "table": ParagraphStyle("t", fontName=BOLD, fontSize=12, leading=15),
        "seat": ParagraphStyle("s", fontName=BOLD, fontSize=TEXT, leading=13.5),
        "name": ParagraphStyle("n", fontName=REGULAR, fontSize=TEXT, leading=13.5),
        "host": ParagraphStyle("h", fontName=BOLD, fontSize=TEXT, leading=13.5, textColor=ACCENT),
    }


def longest_word(texts: Iterable[str], font: str, size: float) -> float:
    """The width of the widest single word: a column narrower than it breaks that word."""
    return max((text_width(w, font, size) for t in texts for w in t.split()), default=0.0)


@dataclass(frozen=True)
class NameColumns:
    count: int
    name_width: float
    seat_width: float


def name_columns(width: float, seats: list[str]) -> NameColumns:
    """As many columns as the page holds with a name part of at least NAME_PART and a table
    part at least as wide as the longest word of any table (so none is broken mid-word),
    as wide as the longest table label where there is room."""
    seat_word = longest_word(seats, BOLD, TEXT) + 2 * PAD + 1
    seat_whole = max((text_width(s, BOLD, TEXT) for s in seats), default=0.0) + 2 * PAD + 1
    for count in (3, 2, 1):
        column = (width - GAP * (count - 1)) / count
        seat = max(seat_word, min(seat_whole, column - NAME_PART))
        if column - seat >= NAME_PART or count == 1:
            return NameColumns(count, column - seat, seat)
    raise AssertionError("unreachable")


class _Section(Flowable):  # type: ignore[misc]
    """Invisible: from the next page on, the band shows this heading."""

    def __init__(self, doc: _SeatingDoc, heading: str) -> None:
        super().__init__()
        self.doc, self.heading = doc, heading

    def wrap(self, *_args: Any) -> tuple[float, float]:
        self.doc.next_heading = self.heading
        return 0.0, 0.0

    def draw(self) -> None:
        pass


class _SeatingDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: Any, page: tuple[float, float], **kwargs: Any) -> None:
        super().__init__(out, pagesize=page, **kwargs)
        self.heading = self.next_heading = ""
        self.section_page = 0
        self.continued = CONTINUED

    def band(self, c: Canvas, _doc: Any) -> None:
        if self.next_heading != self.heading:
            self.heading, self.section_page = self.next_heading, 0
        self.section_page += 1
        text = self.heading
        if self.section_page > 1:
            text = self.continued.format(heading=self.heading)
        c.saveState()
        c.setFillColor(colors.black)
        top = self.pagesize[1] - MARGIN - 14
        draw_fitted(c, text, BOLD, MARGIN, top, 18, self.pagesize[0] - 2 * MARGIN, smallest=11)
        c.restoreState()


def _doc(paper: CafePaper, out: Path | BinaryIO, title: str) -> _SeatingDoc:
    page = paper.page_size()
    doc = _SeatingDoc(
        pdf_target(out),
        page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + BAND,
        bottomMargin=MARGIN,
        title=title,
        lang=paper.event.language,
    )
    width, height = page[0] - 2 * MARGIN, page[1] - 2 * MARGIN - BAND
    whole = Frame(MARGIN, MARGIN, width, height, 0, 0, 0, 0, id="whole")
    doc.addPageTemplates([PageTemplate("page", [whole], onPage=doc.band)])
    return doc


def _by_table(
    paper: CafePaper, round_id: int, width: float, table_word: str, st: dict[str, ParagraphStyle]
) -> Table | None:
    """The tables of a round, four (or as many as keep every word whole) to a row."""
    hosts = paper.cafe.hosts()
    names = paper.names()
    labels = [table_word.format(table=t.label) for t in paper.cafe.tables]
    everyone = list(names.values())
    widest = max(longest_word(labels, BOLD, 12), longest_word(everyone, REGULAR, TEXT)) + 12
    per_row = next((n for n in (4, 3, 2) if width / n >= widest), 1)
    blocks: list[list[Flowable]] = []
    for table, label in zip(paper.cafe.tables, labels, strict=True):
        cell: list[Flowable] = [Paragraph(para_text(label), st["table"])]
        for pid in paper.cafe.plan.seats.get(round_id, {}).get(table.id, ()):
            style = st["host"] if pid == hosts.get(table.id) else st["name"]
            cell.append(Paragraph(para_text(names.get(pid, "?")), style))
        blocks.append(cell)
    if not blocks:
        return None
    grid = [blocks[i : i + per_row] for i in range(0, len(blocks), per_row)]
    grid[-1] += [[Spacer(1, 1)]] * (per_row - len(grid[-1]))
    return Table(
        grid,
        colWidths=[width / per_row] * per_row,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.lightgrey),
        ],
    )


def _entry(name: str, seat: str, columns: NameColumns, st: dict[str, ParagraphStyle]) -> Table:
    """One person: name and table side by side, wrapped at words and kept whole in its
    column; a name with a word too wide for the name part takes the whole line, its table
    under it."""
    who = Paragraph(para_text(name), st["name"])
    where = Paragraph(para_text(seat), st["seat"])
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.25, colors.lightgrey),
    ]
    rows: list[list[Any]] = [[who, where]]
    if longest_word([name], REGULAR, TEXT) + 2 * PAD > columns.name_width:
        rows = [[who, ""], ["", where]]
        style += [("SPAN", (0, 0), (1, 0)), ("BOTTOMPADDING", (0, 0), (-1, 0), 0)]
    return Table(rows, colWidths=[columns.name_width, columns.seat_width], style=style)


def write_seating_lists(
    paper: CafePaper,
    out: Path | BinaryIO,
    translate: Translate = identity,
    cancelled: Cancelled = lambda: False,
) -> None:
    """Per round: who sits at which table, then everyone by name with their table."""
    st = _styles()
    people = paper.seated()
    seat_labels = [t.label for t in paper.cafe.tables] + ["—"]
    width = paper.page_size()[0] - 2 * MARGIN
    columns = name_columns(width, seat_labels)
    doc = _doc(paper, out, translate(_T("cafedesk", "Seating lists")))
    doc.continued = translate(CONTINUED)
    table_word = translate(_T("cafedesk", "Table {table}"))
    story: list[Flowable] = []
    for rnd in paper.cafe.rounds:
        if cancelled():
            break
        heading = translate(BY_TABLE).format(number=rnd.number)
        if story:
            story += [_Section(doc, heading), PageBreak()]
        else:
            doc.next_heading = heading
        story.append(Paragraph(para_text(rnd.question), st["question"]))
        grid = _by_table(paper, rnd.id, width, table_word, st)
        if grid is not None:
            story.append(grid)
        heading = translate(BY_NAME).format(number=rnd.number)
        story += [_Section(doc, heading), PageBreak()]
        entries: list[Flowable] = []
        for person in people:
            seat = paper.table(paper.cafe.plan.table_of(rnd.id, person.id))
            entries.append(_entry(person.name, seat.label if seat else "—", columns, st))
        if columns.count == 1:
            story += entries
        elif entries:  # down whole columns, the last page's columns of even length
            story.append(
                BalancedColumns(
                    entries, nCols=columns.count, innerPadding=GAP, leftPadding=0, rightPadding=0
                )
            )
    if not story:
        story.append(Spacer(1, 1))
    doc.build(story)
