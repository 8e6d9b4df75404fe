"""Flipchart photos on the page: laid out by count, loaded only while their page is drawn.

Layout: one photo prints large, two side by side, three as one large plus
a pair, four and more as a grid of pairs. Aspect ratio is kept and no photo
grows beyond its own size at 150 dpi. The JPEG bytes are fetched through
``load_photo`` inside ``draw()`` and handed to the PDF as they are (no
decoding), so a book of 200 photos holds one photo in Python at a time.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate
from cafedesk.domain.notes import Photo, PhotoLoader
from cafedesk.exports import fonts
from cafedesk.exports.pdf_style import BAND, MUTED, styles
from cafedesk.exports.text import para_text

PRINT_DPI = 150
GAP = 10.0
NOT_LOADED = QT_TRANSLATE_NOOP("cafedesk", "Photo could not be loaded")


@dataclass(frozen=True)
class PhotoContext:
    load: PhotoLoader | None
    # True while a draft pass runs (page numbers only): photos are skipped then.
    draft: Callable[[], bool]
    translate: Translate


class _JpegSource:
    """What reportlab needs to embed a JPEG untouched; ``str()`` names it for reuse."""

    def __init__(self, name: str, data: bytes) -> None:
        self._name = name
        self._data = data

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self._data)

    def __str__(self) -> str:
        return self._name


def as_jpeg(data: bytes) -> bytes:
    """JPEG bytes as they are; anything else (PNG, WebP) is converted once."""
    if data[:2] == b"\xff\xd8":
        return data
    with Image.open(io.BytesIO(data)) as image:
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, "JPEG", quality=88)
        return buffer.getvalue()


def draw_photo(
    canvas: Any, photo: Photo, box: tuple[float, float, float, float], context: PhotoContext
) -> None:
    """Fetch the photo's bytes now and place them in ``box`` (x, y, width, height)."""
    if context.draft():
        return
    data = None
    if context.load is not None:
        try:
            data = as_jpeg(context.load(photo.id))
        except Exception:  # one unreadable photo must not cost the whole book
            data = None
    x, y, width, height = box
    if data is not None:
        canvas.drawImage(_JpegSource(f"cafedesk-photo-{photo.id}", data), x, y, width, height)
        return
    canvas.saveState()
    canvas.setFillColor(BAND)
    canvas.setStrokeColor(MUTED)
    canvas.rect(x, y, width, height, stroke=1, fill=1)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.ITALIC, 8)
    canvas.drawCentredString(x + width / 2, y + height / 2, context.translate(NOT_LOADED))
    canvas.restoreState()


class PhotoRow(Flowable):  # type: ignore[misc]
    """One or two photos side by side, each with its caption right below it.

    When the row does not fit the rest of the page it shrinks to fit, as long
    as a flipchart stays readable (at least READABLE high, or its full size if
    smaller); otherwise it goes to the next page whole. The first row carries
    the "Photos" heading, so the two never part.
    """

    READABLE = 60 * mm  # a flipchart's marker writing still 2.5 mm high

    def __init__(
        self,
        photos: Sequence[Photo],
        context: PhotoContext,
        frame_width: float,
        max_height: float,
        heading: Paragraph | None = None,
    ) -> None:
        super().__init__()
        self.photos = list(photos)
        self._context = context
        self._heading = heading
        self._column = frame_width / len(self.photos)
        self._pad = GAP / 2 if len(self.photos) > 1 else 0.0
        self._cell = self._column - 2 * self._pad
        self._sizes = [fit(photo, self._cell, max_height) for photo in self.photos]
        style = styles().caption.clone("photo-caption", alignment=TA_CENTER)
        self._captions = [
            Paragraph(para_text(p.caption), style) if p.caption.strip() else None
            for p in self.photos
        ]
        self._caption_heights = [
            c.wrap(self._cell, 1e6)[1] + 4 if c else 0.0 for c in self._captions
        ]
        self._scale = 1.0
        self.spaceAfter = 12

    def _heading_height(self, width: float) -> float:
        if self._heading is None:
            return 0.0
        style = self._heading.style
        return float(self._heading.wrap(width, 1e6)[1] + style.spaceBefore + style.spaceAfter)

    def _height(self, scale: float) -> float:
        return max(
            h * scale + c for (_w, h), c in zip(self._sizes, self._caption_heights, strict=True)
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        top = self._heading_height(avail_width)
        self._scale = 1.0
        if top + self._height(1.0) > avail_height:
            captions = max(self._caption_heights)
            tallest = max(h for _w, h in self._sizes)
            fitting = (avail_height - top - captions) / tallest
            if fitting * tallest >= min(self.READABLE, tallest):
                self._scale = min(1.0, fitting)
        self._width = avail_width
        return avail_width, top + self._height(self._scale)

    def draw(self) -> None:
        canvas: Any = self.canv
        body = self._height(self._scale)
        if self._heading is not None:
            style = self._heading.style
            self._heading.wrap(self._width, 1e6)
            self._heading.drawOn(canvas, 0, body + style.spaceAfter)
        for index, photo in enumerate(self.photos):
            width, height = (v * self._scale for v in self._sizes[index])
            left = index * self._column + self._pad
            x = left + (self._cell - width) / 2
            y = body - height  # top-aligned in the row
            draw_photo(canvas, photo, (x, y, width, height), self._context)
            caption = self._captions[index]
            if caption is not None:
                caption.wrap(self._cell, 1e6)
                caption.drawOn(canvas, left, y - 4 - caption.height)


def row_sizes(count: int) -> list[int]:
    """How many photos go side by side in each row: 1 | 2 | 1+2 | 2+2 | 1+2+2 ..."""
    if count <= 0:
        return []
    if count == 1:
        return [1]
    return ([1] if count % 2 else []) + [2] * (count // 2)


def fit(photo: Photo, max_width: float, max_height: float) -> tuple[float, float]:
    """Printed size in points: aspect kept, never beyond the photo's own 150 dpi size."""
    if photo.width <= 0 or photo.height <= 0:
        return max_width, min(max_height, max_width * 0.75)
    natural_w = photo.width * 72 / PRINT_DPI
    natural_h = photo.height * 72 / PRINT_DPI
    scale = min(1.0, max_width / natural_w, max_height / natural_h)
    return natural_w * scale, natural_h * scale


def photo_story(
    photos: Sequence[Photo],
    context: PhotoContext,
    frame_width: float,
    frame_height: float,
    heading: str = "",
) -> list[Flowable]:
    story: list[Flowable] = []
    queue = sorted(photos, key=lambda p: (p.position, p.id))
    title = Paragraph(para_text(heading), styles().h3) if heading else None
    for per_row in row_sizes(len(queue)):
        row, queue = queue[:per_row], queue[per_row:]
        # Large enough to read the writing: a pair of flipcharts may fill half the page.
        max_height = frame_height * (0.62 if per_row == 1 else 0.5)
        story.append(PhotoRow(row, context, frame_width, max_height, title if not story else None))
    return story
