"""Flipchart photos: import (downscaled, upright), rotate, crop, caption, order, delete.

A photo belongs to a topic (``topic_id``) or to a café harvest cell
(``harvest=(round_id, table_id)``); everything else works the same for both.

Each imported photo is its own transaction: a cancelled or interrupted import
keeps the photos already stored (the UI can undo them as one step), and no
transaction holds more than one picture's bytes.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps
from sqlalchemy import func, select

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import CafedeskError, NotFoundError, ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.notes import Crop, Photo
from cafedesk.domain.validation import clean_text
from cafedesk.services.base import Done, bury_row, next_value, revive_rows, row_or_fail
from cafedesk.services.photo_formats import refusal
from cafedesk.store.eventfile import EventFile
from cafedesk.store.graveyard import Tombstone
from cafedesk.store.mapping_notes import photo_from_row, photo_to_row
from cafedesk.store.rows_cafe import CafeRoundRow, CafeTableRow
from cafedesk.store.rows_notes import PhotoRow

MAX_SIDE = 2400  # the longest side stored; keeps an event file mailable
DRAFT_SIDE = 1600  # the least kept of a bigger photo: still 190 dpi across an A4 page
THUMB_SIDE = 320
QUALITY = 85
# Pillow's MAX_IMAGE_PIXELS stays set (never None): above twice it, a picture is refused
# as a decompression bomb before it is decoded.
WHAT = QT_TRANSLATE_NOOP("cafedesk", "photo")

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
Cell = tuple[int, int]  # a café harvest cell: (round id, table id)


@dataclass(frozen=True)
class ImportFailure:
    name: str  # the file's name
    error: CafedeskError


@dataclass(frozen=True)
class ImportResult:
    photos: tuple[Photo, ...]
    failures: tuple[ImportFailure, ...] = ()
    cancelled: bool = False


# --- pixels -------------------------------------------------------------------------
def _jpeg(image: Image.Image, quality: int = QUALITY) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        sheet = Image.new("RGB", rgba.size, "white")  # transparency prints as paper
        sheet.paste(rgba, mask=rgba.getchannel("A"))
        return sheet
    return image.convert("RGB")


def downscale(source: Path | bytes) -> tuple[bytes, int, int]:
    """JPEG bytes of the picture upright (EXIF orientation applied), long side between
    DRAFT_SIDE and MAX_SIDE for big photos; small pictures keep their size."""
    handle = io.BytesIO(source) if isinstance(source, bytes) else source
    with Image.open(handle) as opened:
        w, h = opened.size
        scale = min(1.0, DRAFT_SIDE / max(w, h, 1))
        # JPEG decodes at 1/2, 1/4 or 1/8 directly, as long as the result keeps at least
        # DRAFT_SIDE: a 4000×3000 phone photo decodes straight to 2000×1500, four times
        # faster and lighter, and needs no resampling at all.
        opened.draft("RGB", (max(1, int(w * scale)), max(1, int(h * scale))))
        image = ImageOps.exif_transpose(opened)
        image = _rgb(image)
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
        return _jpeg(image), image.width, image.height


def _crop_box(size: tuple[int, int], crop: Crop) -> tuple[int, int, int, int]:
    w, h = size
    left, top, right, bottom = crop
    box = (round(left * w), round(top * h), round(right * w), round(bottom * h))
    return (box[0], box[1], max(box[0] + 1, box[2]), max(box[1] + 1, box[3]))


_TURNS = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def render(original: bytes, rotation: int, crop: Crop | None) -> tuple[bytes | None, int, int]:
    """The printed picture from the kept original; None when it is the original itself."""
    with Image.open(io.BytesIO(original)) as opened:
        if not rotation and not crop:
            return None, opened.width, opened.height
        image = opened.convert("RGB")
    if rotation in _TURNS:
        image = image.transpose(_TURNS[rotation])
    if crop:
        image = image.crop(_crop_box(image.size, crop))
    return _jpeg(image), image.width, image.height


def _thumbnail(jpeg: bytes) -> bytes:
    with Image.open(io.BytesIO(jpeg)) as opened:
        opened.draft("RGB", (THUMB_SIDE, THUMB_SIDE))
        image = opened.convert("RGB")
        image.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
        return _jpeg(image, 80)


def _clean_crop(crop: Crop | None) -> Crop | None:
    if crop is None:
        return None
    left, top, right, bottom = (min(1.0, max(0.0, float(v))) for v in crop)
    if right - left < 0.02 or bottom - top < 0.02:
        raise ValidationError(QT_TRANSLATE_NOOP("cafedesk", "The cropped area is too small."))
    if (left, top, right, bottom) == (0.0, 0.0, 1.0, 1.0):
        return None
    return (left, top, right, bottom)


# --- reading ------------------------------------------------------------------------
# Only the small columns: the pictures stay on disk until asked for.
_META = (
    PhotoRow.id,
    PhotoRow.topic_id,
    PhotoRow.cafe_round_id,
    PhotoRow.cafe_table_id,
    PhotoRow.caption,
    PhotoRow.position,
    PhotoRow.width,
    PhotoRow.height,
    PhotoRow.rotation,
    PhotoRow.crop,
    PhotoRow.file_name,
)


def list_photos(
    ef: EventFile, topic_id: int | None = None, *, harvest: Cell | None = None
) -> list[Photo]:
    """The photos of a topic or of a harvest cell, in order; all photos when neither is given."""
    query = select(*_META).order_by(PhotoRow.topic_id, PhotoRow.position, PhotoRow.id)
    if topic_id is not None:
        query = query.where(PhotoRow.topic_id == topic_id)
    if harvest is not None:
        query = query.where(
            PhotoRow.cafe_round_id == harvest[0], PhotoRow.cafe_table_id == harvest[1]
        )
    with ef.read() as session:
        return [photo_from_row(PhotoRow(**m)) for m in session.execute(query).mappings()]


def harvest_photos(ef: EventFile) -> dict[Cell, tuple[Photo, ...]]:
    """Every harvest cell's photos, in order: what the harvest report prints."""
    query = (
        select(*_META)
        .where(PhotoRow.cafe_round_id.is_not(None), PhotoRow.cafe_table_id.is_not(None))
        .order_by(PhotoRow.position, PhotoRow.id)
    )
    by_cell: dict[Cell, list[Photo]] = {}
    with ef.read() as session:
        for values in session.execute(query).mappings():
            photo = photo_from_row(PhotoRow(**values))
            if photo.harvest is not None:
                by_cell.setdefault(photo.harvest, []).append(photo)
    return {cell: tuple(found) for cell, found in by_cell.items()}


