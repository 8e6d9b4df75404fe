"""Text the facilitator types for the client report, stored as typed (a pause or leaving the
field stores it; typing in one field is one undo step)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QUndoCommand
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from cafedesk.domain.changes import Changes
from cafedesk.domain.client_report import toggle_bullets
from cafedesk.services.base import Done
from cafedesk.ui.document import EventDocument, ServiceCommand

DEBOUNCE_MS = 600
Store = Callable[[Any], "Done[Any]"]


class TextCommand(ServiceCommand):
    """Sets one text; consecutive edits of the same field merge into one undo step."""

    ID = 0x4352

    def __init__(
        self, document: EventDocument, text: str, key: str, store: Store, old: Any, new: Any
    ) -> None:
        super().__init__(document, text, lambda: self._set(self.new), lambda: self._set(self.old))
        self.key = key
        self.store = store
        self.old = old
        self.new = new

    def _set(self, value: Any) -> Changes:
        return self.store(value).changes

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TextCommand) or other.key != self.key:
            return False
        self.new = other.new
        return True


class StoredTextEdit(QPlainTextEdit):
    """A plain-text box that asks to be stored 600 ms after the last keystroke and on leaving.

    ``Ctrl+Z`` goes to the event's undo stack, not the box's own.
    """

    typed = Signal()  # a pause or focus-out: time to store

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._changed)
        self.installEventFilter(self)
        self._loading = False

    def _changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self.dirty:
            self.dirty = False
            self.typed.emit()

    def show_stored(self, text: str) -> None:
        """Show what is stored, unless the person is still typing here."""
        if self.dirty or self.toPlainText() == text:
            return
        self._loading = True
        self.setPlainText(text)
        self._loading = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def toggle_bullets(self) -> None:
        """Bullets on the lines the selection touches (or off, if they all have one)."""
        cursor = self.textCursor()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        document = self.document()
        first = document.findBlock(start).blockNumber()
        last = document.findBlock(end).blockNumber()
        lines = self.toPlainText().split("\n")
        lines[first : last + 1] = toggle_bullets(lines[first : last + 1])
        self.setPlainText("\n".join(lines))
        block = self.document().findBlockByNumber(last)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.setTextCursor(cursor)
        self.flush()
