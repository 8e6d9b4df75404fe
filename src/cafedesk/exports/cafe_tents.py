"""Table tents (folded A4, readable from both sides) and host cards."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from cafedesk.domain.cafe import CafeRound, CafeTable
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.exports.cafe_paper import ACCENT, GREY, CafePaper, Cancelled, draw_fitted
from cafedesk.exports.fonts import BOLD, REGULAR, register_fonts
from cafedesk.exports.output import pdf_target
from cafedesk.exports.text import para_text

_T = QT_TRANSLATE_NOOP


def _question_paragraph(text: str, width: float, height: float) -> Paragraph:
    """The largest type (36 pt down to 16 pt) at which the question fits the space."""
    size = 36.0
    while True:
        style = ParagraphStyle(
            "q", fontName=BOLD, fontSize=size, leading=size * 1.18, alignment=TA_CENTER
        )
        para = Paragraph(para_text(text), style)
        _w, h = para.wrap(width, height)
        if h <= height or size <= 16:
            return para
        size -= 2


def _tent_face(
    c: Canvas,
    paper: CafePaper,
    table: CafeTable,
    rnd: CafeRound,
    width: float,
    height: float,
    translate: Translate,
) -> None:
    """One face, drawn upright in (0, 0, width, height); its top edge is the fold."""
    pad = 14 * mm
    c.setFillColor(ACCENT)
    label = translate(_T("cafedesk", "Table {table}")).format(table=table.label)
    draw_fitted(c, label, BOLD, width / 2, height - pad - 34, 40, width - 2 * pad, centre=True)
    c.setFillColor(GREY)
    sub = translate(_T("cafedesk", "Round {number} · {minutes} minutes")).format(
        number=rnd.number, minutes=rnd.minutes
    )
    # Pro Action Café: the table is the caller's; their project question is what the
    # table talks about, and the round's question says how to look at it.
    caller = paper.cafe.caller_at(table.id) if paper.pro_action else None
    big, small = rnd.question, ""
    if caller is not None and caller.question:
        name = paper.names().get(caller.participant_id, "")
        sub += " · " + translate(_T("cafedesk", "Caller: {name}")).format(name=name)
        big, small = caller.question, rnd.question
    draw_fitted(c, sub, REGULAR, width / 2, height - pad - 58, 14, width - 2 * pad, centre=True)
    c.setFillColor(colors.black)
    box_top = height - pad - 72
    box_h = box_top - pad - (34 if small else 12)
    para = _question_paragraph(big or " ", width - 2 * pad, box_h)
    _w, h = para.wrap(width - 2 * pad, box_h)
    para.drawOn(c, pad, box_top - h - max(0.0, (box_h - h) / 2))
    c.setFillColor(GREY)
    if small:
        draw_fitted(c, small, REGULAR, width / 2, pad + 14, 13, width - 2 * pad, centre=True)
    draw_fitted(c, paper.event.title, REGULAR, width / 2, pad - 4, 9, width - 2 * pad, centre=True)


def write_table_tents(
    paper: CafePaper,
    out: Path | BinaryIO,
    translate: Translate = identity,
    cancelled: Cancelled = lambda: False,
) -> int:
    """One page per table and round; fold along the middle: the top half is printed upside
    down so the question reads the right way up from both sides of the table."""
    register_fonts()
    page = paper.page_size()
    c = Canvas(pdf_target(out), pagesize=page)
    c.setTitle(translate(_T("cafedesk", "Table tents")) + " — " + paper.event.title)
    pages = 0
    half = page[1] / 2
    for rnd in paper.cafe.rounds:
        for table in paper.cafe.tables:
            if cancelled():
                c.save()
                return pages
            _tent_face(c, paper, table, rnd, page[0], half, translate)
            c.saveState()
            c.translate(page[0], page[1])
            c.rotate(180)
            _tent_face(c, paper, table, rnd, page[0], half, translate)
            c.restoreState()
            c.saveState()
            c.setDash(4, 4)
            c.setStrokeColor(colors.lightgrey)
            c.line(8 * mm, half, page[0] - 8 * mm, half)
            c.restoreState()
            c.showPage()
            pages += 1
    c.save()
    return pages
