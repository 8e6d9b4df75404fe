"""Convenor mode: a full-screen form on the news-room laptop where convenors type their
own reports. It is a separate, application-modal window, so the main window's menus and
shortcuts cannot be reached; it closes only with the facilitator's PIN or word."""

from __future__ import annotations

import hashlib
import hmac
import os

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.changes import Changes, Part
from cafedesk.ui.document import EventDocument
from cafedesk.ui.notes.common import status_icon
from cafedesk.ui.notes.editor_page import agenda_choices
from cafedesk.ui.notes.report_form import ReportForm

MIN_PIN = 4


def _digest(salt: bytes, pin: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 50_000)


class PinDialog(QDialog):
    """The facilitator chooses the PIN or word that ends convenor mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start convenor mode"))
        text = QLabel(
            self.tr(
                "Convenors will only see the session reports. Choose a PIN or a word "
                "(at least 4 characters) that you will need to leave convenor mode."
            ),
            self,
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.pin = QLineEdit(self)
        self.again = QLineEdit(self)
        for edit in (self.pin, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._check)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("PIN or word"), self.pin)
        form.addRow(self.tr("Once more"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        pin, again = self.pin.text(), self.again.text()
        problem = ""
        if len(pin) < MIN_PIN:
            problem = self.tr("At least 4 characters.")
        elif pin != again:
            problem = self.tr("The two entries differ.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


class ConvenorMode(QWidget):
    def __init__(self, document: EventDocument, pin: str) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Session reports"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = document
        self._salt = os.urandom(16)
        self._digest = _digest(self._salt, pin)
        self._unlocked = False
        # A style sheet, not setFont: fonts set on a widget are overridden for the
        # children of a styled parent, and big type must reach every field.
        self.setStyleSheet(
            "ConvenorMode { background: #f7f5ef; }"
            "QWidget { font-size: 15pt; }"
            "QLabel#title { font-size: 24pt; font-weight: bold; }"
            "QLabel#issue { font-size: 20pt; font-weight: bold; color: #1f5873; }"
            "QPlainTextEdit, QLineEdit { background: white; }"
        )

        title = QLabel(self.tr("Session reports — write the report of your session"), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setObjectName("title")
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(self.tr("Facilitator PIN"))
        self.pin_edit.setMaximumWidth(220)
        self.pin_edit.returnPressed.connect(self.try_leave)
        self.leave_button = QPushButton(self.tr("Leave"), self)
        self.leave_button.clicked.connect(self.try_leave)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.pin_edit)
        top.addWidget(self.leave_button)

        self.sessions = QListWidget(self)
        self.sessions.setIconSize(QSize(22, 22))
        self.sessions.setSpacing(4)
        self.sessions.itemActivated.connect(self._open_item)
        self.sessions.itemClicked.connect(self._open_item)
        choose = QLabel(self.tr("Tap your session:"), self)
        choose.setTextFormat(Qt.TextFormat.PlainText)
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.addWidget(choose)
        list_layout.addWidget(self.sessions, 1)

        self.form = ReportForm(document, parent=self)
        self.done_button = QPushButton(self.tr("Done — back to the list of sessions"), self)
        self.done_button.clicked.connect(self.show_list)
        saved = QLabel(self.tr("Everything you type is kept automatically."), self)
        saved.setTextFormat(Qt.TextFormat.PlainText)
        form_page = QWidget(self)
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.form, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(saved, 1)
        bottom.addWidget(self.done_button)
        form_layout.addLayout(bottom)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_page)
        self.stack.addWidget(form_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        document.changed.connect(self._changed)
        self.reload_sessions()

    # --- sessions --------------------------------------------------------------------
    def reload_sessions(self) -> None:
        self.sessions.clear()
        for topic_id, label, entry in agenda_choices(self.document):
            item = QListWidgetItem(status_icon(entry.status, 22), label, self.sessions)
            item.setData(Qt.ItemDataRole.UserRole, topic_id)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Part.REPORTS, Part.TOPICS, Part.SLOTS, Part.SPACES):
            self.reload_sessions()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_topic(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_topic(self, topic_id: int) -> None:
        self.form.show_topic(topic_id)
        self.stack.setCurrentIndex(1)
        self.form.texts["summary"].setFocus()

    def show_list(self) -> None:
        self.form.flush()
        self.form.show_topic(None)
        self.stack.setCurrentIndex(0)

    # --- leaving only with the PIN ---------------------------------------------------
    def try_leave(self) -> bool:
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        if not hmac.compare_digest(_digest(self._salt, pin), self._digest):
            self.pin_edit.setPlaceholderText(self.tr("Wrong PIN"))
            return False
        self.form.flush()
        self._unlocked = True
        self.close()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # no way out by Escape
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unlocked:
            self.document.changed.disconnect(self._changed)
            super().closeEvent(event)
        else:
            event.ignore()  # Alt+F4, the window manager, a stray close()


def start_convenor_mode(document: EventDocument, parent: QWidget) -> ConvenorMode | None:
    dialog = PinDialog(parent)
    if not dialog.exec():
        return None
    mode = ConvenorMode(document, dialog.pin.text())
    mode.showFullScreen()
    return mode
