"""Export: the documents cafedesk prints, one row per kind, written off the GUI thread.

Each row is an ``ExportAction``; later documents (posters, table tents,
the client report) add theirs to ``export_actions()``. An action may ask
one question first (which session?), then its ``work`` runs through
``run_task`` with progress and cancel, and the page offers to open the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.model import Method, PaperSize
from cafedesk.domain.notes import ProceedingsData
from cafedesk.services import event as event_service
from cafedesk.services.cafe_export import DOCUMENT_LABELS, CafeDocument, write_cafe_document
from cafedesk.services.files import EventFile
from cafedesk.services.open_formats.event_zip import ZIP_SUFFIX
from cafedesk.services.paper_language import paper_translate
from cafedesk.services.proceedings import proceedings_data
from cafedesk.ui.document import EventDocument, qt_translate
from cafedesk.ui.pages.base import Page
from cafedesk.ui.tasks import Cancelled, Report, Task, run_task

OPEN_SPACE = frozenset({Method.OPEN_SPACE})
CAFES = frozenset({Method.WORLD_CAFE, Method.PRO_ACTION_CAFE})


@dataclass(frozen=True)
class ExportJob:
    """What the person chose: where, on which paper, and the action's own answer."""

    data: ProceedingsData
    target: Path
    paper: PaperSize
    choice: Any = None
    event_file: EventFile | None = None  # for documents read straight from the event


@dataclass(frozen=True)
class ExportAction:
    button: str  # "Book of proceedings…"
    description: str
    file_name: Callable[[ProceedingsData, Any], str]  # suggested name, without folder
    work: Callable[[ExportJob, Report, Cancelled], str]  # runs on a pool thread; a summary
    ask: Callable[[QWidget, ProceedingsData], Any] | None = None  # None from ask = cancelled
    methods: frozenset[Method] = frozenset(Method)  # the events whose page lists it


class ExportCounts(QObject):
    """Counted texts with real plurals ("1 photo", not "1 photos"): lupdate marks only
    self.tr(text, "", n) as plural."""

    def pages(self, n: int) -> str:
        return self.tr("%n page(s)", "", n)

    def sessions(self, n: int) -> str:
        return self.tr("%n session(s)", "", n)

    def photos(self, n: int) -> str:
        return self.tr("%n photo(s)", "", n)


def _safe(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', " ", name).strip()[:80] or "cafedesk"


def _write_book(job: ExportJob, report: Report, cancelled: Cancelled) -> str:
    from cafedesk.exports.proceedings import build_proceedings  # reportlab loads on demand

    info = build_proceedings(
        job.data,
        job.target,
        paper=job.paper,
        translate=paper_translate(job.data.snapshot.event.language),
        progress=report,
        cancelled=cancelled,
    )
    counts = ExportCounts()
    return ", ".join(
        (counts.pages(info.pages), counts.sessions(info.sessions), counts.photos(info.photos))
    )


def _ask_topic(parent: QWidget, data: ProceedingsData) -> int | None:
    from cafedesk.exports.proceedings import book_topics

    topics = book_topics(data)
    if not topics:
        return None
    labels = [f"{t.number}. {' '.join(t.title.split())}" for t in topics]
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ExportPage", "Report for one session"),
        QCoreApplication.translate("ExportPage", "Session:"),
        labels,
        0,
        False,
    )
    return topics[labels.index(label)].id if ok and label in labels else None


def _write_report(job: ExportJob, _report: Report, _cancelled: Cancelled) -> str:
    from cafedesk.exports.session_report import build_session_report

    pages = build_session_report(
        job.data,
        job.choice,
        job.target,
        paper=job.paper,
        translate=paper_translate(job.data.snapshot.event.language),
    )
    return ExportCounts().pages(pages)


def _report_name(data: ProceedingsData, topic_id: Any) -> str:
    topic = next(t for t in data.snapshot.topics if t.id == topic_id)
    return f"{topic.number} {topic.title[:40]}.pdf"


def _cafe_action(kind: CafeDocument) -> ExportAction:
    label = QCoreApplication.translate("cafedesk", DOCUMENT_LABELS[kind])

    def work(job: ExportJob, _report: Report, cancelled: Cancelled) -> str:
        assert job.event_file is not None
        write_cafe_document(job.event_file, kind, job.target, None, cancelled, job.paper)
        return label

    return ExportAction(
        label + "…",
        QCoreApplication.translate("ExportPage", "From the café setup and the seating plan."),
        lambda data, _choice: f"{data.snapshot.event.title} - {label}.pdf",
        work,
        methods=CAFES,
    )


