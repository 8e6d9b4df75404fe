"""Text runs of a PDF page with their boxes, read back with pypdf, to measure overlaps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pypdf import PageObject
from reportlab.pdfbase.pdfmetrics import stringWidth

from cafedesk.exports import fonts


@dataclass(frozen=True)
class Run:
    text: str
    x: float
    y: float
    size: float
    width: float

    def overlaps(self, other: Run) -> bool:
        same_line = abs(self.y - other.y) < min(self.size, other.size)
        return same_line and self.x < other.x + other.width and other.x < self.x + self.width


def _font_name(font: dict[str, Any] | None) -> str:
    base = str((font or {}).get("/BaseFont", ""))
    for name in (fonts.BOLD_ITALIC, fonts.BOLD, fonts.ITALIC, fonts.CONDENSED_BOLD):
        if base.endswith(name):
            return name
    return fonts.REGULAR


def text_runs(page: PageObject) -> list[Run]:
    fonts.register_fonts()
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        text = text.rstrip("\n")
        if not text.strip():
            return
        scale = cm[0] or 1.0
        x, y = tm[4] * scale + cm[4], tm[5] * scale + cm[5]
        width = stringWidth(text, _font_name(font), size) * scale
        runs.append(Run(text, x, y, size * scale, width))

    page.extract_text(visitor_text=visit)
    return runs
