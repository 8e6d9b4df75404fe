"""File › Restore from Backup: pick an event, then one of its verified copies.

Reachable with no event open (from the welcome page, or from the refusal of a
damaged file), so it lists the backups of every event that has any; damaged
backups are shown greyed out with the reason, never offered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafedesk.services.files import (
    BackupInfo,
    BackupSet,
    backup_folder,
    list_backup_sets,
    list_backups_in,
)


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget, backups_root: Path, event_path: Path | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups_root = backups_root
        self.restore_as = False
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Choose a copy to go back to. The event as it is now is kept as a backup too, "
                "so a restore can be reversed."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        self.sets = list_backup_sets(backups_root)
        self.event_box = QComboBox(self)
        self.event_box.setAccessibleName(self.tr("Event"))
        for backup_set in self.sets:
            where = str(backup_set.event_path.parent) if backup_set.event_path else "?"
            self.event_box.addItem(f"{backup_set.name}   —   {where}")
        layout.addWidget(self.event_box)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        layout.addWidget(self.list, 1)
        self.backups: list[BackupInfo] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_as_button = QPushButton(self.tr("Restore as…"), self)
        self.restore_as_button.setToolTip(
            self.tr("Write the backup to a new file and leave the event file as it is")
        )
        buttons.addButton(self.restore_as_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_as_button.clicked.connect(self._restore_as)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.event_box.currentIndexChanged.connect(self._fill)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._select_event(event_path)
        self._fill(self.event_box.currentIndex())
        self.resize(620, 420)

    def _select_event(self, event_path: Path | None) -> None:
        if event_path is None:
            return
        folder = backup_folder(event_path, self.backups_root)
        for index, backup_set in enumerate(self.sets):
            if backup_set.folder == folder:
                self.event_box.setCurrentIndex(index)
                return

    def current_set(self) -> BackupSet | None:
        index = self.event_box.currentIndex()
        return self.sets[index] if 0 <= index < len(self.sets) else None

    def _fill(self, _index: int) -> None:
        self.list.clear()
        backup_set = self.current_set()
        self.backups = list_backups_in(backup_set.folder) if backup_set else []
        for backup in self.backups:
            reason = self.reason_text(backup.reason)
            label = f"{backup.created:%Y-%m-%d %H:%M:%S}  ·  {reason}  ·  {backup.size // 1024} KB"
            item = QListWidgetItem(label, self.list)
            if backup.damaged:
                item.setText(label + "  ·  " + self.tr("damaged, cannot be restored"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        if not self.backups:
            QListWidgetItem(self.tr("No backups yet."), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        first_good = next((i for i, b in enumerate(self.backups) if not b.damaged), -1)
        self.list.setCurrentRow(first_good)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ok = self.selected() is not None
        self.restore_button.setEnabled(ok)
        self.restore_as_button.setEnabled(ok)

    def _restore_as(self) -> None:
        self.restore_as = True
        self.accept()

    def reason_text(self, reason: str) -> str:
        texts = {
            "open": self.tr("when opened"),
            "timer": self.tr("automatic"),
            "close": self.tr("when closed"),
            "before-upgrade": self.tr("before a format update"),
            "before-restore": self.tr("before a restore"),
            "before-import": self.tr("before an import"),
            "before-replace": self.tr("before it was replaced by a new event"),
            "damaged": self.tr("the damaged file, kept as it was before a restore"),
        }
        return texts.get(reason, reason)

    def selected(self) -> BackupInfo | None:
        row = self.list.currentRow()
        if 0 <= row < len(self.backups) and not self.backups[row].damaged:
            return self.backups[row]
        return None

    def chosen(self) -> tuple[Path, Path | None] | None:
        """The backup, and the event file it goes back into (None: ask where)."""
        backup, backup_set = self.selected(), self.current_set()
        if backup is None or backup_set is None:
            return None
        target = backup_set.event_path
        if self.restore_as or target is None or not target.parent.is_dir():
            return backup.path, None
        return backup.path, target
