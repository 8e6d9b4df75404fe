"""The client report: cover, contents, executive summary, key figures with charts, priorities,
action plan, the harvest (cafés), the community map and, if asked for, the book of
proceedings as an appendix that continues the page numbers and shares the contents."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from cafedesk.domain.client_report import ClientReportData
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import METHOD_LABELS, PaperSize
from cafedesk.exports.client_report_parts import (
    Look,
    actions_story,
    figures_story,
    harvest_story,
    priorities_story,
    summary_story,
)
from cafedesk.exports.contents import Contents
from cafedesk.exports.output import Cancelled, Progress, atomic_output, check_cancel
from cafedesk.exports.pdf_doc import (
    Anchor,
    CafedeskDoc,
    Masthead,
    OutlineMark,
    PageCount,
    accent_colour,
    marked,
)
from cafedesk.exports.pdf_style import (
    facts_table,
    format_date,
    format_dates,
    label_para,
    para,
)
from cafedesk.exports.proceedings import book_body, book_topics, logo_image, seed_contents

_T = QT_TRANSLATE_NOOP
REPORT = _T("cafedesk", "Report")
CONTENTS = _T("cafedesk", "Contents")
SUMMARY = _T("cafedesk", "Executive summary")
FIGURES = _T("cafedesk", "The event in figures")
PRIORITIES = _T("cafedesk", "Priorities")
ACTIONS = _T("cafedesk", "Action plan")
HARVEST = _T("cafedesk", "Harvest")
MAP = _T("cafedesk", "Community map")
APPENDIX = _T("cafedesk", "Appendix: book of proceedings")
DATES = _T("cafedesk", "Dates")
VENUE = _T("cafedesk", "Venue")
CLIENT = _T("cafedesk", "Prepared for")
FACILITATION = _T("cafedesk", "Facilitation")
CONTACT = _T("cafedesk", "Contact")
PREPARED = _T("cafedesk", "Prepared on {date}")
WRITING = _T("cafedesk", "Writing session {number} of {count}")
LAYING_OUT = _T("cafedesk", "Laying out the community map")


@dataclass(frozen=True)
class ReportInfo:
    pages: int
    appendix_sessions: int
    photos: int


def masthead(data: ClientReportData, translate: Translate) -> Masthead:
    brand, event = data.book.branding, data.book.snapshot.event
    note = ""
    if data.generated is not None:
        note = translate(PREPARED).format(date=format_date(data.generated, translate, False))
    return Masthead(
        event_title=event.title,
        facilitator=brand.facilitator or event.facilitator,
        logo=brand.logo,
        cover_note=note,
        accent=brand.accent,
        contact=brand.contact,
    )


def build_client_report(
    data: ClientReportData,
    out: BinaryIO | Path,
    *,
    paper: PaperSize,
    translate: Translate = identity,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportInfo:
    """Write the report to ``out`` (all or nothing); raises ExportCancelled on cancel."""
    check_cancel(cancelled)
    appendix = data.options.with_proceedings and data.cafe is None
    topics = book_topics(data.book) if appendix else []
    photos = sum(len(data.book.photos.get(t.id, ())) for t in topics)
    reached = [0.0]

    def report(share: float, text: str) -> None:
        if progress is not None:
            reached[0] = max(reached[0], min(0.98, share))
            progress(reached[0], text)

    def checkpoint(index: Any) -> None:
        check_cancel(cancelled)
        share = 0.1 + 0.9 * (doc.build_pass - 1 + (index + 1) / max(1, len(topics))) / 2
        report(share, translate(WRITING).format(number=index + 1, count=len(topics)))

    report(0.02, translate(LAYING_OUT) if data.community is not None else "")
    with atomic_output(out) as handle:
        doc = CafedeskDoc(
            handle,
            paper=paper,
            masthead=masthead(data, translate),
            translate=translate,
            lang=data.book.snapshot.event.language,
            title=f"{data.book.snapshot.event.title} — {translate(REPORT)}",
            on_checkpoint=checkpoint,
        )
        story = _story(data, topics, doc, translate)
        check_cancel(cancelled)
        doc.multiBuild(story)
        pages = doc.total_pages or doc.page
    if progress is not None:
        progress(1.0, "")
    return ReportInfo(pages=pages, appendix_sessions=len(topics), photos=photos)


def _story(
    data: ClientReportData, topics: list[Any], doc: CafedeskDoc, translate: Translate
) -> list[Flowable]:
    look = Look.of(accent_colour(data.book.branding.accent))
    st = look.st
    width = doc.portrait_geometry.frame_width
    toc = Contents()  # page numbers in their own column, never shrunk

    def section(title: str, key: str) -> Flowable:
        return marked(label_para(title, st.h1), OutlineMark(key, title))

    story: list[Flowable] = [PageCount(doc), *_cover(data, translate, width, look)]
    story += [NextPageTemplate("portrait"), PageBreak(), label_para(translate(CONTENTS), st.h1)]
    story += [toc, PageBreak()]
    if data.summary.strip():
        story += [section(translate(SUMMARY), "summary"), *summary_story(data.summary, look)]
        story.append(PageBreak())
    story += [section(translate(FIGURES), "figures"), *figures_story(data, translate, width, look)]
    if data.cafe is None:
        story += [CondPageBreak(doc.portrait_geometry.frame_height * 0.4)]
        story += [section(translate(PRIORITIES), "priorities")]
        story += priorities_story(data, translate, width, look)
    story += [NextPageTemplate("landscape"), PageBreak(), section(translate(ACTIONS), "actions")]
    story += actions_story(data, translate, doc.wide_geometry.frame_width, look)
    story += [NextPageTemplate("portrait"), PageBreak()]
    if data.cafe is not None:
        story += [section(translate(HARVEST), "harvest"), *harvest_story(data, translate, look)]
        story.append(PageBreak())
    if data.community is not None:
        story += _map(data, translate, width, section(translate(MAP), "map"))
    if topics or (data.options.with_proceedings and data.cafe is None):
        story[-1:] = [NextPageTemplate("landscape"), PageBreak()]
        story.append(Anchor(OutlineMark("appendix", translate(APPENDIX))))
        story += book_body(data.book, topics, doc, translate, level=1, key="book-")
    elif story and isinstance(story[-1], PageBreak):
        story.pop()
    seed_contents(toc, story)
    return story


def _map(
    data: ClientReportData, translate: Translate, width: float, heading: Flowable
) -> list[Flowable]:
    from cafedesk.exports.charts import group_colours
    from cafedesk.exports.community_map import caption, scene
    from cafedesk.exports.community_paint import map_flowables

    assert data.community is not None
    colours = group_colours([g for g, _n in data.figures.groups])
    made = scene(data.community, width, width * 0.92, colours, translate)
    return [
        KeepTogether([heading, *map_flowables(made, caption(made, translate), width)]),
        PageBreak(),
    ]


def _cover(
    data: ClientReportData, translate: Translate, width: float, look: Look
) -> list[Flowable]:
    st = look.st
    event, brand = data.book.snapshot.event, data.book.branding
    story: list[Flowable] = []
    logo = logo_image(brand.logo, max_width=150, max_height=64)
    story += [logo] if logo is not None else [Spacer(1, 64)]
    story.append(Spacer(1, 120))
    kicker = f"{translate(REPORT)}  ·  {translate(METHOD_LABELS[event.method])}"
    story.append(label_para(kicker.upper(), st.kicker.clone("cover-kicker", textColor=look.accent)))
    story.append(Spacer(1, 8))
    story.append(para(event.title, st.cover_title))
    if event.theme.strip():
        story.append(
            para(event.theme, st.cover_theme.clone("cover-theme-accent", textColor=look.accent))
        )
    story.append(HRFlowable(width="100%", thickness=0.8, color=look.accent, spaceAfter=14))
    facilitation = ", ".join(
        part
        for part in (brand.facilitator or event.facilitator, brand.organisation)
        if part.strip()
    )
    facts = [
        (translate(DATES), format_dates(event.start_date, event.end_date, translate)),
        (translate(VENUE), event.venue),
        (translate(CLIENT), event.client_name),
        (translate(FACILITATION), facilitation),
        (translate(CONTACT), brand.contact),
    ]
    table = facts_table(facts, width, rule_below=True)
    if table is not None:
        story.append(table)
    return story
