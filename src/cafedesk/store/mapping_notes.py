"""Report, photo and asset rows to domain values and back."""

from __future__ import annotations

from cafedesk.domain.notes import FollowUp, Photo, ReportStatus, SessionReport
from cafedesk.store.rows_notes import (
    FollowUpRow,
    PhotoRow,
    ReportParticipantRow,
    SessionReportRow,
)


def report_from_row(row: SessionReportRow) -> SessionReport:
    return SessionReport(
        topic_id=row.topic_id,
        participant_ids=tuple(p.participant_id for p in row.participants),
        participant_count=row.participant_count,
        summary=row.summary,
        key_points=row.key_points,
        recommendations=row.recommendations,
        follow_ups=tuple(FollowUp(f.what, f.who, f.due) for f in row.follow_ups),
        resources=row.resources,
        status=ReportStatus(row.status),
        updated=row.updated,
    )


def report_to_row(report: SessionReport, row: SessionReportRow) -> None:
    row.summary = report.summary
    row.key_points = report.key_points
    row.recommendations = report.recommendations
    row.resources = report.resources
    row.status = report.status.value
    row.participant_count = report.participant_count
    row.updated = report.updated
    wanted = list(dict.fromkeys(report.participant_ids))
    row.participants = [
        ReportParticipantRow(topic_id=report.topic_id, participant_id=pid, position=i)
        for i, pid in enumerate(wanted)
    ]
    row.follow_ups = [
        FollowUpRow(topic_id=report.topic_id, what=f.what, who=f.who, due=f.due, position=i)
        for i, f in enumerate(report.follow_ups)
    ]


def photo_from_row(row: PhotoRow) -> Photo:
    crop = row.crop
    return Photo(
        id=row.id,
        topic_id=row.topic_id,
        caption=row.caption,
        position=row.position,
        width=row.width,
        height=row.height,
        rotation=row.rotation,
        crop=(float(crop[0]), float(crop[1]), float(crop[2]), float(crop[3])) if crop else None,
        file_name=row.file_name,
        harvest=(
            (row.cafe_round_id, row.cafe_table_id)
            if row.cafe_round_id is not None and row.cafe_table_id is not None
            else None
        ),
    )


def photo_to_row(photo: Photo, row: PhotoRow) -> None:
    """The editable part; pixels and size are set by the photo service."""
    row.topic_id = photo.topic_id
    row.cafe_round_id, row.cafe_table_id = photo.harvest or (None, None)
    row.caption = photo.caption
    row.position = photo.position
    row.rotation = photo.rotation
    row.crop = list(photo.crop) if photo.crop else None
    row.file_name = photo.file_name
