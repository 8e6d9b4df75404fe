"""Convergence: dots typed in as the facilitator reads them off the wall, the ranking, the choice.

Keyboard first: topic number, Tab, dots, Enter; the number field takes the
focus again for the next sheet. Votes by name go the same way: name, Tab,
topic numbers ("3, 7, 7" gives topic 7 two dots), Enter. Every entry is one
undo step.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.convergence import parse_topic_numbers, top_ranked
from cafedesk.domain.errors import CafedeskError
from cafedesk.services import convergence, participants
from cafedesk.ui.convergence.ranking_model import TITLE, TOPIC_ID_ROLE, RankingTableModel
from cafedesk.ui.document import EventDocument, ServiceCommand, qt_translate
from cafedesk.ui.notes.people_edit import PeopleEdit
from cafedesk.ui.pages.base import Page


class ConvergencePage(Page):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.add_heading(self.title())
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.page_layout.addWidget(self.summary)

        wall = QGroupBox(self.tr("Dots from the wall"), self)
        self.number = QLineEdit(wall)
        self.number.setPlaceholderText(self.tr("Topic no."))
        self.number.setValidator(QIntValidator(1, 999_999, self.number))
        self.number.setMaximumWidth(110)
        self.dots = QLineEdit(wall)
        self.dots.setPlaceholderText(self.tr("Dots"))
        self.dots.setValidator(QIntValidator(0, convergence.MAX_DOTS, self.dots))
        self.dots.setMaximumWidth(90)
        self.dots.setToolTip(self.tr("Leave empty to clear the count"))
        self.number.returnPressed.connect(self.dots.setFocus)
        self.dots.returnPressed.connect(self.store_tally)
        self.wall_button = QPushButton(self.tr("Store"), wall)
        self.wall_button.clicked.connect(self.store_tally)
        self.wall_button.setAutoDefault(False)
        wall_row = QHBoxLayout(wall)
        for widget in (self.number, self.dots, self.wall_button):
            wall_row.addWidget(widget)
        wall_hint = QLabel(self.tr("Number, Tab, dots, Enter."), wall)
        wall_row.addWidget(wall_hint, 1)

        named = QGroupBox(self.tr("Dots by name"), self)
        self.person = PeopleEdit(named)
        self.person.setPlaceholderText(self.tr("Name"))
        self.person.editingFinished.connect(self.show_person_votes)
        self.picks = QLineEdit(named)
        self.picks.setPlaceholderText(self.tr("Topic numbers, e.g. 3, 7, 7"))
        self.picks.returnPressed.connect(self.store_person_votes)
        self.person.returnPressed.connect(self._person_entered)
        self.named_button = QPushButton(self.tr("Store"), named)
        self.named_button.clicked.connect(self.store_person_votes)
        self.named_button.setAutoDefault(False)
        named_row = QHBoxLayout(named)
        named_row.addWidget(self.person, 2)
        named_row.addWidget(self.picks, 2)
        named_row.addWidget(self.named_button)

        entry = QGridLayout()
        entry.addWidget(wall, 0, 0)
        entry.addWidget(named, 0, 1)
        self.page_layout.addLayout(entry)
        self.feedback = QLabel(self)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setObjectName("feedback")
        self.page_layout.addWidget(self.feedback)

        self.model = RankingTableModel()
        self.model.choose_requested.connect(self.set_chosen, Qt.ConnectionType.QueuedConnection)
        self.model.tally_requested.connect(
            self._tally_from_table, Qt.ConnectionType.QueuedConnection
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.page_layout.addWidget(self.table, 1)
        toggle = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table)
        toggle.setContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.activated.connect(self.toggle_selected)

        bottom = QHBoxLayout()
        self.top_count = QSpinBox(self)
        self.top_count.setRange(1, 50)
        self.top_count.setValue(4)
        self.choose_top_button = QPushButton(self.tr("Choose the top places"), self)
        self.choose_top_button.setToolTip(
            self.tr("Chooses the topics on the first places; a tie at the cut goes in whole")
        )
        self.choose_top_button.clicked.connect(self.choose_top)
        self.clear_button = QPushButton(self.tr("Clear the choice"), self)
        self.clear_button.clicked.connect(self.clear_choice)
        bottom.addWidget(self.choose_top_button)
        bottom.addWidget(self.top_count)
        bottom.addWidget(self.clear_button)
        bottom.addStretch(1)
        self.page_layout.addLayout(bottom)
        self.reload()
        self.number.setFocus()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ConvergencePage", "Convergence")

    # --- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        ef = self.document.file
        votes = convergence.list_votes(ef)
        ranked = convergence.ranking(ef)
        selected = self.selected_topic()
        self.model.set_ranking(ranked, votes)
        if selected is not None and self.model.row_of(selected) >= 0:
            self.table.selectRow(self.model.row_of(selected))
        self.person.set_people(participants.list_participants(ef))
        dots = sum(r.votes for r in ranked)
        voted = sum(1 for r in ranked if r.votes)
        chosen = sum(1 for r in ranked if r.chosen)
        self.summary.setText(
            self.tr("%n dot(s)", "", dots)
            + " · "
            + self.tr("%n topic(s) with dots", "", voted)
            + " · "
            + self.tr("%n chosen for action planning", "", chosen)
        )

    def refresh(self, changes: Changes) -> None:
        if changes.touches(Part.VOTES, Part.TOPICS, Part.PARTICIPANTS):
            self.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for widget in (
            self.number,
            self.dots,
            self.person,
            self.picks,
            self.wall_button,
            self.named_button,
            self.choose_top_button,
            self.clear_button,
        ):
            widget.setEnabled(not read_only)

    def selected_topic(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return int(rows[0].data(TOPIC_ID_ROLE)) if rows else None

    def _say(self, text: str) -> None:
        self.feedback.setText(text)

    # --- the wall's counts ---------------------------------------------------------------
    def store_tally(self) -> None:
        if not self.number.text().strip():
            self.number.setFocus()
            return
        ef = self.document.file
        try:
            topic = convergence.topic_by_number(ef, int(self.number.text()))
        except CafedeskError as exc:
            self.message_bar.show_message(exc.message(qt_translate))
            self.number.selectAll()
            self.number.setFocus()
            return
        text = self.dots.text().strip()
        new = int(text) if text else None
        if self.set_tally(topic.id, new, topic.number):
            shown = self.tr("not counted") if new is None else self.tr("%n dot(s)", "", new)
            self._say(f"{topic.number}. {topic.title} — {shown}")
            self.number.clear()
            self.dots.clear()
            self.number.setFocus()

    def set_tally(self, topic_id: int, tally: int | None, number: int | None = None) -> bool:
        ef = self.document.file
        old = convergence.list_votes(ef).get(topic_id)
        before = old.tally if old is not None else None
        if before == tally:
            return True
        label = str(number) if number is not None else ""
        return self.document.push(
            ServiceCommand(
                self.document,
                self.tr("Dots for topic %1").replace("%1", label),
                lambda: convergence.set_tally(ef, topic_id, tally),
                lambda: convergence.set_tally(ef, topic_id, before),
            )
        )

    def _tally_from_table(self, topic_id: int, tally: object) -> None:
        row = self.model.row_of(topic_id)
        number = self.model.entry(row).topic.number if row >= 0 else None
        self.set_tally(topic_id, tally if isinstance(tally, int) else None, number)

    # --- dots by name --------------------------------------------------------------------
    def _person_id(self) -> int | None:
        found, new = self.person.parse()
        if new or len(found) != 1:
            return None
        first = found[0]
        return first if isinstance(first, int) else None

    def _person_entered(self) -> None:
        self.show_person_votes()
        self.picks.setFocus()

    def show_person_votes(self) -> None:
        """Typing a name that already voted shows that person's dots, ready to change."""
        person = self._person_id()
        if person is None or self.picks.text().strip():
            return
        by_id = {
            self.model.entry(r).topic.id: self.model.entry(r).topic.number
            for r in range(self.model.rowCount())
        }
        dots = convergence.person_votes(self.document.file, person)
        numbers = [str(by_id[t]) for t, n in sorted(dots.items()) for _ in range(n) if t in by_id]
        self.picks.setText(", ".join(numbers))

    def store_person_votes(self) -> None:
        ef = self.document.file
        person = self._person_id()
        if person is None:
            name = self.person.text().strip()
            self.message_bar.show_message(
                self.tr(
                    "“%1” is not on the participant list; add them on the Participants page."
                ).replace("%1", name)
                if name
                else self.tr("Type the name of one participant first.")
            )
            self.person.setFocus()
            return
        try:
            numbers = parse_topic_numbers(self.picks.text())
        except ValueError as exc:
            self.message_bar.show_message(
                self.tr("“%1” is not a topic number.").replace("%1", str(exc))
            )
            return
        try:
            topic_ids = [convergence.topic_by_number(ef, n).id for n in numbers]
        except CafedeskError as exc:
            self.message_bar.show_message(exc.message(qt_translate))
            return
        new = dict(Counter(topic_ids))
        old = convergence.person_votes(ef, person)
        name = self.person.text().strip()
        if new != old and not self.document.push(
            ServiceCommand(
                self.document,
                self.tr("Dots of %1").replace("%1", name),
                lambda: convergence.set_person_votes(ef, person, new),
                lambda: convergence.set_person_votes(ef, person, old),
            )
        ):
            return
        self._say(f"{name} — " + self.tr("%n dot(s)", "", sum(new.values())))
        self.person.clear()
        self.picks.clear()
        self.person.setFocus()

    # --- the choice ----------------------------------------------------------------------
    def set_chosen(self, topic_id: int, chosen: bool) -> None:
        self.choose(
            {topic_id: chosen}, self.tr("Choose topic") if chosen else self.tr("Unchoose topic")
        )

    def choose(self, wanted: dict[int, bool], text: str) -> None:
        ef = self.document.file
        votes = convergence.list_votes(ef)
        before = {t: votes[t].chosen if t in votes else False for t in wanted}
        if before == wanted:
            return
        self.document.push(
            ServiceCommand(
                self.document,
                text,
                lambda: convergence.set_chosen(ef, wanted),
                lambda: convergence.set_chosen(ef, before),
            )
        )

    def toggle_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and not self.model.read_only:
            entry = self.model.entry(rows[0].row())
            self.set_chosen(entry.topic.id, not entry.chosen)

    def choose_top(self) -> None:
        ranked = [self.model.entry(r) for r in range(self.model.rowCount())]
        top = {r.topic.id for r in top_ranked(ranked, self.top_count.value())}
        wanted = {r.topic.id: r.topic.id in top for r in ranked if r.chosen or r.topic.id in top}
        self.choose(wanted, self.tr("Choose the top places"))

    def clear_choice(self) -> None:
        ranked = [self.model.entry(r) for r in range(self.model.rowCount())]
        self.choose({r.topic.id: False for r in ranked if r.chosen}, self.tr("Clear the choice"))
