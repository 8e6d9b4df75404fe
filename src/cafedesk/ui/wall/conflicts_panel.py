"""The side panel: every conflict on the wall, with "Show me"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.conflicts import Conflict
from cafedesk.ui.document import qt_translate
from cafedesk.ui.wall.card import plain_tooltip

SEVERE_INK = QColor("#a5281b")
WARN_INK = QColor("#8a4b00")


class ConflictModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[Conflict] = []
        self._texts: list[str] = []

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self.conflicts = conflicts
        self._texts = [("✖ " if c.severe else "⚠ ") + c.message(qt_translate) for c in conflicts]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.conflicts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = index.row()
        if not 0 <= row < len(self.conflicts):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row]  # item views draw plain text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._texts[row])
        if role == Qt.ItemDataRole.ForegroundRole:
            return SEVERE_INK if self.conflicts[row].severe else WARN_INK
        return None


class ConflictsPanel(QWidget):
    show_requested = Signal(list)  # topic ids
    threshold_changed = Signal(int)  # smallest sign-up clash worth listing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        # A plain model with uniform rows: hundreds of conflicts re-listed after every
        # move cost next to nothing (a word-wrapped QListWidget took tens of ms).
        self.model = ConflictModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        # Whole sentences, wrapped: a sideways scroll hid the end of every conflict.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setAlternatingRowColors(True)
        self.list.activated.connect(lambda _index: self.show_current())
        self.list.doubleClicked.connect(lambda _index: self.show_current())
        self.show_button = QPushButton(self.tr("Show me"), self)
        self.show_button.setToolTip(self.tr("Select the card(s) and scroll to them"))
        self.show_button.clicked.connect(self.show_current)
        self.min_shared = QSpinBox(self)
        self.min_shared.setRange(1, 99)
        self.min_shared.setToolTip(
            self.tr("Sign-up clashes shared by fewer people than this are not listed or marked")
        )
        self.min_shared.valueChanged.connect(self.threshold_changed)
        threshold = QHBoxLayout()
        lead = QLabel(self.tr("Sign-up clashes from"), self)
        lead.setWordWrap(True)  # long in some languages; the panel must not crowd the wall
        threshold.addWidget(lead, 1)
        threshold.addWidget(self.min_shared)
        threshold.addWidget(QLabel(self.tr("people"), self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(threshold)
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
        current = self.list.currentIndex().row()
        self._keys = keys
        self.model.set_conflicts(conflicts)
        if conflicts:
            self.list.setCurrentIndex(self.model.index(min(max(current, 0), len(conflicts) - 1)))
        self.show_button.setEnabled(bool(conflicts))

    def count(self) -> int:
        return self.model.rowCount()

    def show_current(self) -> None:
        row = self.list.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.show_requested.emit(list(self.model.conflicts[row].topic_ids))
