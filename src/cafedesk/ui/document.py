"""The open event as the window sees it: file, undo stack, and a signal for what changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cafedesk.domain.changes import Changes
from cafedesk.domain.errors import CafedeskError
from cafedesk.services.base import Done
from cafedesk.services.files import EventFile

Action = Callable[[], "Done[Any] | Changes"]


def qt_translate(text: str) -> str:
    """The translate callable handed to domain, services and exports."""
    return QCoreApplication.translate("cafedesk", text)


def changes_of(result: Done[Any] | Changes) -> Changes:
    return result.changes if isinstance(result, Done) else result


class EventDocument(QObject):
    """Owns the open ``EventFile`` and its ``QUndoStack``; pages listen to ``changed``."""

    changed = Signal(object)  # Changes
    failed = Signal(str)  # a sentence for the person at the keyboard

    def __init__(
        self, event_file: EventFile, backups_root: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.file = event_file
        self.backups_root = backups_root
        self.undo_stack = QUndoStack(self)
        self.refused: str | None = None  # set by a ServiceCommand whose first redo failed

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def push(self, command: QUndoCommand) -> bool:
        """Run a command through the undo stack; False when its service refused."""
        if self.read_only:
            self.failed.emit(self.tr("This event is open read-only."))
            return False
        self.refused = None
        # A command whose service refused marks itself obsolete, and Qt then deletes
        # it instead of stacking it: nothing changed, so there is nothing to undo.
        self.undo_stack.push(command)
        return self.refused is None

    def run(self, action: Action) -> Any:
        """Run a service call that is not undoable (reading, exports); report errors."""
        try:
            result = action()
        except CafedeskError as exc:
            self.failed.emit(exc.message(qt_translate))
            return None
        self.notify(changes_of(result))
        return result.value if isinstance(result, Done) else None

    def notify(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


class ServiceCommand(QUndoCommand):
    """One user action: ``do`` and ``undo`` call services and say what changed.

    If ``do`` raises a CafedeskError, the command marks itself obsolete and
    leaves the message with the document, which reports it.
    """

    def __init__(self, document: EventDocument, text: str, do: Action, undo: Action) -> None:
        super().__init__(text)
        self._document = document
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        try:
            changes = changes_of(self._do())
        except CafedeskError as exc:
            self._document.refused = exc.message(qt_translate)
            self._document.failed.emit(self._document.refused)
            self.setObsolete(True)
            return
        self._document.notify(changes)

    def undo(self) -> None:
        try:
            changes = changes_of(self._undo())
        except CafedeskError as exc:
            self._document.failed.emit(exc.message(qt_translate))
            return
        self._document.notify(changes)
