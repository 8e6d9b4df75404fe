"""The client report's files: the PDF, the community map, and the email draft that carries them.

The window and the headless commands both come here; every function reads the
event itself (photos one at a time, while drawn) and may run on a worker thread.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from PIL import Image

from cafedesk.domain.client_report import ReportOptions
from cafedesk.domain.email_draft import EMAIL_LIMIT, fill
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import PaperSize
from cafedesk.domain.notes import Branding, PhotoLoader, ProceedingsData
from cafedesk.exports.output import Cancelled, Progress, check_cancel
from cafedesk.services.client_report import client_report_data, community, get_email_template
from cafedesk.services.event import get_event
from cafedesk.services.paper_language import paper_translate_for
from cafedesk.services.proceedings import proceedings_data
from cafedesk.store.eventfile import EventFile

SMALL_PHOTO_SIDE = 1000  # pixels; flipcharts stay readable on screen at this size
SMALL_PHOTO_QUALITY = 70
REPORT_NAME = QT_TRANSLATE_NOOP("cafedesk", "{event} - report.pdf")
BOOK_NAME = QT_TRANSLATE_NOOP("cafedesk", "{event} - proceedings.pdf")
MAP_NAME = QT_TRANSLATE_NOOP("cafedesk", "{event} - community map.pdf")
MAKING = QT_TRANSLATE_NOOP("cafedesk", "Making “{name}”")


class Attach(StrEnum):
    REPORT = "report"
    PROCEEDINGS = "proceedings"
    MAP = "map"


def smaller_photos(load: PhotoLoader | None) -> PhotoLoader | None:
    """The same photos, downscaled and compressed harder: for a report that must be mailed."""
    if load is None:
        return None

    def smaller(photo_id: int) -> bytes:
        with Image.open(io.BytesIO(load(photo_id))) as image:
            image.draft("RGB", (SMALL_PHOTO_SIDE, SMALL_PHOTO_SIDE))  # JPEG: decode smaller
            picture = image.convert("RGB")
        picture.thumbnail((SMALL_PHOTO_SIDE, SMALL_PHOTO_SIDE), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=SMALL_PHOTO_QUALITY, optimize=True)
        return out.getvalue()

    return smaller


def _with_loader(book: ProceedingsData, load: PhotoLoader | None) -> ProceedingsData:
    return ProceedingsData(
        book.snapshot, book.reports, book.photos, load, book.branding, book.generated
    )


def write_client_report(
    ef: EventFile,
    out: Path | BinaryIO,
    *,
    paper: PaperSize | None = None,
    options: ReportOptions = ReportOptions(),  # noqa: B008 - frozen, never changed
    branding: Branding | None = None,
    translate: Translate | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the client report; returns its number of pages. Its words are in the event's
    paper language unless ``translate`` is given."""
    from cafedesk.exports.client_report import build_client_report

    translate = paper_translate_for(ef, translate)
    data = client_report_data(ef, branding, options, translate)
    if options.smaller_photos:
        book = _with_loader(data.book, smaller_photos(data.book.load_photo))
        data = dataclasses.replace(data, book=book)
    check_cancel(cancelled)
    info = build_client_report(
        data,
        out,
        paper=paper or data.book.snapshot.event.paper_size,
        translate=translate,
        progress=progress,
        cancelled=cancelled,
    )
    return info.pages


