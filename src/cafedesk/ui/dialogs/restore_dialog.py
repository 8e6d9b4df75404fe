"""File › Restore from Backup: pick one of the rolling copies of this event."""

from __future__ import annotations

from pathlib import Path

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

from cafedesk.services.files import BackupInfo, list_backups


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget, event_path: Path, backups_root: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Choose a copy to go back to. The event as it is now is kept as a backup too, "
                "so a restore can be reversed."
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget(self)
        self.backups = list_backups(event_path, backups_root)
        for backup in self.backups:
            reason = self.reason_text(backup.reason)
            label = f"{backup.created:%Y-%m-%d %H:%M:%S}  ·  {reason}  ·  {backup.size // 1024} KB"
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
        if not self.backups:
            QListWidgetItem(self.tr("No backups yet."), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def reason_text(self, reason: str) -> str:
        texts = {
            "open": self.tr("when opened"),
            "timer": self.tr("automatic"),
            "close": self.tr("when closed"),
            "before-upgrade": self.tr("before a format update"),
            "before-restore": self.tr("before a restore"),
            "before-import": self.tr("before an import"),
        }
        return texts.get(reason, reason)

    def selected(self) -> BackupInfo | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None
