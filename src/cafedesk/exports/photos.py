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
from reportlab.platypus import Flowable, Paragraph, Table

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate
from cafedesk.domain.notes import Photo, PhotoLoader
from cafedesk.exports import fonts
from cafedesk.exports.pdf_style import BAND, MUTED, styles, table_style
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


class PhotoFlowable(Flowable):  # type: ignore[misc]
    def __init__(self, photo: Photo, width: float, height: float, context: PhotoContext) -> None:
        super().__init__()
        self.photo = photo
        self.width = width
        self.height = height
        self._context = context

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        if self._context.draft():
            return
        data = None
        if self._context.load is not None:
            try:
                data = as_jpeg(self._context.load(self.photo.id))
            except Exception:  # one unreadable photo must not cost the whole book
                data = None
        if data is None:
            self._placeholder(canvas)
            return
        source = _JpegSource(f"cafedesk-photo-{self.photo.id}", data)
        canvas.drawImage(source, 0, 0, self.width, self.height)

    def _placeholder(self, canvas: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(BAND)
        canvas.setStrokeColor(MUTED)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.ITALIC, 8)
        canvas.drawCentredString(
            self.width / 2, self.height / 2, self._context.translate(NOT_LOADED)
        )
        canvas.restoreState()


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
    photos: Sequence[Photo], context: PhotoContext, frame_width: float, frame_height: float
) -> list[Flowable]:
    st = styles()
    caption = st.caption.clone("photo-caption", alignment=TA_CENTER)
    story: list[Flowable] = []
    queue = sorted(photos, key=lambda p: (p.position, p.id))
    for per_row in row_sizes(len(queue)):
        row, queue = queue[:per_row], queue[per_row:]
        column = frame_width / per_row
        pad = GAP / 2 if per_row > 1 else 0.0
        cell_width = column - 2 * pad
        max_height = frame_height * (0.46 if per_row == 1 else 0.3)
        cells = []
        for photo in row:
            width, height = fit(photo, cell_width, max_height)
            cell: list[Flowable] = [PhotoFlowable(photo, width, height, context)]
            if photo.caption.strip():
                cell.append(Paragraph(para_text(photo.caption), caption))
            cells.append(cell)
        table = Table([cells], colWidths=[column] * per_row, hAlign="CENTER")
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        story.append(table)
    return story
