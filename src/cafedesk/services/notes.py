"""Session reports: one per topic, stored whole so undo can put back exact values."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import EventSnapshot, Participant, Space, TimeSlot, Topic
from cafedesk.domain.notes import FollowUp, ReportStatus, SessionReport
from cafedesk.domain.validation import clean_name, clean_text
from cafedesk.services.base import Done, next_value, row_or_fail
from cafedesk.services.event import snapshot
from cafedesk.services.participants import clean_participant
from cafedesk.store.eventfile import EventFile
from cafedesk.store.graveyard import Tombstone, bury, revive
from cafedesk.store.mapping import participant_to_row
from cafedesk.store.mapping_notes import report_from_row, report_to_row
from cafedesk.store.rows import ParticipantRow, TopicConvenorRow, TopicRow
from cafedesk.store.rows_notes import PhotoRow, SessionReportRow

TOPIC = QT_TRANSLATE_NOOP("cafedesk", "topic")
PARTS = (Part.REPORTS,)


def get_report(ef: EventFile, topic_id: int) -> SessionReport:
    """The topic's report; an empty one (status missing) when none was written."""
    with ef.read() as session:
        row = session.get(SessionReportRow, topic_id)
        if row is None:
            row_or_fail(session, TopicRow, topic_id, TOPIC)
            return SessionReport(topic_id)
        return report_from_row(row)


def list_reports(ef: EventFile) -> dict[int, SessionReport]:
    with ef.read() as session:
        return {r.topic_id: report_from_row(r) for r in session.scalars(select(SessionReportRow))}


def has_content(report: SessionReport) -> bool:
    texts = (report.summary, report.key_points, report.recommendations, report.resources)
    return (
        any(t.strip() for t in texts)
        or bool(report.follow_ups)
        or bool(report.participant_ids)
        or report.participant_count is not None
    )


def clean_report(report: SessionReport) -> SessionReport:
    if report.participant_count is not None and report.participant_count < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("cafedesk", "The number of participants cannot be negative."),
            field="participant_count",
        )
    report = dataclasses.replace(
        report,
        summary=clean_text(report.summary),
        key_points=clean_text(report.key_points),
        recommendations=clean_text(report.recommendations),
        resources=clean_text(report.resources),
        participant_ids=tuple(dict.fromkeys(report.participant_ids)),
        follow_ups=tuple(
            FollowUp(clean_text(f.what), " ".join(f.who.split()), f.due)
            for f in report.follow_ups
            if f.what.strip() or f.who.strip() or f.due
        ),
    )
    # Something was written, so the report is no longer missing (a value, not a
    # side effect: putting the same report twice stores the same thing).
    if report.status is ReportStatus.MISSING and has_content(report):
        report = dataclasses.replace(report, status=ReportStatus.DRAFT)
    return report


def put_report(
    ef: EventFile,
    report: SessionReport,
    *,
    convenor_ids: Sequence[int] | None = None,
    new_people: Sequence[Participant] = (),
    drop_people: Sequence[int] = (),
) -> Done[SessionReport]:
    """Store the whole report in one transaction.

    ``new_people`` (with ids from ``new_person_ids``) are added first, so a
    name typed on the fly can be a participant or convenor of this report;
    ``convenor_ids`` replaces the topic's convenors; ``drop_people`` removes
    participants again (the undo of ``new_people``).
    """
    report = clean_report(report)
    people = [clean_participant(p) for p in new_people]
    report = dataclasses.replace(report, updated=dt.datetime.now().replace(microsecond=0))
    parts = {Part.REPORTS}
    with ef.write() as session:
        topic = row_or_fail(session, TopicRow, report.topic_id, TOPIC)
        for person in people:
            if session.get(ParticipantRow, person.id) is None:
                person_row = ParticipantRow(id=person.id)
                participant_to_row(person, person_row)
                session.add(person_row)
                parts.add(Part.PARTICIPANTS)
        session.flush()
        if convenor_ids is not None:
            wanted = list(dict.fromkeys(convenor_ids))
            if wanted != [c.participant_id for c in topic.convenors]:
                topic.convenors = [
                    TopicConvenorRow(topic_id=topic.id, participant_id=pid, position=i)
                    for i, pid in enumerate(wanted)
                ]
                parts.add(Part.TOPICS)
        row = session.get(SessionReportRow, report.topic_id)
        if row is None:
            row = SessionReportRow(topic_id=report.topic_id)
            session.add(row)
        report_to_row(report, row)
        if drop_people:
            session.flush()
            session.execute(delete(ParticipantRow).where(ParticipantRow.id.in_(drop_people)))
            session.expire_all()
            parts |= {Part.PARTICIPANTS, Part.TOPICS}
    return Done(report, Changes.of(*parts, ids={report.topic_id}))


