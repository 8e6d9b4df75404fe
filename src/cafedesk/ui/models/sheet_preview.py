"""Every row of a file being imported, numbered as the spreadsheet numbers them, with the
header row, the rows above it and each row's problem marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cafedesk.services.participant_import import RawTable

Index = QModelIndex | QPersistentModelIndex
ERROR_BRUSH = QBrush(QColor("#f8d4d2"))
NOTE_BRUSH = QBrush(QColor("#fbefc4"))
HEADER_BRUSH = QBrush(QColor("#dde6f0"))
ABOVE_BRUSH = QBrush(QColor("#8a8a8a"))


class SheetPreviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.raw: RawTable | None = None
        self._width = 0
        self.problems: dict[int, str] = {}  # row number -> what is wrong (shown red)
        self.notes: dict[int, str] = {}  # row number -> a warning (shown yellow)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, raw: RawTable) -> None:
        self.beginResetModel()
        self.raw = raw
        self._width = max(len(r.cells) for r in raw.sheet.rows)
        self.problems, self.notes = {}, {}
        self.endResetModel()

    def set_marks(self, problems: dict[int, str], notes: dict[int, str]) -> None:
        self.problems, self.notes = problems, notes
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def row_of(self, number: int) -> int:
        """The view row showing spreadsheet row ``number`` (-1 if it is blank)."""
        if self.raw is None:
            return -1
        return next((i for i, r in enumerate(self.raw.sheet.rows) if r.number == number), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.raw is None else len(self.raw.sheet.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.raw is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                headers = self.raw.headers
                return headers[section] if section < len(headers) else f"#{section + 1}"
            return None
        if not 0 <= section < len(self.raw.sheet.rows):
            return None
        number = self.raw.sheet.rows[section].number
        if role == Qt.ItemDataRole.DisplayRole:
            return str(number)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problems.get(number) or self.notes.get(number)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.raw is None or not index.isValid():
            return None
        row = self.raw.sheet.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = row.cells[index.column()] if index.column() < len(row.cells) else ""
            return text.replace("\n", " ⏎ ")  # a line break inside a cell, on one line
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problems.get(row.number) or self.notes.get(row.number)
        header = self.raw.header_row
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.number == header:
                return HEADER_BRUSH
            if row.number in self.problems:
                return ERROR_BRUSH
            if row.number in self.notes:
                return NOTE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and row.number < header:
            return ABOVE_BRUSH
        if role == Qt.ItemDataRole.FontRole and row.number == header:
            return self._bold
        return None
