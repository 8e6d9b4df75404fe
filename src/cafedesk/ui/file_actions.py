"""File menu flows: new, open (locked, newer, damaged files), copy, restore, close."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cafedesk import __version__
from cafedesk.domain.errors import CafedeskError
from cafedesk.services.files import (
    EXTENSION,
    EventFileLocked,
    create_event_file,
    open_event_file,
    restore_backup,
)
from cafedesk.ui.document import qt_translate

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from cafedesk.ui.main_window import MainWindow


def plain_box(parent: MainWindow, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box that never renders file or user text as HTML."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def safe_file_name(title: str) -> str:
    name = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip() or "event"
    return name[:60] + EXTENSION


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _filter(self) -> str:
        return self.tr("cafedesk events (*.cafedesk);;All files (*)")

    def _start_folder(self) -> str:
        last = self.window.settings.last_folder()
        if last and Path(last).is_dir():
            return last
        folder = self.window.paths.documents
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder)

    def new_event(self) -> None:
        from cafedesk.ui.dialogs.new_event_dialog import NewEventDialog

        dialog = NewEventDialog(self.window, Path(self._start_folder()))
        if not dialog.exec():
            return
        choice = dialog.choice()
        if choice.path.exists():
            answer = QMessageBox.question(
                self.window,
                self.tr("Replace file?"),
                self.tr("“%1” exists already. Replace it with the new event?").replace(
                    "%1", choice.path.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        from cafedesk.services.templates import apply_template

        self.window.set_document(None)
        try:
            event_file = create_event_file(choice.path)
            apply_template(event_file, choice.template, choice.title, choice.day, qt_translate)
        except CafedeskError as exc:
            self._refused(choice.path, exc.message(qt_translate))
            return
        self.window.settings.set_last_folder(choice.path.parent)
        self.window.set_document(event_file)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open event"), self._start_folder(), self._filter()
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        window = self.window
        if window.document is not None and window.document.file.path == path.resolve():
            return True
        window.set_document(None)
        try:
            event_file = open_event_file(path, window.paths.backups, read_only=read_only)
        except EventFileLocked as exc:
            answer = QMessageBox.question(
                window,
                self.tr("Event already open"),
                exc.message(qt_translate) + "\n\n" + self.tr("Open a read-only view of it?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                return self.open_path(path, read_only=True)
            window.set_document(None)
            return False
        except CafedeskError as exc:
            self._refused(path, exc.message(qt_translate))
            return False
        window.settings.set_last_folder(path.parent)
        window.set_document(event_file)
        return True

    def _refused(self, path: Path, message: str) -> None:
        log.warning("refused %s: %s", path, message)
        plain_box(
            self.window,
            QMessageBox.Icon.Warning,
            self.tr("Cannot open %1").replace("%1", path.name),
            message,
        ).exec()
        self.window.set_document(None)

    def save_copy(self) -> None:
        document = self.window.document
        if document is None:
            return
        suggestion = str(
            Path(self._start_folder()) / (document.file.path.stem + " copy" + EXTENSION)
        )
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy"), suggestion, self._filter()
        )
        if not name:
            return
        target = Path(name)
        if target.suffix != EXTENSION:
            target = target.with_name(target.name + EXTENSION)
        try:
            document.file.save_copy(target)
        except (CafedeskError, OSError) as exc:
            message = exc.message(qt_translate) if isinstance(exc, CafedeskError) else str(exc)
            self.window.show_error(message)
            return
        self.window.statusBar().showMessage(
            self.tr("Copy saved as %1").replace("%1", str(target)), 6000
        )

    def restore_backup(self) -> None:
        document = self.window.document
        if document is None:
            return
        from cafedesk.ui.dialogs.restore_dialog import RestoreDialog

        path = document.file.path
        dialog = RestoreDialog(self.window, path, self.window.paths.backups)
        if not dialog.exec() or dialog.selected() is None:
            return
        backup = dialog.selected()
        assert backup is not None
        self.window.set_document(None)
        try:
            restore_backup(backup.path, path, self.window.paths.backups)
        except CafedeskError as exc:
            plain_box(
                self.window,
                QMessageBox.Icon.Warning,
                self.tr("Restore failed"),
                exc.message(qt_translate),
            ).exec()
        self.open_path(path)

    def close_event(self) -> None:
        self.window.set_document(None)

    def about(self) -> None:
        text = self.tr(
            "cafedesk %1\n\nAn offline desk for Open Space, World Café and Pro Action Café "
            "events.\nEverything is stored the moment it is changed; backups are kept in\n%2"
        )
        text = text.replace("%1", __version__).replace("%2", str(self.window.paths.backups))
        plain_box(self.window, QMessageBox.Icon.Information, self.tr("About cafedesk"), text).exec()
