"""The look every cafedesk PDF shares: page geometry, colours, paragraph styles, footer.

Documents build a story of flowables and hand it to ``CafedeskDoc``; a
flowable that carries an ``OutlineMark`` becomes a PDF bookmark and a line
in the table of contents. Page numbers "n of m" need the total from an
earlier pass, which ``multiBuild`` provides (``PageCount`` keeps it honest).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from PIL import Image
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
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
PAGE_OF = QT_TRANSLATE_NOOP("cafedesk", "Page {page} of {pages}")
PAGE_ONLY = QT_TRANSLATE_NOOP("cafedesk", "Page {page}")


def format_date(day: dt.date, translate: Translate = identity, weekday: bool = True) -> str:
    text = f"{day.day} {translate(_MONTHS[day.month - 1])} {day.year}"
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
    return Paragraph(para_text(text), style)


def label_para(text: str, style: ParagraphStyle) -> Paragraph:
    """A printed label (already translated); escaped too, translations are text."""
    return Paragraph(para_text(text), style)


# --- outline and table of contents ----------------------------------------------------
@dataclass(frozen=True)
class OutlineMark:
    key: str
    title: str  # plain text
    level: int = 0
    toc: bool = True


def marked(flowable: Flowable, mark: OutlineMark) -> Flowable:
    flowable.cafedesk_outline = mark
    return flowable


class Anchor(Flowable):  # type: ignore[misc]
    """An invisible flowable that only carries an outline mark or a checkpoint."""

    def __init__(self, mark: OutlineMark | None = None, checkpoint: Any = None) -> None:
        super().__init__()
        if mark is not None:
            self.cafedesk_outline = mark
        self.cafedesk_checkpoint = checkpoint

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass


class PageCount(Flowable):  # type: ignore[misc]
    """Indexing flowable: not satisfied until two passes agree on the page total."""

    def __init__(self, doc: CafedeskDoc) -> None:
        super().__init__()
        self._doc = doc

    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> bool:
        return self._doc.total_pages is not None and self._doc.total_pages == self._doc.last_pages

    def notify(self, _kind: str, _stuff: Any) -> None:
        pass  # every indexing flowable hears every notification; this one needs none

    def beforeBuild(self) -> None:
        self._doc.build_pass += 1

    def afterBuild(self) -> None:
        self._doc.total_pages, self._doc.last_pages = self._doc.page, self._doc.total_pages

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass


# --- the document ---------------------------------------------------------------------
@dataclass(frozen=True)
class Masthead:
    """What frames every inner page: footer texts and the small logo."""

    event_title: str = ""
    facilitator: str = ""
    logo: bytes | None = None
    cover_note: str = ""  # one line at the foot of the cover ("Printed on …")


class CafedeskDoc(BaseDocTemplate):  # type: ignore[misc]
    """Page templates "cover", "portrait" and "landscape" with the shared footer."""

    def __init__(
        self,
        out: BinaryIO,
        *,
        paper: PaperSize,
        masthead: Masthead,
        translate: Translate = identity,
        title: str = "",
        on_checkpoint: Callable[[Any], None] | None = None,
        cover: bool = True,
    ) -> None:
        portrait, wide = geometry(paper), geometry(paper, wide=True)
        super().__init__(
            out,
            pagesize=(portrait.width, portrait.height),
            title=title,
            author=masthead.facilitator,
            creator="cafedesk",
            initialFontName=fonts.REGULAR,
        )
        self.masthead = masthead
        self.translate = translate
        self.total_pages: int | None = None
        self.last_pages: int | None = None
        self.build_pass = 0
        self.on_checkpoint = on_checkpoint
        self.portrait_geometry = portrait
        self.wide_geometry = wide
        self._logo = logo_reader(masthead.logo)
        # The first template is where the document starts.
        templates = [
            self._template("portrait", portrait, self._draw_inner),
            self._template("landscape", wide, self._draw_inner),
            self._template("columns", portrait, self._draw_inner, columns=2),  # long lists
        ]
        if cover:
            templates.insert(0, self._template("cover", portrait, self._draw_cover))
        self.addPageTemplates(templates)

    def _template(
        self, name: str, geo: Geometry, on_page: Callable[[Any, Any], None], columns: int = 1
    ) -> PageTemplate:
        gap = 18.0
        width = (geo.frame_width - gap * (columns - 1)) / columns
        frames = [
            Frame(
                geo.left + i * (width + gap),
                geo.bottom,
                width,
                geo.frame_height,
                id=f"{name}-frame-{i}",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            for i in range(columns)
        ]
        return PageTemplate(
            id=name, frames=frames, onPage=on_page, pagesize=(geo.width, geo.height)
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        mark: OutlineMark | None = getattr(flowable, "cafedesk_outline", None)
        if mark is not None:
            self.canv.bookmarkPage(mark.key)
            self.canv.addOutlineEntry(mark.title, mark.key, level=mark.level, closed=mark.level > 0)
            if mark.toc:
                self.notify("TOCEntry", (mark.level, para_text(mark.title), self.page, mark.key))
        checkpoint = getattr(flowable, "cafedesk_checkpoint", None)
        if checkpoint is not None and self.on_checkpoint is not None:
            self.on_checkpoint(checkpoint)

    # --- page decoration --------------------------------------------------------------
    def _draw_cover(self, canvas: Any, _doc: Any) -> None:
        geo = self.portrait_geometry
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, geo.height - 10, geo.width, 10, stroke=0, fill=1)
        if self.masthead.cover_note:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(geo.left, geo.bottom, geo.width - geo.right, geo.bottom)
            canvas.setFont(fonts.REGULAR, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(geo.left, geo.bottom - 14, _clip(self.masthead.cover_note, 110))
        canvas.restoreState()

    def _draw_inner(self, canvas: Any, _doc: Any) -> None:
        width, height = canvas._pagesize
        geo = self.wide_geometry if width > height else self.portrait_geometry
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        y = geo.bottom - 28  # footer line 18 pt below the text frame
        canvas.line(geo.left, y + 10, width - geo.right, y + 10)
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(geo.left, y, _clip(self.masthead.event_title, 60))
        canvas.drawRightString(width - geo.right, y, _clip(self.masthead.facilitator, 40))
        if self.total_pages:
            number = self.translate(PAGE_OF).format(page=self.page, pages=self.total_pages)
        else:
            number = self.translate(PAGE_ONLY).format(page=self.page)
        canvas.drawCentredString(width / 2, y, number)
        if self._logo is not None:
            logo_w, logo_h = self._logo.getSize()
            scale = min(70 / logo_w, 18 / logo_h)
            canvas.drawImage(
                self._logo,
                width - geo.right - logo_w * scale,
                height - geo.top + 12,
                logo_w * scale,
                logo_h * scale,
                mask="auto",
            )
        canvas.restoreState()


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def logo_reader(logo: bytes | None, max_pixels: int = 600) -> ImageReader | None:
    """The logo, downscaled once: it is drawn on every page and hashed each time."""
    if not logo:
        return None
    try:
        with Image.open(io.BytesIO(logo)) as image:
            image.thumbnail((max_pixels, max_pixels))
            mode = "RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB"
            return ImageReader(image.convert(mode))
    except Exception:  # a broken logo must not stop the book; print without it
        return None


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells (even empty ones) use our font, not Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def grid_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> Table:
    """A calm data table: accent header repeated on every page, light zebra rows."""
    st = styles()
    data = [[Paragraph(para_text(text), st.cell_head) for text in header]]
    data += [[Paragraph(para_text(text), st.cell) for text in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), BAND) for i in range(2, len(data), 2)]
    table.setStyle(table_style(commands))
    return table
