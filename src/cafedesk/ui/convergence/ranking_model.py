"""The ranking as a table: place, topic, dots from the wall and by name, and the choice.

The model never writes: a ticked box or an edited tally becomes a request that
the page turns into an undo command.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from cafedesk.domain.convergence import RankedTopic, TopicVotes, rank_text

Index = QModelIndex | QPersistentModelIndex
RANK, NUMBER, TITLE, WALL, NAMED, TOTAL, CHOSEN = range(7)
TOPIC_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RankingTableModel(QAbstractTableModel):
    choose_requested = Signal(int, bool)  # topic id, chosen
    tally_requested = Signal(int, object)  # topic id, int or None

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[RankedTopic] = []
        self._votes: Mapping[int, TopicVotes] = {}
        self.read_only = False

    def set_ranking(self, ranked: Sequence[RankedTopic], votes: Mapping[int, TopicVotes]) -> None:
        self.beginResetModel()
        self._rows = list(ranked)
        self._votes = dict(votes)
        self.endResetModel()

    def entry(self, row: int) -> RankedTopic:
        return self._rows[row]

    def row_of(self, topic_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.topic.id == topic_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Place"),
                self.tr("No."),
                self.tr("Topic"),
                self.tr("On the wall"),
                self.tr("By name"),
                self.tr("Dots"),
                self.tr("Action planning"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Topics with the same number of dots share a place (=)"),
                None,
                None,
                self.tr("Dots counted on the paper wall; when given, these count"),
                self.tr("Dots people gave by name"),
                None,
                self.tr("Chosen to go on to action planning (Space ticks the selected row)"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        votes = self._votes.get(entry.topic.id, TopicVotes(entry.topic.id))
        column = index.column()
        if role == TOPIC_ID_ROLE:
            return entry.topic.id
        if role == Qt.ItemDataRole.CheckStateRole and column == CHOSEN:
            return Qt.CheckState.Checked if entry.chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column == WALL:
            return "" if votes.tally is None else str(votes.tally)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RANK:
                return rank_text(entry) if entry.votes else "–"
            if column == NUMBER:
                return entry.topic.number
            if column == TITLE:
                return entry.topic.title
            if column == WALL:
                return "" if votes.tally is None else votes.tally
            if column == NAMED:
                return votes.named or ""
            if column == TOTAL:
                return entry.votes
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (TITLE, CHOSEN):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == TOTAL:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or self.read_only:
            return base
        if index.column() == CHOSEN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == WALL:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        topic_id = self._rows[index.row()].topic.id
        if index.column() == CHOSEN and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.choose_requested.emit(topic_id, checked)
            return True
        if index.column() == WALL and role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if text and not text.isdigit():
                return False
            self.tally_requested.emit(topic_id, int(text) if text else None)
            return True
        return False