def get_photo(ef: EventFile, photo_id: int) -> Photo:
    with ef.read() as session:
        found = session.execute(select(*_META).where(PhotoRow.id == photo_id)).mappings().first()
    if found is None:
        raise _gone()
    return photo_from_row(PhotoRow(**found))


def _gone() -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("cafedesk", "The {what} no longer exists (it may have been deleted)."),
        what=WHAT,
    )


def photo_bytes(ef: EventFile, photo_id: int) -> bytes:
    """The JPEG as it prints (rotation and crop applied), read in its own short session,
    so it may be called from any thread."""
    with ef.read() as session:
        data = session.scalar(
            select(func.coalesce(PhotoRow.image, PhotoRow.original)).where(PhotoRow.id == photo_id)
        )
    if data is None:
        raise _gone()
    return bytes(data)


def thumbnail_bytes(ef: EventFile, photo_id: int) -> bytes:
    with ef.read() as session:
        data = session.scalar(select(PhotoRow.thumbnail).where(PhotoRow.id == photo_id))
    return bytes(data or b"")


# --- importing ----------------------------------------------------------------------
def add_photo(
    ef: EventFile,
    topic_id: int | None,
    jpeg: bytes,
    width: int,
    height: int,
    file_name: str = "",
    *,
    harvest: Cell | None = None,
) -> Done[Photo]:
    """Store one already downscaled picture after the photos of its topic or harvest cell."""
    if topic_id is not None and harvest is not None:
        raise ValueError("a photo belongs to a topic or to a harvest cell, not both")
    with ef.write() as session:
        if harvest is not None:  # a clear message rather than a foreign key failure
            row_or_fail(session, CafeRoundRow, harvest[0], QT_TRANSLATE_NOOP("cafedesk", "round"))
            row_or_fail(session, CafeTableRow, harvest[1], QT_TRANSLATE_NOOP("cafedesk", "table"))
        position = next_value(session, PhotoRow.position)
        round_id, table_id = harvest or (None, None)
        row = PhotoRow(
            topic_id=topic_id,
            cafe_round_id=round_id,
            cafe_table_id=table_id,
            position=position,
            width=width,
            height=height,
            original=jpeg,
            image=None,
            thumbnail=_thumbnail(jpeg),
            file_name=file_name[:260],
        )
        session.add(row)
        session.flush()
        photo = photo_from_row(row)
    return Done(photo, Changes.of(Part.PHOTOS, ids={photo.id}))


