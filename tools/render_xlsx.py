"""Render the first rows of each sheet of an XLSX workbook as one PNG table image.

Used for the documentation picture of the spreadsheet export where no office
suite is installed: the cells are read back with openpyxl, exactly as stored.

    python tools/render_xlsx.py WORKBOOK.xlsx OUT.png [ROWS]
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).parents[1] / "src" / "cafedesk" / "resources" / "fonts"


def render(workbook: Path, target: Path, rows: int = 8) -> None:
    book = openpyxl.load_workbook(workbook)
    font = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 13)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 13)
    blocks = []
    for ws in book:
        cells = [
            [("" if c.value is None else str(c.value))[:38] for c in row]
            for row in ws.iter_rows(max_row=rows + 1, max_col=min(5, ws.max_column))
        ]
        widths = [
            max(len(r[i]) for r in cells if i < len(r)) * 8 + 14 for i in range(len(cells[0]))
        ]
        blocks.append((ws.title, cells, widths))
    width = max(sum(w) for _, _, w in blocks) + 40
    height = sum((len(c) + 2) * 22 for _, c, _ in blocks) + 20
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    y = 10
    for title, cells, widths in blocks:
        draw.text((20, y), f"Sheet: {title}", fill="#1f4e79", font=bold)
        y += 24
        for r, row in enumerate(cells):
            x = 20
            for i, text in enumerate(row):
                fill = "#dce6f1" if r == 0 else ("#fff2cc" if text.startswith("'") else "white")
                draw.rectangle([x, y, x + widths[i], y + 22], fill=fill, outline="#a6a6a6")
                draw.text((x + 5, y + 4), text, fill="black", font=bold if r == 0 else font)
                x += widths[i]
            y += 22
        y += 22
    image.save(target)


if __name__ == "__main__":
    render(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 8)
