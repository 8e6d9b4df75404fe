"""A poster printed on A4 or Letter sheets that, trimmed and taped, make the poster.

Each sheet keeps a blank margin (office printers cannot print to the edge) and shows
its part of the poster inside it; neighbouring parts overlap by ``OVERLAP`` so the
glue edge hides no content. Marks in the margin show where to cut and align.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate
from cafedesk.exports.fonts import BOLD, REGULAR
from cafedesk.exports.wallkit.kit import GREY, Page, draw_line

_T = QT_TRANSLATE_NOOP
MARGIN = 10 * mm
OVERLAP = 10 * mm


@dataclass(frozen=True)
class TileGrid:
    poster: tuple[float, float]
    sheet: tuple[float, float]
    columns: int
    rows: int

    @property
    def area(self) -> tuple[float, float]:
        """The printed part of each sheet, in points."""
        return self.sheet[0] - 2 * MARGIN, self.sheet[1] - 2 * MARGIN

    @property
    def step(self) -> tuple[float, float]:
        """How far the next tile starts on the poster (the area less the overlap)."""
        return self.area[0] - OVERLAP, self.area[1] - OVERLAP

    def origin(self, row: int, column: int) -> tuple[float, float]:
        """The poster point (from its top-left, y down) at the tile's top-left corner."""
        return column * self.step[0], row * self.step[1]


def grid_for(poster: tuple[float, float], sheet: tuple[float, float]) -> TileGrid:
    """The sheet orientation that needs the fewest sheets."""

    def count(s: tuple[float, float]) -> tuple[int, int]:
        cols = max(1, math.ceil((poster[0] - OVERLAP) / (s[0] - 2 * MARGIN - OVERLAP)))
        rows = max(1, math.ceil((poster[1] - OVERLAP) / (s[1] - 2 * MARGIN - OVERLAP)))
        return cols, rows

    upright = (min(sheet), max(sheet))
    lying = (max(sheet), min(sheet))
    a, b = count(upright), count(lying)
    if a[0] * a[1] <= b[0] * b[1]:
        return TileGrid(poster, upright, *a)
    return TileGrid(poster, lying, *b)


def tile_pages(page: Page, sheet: tuple[float, float], translate: Translate) -> list[Page]:
    """The assembly sheet first, then the tiles row by row."""
    grid = grid_for(page.size, sheet)
    tiles = [
        Page(grid.sheet, _tile_painter(page, grid, r, c, translate))
        for r in range(grid.rows)
        for c in range(grid.columns)
    ]
    return [Page(grid.sheet, _assembly_painter(page, grid, translate)), *tiles]


def _tile_painter(page: Page, grid: TileGrid, row: int, column: int, translate: Translate):  # type: ignore[no-untyped-def]
    def paint(c: Canvas, w: float, h: float) -> None:
        aw, ah = grid.area
        ox, oy = grid.origin(row, column)
        pw, ph = page.size
        c.saveState()
        path = c.beginPath()
        path.rect(MARGIN, MARGIN, aw, ah)
        c.clipPath(path, stroke=0, fill=0)
        # Poster y runs up from its bottom; the tile's top-left is (ox, ph - oy).
        c.translate(MARGIN - ox, MARGIN + ah - (ph - oy))
        c.setFillColor(colors.white)
        page.paint(c, pw, ph)
        c.restoreState()
        _marks(c, grid, row, column, w, h)
        label = translate(
            _T("cafedesk", "row {row} · column {column} (of {rows} × {columns})")
        ).format(row=row + 1, column=column + 1, rows=grid.rows, columns=grid.columns)
        c.setFillColor(GREY)
        draw_line(c, label, REGULAR, w / 2, 3.5 * mm, 7, w - 4 * MARGIN, True)

    return paint


def _marks(c: Canvas, grid: TileGrid, row: int, column: int, w: float, h: float) -> None:
    """Cut lines (where this tile is trimmed to butt against its neighbour) and corner crosses."""
    aw, ah = grid.area
    c.setStrokeColor(colors.HexColor("#d0021b"))
    c.setLineWidth(0.5)
    c.setDash(2, 2)
    if column > 0:  # the left edge is trimmed at the end of the overlap
        x = MARGIN + OVERLAP
        c.line(x, 0, x, MARGIN - 1)
        c.line(x, h - MARGIN + 1, x, h)
    if row > 0:
        y = h - MARGIN - OVERLAP
        c.line(0, y, MARGIN - 1, y)
        c.line(w - MARGIN + 1, y, w, y)
    c.setDash()
    c.setStrokeColor(colors.black)
    for x in (MARGIN, MARGIN + aw):
        for y in (MARGIN, MARGIN + ah):
            sx = -1 if x == MARGIN else 1
            sy = -1 if y == MARGIN else 1
            c.line(x, y, x + sx * 6 * mm, y)
            c.line(x, y, x, y + sy * 6 * mm)


def _assembly_painter(page: Page, grid: TileGrid, translate: Translate):  # type: ignore[no-untyped-def]
    def paint(c: Canvas, w: float, h: float) -> None:
        c.setFillColor(colors.black)
        head = translate(_T("cafedesk", "How to assemble: {rows} rows × {columns} columns")).format(
            rows=grid.rows, columns=grid.columns
        )
        draw_line(c, head, BOLD, MARGIN, h - MARGIN - 14, 16, w - 2 * MARGIN, False)
        hint = translate(
            _T(
                "cafedesk",
                "Trim each sheet at its dashed red marks, lay it over its neighbour, tape.",
            )
        )
        c.setFillColor(GREY)
        draw_line(c, hint, REGULAR, MARGIN, h - MARGIN - 32, 10, w - 2 * MARGIN, False)
        pw, ph = page.size
        scale = min((w - 2 * MARGIN) / pw, (h - 2 * MARGIN - 50) / ph)
        x0, y0 = MARGIN, h - MARGIN - 50 - ph * scale
        c.saveState()
        c.translate(x0, y0)
        c.scale(scale, scale)
        page.paint(c, pw, ph)
        c.restoreState()
        c.setStrokeColor(colors.HexColor("#d0021b"))
        c.setFillColor(colors.HexColor("#d0021b"))
        c.rect(x0, y0, pw * scale, ph * scale, stroke=1, fill=0)
        for r in range(grid.rows):
            for col in range(grid.columns):
                ox, oy = grid.origin(r, col)
                tw = min(grid.area[0], pw - ox) * scale
                th = min(grid.area[1], ph - oy) * scale
                tx, ty = x0 + ox * scale, y0 + (ph - oy) * scale - th
                c.rect(tx, ty, tw, th, stroke=1, fill=0)
                c.setFont(BOLD, 9)
                c.drawString(tx + 3, ty + th - 11, f"{r + 1}·{col + 1}")

    return paint
