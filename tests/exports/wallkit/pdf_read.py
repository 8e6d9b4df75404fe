"""Reading a wall-kit PDF back: text runs with their size and position, and the fonts."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader


@dataclass(frozen=True)
class Run:
    text: str
    size: float  # the font size as printed (matrix scale included), in points
    x: float
    y: float


def runs(data: bytes, page: int) -> list[Run]:
    reader = PdfReader(io.BytesIO(data))
    found: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = abs(tm[3] * cm[3]) or 1.0
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            found.append(Run(text.strip(), size * scale, x, y))

    reader.pages[page].extract_text(visitor_text=visit)
    return found


def all_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in reader.pages)


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(data))
    return [
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in reader.pages
    ]


def font_names(data: bytes) -> set[str]:
    """The fonts the text is set in (reportlab names Helvetica in every page's preamble)."""
    reader = PdfReader(io.BytesIO(data))
    names: set[str] = set()

    def visit(text: str, cm: object, tm: object, font: object, size: float) -> None:
        if text.strip() and font is not None:
            names.add(str(font["/BaseFont"]))  # type: ignore[index]

    for p in reader.pages:
        p.extract_text(visitor_text=visit)
    return names