def _data_action(kind: str, button: str, description: str, suffix: str) -> ExportAction:
    """The whole event in an open format (JSON) or as spreadsheets (XLSX, CSV in a zip)."""

    def work(job: ExportJob, _report: Report, cancelled: Cancelled) -> str:
        from cafedesk.exports.output import atomic_output, check_cancel
        from cafedesk.services.open_formats import event_json, spreadsheets

        assert job.event_file is not None
        if kind == "json" and str(job.target).lower().endswith(".zip"):
            from cafedesk.services.open_formats.event_zip import write_zip

            write_zip(job.event_file, job.target)
            return button.rstrip("…")
        document = event_json.export_event(job.event_file)
        check_cancel(cancelled)
        if kind == "json":
            with atomic_output(job.target) as handle:
                handle.write(event_json.dumps(document).encode("utf-8"))
        else:
            write = spreadsheets.write_xlsx if kind == "xlsx" else spreadsheets.write_csv_zip
            write(spreadsheets.build_sheets(document, qt_translate), job.target)
        return button.rstrip("…")

    return ExportAction(
        button,
        description,
        lambda data, _choice: f"{data.snapshot.event.title}{suffix}",
        work,
    )


def export_actions() -> list[ExportAction]:
    """The rows of the page, in order; later features append theirs."""
    translate = QCoreApplication.translate
    cafe = [_cafe_action(kind) for kind in CafeDocument]
    open_space = [
        ExportAction(
            translate("ExportPage", "Book of proceedings…"),
            translate(
                "ExportPage",
                "Cover, contents, agenda, every session's report with its photos, "
                "the participants and all follow-up actions.",
            ),
            lambda data, _choice: translate("ExportPage", "%1 - proceedings.pdf").replace(
                "%1", data.snapshot.event.title
            ),
            _write_book,
            methods=OPEN_SPACE,
        ),
        ExportAction(
            translate("ExportPage", "Report for one session…"),
            translate(
                "ExportPage", "One session's report with its photos, to hand to its convenor."
            ),
            _report_name,
            _write_report,
            ask=_ask_topic,
            methods=OPEN_SPACE,
        ),
    ]
    data = [
        _data_action(
            "json",
            translate("ExportPage", "Whole event (JSON)…"),
            translate(
                "ExportPage",
                "All of the event in an open, documented format: a .cafedesk.zip with the "
                "photos as files, or one .json. File › Import Event… reads it back.",
            ),
            ".cafedesk.zip",
        ),
        _data_action(
            "xlsx",
            translate("ExportPage", "Spreadsheet (XLSX)…"),
            translate(
                "ExportPage",
                "Participants, topics and their places, sign-ups, reports (cafés: seating, "
                "harvest), one sheet each.",
            ),
            ".xlsx",
        ),
        _data_action(
            "csv",
            translate("ExportPage", "Spreadsheets (CSV, zipped)…"),
            translate("ExportPage", "The same sheets as CSV files (UTF-8) in one zip."),
            ".csv.zip",
        ),
    ]
    return [*open_space, *cafe, *data]


