"""The news wall: which session reports are in, which are missing, photos and attendance."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QBrush, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.services import event as event_service
from cafedesk.services import notes
from cafedesk.services.paper_language import paper_translate
from cafedesk.ui.document import EventDocument
from cafedesk.ui.notes.common import STATUS_COLOURS, status_icon, status_label, when_text
from cafedesk.ui.pages.base import Page

if TYPE_CHECKING:
    from cafedesk.exports.missing_reports import MissingLine

WHEN, WHERE, NUMBER, SESSION, CONVENORS, STATUS, PHOTOS, ATTENDANCE = range(8)

PRINTED = QT_TRANSLATE_NOOP("cafedesk", "Printed {time}.")


class NewsWallPage(Page):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.entries: list[notes.WallEntry] = []
        heading = self.make_heading(self.title())
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        summary_font = self.summary.font()
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.15)
        self.summary.setFont(summary_font)
        self.missing_only = QCheckBox(self.tr("Missing only"), self)
        self.missing_only.toggled.connect(lambda _on: self.reload())
        self.open_button = QPushButton(self.tr("Write report"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton(self.tr("Print missing list…"), self)
        self.print_button.clicked.connect(self.print_missing)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.missing_only)
        top.addWidget(self.open_button)
        top.addWidget(self.print_button)

        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Where"),
                self.tr("No."),
                self.tr("Session"),
                self.tr("Convenor(s)"),
                self.tr("Report"),
                self.tr("Photos"),
                self.tr("Attendance"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SESSION, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.page_layout.addWidget(heading)
        self.page_layout.addLayout(top)
        self.page_layout.addWidget(self.table, 1)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("NewsWallPage", "News wall")

    def refresh(self, changes: Changes) -> None:
        if changes.touches(
            Part.REPORTS, Part.PHOTOS, Part.TOPICS, Part.SLOTS, Part.SPACES, Part.PARTICIPANTS
        ):
            self.reload()

    def reload(self) -> None:
        snap = event_service.snapshot(self.document.file)
        days = len({s.day for s in snap.slots}) > 1
        everything = notes.news_wall(self.document.file, snap)
        owing = [e for e in everything if notes.owes_report(e)]  # parked topics owe nothing
        missing = sum(1 for e in owing if e.missing)
        self.summary.setText(
            self.tr("%1 of %2 reports in · %3 missing")
            .replace("%1", str(len(owing) - missing))
            .replace("%2", str(len(owing)))
            .replace("%3", str(missing))
        )
        only_missing = self.missing_only.isChecked()
        self.entries = [e for e in everything if not only_missing or (e in owing and e.missing)]
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            owes = notes.owes_report(entry)
            attendance = str(entry.attendance) if entry.attendance else ""
            values = (
                when_text(entry.slot, days),
                entry.space.name if entry.space else "",
                str(entry.topic.number),
                entry.topic.title,
                ", ".join(entry.convenors),
                status_label(entry.status) if owes else "—",
                str(entry.photos) if entry.photos else "",
                attendance,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.topic.id)
                if column in (NUMBER, PHOTOS, ATTENDANCE):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            status = self.table.item(row, STATUS)
            assert status is not None
            if not owes:  # a parked topic never met: nothing is missing (as the count says)
                status.setToolTip(self.tr("Not on the agenda: no report is owed."))
                continue
            status.setIcon(status_icon(entry.status))
            status.setForeground(QBrush(STATUS_COLOURS[entry.status]))
            font = status.font()
            font.setBold(True)
            status.setFont(font)

    def selected_topic(self) -> int | None:
        row = self.table.currentRow()
        return self.entries[row].topic.id if 0 <= row < len(self.entries) else None

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.open_row(row)

    def open_row(self, row: int) -> None:
        """Switch to the Notes page on this session."""
        from cafedesk.ui.notes.editor_page import NotesPage

        topic_id = self.entries[row].topic.id
        window = self.window()
        entries = getattr(window, "entries", None)
        page_at = getattr(window, "page_at", None)
        if entries is not None and page_at is not None:  # pages made when first shown
            rows = [i for i, entry in enumerate(entries) if entry.page is NotesPage]
            pages = {i: page_at(i) for i in rows}
        else:
            pages = dict(enumerate(getattr(window, "pages", [])))
        for index, page in pages.items():
            if isinstance(page, NotesPage):
                page.open_topic(topic_id)
                window.nav.setCurrentRow(index)  # type: ignore[attr-defined]
                return

    # --- printing ----------------------------------------------------------------------
    def missing_lines(self) -> list[MissingLine]:
        from cafedesk.exports.missing_reports import MissingLine  # reportlab loads on demand

        snap = event_service.snapshot(self.document.file)
        days = len({s.day for s in snap.slots}) > 1
        missing, _total = notes.missing_reports(self.document.file, snap)
        return [
            MissingLine(
                when_text(e.slot, days),
                e.space.name if e.space else "",
                e.topic.number,
                e.topic.title,
                ", ".join(e.convenors),
            )
            for e in missing
        ]

    def write_missing(self, target: Path) -> None:
        from cafedesk.exports.missing_reports import missing_reports_pdf

        snap = event_service.snapshot(self.document.file)
        words = paper_translate(snap.event.language)  # the paper's language, not the window's
        printed = words(PRINTED).format(time=dt.datetime.now().strftime("%H:%M"))
        _missing, total = notes.missing_reports(self.document.file, snap)
        missing_reports_pdf(
            target,
            snap.event.title,
            self.missing_lines(),
            total=total,
            paper=snap.event.paper_size,
            printed=printed,
            translate=words,
            lang=snap.event.language,
        )

    def print_missing(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the list of missing reports"),
            str(Path(folder) / self.tr("missing-reports.pdf")),
            self.tr("PDF (*.pdf)"),
        )
        if not name:
            return
        try:
            self.write_missing(Path(name))
        except OSError as exc:
            self.message_bar.show_message(str(exc.strerror or exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(name))
