"""What the window shows with no event open: start something, or pick a recent event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from cafedesk.ui.main_window import MainWindow


class WelcomePage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        heading = QLabel(self.tr("Welcome to cafedesk"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr("Prepare and run Open Space, World Café and Pro Action Café events, offline."),
            self,
        )
        layout.addWidget(intro)
        for text, slot in (
            (self.tr("New event…"), lambda: window.files.new_event()),
            (self.tr("Open event…"), lambda: window.files.open_dialog()),
            (self.tr("Restore from backup…"), lambda: window.files.restore_backup()),
        ):
            button = QPushButton(text, self)
            button.setMinimumHeight(36)
            button.setMaximumWidth(280)
            button.clicked.connect(slot)
            layout.addWidget(button)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("Recent events"), self))
        self.recent = QListWidget(self)
        self.recent.setMaximumWidth(600)
        self.recent.itemActivated.connect(self._open_item)
        layout.addWidget(self.recent, 1)
        self.refresh_recent()

    def refresh_recent(self) -> None:
        self.recent.clear()
        for path in self.window_.settings.recent_files():
            item = QListWidgetItem(f"{path.name}   —   {path.parent}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, str(path))

    def _open_item(self, item: QListWidgetItem) -> None:
        from pathlib import Path

        self.window_.files.open_path(Path(item.data(Qt.ItemDataRole.UserRole)))
