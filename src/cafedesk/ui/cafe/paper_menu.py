"""A "Print…" button whose menu writes café PDFs off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton

from cafedesk.services.cafe_export import DOCUMENT_LABELS, CafeDocument, write_cafe_document
from cafedesk.ui.document import EventDocument, qt_translate
from cafedesk.ui.pages.base import Page
from cafedesk.ui.tasks import Report, Task, run_task

DAY_PAPER = (CafeDocument.CARDS, CafeDocument.SEATING, CafeDocument.TENTS, CafeDocument.HOST_CARDS)


class PaperMenu:
    def __init__(self, page: Page, document: EventDocument, harvest: bool) -> None:
        self.page = page
        self.document = document
        self.task: Task | None = None
        self.button = QToolButton(page)
        self.button.setText(QCoreApplication.translate("PaperMenu", "Print…"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        for kind in (CafeDocument.HARVEST,) if harvest else DAY_PAPER:
            action = menu.addAction(qt_translate(DOCUMENT_LABELS[kind]) + "…")
            action.triggered.connect(lambda _c=False, k=kind: self.ask(k))
        self.button.setMenu(menu)

    def ask(self, kind: CafeDocument) -> None:
        name = f"{self.document.file.path.stem}-{kind.value}.pdf"
        start = str(self.document.file.path.with_name(name))
        path, _filter = QFileDialog.getSaveFileName(
            self.page,
            qt_translate(DOCUMENT_LABELS[kind]),
            start,
            QCoreApplication.translate("PaperMenu", "PDF (*.pdf)"),
        )
        if path:
            self.write(kind, Path(path))

    def write(self, kind: CafeDocument, out: Path, open_after: bool = True) -> None:
        ef = self.document.file

        def work(_report: Report, cancelled: Any) -> Path:
            return write_cafe_document(ef, kind, out, None, cancelled)

        def done(path: Path) -> None:
            self.page.message_bar.show_message(
                QCoreApplication.translate("PaperMenu", "Saved %1").replace("%1", str(path)),
                error=False,
            )
            if open_after and path.exists():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.task = run_task(
            self.page,
            QCoreApplication.translate("PaperMenu", "Writing %1…").replace(
                "%1", qt_translate(DOCUMENT_LABELS[kind])
            ),
            work,
            done,
            self.page.message_bar.show_message,
        )
