"""The classic Open Space report for one session; every field is stored as it is typed.

Text fields are stored 600 ms after the last keystroke and on focus-out; typing
into one field merges into one undo step (``ReportCommand.mergeWith``). Name
fields are stored only on Return or focus-out, so a half-typed name never
becomes a participant.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.model import Participant, Topic
from cafedesk.domain.notes import FollowUp, ReportStatus, SessionReport
from cafedesk.services import notes, participants, topics
from cafedesk.ui.dialogs.who_dialog import ask_who
from cafedesk.ui.document import EventDocument, qt_translate
from cafedesk.ui.notes.common import ReportCommand, ReportEdit, status_icon, status_label
from cafedesk.ui.notes.people_edit import PeopleEdit

DEBOUNCE_MS = 600
TEXT_FIELDS = ("summary", "key_points", "recommendations", "resources")
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d.%m.%y", "%d/%m/%y")


def parse_due(text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


class ReportForm(QWidget):
    """Issue, convenors, participants, texts, follow-ups and status of one topic's report."""

    stored = Signal()  # a field was stored

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.topic_id: int | None = None
        self._topic: Topic | None = None
        self._report: SessionReport | None = None
        self._dirty: set[str] = set()
        self._timers: dict[str, QTimer] = {}

        self.issue = QLabel(self)
        self.issue.setTextFormat(Qt.TextFormat.PlainText)
        self.issue.setWordWrap(True)
        self.issue.setObjectName("issue")
        issue_font = self.issue.font()
        issue_font.setBold(True)
        issue_font.setPointSizeF(issue_font.pointSizeF() * 1.3)
        self.issue.setFont(issue_font)

        self.convenors = PeopleEdit(self)
        self.convenors.setPlaceholderText(self.tr("Who called the session"))
        self.participants = PeopleEdit(self)
        self.participants.setPlaceholderText(self.tr("Names, separated by commas"))
        for line, name in ((self.convenors, "convenors"), (self.participants, "participants")):
            line.editingFinished.connect(lambda n=name: self.commit(n))
            line.textEdited.connect(lambda _t, n=name: self._dirty.add(n))
        self.count = QSpinBox(self)
        self.count.setRange(0, 10_000)
        self.count.setSpecialValueText(self.tr("not counted"))
        self.count.setToolTip(self.tr("When only a number of participants was noted"))
        self.count.valueChanged.connect(lambda _v: self._typed("count"))
        self.status = QComboBox(self)
        for status in ReportStatus:
            self.status.addItem(status_icon(status), status_label(status), status.value)
        self.status.activated.connect(lambda _i: self.commit("status"))

        self.texts: dict[str, QPlainTextEdit] = {}
        placeholders = {
            "summary": self.tr("What was discussed — the story of the session"),
            "key_points": self.tr("The main insights, one per line"),
            "recommendations": self.tr("What the group recommends"),
            "resources": self.tr("What is needed: people, money, rooms, information"),
        }
        for name in TEXT_FIELDS:
            edit = QPlainTextEdit(self)
            edit.setPlaceholderText(placeholders[name])
            edit.setTabChangesFocus(True)
            edit.setUndoRedoEnabled(False)  # Ctrl+Z goes to the event's undo stack
            edit.textChanged.connect(lambda n=name: self._typed(n))
            edit.installEventFilter(self)
            edit.setMinimumHeight(64)
            self.texts[name] = edit
        self.texts["summary"].setMinimumHeight(96)
        self.named = QLabel(self)
        self.named.setTextFormat(Qt.TextFormat.PlainText)

        self.follow_ups = QTableWidget(0, 3, self)
        self.follow_ups.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Who"), self.tr("By when")]
        )
        header = self.follow_ups.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.follow_ups.setColumnWidth(1, 180)
        self.follow_ups.setColumnWidth(2, 120)
        self.follow_ups.verticalHeader().hide()
        self.follow_ups.setMinimumHeight(84)
        self.follow_ups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_ups.itemChanged.connect(lambda _item: self.commit("follow_ups"))
        self.add_follow_up = QPushButton(self.tr("Add action"), self)
        self.add_follow_up.clicked.connect(self._add_follow_up_row)
        self.remove_follow_up = QPushButton(self.tr("Remove action"), self)
        self.remove_follow_up.clicked.connect(self._remove_follow_up_row)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("Issue")), self.issue)
        form.addRow(self._label(self.tr("Convenor(s)")), self.convenors)
        people_row = QHBoxLayout()
        people_row.addWidget(self.participants, 1)
        people_row.addWidget(self.named)
        people_row.addWidget(QLabel(self.tr("or number:"), self))
        people_row.addWidget(self.count)
        form.addRow(self._label(self.tr("Participants")), people_row)
        form.addRow(self._label(self.tr("Status")), self.status)

        grid = QGridLayout()
        grid.addWidget(self._label(self.tr("Discussion and summary")), 0, 0, 1, 2)
        grid.addWidget(self.texts["summary"], 1, 0, 1, 2)
        grid.addWidget(self._label(self.tr("Key points")), 2, 0)
        grid.addWidget(self._label(self.tr("Recommendations")), 2, 1)
        grid.addWidget(self.texts["key_points"], 3, 0)
        grid.addWidget(self.texts["recommendations"], 3, 1)
        # The buttons sit on the heading's line, so they are in view with the table.
        heading = QHBoxLayout()
        heading.addWidget(self._label(self.tr("Follow-up actions")))
        heading.addStretch(1)
        heading.addWidget(self.add_follow_up)
        heading.addWidget(self.remove_follow_up)
        grid.addLayout(heading, 4, 0, 1, 2)
        grid.addWidget(self.follow_ups, 5, 0, 1, 2)
        grid.addWidget(self._label(self.tr("Resources and requests")), 7, 0, 1, 2)
        grid.addWidget(self.texts["resources"], 8, 0, 1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        grid.setRowStretch(8, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(grid, 1)
        self.setEnabled(False)
        document.changed.connect(self.refresh)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # --- loading ---------------------------------------------------------------------
    def show_topic(self, topic_id: int | None) -> None:
        if topic_id != self.topic_id:
            self.flush()
            self._dirty.clear()
        self.topic_id = topic_id
        self.reload(force=True)

    def reload(self, force: bool = False) -> None:
        """Show what is stored; fields the person is still typing in are left alone."""
        if self.topic_id is None:
            self.setEnabled(False)
            return
        ef = self.document.file
        try:
            self._topic = topics.get_topic(ef, self.topic_id)
            self._report = notes.get_report(ef, self.topic_id)
        except CafedeskError:
            self.topic_id = None
            self.setEnabled(False)
            return
        self.setEnabled(not self.document.read_only)
        people = participants.list_participants(ef)
        report, topic = self._report, self._topic
        self.issue.setText(topic.title)
        for line in (self.convenors, self.participants):
            line.set_people(people)
        self._set_line(self.convenors, "convenors", self.convenors.names_of(topic.convenor_ids))
        self._set_line(
            self.participants, "participants", self.participants.names_of(report.participant_ids)
        )
        self.named.setText(self.tr("%1 named").replace("%1", str(len(report.participant_ids))))
        if "count" not in self._dirty:
            self.count.blockSignals(True)
            self.count.setValue(report.participant_count or 0)
            self.count.blockSignals(False)
        for name, edit in self.texts.items():
            stored = str(getattr(report, name))
            if name not in self._dirty and edit.toPlainText().strip() != stored:
                edit.blockSignals(True)
                edit.setPlainText(stored)
                edit.blockSignals(False)
        self.status.setCurrentIndex(list(ReportStatus).index(report.status))
        if force or self._table_follow_ups() != report.follow_ups:
            self._fill_follow_ups(report.follow_ups)

    def _set_line(self, edit: PeopleEdit, name: str, text: str) -> None:
        if name not in self._dirty and edit.text() != text:
            edit.setText(text)

    def _fill_follow_ups(self, follow_ups: tuple[FollowUp, ...]) -> None:
        self.follow_ups.blockSignals(True)
        self.follow_ups.setRowCount(len(follow_ups))
        for row, item in enumerate(follow_ups):
            due = item.due.isoformat() if item.due else ""
            for column, text in enumerate((item.what, item.who, due)):
                self.follow_ups.setItem(row, column, QTableWidgetItem(text))
        self.follow_ups.blockSignals(False)

    def _table_follow_ups(self) -> tuple[FollowUp, ...]:
        found = []
        for row in range(self.follow_ups.rowCount()):
            cells = [self.follow_ups.item(row, c) for c in range(3)]
            what, who, due = (c.text().strip() if c is not None else "" for c in cells)
            if what or who or due:
                found.append(FollowUp(what, who, parse_due(due)))
        return tuple(found)

    def _add_follow_up_row(self) -> None:
        row = self.follow_ups.rowCount()
        self.follow_ups.blockSignals(True)
        self.follow_ups.insertRow(row)
        for column in range(3):
            self.follow_ups.setItem(row, column, QTableWidgetItem(""))
        self.follow_ups.blockSignals(False)
        self.follow_ups.setCurrentCell(row, 0)
        first = self.follow_ups.item(row, 0)
        if first is not None:
            self.follow_ups.editItem(first)

    def _remove_follow_up_row(self) -> None:
        row = self.follow_ups.currentRow()
        if row >= 0:
            self.follow_ups.removeRow(row)
            self.commit("follow_ups")

    # --- storing ---------------------------------------------------------------------
    def _typed(self, name: str) -> None:
        if self.topic_id is None:
            return
        self._dirty.add(name)
        timer = self._timers.get(name)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(DEBOUNCE_MS)
            timer.timeout.connect(lambda n=name: self.commit(n))
            self._timers[name] = timer
        timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for name, edit in self.texts.items():
                if edit is watched and name in self._dirty:
                    self.commit(name)
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Store every pending edit now (before switching session or leaving)."""
        for name in list(self._dirty):
            self.commit(name)

    def _people_ids(self, edit: PeopleEdit) -> tuple[tuple[int, ...], list[Participant]] | None:
        """Ids for the typed names (new people made for the rest); None if not decided."""
        answers = ask_who(self, edit.people(), edit.typed_names())
        if answers is None:
            return None
        found, new_names = edit.parse(answers)
        made = notes.new_people(self.document.file, new_names) if new_names else []
        by_name = dict(zip(new_names, made, strict=True))
        ids = tuple(by_name[x].id if isinstance(x, str) else x for x in found)
        return ids, made

    def commit(self, name: str) -> None:
        timer = self._timers.get(name)
        if timer is not None:
            timer.stop()
        self._dirty.discard(name)
        if self.topic_id is None or self._report is None or self._topic is None:
            return
        old = ReportEdit(self._report, self._topic.convenor_ids)
        report, convenors = self._report, self._topic.convenor_ids
        fresh: list[Participant] = []
        if name in TEXT_FIELDS:
            values: dict[str, Any] = {name: self.texts[name].toPlainText()}
            report = dataclasses.replace(report, **values)
        elif name == "count":
            report = dataclasses.replace(report, participant_count=self.count.value() or None)
        elif name == "status":
            report = dataclasses.replace(report, status=ReportStatus(self.status.currentData()))
        elif name in ("participants", "convenors"):
            edit = self.participants if name == "participants" else self.convenors
            try:
                decided = self._people_ids(edit)
            except CafedeskError as exc:
                # Shown where it was typed, and kept there for correction.
                self._dirty.add(name)
                self.document.failed.emit(exc.message(qt_translate))
                edit.setFocus()
                return
            if decided is None:  # "who is meant?" cancelled: kept as typed, not stored
                self._dirty.add(name)
                return
            ids, fresh = decided
            if name == "participants":
                report = dataclasses.replace(report, participant_ids=ids)
            else:
                convenors = ids
        elif name == "follow_ups":
            try:
                report = dataclasses.replace(report, follow_ups=self._table_follow_ups())
            except ValueError as exc:
                self.document.failed.emit(
                    self.tr("“%1” is not a date; write it like 2026-03-20.").replace("%1", str(exc))
                )
                return
        new = ReportEdit(report, convenors, tuple(fresh))
        self._store(name, old, new)

    def _store(self, name: str, old: ReportEdit, new: ReportEdit) -> None:
        assert self._topic is not None
        try:
            unchanged = notes.clean_report(new.report) == notes.clean_report(old.report)
        except CafedeskError:
            unchanged = False  # storing it refuses it, with the sentence where it was typed
        if unchanged and not new.new_people and new.convenor_ids == old.convenor_ids:
            # Nothing to store, but show the stored form (e.g. a name typed differently).
            self.reload()
            return
        text = self.tr("Edit report of “%1”").replace("%1", self._topic.title)
        if self.document.push(ReportCommand(self.document, text, name, old, new)):
            self.stored.emit()
        else:  # refused (the sentence is shown): the typing stays for correction
            self._dirty.add(name)

    def refresh(self, changes: Changes) -> None:
        if changes.touches(Part.REPORTS, Part.TOPICS, Part.PARTICIPANTS):
            self.reload()
