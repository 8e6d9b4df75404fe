"""The print centre: every printable of an event by name, written from an event file.

The wall kit (exports/wallkit) and the paper that existed before it (the café paper,
the book of proceedings) are listed together; the latter through their own entry points.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import Method, PaperSize
from cafedesk.domain.notes import Branding
from cafedesk.exports.output import Cancelled
from cafedesk.services.cafe_export import DOCUMENT_LABELS, CafeDocument, write_cafe_document
from cafedesk.services.event import snapshot
from cafedesk.services.paper_language import paper_translate_for
from cafedesk.services.proceedings import branding as event_branding
from cafedesk.store.eventfile import EventFile

if TYPE_CHECKING:
    from cafedesk.exports.wallkit.kit import WallKit

BOOK = "proceedings"


@dataclass(frozen=True)
class Printable:
    name: str
    label: str  # QT_TRANSLATE_NOOP
    help: str
    poster: bool = False


def printables(method: Method) -> list[Printable]:
    """What the print centre offers for an event of this method."""
    from cafedesk.exports.wallkit.items import ITEMS

    cafe = method is not Method.OPEN_SPACE
    skip = (
        {
            "topic-sheets",
            "blank-topic-sheets",
            "signup-sheets",
            "report-forms",
            "slot-headers",
            "space-signs",
            "agenda-poster",
            "space-headers",  # a café has tables, not spaces: its tents name them
        }
        if cafe
        else set()
    )
    found = [Printable(i.name, i.label, i.help, i.poster) for i in ITEMS if i.name not in skip]
    if cafe:
        found += [Printable(d.value, DOCUMENT_LABELS[d], "the café paper") for d in CafeDocument]
    else:
        found.append(
            Printable(
                BOOK,
                QT_TRANSLATE_NOOP("cafedesk", "Book of proceedings"),
                "every session's report, bound",
            )
        )
    return found


def all_item_names() -> list[str]:
    from cafedesk.exports.wallkit.items import ITEMS

    return [i.name for i in ITEMS] + [d.value for d in CafeDocument] + [BOOK]


def wall_kit(
    ef: EventFile,
    prefs: Branding | None = None,
    translate: Translate | None = None,
    texts: dict[str, str] | None = None,
) -> WallKit:
    """The event as the wall kit prints it: the organisation and logo from the Event page,
    the facilitator's name, contact and accent colour from the Preferences, the words in
    the event's paper language unless ``translate`` is given."""
    from cafedesk.exports.wallkit.kit import WallKit

    own = event_branding(ef)
    prefs = prefs or Branding()
    merged = Branding(
        prefs.facilitator or own.facilitator,
        own.organisation,
        own.logo,
        prefs.accent,
        prefs.contact,
    )
    if texts is None:  # the facilitator's poster wording for this event
        from cafedesk.services.poster_texts import poster_texts

        texts = poster_texts(ef)
    return WallKit(snapshot(ef), merged, dict(texts), paper_translate_for(ef, translate))


def write_printable(
    ef: EventFile,
    name: str,
    out: Path,
    paper: str = "a4",
    tile: str | None = None,
    topics: Sequence[int] | None = None,
    prefs: Branding | None = None,
    translate: Translate | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write one printable to ``out`` (all or nothing); returns the number of pages written.
    Its words are in the event's paper language unless ``translate`` is given."""
    from cafedesk.exports.wallkit.items import ITEMS_BY_NAME, write_item

    if name in ITEMS_BY_NAME:
        kit = wall_kit(ef, prefs, translate)
        return write_item(kit, name, out, paper, tile, topics, cancelled)
    small = PaperSize(paper) if paper in ("a4", "letter") else None
    if name == BOOK:
        from cafedesk.exports.proceedings import build_proceedings
        from cafedesk.services.proceedings import proceedings_data

        data = proceedings_data(ef)
        paper_size = small or data.snapshot.event.paper_size
        words = paper_translate_for(ef, translate)
        return build_proceedings(
            data, out, paper=paper_size, translate=words, cancelled=cancelled
        ).pages
    write_cafe_document(ef, CafeDocument(name), out, translate, cancelled or (lambda: False), small)
    return _count_pages(out)


def _count_pages(path: Path) -> int:
    # reportlab writes "/Type /Page" once per page (and "/Type /Pages" for the tree).
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", path.read_bytes()))


def item_help() -> list[tuple[str, str]]:
    """One line per item for ``cafedesk export print --help``."""
    from cafedesk.exports.wallkit.items import ITEMS

    lines = [(i.name, i.help) for i in ITEMS]
    lines += [(d.value, f"café: {DOCUMENT_LABELS[d].lower()}") for d in CafeDocument]
    lines.append((BOOK, "the book of proceedings: every session's report"))
    return lines


def default_paper(name: str, event_paper: str) -> str:
    """Posters default to A1; everything else to the event's paper."""
    from cafedesk.exports.wallkit.items import ITEMS_BY_NAME

    item = ITEMS_BY_NAME.get(name)
    return "a1" if item is not None and item.poster and name == "agenda-poster" else event_paper


def write_selection(
    ef: EventFile,
    names: Sequence[str],
    out: Path,
    paper: str = "a4",
    tile: str | None = None,
    copies: int = 1,
    prefs: Branding | None = None,
    translate: Translate = identity,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Cancelled | None = None,
    poster_paper: str | None = None,
) -> list[Path]:
    """The wall-kit items chosen, in one PDF at ``out``; the café paper and the book each in
    their own file beside it (``out`` stem + item name). Posters are drawn on ``poster_paper``
    (default: ``paper``) and tiled onto ``tile`` sheets when given. Returns the files written.
    ``translate`` is the interface's, for what the facilitator is told; the paper speaks the
    event's paper language."""
    from cafedesk.exports.output import NothingToPrint, atomic_output, check_cancel
    from cafedesk.exports.wallkit.items import ITEMS_BY_NAME, draw_pages, item_pages

    kit_names = [n for n in names if n in ITEMS_BY_NAME]
    others = [n for n in names if n not in ITEMS_BY_NAME]
    written: list[Path] = []
    if kit_names:
        kit = wall_kit(ef, prefs)
        pages = []
        empty = []
        for name in kit_names:
            check_cancel(cancelled)
            if ITEMS_BY_NAME[name].poster:  # posters at their own size, tiled if asked
                found = item_pages(kit, name, poster_paper or paper, tile)
            else:
                found = item_pages(kit, name, paper)
            pages.extend(found)
            if not found:
                empty.append(translate(ITEMS_BY_NAME[name].label))
        if not pages and not others:  # an empty item among others is left out quietly
            raise NothingToPrint(", ".join(empty))

        def step(done: int, total: int) -> None:
            if progress is not None:
                progress(done / max(1, total) * (1 if not others else 0.7), "")

        if pages:
            with atomic_output(out) as handle:
                draw_pages(pages, handle, kit.snapshot.event.title, cancelled, step, copies)
                check_cancel(cancelled)
            written.append(out)
    for name in others:
        target = (
            out if not kit_names and len(others) == 1 else out.with_name(f"{out.stem} {name}.pdf")
        )
        write_printable(ef, name, target, paper, None, None, prefs, None, cancelled)
        written.append(target)
    return written
