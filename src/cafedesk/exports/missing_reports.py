"""A one- or two-page list of the session reports still missing, for the news-room wall."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import PaperSize
from cafedesk.exports import fonts
from cafedesk.exports.text import para_text

BAND = colors.HexColor("#f6f1e7")


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
) -> None:
    """Write the list; ``total`` is the number of sessions, for the "n of m" line."""
    title_style, note_style, cell_style = _styles()
    size = LETTER if paper is PaperSize.LETTER else A4
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=translate(QT_TRANSLATE_NOOP("cafedesk", "Missing session reports")),
    )
    heading = translate(QT_TRANSLATE_NOOP("cafedesk", "Missing session reports"))
    count = translate(
        QT_TRANSLATE_NOOP("cafedesk", "{missing} of {total} reports are still missing.")
    ).format(missing=len(lines), total=total)
    story: list[object] = [
        Paragraph(para_text(heading), title_style),
        Paragraph(para_text(event_title), note_style),
        Paragraph(para_text(f"{count} {printed}".strip()), note_style),
        Spacer(1, 6 * mm),
    ]
    if not lines:
        done = translate(QT_TRANSLATE_NOOP("cafedesk", "Every report is in. Thank you!"))
        story.append(Paragraph(para_text(done), title_style))
    else:
        header = [
            translate(QT_TRANSLATE_NOOP("cafedesk", "When")),
            translate(QT_TRANSLATE_NOOP("cafedesk", "Where")),
            translate(QT_TRANSLATE_NOOP("cafedesk", "Session")),
            translate(QT_TRANSLATE_NOOP("cafedesk", "Convenor(s)")),
        ]
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
        width = size[0] - 32 * mm
        table = Table(
            rows, colWidths=[0.14 * width, 0.18 * width, 0.43 * width, 0.25 * width], repeatRows=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#1f2a30")),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#c5d0d6")),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [colors.white, colors.HexColor("#f6f1e7")],
                    ),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        story.append(table)
    doc.build(story)
    data = buffer.getvalue()
    if isinstance(out, Path):
        out.write_bytes(data)
    else:
        out.write(data)
