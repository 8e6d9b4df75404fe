"""The look every cafedesk PDF shares: colours, dates, page geometry, paragraph and table styles.

The document class with page templates and footer is in ``pdf_doc``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Paragraph,
    Table,
    TableStyle,
)

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import PaperSize
from cafedesk.exports import fonts
from cafedesk.exports.text import para_text

# PDFs are binary anyway; reportlab's ASCII85 stream filter is pure Python here, took a
# third of the build time of a book with photos, and makes every stream 25% larger.
rl_config.useA85 = 0

INK = colors.HexColor("#1f2a30")
MUTED = colors.HexColor("#5d6a72")
ACCENT_HEX = "#1f5873"  # for <font color> in markup
ACCENT = colors.HexColor(ACCENT_HEX)
ACCENT_LIGHT = colors.HexColor("#e3edf2")
BAND = colors.HexColor("#f1f3f4")
RULE = colors.HexColor("#c5d0d6")

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("cafedesk", "Monday"),
    QT_TRANSLATE_NOOP("cafedesk", "Tuesday"),
    QT_TRANSLATE_NOOP("cafedesk", "Wednesday"),
    QT_TRANSLATE_NOOP("cafedesk", "Thursday"),
    QT_TRANSLATE_NOOP("cafedesk", "Friday"),
    QT_TRANSLATE_NOOP("cafedesk", "Saturday"),
    QT_TRANSLATE_NOOP("cafedesk", "Sunday"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("cafedesk", "January"),
    QT_TRANSLATE_NOOP("cafedesk", "February"),
    QT_TRANSLATE_NOOP("cafedesk", "March"),
    QT_TRANSLATE_NOOP("cafedesk", "April"),
    QT_TRANSLATE_NOOP("cafedesk", "May"),
    QT_TRANSLATE_NOOP("cafedesk", "June"),
    QT_TRANSLATE_NOOP("cafedesk", "July"),
    QT_TRANSLATE_NOOP("cafedesk", "August"),
    QT_TRANSLATE_NOOP("cafedesk", "September"),
    QT_TRANSLATE_NOOP("cafedesk", "October"),
    QT_TRANSLATE_NOOP("cafedesk", "November"),
    QT_TRANSLATE_NOOP("cafedesk", "December"),
)
# The order and punctuation of a date differ by language ("14 March 2026", "14. März 2026").
DATE = QT_TRANSLATE_NOOP("cafedesk", "{day} {month} {year}")
PAGE_OF = QT_TRANSLATE_NOOP("cafedesk", "Page {page} of {pages}")
PAGE_ONLY = QT_TRANSLATE_NOOP("cafedesk", "Page {page}")


def short_date(day: dt.date, translate: Translate = identity) -> str:
    """ "Saturday 14.03.2026" with the weekday in the paper's language (strftime's %A
    follows the process locale, not the paper)."""
    return f"{translate(_WEEKDAYS[day.weekday()])} {day:%d.%m.%Y}"


def format_date(day: dt.date, translate: Translate = identity, weekday: bool = True) -> str:
    month = translate(_MONTHS[day.month - 1])
    # No-break spaces: a date never wraps as "1 October / 2026".
    text = translate(DATE).format(day=day.day, month=month, year=day.year).replace(" ", "\u00a0")
    return f"{translate(_WEEKDAYS[day.weekday()])}, {text}" if weekday else text


def format_dates(start: dt.date | None, end: dt.date | None, translate: Translate) -> str:
    if start is None:
        return ""
    if end is None or end == start:
        return format_date(start, translate)
    return f"{format_date(start, translate, False)} – {format_date(end, translate, False)}"


# --- geometry -------------------------------------------------------------------------
@dataclass(frozen=True)
class Geometry:
    """A page and its text frame, all in points; margins follow the paper's short side."""

    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


def page_size(paper: PaperSize, wide: bool = False) -> tuple[float, float]:
    size = A4 if paper == PaperSize.A4 else LETTER
    return landscape(size) if wide else (float(size[0]), float(size[1]))


def geometry(paper: PaperSize, wide: bool = False) -> Geometry:
    width, height = page_size(paper, wide)
    margin = min(width, height) * 0.09  # about 19 mm on A4, 0.76 in on Letter
    return Geometry(width, height, margin, margin, margin + 16, margin + 14)


# --- styles ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    caption: ParagraphStyle
    label: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    kicker: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cover_title: ParagraphStyle
    cover_theme: ParagraphStyle
    notice: ParagraphStyle
    toc: tuple[ParagraphStyle, ParagraphStyle]


