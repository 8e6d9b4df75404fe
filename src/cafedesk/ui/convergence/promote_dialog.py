"""Pick the session reports' follow-up actions that go into the action plan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.model import Topic
from cafedesk.services.action_plans import FollowUpCandidate
from cafedesk.ui.convergence.plan_delegates import show_date


class PromoteDialog(QDialog):
    def __init__(
        self,
        candidates: Sequence[FollowUpCandidate],
        topics: Mapping[int, Topic],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up actions from the session reports"))
        self.candidates = list(candidates)
        intro = QLabel(
            self.tr(
                "Ticked actions go into the action plan with their session, who and when. "
                "Actions already in the plan are not ticked."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        for candidate in self.candidates:
            topic = topics.get(candidate.topic_id)
            parts = [f"{topic.number}. " if topic else "", candidate.follow_up.what]
            extra = [x for x in (candidate.follow_up.who, show_date(candidate.follow_up.due)) if x]
            text = "".join(parts) + (f"  ({', '.join(extra)})" if extra else "")
            if candidate.promoted:
                text += "  — " + self.tr("already in the plan")
            item = QListWidgetItem(text, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if candidate.promoted else Qt.CheckState.Checked
            )
        if not self.candidates:
            QListWidgetItem(self.tr("No session report has follow-up actions yet."), self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def chosen(self) -> list[FollowUpCandidate]:
        found = []
        for row, candidate in enumerate(self.candidates):
            item = self.list.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(candidate)
        return found
