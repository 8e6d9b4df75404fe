"""File menu flows: new, open (locked, newer, damaged, foreign, read-only files), copy,
restore, close.

A file that cannot be opened never closes the event that was open; a file is
only replaced by one made whole beside it. In unattended runs (the smoke test)
nothing waits on a dialog: the sentence goes to standard error instead.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cafedesk import __version__
from cafedesk.domain.errors import CafedeskError
from cafedesk.services.files import (
    EXTENSION,
    DamagedFileError,
    EventFileLocked,
    ForeignSchemaError,
    lock_holder,
    make_cleaned_copy,
    open_event_file,
    restore_backup,
)
from cafedesk.ui.document import qt_translate

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from cafedesk.ui.main_window import MainWindow


def plain_box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box that never renders file or user text as HTML."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def safe_file_name(title: str) -> str:
    name = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip() or "event"
    return name[:60] + EXTENSION


def with_extension(path: Path) -> Path:
    return path if path.suffix == EXTENSION else path.with_name(path.name + EXTENSION)


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # --- talking to the person (or to standard error when nobody is there) ------------
    @property
    def unattended(self) -> bool:
        return self.window.unattended

    def tell(
        self, title: str, message: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
    ) -> None:
        if self.unattended:
            print(f"cafedesk: {message}", file=sys.stderr)
            return
        plain_box(self.window, icon, title, message).exec()

    def ask(self, title: str, question: str) -> bool:
        if self.unattended:
            print(f"cafedesk: {question} (unattended: no)", file=sys.stderr)
            return False
        box = plain_box(self.window, QMessageBox.Icon.Question, title, question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _filter(self) -> str:
        return self.tr("cafedesk events (*.cafedesk);;All files (*)")

    def _start_folder(self) -> str:
        last = self.window.settings.last_folder()
        if last and Path(last).is_dir():
            return last
        folder = self.window.paths.documents
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder)

    def _open_elsewhere(self, path: Path) -> bool:
        """True (and said) when another window or computer has ``path`` open."""
        holder = lock_holder(path)
        if holder is None:
            return False
        self.tell(
            self.tr("Event open elsewhere"),
            EventFileLocked(path.name, holder).message(qt_translate)
            + "\n\n"
            + self.tr("Close it there first, or choose another name."),
        )
        return True

    # --- new --------------------------------------------------------------------------
    def new_event(self) -> None:
        from cafedesk.ui.dialogs.new_event_dialog import NewEventDialog

        dialog = NewEventDialog(
            self.window, Path(self._start_folder()), self.window.paths.templates
        )
        if not dialog.exec():
            return
        choice = dialog.choice()
        path = choice.path.resolve()
        current = self.window.document
        replacing_current = current is not None and current.file.path == path
        if path.exists():
            if not replacing_current and self._open_elsewhere(path):
                return
            question = self.tr(
                "“%1” exists already. Replace it with the new event? (A backup of it is kept.)"
            ).replace("%1", path.name)
            if not self.ask(self.tr("Replace file?"), question):
                return
        from cafedesk.services.open_formats.event_templates import new_event_from_template

        if replacing_current:
            self.window.set_document(None)  # our own lock goes, so the file can be replaced
        try:
            event_file = new_event_from_template(
                choice.template,
                path,
                choice.title,
                choice.day,
                self.window.paths.backups,
                qt_translate,
            )
        except CafedeskError as exc:
            self.tell(
                self.tr("Cannot create %1").replace("%1", path.name), exc.message(qt_translate)
            )
            if replacing_current:
                self.open_path(path)
            return
        self.window.settings.set_last_folder(path.parent)
        self.window.set_document(event_file)

    # --- open -------------------------------------------------------------------------
    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open event"), self._start_folder(), self._filter()
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open ``path`` in the window; on refusal the open event (if any) stays open."""
        window = self.window
        path = path.expanduser().resolve()
        if window.document is not None and window.document.file.path == path:
            return True
        try:
            event_file = open_event_file(path, window.paths.backups, read_only=read_only)
        except EventFileLocked as exc:
            question = exc.message(qt_translate) + "\n\n" + self.tr("Open a read-only view of it?")
            if self.ask(self.tr("Event already open"), question):
                return self.open_path(path, read_only=True)
            return self._failed(path)
        except ForeignSchemaError as exc:
            self._refused_foreign(path, exc)
            return self._failed(path)
        except DamagedFileError as exc:
            self._refused_damaged(path, exc)
            return self._failed(path)
        except CafedeskError as exc:
            self._refused(path, exc.message(qt_translate))
            return self._failed(path)
        window.settings.set_last_folder(path.parent)
        window.set_document(event_file)
        if event_file.read_only_reason:
            message = event_file.message_for_read_only(qt_translate)
            if self.unattended:
                print(f"cafedesk: {message}", file=sys.stderr)
            else:
                window.show_error(message)
        return True

    def _failed(self, path: Path) -> bool:
        log.warning("did not open %s", path)
        self.window.exit_code = 1
        return False

    def _refused(self, path: Path, message: str) -> None:
        log.warning("refused %s: %s", path, message)
        self.tell(self.tr("Cannot open %1").replace("%1", path.name), message)

    def _refused_damaged(self, path: Path, exc: DamagedFileError) -> None:
        message = exc.message(qt_translate)
        log.warning("refused %s: %s", path, message)
        if self.unattended:
            self.tell("", message)
            return
        box = plain_box(
            self.window,
            QMessageBox.Icon.Warning,
            self.tr("Cannot open %1").replace("%1", path.name),
            message,
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        restore = box.addButton(self.tr("Restore from Backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_backup(path)

    def _refused_foreign(self, path: Path, exc: ForeignSchemaError) -> None:
        message = exc.message(qt_translate)
        log.warning("refused %s: %s", path, message)
        if self.unattended or not exc.cleanable:
            self.tell(self.tr("Cannot open %1").replace("%1", path.name), message)
            return
        box = plain_box(
            self.window,
            QMessageBox.Icon.Warning,
            self.tr("Cannot open %1").replace("%1", path.name),
            message
            + "\n\n"
            + self.tr(
                "cafedesk can make a cleaned copy: your event's data without what the other "
                "program added. The file itself stays as it is."
            ),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        clean = box.addButton(self.tr("Open a Cleaned Copy…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(clean)
        box.exec()
        if box.clickedButton() is clean:
            self.open_cleaned_copy(path)

    def open_cleaned_copy(self, path: Path) -> None:
        folder = path.parent if path.parent.is_dir() else Path(self._start_folder())
        suggestion = folder / (path.stem + self.tr(" (cleaned)") + EXTENSION)
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the cleaned copy as"), str(suggestion), self._filter()
        )
        if not name:
            return
        target = with_extension(Path(name)).resolve()
        if self._open_elsewhere(target):
            return
        try:
            make_cleaned_copy(path, target)
        except CafedeskError as exc:
            self.tell(self.tr("No cleaned copy"), exc.message(qt_translate))
            return
        self.open_path(target)

    # --- copy, restore, close ---------------------------------------------------------
    def save_copy(self) -> None:
        document = self.window.document
        if document is None:
            return
        suggestion = str(
            Path(self._start_folder()) / (document.file.path.stem + self.tr(" copy") + EXTENSION)
        )
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy"), suggestion, self._filter()
        )
        if not name:
            return
        target = with_extension(Path(name))
        try:
            document.file.save_copy(target)
        except CafedeskError as exc:
            self.window.show_error(exc.message(qt_translate))
            return
        self.window.statusBar().showMessage(
            self.tr("Copy saved as %1").replace("%1", str(target)), 6000
        )

    def restore_backup(self, event_path: Path | None = None) -> None:
        """Pick a backup of any event (the open one, or ``event_path``) and restore it."""
        from cafedesk.ui.dialogs.restore_dialog import RestoreDialog

        document = self.window.document
        if event_path is None and document is not None:
            event_path = document.file.path
        dialog = RestoreDialog(self.window, self.window.paths.backups, event_path)
        if not dialog.exec():
            return
        chosen = dialog.chosen()
        if chosen is None:
            return
        backup, target = chosen
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Restore as"), self._start_folder(), self._filter()
            )
            if not name:
                return
            target = with_extension(Path(name))
        target = target.resolve()
        closing_current = document is not None and document.file.path == target
        if closing_current:
            self.window.set_document(None)
        try:
            restore_backup(backup, target, self.window.paths.backups)
        except CafedeskError as exc:
            self.tell(self.tr("Restore failed"), exc.message(qt_translate))
            if closing_current:
                self.open_path(target)
            return
        self.open_path(target)

    def close_event(self) -> None:
        self.window.set_document(None)

    def about(self) -> None:
        text = self.tr(
            "cafedesk %1\n\nAn offline desk for Open Space, World Café and Pro Action Café "
            "events.\nEverything is stored the moment it is changed; backups are kept in\n%2"
        )
        text = text.replace("%1", __version__).replace("%2", str(self.window.paths.backups))
        plain_box(self.window, QMessageBox.Icon.Information, self.tr("About cafedesk"), text).exec()
