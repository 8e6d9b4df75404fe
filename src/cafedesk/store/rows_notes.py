"""Rows for session reports, photos and branding assets (schema 3). Imported by rows.py."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cafedesk.store.rows import Base


class SessionReportRow(Base):
    """One report per topic; its key is the topic's id."""

    __tablename__ = "session_report"
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True
    )
    summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    key_points: Mapped[str] = mapped_column(Text, default="", server_default="")
    recommendations: Mapped[str] = mapped_column(Text, default="", server_default="")
    resources: Mapped[str] = mapped_column(Text, default="", server_default="")
    status: Mapped[str] = mapped_column(String(16), default="missing", server_default="missing")
    participant_count: Mapped[int | None] = mapped_column(Integer)
    updated: Mapped[dt.datetime | None]
    participants: Mapped[list[ReportParticipantRow]] = relationship(
        order_by="ReportParticipantRow.position", cascade="all, delete-orphan", lazy="selectin"
    )
    follow_ups: Mapped[list[FollowUpRow]] = relationship(
        order_by="FollowUpRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class ReportParticipantRow(Base):
    __tablename__ = "report_participant"
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("session_report.topic_id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class FollowUpRow(Base):
    __tablename__ = "follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("session_report.topic_id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(Text, default="", server_default="")
    who: Mapped[str] = mapped_column(String(200), default="", server_default="")
    due: Mapped[dt.date | None]
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class PhotoRow(Base):
    """A flipchart photo. ``original`` is the imported picture, downscaled once with EXIF
    orientation applied; rotation and crop are kept as numbers and ``image`` is rendered
    from ``original`` with them (NULL while there is nothing to apply), so edits can be
    undone or widened again and never degrade the picture by re-encoding a re-encode.
    """

    __tablename__ = "photo"
    id: Mapped[int] = mapped_column(primary_key=True)
    # The owner: a topic (Open Space), or a café harvest cell, round and table (schema 4).
    topic_id: Mapped[int | None] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), index=True
    )
    cafe_round_id: Mapped[int | None] = mapped_column(
        ForeignKey("cafe_round.id", ondelete="CASCADE"), index=True
    )
    cafe_table_id: Mapped[int | None] = mapped_column(
        ForeignKey("cafe_table.id", ondelete="CASCADE"), index=True
    )
    caption: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(default=0, server_default="0")
    width: Mapped[int] = mapped_column(default=0, server_default="0")
    height: Mapped[int] = mapped_column(default=0, server_default="0")
    rotation: Mapped[int] = mapped_column(default=0, server_default="0")  # 0/90/180/270 clockwise
    # (left, top, right, bottom) as fractions of the rotated picture; NULL = whole picture.
    crop: Mapped[list[float] | None] = mapped_column(JSON)
    file_name: Mapped[str] = mapped_column(String(260), default="", server_default="")
    original: Mapped[bytes] = mapped_column(LargeBinary)
    image: Mapped[bytes | None] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary, default=b"", server_default=text("x''"))


class AssetRow(Base):
    """Small named things owned by the event: the facilitator's logo, the organisation name."""

    __tablename__ = "asset"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(64), default="", server_default="")
    text_value: Mapped[str] = mapped_column(Text, default="", server_default="")
    data: Mapped[bytes | None] = mapped_column(LargeBinary)


__all__ = [
    "AssetRow",
    "FollowUpRow",
    "PhotoRow",
    "ReportParticipantRow",
    "SessionReportRow",
]
