"""The facilitator's own wording of the wall posters, kept in the event file per event.

An empty text means "our default" (exports/wallkit/posters.POSTER_TEXTS), so clearing a
field brings the default back, in the language the paper is printed in.
"""

from __future__ import annotations

from sqlalchemy import select

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.validation import clean_text
from cafedesk.services.base import Done
from cafedesk.store.eventfile import EventFile
from cafedesk.store.rows_notes import AssetRow

PREFIX = "poster:"
POSTERS = ("theme", "principles", "etiquette", "news", "welcome")
KEYS = tuple(
    f"{p}.{part}"
    for p in POSTERS
    for part in ("heading", "body")
    if p != "theme" or part == "heading"
)
LIMIT = 2000


def poster_texts(ef: EventFile) -> dict[str, str]:
    """The texts the facilitator set, by key ("principles.body"); defaults are absent."""
    with ef.read() as session:
        rows = session.scalars(select(AssetRow).where(AssetRow.name.startswith(PREFIX))).all()
        return {r.name[len(PREFIX) :]: r.text_value for r in rows if r.text_value}


def set_poster_text(ef: EventFile, key: str, text: str) -> Done[str]:
    """Set one poster text; an empty text goes back to the default. Returns the stored text."""
    if key not in KEYS:
        raise ValidationError(QT_TRANSLATE_NOOP("cafedesk", "There is no such poster text."))
    cleaned = "\n".join(" ".join(line.split()) for line in clean_text(text).splitlines()).strip()
    if len(cleaned) > LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "A poster text can be at most 2000 characters long.")
        )
    with ef.write() as session:
        row = session.get(AssetRow, PREFIX + key)
        if row is None:
            row = AssetRow(name=PREFIX + key, media_type="text/plain")
            session.add(row)
        row.text_value = cleaned
    return Done(cleaned, Changes.of(Part.EVENT))
