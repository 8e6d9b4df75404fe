"""Seating: rounds by tables with names, planning with the solver, re-planning, manual moves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cafedesk.domain.cafe import SeatingPlan
from cafedesk.domain.changes import Changes, Part
from cafedesk.services import cafe_plan
from cafedesk.services.cafe_figures import CONFLICT_LABELS, SeatingFigures, seating_figures
from cafedesk.services.cafe_plan import CafeContext, PlanProposal
from cafedesk.ui.cafe.paper_menu import PaperMenu
from cafedesk.ui.cafe.plan_dialogs import MoveDialog, ProposalDialog, ReplanDialog
from cafedesk.ui.document import EventDocument, ServiceCommand, qt_translate
from cafedesk.ui.pages.base import Page
from cafedesk.ui.tasks import Report, Task, run_task

PARTS = (Part.CAFE, Part.PARTICIPANTS, Part.EVENT)
CELL_ROLE = Qt.ItemDataRole.UserRole + 10
CONFLICT_BRUSH = QBrush(QColor("#fbe3d6"))
TIME_LIMIT = 2.0


class SeatingPage(Page):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.task: Task | None = None
        self.proposal_dialog: ProposalDialog | None = None
        self.add_heading(self.title())
        bar = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Plan rotation…"), self)
        self.plan_button.clicked.connect(lambda: self.plan())
        self.replan_button = QPushButton(self.tr("Re-plan from round…"), self)
        self.replan_button.clicked.connect(self.replan)
        self.move_button = QPushButton(self.tr("Move person…"), self)
        self.move_button.clicked.connect(self.move_selected)
        self.paper = PaperMenu(self, document, harvest=False)
        for button in (self.plan_button, self.replan_button, self.move_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.paper.button)
        self.page_layout.addLayout(bar)
        self.figures_label = QLabel(self)
        self.figures_label.setTextFormat(Qt.TextFormat.PlainText)
        self.figures_label.setWordWrap(True)
        self.page_layout.addWidget(self.figures_label)
        self.grid = QTableWidget(self)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.cellDoubleClicked.connect(lambda _r, _c: self.move_selected())
        self.page_layout.addWidget(self.grid, 1)
        self.context: CafeContext = cafe_plan.read_context(document.file)
        self.figures: SeatingFigures | None = None
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SeatingPage", "Seating")

    # --- showing -------------------------------------------------------------------
    def reload(self) -> None:
        self.context = context = cafe_plan.read_context(self.document.file)
        cafe = context.cafe
        self.figures = figs = seating_figures(context)
        names = {p.id: p.name for p in context.people}
        hosts = cafe.hosts()
        self.grid.clear()
        self.grid.setColumnCount(len(cafe.rounds))
        unseated_row = any(figs.unseated.values())
        self.grid.setRowCount(len(cafe.tables) + (1 if unseated_row else 0))
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Round %1 · %2 min")
                .replace("%1", str(r.number))
                .replace("%2", str(r.minutes))
                for r in cafe.rounds
            ]
        )
        labels = [self.tr("Table %1").replace("%1", t.label) for t in cafe.tables]
        self.grid.setVerticalHeaderLabels(labels + ([self.tr("No seat")] if unseated_row else []))
        for col, rnd in enumerate(cafe.rounds):
            header = self.grid.horizontalHeaderItem(col)
            if rnd.question and header is not None:
                header.setToolTip(rnd.question)
            by_table = cafe.plan.seats.get(rnd.id, {})
            for row, table in enumerate(cafe.tables):
                lines = []
                for pid in by_table.get(table.id, ()):
                    text = names.get(pid, "?")
                    if pid == hosts.get(table.id):
                        text = "★ " + text
                    repeats = figs.repeats_by_person.get(pid, 0)
                    if repeats:
                        text += " " + self.tr("(meets %n again)", "", repeats)
                    lines.append(text)
                cell = (rnd.id, table.id)
                item = QTableWidgetItem("\n".join(lines))
                item.setData(CELL_ROLE, cell)
                conflicts = figs.conflicts.get(cell, frozenset())
                tip = [
                    self.tr("%n of %1 seats", "", figs.sizes[cell]).replace("%1", str(table.seats))
                ]
                tip.append(self.tr("%n stakeholder group(s)", "", figs.groups[cell]))
                if conflicts:
                    item.setBackground(CONFLICT_BRUSH)
                    tip += ["⚠ " + qt_translate(CONFLICT_LABELS[c]) for c in sorted(conflicts)]
                item.setToolTip("\n".join(tip))
                self.grid.setItem(row, col, item)
            if unseated_row:
                people = figs.unseated.get(rnd.id, ())
                item = QTableWidgetItem("\n".join(names.get(p, "?") for p in people))
                item.setBackground(CONFLICT_BRUSH if people else QBrush())
                self.grid.setItem(len(cafe.tables), col, item)
        self.figures_label.setText(self.summary(figs))
        has_plan = cafe_plan.has_seating(cafe.plan)
        self.replan_button.setEnabled(has_plan and not self.document.read_only)
        self.move_button.setEnabled(has_plan and not self.document.read_only)

    def summary(self, figs: SeatingFigures) -> str:
        cafe = self.context.cafe
        if not cafe.tables or not cafe.rounds:
            return self.tr("Add tables and rounds on the Café setup page first.")
        if not cafe_plan.has_seating(cafe.plan):
            seats = sum(t.seats for t in cafe.tables)
            people = len(self.context.seated_people())
            return (
                self.tr("No seating yet: %1 people, %2 seats, %3 rounds. Use “Plan rotation…”.")
                .replace("%1", str(people))
                .replace("%2", str(seats))
                .replace("%3", str(len(cafe.rounds)))
            )
        totals = figs.totals
        sizes = [n for n in figs.sizes.values() if n]
        groups = [figs.groups[c] for c, n in figs.sizes.items() if n]
        parts = [
            self.tr("%n repeated encounter(s)", "", totals["repeat_pairs"]),
            self.tr("tables of %1–%2")
            .replace("%1", str(min(sizes, default=0)))
            .replace("%2", str(max(sizes, default=0))),
            self.tr("%1 groups per table on average").replace(
                "%1", f"{sum(groups) / max(1, len(groups)):.1f}"
            ),
            self.tr("%n table(s) with a conflict", "", len(figs.conflicts)),
        ]
        unseated = sum(len(p) for p in figs.unseated.values())
        if unseated:
            parts.append(self.tr("%n seat(s) missing", "", unseated))
        return " · ".join(parts)

    def refresh(self, changes: Changes) -> None:
        if changes.touches(*PARTS):
            self.reload()

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.plan_button, self.replan_button, self.move_button):
            button.setEnabled(not read_only)

    def selected_cell(self) -> tuple[int, int] | None:
        item = self.grid.currentItem()
        value: Any = item.data(CELL_ROLE) if item is not None else None
        return tuple(value) if value else None

    # --- planning ------------------------------------------------------------------
    def plan(self, from_round: int = 1, absent: dict[int, frozenset[int]] | None = None) -> None:
        ef = self.document.file

        def work(report: Report, cancelled: Any) -> PlanProposal:
            return cafe_plan.plan_rotation(
                ef,
                from_round=from_round,
                absent=absent,
                time_limit=TIME_LIMIT,
                progress=report,
                cancelled=cancelled,
                translate=qt_translate,
            )

        self.plan_button.setEnabled(False)
        self.task = run_task(
            self,
            self.tr("Planning the seating…"),
            work,
            self.show_proposal,
            self._failed,
            cancel_text=self.tr("Stop and keep the best"),
        )

    def _failed(self, message: str) -> None:
        self.plan_button.setEnabled(not self.document.read_only)
        self.message_bar.show_message(message)

    def show_proposal(self, proposal: PlanProposal) -> None:
        self.plan_button.setEnabled(not self.document.read_only)
        self.proposal_dialog = dialog = ProposalDialog(proposal, self)
        dialog.accepted.connect(lambda: self.accept_plan(proposal.plan))
        dialog.open()

    def accept_plan(self, plan: SeatingPlan) -> None:
        ef = self.document.file
        previous: dict[str, SeatingPlan] = {}

        def do() -> Changes:
            done = cafe_plan.apply_seating(ef, plan)
            previous.setdefault("plan", done.value)
            return done.changes

        self.document.push(
            ServiceCommand(
                self.document,
                self.tr("Seating plan"),
                do,
                lambda: cafe_plan.apply_seating(ef, previous["plan"]).changes,
            )
        )

    def replan(self) -> None:
        cell = self.selected_cell()
        rounds = [r.id for r in self.context.cafe.rounds]
        first = rounds.index(cell[0]) + 1 if cell else 2
        dialog = ReplanDialog(self.context, max(first, 1), self)
        if dialog.exec() == ReplanDialog.DialogCode.Accepted:
            self.plan(dialog.from_round(), dialog.absent())

    def move_selected(self) -> None:
        cell = self.selected_cell()
        if cell is None:
            self.message_bar.show_message(self.tr("Select a table in a round first."))
            return
        dialog = MoveDialog(self.context, cell[0], cell[1], self)
        if dialog.exec() != MoveDialog.DialogCode.Accepted:
            return
        pid, tid = dialog.participant_id(), dialog.table_id()
        if pid is not None and tid is not None:
            self.move_person(cell[0], pid, tid)

    def move_person(self, round_id: int, participant_id: int, table_id: int) -> None:
        ef = self.document.file
        before = self.context.cafe.plan.table_of(round_id, participant_id)
        name = next((p.name for p in self.context.people if p.id == participant_id), "")
        self.document.push(
            ServiceCommand(
                self.document,
                self.tr("Move “%1”").replace("%1", name),
                lambda: cafe_plan.move_person(ef, round_id, participant_id, table_id),
                lambda: cafe_plan.move_person(ef, round_id, participant_id, before),
            )
        )
