"""The print centre driven like a facilitator: tick items, pick paper, see thumbnails,
Save as PDF off the GUI thread, Print… reaching the system dialog."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from pytestqt.qtbot import QtBot

from cafedesk.services import print_centre
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.pages.print_page import PrintPage
from tests.ui.conftest import show_page


def _tick(page: PrintPage, *names: str) -> None:
    for i in range(page.items.count()):
        item = page.items.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in names:
            item.setCheckState(Qt.CheckState.Checked)


def test_choose_items_and_paper_then_thumbnails_and_save(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: object
) -> None:
    page = show_page(window, "Print centre")
    assert isinstance(page, PrintPage)
    labels = [page.items.item(i).text() for i in range(page.items.count())]
    assert any(label.startswith("Topic sheets (20 page") for label in labels)  # the demo has 20
    assert any(label.startswith("Book of proceedings") for label in labels)
    _tick(page, "topic-sheets", "space-signs")
    qtbot.waitUntil(lambda: page.thumbnails.count() > 0, timeout=5_000)
    first = page.thumbnails.item(0).icon().availableSizes()
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    qtbot.waitUntil(lambda: page.thumbnails.count() > 0, timeout=5_000)
    assert page.thumbnails.count() == 6  # three pages of each item
    assert first

    threads: list[str] = []
    real = print_centre.write_selection

    def spy(*args: object, **kw: object) -> list[Path]:
        threads.append(threading.current_thread().name)
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(print_centre, "write_selection", spy)  # type: ignore[attr-defined]
    target = tmp_path / "wall kit.pdf"
    page.save_to(target)
    qtbot.waitUntil(lambda: page.last_written == [target], timeout=60_000)
    assert threads and threads[0] != threading.main_thread().name
    reader = PdfReader(target)
    assert len(reader.pages) == 20 + 6  # the demo's 20 topics and 6 spaces
    assert round(float(reader.pages[0].mediabox.width)) == 792  # Letter, landscape
    assert page.message_bar.isVisible() and "wall kit.pdf" in page.message_bar.text()


def test_the_agenda_poster_tiles_at_its_own_size(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = show_page(window, "Print centre")
    assert isinstance(page, PrintPage)
    _tick(page, "agenda-poster")
    page.tile.setCurrentIndex(page.tile.findData("a4"))
    qtbot.waitUntil(lambda: page.thumbnails.count() == 3, timeout=5_000)  # assembly + 2 tiles
    target = tmp_path / "agenda.pdf"
    page.save_to(target)
    qtbot.waitUntil(lambda: page.last_written == [target], timeout=60_000)
    reader = PdfReader(target)
    assert len(reader.pages) == 1 + 15  # A1 on A4: the assembly sheet and 3 × 5 tiles
    assert "(of 3 × 5)" in reader.pages[1].extract_text()


def test_print_reaches_the_print_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: object
) -> None:
    page = show_page(window, "Print centre")
    assert isinstance(page, PrintPage)
    _tick(page, "badges")
    shown: list[QPrintDialog] = []

    def fake_exec(dialog: QPrintDialog) -> int:
        shown.append(dialog)
        return int(QPrintDialog.DialogCode.Rejected)

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)  # type: ignore[attr-defined]
    page.print_button.click()
    assert len(shown) == 1
    assert page.task is None  # cancelled in the dialog: nothing is prepared


def test_print_paints_every_page_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: object
) -> None:
    """Accepting the print dialog sends every page; the painting runs on a worker thread,
    so a long book never freezes the window (a PDF printer stands in for a real one)."""
    from PySide6.QtPrintSupport import QPrinter

    from cafedesk.ui import printer_output

    page = show_page(window, "Print centre")
    assert isinstance(page, PrintPage)
    _tick(page, "badges")
    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted)

    threads: list[bool] = []
    real = printer_output.send_to_printer

    def watched(*args: object, **kwargs: object) -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(QPrintDialog, "exec", accept)  # type: ignore[attr-defined]
    monkeypatch.setattr("cafedesk.ui.pages.print_page.send_to_printer", watched)  # type: ignore[attr-defined]
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(page.last_written), timeout=60_000)
    assert threads == [False]
    assert len(PdfReader(printed).pages) == len(PdfReader(page.last_written[0]).pages) > 0
    assert "Sent to the printer." in page.message_bar.text()


def test_nothing_ticked_is_said(window: MainWindow, tmp_path: Path) -> None:
    page = show_page(window, "Print centre")
    assert isinstance(page, PrintPage)
    page.save_to(tmp_path / "x.pdf")
    assert "Tick what to print first." in page.message_bar.text()
    assert not (tmp_path / "x.pdf").exists()


def test_poster_texts_dialog_saves_the_wording(qtbot: QtBot, window: MainWindow) -> None:
    from cafedesk.services.poster_texts import poster_texts
    from cafedesk.ui.pages.poster_text_dialog import PosterTextDialog

    page = show_page(window, "Print centre")
    assert isinstance(page, PrintPage)
    dialog = PosterTextDialog(page.document, page)
    qtbot.addWidget(dialog)
    dialog.poster.setCurrentIndex(dialog.poster.findData("welcome"))
    qtbot.keyClicks(dialog.heading, "Hello & welcome")
    dialog.save()
    assert dialog.error.text() == "Saved."
    assert poster_texts(page.document.file)["welcome.heading"] == "Hello & welcome"


@pytest.mark.qt_log_ignore("QPainter::begin")  # the failure this test provokes
def test_a_cancelled_print_stops_and_a_printer_that_fails_is_said(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from cafedesk.exports.output import ExportCancelled
    from cafedesk.ui.printer_output import PrinterRefused, send_to_printer

    source = tmp_path / "badges.pdf"
    print_centre.write_printable(window.document.file, "badges", source)  # type: ignore[union-attr]
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    steps: list[float] = []
    with pytest.raises(ExportCancelled):
        send_to_printer(printer, [source], lambda done, _: steps.append(done), lambda: bool(steps))
    assert len(steps) == 1  # stopped after the first page
    broken = QPrinter()
    broken.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    broken.setOutputFileName(str(tmp_path / "no such folder" / "out.pdf"))
    with pytest.raises(PrinterRefused):
        send_to_printer(broken, [source])