class ExportPage(Page):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.task: Task | None = None
        self.last_file: Path | None = None
        self.add_heading(self.tr("Export"))

        paper_row = QHBoxLayout()
        paper_row.addWidget(QLabel(self.tr("Paper size:"), self))
        self.paper = QComboBox(self)
        self.paper.addItem("A4", PaperSize.A4)
        self.paper.addItem("Letter", PaperSize.LETTER)
        paper_row.addWidget(self.paper)
        paper_row.addStretch(1)
        self.page_layout.addLayout(paper_row)

        self.buttons: list[QPushButton] = []
        self.rows: list[tuple[ExportAction, QWidget]] = []
        for action in export_actions():
            row = self._row(action)
            self.rows.append((action, row))
            self.page_layout.addWidget(row)

        self.result = QFrame(self)
        result_row = QHBoxLayout(self.result)
        self.result_label = QLabel(self.result)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"), self.result)
        self.folder_button = QPushButton(self.tr("Show in folder"), self.result)
        self.open_button.clicked.connect(lambda: self._open(False))
        self.folder_button.clicked.connect(lambda: self._open(True))
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_button)
        result_row.addWidget(self.folder_button)
        self.result.hide()
        self.page_layout.addWidget(self.result)
        self.page_layout.addStretch(1)
        self.refresh_paper()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ExportPage", "Export")

    def _row(self, action: ExportAction) -> QWidget:
        row = QFrame(self)
        row.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(row)
        button = QPushButton(action.button, row)
        button.setMinimumWidth(220)
        button.clicked.connect(lambda _checked=False, a=action: self.export(a))
        text = QLabel(action.description, row)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(button)
        layout.addWidget(text, 1)
        self.buttons.append(button)
        return row

    def refresh_paper(self) -> None:
        event = event_service.get_event(self.document.file)
        self.paper.setCurrentIndex(max(0, self.paper.findData(event.paper_size)))
        for action, row in self.rows:  # Open Space documents or café documents
            row.setVisible(event.method in action.methods)

    def refresh(self, changes: Any) -> None:
        self.refresh_paper()

    def choose_target(self, suggested: str) -> Path | None:
        folder = self.last_file.parent if self.last_file else self.document.file.path.parent
        suffix = Path(suggested).suffix.lower() or ".pdf"
        kinds = {
            ".pdf": (self.tr("Export as PDF"), self.tr("PDF documents (*.pdf)")),
            ".xlsx": (self.tr("Export as a spreadsheet"), self.tr("Spreadsheets (*.xlsx)")),
            ".zip": (self.tr("Export as CSV files"), self.tr("Zipped CSV files (*.zip)")),
        }
        whole_event = suggested.endswith(ZIP_SUFFIX)
        if whole_event:  # the zip (photos as files) first, one .json as the other choice
            suffix = ZIP_SUFFIX
            kinds[suffix] = (
                self.tr("Export the whole event"),
                self.tr("cafedesk event, photos as files (*.cafedesk.zip)")
                + ";;"
                + self.tr("cafedesk event, one JSON file (*.json)"),
            )
        title, file_filter = kinds.get(suffix, kinds[".pdf"])
        name, chosen = QFileDialog.getSaveFileName(
            self, title, str(folder / _safe_file(suggested)), file_filter
        )
        if not name:
            return None
        path = Path(name)
        if whole_event and (chosen.endswith("(*.json)") or path.suffix.lower() == ".json"):
            suffix = ".json"
            path = path.with_name(path.name.removesuffix(ZIP_SUFFIX))
        elif whole_event and path.suffix.lower() == ".zip":
            return path  # a zip by any name is the zip form
        return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)

    def export(self, action: ExportAction) -> None:
        if self.task is not None and self.task.running:
            return
        try:  # reports and photo sizes only; photo bytes are read by the task
            data = proceedings_data(self.document.file)
        except CafedeskError as exc:
            self.message_bar.show_message(exc.message(qt_translate))
            return
        choice = action.ask(self, data) if action.ask is not None else None
        if action.ask is not None and choice is None:
            return
        target = self.choose_target(action.file_name(data, choice))
        if target is None:
            return
        paper = PaperSize(self.paper.currentData())
        job = ExportJob(data, target, paper, choice, self.document.file)
        self.result.hide()
        for button in self.buttons:
            button.setEnabled(False)
        self.task = run_task(
            self,
            action.button.rstrip("…"),
            lambda report, cancelled: action.work(job, report, cancelled),
            lambda summary: self._done(target, summary),
            self._failed,
        )

    def _done(self, target: Path, summary: object) -> None:
        self._enable()
        self.last_file = target
        text = self.tr("Saved {name} ({summary})").format(name=target.name, summary=summary)
        self.result_label.setText(text)
        self.result.show()

    def _failed(self, message: str) -> None:
        self._enable()
        self.message_bar.show_message(message)

    def _enable(self) -> None:
        for button in self.buttons:
            button.setEnabled(True)

    def _open(self, folder: bool) -> None:
        if self.last_file is not None:
            path = self.last_file.parent if folder else self.last_file
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _safe_file(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f"{_safe(stem)}.{suffix}" if dot else _safe(name)
