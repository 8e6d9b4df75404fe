"""One session's report as flowables; the book and the single report both print these."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate
from cafedesk.domain.model import EventSnapshot, Participant, Space, TimeSlot, Topic
from cafedesk.domain.notes import FollowUp, Photo, ProceedingsData, ReportStatus, SessionReport
from cafedesk.exports.pdf_doc import OutlineMark, lead_in, marked
from cafedesk.exports.pdf_style import (
    ACCENT,
    BAND,
    RULE,
    Geometry,
    format_date,
    grid_commands,
    grid_table,
    label_para,
    para,
    styles,
    table_style,
    widen_for,
)
from cafedesk.exports.photos import PhotoContext, photo_story
from cafedesk.exports.text import para_text

# The marketplace number: sessions are printed in agenda order, so the number says which
# topic it was, not where it comes in the book.
SESSION = QT_TRANSLATE_NOOP("cafedesk", "No. {number}")
NOT_ON_AGENDA = QT_TRANSLATE_NOOP("cafedesk", "not on the agenda")
CONVENED_BY = QT_TRANSLATE_NOOP("cafedesk", "Convened by")
ATTENDANCE = QT_TRANSLATE_NOOP("cafedesk", "Attendance")
PARTICIPANTS = QT_TRANSLATE_NOOP("cafedesk", "Participants")
SUMMARY = QT_TRANSLATE_NOOP("cafedesk", "Summary of the discussion")
KEY_POINTS = QT_TRANSLATE_NOOP("cafedesk", "Key points")
RECOMMENDATIONS = QT_TRANSLATE_NOOP("cafedesk", "Recommendations")
FOLLOW_UPS = QT_TRANSLATE_NOOP("cafedesk", "Follow-up actions")
RESOURCES = QT_TRANSLATE_NOOP("cafedesk", "Resources and requests")
PHOTOS = QT_TRANSLATE_NOOP("cafedesk", "Photos")
NO_REPORT = QT_TRANSLATE_NOOP("cafedesk", "No report was handed in for this session.")
WITHOUT_REPORT = QT_TRANSLATE_NOOP("cafedesk", "Sessions without a report")
NONE_HANDED_IN = QT_TRANSLATE_NOOP(
    "cafedesk", "No report or photo was handed in for these sessions of the agenda."
)
WHERE = QT_TRANSLATE_NOOP("cafedesk", "Where")
TOPIC = QT_TRANSLATE_NOOP("cafedesk", "Session")
DRAFT = QT_TRANSLATE_NOOP("cafedesk", "Draft — not yet confirmed by the convenor")
WHAT = QT_TRANSLATE_NOOP("cafedesk", "What")
WHO = QT_TRANSLATE_NOOP("cafedesk", "Who")
BY_WHEN = QT_TRANSLATE_NOOP("cafedesk", "By when")
_BULLET = re.compile(r"^\s*(?:[-•*–·]|\d{1,2}[.)])\s+")


@dataclass(frozen=True)
class Lookup:
    """Ids to things, built once per document."""

    participants: dict[int, Participant]
    spaces: dict[int, Space]
    slots: dict[int, TimeSlot]

    @staticmethod
    def of(snapshot: EventSnapshot) -> Lookup:
        return Lookup(
            {p.id: p for p in snapshot.participants},
            {s.id: s for s in snapshot.spaces},
            {s.id: s for s in snapshot.slots},
        )

    def names(self, ids: Sequence[int]) -> list[str]:
        return [self.participants[i].name for i in ids if i in self.participants]


def outline_key(topic: Topic) -> str:
    return f"topic-{topic.id}"


def outline_title(topic: Topic) -> str:
    return f"{topic.number}. {' '.join(topic.title.split())}"


def slot_title(slot: TimeSlot, translate: Translate, with_day: bool) -> str:
    """A time slot as the contents group it: "10:30–11:45 · Session 1"."""
    parts = [format_date(slot.day, translate)] if with_day else []
    parts.append(f"{slot.start:%H:%M}–{slot.end:%H:%M}")
    if slot.label.strip():
        parts.append(" ".join(slot.label.split()))
    return "  ·  ".join(parts)


def where_and_when(topic: Topic, lookup: Lookup, translate: Translate) -> str:
    parts = [translate(SESSION).format(number=topic.number)]
    slot = lookup.slots.get(topic.slot_id) if topic.slot_id is not None else None
    space = lookup.spaces.get(topic.space_id) if topic.space_id is not None else None
    if slot is not None:
        parts.append(slot_title(slot, translate, with_day=True))
    if space is not None:
        parts.append(space.name)
    if slot is None and space is None:
        parts.append(translate(NOT_ON_AGENDA))
    return "  ·  ".join(parts)


def session_story(
    data: ProceedingsData,
    topic: Topic,
    lookup: Lookup,
    translate: Translate,
    geo: Geometry,
    photo_context: PhotoContext,
    outline_level: int = 1,
) -> list[Flowable]:
    st = styles()
    report = data.reports.get(topic.id)
    space = lookup.spaces.get(topic.space_id) if topic.space_id is not None else None
    title = para(topic.title, st.h1)
    title.keepWithNext = 1  # with the first lines of the facts below it
    heading = marked(
        title,
        OutlineMark(
            outline_key(topic),
            outline_title(topic),
            level=outline_level,
            detail=space.name if space is not None else "",
        ),
    )
    story: list[Flowable] = [
        lead_in(para(where_and_when(topic, lookup, translate), st.kicker)),  # kept with it
        heading,
        _facts(topic, report, lookup, translate, geo.frame_width),
    ]
    has_text = report is not None and any(
        (report.summary, report.key_points, report.recommendations, report.resources)
    )
    if report is None or (report.status == ReportStatus.MISSING and not has_text):
        story.append(label_para(translate(NO_REPORT), st.notice))
    else:
        if report.status == ReportStatus.DRAFT:
            story.append(label_para(translate(DRAFT), st.muted))
        story += _section(translate(SUMMARY), report.summary, bullets=False)
        story += _section(translate(KEY_POINTS), report.key_points, bullets=True)
        story += _section(translate(RECOMMENDATIONS), report.recommendations, bullets=True)
        if report.follow_ups:
            story.append(label_para(translate(FOLLOW_UPS), st.h3))
            story.append(_follow_ups(report.follow_ups, translate, geo.frame_width))
        story += _section(translate(RESOURCES), report.resources, bullets=True)
    photos: Sequence[Photo] = data.photos.get(topic.id, ())
    if photos:
        story += photo_story(
            photos, photo_context, geo.frame_width, geo.frame_height, translate(PHOTOS)
        )
    return story


def _facts(
    topic: Topic,
    report: SessionReport | None,
    lookup: Lookup,
    translate: Translate,
    width: float,
) -> Table:
    st = styles()
    rows: list[tuple[str, str]] = []
    convenors = lookup.names(topic.convenor_ids)
    if convenors:
        rows.append((translate(CONVENED_BY), ", ".join(convenors)))
    if report is not None:
        names = lookup.names(report.participant_ids)
        if report.attendance:
            rows.append((translate(ATTENDANCE), str(report.attendance)))
        if names:
            rows.append((translate(PARTICIPANTS), ", ".join(names)))
    if not rows:
        return Table([[""]], colWidths=[width], rowHeights=[4])
    label_width = 92.0
    table = Table(
        [[Paragraph(para_text(label), st.label), para(value, st.body)] for label, value in rows],
        colWidths=[label_width, width - label_width],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
            ]
        )
    )
    table.spaceAfter = 6
    return table


def _section(title: str, text: str, *, bullets: bool) -> list[Flowable]:
    """A heading and the text; several lines become a bullet list, blank lines paragraphs."""
    text = text.strip()
    if not text:
        return []
    st = styles()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body: list[Flowable] = []
    if bullets and len(lines) > 1:
        body = [
            Paragraph(para_text(_BULLET.sub("", line)), st.bullet, bulletText="•") for line in lines
        ]
    else:
        body = [para(chunk.strip(), st.body) for chunk in re.split(r"\n\s*\n", text)]
    return [label_para(title, st.h3), *body, Spacer(1, 2)]


def follow_up_rows(items: Sequence[FollowUp], translate: Translate) -> list[list[str]]:
    return [
        [item.what, item.who, format_date(item.due, translate, False) if item.due else ""]
        for item in items
    ]


def _follow_ups(items: Sequence[FollowUp], translate: Translate, width: float) -> Table:
    rows = follow_up_rows(items, translate)
    header = [translate(WHAT), translate(WHO), translate(BY_WHEN)]
    widths = [width * 0.58, width * 0.24, width * 0.18]
    dates = [row[2] for row in rows]
    widths = widen_for(widths, 2, dates, styles().cell)
    return grid_table(header, rows, widen_for(widths, 2, [header[2]], styles().cell_head))


def without_report_story(
    topics: Sequence[Topic], lookup: Lookup, translate: Translate, width: float
) -> list[Flowable]:
    """The sessions nothing came back from, as one table grouped by time slot (a band with
    the slot, then room, session and convenors), so that 300 of them stay a few pages."""
    st = styles()
    with_day = len({slot.day for slot in lookup.slots.values()}) > 1
    head = [translate(WHERE), translate(TOPIC), translate(CONVENED_BY)]
    rows: list[list[object]] = [[Paragraph(para_text(text), st.cell_head) for text in head]]
    commands = grid_commands()
    band = st.cell.clone("without-band", fontName=st.label.fontName, textColor=ACCENT)
    group: object = ()
    for topic in topics:
        if topic.slot_id != group:
            group = topic.slot_id
            slot = lookup.slots.get(topic.slot_id) if topic.slot_id is not None else None
            title = slot_title(slot, translate, with_day) if slot else translate(NOT_ON_AGENDA)
            index = len(rows)
            rows.append([Paragraph(para_text(title), band), "", ""])
            commands += [
                ("SPAN", (0, index), (-1, index)),
                ("BACKGROUND", (0, index), (-1, index), BAND),
            ]
        space = lookup.spaces.get(topic.space_id) if topic.space_id is not None else None
        rows.append(
            [
                para(space.name if space is not None else "", st.cell),
                para(outline_title(topic), st.cell),
                para(", ".join(lookup.names(topic.convenor_ids)), st.cell),
            ]
        )
    table = Table(
        rows, colWidths=[width * 0.22, width * 0.5, width * 0.28], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(table_style(commands))
    return [label_para(translate(NONE_HANDED_IN), st.body), table]
