"""The page pattern for lists: a toolbar, a search box and an editable, sortable table.

Subclasses give columns and the service calls; every edit, add, delete and
reorder becomes one undo command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from cafedesk.domain.changes import Changes, Part
from cafedesk.services.base import Done
from cafedesk.services.files import Tombstone
from cafedesk.ui.document import EventDocument, ServiceCommand
from cafedesk.ui.models.domain_table import ID_ROLE, SORT_ROLE, Column, DomainTableModel
from cafedesk.ui.pages.base import Page
from cafedesk.ui.pages.sheet_view import SheetView

T = TypeVar("T")


class TablePage(Page, Generic[T]):
    parts: tuple[Part, ...] = ()
    reorderable = False
    stretch_column = 0  # the column that takes the spare width (usually the name)

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.model: DomainTableModel[T] = DomainTableModel(self.columns(), self.key)
        # Queued: the store update resets the model, which must not happen while
        # the view is still inside commitData for the editor that sent the edit.
        self.model.edit_requested.connect(
            self._on_edit_requested, Qt.ConnectionType.QueuedConnection
        )
        self.model.edit_refused.connect(self.message_bar.show_message)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.heading = self.add_heading(self.title())

        bar = QHBoxLayout()
        self.add_action = self._action(
            self.tr("Add"), QKeySequence(Qt.Key.Key_Insert), self.add_row
        )
        self.delete_action = self._action(
            self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selected
        )
        self.up_action = self._action(
            self.tr("Move up"), QKeySequence("Alt+Up"), lambda: self.move_selected(-1)
        )
        self.down_action = self._action(
            self.tr("Move down"), QKeySequence("Alt+Down"), lambda: self.move_selected(1)
        )
        actions = [self.add_action, self.delete_action]
        if self.reorderable:
            actions += [self.up_action, self.down_action]
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addStretch(1)
        self.extra_buttons = bar  # subclasses add e.g. "Import…"
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.setMaximumWidth(260)
        bar.addWidget(self.search)
        search_action = QAction(self)
        search_action.setShortcut(QKeySequence.StandardKey.Find)
        search_action.triggered.connect(lambda: self.search.setFocus())
        self.addAction(search_action)
        self.page_layout.addLayout(bar)

        self.view = SheetView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setResizeContentsPrecision(100)  # sample rows: 1,000 participants size instantly
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.addActions(
            [self.add_action, self.delete_action, self.up_action, self.down_action]
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.page_layout.addWidget(self.view, 1)
        self.count_label = QLabel(self)
        self.page_layout.addWidget(self.count_label)
        self.reload()
        for column in range(self.model.columnCount()):
            if column != self.stretch_column:
                self.view.resizeColumnToContents(column)
                self.view.setColumnWidth(column, min(self.view.columnWidth(column) + 24, 320))

    # --- what subclasses provide -------------------------------------------------
    def columns(self) -> Sequence[Column[T]]:
        raise NotImplementedError

    def key(self, value: T) -> int:
        return int(value.id)  # type: ignore[attr-defined]

    def load(self) -> Sequence[T]:
        raise NotImplementedError

    def what(self, value: T) -> str:
        return str(value.name)  # type: ignore[attr-defined]

    def put(self, value: T) -> Done[Any]:
        raise NotImplementedError

    def create_row(self) -> Done[T]:
        raise NotImplementedError

    def delete(self, key: int) -> Done[Tombstone]:
        raise NotImplementedError

    def restore(self, tomb: Tombstone) -> Done[None]:
        raise NotImplementedError

    def reorder(self, ordered_keys: list[int]) -> Done[list[int]]:
        raise NotImplementedError

    def count_text(self, total: int, shown: int) -> str:
        return self.tr("%n row(s)", "", total)

    # --- behaviour ---------------------------------------------------------------
    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def reload(self) -> None:
        selected = self.selected_keys()
        self.model.set_rows(self.load())
        self.select_keys(selected)
        total = self.model.rowCount()
        self.count_label.setText(self.count_text(total, self.proxy.rowCount()))

    def refresh(self, changes: Changes) -> None:
        if changes.touches(*self.parts):
            self.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for action in (self.add_action, self.delete_action, self.up_action, self.down_action):
            action.setEnabled(not read_only)

    def selected_keys(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return [int(index.data(ID_ROLE)) for index in sorted(rows, key=lambda i: i.row())]

    def select_keys(self, keys: Sequence[int], edit_column: int | None = None) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for key in keys:
            row = self.model.row_of(key)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, edit_column or 0))
            selection.select(index, flags)
            self.view.setCurrentIndex(index) if edit_column is not None else None
            self.view.scrollTo(index)
            if edit_column is not None:
                self.view.edit(index)

    def _on_edit_requested(self, old: T, new: T) -> None:
        self.push_edit(old, new)

    def push_edit(self, old: T, new: T) -> None:
        """One edited cell as one undo step (a page may store more with it)."""
        text = self.tr("Edit “%1”").replace("%1", self.what(old))
        self.document.push(
            ServiceCommand(self.document, text, lambda: self.put(new), lambda: self.put(old))
        )

    def add_row(self) -> None:
        created: dict[str, T] = {}

        def do() -> Done[Any]:
            if "value" in created:
                return self.put(created["value"])  # redo keeps the same id
            done = self.create_row()
            created["value"] = done.value
            return done

        def undo() -> Changes:
            return self.delete(self.key(created["value"])).changes

        if self.document.push(ServiceCommand(self.document, self.tr("Add row"), do, undo)):
            self.search.clear()
            self.select_keys([self.key(created["value"])], edit_column=0)

    def delete_selected(self) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        names = [self.what(self.model.row_value(self.model.row_of(k))) for k in keys]
        tombs: list[Tombstone] = []

        def do() -> Changes:
            tombs.clear()
            changes = Changes()
            for key in keys:
                done = self.delete(key)
                tombs.append(done.value)
                changes |= done.changes
            return changes

        def undo() -> Changes:
            changes = Changes()
            for tomb in reversed(tombs):
                changes |= self.restore(tomb).changes
            return changes

        if len(names) == 1:
            text = self.tr("Delete “%1”").replace("%1", names[0])
        else:
            text = self.tr("Delete %n row(s)", "", len(names))
        self.document.push(ServiceCommand(self.document, text, do, undo))

    def move_selected(self, step: int) -> None:
        keys = self.selected_keys()
        if len(keys) != 1 or not self.reorderable:
            return
        order = [self.key(v) for v in self.model.rows()]
        at = order.index(keys[0])
        to = at + step
        if not 0 <= to < len(order):
            return
        new_order = order[:]
        new_order[at], new_order[to] = new_order[to], new_order[at]
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        command = ServiceCommand(
            self.document,
            self.tr("Move “%1”").replace("%1", self.what(self.model.row_value(at))),
            lambda: self.reorder(new_order),
            lambda: self.reorder(order),
        )
        self.document.push(command)
        self.select_keys(keys)