def import_photos(
    ef: EventFile,
    topic_id: int | None,
    paths: Sequence[Path],
    progress: Progress = lambda _f, _t: None,
    cancelled: Cancelled = lambda: False,
    *,
    harvest: Cell | None = None,
) -> Done[ImportResult]:
    """Import picture files; unreadable ones are reported, the others kept.

    The photos go to ``topic_id`` or to the ``harvest`` cell. Runs on a worker
    thread: no Qt, reports through ``progress(fraction, text)``, stops between
    files when ``cancelled()`` says so and keeps what was stored.
    """
    stored: list[Photo] = []
    failures: list[ImportFailure] = []
    total = max(1, len(paths))
    for index, path in enumerate(paths):
        if cancelled():
            return _imported(stored, failures, cancelled=True)
        progress(index / total, path.name)
        try:
            jpeg, width, height = downscale(path)
        except (OSError, ValueError, Image.DecompressionBombError, SyntaxError) as exc:
            failures.append(ImportFailure(path.name, refusal(path, exc)))
            continue
        stored.append(
            add_photo(ef, topic_id, jpeg, width, height, path.name, harvest=harvest).value
        )
    progress(1.0, "")
    return _imported(stored, failures, cancelled=False)


def _imported(
    stored: list[Photo], failures: list[ImportFailure], *, cancelled: bool
) -> Done[ImportResult]:
    result = ImportResult(tuple(stored), tuple(failures), cancelled)
    return Done(result, Changes.of(Part.PHOTOS, ids={p.id for p in stored}))


# --- editing ------------------------------------------------------------------------
def put_photo(ef: EventFile, photo: Photo) -> Done[Photo]:
    """Set caption, place, order, rotation and crop; re-renders only if the picture changed."""
    if photo.rotation not in (0, 90, 180, 270):
        raise ValidationError(QT_TRANSLATE_NOOP("cafedesk", "Photos turn in quarter turns."))
    photo = dataclasses.replace(
        photo, caption=clean_text(photo.caption), crop=_clean_crop(photo.crop)
    )
    with ef.write() as session:
        row = row_or_fail(session, PhotoRow, photo.id, WHAT)
        reshaped = (row.rotation, row.crop) != (photo.rotation, list(photo.crop or []) or None)
        photo_to_row(photo, row)
        if reshaped:
            row.image, row.width, row.height = render(row.original, photo.rotation, photo.crop)
            row.thumbnail = _thumbnail(row.image or row.original)
        session.flush()
        photo = photo_from_row(row)
    return Done(photo, Changes.of(Part.PHOTOS, ids={photo.id}))


def rotate_crop(crop: Crop | None) -> Crop | None:
    """The same region after a quarter turn clockwise."""
    if crop is None:
        return None
    left, top, right, bottom = crop
    return (1.0 - bottom, left, 1.0 - top, right)


def rotate_photo(ef: EventFile, photo_id: int) -> Done[Photo]:
    """A quarter turn clockwise, keeping the cropped region."""
    photo = get_photo(ef, photo_id)
    turned = dataclasses.replace(
        photo, rotation=(photo.rotation + 90) % 360, crop=rotate_crop(photo.crop)
    )
    return put_photo(ef, turned)


def crop_photo(ef: EventFile, photo_id: int, crop: Crop | None) -> Done[Photo]:
    return put_photo(ef, dataclasses.replace(get_photo(ef, photo_id), crop=crop))


def set_caption(ef: EventFile, photo_id: int, caption: str) -> Done[Photo]:
    return put_photo(ef, dataclasses.replace(get_photo(ef, photo_id), caption=caption))


def reorder_photos(ef: EventFile, ordered_ids: Sequence[int]) -> Done[list[int]]:
    with ef.write() as session:
        for position, photo_id in enumerate(ordered_ids):
            row_or_fail(session, PhotoRow, photo_id, WHAT).position = position
    return Done(list(ordered_ids), Changes.of(Part.PHOTOS, ids=set(ordered_ids)))


def delete_photo(ef: EventFile, photo_id: int) -> Done[Tombstone]:
    return bury_row(ef, "photo", photo_id, Part.PHOTOS)


def restore_photo(ef: EventFile, tomb: Tombstone) -> Done[None]:
    return revive_rows(ef, tomb, Part.PHOTOS)


def uncropped_bytes(ef: EventFile, photo_id: int) -> bytes:
    """The photo turned but not cropped: what a crop dialog shows."""
    photo = get_photo(ef, photo_id)
    with ef.read() as session:
        original = session.scalar(select(PhotoRow.original).where(PhotoRow.id == photo_id))
    if original is None:
        raise _gone()
    rendered, _w, _h = render(bytes(original), photo.rotation, None)
    return rendered or bytes(original)
