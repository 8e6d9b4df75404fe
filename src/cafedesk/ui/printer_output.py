"""Sending finished PDFs to a printer: each page rasterised by PDFium and painted on the
printer's page. Runs on a worker thread (Qt allows QPainter on a QPrinter there), so a
300-page book never freezes the window; resolution is capped so a page stays a few MB."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.exports.output import ExportCancelled

MAX_DPI = 300  # beyond this a printer gains nothing visible and memory grows fast


class PrinterRefused(CafedeskError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "The printer could not be started. Check that it is switched on and chosen "
                "in the print dialog, or save the PDF and print it from there.",
            )
        )


def page_count(files: list[Path]) -> int:
    import pypdfium2

    total = 0
    for path in files:
        pdf = pypdfium2.PdfDocument(str(path))
        total += len(pdf)
        pdf.close()
    return total


def send_to_printer(
    printer: QPrinter,
    files: list[Path],
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Paint every page of ``files`` on ``printer``; returns the pages sent. A cancel aborts
    the print job, so no half job reaches the printer."""
    import pypdfium2

    total = max(1, page_count(files))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterRefused()
    sent = 0
    try:
        for path in files:
            pdf = pypdfium2.PdfDocument(str(path))
            try:
                for index in range(len(pdf)):
                    if cancelled is not None and cancelled():
                        printer.abort()
                        raise ExportCancelled()
                    if sent:
                        printer.newPage()
                    _paint_page(painter, pdf[index])
                    sent += 1
                    if progress is not None:
                        progress(sent / total, "")
            finally:
                pdf.close()
    finally:
        painter.end()
    return sent


def _paint_page(painter: QPainter, page: object) -> None:
    area = painter.viewport()
    width, height = page.get_width(), page.get_height()  # type: ignore[attr-defined]
    fit = min(area.width() / width, area.height() / height)
    scale = min(fit, MAX_DPI / 72)
    image = page.render(scale=scale).to_pil().convert("RGB")  # type: ignore[attr-defined]
    qimage = QImage(
        image.tobytes(), image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
    )
    painter.drawImage(QRectF(0, 0, width * fit, height * fit), qimage)
