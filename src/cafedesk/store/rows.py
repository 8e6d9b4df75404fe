"""Typed ORM rows. Named ``…Row`` so they never shadow the domain's plain classes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints so batch migrations on SQLite can find them later.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: dict[Any, Any] = {list[str]: JSON}


class EventRow(Base):
    """The single row describing the event held in this file."""

    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    theme: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(32))
    venue: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    client_name: Mapped[str] = mapped_column(String(200), default="")
    client_email: Mapped[str] = mapped_column(String(200), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(16), default="en")
    paper_size: Mapped[str] = mapped_column(String(16), default="a4")


class SpaceRow(Base):
    __tablename__ = "space"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    capacity: Mapped[int]
    equipment: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class TimeSlotRow(Base):
    __tablename__ = "time_slot"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date]
    start: Mapped[dt.time]
    end: Mapped[dt.time]
    label: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(16), default="session")


class ParticipantRow(Base):
    __tablename__ = "participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    group: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    roles: Mapped[list[str]] = mapped_column(default=list)


class TopicRow(Base):
    __tablename__ = "topic"
    __table_args__ = (UniqueConstraint("space_id", "slot_id", name="uq_topic_cell"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    equipment: Mapped[list[str]] = mapped_column(default=list)
    expected_attendance: Mapped[int | None]
    space_id: Mapped[int | None] = mapped_column(ForeignKey("space.id", ondelete="SET NULL"))
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("time_slot.id", ondelete="SET NULL"))
    pinned: Mapped[bool] = mapped_column(default=False)
    # A count from a paper tally, when names were not taken (schema 2).
    tally: Mapped[int | None]
    # The topics a merge combined, as they were, so a split can restore them (schema 2).
    merged_from: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON, default=list, server_default="[]"
    )
    convenors: Mapped[list[TopicConvenorRow]] = relationship(
        order_by="TopicConvenorRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class TopicConvenorRow(Base):
    """A topic may have several convenors (merged topics keep all of them)."""

    __tablename__ = "topic_convenor"
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(default=0)


class TopicSignupRow(Base):
    """A participant who signed a topic's sheet on the wall (schema 2)."""

    __tablename__ = "topic_signup"
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )


class UnavailableRow(Base):
    """A participant (usually a convenor) who is not there during a slot (schema 2)."""

    __tablename__ = "unavailable"
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    slot_id: Mapped[int] = mapped_column(
        ForeignKey("time_slot.id", ondelete="CASCADE"), primary_key=True
    )


# Feature rows live in their own modules; importing them here puts their tables
# on Base.metadata, which the migrations and the graveyard read.
from cafedesk.store import rows_cafe, rows_convergence, rows_notes  # noqa: E402, F401
