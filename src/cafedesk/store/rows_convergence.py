"""Rows for dot votes, chosen topics and action plans (schema 5). Imported by rows.py."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cafedesk.store.rows import Base


class TopicVoteRow(Base):
    """A topic's dots counted on the paper wall, and whether it goes on to action planning."""

    __tablename__ = "topic_vote"
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True
    )
    tally: Mapped[int | None]
    chosen: Mapped[bool] = mapped_column(default=False, server_default="0")


class ParticipantVoteRow(Base):
    """Dots a participant gave a topic by name."""

    __tablename__ = "participant_vote"
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    dots: Mapped[int] = mapped_column(default=1, server_default="1")


class ActionPlanRow(Base):
    """One action; it outlives a deleted topic or caller (the link is cleared, undo restores it)."""

    __tablename__ = "action_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int | None] = mapped_column(
        ForeignKey("topic.id", ondelete="SET NULL"), index=True
    )
    caller_id: Mapped[int | None] = mapped_column(
        ForeignKey("cafe_caller.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(Text, default="", server_default="")
    other_owners: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    first_step: Mapped[str] = mapped_column(Text, default="", server_default="")
    due: Mapped[dt.date | None]
    help_needed: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(default=0, server_default="0")
    owners: Mapped[list[ActionOwnerRow]] = relationship(
        order_by="ActionOwnerRow.position", cascade="all, delete-orphan", lazy="selectin"
    )
    related: Mapped[list[ActionRelatedRow]] = relationship(
        order_by="ActionRelatedRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class ActionOwnerRow(Base):
    __tablename__ = "action_owner"
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class ActionRelatedRow(Base):
    """Another topic an action plan touches on."""

    __tablename__ = "action_related"
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(default=0, server_default="0")


__all__ = [
    "ActionOwnerRow",
    "ActionPlanRow",
    "ActionRelatedRow",
    "ParticipantVoteRow",
    "TopicVoteRow",
]
