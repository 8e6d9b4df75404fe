"""Café setup: tables with seats and hosts (in a Pro Action Café, callers with their
project questions), and rounds with their questions."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QWidget

from cafedesk.domain.cafe import CafeRound, CafeTable
from cafedesk.domain.changes import Changes
from cafedesk.domain.model import Method
from cafedesk.services import cafe, participants
from cafedesk.services import event as event_service
from cafedesk.services.base import Done
from cafedesk.services.files import Tombstone
from cafedesk.ui.cafe.caller_tables import CallerTablesPanel
from cafedesk.ui.cafe.setup_panel import PARTS, Panel, person_id
from cafedesk.ui.delegates import ChoiceDelegate
from cafedesk.ui.document import EventDocument, ServiceCommand
from cafedesk.ui.models.domain_table import Column
from cafedesk.ui.pages.base import Page


class TablesPanel(Panel):
    reorderable = True
    stretch_column = 1

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        self._names: dict[int, str] = {}
        super().__init__(document, parent)
        self.host_delegate = ChoiceDelegate([], self.view)
        self.view.setItemDelegateForColumn(3, self.host_delegate)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TablesPanel", "Tables")

    def what(self, value: CafeTable) -> str:
        return self.tr("table %1").replace("%1", value.label)

    def columns(self) -> Sequence[Column[CafeTable]]:
        return [
            Column(
                self.tr("Number"),
                lambda t: t.number,
                lambda t, v: dataclasses.replace(t, number=int(v)),
                numeric=True,
            ),
            Column(
                self.tr("Name"),
                lambda t: t.name,
                lambda t, v: dataclasses.replace(t, name=str(v)),
                tooltip=self.tr("Optional, e.g. the corner of the room"),
            ),
            Column(
                self.tr("Seats"),
                lambda t: t.seats,
                lambda t, v: dataclasses.replace(t, seats=int(v)),
                numeric=True,
            ),
            Column(
                self.tr("Host"),
                lambda t: self._names.get(t.host_id, "") if t.host_id else "",
                lambda t, v: dataclasses.replace(t, host_id=person_id(v)),
                editor=lambda t: t.host_id if t.host_id is not None else -1,
                tooltip=self.tr("The host stays at the table every round"),
            ),
        ]

    def load(self) -> Sequence[CafeTable]:
        self._names = self.names()
        if hasattr(self, "host_delegate"):
            self.host_delegate.choices = self.people_choices(self.tr("— no host —"))
        return cafe.load_cafe(self.document.file).tables

    def put(self, value: CafeTable) -> Done[CafeTable]:
        return cafe.put_table(self.document.file, value)

    def create_row(self) -> Done[CafeTable]:
        rows = self.model.rows()
        seats = rows[-1].seats if rows else 5
        return cafe.add_table(self.document.file, seats)

    def delete(self, key: int) -> Done[Tombstone]:
        return cafe.delete_table(self.document.file, key)

    def reorder(self, ordered_keys: list[int]) -> Done[list[int]]:
        return cafe.reorder_tables(self.document.file, ordered_keys)

    def count_text(self, total: int, shown: int) -> str:
        seats = sum(t.seats for t in self.model.rows())
        hosted = sum(1 for t in self.model.rows() if t.host_id)
        return " · ".join(
            (
                self.tr("%n table(s)", "", total),
                self.tr("%n seat(s)", "", seats),
                self.tr("%n with a host", "", hosted),
            )
        )


class RoundsPanel(Panel):
    stretch_column = 2

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RoundsPanel", "Rounds")

    def what(self, value: CafeRound) -> str:
        return self.tr("round %1").replace("%1", str(value.number))

    def columns(self) -> Sequence[Column[CafeRound]]:
        return [
            Column(self.tr("Round"), lambda r: r.number, numeric=True),
            Column(
                self.tr("Minutes"),
                lambda r: r.minutes,
                lambda r, v: dataclasses.replace(r, minutes=int(v)),
                numeric=True,
            ),
            Column(
                self.tr("Question"),
                lambda r: r.question,
                lambda r, v: dataclasses.replace(r, question=str(v)),
                tooltip=self.tr("The question that matters in this round; printed on the tents"),
            ),
        ]

    def load(self) -> Sequence[CafeRound]:
        return cafe.load_cafe(self.document.file).rounds

    def put(self, value: CafeRound) -> Done[CafeRound]:
        return cafe.put_round(self.document.file, value)

    def create_row(self) -> Done[CafeRound]:
        rows = self.model.rows()
        question = rows[-1].question if rows else ""
        return cafe.add_round(self.document.file, question)

    def delete(self, key: int) -> Done[Tombstone]:
        return cafe.delete_round(self.document.file, key)

    def count_text(self, total: int, shown: int) -> str:
        minutes = sum(r.minutes for r in self.model.rows())
        return self.tr("%n round(s)", "", total) + " · " + self.tr("%n minute(s)", "", minutes)


class CafeSetupPage(Page):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.add_heading(self.title())
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.page_layout.addWidget(self.hint)
        self.prefill_button = QPushButton(self.tr("Use the three Pro Action Café questions"), self)
        self.prefill_button.clicked.connect(self.prefill_pro_action)
        self.tabs = QTabWidget(self)
        self.tables = TablesPanel(document, self)
        self.caller_tables = CallerTablesPanel(document, self)
        self.rounds = RoundsPanel(document, self)
        self.panels: tuple[Panel, ...] = (self.tables, self.caller_tables, self.rounds)
        for panel in self.panels:
            self.tabs.addTab(panel, panel.title())
        self.rounds.extra_buttons.insertWidget(2, self.prefill_button)
        self.page_layout.addWidget(self.tabs, 1)
        self._update_method()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CafeSetupPage", "Café setup")

    def pro_action(self) -> bool:
        return event_service.get_event(self.document.file).method is Method.PRO_ACTION_CAFE

    def _update_method(self) -> None:
        pac = self.pro_action()
        # A Pro Action Café table is hosted by its caller: one row sets both.
        self.tabs.setTabVisible(self.tabs.indexOf(self.tables), not pac)
        self.tabs.setTabVisible(self.tabs.indexOf(self.caller_tables), pac)
        self.prefill_button.setVisible(pac)
        snap = cafe.load_cafe(self.document.file)
        seats = sum(t.seats for t in snap.tables)
        people = len(participants.list_participants(self.document.file))
        if pac:
            text = self.tr(
                "Pro Action Café: each caller hosts a table with a project question; "
                "the others visit a different caller in each of three rounds."
            )
        else:
            text = self.tr(
                "World Café: hosts stay at their table; everyone else moves to a new table "
                "each round to meet new people."
            )
        homeless = [c for c in snap.callers if c.table_id is None] if pac else []
        if homeless:
            names = {p.id: p.name for p in participants.list_participants(self.document.file)}
            text += " " + self.tr(
                "Without a table: %1. Choose them as a table's caller to seat them."
            ).replace("%1", ", ".join(names.get(c.participant_id, "?") for c in homeless))
        if snap.tables and seats < people:
            text += " " + self.tr("There are %1 seats for %2 participants.").replace(
                "%1", str(seats)
            ).replace("%2", str(people))
        self.hint.setText(text)

    def refresh(self, changes: Changes) -> None:
        for panel in self.panels:
            panel.refresh(changes)
        if changes.touches(*PARTS):
            self._update_method()

    def set_read_only(self, read_only: bool) -> None:
        for panel in self.panels:
            panel.set_read_only(read_only)
        self.prefill_button.setEnabled(not read_only)

    def prefill_pro_action(self) -> None:
        ef = self.document.file
        result: dict[str, Any] = {}

        def do() -> Changes:
            done = cafe.prefill_pro_action(ef)  # the paper's language
            result["value"] = done.value
            return done.changes

        command = ServiceCommand(
            self.document,
            self.tr("Pro Action Café questions"),
            do,
            lambda: cafe.undo_prefill(ef, result["value"]),
        )
        self.document.push(command)
