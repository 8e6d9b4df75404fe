"""The table of contents: titles on the left, page numbers in a column of their own.

reportlab's own table of contents draws the page number after the title's last line
and shrinks it until it fits: a long title filling its last line left a number 2.5 pt
high. Here the number has its own right-aligned column at the entry's own size, and a
dot leader runs from the end of the title to that column.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table
from reportlab.platypus.tableofcontents import TableOfContents

from cafedesk.exports.pdf_style import styles, table_style

NUMBER_COLUMN = 34.0  # points: room for "1234" at the largest entry size
LEADER = " . "


def contents_styles(levels: int = 4) -> list[ParagraphStyle]:
    """Level 0 bold; deeper levels indented by 14 pt each, at the body's 9 pt and never smaller."""
    base, entry = styles().toc
    found = [base]
    for level in range(1, levels):
        found.append(entry.clone(f"cd-toc{level}", leftIndent=14 * level, rightIndent=6))
    return found


class Contents(TableOfContents):  # type: ignore[misc]
    def __init__(self, levels: int = 4) -> None:
        super().__init__(levelStyles=contents_styles(levels), dotsMinLevel=0)
        self.tableStyle = table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                *[
                    (pad, (0, 0), (-1, -1), 0)
                    for pad in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
                ],
            ]
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        entries = self._lastEntries or [(0, "", 0, None)]
        title_width = avail_width - NUMBER_COLUMN

        def leader(canvas: Any, _kind: str, label: str) -> None:
            """Dots from the end of the title's last line to the number column."""
            level, page = label.split(",", 1)
            style = self.getLevelStyle(int(level))
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            end = avail_width - stringWidth(page, style.fontName, style.fontSize) - 3
            dot = stringWidth(LEADER, style.fontName, style.fontSize)
            count = int((end - x - 2) / dot)
            if count > 0:
                canvas.setFont(style.fontName, style.fontSize)
                canvas.setFillColor(style.textColor)
                canvas.drawRightString(end, y, LEADER * count)

        self.canv.setNamedCB("cafedesk_leader", leader)
        rows: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = []
        for level, text, page, key in entries:
            style = self.getLevelStyle(level)
            number_style = style.clone(
                f"{style.name}-number",
                alignment=TA_RIGHT,
                leftIndent=0,
                rightIndent=0,
                firstLineIndent=0,
            )
            linked = f'<a href="#{key}">{text}</a>' if key else text
            number = f'<a href="#{key}">{page}</a>' if key else str(page)
            if style.spaceBefore and rows:
                commands.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), style.spaceBefore))
            rows.append(
                [
                    Paragraph(
                        f'{linked}<onDraw name="cafedesk_leader" label="{level},{page}"/>', style
                    ),
                    Paragraph(number, number_style),
                ]
            )
        self._table = Table(rows, colWidths=(title_width, NUMBER_COLUMN), hAlign="LEFT")
        self._table.setStyle(self.tableStyle)
        if commands:
            self._table.setStyle(table_style(commands))
        self.width, self.height = self._table.wrapOn(self.canv, avail_width, avail_height)
        return self.width, self.height
