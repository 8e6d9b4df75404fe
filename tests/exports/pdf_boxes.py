"""Glyph boxes of a written PDF, read back with PDFium, to measure the paper by its pixels:
text that overlaps other text, the smallest type on a page, invisible characters.

Each glyph's tight box comes from PDFium's text page, whatever the rotation or the font, so
a tent folded upside down is measured the same way as a page of the book.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c

ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
CELL = 24.0  # points: the grid that keeps the pairwise comparison near linear


@dataclass(frozen=True)
class Glyph:
    index: int
    char: str
    left: float
    bottom: float
    right: float
    top: float
    size: float

    @property
    def area(self) -> float:
        return max(0.0, self.right - self.left) * max(0.0, self.top - self.bottom)

    def shared_area(self, other: Glyph) -> float:
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.top, other.top) - max(self.bottom, other.bottom)
        return width * height if width > 0 and height > 0 else 0.0


@dataclass(frozen=True)
class Clash:
    page: int
    first: str
    second: str
    where: tuple[float, float]

    def __str__(self) -> str:
        x, y = self.where
        return f"page {self.page}: {self.first!r} over {self.second!r} at ({x:.0f}, {y:.0f}) pt"


def page_glyphs(text_page: pypdfium2.PdfTextPage) -> tuple[str, list[Glyph]]:
    """The page's text in reading order and the visible glyphs with their boxes."""
    count = text_page.count_chars()
    chars = []
    glyphs = []
    for i in range(count):
        char = chr(pdfium_c.FPDFText_GetUnicode(text_page.raw, i))
        chars.append(char)
        if pdfium_c.FPDFText_IsGenerated(text_page.raw, i) or not char.strip():
            continue
        if unicodedata.combining(char):  # an accent sits on its letter by design
            continue
        left, bottom, right, top = text_page.get_charbox(i, loose=False)
        size = pdfium_c.FPDFText_GetFontSize(text_page.raw, i)
        glyphs.append(Glyph(i, char, left, bottom, right, top, size))
    return "".join(chars), glyphs


def _cells(glyph: Glyph) -> Iterator[tuple[int, int]]:
    for cx in range(int(glyph.left // CELL), int(glyph.right // CELL) + 1):
        for cy in range(int(glyph.bottom // CELL), int(glyph.top // CELL) + 1):
            yield cx, cy


def clashes_on(glyphs: list[Glyph], page: int, share: float = 0.3) -> list[Clash]:
    """Glyphs that cover a good part of each other but are not neighbours in the text
    (neighbours may kern or lean into each other; a run printed over another may not)."""
    grid: dict[tuple[int, int], list[Glyph]] = defaultdict(list)
    found: list[Clash] = []
    seen: set[tuple[int, int]] = set()
    for glyph in glyphs:
        for cell in _cells(glyph):
            for other in grid[cell]:
                if abs(other.index - glyph.index) <= 2 or (other.index, glyph.index) in seen:
                    continue
                smaller = min(glyph.area, other.area)
                if smaller > 0 and glyph.shared_area(other) > share * smaller:
                    seen.add((other.index, glyph.index))
                    found.append(Clash(page, other.char, glyph.char, (glyph.left, glyph.bottom)))
            grid[cell].append(glyph)
    return found


@dataclass
class PaperReport:
    pages: int
    clashes: list[Clash]
    smallest: float
    invisible: int
    text: list[str]


def measure(path: Path) -> PaperReport:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        clashes: list[Clash] = []
        smallest = float("inf")
        invisible = 0
        texts: list[str] = []
        for number in range(len(pdf)):
            page = pdf[number]
            text_page = page.get_textpage()
            text, glyphs = page_glyphs(text_page)
            texts.append(text)
            clashes.extend(clashes_on(glyphs, number + 1))
            invisible += sum(text.count(z) for z in ZERO_WIDTH)
            sizes = [g.size for g in glyphs if g.size > 0]
            if sizes:
                smallest = min(smallest, min(sizes))
            text_page.close()
            page.close()
        return PaperReport(len(pdf), clashes, smallest, invisible, texts)
    finally:
        pdf.close()