@functools.cache
def styles() -> Styles:
    fonts.register_fonts()
    base = ParagraphStyle(
        "cd-body",
        fontName=fonts.REGULAR,
        fontSize=9.5,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
        splitLongWords=True,
        bulletFontName=fonts.REGULAR,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(f"cd-{name}", parent=base, **kw)

    return Styles(
        body=base,
        bullet=derive("bullet", leftIndent=14, bulletIndent=3, spaceAfter=3),
        small=derive("small", fontSize=8, leading=11, spaceAfter=0),
        muted=derive("muted", fontSize=8.5, leading=12, textColor=MUTED),
        caption=derive("caption", fontName=fonts.ITALIC, fontSize=7.5, leading=10, textColor=MUTED),
        label=derive("label", fontName=fonts.BOLD, fontSize=8, leading=11, textColor=MUTED),
        h1=derive("h1", fontName=fonts.BOLD, fontSize=17, leading=22, spaceAfter=8, textColor=INK),
        h2=derive(
            "h2",
            fontName=fonts.BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=4,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        h3=derive(
            "h3",
            fontName=fonts.BOLD,
            fontSize=10,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        kicker=derive(
            "kicker",
            fontName=fonts.BOLD,
            fontSize=8.5,
            leading=12,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        cell=derive("cell", fontSize=8, leading=10.5, spaceAfter=0),
        cell_head=derive(
            "cell-head",
            fontName=fonts.BOLD,
            fontSize=8,
            leading=10.5,
            spaceAfter=0,
            textColor=colors.white,
        ),
        cover_title=derive(
            "cover-title", fontName=fonts.BOLD, fontSize=28, leading=34, spaceAfter=14
        ),
        cover_theme=derive(
            "cover-theme",
            fontName=fonts.ITALIC,
            fontSize=14,
            leading=20,
            textColor=ACCENT,
            spaceAfter=18,
        ),
        notice=derive(
            "notice",
            fontName=fonts.ITALIC,
            textColor=MUTED,
            backColor=BAND,
            borderPadding=8,
            # The band reaches borderPadding beyond the text: indent so it ends at the column.
            leftIndent=8,
            rightIndent=8,
            spaceBefore=10,
            spaceAfter=14,
        ),
        toc=(
            derive("toc0", fontName=fonts.BOLD, fontSize=10, leading=15, spaceBefore=5),
            derive("toc1", fontSize=9, leading=12.5, leftIndent=16, firstLineIndent=0),
        ),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of *user* text: escaped, long words breakable."""
    return Paragraph(para_text(text, style.fontName), style)


def label_para(text: str, style: ParagraphStyle) -> Paragraph:
    """A printed label (already translated); escaped too, translations are text."""
    return Paragraph(para_text(text, style.fontName), style)


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells (even empty ones) use our font, not Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def facts_table(
    facts: Sequence[tuple[str, str]], width: float, rule_below: bool = False
) -> Table | None:
    """The label/value lines of a cover (dates, venue, client …); empty values left out."""
    st = styles()
    rows = [
        [Paragraph(para_text(label, st.label.fontName), st.label), para(value, st.body)]
        for label, value in facts
        if value.strip()
    ]
    if not rows:
        return None
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if rule_below:
        commands.append(("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE))
    table = Table(rows, colWidths=[100, width - 100], hAlign="LEFT")
    table.setStyle(table_style(commands))
    return table


def widen_for(
    widths: Sequence[float], column: int, texts: Sequence[str], style: ParagraphStyle
) -> list[float]:
    """Column widths with ``column`` wide enough for its longest text on one line (dates
    with no-break spaces), the room taken from the widest other column."""
    from cafedesk.exports.scripts import text_width

    out = list(widths)
    need = max((text_width(t, style.fontName, style.fontSize) for t in texts), default=0.0) + 11
    extra = need - out[column]
    if extra > 0:
        donor = max((i for i in range(len(out)) if i != column), key=lambda i: out[i])
        out[donor] -= extra
        out[column] = need
    return out


def grid_commands(accent: colors.Color = ACCENT) -> list[tuple[Any, ...]]:
    """The calm data table's look: accent header row, rules between rows, even padding."""
    return [
        ("BACKGROUND", (0, 0), (-1, 0), accent),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    accent: colors.Color = ACCENT,
) -> Table:
    """A calm data table: accent header repeated on every page, light zebra rows."""
    st = styles()
    data = [[Paragraph(para_text(text, st.cell_head.fontName), st.cell_head) for text in header]]
    data += [[Paragraph(para_text(text), st.cell) for text in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands = grid_commands(accent)
    commands += [("BACKGROUND", (0, i), (-1, i), BAND) for i in range(2, len(data), 2)]
    table.setStyle(table_style(commands))
    return table
