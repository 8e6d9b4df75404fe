"""The document every cafedesk PDF is built with: page templates, footer, outline, page count.

Documents build a story of flowables and hand it to ``CafedeskDoc``; a
flowable that carries an ``OutlineMark`` becomes a PDF bookmark and a line
in the table of contents. Page numbers "n of m" need the total from an
earlier pass, which ``multiBuild`` provides (``PageCount`` keeps it honest).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from PIL import Image
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import PaperSize
from cafedesk.exports import fonts
from cafedesk.exports.pdf_style import ACCENT, MUTED, PAGE_OF, PAGE_ONLY, RULE, Geometry, geometry
from cafedesk.exports.scripts import draw_text, text_width
from cafedesk.exports.text import para_text


# --- outline and table of contents ----------------------------------------------------
@dataclass(frozen=True)
class OutlineMark:
    key: str
    title: str  # plain text
    level: int = 0
    toc: bool = True
    detail: str = ""  # plain text shown muted after the title in the contents (a room)

    @property
    def toc_text(self) -> str:
        """The contents line as paragraph markup."""
        text = para_text(self.title)
        if self.detail.strip():
            text += f'<font color="#{MUTED.hexval()[2:]}">  ·  {para_text(self.detail)}</font>'
        return text


def marked(flowable: Flowable, mark: OutlineMark) -> Flowable:
    flowable.cafedesk_outline = mark
    return flowable


def lead_in(flowable: Flowable) -> Flowable:
    """A line printed just before a section's marked heading (a kicker): it opens the
    section, it does not continue the one before."""
    flowable.cafedesk_lead_in = True
    return flowable


CONTINUED = QT_TRANSLATE_NOOP("cafedesk", "{title} (continued)")
HEAD_SIZE = 8.0


class KeepHeading(KeepTogether):  # type: ignore[misc]
    """keepWithNext as a typesetter does it: the heading moves to the next page only when
    the first lines of what follows would not fit below it. Plain KeepTogether moved a
    heading *and* a long paragraph over, leaving most of the page empty."""

    LINES = 3

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        if avail_height < self._H and self._start_height(avail_width) <= avail_height:
            return list(self._content)  # the heading stays; what follows splits below it
        return list(super().split(avail_width, avail_height))

    def _start_height(self, avail_width: float) -> float:
        *heads, last = self._content
        total = 0.0
        for flowable in heads:
            total += flowable.wrap(avail_width, 1e6)[1]
            total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        _w, height = last.wrap(avail_width, 1e6)
        start = height
        if isinstance(last, Paragraph):
            start = min(height, self.LINES * last.style.leading)
        elif isinstance(last, Table):
            rows = getattr(last, "_rowHeights", None) or [height]
            start = min(height, sum(rows[: (last.repeatRows or 0) + 2]))
        return float(total + last.getSpaceBefore() + start)


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


FOOTER_SIZE = 7.5
FOOTER_GAP = 12.0  # points between the page number and the texts beside it


# --- the document ---------------------------------------------------------------------
@dataclass(frozen=True)
class Masthead:
    """What frames every inner page: footer texts and the small logo."""

    event_title: str = ""
    facilitator: str = ""
    logo: bytes | None = None
    cover_note: str = ""  # one line at the foot of the cover ("Printed on …")
    accent: str = ""  # "#rrggbb" from the facilitator's preferences; "" the house colour
    contact: str = ""  # printed after the facilitator's name
    date: str = ""  # printed after the event title on every inner page


class CafedeskDoc(BaseDocTemplate):  # type: ignore[misc]
    """Page templates "cover", "portrait" and "landscape" with the shared footer.

    A page that carries on a section begun on an earlier page (a long report, its photos,
    a long list) says so at its head: "<section> (continued)".
    """

    def __init__(
        self,
        out: BinaryIO | str,
        *,
        paper: PaperSize,
        masthead: Masthead,
        translate: Translate = identity,
        title: str = "",
        on_checkpoint: Callable[[Any], None] | None = None,
        cover: bool = True,
        lang: str = "",
    ) -> None:
        portrait, wide = geometry(paper), geometry(paper, wide=True)
        super().__init__(
            out,
            pagesize=(portrait.width, portrait.height),
            title=title,
            author=masthead.facilitator,
            creator="cafedesk",
            initialFontName=fonts.REGULAR,
            lang=lang or None,  # the catalogue's /Lang, for screen readers and preflight
        )
        self.keepTogetherClass = KeepHeading  # reportlab sets its own in __init__
        self.masthead = masthead
        self.translate = translate
        self.total_pages: int | None = None
        self.last_pages: int | None = None
        self.build_pass = 0
        self.on_checkpoint = on_checkpoint
        self.portrait_geometry = portrait
        self.wide_geometry = wide
        self._logo = logo_reader(masthead.logo)
        self._section: OutlineMark | None = None  # the latest section begun
        self._page_open = True  # nothing of substance drawn on this page yet
        self._continues: OutlineMark | None = None  # the section this page carries on
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

    def beforePage(self) -> None:
        self._page_open = True
        self._continues = None

    def afterPage(self) -> None:
        if self._continues is not None and self.pageTemplate.id != "cover":
            self._draw_running_head(self.canv, self._continues.title)

    def _note_content(self, flowable: Flowable, mark: OutlineMark | None) -> None:
        """Whether this page opens with a new section or carries on the current one."""
        if mark is not None:
            self._section = mark
            self._page_open = False
            return
        if not self._page_open or getattr(flowable, "cafedesk_lead_in", False):
            return
        if isinstance(flowable, (Anchor, PageCount, Spacer, ActionFlowable)):
            return
        self._page_open = False
        self._continues = self._section

    def afterFlowable(self, flowable: Flowable) -> None:
        mark: OutlineMark | None = getattr(flowable, "cafedesk_outline", None)
        self._note_content(flowable, mark)
        if mark is not None:
            self.canv.bookmarkPage(mark.key)
            self.canv.addOutlineEntry(mark.title, mark.key, level=mark.level, closed=mark.level > 0)
            if mark.toc:
                self.notify("TOCEntry", (mark.level, mark.toc_text, self.page, mark.key))
        checkpoint = getattr(flowable, "cafedesk_checkpoint", None)
        if checkpoint is not None and self.on_checkpoint is not None:
            self.on_checkpoint(checkpoint)

    def beforeDocument(self) -> None:
        # The bookmarks panel opens with the document: the outline is how a reader finds a session.
        self.canv.showOutline()
        self._section = None

    def _draw_running_head(self, canvas: Any, title: str) -> None:
        width, height = canvas._pagesize
        geo = self.wide_geometry if width > height else self.portrait_geometry
        room = geo.frame_width - (80 if self._logo is not None else 0)
        text = self.translate(CONTINUED).format(title=" ".join(title.split()))
        if stringWidth(text, fonts.BOLD, HEAD_SIZE) > room:  # cut the title, keep the word
            suffix = self.translate(CONTINUED).format(title="")
            short = fit_width(
                title, room - stringWidth(suffix, fonts.BOLD, HEAD_SIZE), fonts.BOLD, HEAD_SIZE
            )
            text = self.translate(CONTINUED).format(title=short)
        canvas.saveState()
        canvas.setFont(fonts.BOLD, HEAD_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawString(geo.left, height - geo.top + 14, text)
        canvas.restoreState()

    # --- page decoration --------------------------------------------------------------
    def _draw_cover(self, canvas: Any, _doc: Any) -> None:
        geo = self.portrait_geometry
        canvas.saveState()
        canvas.setFillColor(accent_colour(self.masthead.accent))
        canvas.rect(0, geo.height - 10, geo.width, 10, stroke=0, fill=1)
        if self.masthead.cover_note:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(geo.left, geo.bottom, geo.width - geo.right, geo.bottom)
            canvas.setFont(fonts.REGULAR, 8)
            canvas.setFillColor(MUTED)
            note = fit_width(self.masthead.cover_note, geo.width - geo.left - geo.right, size=8)
            draw_text(canvas, geo.left, geo.bottom - 14, note, fonts.REGULAR, 8)
        canvas.restoreState()

    def _draw_inner(self, canvas: Any, _doc: Any) -> None:
        width, height = canvas._pagesize
        geo = self.wide_geometry if width > height else self.portrait_geometry
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        y = geo.bottom - 28  # footer line 18 pt below the text frame
        canvas.line(geo.left, y + 10, width - geo.right, y + 10)
        canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        if self.total_pages:
            number = self.translate(PAGE_OF).format(page=self.page, pages=self.total_pages)
        else:
            number = self.translate(PAGE_ONLY).format(page=self.page)
        # The page number owns the centre; title and signature share what is left, by width.
        half_number = max(stringWidth(number, fonts.REGULAR, FOOTER_SIZE), 48.0) / 2
        side = width / 2 - half_number - FOOTER_GAP
        signed = " · ".join(x for x in (self.masthead.facilitator, self.masthead.contact) if x)
        left = self._footer_left(side - geo.left)
        draw_text(canvas, geo.left, y, left, fonts.REGULAR, FOOTER_SIZE)
        signed = fit_width(signed, side - geo.right)
        draw_text(canvas, width - geo.right, y, signed, fonts.REGULAR, FOOTER_SIZE, "end")
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

    def _footer_left(self, room: float) -> str:
        """The event title, cut to make room for the date after it (the date is kept whole)."""
        date = self.masthead.date
        if not date:
            return fit_width(self.masthead.event_title, room)
        tail = f" · {date}" if self.masthead.event_title.strip() else date
        title = fit_width(
            self.masthead.event_title, room - text_width(tail, fonts.REGULAR, FOOTER_SIZE)
        )
        return (
            title + tail
            if title or not self.masthead.event_title.strip()
            else fit_width(date, room)
        )


def accent_colour(accent: str) -> Color:
    """The facilitator's accent colour; the house colour when none (or nonsense) is set."""
    try:
        return colors.HexColor(accent) if accent else ACCENT
    except ValueError:
        return ACCENT


def fit_width(text: str, width: float, font: str = fonts.REGULAR, size: float = FOOTER_SIZE) -> str:
    """One line of ``text`` no wider than ``width`` points, cut at a word with "…" if needed."""
    text = " ".join(text.split())
    if width <= 0:
        return ""
    if text_width(text, font, size) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;:·-–") + "…"
        if text_width(candidate, font, size) <= width:
            return candidate
    # One word too long for the space: cut it by characters.
    word = words[0]
    while word and text_width(word + "…", font, size) > width:
        word = word[:-1]
    return word + "…" if word else ""


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
