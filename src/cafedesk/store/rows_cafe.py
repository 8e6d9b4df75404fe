"""Rows for café tables, rounds, seating and harvest (schema 4). Imported by rows.py."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cafedesk.store.rows import Base


class CafeTableRow(Base):
    __tablename__ = "cafe_table"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    seats: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    host_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class CafeRoundRow(Base):
    __tablename__ = "cafe_round"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer, default=25, server_default="25")
    question: Mapped[str] = mapped_column(Text, default="", server_default="")


class CafeCallerRow(Base):
    """Pro Action Café: a participant with a project question, hosting a table."""

    __tablename__ = "cafe_caller"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), unique=True
    )
    question: Mapped[str] = mapped_column(Text, default="", server_default="")
    table_id: Mapped[int | None] = mapped_column(
        ForeignKey("cafe_table.id", ondelete="SET NULL"), unique=True
    )
    next_steps: Mapped[str] = mapped_column(Text, default="", server_default="")
    help_needed: Mapped[str] = mapped_column(Text, default="", server_default="")


class CafeSeatRow(Base):
    """One person at one table in one round."""

    __tablename__ = "cafe_seat"
    round_id: Mapped[int] = mapped_column(
        ForeignKey("cafe_round.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    table_id: Mapped[int] = mapped_column(ForeignKey("cafe_table.id", ondelete="CASCADE"))


class CafeAbsenceRow(Base):
    """A person not there in a round (no-show, left early, or arrives later)."""

    __tablename__ = "cafe_absence"
    round_id: Mapped[int] = mapped_column(
        ForeignKey("cafe_round.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )


class CafePairRow(Base):
    """Two people to keep together (a interpreter and a guest) or apart (boss and staff)."""

    __tablename__ = "cafe_pair"
    id: Mapped[int] = mapped_column(primary_key=True)
    a_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    b_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    together: Mapped[bool] = mapped_column(default=False, server_default="0")


class CafeHarvestRow(Base):
    __tablename__ = "cafe_harvest"
    __table_args__ = (UniqueConstraint("table_id", "round_id", name="uq_cafe_harvest_cell"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("cafe_table.id", ondelete="CASCADE"))
    round_id: Mapped[int] = mapped_column(ForeignKey("cafe_round.id", ondelete="CASCADE"))
    insights: Mapped[str] = mapped_column(Text, default="", server_default="")
    questions: Mapped[str] = mapped_column(Text, default="", server_default="")
