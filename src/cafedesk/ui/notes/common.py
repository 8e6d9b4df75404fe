"""What the notes screens share: session labels in agenda order, status colours, the
undo command that stores a whole report."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QUndoCommand

from cafedesk.domain.changes import Changes
from cafedesk.domain.model import Participant, Space, TimeSlot, Topic
from cafedesk.domain.notes import REPORT_STATUS_LABELS, ReportStatus, SessionReport
from cafedesk.services import notes
from cafedesk.ui.document import EventDocument, ServiceCommand, qt_translate

STATUS_COLOURS = {
    ReportStatus.MISSING: QColor("#c0392b"),
    ReportStatus.DRAFT: QColor("#d68910"),
    ReportStatus.COMPLETE: QColor("#1e8449"),
}


def status_label(status: ReportStatus) -> str:
    return qt_translate(REPORT_STATUS_LABELS[status])


def status_icon(status: ReportStatus, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(STATUS_COLOURS[status])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def when_text(slot: TimeSlot | None, several_days: bool) -> str:
    if slot is None:
        return QCoreApplication.translate("cafedesk", "Not on the agenda")
    time = slot.start.strftime("%H:%M")
    if not several_days:
        return time
    day = QLocale().toString(QDate(slot.day.year, slot.day.month, slot.day.day), "ddd d MMM")
    return f"{day} {time}"


def session_label(topic: Topic, slot: TimeSlot | None, space: Space | None, days: bool) -> str:
    where = f" · {space.name}" if space is not None else ""
    return f"{when_text(slot, days)}{where} — {topic.number}. {topic.title}"


@dataclass(frozen=True)
class ReportEdit:
    """A whole report plus the topic's convenors and any people typed in on the fly."""

    report: SessionReport
    convenor_ids: tuple[int, ...]
    new_people: tuple[Participant, ...] = field(default=())


class ReportCommand(ServiceCommand):
    """Stores a whole report; consecutive typing in one field merges into one undo step."""

    ID = 0x4E54

    def __init__(
        self, document: EventDocument, text: str, key: str, old: ReportEdit, new: ReportEdit
    ) -> None:
        super().__init__(
            document,
            text,
            lambda: self._put(self.new),
            lambda: self._put(self.old, tuple(p.id for p in self.new.new_people)),
        )
        self.key = (old.report.topic_id, key)
        self.old = old
        self.new = new

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReportCommand) or other.key != self.key:
            return False
        if self.new.new_people or other.new.new_people:
            return False  # people made on the fly must stay removable one step at a time
        self.new = other.new
        return True

    def _put(self, edit: ReportEdit, drop: tuple[int, ...] = ()) -> Changes:
        return notes.put_report(
            self._document.file,
            edit.report,
            convenor_ids=edit.convenor_ids,
            new_people=edit.new_people,
            drop_people=drop,
        ).changes
