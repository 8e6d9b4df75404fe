"""The book of proceedings: cover, contents, agenda, every session's report, people, actions."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image as PilImage
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import METHOD_LABELS, PaperSize, Topic
from cafedesk.domain.notes import ProceedingsData, ReportStatus
from cafedesk.exports.agenda_table import agenda_order, agenda_story
from cafedesk.exports.contents import Contents
from cafedesk.exports.output import Cancelled, Progress, atomic_output, check_cancel
from cafedesk.exports.pdf_doc import Anchor, CafedeskDoc, Masthead, OutlineMark, PageCount, marked
from cafedesk.exports.pdf_style import (
    RULE,
    facts_table,
    format_date,
    format_dates,
    grid_table,
    label_para,
    para,
    styles,
)
from cafedesk.exports.photos import PhotoContext
from cafedesk.exports.report_blocks import (
    BY_WHEN,
    FOLLOW_UPS,
    NOT_ON_AGENDA,
    PARTICIPANTS,
    WHAT,
    WHO,
    WITHOUT_REPORT,
    Lookup,
    follow_up_rows,
    session_story,
    slot_title,
    without_report_story,
)
from cafedesk.exports.text import para_text

BOOK = QT_TRANSLATE_NOOP("cafedesk", "Book of proceedings")
CONTENTS = QT_TRANSLATE_NOOP("cafedesk", "Contents")
AGENDA = QT_TRANSLATE_NOOP("cafedesk", "Agenda")
SESSION_REPORTS = QT_TRANSLATE_NOOP("cafedesk", "Session reports")
DATES = QT_TRANSLATE_NOOP("cafedesk", "Dates")
VENUE = QT_TRANSLATE_NOOP("cafedesk", "Venue")
CLIENT = QT_TRANSLATE_NOOP("cafedesk", "Prepared for")
FACILITATION = QT_TRANSLATE_NOOP("cafedesk", "Facilitation")
SESSION = QT_TRANSLATE_NOOP("cafedesk", "Session")
NAME = QT_TRANSLATE_NOOP("cafedesk", "Name")
ORGANISATION = QT_TRANSLATE_NOOP("cafedesk", "Organisation")
GROUP = QT_TRANSLATE_NOOP("cafedesk", "Group")
NO_FOLLOW_UPS = QT_TRANSLATE_NOOP("cafedesk", "No follow-up actions were recorded.")
NO_PARTICIPANTS = QT_TRANSLATE_NOOP("cafedesk", "No participants were recorded.")
WRITING = QT_TRANSLATE_NOOP("cafedesk", "Writing session {number} of {count}")
PRINTED = QT_TRANSLATE_NOOP("cafedesk", "Printed on {date}")
SHORT_LIST = 40  # up to this many participants print as a table, more in two columns


@dataclass(frozen=True)
class BookInfo:
    pages: int
    sessions: int
    photos: int


def handed_in(data: ProceedingsData, topic: Topic) -> bool:
    """Whether anything came back from this session: a report or a photo."""
    report = data.reports.get(topic.id)
    return bool(data.photos.get(topic.id)) or (
        report is not None and report.status != ReportStatus.MISSING
    )


def book_topics(data: ProceedingsData) -> list[Topic]:
    """Sessions on the agenda, in agenda order; unplaced ones only if something was handed in."""
    return [t for t in agenda_order(data.snapshot) if t.placed or handed_in(data, t)]


def masthead(data: ProceedingsData, translate: Translate = identity) -> Masthead:
    event = data.snapshot.event
    note = ""
    if data.generated is not None:
        note = translate(PRINTED).format(date=format_date(data.generated, translate, False))
    return Masthead(
        event_title=event.title,
        facilitator=data.branding.facilitator or event.facilitator,
        logo=data.branding.logo,
        cover_note=note,
    )


def build_proceedings(
    data: ProceedingsData,
    out: BinaryIO | Path,
    *,
    paper: PaperSize,
    translate: Translate = identity,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BookInfo:
    """Write the book to ``out`` (all or nothing); raises ExportCancelled on cancel."""
    check_cancel(cancelled)
    topics = book_topics(data)
    photo_count = sum(len(data.photos.get(t.id, ())) for t in topics)
    reached = [0.0]

    def checkpoint(index: Any) -> None:
        check_cancel(cancelled)
        if progress is None:
            return
        # Usually two passes (page numbers, then the final one); progress never goes back.
        share = (doc.build_pass - 1 + (index + 1) / max(1, len(topics))) / 2
        reached[0] = max(reached[0], min(0.98, share))
        text = translate(WRITING).format(number=index + 1, count=len(topics))
        progress(reached[0], text)

    with atomic_output(out) as handle:
        doc = CafedeskDoc(
            handle,
            paper=paper,
            masthead=masthead(data, translate),
            translate=translate,
            lang=data.snapshot.event.language,
            title=f"{data.snapshot.event.title} — {translate(BOOK)}",
            on_checkpoint=checkpoint,
        )
        story = _story(data, topics, doc, translate)
        doc.multiBuild(story)
        pages = doc.total_pages or doc.page
    if progress is not None:
        progress(1.0, "")
    return BookInfo(pages=pages, sessions=len(topics), photos=photo_count)


def _story(
    data: ProceedingsData, topics: list[Topic], doc: CafedeskDoc, translate: Translate
) -> list[Flowable]:
    st = styles()
    portrait = doc.portrait_geometry
    toc = Contents()
    contents = marked(
        label_para(translate(CONTENTS), st.h1),
        OutlineMark("contents", translate(CONTENTS), toc=False),
    )
    story: list[Flowable] = [PageCount(doc), *_cover(data, translate, portrait.frame_width)]
    story += [NextPageTemplate("portrait"), PageBreak(), contents]
    story += [toc, NextPageTemplate("landscape"), PageBreak()]
    story += book_body(data, topics, doc, translate)
    seed_contents(toc, story)
    return story


def book_body(
    data: ProceedingsData,
    topics: list[Topic],
    doc: CafedeskDoc,
    translate: Translate,
    level: int = 0,
    key: str = "",
) -> list[Flowable]:
    """Agenda, session reports, participants and follow-ups, starting on a landscape page.

    ``level`` and ``key`` let another document bind the book in as an appendix:
    its sections one level down in the outline, with their own bookmark names.
    """
    st = styles()
    portrait, wide = doc.portrait_geometry, doc.wide_geometry
    lookup = Lookup.of(data.snapshot)
    photo_context = PhotoContext(data.load_photo, lambda: doc.build_pass <= 1, translate)

    def section(title: str, name: str) -> Flowable:
        return marked(label_para(title, st.h1), OutlineMark(key + name, title, level))

    story: list[Flowable] = [section(translate(AGENDA), "agenda")]
    story += agenda_story(data.snapshot, translate, wide)
    story += [NextPageTemplate("portrait"), PageBreak()]
    reported = [t for t in topics if handed_in(data, t)]
    if reported:
        story.append(Anchor(OutlineMark(key + "sessions", translate(SESSION_REPORTS), level)))
    with_day = len({slot.day for slot in data.snapshot.slots}) > 1
    group: object = None
    for index, topic in enumerate(reported):
        story.append(Anchor(checkpoint=index))
        if topic.slot_id != group:  # the contents group sessions by their time slot
            group = topic.slot_id
            slot = lookup.slots.get(topic.slot_id) if topic.slot_id is not None else None
            title = slot_title(slot, translate, with_day) if slot else translate(NOT_ON_AGENDA)
            story.append(Anchor(OutlineMark(f"{key}slot-{group}", title, level + 1)))
        story += session_story(data, topic, lookup, translate, portrait, photo_context, level + 2)
        story.append(PageBreak())
    unreported = [t for t in topics if t not in reported]
    if unreported:  # one compact list instead of a page per missing report
        story += [section(translate(WITHOUT_REPORT), "without-report")]
        story += without_report_story(unreported, lookup, translate, portrait.frame_width)
        story.append(PageBreak())
    people = _participants(data, translate, portrait.frame_width)
    if len(people) > 1:  # a long list flows in two columns
        story[-1:] = [NextPageTemplate("columns"), PageBreak()]
    story += [section(translate(PARTICIPANTS), "participants"), *people]
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += [section(translate(FOLLOW_UPS), "follow-ups")]
    story += _all_follow_ups(data, topics, translate, portrait.frame_width)
    return story


def seed_contents(toc: TableOfContents, story: list[Flowable]) -> None:
    """Give the contents every entry up front, so that the first pass already has its
    final length and two passes are enough (the second one prints the photos)."""
    for flowable in story:
        mark = getattr(flowable, "cafedesk_outline", None)
        if mark is not None and mark.toc:
            toc.addEntry(mark.level, mark.toc_text, 999, mark.key)


def _cover(data: ProceedingsData, translate: Translate, width: float) -> list[Flowable]:
    st = styles()
    event = data.snapshot.event
    story: list[Flowable] = []
    logo = logo_image(data.branding.logo, max_width=150, max_height=64)
    story += [logo] if logo is not None else [Spacer(1, 64)]
    story.append(Spacer(1, 120))
    kicker = f"{translate(BOOK)}  ·  {translate(METHOD_LABELS[event.method])}"
    story.append(label_para(kicker.upper(), st.kicker))
    story.append(Spacer(1, 8))
    story.append(para(event.title, st.cover_title))
    if event.theme.strip():
        story.append(para(event.theme, st.cover_theme))
    story.append(HRFlowable(width="100%", thickness=0.8, color=RULE, spaceAfter=14))
    facilitation = ", ".join(
        part
        for part in (data.branding.facilitator or event.facilitator, data.branding.organisation)
        if part.strip()
    )
    facts = [
        (translate(DATES), format_dates(event.start_date, event.end_date, translate)),
        (translate(VENUE), event.venue),
        (translate(CLIENT), event.client_name),
        (translate(FACILITATION), facilitation),
    ]
    table = facts_table(facts, width, rule_below=False)
    if table is not None:
        story.append(table)
    return story


def logo_image(logo: bytes | None, max_width: float, max_height: float) -> Image | None:
    if not logo:
        return None
    try:
        with PilImage.open(io.BytesIO(logo)) as image:
            pixel_w, pixel_h = image.size
    except Exception:  # a broken logo must not stop the book
        return None
    scale = min(max_width / pixel_w, max_height / pixel_h)
    flowable = Image(io.BytesIO(logo), width=pixel_w * scale, height=pixel_h * scale)
    flowable.hAlign = "LEFT"
    return flowable


def _participants(data: ProceedingsData, translate: Translate, width: float) -> list[Flowable]:
    st = styles()
    people = sorted(data.snapshot.participants, key=lambda p: (p.name.casefold(), p.id))
    if not people:
        return [label_para(translate(NO_PARTICIPANTS), st.notice)]
    if len(people) <= SHORT_LIST:
        rows = [[p.name, p.organisation, p.group] for p in people]
        headers = [translate(NAME), translate(ORGANISATION), translate(GROUP)]
        return [grid_table(headers, rows, [width * 0.38, width * 0.42, width * 0.2])]
    entry = st.cell.clone("participant", spaceAfter=3, leading=10.5)
    items: list[Flowable] = []
    for person in people:
        extra = "  ·  ".join(x for x in (person.organisation, person.group) if x.strip())
        text = f"<b>{para_text(person.name)}</b>"
        if extra:
            text += f'<font color="#5d6a72">  {para_text(extra)}</font>'
        items.append(Paragraph(text, entry))
    return items


def _all_follow_ups(
    data: ProceedingsData, topics: list[Topic], translate: Translate, width: float
) -> list[Flowable]:
    rows: list[list[str]] = []
    for topic in topics:
        report = data.reports.get(topic.id)
        if report is None:
            continue
        session = f"{topic.number}. {topic.title}"
        for index, row in enumerate(follow_up_rows(report.follow_ups, translate)):
            rows.append([session if index == 0 else "", *row])  # the session once per group
    if not rows:
        return [label_para(translate(NO_FOLLOW_UPS), styles().notice)]
    headers = [translate(SESSION), translate(WHAT), translate(WHO), translate(BY_WHEN)]
    return [grid_table(headers, rows, [width * 0.3, width * 0.38, width * 0.18, width * 0.14])]
