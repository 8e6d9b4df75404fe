"""The table view every list page uses: it edits like a spreadsheet.

Typing on a cell starts editing it (the key is the first character), Tab and Shift+Tab
store the cell and open the next or previous one, Enter stores it and goes down one row
in the same column, Escape drops what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

EditHint = QAbstractItemDelegate.EndEditHint


class SheetView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)

    def closeEditor(self, editor: QWidget, hint: EditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == EditHint.SubmitModelCache:  # Enter or Return: on to the row below
            below = self.moveCursor(
                QAbstractItemView.CursorAction.MoveDown, Qt.KeyboardModifier.NoModifier
            )
            if below.isValid():
                self.setCurrentIndex(below)
