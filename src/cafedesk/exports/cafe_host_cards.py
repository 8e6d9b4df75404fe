"""Host cards: two to a sheet, one per table: who hosts it, every round's question and
minutes, and what a host does. Nothing is dropped: a card that cannot hold it all goes on
to a second card that says it continues (11 pt at the smallest)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from cafedesk.domain.cafe import CafeTable
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.exports.cafe_paper import (
    ACCENT,
    CafePaper,
    Cancelled,
    cut_marks,
    fit_size,
)
from cafedesk.exports.fonts import BOLD, REGULAR, register_fonts
from cafedesk.exports.output import pdf_target
from cafedesk.exports.text import para_text

_T = QT_TRANSLATE_NOOP
HOST_TIPS = (
    _T("cafedesk", "Welcome the people who join your table and say why the question matters."),
    _T("cafedesk", "Share the key ideas from the last round in two minutes."),
    _T("cafedesk", "Invite everyone to write and draw on the tablecloth."),
    _T("cafedesk", "Before the bell: note key insights and new questions for the harvest."),
)
# Pro Action Café: the host is the caller, who stays with their own project all along.
CALLER_TIPS = (
    _T("cafedesk", "You stay at this table in every round: it is your project's table."),
    _T(
        "cafedesk",
        "Open each round by telling your guests your project question in two minutes, "
        "and what you learned in the round before.",
    ),
    _T(
        "cafedesk",
        "Listen more than you explain: invite questions, doubts and ideas rather than "
        "defending your plan.",
    ),
    _T(
        "cafedesk",
        "Before the bell: write down the next step you will take and the help you still need.",
    ),
)
CONTINUED = _T("cafedesk", "{heading} (continued)")
HOST = _T("cafedesk", "Host: {name}")
CALLER = _T("cafedesk", "Caller: {name}")
PAD = 14 * mm
GAP = 4
TEXT = 11
LEADING = 14


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "body": ParagraphStyle("b", fontName=REGULAR, fontSize=TEXT, leading=LEADING),
        "strong": ParagraphStyle("s", fontName=BOLD, fontSize=12, leading=15),
    }


def _heading(text: str, size: float, smallest: float, width: float, colour: object) -> Paragraph:
    """One line as large as fits down to ``smallest``; wrapped at that size, never cut."""
    size = fit_size(text, BOLD, size, smallest, width)
    style = ParagraphStyle("h", fontName=BOLD, fontSize=size, leading=size * 1.2, textColor=colour)
    return Paragraph(para_text(text), style)


def _body(paper: CafePaper, table: CafeTable, translate: Translate) -> list[Flowable]:
    """What the card says under its heading; a round's heading is kept with its question."""
    st = _styles()
    flow: list[Flowable] = []
    caller = paper.cafe.caller_at(table.id)
    if caller is not None and caller.question:
        text = translate(_T("cafedesk", "Project question:")) + " " + caller.question
        flow.append(Paragraph(para_text(text), st["strong"]))
    for rnd in paper.cafe.rounds:
        head = translate(_T("cafedesk", "Round {number} · {minutes} minutes")).format(
            number=rnd.number, minutes=rnd.minutes
        )
        heading = Paragraph(para_text(head), st["strong"])
        heading.keepWithNext = True
        flow.append(heading)
        flow.append(Paragraph(para_text(rnd.question or "—"), st["body"]))
    tips: Sequence[str] = CALLER_TIPS if paper.pro_action else HOST_TIPS
    flow += [Paragraph("• " + para_text(translate(tip)), st["body"]) for tip in tips]
    return flow


def _faces(
    paper: CafePaper, table: CafeTable, translate: Translate, width: float, height: float
) -> list[list[tuple[Flowable, float]]]:
    """The table's card, and as many cards continuing it as its text needs: each a list of
    (paragraph, its height) from the top, every one fitting its card."""
    names, hosts = paper.names(), paper.cafe.hosts()
    label = translate(_T("cafedesk", "Table {table}")).format(table=table.label)
    host = names.get(hosts[table.id], "") if table.id in hosts else ""
    who_word = (
        _T("cafedesk", "Caller: {name}") if paper.pro_action else _T("cafedesk", "Host: {name}")
    )
    who = translate(who_word).format(name=host or "—")
    flow = _body(paper, table, translate)
    faces: list[list[tuple[Flowable, float]]] = []
    while flow or not faces:
        title = label if not faces else translate(CONTINUED).format(heading=label)
        face: list[tuple[Flowable, float]] = []
        room = height
        for para in (
            _heading(title, 26, 16, width, ACCENT),
            _heading(who, 15, 12, width, colors.black),
        ):
            _w, h = para.wrap(width, room)
            face.append((para, h))
            room -= h + GAP
        placed = 0
        while flow:
            _w, h = flow[0].wrap(width, room)
            needs = h
            if getattr(flow[0], "keepWithNext", False) and len(flow) > 1:
                # A round's heading goes with its question, or with two lines of it: a
                # paragraph is not split to leave one line behind (reportlab's orphans).
                _w, follow = flow[1].wrap(width, room)
                needs += GAP + min(follow, 2 * LEADING)
            if needs <= room:
                face.append((flow.pop(0), h))
                room -= h + GAP
                placed += 1
                continue
            parts = [] if needs > h else flow[0].split(width, room)
            if len(parts) == 2:  # a long question goes on over the fold of two cards
                first = parts[0]
                _w, h = first.wrap(width, room)
                face.append((first, h))
                flow[0] = parts[1]
                placed += 1
            elif placed == 0:  # taller than a whole card and cannot split: say so, never drop
                raise ValueError("a paragraph is taller than a host card")
            break
        faces.append(face)
    return faces


def write_host_cards(
    paper: CafePaper,
    out: Path | BinaryIO,
    translate: Translate = identity,
    cancelled: Cancelled = lambda: False,
) -> int:
    """Two cards per sheet: table, host, each round's question and minutes, what a host does
    (a caller's tips in a Pro Action Café). Returns pages."""
    register_fonts()
    page = paper.page_size()
    half = page[1] / 2
    width = page[0] - 2 * PAD
    cards: list[list[tuple[Flowable, float]]] = []
    for table in paper.cafe.tables:
        if cancelled():
            break
        cards += _faces(paper, table, translate, width, half - 2 * PAD)
    c = Canvas(pdf_target(out), pagesize=page)
    c.setTitle(translate(_T("cafedesk", "Host cards")) + " — " + paper.event.title)
    pages = 0
    for start in range(0, len(cards), 2):
        pages += 1
        for slot, face in enumerate(cards[start : start + 2]):
            y = (page[1] if slot == 0 else half) - PAD
            for para, h in face:
                para.drawOn(c, PAD, y - h)
                y -= h + GAP
        cut_marks(c, [], [half], page)
        c.showPage()
    c.save()
    return pages
