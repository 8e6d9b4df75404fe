"""Dialogs around the seating: the proposal (before/after), re-plan choices, a manual move."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.cafe import SeatingPlan
from cafedesk.services.cafe_figures import moved, repeats_if_moved
from cafedesk.services.cafe_plan import CafeContext, PlanProposal


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ProposalDialog(QDialog):
    """Before and after, side by side; Accept stores the plan as one undo step."""

    def __init__(self, proposal: PlanProposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proposed seating"))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.addWidget(_plain(self.tr("Now"), self), 0, 1)
        grid.addWidget(_plain(self.tr("Proposed"), self), 0, 2)
        rows = (
            ("repeat_pairs", self.tr("Repeated encounters")),
            ("max_meetings", self.tr("Most times two people meet")),
            ("same_group_pairs", self.tr("Pairs from the same group at a table")),
            ("size_spread", self.tr("Largest difference in table size")),
            ("unseated", self.tr("People without a seat")),
            ("apart_violations", self.tr("Keep-apart pairs at one table")),
            ("together_violations", self.tr("Keep-together pairs split")),
            ("table_revisits", self.tr("Travellers back at a table")),
        )
        for row, (key, label) in enumerate(rows, start=1):
            grid.addWidget(_plain(label, self), row, 0)
            before = proposal.before.get(key)
            grid.addWidget(_plain("—" if before is None else str(before), self), row, 1)
            after = _plain(str(proposal.after.get(key, 0)), self)
            after.setObjectName(f"after_{key}")
            grid.addWidget(after, row, 2)
        layout.addLayout(grid)
        floor = proposal.floors.get("repeat_pairs", 0)
        if floor > 0:
            text = (
                self.tr(
                    "At least %1 repeated encounters are unavoidable (two people must meet "
                    "%2 times); this plan has %3, and no two people meet more than %4 times."
                )
                .replace("%1", str(floor))
                .replace("%2", str(proposal.floors.get("max_meetings", 2)))
                .replace("%3", str(proposal.after.get("repeat_pairs", 0)))
                .replace("%4", str(proposal.after.get("max_meetings", 0)))
            )
            bound = _plain(text, self)
            bound.setObjectName("unavoidable")
            layout.addWidget(bound)
        if proposal.from_round > 1:
            text = self.tr("Rounds before round %1 stay as they are.").replace(
                "%1", str(proposal.from_round)
            )
            layout.addWidget(_plain(text, self))
        for issue in proposal.issues:
            layout.addWidget(_plain("• " + issue, self))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Accept seating"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ReplanDialog(QDialog):
    """From which round on, who did not come, who arrives late."""

    def __init__(self, context: CafeContext, first: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Re-plan from a round"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.round_box = QSpinBox(self)
        self.round_box.setRange(1, max(1, len(context.cafe.rounds)))
        self.round_box.setValue(min(first, len(context.cafe.rounds)))
        form.addRow(self.tr("Plan again from round"), self.round_box)
        layout.addLayout(form)
        layout.addWidget(
            _plain(
                self.tr(
                    "Earlier rounds stay as they were. Tick who did not come (no seat from "
                    "that round on) and who arrives late (seated from that round on)."
                ),
                self,
            )
        )
        lists = QGridLayout()
        lists.addWidget(_plain(self.tr("No-shows"), self), 0, 0)
        lists.addWidget(_plain(self.tr("Late arrivals"), self), 0, 1)
        self.no_shows = self._people_list()
        self.late = self._people_list()
        lists.addWidget(self.no_shows, 1, 0)
        lists.addWidget(self.late, 1, 1)
        layout.addLayout(lists, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def _people_list(self) -> QListWidget:
        widget = QListWidget(self)
        hosts = set(self.context.cafe.hosts().values())
        for person in self.context.seated_people():
            item = QListWidgetItem(person.name + (self.tr(" (host)") if person.id in hosts else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    @staticmethod
    def _checked(widget: QListWidget) -> set[int]:
        return {
            int(widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        }

    def from_round(self) -> int:
        return self.round_box.value()

    def absent(self) -> dict[int, frozenset[int]]:
        """Stored absences, with the ticked people changed from the chosen round on."""
        no_shows, late = self._checked(self.no_shows), self._checked(self.late)
        stored: Mapping[int, frozenset[int]] = self.context.cafe.plan.absent
        out: dict[int, frozenset[int]] = {}
        for index, rnd in enumerate(self.context.cafe.rounds, start=1):
            gone = set(stored.get(rnd.id, frozenset()))
            if index >= self.from_round():
                gone = (gone | no_shows) - late
            else:
                gone |= late
            out[rnd.id] = frozenset(gone)
        return out


class MoveDialog(QDialog):
    """Move one person to another table in one round; each choice shows who they met before."""

    def __init__(
        self,
        context: CafeContext,
        round_id: int,
        table_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id = round_id
        self.plan: SeatingPlan = context.cafe.plan
        self.setWindowTitle(self.tr("Move a person"))
        names = {p.id: p.name for p in context.people}
        hosts = set(context.cafe.hosts().values())
        layout = QFormLayout(self)
        self.person = QComboBox(self)
        for pid in self.plan.seats.get(round_id, {}).get(table_id, ()):
            if pid not in hosts:
                self.person.addItem(names.get(pid, str(pid)), pid)
        self.target = QComboBox(self)
        layout.addRow(self.tr("Person"), self.person)
        layout.addRow(self.tr("To table"), self.target)
        self.preview = _plain("", self)
        layout.addRow(self.preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.person.currentIndexChanged.connect(self._fill_targets)
        self.target.currentIndexChanged.connect(self._show_preview)
        self._fill_targets()

    def participant_id(self) -> int | None:
        value = self.person.currentData()
        return None if value is None else int(value)

    def table_id(self) -> int | None:
        value = self.target.currentData()
        return None if value is None else int(value)

    def _fill_targets(self) -> None:
        self.target.blockSignals(True)
        self.target.clear()
        pid = self.participant_id()
        by_table = self.plan.seats.get(self.round_id, {})
        for table in self.context.cafe.tables:
            if pid is None or pid in by_table.get(table.id, ()):
                continue
            count = len(by_table.get(table.id, ()))
            again = repeats_if_moved(self.plan, self.round_id, pid, table.id)
            text = self.tr("Table %1 — %2 of %3 seats taken, meets %4 again")
            for key, value in (("%1", table.label), ("%2", count), ("%3", table.seats)):
                text = text.replace(key, str(value))
            self.target.addItem(text.replace("%4", str(again)), table.id)
        self.target.blockSignals(False)
        self._show_preview()

    def _show_preview(self) -> None:
        pid, tid = self.participant_id(), self.table_id()
        if pid is None or tid is None:
            self.preview.setText(self.tr("Nobody to move here (hosts stay)."))
            return
        from cafedesk.services.cafe_plan import figures

        now = figures(self.context)["repeat_pairs"]
        after = figures(self.context, moved(self.plan, self.round_id, pid, tid))["repeat_pairs"]
        self.preview.setText(
            self.tr("Repeated encounters in the whole café: %1 now, %2 after the move.")
            .replace("%1", str(now))
            .replace("%2", str(after))
        )
