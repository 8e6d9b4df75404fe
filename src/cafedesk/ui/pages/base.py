"""What every page of the main window has: a title, a message bar, refresh on change."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cafedesk.domain.changes import Changes
from cafedesk.ui.document import EventDocument


class MessageBar(QLabel):
    """A one-line, non-modal notice at the top of a page; user text is always plain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setObjectName("messageBar")
        self.setMargin(6)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_message(self, text: str, error: bool = True, seconds: int = 8) -> None:
        colour = "#fde2e1; color: #7a1712" if error else "#e3f1e4; color: #1d4d22"
        self.setStyleSheet(f"QLabel#messageBar {{ background: {colour}; border-radius: 4px; }}")
        self.setText(text)
        self.show()
        self._timer.start(seconds * 1000)


class Page(QWidget):
    """A page shows part of the event and refreshes from what a service said changed."""

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.message_bar = MessageBar(self)
        self.page_layout = QVBoxLayout(self)
        self.page_layout.setContentsMargins(12, 12, 12, 12)
        self.page_layout.addWidget(self.message_bar)

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def make_heading(self, text: str) -> QLabel:
        """A large title (plain text: it may hold the event's name) for the page to place."""
        heading = QLabel(text, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        return heading

    def add_heading(self, text: str) -> QLabel:
        """The page's large title, at the top."""
        heading = self.make_heading(text)
        self.page_layout.insertWidget(0, heading)
        return heading

    def refresh(self, changes: Changes) -> None:
        """Reload what this page shows if ``changes`` concern it."""

    def set_read_only(self, read_only: bool) -> None:
        """Disable editing on a read-only event."""
