"""Harvest: per table and round, key insights, emerging questions and flipchart photos;
PAC callers' way forward.

Text is stored as it is typed (after a short pause) and each pause is one undo
step; consecutive edits of the same field merge into one step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.cafe import Harvest
from cafedesk.domain.changes import Changes, Part
from cafedesk.services import cafe_harvest, cafe_plan, photos
from cafedesk.services.cafe_plan import CafeContext
from cafedesk.ui.cafe.paper_menu import PaperMenu
from cafedesk.ui.document import EventDocument, ServiceCommand
from cafedesk.ui.notes.photo_strip import PhotoStrip, titled_column
from cafedesk.ui.pages.base import Page

DEBOUNCE_MS = 700
MERGE_ID = 0x4A7E
FIELDS = ("insights", "questions", "next_steps", "help_needed")


class TypingCommand(ServiceCommand):
    """One pause in typing; merges with the next pause in the same field."""

    def __init__(
        self,
        document: EventDocument,
        text: str,
        key: tuple[object, ...],
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
    ) -> None:
        super().__init__(document, text, do, undo)
        self.key = key

    def id(self) -> int:
        return MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TypingCommand) or other.key != self.key:
            return False
        self._do = other._do  # keep our undo (the text before the first pause)
        return True


def _editor(parent: QWidget, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    return edit


class HarvestPage(Page):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.add_heading(self.title())
        top = QHBoxLayout()
        self.round_box = QComboBox(self)
        top.addWidget(QLabel(self.tr("Round"), self))
        top.addWidget(self.round_box, 1)
        self.paper = PaperMenu(self, document, harvest=True)
        top.addWidget(self.paper.button)
        self.page_layout.addLayout(top)
        self.question = QLabel(self)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.page_layout.addWidget(self.question)
        body = QHBoxLayout()
        self.tables = QListWidget(self)
        self.tables.setMaximumWidth(340)
        self.tables.setMinimumWidth(300)
        body.addWidget(self.tables)
        right = QVBoxLayout()
        form = QFormLayout()
        self.insights = _editor(self, self.tr("What did this table find? One idea per line."))
        self.questions = _editor(self, self.tr("Which new questions came up?"))
        self.next_steps = _editor(self, self.tr("What will the caller do next?"))
        self.help_needed = _editor(self, self.tr("Which help does the caller still need?"))
        self.caller_label = QLabel(self)
        self.caller_label.setTextFormat(Qt.TextFormat.PlainText)
        self.caller_label.setWordWrap(True)
        form.addRow(self.tr("Key insights"), self.insights)
        form.addRow(self.tr("Emerging questions"), self.questions)
        form.addRow(self.caller_label)
        form.addRow(self.tr("Next steps"), self.next_steps)
        form.addRow(self.tr("Help needed"), self.help_needed)
        self.form = form
        right.addLayout(form)
        body.addLayout(right, 1)
        # The selected table's photos of the selected round, as for session reports.
        self.photos = PhotoStrip(document, self)
        side = titled_column(self.photos)
        body.addSpacing(8)
        body.addLayout(side)
        self.page_layout.addLayout(body, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        self._dirty: set[str] = set()
        self._flushing = False  # storing: the page is refreshed once at the end, not per step
        self._cell: tuple[int, int] | None = None
        for name in FIELDS:
            edit: QPlainTextEdit = getattr(self, name)
            edit.textChanged.connect(lambda n=name: self._typed(n))
        self.round_box.currentIndexChanged.connect(self._select)
        self.tables.currentRowChanged.connect(self._select)
        self.context: CafeContext = cafe_plan.read_context(document.file)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("HarvestPage", "Harvest")

    # --- showing -------------------------------------------------------------------
    def reload(self) -> None:
        self.flush()
        self.context = context = cafe_plan.read_context(self.document.file)
        cafe = context.cafe
        names = {p.id: p.name for p in context.people}
        hosts = cafe.hosts()
        round_at, table_at = self.round_box.currentIndex(), self.tables.currentRow()
        for widget in (self.round_box, self.tables):
            widget.blockSignals(True)
        self.round_box.clear()
        for rnd in cafe.rounds:
            self.round_box.addItem(self.tr("Round %1").replace("%1", str(rnd.number)), rnd.id)
        self.round_box.setCurrentIndex(max(0, min(round_at, len(cafe.rounds) - 1)))
        self.tables.clear()
        round_id = self.round_box.currentData()
        pictured = set(photos.harvest_photos(self.document.file))  # cells with photos
        for table in cafe.tables:
            host = names.get(hosts.get(table.id, -1), "")
            text = self.tr("Table %1").replace("%1", table.label) + (f" — {host}" if host else "")
            if round_id is not None and (
                not cafe.harvest_of(table.id, round_id).empty or (round_id, table.id) in pictured
            ):
                text = "✓ " + text
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, table.id)
            self.tables.addItem(item)
        self.tables.setCurrentRow(max(0, min(table_at, len(cafe.tables) - 1)))
        for widget in (self.round_box, self.tables):
            widget.blockSignals(False)
        pac = context.pro_action
        for row in (2, 3, 4):
            self.form.setRowVisible(row, pac)
        self._show_cell()

    def current_cell(self) -> tuple[int, int] | None:
        item = self.tables.currentItem()
        round_id = self.round_box.currentData()
        if item is None or round_id is None:
            return None
        return int(round_id), int(item.data(Qt.ItemDataRole.UserRole))

    def _set(self, edit: QPlainTextEdit, text: str) -> None:
        """Show stored text, but never over typing that is not stored yet."""
        typing = any(getattr(self, name) is edit for name in self._dirty)
        if edit.toPlainText() != text and not typing:
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)

    def _show_cell(self) -> None:
        cell = self._cell = self.current_cell()
        cafe = self.context.cafe
        enabled = cell is not None and not self.document.read_only
        for edit in (self.insights, self.questions, self.next_steps, self.help_needed):
            edit.setEnabled(enabled)
        if cell is None:
            self.photos.show_harvest(None, None)
            self.question.setText(self.tr("Add tables and rounds on the Café setup page first."))
            return
        self.photos.show_harvest(*cell)
        rnd = next(r for r in cafe.rounds if r.id == cell[0])
        self.question.setText(rnd.question)
        harvest = cafe.harvest_of(cell[1], cell[0])
        self._set(self.insights, harvest.insights)
        self._set(self.questions, harvest.questions)
        caller = cafe.caller_at(cell[1])
        names = {p.id: p.name for p in self.context.people}
        self.caller_label.setText(
            self.tr("Caller %1: %2")
            .replace("%1", names.get(caller.participant_id, ""))
            .replace("%2", caller.question)
            if caller
            else self.tr("No caller at this table.")
        )
        self._set(self.next_steps, caller.next_steps if caller else "")
        self._set(self.help_needed, caller.help_needed if caller else "")
        for edit in (self.next_steps, self.help_needed):
            edit.setEnabled(enabled and caller is not None)

    def _select(self) -> None:
        self.flush()
        if self.sender() is self.round_box:
            self.reload()
        else:
            self._show_cell()

    def refresh(self, changes: Changes) -> None:
        parts = (Part.CAFE, Part.PARTICIPANTS, Part.EVENT, Part.PHOTOS)  # photos: the ✓ marks
        if changes.touches(*parts) and not self._dirty and not self._flushing:
            self.reload()

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.insights, self.questions, self.next_steps, self.help_needed):
            edit.setReadOnly(read_only)
        self.photos.reload()

    # --- storing -------------------------------------------------------------------
    def _typed(self, name: str) -> None:
        self._dirty.add(name)
        self.timer.start()

    def flush(self) -> None:
        """Store what was typed since the last pause, as one undo step per field group."""
        self.timer.stop()
        dirty, self._dirty = self._dirty, set()
        cell = self._cell
        if not dirty or cell is None:
            return
        ef = self.document.file
        # Every field is read before anything is stored: storing one refreshes pages.
        text = {name: getattr(self, name).toPlainText() for name in FIELDS}
        self._flushing = True
        try:
            self._store(cell, dirty, text)
        finally:
            self._flushing = False
        if not self._dirty:
            self.reload()  # reads the stored state once: the ✓ marks, and what changed meanwhile
        else:  # a refused field keeps its text: only the stored state is read again
            self.context = dataclasses.replace(self.context, cafe=cafe_plan.read_context(ef).cafe)

    def _store(self, cell: tuple[int, int], dirty: set[str], text: dict[str, str]) -> None:
        ef = self.document.file
        cafe = self.context.cafe
        if dirty & {"insights", "questions"}:
            new = Harvest(cell[1], cell[0], text["insights"], text["questions"])
            old = cafe.harvest_of(cell[1], cell[0])
            stored = self._push(
                ("harvest", *cell),
                self.tr("Type harvest"),
                lambda: cafe_harvest.put_harvest(ef, new).changes,
                lambda: cafe_harvest.put_harvest(ef, old).changes,
            )
            if not stored:  # refused: the text stays in its field, with the sentence shown
                self._dirty |= dirty & {"insights", "questions"}
        caller = cafe.caller_at(cell[1])
        if caller is not None and dirty & {"next_steps", "help_needed"}:
            steps, help_needed = text["next_steps"], text["help_needed"]
            stored = self._push(
                ("caller", caller.id),
                self.tr("Type next steps"),
                lambda: cafe_harvest.put_outcome(ef, caller.id, steps, help_needed).changes,
                lambda: (
                    cafe_harvest.put_outcome(
                        ef, caller.id, caller.next_steps, caller.help_needed
                    ).changes
                ),
            )
            if not stored:
                self._dirty |= dirty & {"next_steps", "help_needed"}

    def _push(
        self,
        key: tuple[object, ...],
        text: str,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
    ) -> bool:
        return self.document.push(TypingCommand(self.document, text, key, do, undo))
