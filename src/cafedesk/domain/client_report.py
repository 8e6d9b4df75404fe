"""The client report as plain data: the executive summary's structure, key figures, the bundle.

The executive summary is stored as the facilitator typed it, plain text: a
blank line starts a new paragraph, lines that begin with a bullet mark
("•", "-", "*" or "–") form a bullet list. Nothing in it is ever read as
markup; the structure is derived here and each export draws it its own way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from cafedesk.domain.cafe import CafeSnapshot
from cafedesk.domain.community import CommunityGraph
from cafedesk.domain.convergence import ActionPlan, RankedTopic
from cafedesk.domain.notes import ProceedingsData

BULLET = "•"
_BULLET_LINE = re.compile(r"^\s*[•\-*–]\s+")


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    BULLETS = "bullets"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    lines: tuple[str, ...]  # a paragraph's lines (kept as typed), or the list's items


def is_bullet(line: str) -> bool:
    return bool(_BULLET_LINE.match(line))


def bullet_text(line: str) -> str:
    return _BULLET_LINE.sub("", line, count=1).strip()


def summary_blocks(text: str) -> tuple[Block, ...]:
    """Paragraphs and bullet lists, in order; empty text gives no blocks."""
    blocks: list[Block] = []
    kind: BlockKind | None = None
    lines: list[str] = []

    def close() -> None:
        nonlocal kind, lines
        if kind is not None and lines:
            blocks.append(Block(kind, tuple(lines)))
        kind, lines = None, []

    for raw in text.splitlines():
        if not raw.strip():
            close()
            continue
        this = BlockKind.BULLETS if is_bullet(raw) else BlockKind.PARAGRAPH
        if this is not kind:
            close()
            kind = this
        lines.append(bullet_text(raw) if this is BlockKind.BULLETS else raw.strip())
    close()
    return tuple(blocks)


def toggle_bullets(lines: list[str]) -> list[str]:
    """What the "bullet list" button does: bullets off if every line has one, else on."""
    filled = [line for line in lines if line.strip()]
    if filled and all(is_bullet(line) for line in filled):
        return [bullet_text(line) if line.strip() else line for line in lines]
    return [
        line if not line.strip() or is_bullet(line) else f"{BULLET} {line.strip()}"
        for line in lines
    ]


# --- key figures ----------------------------------------------------------------------
@dataclass(frozen=True)
class KeyFigures:
    participants: int
    groups: tuple[tuple[str, int], ...]  # stakeholder group ("" for none) -> people, largest first
    sessions: int = 0  # Open Space: sessions held (placed on the agenda)
    reports: int = 0  # reports handed in
    photos: int = 0
    tables: int = 0  # cafés
    rounds: int = 0
    encounters: int = 0  # distinct pairs of people who sat at one table
    dots: int = 0  # votes cast
    actions: int = 0


@dataclass(frozen=True)
class Attendance:
    """One bar of the attendance chart: a session or a café table."""

    label: str
    count: int


@dataclass(frozen=True)
class ReportOptions:
    with_proceedings: bool = False
    with_map: bool = True
    smaller_photos: bool = False  # photos downscaled, for a smaller email


@dataclass(frozen=True)
class ClientReportData:
    """Everything the client report prints (exports get only this)."""

    book: ProceedingsData  # snapshot, reports, photos, branding, date
    figures: KeyFigures
    summary: str = ""
    ranking: tuple[RankedTopic, ...] = ()
    plans: tuple[ActionPlan, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    attendance_total: int = 0  # sessions or tables in all (the chart may show the largest)
    cafe: CafeSnapshot | None = None
    caller_projects: Mapping[int, str] = field(default_factory=dict)  # caller id -> label
    community: CommunityGraph | None = None
    options: ReportOptions = ReportOptions()

    @property
    def generated(self) -> dt.date | None:
        return self.book.generated
