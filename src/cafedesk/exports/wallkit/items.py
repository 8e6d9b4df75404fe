"""The wall kit's items by name, and writing any of them (whole or tiled) to one PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.exports.fonts import register_fonts
from cafedesk.exports.output import Cancelled, NothingToPrint, atomic_output, check_cancel
from cafedesk.exports.wallkit import posters, sheets
from cafedesk.exports.wallkit.kit import SHEETS, Page, WallKit
from cafedesk.exports.wallkit.tiling import tile_pages

_T = QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Item:
    name: str
    label: str  # QT_TRANSLATE_NOOP: translated where shown
    help: str
    pages: Callable[[WallKit, tuple[float, float], list[int] | None], list[Page]]
    poster: bool = False  # made for A2..A0; tiling applies


ITEMS: tuple[Item, ...] = (
    Item(
        "agenda-poster",
        _T("cafedesk", "Agenda poster"),
        "the slot × space grid, one page per day (A1/A0)",
        lambda k, p, n: posters.agenda_poster(k, p),
        poster=True,
    ),
    Item(
        "slot-headers",
        _T("cafedesk", "Time slot headers"),
        "one sheet per time slot: day, time, label",
        lambda k, p, n: sheets.slot_headers(k, p),
    ),
    Item(
        "space-headers",
        _T("cafedesk", "Space headers"),
        "one sheet per space: name, seats, equipment",
        lambda k, p, n: sheets.space_headers(k, p),
    ),
    Item(
        "topic-sheets",
        _T("cafedesk", "Topic sheets"),
        "one landscape sheet per topic, with a QR code",
        sheets.topic_sheets,
    ),
    Item(
        "blank-topic-sheets",
        _T("cafedesk", "Blank topic sheets"),
        "numbered sheets for the marketplace",
        lambda k, p, n: sheets.blank_topic_sheets(k, p),
    ),
    Item(
        "signup-sheets",
        _T("cafedesk", "Sign-up sheets"),
        "per topic: the title and numbered lines",
        sheets.signup_sheets,
    ),
    Item(
        "report-forms",
        _T("cafedesk", "Session report forms"),
        "per topic, pre-filled, ruled for writing",
        sheets.report_forms,
    ),
    Item(
        "space-signs",
        _T("cafedesk", "Space signs"),
        "name, seats and the space's sessions in order",
        lambda k, p, n: sheets.space_signs(k, p),
    ),
    Item(
        "posters",
        _T("cafedesk", "Posters"),
        "the question, principles, etiquette, news wall, welcome",
        lambda k, p, n: posters.text_posters(k, p),
        poster=True,
    ),
    Item(
        "badges",
        _T("cafedesk", "Name badges"),
        "2 × 4 per sheet with cut marks",
        lambda k, p, n: posters.badges(k, p, "2x4"),
    ),
    Item(
        "badges-2x5",
        _T("cafedesk", "Name badges, 2 × 5"),
        "2 × 5 per sheet with cut marks",
        lambda k, p, n: posters.badges(k, p, "2x5"),
    ),
    Item(
        "blank-badges",
        _T("cafedesk", "Blank name badges"),
        "a sheet of 2 × 4 badges to write on",
        lambda k, p, n: posters.badges(k, p, "2x4", blank=True),
    ),
)
ITEMS_BY_NAME = {item.name: item for item in ITEMS}


def item_pages(
    kit: WallKit,
    name: str,
    paper: str = "a4",
    tile: str | None = None,
    topics: Sequence[int] | None = None,
) -> list[Page]:
    """The pages of one item on ``paper``; posters tiled onto ``tile`` sheets when given."""
    item = ITEMS_BY_NAME[name]
    pages = item.pages(kit, SHEETS[paper], list(topics) if topics else None)
    if tile is None or SHEETS[tile] == SHEETS[paper]:
        return pages
    tiled: list[Page] = []
    for page in pages:
        tiled.extend(tile_pages(page, SHEETS[tile], kit.translate))
    return tiled


def draw_pages(
    pages: Sequence[Page],
    target: BinaryIO | str,
    title: str,
    cancelled: Cancelled | None = None,
    progress: Callable[[int, int], None] | None = None,
    copies: int = 1,
) -> int:
    register_fonts()
    c = Canvas(target, pagesize=pages[0].size if pages else SHEETS["a4"], pageCompression=1)
    c.setTitle(title)
    c.setCreator("cafedesk")
    total = len(pages) * copies
    done = 0
    for _copy in range(copies):
        for page in pages:
            check_cancel(cancelled)
            c.setPageSize(page.size)
            page.paint(c, *page.size)
            c.showPage()
            done += 1
            if progress is not None:
                progress(done, total)
    c.save()
    return done


def write_item(
    kit: WallKit,
    name: str,
    out: Path | BinaryIO,
    paper: str = "a4",
    tile: str | None = None,
    topics: Sequence[int] | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write one item to ``out``; a half-written file never replaces a good one. Returns pages."""
    pages = item_pages(kit, name, paper, tile, topics)
    label = kit.translate(ITEMS_BY_NAME[name].label)
    if not pages:
        raise NothingToPrint(label)
    title = f"{kit.snapshot.event.title} · {label}"
    with atomic_output(out) as handle:
        count = draw_pages(pages, handle, title, cancelled)
        check_cancel(cancelled)
    return count