def new_person_ids(ef: EventFile, count: int) -> list[int]:
    with ef.read() as session:
        first = next_value(session, ParticipantRow.id)
    return list(range(first, first + count))


def new_people(ef: EventFile, names: Sequence[str]) -> list[Participant]:
    """Participants for names typed on the fly, with the ids they will get (not stored)."""
    clean = [clean_name(n, QT_TRANSLATE_NOOP("cafedesk", "participant")) for n in names]
    ids = new_person_ids(ef, len(clean))
    return [Participant(pid, name) for pid, name in zip(ids, clean, strict=True)]


def set_status(ef: EventFile, topic_id: int, status: ReportStatus) -> Done[SessionReport]:
    return put_report(ef, dataclasses.replace(get_report(ef, topic_id), status=status))


def delete_report(ef: EventFile, topic_id: int) -> Done[Tombstone | None]:
    """Throw the report away (back to missing); None when there was none."""
    with ef.write() as session:
        if session.get(SessionReportRow, topic_id) is None:
            return Done(None, Changes())
        tomb = bury(session, "session_report", {"topic_id": topic_id})
    return Done(tomb, Changes.of(*PARTS, ids={topic_id}))


def restore_report(ef: EventFile, tomb: Tombstone | None) -> Done[None]:
    if tomb is None:
        return Done(None, Changes())
    with ef.write() as session:
        revive(session, tomb)
    ids = {int(values["topic_id"]) for _, values in tomb.rows[:1]}
    return Done(None, Changes.of(*PARTS, ids=ids))


# --- the agenda and the news wall ------------------------------------------------------
def agenda_order(snap: EventSnapshot) -> list[Topic]:
    """Topics as the agenda wall shows them: by day, slot, space; unplaced ones last."""
    slot_rank = {s.id: (s.day, s.start, i) for i, s in enumerate(snap.slots)}
    space_rank = {s.id: i for i, s in enumerate(snap.spaces)}

    def key(topic: Topic) -> tuple[int, tuple[object, ...], int, int]:
        if topic.slot_id is None or topic.slot_id not in slot_rank:
            return (1, (), 0, topic.number)
        return (0, slot_rank[topic.slot_id], space_rank.get(topic.space_id or -1, 0), topic.number)

    return sorted(snap.topics, key=key)


@dataclass(frozen=True)
class WallEntry:
    """One line of the news wall."""

    topic: Topic
    slot: TimeSlot | None
    space: Space | None
    convenors: tuple[str, ...]
    status: ReportStatus
    photos: int
    attendance: int

    @property
    def missing(self) -> bool:
        return self.status is ReportStatus.MISSING


def photo_counts(ef: EventFile) -> dict[int, int]:
    with ef.read() as session:
        found = session.execute(
            select(PhotoRow.topic_id, func.count(PhotoRow.id))
            .where(PhotoRow.topic_id.is_not(None))
            .group_by(PhotoRow.topic_id)
        )
        return {int(tid): int(n) for tid, n in found if tid is not None}


def news_wall(ef: EventFile, snap: EventSnapshot | None = None) -> list[WallEntry]:
    """Every session in agenda order with its report status, photos and attendance."""
    snap = snap or snapshot(ef)
    reports = list_reports(ef)
    counts = photo_counts(ef)
    slots = {s.id: s for s in snap.slots}
    spaces = {s.id: s for s in snap.spaces}
    names = {p.id: p.name for p in snap.participants}
    entries = []
    for topic in agenda_order(snap):
        slot = slots.get(topic.slot_id or -1)
        space = spaces.get(topic.space_id or -1)
        report = reports.get(topic.id, SessionReport(topic.id))
        entries.append(
            WallEntry(
                topic=topic,
                slot=slot,
                space=space,
                convenors=tuple(names[c] for c in topic.convenor_ids if c in names),
                status=report.status,
                photos=counts.get(topic.id, 0),
                attendance=report.attendance,
            )
        )
    return entries


def owes_report(entry: WallEntry) -> bool:
    """Sessions of the agenda owe a report (and an unplaced one that handed something in);
    a topic parked in the marketplace never met, so it owes nothing."""
    return entry.topic.placed or not entry.missing or entry.photos > 0


def missing_reports(
    ef: EventFile, snap: EventSnapshot | None = None
) -> tuple[list[WallEntry], int]:
    """The sessions still owing a report, and how many sessions owe one at all."""
    entries = [e for e in news_wall(ef, snap) if owes_report(e)]
    return [e for e in entries if e.missing], len(entries)
