"""The bundle a book of proceedings is printed from, and the facilitator's branding."""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.notes import Branding, Photo, PhotoLoader, ProceedingsData
from cafedesk.domain.validation import clean_text
from cafedesk.services.base import Done
from cafedesk.services.event import get_event, snapshot
from cafedesk.services.notes import list_reports
from cafedesk.services.photos import list_photos, photo_bytes
from cafedesk.store.eventfile import EventFile
from cafedesk.store.rows_notes import AssetRow

LOGO = "logo"
ORGANISATION = "organisation"
LOGO_MAX_SIDE = 1200


def photo_loader(ef: EventFile) -> PhotoLoader:
    """Reads one photo's bytes per call in its own short session (safe on a worker thread)."""

    def load(photo_id: int) -> bytes:
        return photo_bytes(ef, photo_id)

    return load


def branding(ef: EventFile) -> Branding:
    with ef.read() as session:
        logo = session.get(AssetRow, LOGO)
        organisation = session.get(AssetRow, ORGANISATION)
        logo_data = bytes(logo.data) if logo is not None and logo.data else None
        org_text = organisation.text_value if organisation is not None else ""
    return Branding(get_event(ef).facilitator, org_text, logo_data)


def proceedings_data(ef: EventFile, today: dt.date | None = None) -> ProceedingsData:
    """Everything the book prints; photos are loaded one by one through ``load_photo``."""
    snap = snapshot(ef)
    by_topic: dict[int, list[Photo]] = defaultdict(list)
    for photo in list_photos(ef):
        if photo.topic_id is not None:
            by_topic[photo.topic_id].append(photo)
    return ProceedingsData(
        snapshot=snap,
        reports=list_reports(ef),
        photos={tid: tuple(photos) for tid, photos in by_topic.items()},
        load_photo=photo_loader(ef),
        branding=branding(ef),
        generated=today or dt.date.today(),
    )


def _logo_png(source: Path | bytes) -> bytes:
    handle = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with Image.open(handle) as opened:
            image = opened.convert("RGBA")
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "This is not a picture cafedesk can read.")
        ) from exc
    image.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)  # PNG keeps a logo's transparency and sharp edges
    return out.getvalue()


def _put_asset(ef: EventFile, name: str, media_type: str, text: str, data: bytes | None) -> None:
    with ef.write() as session:
        row = session.get(AssetRow, name)
        if row is None:
            row = AssetRow(name=name)
            session.add(row)
        row.media_type, row.text_value, row.data = media_type, text, data


def set_logo(ef: EventFile, source: Path | bytes | None) -> Done[bytes | None]:
    """Set (or clear, with None) the logo; returns the stored PNG bytes for undo."""
    data = _logo_png(source) if source is not None else None
    _put_asset(ef, LOGO, "image/png" if data else "", "", data)
    return Done(data, Changes.of(Part.EVENT))


def set_organisation(ef: EventFile, organisation: str) -> Done[str]:
    text = " ".join(clean_text(organisation).split())
    _put_asset(ef, ORGANISATION, "text/plain", text, None)
    return Done(text, Changes.of(Part.EVENT))
