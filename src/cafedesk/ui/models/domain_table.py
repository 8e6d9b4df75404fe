"""A thin table model over a list of frozen domain values.

Columns say how to show a value and how an edit makes a new value; the model
never writes anything itself. An edit is handed to the page as
``edit_requested(old, new)`` and the page pushes an undo command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    show: Callable[[T], Any]  # what is displayed (str or int)
    edit: Callable[[T, Any], T] | None = None  # new value from an edited cell
    editor: Callable[[T], Any] | None = None  # the cell's value for the editor (defaults to show)
    sort: Callable[[T], Any] | None = None
    tooltip: str = ""
    numeric: bool = False


class DomainTableModel(QAbstractTableModel, Generic[T]):
    edit_requested = Signal(object, object)  # old value, new value
    edit_refused = Signal(str)

    def __init__(self, columns: Sequence[Column[T]], key: Callable[[T], int]) -> None:
        super().__init__()
        self.columns = list(columns)
        self._key = key
        self._rows: list[T] = []
        self._shown: dict[int, tuple[tuple[Any, Any], ...]] = {}  # key -> what its cells show
        self.read_only = False

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows``, changing only what differs.

        No reset: a reset would close the editor the person is typing in (Tab after a
        name opens the next cell before the name's edit is stored) and forget the
        current cell, so the next arrow key or keystroke would land elsewhere.
        """
        rows = list(rows)
        new_keys = [self._key(v) for v in rows]
        wanted = set(new_keys)
        for at in reversed(range(len(self._rows))):
            if self._key(self._rows[at]) not in wanted:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._rows[at]
                self.endRemoveRows()
        present = {self._key(v) for v in self._rows}
        added = [v for v in rows if self._key(v) not in present]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
        if [self._key(v) for v in self._rows] != new_keys:
            self._reorder(new_keys)
        self._rows = rows
        # Only the cells that show something new are announced: Qt writes the model's
        # value into every open editor inside an announced range, over what was typed.
        # Compared by what is shown, because a cell can change with the row unchanged
        # (a host's name, after the person was renamed).
        shown = {key: self._cells(v) for key, v in zip(new_keys, rows, strict=True)}
        for at, key in enumerate(new_keys):
            before = self._shown.get(key)
            if before is None:
                continue  # inserted just now: nothing to announce
            for column, (old, new) in enumerate(zip(before, shown[key], strict=True)):
                if old != new:
                    self.dataChanged.emit(self.index(at, column), self.index(at, column))
        self._shown = shown

    def _cells(self, value: T) -> tuple[tuple[Any, Any], ...]:
        return tuple((c.show(value), (c.editor or c.show)(value)) for c in self.columns)

    def _reorder(self, new_keys: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        position = {key: at for at, key in enumerate(new_keys)}
        moved_from = self.persistentIndexList()
        moved_to = [
            self.index(position[self._key(self._rows[i.row()])], i.column()) for i in moved_from
        ]
        by_key = {self._key(v): v for v in self._rows}
        self._rows = [by_key[k] for k in new_keys]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_value(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, key: int) -> int:
        for i, value in enumerate(self._rows):
            if self._key(value) == key:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].tooltip:
                return self.columns[section].tooltip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        value = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(value)
        if role == Qt.ItemDataRole.EditRole:
            return (column.editor or column.show)(value)
        if role == SORT_ROLE:
            return (column.sort or column.show)(value)
        if role == ID_ROLE:
            return self._key(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].edit is not None and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.edit is None:
            return False
        old = self._rows[index.row()]
        try:
            new = column.edit(old, value)
        except ValueError as exc:
            self.edit_refused.emit(str(exc))
            return False
        if new != old:
            self.edit_requested.emit(old, new)
        return True
