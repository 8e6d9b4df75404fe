"""Session reports, flipchart photos and the bundle a book of proceedings is made from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import EventSnapshot


class ReportStatus(StrEnum):
    MISSING = "missing"
    DRAFT = "draft"
    COMPLETE = "complete"


REPORT_STATUS_LABELS: dict[ReportStatus, str] = {
    ReportStatus.MISSING: QT_TRANSLATE_NOOP("cafedesk", "Missing"),
    ReportStatus.DRAFT: QT_TRANSLATE_NOOP("cafedesk", "Draft"),
    ReportStatus.COMPLETE: QT_TRANSLATE_NOOP("cafedesk", "Complete"),
}


@dataclass(frozen=True)
class FollowUp:
    """A follow-up action: what, who, by when."""

    what: str
    who: str = ""
    due: dt.date | None = None


@dataclass(frozen=True)
class SessionReport:
    """The classic Open Space session report; one per topic."""

    topic_id: int
    participant_ids: tuple[int, ...] = ()
    participant_count: int | None = None  # when only a number was noted
    summary: str = ""  # discussion / summary
    key_points: str = ""
    recommendations: str = ""
    follow_ups: tuple[FollowUp, ...] = ()
    resources: str = ""  # resources and requests
    status: ReportStatus = ReportStatus.MISSING
    updated: dt.datetime | None = None

    @property
    def attendance(self) -> int:
        return (
            self.participant_count
            if self.participant_count is not None
            else len(self.participant_ids)
        )


# (left, top, right, bottom) as fractions 0..1 of the picture's width and height.
Crop = tuple[float, float, float, float]


@dataclass(frozen=True)
class Photo:
    """A flipchart photo stored (downscaled) inside the event file.

    It belongs to a topic (Open Space) or to a café harvest cell, ``harvest``
    being (round id, table id). ``width`` and ``height`` are of the image as it
    prints, with rotation and crop applied.
    """

    id: int
    topic_id: int | None
    caption: str = ""
    position: int = 0
    width: int = 0
    height: int = 0
    rotation: int = 0  # degrees clockwise: 0, 90, 180 or 270
    crop: Crop | None = None  # of the rotated picture; None = all of it
    file_name: str = ""  # the imported file's name, for the person who took it
    harvest: tuple[int, int] | None = None  # (round id, table id) of a café harvest


PhotoLoader = Callable[[int], bytes]  # photo id -> JPEG bytes, ready to print


@dataclass(frozen=True)
class Branding:
    """What makes the paper the facilitator's own."""

    facilitator: str = ""
    organisation: str = ""
    logo: bytes | None = None  # PNG or JPEG
    # From the facilitator's Preferences (the same on every event): "#RRGGBB" or "".
    accent: str = ""
    contact: str = ""  # an email address or a phone number, printed with the name


@dataclass(frozen=True)
class ProceedingsData:
    """Everything a book of proceedings prints, as plain data (exports get only this)."""

    snapshot: EventSnapshot
    reports: Mapping[int, SessionReport] = field(default_factory=dict)  # by topic id
    photos: Mapping[int, tuple[Photo, ...]] = field(default_factory=dict)  # by topic id
    load_photo: PhotoLoader | None = None
    branding: Branding = Branding()
    generated: dt.date | None = None