def write_proceedings(
    ef: EventFile,
    out: Path | BinaryIO,
    *,
    paper: PaperSize | None = None,
    smaller: bool = False,
    translate: Translate | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the book; in the event's paper language unless ``translate`` is given."""
    from cafedesk.exports.proceedings import build_proceedings

    translate = paper_translate_for(ef, translate)
    book = proceedings_data(ef)
    if smaller:
        book = _with_loader(book, smaller_photos(book.load_photo))
    paper = paper or book.snapshot.event.paper_size
    info = build_proceedings(
        book, out, paper=paper, translate=translate, progress=progress, cancelled=cancelled
    )
    return info.pages


def write_community_map(
    ef: EventFile, out: Path | BinaryIO, fmt: str, translate: Translate | None = None
) -> int:
    """The map as PNG or PDF; returns how many people it shows (paper language)."""
    from cafedesk.exports.community_map import write_map

    translate = paper_translate_for(ef, translate)
    title = get_event(ef).title
    made = write_map(community(ef), out, fmt, translate=translate, title=title)
    return len(made.dots)


# --- the email draft -------------------------------------------------------------------
@dataclass(frozen=True)
class DraftResult:
    path: Path
    size: int
    attachments: tuple[tuple[str, int], ...]  # (file name, bytes)

    @property
    def too_large(self) -> bool:
        return self.size > EMAIL_LIMIT


def attachment_names(ef: EventFile, kinds: Sequence[Attach], translate: Translate) -> list[str]:
    event = get_event(ef).title
    names = {Attach.REPORT: REPORT_NAME, Attach.PROCEEDINGS: BOOK_NAME, Attach.MAP: MAP_NAME}
    return [translate(names[kind]).format(event=event) for kind in kinds]


def _attachment(
    ef: EventFile,
    kind: Attach,
    options: ReportOptions,
    branding: Branding | None,
    translate: Translate,
    progress: Progress,
    cancelled: Cancelled | None,
) -> bytes:
    buffer = io.BytesIO()
    if kind is Attach.REPORT:
        write_client_report(
            ef,
            buffer,
            options=options,
            branding=branding,
            translate=translate,
            progress=progress,
            cancelled=cancelled,
        )
    elif kind is Attach.PROCEEDINGS:
        write_proceedings(
            ef,
            buffer,
            smaller=options.smaller_photos,
            translate=translate,
            progress=progress,
            cancelled=cancelled,
        )
    else:
        write_community_map(ef, buffer, "pdf", translate)
    return buffer.getvalue()


def compose_draft(
    ef: EventFile,
    attachments: Sequence[tuple[str, bytes]],
    branding: Branding | None = None,
    when: dt.datetime | None = None,
) -> bytes:
    """The .eml bytes: to the client, subject and body from the event's template."""
    from email import policy

    from cafedesk.domain.email_draft import EmailTemplate
    from cafedesk.exports.eml import Attachment, build_message, looks_like_email
    from cafedesk.exports.pdf_style import format_dates

    event = get_event(ef)
    template: EmailTemplate = get_email_template(ef)
    brand = branding or Branding()
    facilitator = event.facilitator or brand.facilitator
    values = {
        "event": event.title,
        "client": event.client_name,
        "facilitator": facilitator,
        "dates": format_dates(event.start_date, event.end_date, paper_translate_for(ef)),
        "contact": brand.contact,
    }
    message = build_message(
        to_email=event.client_email,
        to_name=event.client_name,
        from_email=brand.contact if looks_like_email(brand.contact) else "",
        from_name=facilitator,
        subject=fill(template.subject, values),
        body=fill(template.body, values),
        attachments=[Attachment(name, data) for name, data in attachments],
        when=when,
    )
    return message.as_bytes(policy=policy.SMTP)


def write_email_draft(
    ef: EventFile,
    target: Path,
    kinds: Sequence[Attach],
    *,
    options: ReportOptions = ReportOptions(),  # noqa: B008 - frozen, never changed
    branding: Branding | None = None,
    translate: Translate = identity,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DraftResult:
    """Make the chosen PDFs and write the draft to ``target`` (a folder: the outbox, or a
    file name); returns where it went and how large it is. ``translate`` is the interface's,
    for the progress; the attachments and their names speak the event's paper language."""
    from cafedesk.exports.eml import draft_name, free_path
    from cafedesk.exports.output import atomic_output

    paper_words = paper_translate_for(ef)
    names = attachment_names(ef, kinds, paper_words)
    made: list[tuple[str, bytes]] = []
    for index, (kind, name) in enumerate(zip(kinds, names, strict=True)):
        check_cancel(cancelled)
        share = index / max(1, len(kinds))

        def part(fraction: float, text: str, share: float = share, name: str = name) -> None:
            if progress is not None:
                label = text or translate(MAKING).format(name=name)
                progress(share + fraction / max(1, len(kinds)) * 0.95, label)

        made.append((name, _attachment(ef, kind, options, branding, paper_words, part, cancelled)))
    check_cancel(cancelled)
    when = dt.datetime.now().replace(microsecond=0)
    data = compose_draft(ef, made, branding, when)
    if target.is_dir() or not target.suffix:
        target.mkdir(parents=True, exist_ok=True)
        target = free_path(target, draft_name(get_event(ef).title, when))
    with atomic_output(target) as handle:
        handle.write(data)
    if progress is not None:
        progress(1.0, "")
    return DraftResult(target, len(data), tuple((name, len(pdf)) for name, pdf in made))
