"""Café paper from an event file: personal cards, seating lists, tents, host cards, harvest."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate
from cafedesk.domain.model import Event, PaperSize
from cafedesk.services.cafe_plan import read_context
from cafedesk.services.event import get_event
from cafedesk.services.paper_language import paper_translate_for
from cafedesk.services.photos import harvest_photos
from cafedesk.services.proceedings import photo_loader
from cafedesk.store.eventfile import EventFile

if TYPE_CHECKING:
    from cafedesk.exports.cafe_paper import CafePaper


class CafeDocument(StrEnum):
    CARDS = "cafe-cards"
    SEATING = "cafe-seating"
    TENTS = "cafe-tents"
    HOST_CARDS = "cafe-host-cards"
    HARVEST = "cafe-harvest"


DOCUMENT_LABELS: dict[CafeDocument, str] = {
    CafeDocument.CARDS: QT_TRANSLATE_NOOP("cafedesk", "Personal seating cards"),
    CafeDocument.SEATING: QT_TRANSLATE_NOOP("cafedesk", "Seating lists per round"),
    CafeDocument.TENTS: QT_TRANSLATE_NOOP("cafedesk", "Table tents with the round questions"),
    CafeDocument.HOST_CARDS: QT_TRANSLATE_NOOP("cafedesk", "Host cards"),
    CafeDocument.HARVEST: QT_TRANSLATE_NOOP("cafedesk", "Harvest report"),
}


def _writer(kind: CafeDocument) -> Callable[..., object]:
    # reportlab is imported when paper is made, not when the café pages open.
    from cafedesk.exports.cafe_harvest import write_harvest_report
    from cafedesk.exports.cafe_host_cards import write_host_cards
    from cafedesk.exports.cafe_paper import write_personal_cards
    from cafedesk.exports.cafe_seating import write_seating_lists
    from cafedesk.exports.cafe_tents import write_table_tents

    writers: dict[CafeDocument, Callable[..., object]] = {
        CafeDocument.CARDS: write_personal_cards,
        CafeDocument.SEATING: write_seating_lists,
        CafeDocument.TENTS: write_table_tents,
        CafeDocument.HOST_CARDS: write_host_cards,
        CafeDocument.HARVEST: write_harvest_report,
    }
    return writers[kind]


def paper_input(ef: EventFile, paper_size: PaperSize | None = None) -> CafePaper:
    """The café as paper sees it; ``paper_size`` overrides the event's (A4 or Letter)."""
    from cafedesk.exports.cafe_paper import CafePaper

    context = read_context(ef)
    event: Event = get_event(ef)
    if paper_size is not None:
        event = dataclasses.replace(event, paper_size=paper_size)
    return CafePaper(event, context.people, context.cafe, context.pro_action)


def write_cafe_document(
    ef: EventFile,
    kind: CafeDocument,
    out: Path,
    translate: Translate | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    paper_size: PaperSize | None = None,
) -> Path:
    """Write one café document; a half-written file never replaces a good one. Its words
    are in the event's paper language unless ``translate`` is given."""
    from cafedesk.exports.output import atomic_output, check_cancel

    paper = paper_input(ef, paper_size)
    words = paper_translate_for(ef, translate)
    extra: dict[str, object] = {}
    if kind is CafeDocument.HARVEST:  # photo bytes are read one by one while drawn
        from cafedesk.exports.cafe_harvest import HarvestPhotos

        extra["photos"] = HarvestPhotos(harvest_photos(ef), photo_loader(ef))
    # Beside the target under a temporary name, noted so a killed export's leftover
    # goes at the next start; a cancel leaves the previous file as it was.
    with atomic_output(out) as handle:
        _writer(kind)(paper, handle, translate=words, cancelled=cancelled, **extra)
        check_cancel(cancelled)
    return out
