"""Event details: title, theme question, method, venue, dates, client and facilitator."""

from __future__ import annotations

import dataclasses
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.model import METHOD_LABELS, Event, Method, PaperSize
from cafedesk.services import event as event_service
from cafedesk.services.paper_language import has_paper_translation
from cafedesk.ui.document import EventDocument, ServiceCommand
from cafedesk.ui.pages.base import Page
from cafedesk.ui.pages.branding_box import BrandingBox

LANGUAGES = (("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("nl", "Nederlands"))


class ThemeEdit(QPlainTextEdit):
    """A plain-text box that reports when the person leaves it (like editingFinished)."""

    def __init__(self, page: EventPage) -> None:
        super().__init__(page)
        self._page = page
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self._page.commit_field("theme", self.toPlainText())


class EventPage(Page):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.stored_event = Event(title="")
        self.add_heading(self.tr("Event details"))
        # Scrolls on small screens instead of forcing a tall window.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body_layout.addLayout(form)
        self.body_layout.addStretch(1)
        scroll.setWidget(body)
        self.page_layout.addWidget(scroll, 1)

        self.lines: dict[str, QLineEdit] = {}
        for field, label in (
            ("title", self.tr("Title")),
            ("venue", self.tr("Venue")),
            ("facilitator", self.tr("Facilitator")),
            ("client_name", self.tr("Client")),
            ("client_email", self.tr("Client email")),
        ):
            line = QLineEdit(self)
            line.editingFinished.connect(lambda f=field, w=line: self.commit_field(f, w.text()))
            self.lines[field] = line
            if field == "venue":
                self.theme = ThemeEdit(self)
                self.theme.setPlaceholderText(
                    self.tr("The one inviting question the event is about")
                )
                self.theme.setFixedHeight(70)
                form.addRow(self.tr("Theme question"), self.theme)
                self.method = QComboBox(self)
                for method in Method:
                    self.method.addItem(
                        QCoreApplication.translate("cafedesk", METHOD_LABELS[method]), method.value
                    )
                self.method.activated.connect(
                    lambda _i: self.commit_field("method", Method(self.method.currentData()))
                )
                form.addRow(self.tr("Method"), self.method)
            form.addRow(label, line)
            if field == "venue":
                self.start = self._date_edit("start_date")
                self.end = self._date_edit("end_date")
                form.addRow(self.tr("First day"), self.start)
                form.addRow(self.tr("Last day"), self.end)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.activated.connect(
            lambda _i: self.commit_field("language", self.language.currentData())
        )
        form.addRow(self.tr("Language of the paper"), self.language)
        # Said before the paper comes out, not discovered on it.
        self.language_hint = QLabel(self)
        self.language_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.language_hint.setWordWrap(True)
        self.language_hint.setStyleSheet("color: #8a5a00;")
        form.addRow("", self.language_hint)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), PaperSize.A4.value)
        self.paper.addItem(self.tr("Letter"), PaperSize.LETTER.value)
        self.paper.activated.connect(
            lambda _i: self.commit_field("paper_size", PaperSize(self.paper.currentData()))
        )
        form.addRow(self.tr("Paper size"), self.paper)
        self.branding = BrandingBox(document, body)
        self.body_layout.insertWidget(self.body_layout.count() - 1, self.branding)
        # Tab goes down the form as it reads (the widgets were made in another order).
        order = [
            self.lines["title"],
            self.theme,
            self.method,
            self.lines["venue"],
            self.start,
            self.end,
            self.lines["facilitator"],
            self.lines["client_name"],
            self.lines["client_email"],
            self.language,
            self.paper,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.load()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("EventPage", "Event")

    def _date_edit(self, field: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.editingFinished.connect(lambda: self.commit_field(field, edit.date().toPython()))
        return edit

    def load(self) -> None:
        self.stored_event = event_service.get_event(self.document.file)
        for field, line in self.lines.items():
            if not line.hasFocus() and not line.property("refused"):
                line.setText(getattr(self.stored_event, field))
        if not self.theme.hasFocus() and not self.theme.property("refused"):
            self.theme.setPlainText(self.stored_event.theme)
        self.method.setCurrentIndex(self.method.findData(self.stored_event.method.value))
        for edit, value in (
            (self.start, self.stored_event.start_date),
            (self.end, self.stored_event.end_date),
        ):
            edit.setDate(
                QDate(value.year, value.month, value.day) if value else QDate.currentDate()
            )
        self.language.setCurrentIndex(max(0, self.language.findData(self.stored_event.language)))
        untranslated = not has_paper_translation(self.stored_event.language)
        self.language_hint.setVisible(untranslated)
        if untranslated:
            self.language_hint.setText(
                self.tr(
                    "The printed texts (headings, labels, page numbers) are not translated into "
                    "%1 yet and print in English; your own texts and the email to the client "
                    "are as you write them."
                ).replace("%1", self.language.currentText())
            )
        self.paper.setCurrentIndex(self.paper.findData(self.stored_event.paper_size.value))

    def commit_field(self, field: str, value: Any) -> None:
        self._clear_refused(field)
        old = self.stored_event
        if getattr(old, field) == value:
            return
        new = dataclasses.replace(old, **{field: value})
        text = self.tr("Edit event details")
        ef = self.document.file
        if not self.document.push(
            ServiceCommand(
                self.document,
                text,
                lambda: event_service.put_event(ef, new),
                lambda: event_service.put_event(ef, old),
            )
        ):
            self.load()
            self._keep_refused(field, value)

    def _keep_refused(self, field: str, value: Any) -> None:
        """A refused text stays where it was typed, marked, so it can be shortened rather than
        typed again (the message bar says why); the next stored change clears the mark."""
        widget: QLineEdit | ThemeEdit | None = self.lines.get(field)
        if widget is None and field == "theme":
            widget = self.theme
        if widget is None or not isinstance(value, str):
            return
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.setPlainText(value)
        widget.setProperty("refused", True)
        widget.setStyleSheet("border: 2px solid #b3261e;")
        widget.setToolTip(self.document.refused or "")

    def _clear_refused(self, field: str) -> None:
        widget = self.theme if field == "theme" else self.lines.get(field)
        if widget is not None and widget.property("refused"):
            widget.setProperty("refused", False)
            widget.setStyleSheet("")
            widget.setToolTip("")

    def refresh(self, changes: Changes) -> None:
        if changes.touches(Part.EVENT):
            self.load()
            self.branding.refresh(changes)

    def set_read_only(self, read_only: bool) -> None:
        self.branding.set_read_only(read_only)
        for line in self.lines.values():
            line.setReadOnly(read_only)
        self.theme.setReadOnly(read_only)
        for widget in (self.method, self.start, self.end, self.language, self.paper):
            widget.setEnabled(not read_only)
