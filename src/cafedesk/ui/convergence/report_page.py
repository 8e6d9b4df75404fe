"""Client report: the executive summary, the report PDF and map, and the email in the outbox."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.client_report import ReportOptions
from cafedesk.domain.email_draft import EmailTemplate, human_size
from cafedesk.domain.model import Method
from cafedesk.services import client_report
from cafedesk.services import event as event_service
from cafedesk.services.report_export import (
    Attach,
    DraftResult,
    write_client_report,
    write_community_map,
    write_email_draft,
)
from cafedesk.ui.app_context import outbox_folder, preferred_branding
from cafedesk.ui.convergence.outbox_box import OutboxBox, open_url
from cafedesk.ui.convergence.text_fields import StoredTextEdit, TextCommand
from cafedesk.ui.document import EventDocument, qt_translate
from cafedesk.ui.pages.base import Page
from cafedesk.ui.tasks import Cancelled, Report, Task, run_task


def _safe(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', " ", name).strip()[:80] or "cafedesk"


class ClientReportPage(Page):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.task: Task | None = None
        self.last_draft: tuple[list[Attach], ReportOptions] | None = None
        self.add_heading(self.title())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._summary_box())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        side = QWidget(scroll)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self._report_box())
        side_layout.addWidget(self._email_box())
        self.outbox = OutboxBox(lambda: outbox_folder(self), side)
        self.outbox.rebuild_smaller.connect(self.rebuild_smaller)
        side_layout.addWidget(self.outbox, 1)
        scroll.setWidget(side)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        self.page_layout.addWidget(splitter, 1)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ClientReportPage", "Client report")

    # --- building the page -------------------------------------------------------------
    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Executive summary"), self)
        self.summary = StoredTextEdit(box)
        self.summary.setPlaceholderText(
            self.tr(
                "What the client should read first: why the event took place, what came out "
                "of it, what happens next."
            )
        )
        self.summary.typed.connect(self.store_summary)
        self.bullets = QPushButton(self.tr("• Bullet list"), box)
        self.bullets.setToolTip(self.tr("Bullets on or off for the selected lines (Ctrl+L)"))
        self.bullets.setShortcut("Ctrl+L")
        self.bullets.clicked.connect(self.summary.toggle_bullets)
        hint = QLabel(
            self.tr("A blank line starts a new paragraph; lines starting with • or - are a list."),
            box,
        )
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.bullets)
        top.addWidget(hint, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.summary, 1)
        return box

    def _report_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Report"), self)
        self.with_book = QCheckBox(self.tr("The book of proceedings as an appendix"), box)
        self.with_map = QCheckBox(self.tr("The community map"), box)
        self.with_map.setChecked(True)
        self.report_button = QPushButton(self.tr("Save the report as PDF…"), box)
        self.report_button.clicked.connect(lambda: self.save_report())
        self.map_button = QPushButton(self.tr("Community map…"), box)
        self.map_button.setToolTip(self.tr("The map on its own, as PNG or PDF"))
        self.map_button.clicked.connect(lambda: self.save_map())
        self.result = QLabel(box)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.last_file: Path | None = None
        self.open_button = QPushButton(self.tr("Open"), box)
        self.open_button.clicked.connect(lambda: self.last_file and open_url(self.last_file))
        self.open_button.hide()
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.open_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.map_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.with_book)
        layout.addWidget(self.with_map)
        layout.addLayout(buttons)
        layout.addLayout(result_row)
        return box

    def _email_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Email to the client"), self)
        self.to_label = QLabel(box)
        self.to_label.setTextFormat(Qt.TextFormat.PlainText)
        self.to_label.setWordWrap(True)
        self.subject = QLineEdit(box)
        self.subject.editingFinished.connect(self.store_template)
        self.body = StoredTextEdit(box)
        self.body.setMinimumHeight(110)
        self.body.setMaximumHeight(150)
        self.body.typed.connect(self.store_template)
        filled = QLabel(
            self.tr("{event}, {client}, {facilitator}, {dates} and {contact} are filled in."),
            box,
        )
        filled.setTextFormat(Qt.TextFormat.PlainText)
        filled.setWordWrap(True)
        self.attach_report = QCheckBox(self.tr("the report"), box)
        self.attach_report.setChecked(True)
        self.attach_book = QCheckBox(self.tr("the book of proceedings"), box)
        self.attach_map = QCheckBox(self.tr("the community map"), box)
        self.smaller = QCheckBox(self.tr("Smaller photos (for a smaller email)"), box)
        self.draft_button = QPushButton(self.tr("Put the email in the outbox"), box)
        self.draft_button.clicked.connect(self.make_draft)
        attach = QHBoxLayout()
        for widget in (self.attach_report, self.attach_book, self.attach_map):
            attach.addWidget(widget)
        attach.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("To"), self.to_label)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Text"), self.body)
        form.addRow("", filled)
        form.addRow(self.tr("Attach"), attach)
        form.addRow("", self.smaller)
        form.addRow("", self.draft_button)
        return box

    # --- showing what is stored ---------------------------------------------------------
    def reload(self) -> None:
        ef = self.document.file
        event = event_service.get_event(ef)
        self.summary.show_stored(client_report.get_summary(ef))
        template = client_report.get_email_template(ef)
        if not self.subject.hasFocus():
            self.subject.setText(template.subject)
        self.body.show_stored(template.body)
        open_space = event.method is Method.OPEN_SPACE
        for widget in (self.with_book, self.attach_book):
            widget.setVisible(open_space)
        if event.client_email:
            who = (
                f"{event.client_name} <{event.client_email}>"
                if event.client_name
                else event.client_email
            )
            self.to_label.setText(who)
        else:
            self.to_label.setText(
                self.tr(
                    "No client email yet: add it on the Event page (the draft can still be made)."
                )
            )

    def refresh(self, changes: Changes) -> None:
        if changes.touches(Part.CLIENT_REPORT, Part.EVENT):
            self.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.summary.setReadOnly(read_only)
        self.subject.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        self.bullets.setEnabled(not read_only)

    # --- storing ------------------------------------------------------------------------
    def store_summary(self) -> None:
        ef = self.document.file
        old, new = client_report.get_summary(ef), self.summary.toPlainText()
        if new.strip() == old:
            return
        self.document.push(
            TextCommand(
                self.document,
                self.tr("Edit the executive summary"),
                "summary",
                lambda text: client_report.set_summary(ef, text),
                old,
                new,
            )
        )

    def store_template(self) -> None:
        ef = self.document.file
        old = client_report.get_email_template(ef)
        new = EmailTemplate(self.subject.text(), self.body.toPlainText())
        if new.subject.strip() == old.subject and new.body.strip() == old.body:
            return
        self.document.push(
            TextCommand(
                self.document,
                self.tr("Edit the email"),
                "email",
                lambda value: client_report.set_email_template(ef, value),
                old,
                new,
            )
        )

    def flush(self) -> None:
        self.summary.flush()
        self.body.flush()

    # --- files --------------------------------------------------------------------------
    def options(self, smaller: bool = False) -> ReportOptions:
        open_space = event_service.get_event(self.document.file).method is Method.OPEN_SPACE
        return ReportOptions(
            with_proceedings=open_space and self.with_book.isChecked(),
            with_map=self.with_map.isChecked(),
            smaller_photos=smaller,
        )

    def _busy(self, busy: bool) -> None:
        for button in (self.report_button, self.map_button, self.draft_button):
            button.setEnabled(not busy)

    def _run(self, title: str, work: Any, done: Any) -> None:
        if self.task is not None and self.task.running:
            return
        self.flush()
        self._busy(True)

        def finished(result: object) -> None:
            self._busy(False)
            done(result)

        def failed(message: str) -> None:
            self._busy(False)
            self.message_bar.show_message(message)

        self.task = run_task(self, title, work, finished, failed)

    def _ask_target(self, title: str, name: str, filters: str) -> Path | None:
        folder = self.document.file.path.parent
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(folder / name), filters)
        return Path(chosen) if chosen else None

    def save_report(self, target: Path | None = None) -> None:
        event = event_service.get_event(self.document.file)
        target = target or self._ask_target(
            self.tr("Save the client report"),
            _safe(self.tr("%1 - report").replace("%1", event.title)) + ".pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        ef, options, brand = self.document.file, self.options(), preferred_branding(self)

        def work(report: Report, cancelled: Cancelled) -> int:
            return write_client_report(
                ef,
                target,
                options=options,
                branding=brand,
                progress=report,
                cancelled=cancelled,
            )

        def done(pages: object) -> None:
            self.result.setText(
                self.tr("Saved %1 (%2 pages).").replace("%1", target.name).replace("%2", str(pages))
            )
            self.show_saved(target)

        self._run(self.tr("Client report"), work, done)

    def save_map(self, target: Path | None = None) -> None:
        event = event_service.get_event(self.document.file)
        target = target or self._ask_target(
            self.tr("Save the community map"),
            _safe(self.tr("%1 - community map").replace("%1", event.title)) + ".png",
            self.tr("Picture (*.png);;PDF document (*.pdf)"),
        )
        if target is None:
            return
        if target.suffix.lower() not in (".png", ".pdf"):
            target = target.with_name(target.name + ".png")
        ef, fmt = self.document.file, target.suffix.lower().lstrip(".")

        def work(_report: Report, _cancelled: Cancelled) -> int:
            return write_community_map(ef, target, fmt)

        def done(people: object) -> None:
            self.result.setText(
                self.tr("Saved %1 (%2 people).")
                .replace("%1", target.name)
                .replace("%2", str(people))
            )
            self.show_saved(target)

        self._run(self.tr("Community map"), work, done)

    def show_saved(self, target: Path) -> None:
        self.last_file = target
        self.open_button.show()

    def attachments(self) -> list[Attach]:
        kinds = []
        if self.attach_report.isChecked():
            kinds.append(Attach.REPORT)
        if self.attach_book.isChecked() and self.attach_book.isVisible():
            kinds.append(Attach.PROCEEDINGS)
        if self.attach_map.isChecked():
            kinds.append(Attach.MAP)
        return kinds

    def make_draft(self) -> None:
        kinds = self.attachments()
        if not kinds:
            self.message_bar.show_message(self.tr("Choose at least one file to attach."))
            return
        self.send_to_outbox(kinds, self.options(self.smaller.isChecked()))

    def rebuild_smaller(self) -> None:
        if self.last_draft is not None:
            kinds, options = self.last_draft
            self.smaller.setChecked(True)
            self.send_to_outbox(
                kinds, ReportOptions(options.with_proceedings, options.with_map, True)
            )

    def send_to_outbox(self, kinds: list[Attach], options: ReportOptions) -> None:
        ef, brand, folder = self.document.file, preferred_branding(self), self.outbox.folder

        def work(report: Report, cancelled: Cancelled) -> DraftResult:
            return write_email_draft(
                ef,
                folder,
                kinds,
                options=options,
                branding=brand,
                translate=qt_translate,
                progress=report,
                cancelled=cancelled,
            )

        def done(result: object) -> None:
            assert isinstance(result, DraftResult)
            self.last_draft = (kinds, options)
            self.outbox.reload(select=result.path)
            self.outbox.show_warning(result.size)
            self.result.setText(
                self.tr("The email is in the outbox (%1).").replace("%1", human_size(result.size))
            )
            self.open_button.hide()

        self._run(self.tr("Email draft"), work, done)
