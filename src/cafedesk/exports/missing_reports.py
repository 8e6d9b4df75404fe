"""A one- or two-page list of the session reports still missing, for the news-room wall."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import PaperSize
from cafedesk.exports import fonts
from cafedesk.exports.output import atomic_output
from cafedesk.exports.pdf_doc import CafedeskDoc, Masthead, OutlineMark, PageCount, marked
from cafedesk.exports.pdf_style import INK, RULE, table_style
from cafedesk.exports.text import para_text

BAND = colors.HexColor("#f6f1e7")
TITLE = QT_TRANSLATE_NOOP("cafedesk", "Missing session reports")
COUNT = QT_TRANSLATE_NOOP("cafedesk", "{missing} of {total} reports are still missing.")
ALL_IN = QT_TRANSLATE_NOOP("cafedesk", "Every report is in. Thank you!")
WHEN = QT_TRANSLATE_NOOP("cafedesk", "When")
WHERE = QT_TRANSLATE_NOOP("cafedesk", "Where")
SESSION = QT_TRANSLATE_NOOP("cafedesk", "Session")
CONVENORS = QT_TRANSLATE_NOOP("cafedesk", "Convenor(s)")


@dataclass(frozen=True)
class MissingLine:
    when: str
    where: str
    number: int
    title: str
    convenors: str


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    fonts.register_fonts()
    title = ParagraphStyle("title", fontName=fonts.BOLD, fontSize=20, leading=24, spaceAfter=4)
    note = ParagraphStyle("note", fontName=fonts.REGULAR, fontSize=11, leading=14)
    cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=11, leading=14)
    return title, note, cell


def missing_reports_pdf(
    out: BinaryIO | Path,
    event_title: str,
    lines: Sequence[MissingLine],
    *,
    total: int,
    paper: PaperSize = PaperSize.A4,
    printed: str = "",
    translate: Translate = identity,
    lang: str = "",
) -> None:
    """Write the list; ``total`` is the number of sessions on the agenda, for "n of m".

    A second page repeats the list's title ("… (continued)"), the table's header row and
    carries the page number, like every page, so a page found alone on the wall still says
    what it is.
    """
    title_style, note_style, cell_style = _styles()
    heading = translate(TITLE)
    with atomic_output(out) as handle:
        doc = CafedeskDoc(
            handle,
            paper=paper,
            masthead=Masthead(event_title=event_title, date=printed),
            translate=translate,
            title=f"{heading} — {event_title}",
            cover=False,
            lang=lang,
        )
        count = translate(COUNT).format(missing=len(lines), total=total)
        story: list[Flowable] = [
            PageCount(doc),
            marked(Paragraph(para_text(heading), title_style), OutlineMark("missing", heading)),
            Paragraph(para_text(event_title), note_style),
            Paragraph(para_text(f"{count} {printed}".strip()), note_style),
            Spacer(1, 6 * mm),
        ]
        if not lines:
            story.append(Paragraph(para_text(translate(ALL_IN)), title_style))
        else:
            story.append(_table(lines, doc.portrait_geometry.frame_width, cell_style, translate))
        doc.multiBuild(story)


def _table(
    lines: Sequence[MissingLine], width: float, cell_style: ParagraphStyle, translate: Translate
) -> Table:
    header = [translate(WHEN), translate(WHERE), translate(SESSION), translate(CONVENORS)]
    rows = [[Paragraph(f"<b>{para_text(h)}</b>", cell_style) for h in header]]
    for line in lines:
        rows.append(
            [
                Paragraph(para_text(line.when), cell_style),
                Paragraph(para_text(line.where), cell_style),
                Paragraph(para_text(f"{line.number}. {line.title}"), cell_style),
                Paragraph(para_text(line.convenors), cell_style),
            ]
        )
    table = Table(
        rows, colWidths=[0.14 * width, 0.18 * width, 0.43 * width, 0.25 * width], repeatRows=1
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BAND]),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table
