"""Café setup: tables with seats and hosts, rounds with questions, callers (Pro Action Café)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QWidget

from cafedesk.domain.cafe import CafeRound, CafeTable, Caller
from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.model import Method
from cafedesk.services import cafe, participants
from cafedesk.services import event as event_service
from cafedesk.services.base import Done
from cafedesk.services.files import Tombstone
from cafedesk.ui.delegates import ChoiceDelegate
from cafedesk.ui.document import EventDocument, ServiceCommand, qt_translate
from cafedesk.ui.models.domain_table import Column
from cafedesk.ui.pages.base import Page
from cafedesk.ui.pages.table_page import TablePage

PARTS = (Part.CAFE, Part.PARTICIPANTS, Part.EVENT)


class _Panel(TablePage[Any]):
    """A TablePage shown inside a tab: the tab names it, so its own heading goes."""

    parts = PARTS

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.heading.hide()
        self.page_layout.setContentsMargins(0, 6, 0, 0)

    def people_choices(self, blank: str) -> list[tuple[Any, str]]:
        people = sorted(participants.list_participants(self.document.file), key=lambda p: p.name)
        return [(-1, blank), *((p.id, p.name) for p in people)]

    def names(self) -> dict[int, str]:
        return {p.id: p.name for p in participants.list_participants(self.document.file)}

    def restore(self, tomb: Tombstone) -> Done[None]:
        return cafe.restore(self.document.file, tomb)


def _person(value: object) -> int | None:
    return None if value in (None, -1, "") else int(str(value))


class TablesPanel(_Panel):
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
                lambda t, v: dataclasses.replace(t, host_id=_person(v)),
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

    def create(self) -> Done[CafeTable]:
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


class RoundsPanel(_Panel):
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

    def create(self) -> Done[CafeRound]:
        rows = self.model.rows()
        question = rows[-1].question if rows else ""
        return cafe.add_round(self.document.file, question)

    def delete(self, key: int) -> Done[Tombstone]:
        return cafe.delete_round(self.document.file, key)

    def count_text(self, total: int, shown: int) -> str:
        minutes = sum(r.minutes for r in self.model.rows())
        return self.tr("%n round(s)", "", total) + " · " + self.tr("%n minute(s)", "", minutes)


class CallersPanel(_Panel):
    stretch_column = 1

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        self._names: dict[int, str] = {}
        self._tables: dict[int, str] = {}
        super().__init__(document, parent)
        self.person_delegate = ChoiceDelegate([], self.view)
        self.table_delegate = ChoiceDelegate([], self.view)
        self.view.setItemDelegateForColumn(0, self.person_delegate)
        self.view.setItemDelegateForColumn(2, self.table_delegate)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CallersPanel", "Callers")

    def what(self, value: Caller) -> str:
        return self._names.get(value.participant_id, "")

    def columns(self) -> Sequence[Column[Caller]]:
        return [
            Column(
                self.tr("Caller"),
                lambda c: self._names.get(c.participant_id, ""),
                lambda c, v: dataclasses.replace(c, participant_id=_person(v) or c.participant_id),
                editor=lambda c: c.participant_id,
            ),
            Column(
                self.tr("Project question"),
                lambda c: c.question,
                lambda c, v: dataclasses.replace(c, question=str(v)),
            ),
            Column(
                self.tr("Table"),
                lambda c: self._tables.get(c.table_id, "") if c.table_id else "",
                lambda c, v: dataclasses.replace(c, table_id=_person(v)),
                editor=lambda c: c.table_id if c.table_id is not None else -1,
            ),
        ]

    def load(self) -> Sequence[Caller]:
        self._names = self.names()
        snap = cafe.load_cafe(self.document.file)
        self._tables = {t.id: t.label for t in snap.tables}
        if hasattr(self, "table_delegate"):
            self.person_delegate.choices = self.people_choices("")[1:]
            no_table = (-1, self.tr("— no table —"))
            self.table_delegate.choices = [no_table, *self._tables.items()]
        return snap.callers

    def put(self, value: Caller) -> Done[Caller]:
        return cafe.put_caller(self.document.file, value)

    def create(self) -> Done[Caller]:
        snap = cafe.load_cafe(self.document.file)
        taken = {c.participant_id for c in snap.callers}
        free_tables = [t.id for t in snap.tables if snap.caller_at(t.id) is None]
        people = [
            p for p in participants.list_participants(self.document.file) if p.id not in taken
        ]
        if not people:
            raise ValidationError(self.tr("Everyone on the participant list is a caller."))
        chosen = next((p for p in people if "caller" in p.roles), people[0])
        table = free_tables[0] if free_tables else None
        return cafe.add_caller(self.document.file, chosen.id, "", table)

    def delete(self, key: int) -> Done[Tombstone]:
        return cafe.delete_caller(self.document.file, key)

    def count_text(self, total: int, shown: int) -> str:
        return self.tr("%n caller(s)", "", total)


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
        self.rounds = RoundsPanel(document, self)
        self.callers = CallersPanel(document, self)
        for panel in (self.tables, self.rounds, self.callers):
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
        self.tabs.setTabVisible(2, pac)
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
        if snap.tables and seats < people:
            text += " " + self.tr("There are %1 seats for %2 participants.").replace(
                "%1", str(seats)
            ).replace("%2", str(people))
        self.hint.setText(text)

    def refresh(self, changes: Changes) -> None:
        for panel in (self.tables, self.rounds, self.callers):
            panel.refresh(changes)
        if changes.touches(*PARTS):
            self._update_method()

    def set_read_only(self, read_only: bool) -> None:
        for panel in (self.tables, self.rounds, self.callers):
            panel.set_read_only(read_only)
        self.prefill_button.setEnabled(not read_only)

    def prefill_pro_action(self) -> None:
        ef = self.document.file
        result: dict[str, Any] = {}

        def do() -> Changes:
            done = cafe.prefill_pro_action(ef, qt_translate)
            result["value"] = done.value
            return done.changes

        command = ServiceCommand(
            self.document,
            self.tr("Pro Action Café questions"),
            do,
            lambda: cafe.undo_prefill(ef, result["value"]),
        )
        self.document.push(command)
