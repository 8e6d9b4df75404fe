"""The client report's own texts (executive summary, email template) and its data bundle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select

from cafedesk.domain.cafe import CafeSnapshot
from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.client_report import Attendance, ClientReportData, KeyFigures, ReportOptions
from cafedesk.domain.community import CommunityGraph, community_graph, group_sizes, meetings
from cafedesk.domain.email_draft import EmailTemplate, default_template
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import Method
from cafedesk.domain.notes import Branding, ProceedingsData, ReportStatus
from cafedesk.domain.validation import clean_text
from cafedesk.services.action_plans import callers, list_plans
from cafedesk.services.base import Done
from cafedesk.services.cafe import load_cafe
from cafedesk.services.convergence import ranking
from cafedesk.services.event import get_event
from cafedesk.services.proceedings import proceedings_data
from cafedesk.store.eventfile import EventFile
from cafedesk.store.rows import TopicSignupRow
from cafedesk.store.rows_notes import AssetRow, PhotoRow

SUMMARY = "executive_summary"
EMAIL_SUBJECT = "email_subject"
EMAIL_BODY = "email_body"
CAFES = (Method.WORLD_CAFE, Method.PRO_ACTION_CAFE)
TABLE = QT_TRANSLATE_NOOP("cafedesk", "Table {table}")
CHART_BARS = 15  # the attendance chart shows at most this many sessions or tables
DEFAULT_OPTIONS = ReportOptions()


def _get_text(ef: EventFile, name: str) -> str | None:
    with ef.read() as session:
        row = session.get(AssetRow, name)
        return row.text_value if row is not None else None


def _put_text(ef: EventFile, name: str, text: str | None) -> str | None:
    """Store (or with None remove) a named text; returns the one before."""
    with ef.write() as session:
        row = session.get(AssetRow, name)
        before = row.text_value if row is not None else None
        if text is None:
            if row is not None:
                session.delete(row)
            return before
        if row is None:
            row = AssetRow(name=name, media_type="text/plain")
            session.add(row)
        row.text_value = text
    return before


def get_summary(ef: EventFile) -> str:
    return _get_text(ef, SUMMARY) or ""


def set_summary(ef: EventFile, text: str) -> Done[str]:
    """The executive summary as typed (plain text); returns the one before."""
    clean = clean_text(text)
    before = _put_text(ef, SUMMARY, clean) or ""
    return Done(before, Changes.of(Part.CLIENT_REPORT))


def get_email_template(ef: EventFile) -> EmailTemplate:
    """The event's template; the default in the event's language until it is edited."""
    default = default_template(get_event(ef).language)
    subject = _get_text(ef, EMAIL_SUBJECT)
    body = _get_text(ef, EMAIL_BODY)
    return EmailTemplate(
        default.subject if subject is None else subject, default.body if body is None else body
    )


def set_email_template(ef: EventFile, template: EmailTemplate | None) -> Done[EmailTemplate]:
    """Store the template (None: back to the default); returns the one before."""
    before = get_email_template(ef)
    if template is None:
        _put_text(ef, EMAIL_SUBJECT, None)
        _put_text(ef, EMAIL_BODY, None)
    else:
        _put_text(ef, EMAIL_SUBJECT, " ".join(template.subject.split()))
        _put_text(ef, EMAIL_BODY, clean_text(template.body))
    return Done(before, Changes.of(Part.CLIENT_REPORT))


# --- the bundle the PDF is made from ---------------------------------------------------
def _signups(ef: EventFile) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    with ef.read() as session:
        for topic_id, person_id in session.execute(
            select(TopicSignupRow.topic_id, TopicSignupRow.participant_id)
        ):
            found.setdefault(int(topic_id), set()).add(int(person_id))
    return found


def photo_total(ef: EventFile) -> int:
    with ef.read() as session:
        return int(session.scalar(select(func.count(PhotoRow.id))) or 0)


def session_gatherings(book: ProceedingsData, signups: dict[int, set[int]]) -> list[set[int]]:
    """Who was in each session: convenors, sign-ups and the people the report names."""
    gatherings = []
    for topic in book.snapshot.topics:
        people = set(topic.convenor_ids) | signups.get(topic.id, set())
        report = book.reports.get(topic.id)
        if report is not None:
            people |= set(report.participant_ids)
        if len(people) > 1:
            gatherings.append(people)
    return gatherings


def table_gatherings(cafe: CafeSnapshot) -> list[tuple[int, ...]]:
    return [people for by_table in cafe.plan.seats.values() for people in by_table.values()]


def _session_attendance(book: ProceedingsData, signups: dict[int, set[int]]) -> list[Attendance]:
    bars = []
    for topic in book.snapshot.topics:
        report = book.reports.get(topic.id)
        if report is not None and report.attendance:
            count = report.attendance
        else:
            count = topic.tally if topic.tally is not None else len(signups.get(topic.id, ()))
        if topic.placed and count:
            bars.append(Attendance(f"{topic.number} · {' '.join(topic.title.split())}", count))
    return bars


def _table_attendance(cafe: CafeSnapshot, translate: Translate) -> list[Attendance]:
    bars = []
    for table in cafe.tables:
        visitors = {p for by_table in cafe.plan.seats.values() for p in by_table.get(table.id, ())}
        if visitors:
            bars.append(Attendance(translate(TABLE).format(table=table.label), len(visitors)))
    return bars


def _largest(bars: Iterable[Attendance]) -> list[Attendance]:
    return sorted(bars, key=lambda b: -b.count)[:CHART_BARS]


def client_report_data(
    ef: EventFile,
    branding: Branding | None = None,
    options: ReportOptions = DEFAULT_OPTIONS,
    translate: Translate = identity,
    today: dt.date | None = None,
) -> ClientReportData:
    """Everything the report prints; ``branding`` brings the facilitator's preferences."""
    book = proceedings_data(ef, today)
    if branding is not None:
        stored = book.branding
        book = ProceedingsData(
            book.snapshot,
            book.reports,
            book.photos,
            book.load_photo,
            Branding(
                book.snapshot.event.facilitator or branding.facilitator,
                stored.organisation or branding.organisation,
                stored.logo,
                branding.accent,
                branding.contact,
            ),
            book.generated,
        )
    snap = book.snapshot
    plans = tuple(list_plans(ef))
    ranked = tuple(ranking(ef, list(snap.topics)))
    cafe: CafeSnapshot | None = None
    projects: dict[int, str] = {}
    names = {p.id: p.name for p in snap.participants}
    if snap.event.method in CAFES:
        cafe = load_cafe(ef)
        gatherings: list[Iterable[int]] = list(table_gatherings(cafe))
        bars = _table_attendance(cafe, translate)
        figures = KeyFigures(
            participants=len(snap.participants),
            groups=tuple(group_sizes(snap.participants)),
            photos=photo_total(ef),
            tables=len(cafe.tables),
            rounds=len(cafe.rounds),
            encounters=len(meetings(gatherings)),
            actions=len(plans),
        )
        for caller in callers(ef):
            name = names.get(caller.participant_id, "")
            projects[caller.id] = f"{name}: {caller.question}" if caller.question else name
    else:
        signups = _signups(ef)
        gatherings = list(session_gatherings(book, signups))
        bars = _session_attendance(book, signups)
        figures = KeyFigures(
            participants=len(snap.participants),
            groups=tuple(group_sizes(snap.participants)),
            sessions=sum(1 for t in snap.topics if t.placed),
            reports=sum(1 for r in book.reports.values() if r.status is not ReportStatus.MISSING),
            photos=photo_total(ef),
            dots=sum(r.votes for r in ranked),
            actions=len(plans),
        )
    community: CommunityGraph | None = None
    if options.with_map:
        community = community_graph(snap.participants, gatherings)
    return ClientReportData(
        book=book,
        figures=figures,
        summary=get_summary(ef),
        ranking=ranked,
        plans=plans,
        attendance=tuple(_largest(bars)),
        attendance_total=len(bars),
        cafe=cafe,
        caller_projects=projects,
        community=community,
        options=options,
    )


def community(ef: EventFile) -> CommunityGraph:
    """Who met whom, from sign-ups and reports (Open Space) or the seating (cafés)."""
    snap_method = get_event(ef).method
    if snap_method in CAFES:
        book = proceedings_data(ef)
        return community_graph(book.snapshot.participants, table_gatherings(load_cafe(ef)))
    book = proceedings_data(ef)
    return community_graph(book.snapshot.participants, session_gatherings(book, _signups(ef)))
