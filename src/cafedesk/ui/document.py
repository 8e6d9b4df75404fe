"""The open event as the window sees it: file, undo stack, and a signal for what changed.

``EventDocument.perform`` is the one place that runs a user action: in one
transaction (however many services it calls), reporting a refusal as a
sentence and anything unexpected to the crash handler, and telling the pages
what changed only after it was committed. Every undo command goes through it,
so a command whose action raised never stays on the undo stack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cafedesk.domain.changes import Changes
from cafedesk.domain.errors import CafedeskError
from cafedesk.services.base import Done
from cafedesk.services.files import EventFile
from cafedesk.ui.crash import report_unexpected

Action = Callable[[], "Done[Any] | Changes"]
IDLE_CHECKPOINT_MS = 3000
log = logging.getLogger(__name__)


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
        self.refused: str | None = None  # why the last action did not happen, if it did not
        # A few seconds after the last change the WAL is folded into the file, so a
        # copy of the .cafedesk file made behind cafedesk's back holds nearly everything.
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_CHECKPOINT_MS)
        self.idle_timer.timeout.connect(self.checkpoint)

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def push(self, command: QUndoCommand) -> bool:
        """Run a command through the undo stack; False when it did not happen."""
        if self.read_only:
            self.failed.emit(self.tr("This event is open read-only."))
            return False
        self.refused = None
        # A command whose action failed marks itself obsolete, and Qt then deletes
        # it instead of stacking it: nothing changed, so there is nothing to undo.
        self.undo_stack.push(command)
        return self.refused is None

    def perform(self, action: Action) -> Changes | None:
        """Run one user action as one transaction; None when it did not happen."""
        try:
            with self.file.batch():
                result = action()
        except CafedeskError as exc:
            self.refused = exc.message(qt_translate)
            self.failed.emit(self.refused)
            return None
        except Exception as exc:
            self.refused = self.tr("Something went wrong; the step was not done.")
            report_unexpected(exc)
            return None
        changes = changes_of(result)
        self.notify(changes)
        return changes

    def run(self, action: Action) -> Any:
        """Run a service call that is not undoable (reading, exports); report errors."""
        try:
            result = action()
        except CafedeskError as exc:
            self.failed.emit(exc.message(qt_translate))
            return None
        except Exception as exc:
            report_unexpected(exc)
            return None
        self.notify(changes_of(result))
        return result.value if isinstance(result, Done) else None

    def notify(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
            if not self.read_only:
                self.idle_timer.start()

    def checkpoint(self) -> None:
        try:
            self.file.checkpoint()
        except CafedeskError as exc:  # a busy file: the next pause tries again
            log.warning("checkpoint of %s failed: %s", self.file.path, exc)


class ServiceCommand(QUndoCommand):
    """One user action: ``do`` and ``undo`` call services and say what changed.

    Both run through ``EventDocument.perform``: one transaction each. If ``do``
    fails, the command marks itself obsolete and Qt never stacks it; if ``undo``
    fails, the change stays and so Qt drops the command with it, so the undo
    stack never promises a step it cannot take.
    """

    def __init__(self, document: EventDocument, text: str, do: Action, undo: Action) -> None:
        super().__init__(text)
        self._document = document
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        if self._document.perform(self._do) is None:
            self.setObsolete(True)

    def undo(self) -> None:
        if self._document.perform(self._undo) is None:
            self.setObsolete(True)
