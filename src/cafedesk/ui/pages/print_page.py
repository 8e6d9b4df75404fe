"""Print centre: every printable of the event in one list, thumbnails, paper, copies,
Print… through the system dialog and Save as PDF…, written off the GUI thread."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cafedesk.domain.changes import Changes
from cafedesk.services import event as event_service
from cafedesk.services import print_centre
from cafedesk.ui.app_context import preferred_branding
from cafedesk.ui.document import EventDocument, qt_translate
from cafedesk.ui.pages.base import Page
from cafedesk.ui.printer_output import send_to_printer
from cafedesk.ui.tasks import Cancelled, Report, Task, run_task

PAPERS = ("a4", "letter", "a3", "a2", "a1", "a0")
THUMB_HEIGHT = 150


class PrintPage(Page):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.add_heading(self.tr("Print centre"))
        row = QHBoxLayout()
        self.items = QListWidget(self)
        self.items.setMinimumWidth(320)
        self.items.itemChanged.connect(self._schedule_thumbnails)
        row.addWidget(self.items, 1)
        side = QFormLayout()
        self.paper = QComboBox(self)
        for key in PAPERS:
            self.paper.addItem(key.upper() if key != "letter" else self.tr("Letter"), key)
        self.paper.currentIndexChanged.connect(self._schedule_thumbnails)
        side.addRow(self.tr("Paper"), self.paper)
        self.poster_paper = QComboBox(self)
        for key in PAPERS:
            self.poster_paper.addItem(key.upper() if key != "letter" else self.tr("Letter"), key)
        self.poster_paper.setCurrentIndex(self.poster_paper.findData("a1"))
        self.poster_paper.currentIndexChanged.connect(self._schedule_thumbnails)
        side.addRow(self.tr("Poster size"), self.poster_paper)
        self.tile = QComboBox(self)
        self.tile.addItem(self.tr("Whole, on a large-format printer"), None)
        self.tile.addItem(self.tr("On A4 sheets (tiled)"), "a4")
        self.tile.addItem(self.tr("On Letter sheets (tiled)"), "letter")
        self.tile.currentIndexChanged.connect(self._schedule_thumbnails)
        side.addRow(self.tr("Print posters"), self.tile)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, 99)
        side.addRow(self.tr("Copies"), self.copies)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_selection)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.clicked.connect(self.save_selection)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        side.addRow(buttons)
        self.texts_button = QPushButton(self.tr("Poster texts…"), self)
        self.texts_button.clicked.connect(self.edit_poster_texts)
        side.addRow(self.texts_button)
        holder = QWidget(self)
        holder.setLayout(side)
        row.addWidget(holder)
        self.page_layout.addLayout(row, 1)
        self.thumbnails = QListWidget(self)
        self.thumbnails.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbnails.setIconSize(QSize(THUMB_HEIGHT, THUMB_HEIGHT))
        self.thumbnails.setFixedHeight(THUMB_HEIGHT + 40)
        self.thumbnails.setFlow(QListWidget.Flow.LeftToRight)
        self.thumbnails.setWrapping(False)
        self.page_layout.addWidget(self.thumbnails)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_thumbnails)
        self.task: Task | None = None
        self.last_written: list[Path] = []
        self.reload()

    @classmethod
    def title(cls) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("PrintPage", "Print centre")

    def reload(self) -> None:
        ef = self.document.file
        method = event_service.get_event(ef).method
        kit = print_centre.wall_kit(ef, preferred_branding(self))
        from cafedesk.exports.wallkit.items import ITEMS_BY_NAME, item_pages

        self.items.blockSignals(True)
        self.items.clear()
        for printable in print_centre.printables(method):
            label = qt_translate(printable.label)
            if printable.name in ITEMS_BY_NAME:
                count = len(item_pages(kit, printable.name, "a4"))
                label = self.tr("%1 (%n page(s))", "", count).replace("%1", label)
            item = QListWidgetItem(label, self.items)
            item.setData(Qt.ItemDataRole.UserRole, printable.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.items.blockSignals(False)

    def refresh(self, changes: Changes) -> None:
        # Topics, spaces, slots and people change the counts; the ticks are kept.
        ticked = set(self.chosen())
        self.reload()
        for i in range(self.items.count()):
            item = self.items.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in ticked:
                item.setCheckState(Qt.CheckState.Checked)

    def edit_poster_texts(self) -> None:
        from cafedesk.ui.pages.poster_text_dialog import PosterTextDialog

        PosterTextDialog(self.document, self).exec()
        self._schedule_thumbnails()

    def chosen(self) -> list[str]:
        names = []
        for i in range(self.items.count()):
            item = self.items.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                names.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return names

    def _schedule_thumbnails(self, *_args: object) -> None:
        self._timer.start()

    def refresh_thumbnails(self) -> None:
        """The first pages of the wall-kit items chosen, drawn small (a few pages: quick)."""
        from cafedesk.exports.wallkit.items import ITEMS_BY_NAME, draw_pages, item_pages

        self.thumbnails.clear()
        names = [n for n in self.chosen() if n in ITEMS_BY_NAME]
        if not names:
            return
        kit = print_centre.wall_kit(self.document.file, preferred_branding(self))
        pages = []
        for name in names:
            if ITEMS_BY_NAME[name].poster:
                poster = self.poster_paper.currentData()
                pages.extend(item_pages(kit, name, poster, self.tile.currentData())[:3])
            else:
                pages.extend(item_pages(kit, name, self.paper.currentData())[:3])
        buffer = io.BytesIO()
        draw_pages(pages[:8], buffer, "")
        import pypdfium2

        pdf = pypdfium2.PdfDocument(buffer.getvalue())
        for index in range(len(pdf)):
            page = pdf[index]
            image = page.render(scale=THUMB_HEIGHT / page.get_height()).to_pil().convert("RGB")
            data = image.tobytes()
            qimage = QImage(
                data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
            )
            QListWidgetItem(QPixmap.fromImage(qimage.copy()), "", self.thumbnails)
        pdf.close()

    def _run(self, target: Path, on_done, printer: QPrinter | None = None) -> None:  # type: ignore[no-untyped-def]
        names = self.chosen()
        if not names:
            self.message_bar.show_message(self.tr("Tick what to print first."))
            return
        ef = self.document.file
        prefs = preferred_branding(self)
        paper, tile, copies = self.paper.currentData(), self.tile.currentData(), self.copies.value()
        poster = self.poster_paper.currentData()

        def work(report: Report, cancelled: Cancelled) -> list[Path]:
            written = print_centre.write_selection(
                ef,
                names,
                target,
                paper,
                tile,
                copies,
                prefs,
                qt_translate,
                report,
                cancelled,
                poster_paper=poster,
            )
            if printer is not None:  # painted here, off the GUI thread
                report(0.0, self.tr("Sending to the printer…"))
                send_to_printer(printer, written, report, cancelled)
            return written

        self.task = run_task(self, self.tr("Preparing the paper…"), work, on_done, self._failed)

    def _failed(self, message: str) -> None:
        self.message_bar.show_message(message)

    def save_selection(self) -> None:
        title = event_service.get_event(self.document.file).title
        suggested = str(Path.home() / f"{title} - print.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, "PDF (*.pdf)"
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, target: Path) -> None:
        def done(written: list[Path]) -> None:
            self.last_written = written
            shown = ", ".join(p.name for p in written)
            self.message_bar.show_message(self.tr("Saved: %1").replace("%1", shown), error=False)

        self._run(target, done)

    def print_selection(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        folder = Path(tempfile.mkdtemp(prefix="cafedesk-print-"))

        def done(written: list[Path]) -> None:
            self.last_written = written
            self.message_bar.show_message(self.tr("Sent to the printer."), error=False)

        self._run(folder / "print.pdf", done, printer)
