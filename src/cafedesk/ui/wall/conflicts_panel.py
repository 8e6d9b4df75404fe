"""The side panel: every conflict on the wall, with "Show me"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.conflicts import Conflict
from cafedesk.ui.document import qt_translate

IDS_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictsPanel(QWidget):
    show_requested = Signal(list)  # topic ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda _item: self.show_current())
        self.list.itemDoubleClicked.connect(lambda _item: self.show_current())
        self.show_button = QPushButton(self.tr("Show me"), self)
        self.show_button.setToolTip(self.tr("Select the card(s) and scroll to them"))
        self.show_button.clicked.connect(self.show_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.show_button)
        self._keys: list[tuple[str, tuple[int, ...], int | None]] = []
        self.set_conflicts([])

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        keys = [c.key() for c in conflicts]
        severe = sum(1 for c in conflicts if c.severe)
        self.heading.setText(
            self.tr("%n conflict(s)", "", len(conflicts))
            + (self.tr(" — %n severe", "", severe) if severe else "")
        )
        if keys == self._keys:
            return  # same list: keep the selection and scroll position
        current = self.list.currentRow()
        self._keys = keys
        self.list.clear()
        for conflict in conflicts:
            mark = "✖ " if conflict.severe else "⚠ "
            item = QListWidgetItem(mark + conflict.message(qt_translate))
            item.setForeground(QColor("#a5281b") if conflict.severe else QColor("#8a4b00"))
            item.setData(IDS_ROLE, list(conflict.topic_ids))
            self.list.addItem(item)
        if conflicts:
            self.list.setCurrentRow(min(max(current, 0), len(conflicts) - 1))
        self.show_button.setEnabled(bool(conflicts))

    def show_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.show_requested.emit(list(item.data(IDS_ROLE)))
