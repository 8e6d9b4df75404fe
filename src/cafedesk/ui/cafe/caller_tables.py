"""Pro Action Café tables: each row is a table, its caller (who hosts it) and the caller's
project question, set together in one row and stored as one step."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cafedesk.domain.cafe import CafeTable, Caller
from cafedesk.services import cafe
from cafedesk.services.base import Done
from cafedesk.services.files import Tombstone
from cafedesk.ui.cafe.setup_panel import Panel, person_id
from cafedesk.ui.delegates import ChoiceDelegate
from cafedesk.ui.document import EventDocument
from cafedesk.ui.models.domain_table import Column


@dataclass(frozen=True)
class HostedTable:
    table: CafeTable
    caller: Caller | None = None

    @property
    def id(self) -> int:
        return self.table.id


class CallerTablesPanel(Panel):
    reorderable = True
    stretch_column = 4

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        self._names: dict[int, str] = {}
        super().__init__(document, parent)
        self.caller_delegate = ChoiceDelegate([], self.view)
        self.view.setItemDelegateForColumn(3, self.caller_delegate)
        self.reload()
        # Sized for a full name even while no caller is chosen yet.
        self.view.setColumnWidth(1, max(self.view.columnWidth(1), 160))
        self.view.setColumnWidth(3, max(self.view.columnWidth(3), 220))

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CallerTablesPanel", "Tables and callers")

    def what(self, value: HostedTable) -> str:
        return self.tr("table %1").replace("%1", value.table.label)

    def columns(self) -> Sequence[Column[HostedTable]]:
        def table_edit(field: str, convert: type) -> Column[HostedTable]:
            return Column(
                {"number": self.tr("Number"), "name": self.tr("Name"), "seats": self.tr("Seats")}[
                    field
                ],
                lambda h: getattr(h.table, field),
                lambda h, v: dataclasses.replace(
                    h, table=dataclasses.replace(h.table, **{field: convert(v)})
                ),
                numeric=convert is int,
            )

        return [
            table_edit("number", int),
            table_edit("name", str),
            table_edit("seats", int),
            Column(
                self.tr("Caller"),
                lambda h: self._names.get(h.caller.participant_id, "") if h.caller else "",
                self._with_caller,
                editor=lambda h: h.caller.participant_id if h.caller else -1,
                tooltip=self.tr("Who brings a project question and hosts this table"),
            ),
            Column(
                self.tr("Project question"),
                lambda h: h.caller.question if h.caller else "",
                self._with_question,
                tooltip=self.tr("The caller's question; printed on the table tent"),
            ),
        ]

    def _with_caller(self, value: HostedTable, chosen: object) -> HostedTable:
        person = person_id(chosen)
        if person is None:
            return dataclasses.replace(value, caller=None)
        if value.caller is not None:
            return dataclasses.replace(
                value, caller=dataclasses.replace(value.caller, participant_id=person)
            )
        caller = Caller(cafe.new_caller_id(self.document.file), person, table_id=value.table.id)
        return dataclasses.replace(value, caller=caller)

    def _with_question(self, value: HostedTable, text: object) -> HostedTable:
        if value.caller is None:
            if not str(text).strip():
                return value
            raise ValueError(self.tr("Choose the table's caller first, then the question."))
        return dataclasses.replace(
            value, caller=dataclasses.replace(value.caller, question=str(text))
        )

    def load(self) -> Sequence[HostedTable]:
        self._names = self.names()
        snap = cafe.load_cafe(self.document.file)
        if hasattr(self, "caller_delegate"):
            tables = {t.id: t.number for t in snap.tables}
            at_table = {c.participant_id: tables.get(c.table_id or -1) for c in snap.callers}
            choices = self.people_choices(self.tr("— no caller —"))
            taken = self.tr("%1 (caller at table %2)")
            self.caller_delegate.choices = [
                (pid, label)
                if at_table.get(pid) is None
                else (pid, taken.replace("%1", label).replace("%2", str(at_table[pid])))
                for pid, label in choices
            ]
        return [HostedTable(t, snap.caller_at(t.id)) for t in snap.tables]

    def put(self, value: HostedTable) -> Done[CafeTable]:
        return cafe.put_hosted_table(self.document.file, value.table, value.caller)

    def create_row(self) -> Done[HostedTable]:
        rows = self.model.rows()
        seats = rows[-1].table.seats if rows else 5
        done = cafe.add_table(self.document.file, seats)
        return Done(HostedTable(done.value), done.changes)

    def delete(self, key: int) -> Done[Tombstone]:
        return cafe.delete_table(self.document.file, key)

    def reorder(self, ordered_keys: list[int]) -> Done[list[int]]:
        return cafe.reorder_tables(self.document.file, ordered_keys)

    def count_text(self, total: int, shown: int) -> str:
        rows = self.model.rows()
        seats = sum(h.table.seats for h in rows)
        callers = sum(1 for h in rows if h.caller)
        return " · ".join(
            (
                self.tr("%n table(s)", "", total),
                self.tr("%n seat(s)", "", seats),
                self.tr("%n with a caller", "", callers),
            )
        )
