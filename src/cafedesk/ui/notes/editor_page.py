"""The Notes page: pick a session in agenda order, write its report, add flipchart photos."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from cafedesk.domain.changes import Changes, Part
from cafedesk.services import event as event_service
from cafedesk.services import notes
from cafedesk.ui.document import EventDocument
from cafedesk.ui.notes.common import session_label, status_icon
from cafedesk.ui.notes.photo_strip import PhotoStrip, titled_column
from cafedesk.ui.notes.report_form import ReportForm
from cafedesk.ui.pages.base import Page


def agenda_choices(document: EventDocument) -> list[tuple[int, str, notes.WallEntry]]:
    """(topic id, label, wall entry) for every session, in agenda order."""
    snap = event_service.snapshot(document.file)
    several_days = len({s.day for s in snap.slots}) > 1
    return [
        (e.topic.id, session_label(e.topic, e.slot, e.space, several_days), e)
        for e in notes.news_wall(document.file, snap)
    ]


class _FittingBody(QWidget):
    """Fills the scroll area's height and scrolls only below its minimum.

    A wrapped label makes the layout height-for-width, and the scroll area then
    grows the page to its preferred height: on a laptop the buttons at the
    bottom (Add action, Resources) went below the fold.
    """

    def heightForWidth(self, width: int) -> int:
        return self.minimumSizeHint().expandedTo(self.minimumSize()).height()


class SessionPicker(QComboBox):
    """Sessions in agenda order, each with its report status as a coloured dot."""

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def reload(self) -> None:
        current = self.topic_id()
        self.blockSignals(True)
        self.clear()
        for topic_id, label, entry in agenda_choices(self.document):
            self.addItem(status_icon(entry.status), label, topic_id)
        index = self.findData(current) if current is not None else -1
        self.setCurrentIndex(index if index >= 0 else (0 if self.count() else -1))
        self.blockSignals(False)

    def topic_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def select(self, topic_id: int) -> None:
        index = self.findData(topic_id)
        if index >= 0:
            self.setCurrentIndex(index)


class NotesPage(Page):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        heading = self.make_heading(self.title())

        self.picker = SessionPicker(document, self)
        self.picker.currentIndexChanged.connect(lambda _i: self._show_current())
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.clicked.connect(lambda: self._step(1))
        self.convenor_button = QPushButton(self.tr("Convenor mode…"), self)
        self.convenor_button.setToolTip(
            self.tr("A full-screen form where convenors type their own reports")
        )
        self.convenor_button.clicked.connect(self.start_convenor_mode)
        title_row = QHBoxLayout()
        title_row.addWidget(heading, 1)
        title_row.addWidget(self.convenor_button)
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.picker, 1)
        top.addWidget(self.next_button)

        self.form = ReportForm(document, parent=self)
        self.photos = PhotoStrip(document, self)
        side = titled_column(self.photos)
        body = _FittingBody(self)
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 4, 8, 0)
        body_layout.addWidget(self.form, 1)
        body_layout.addSpacing(8)
        body_layout.addLayout(side)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        body.setMinimumHeight(560)  # below that, scroll rather than squash the fields

        self.page_layout.addLayout(title_row)
        self.page_layout.addLayout(top)
        self.page_layout.addWidget(scroll, 1)
        self.convenor_mode: QWidget | None = None
        self.picker.reload()
        self._show_current()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("NotesPage", "Notes")

    def _show_current(self) -> None:
        topic_id = self.picker.topic_id()
        self.form.show_topic(topic_id)
        self.photos.show_topic(topic_id)
        index = self.picker.currentIndex()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(0 <= index < self.picker.count() - 1)

    def _step(self, step: int) -> None:
        index = self.picker.currentIndex() + step
        if 0 <= index < self.picker.count():
            self.picker.setCurrentIndex(index)

    def open_topic(self, topic_id: int) -> None:
        self.picker.select(topic_id)

    def refresh(self, changes: Changes) -> None:
        if changes.touches(Part.TOPICS, Part.SPACES, Part.SLOTS, Part.REPORTS):
            before = self.picker.topic_id()
            self.picker.reload()
            if self.picker.topic_id() != before:
                self._show_current()

    def set_read_only(self, read_only: bool) -> None:
        self.convenor_button.setEnabled(not read_only)
        self.form.reload()
        self.photos.reload()

    def hideEvent(self, event: object) -> None:
        self.form.flush()  # leaving the page stores what is still pending
        super().hideEvent(event)  # type: ignore[arg-type]

    def start_convenor_mode(self) -> None:
        from cafedesk.ui.notes.convenor_mode import start_convenor_mode

        self.form.flush()
        self.convenor_mode = start_convenor_mode(self.document, self)
