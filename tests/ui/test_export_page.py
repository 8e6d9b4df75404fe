"""The Export page writes real PDFs through the task helper, off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.pages import export_page
from tests.ui.conftest import show_page


def test_book_of_proceedings_is_written_and_offered_to_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = show_page(window, "Export")
    assert isinstance(page, export_page.ExportPage)
    assert page.paper.currentText() == "A4"  # the demo event's paper
    page.paper.setCurrentIndex(page.paper.findText("Letter"))
    target = tmp_path / "out" / "book"
    target.parent.mkdir()
    suggested: list[str] = []

    def save_dialog(_parent: Any, _title: str, path: str, _filter: str) -> tuple[str, str]:
        suggested.append(path)
        return str(target), "PDF documents (*.pdf)"

    monkeypatch.setattr(export_page.QFileDialog, "getSaveFileName", save_dialog)
    qtbot.mouseClick(page.buttons[0], export_page.Qt.MouseButton.LeftButton)
    assert not page.buttons[0].isEnabled()  # busy while the task runs
    written = target.with_name("book.pdf")
    qtbot.waitUntil(lambda: page.result.isVisible(), timeout=60_000)
    assert suggested[0].endswith("Grünland Open Space 2026 - proceedings.pdf")
    reader = PdfReader(written)
    assert round(reader.pages[0].mediabox.width) == 612
    assert page.result_label.text().startswith("Saved book.pdf (")
    assert page.buttons[0].isEnabled()
    opened: list[str] = []
    monkeypatch.setattr(
        export_page.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    page.folder_button.click()
    page.open_button.click()
    assert opened == [str(written.parent), str(written)]


def test_report_for_one_session_asks_which(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = show_page(window, "Export")
    assert isinstance(page, export_page.ExportPage)
    target = tmp_path / "session.pdf"
    monkeypatch.setattr(
        export_page.QInputDialog,
        "getItem",
        lambda _p, _t, _l, items, *_a: (next(i for i in items if i.startswith("3. ")), True),
    )
    monkeypatch.setattr(export_page.QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    page.buttons[1].click()
    qtbot.waitUntil(lambda: page.result.isVisible(), timeout=60_000)
    assert "Seed saving" in PdfReader(target).pages[0].extract_text()


def test_a_cafe_event_exports_its_own_paper(
    qtbot: QtBot, app_paths: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cafedesk.services.demo_cafe import write_demo_cafe
    from cafedesk.ui.settings import AppSettings

    cafe_file = tmp_path / "cafe.cafedesk"
    write_demo_cafe(cafe_file)
    window = MainWindow(app_paths, AppSettings(app_paths.settings_file))
    qtbot.addWidget(window)
    assert window.open_path(cafe_file)
    window.show()
    page = show_page(window, "Export")
    assert isinstance(page, export_page.ExportPage)
    shown = [action.button for action, row in page.rows if not row.isHidden()]
    assert "Book of proceedings…" not in shown
    assert "Table tents with the round questions…" in shown
    page.paper.setCurrentIndex(page.paper.findText("Letter"))  # the choice is honoured
    target = tmp_path / "tents.pdf"
    monkeypatch.setattr(export_page.QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    index = next(i for i, (a, _r) in enumerate(page.rows) if a.button.startswith("Table tents"))
    page.buttons[index].click()
    qtbot.waitUntil(lambda: page.result.isVisible() or page.message_bar.isVisible(), timeout=60_000)
    assert page.result.isVisible(), page.message_bar.text()
    assert target.exists()
    text = " ".join(p.extract_text() for p in PdfReader(target).pages[:2])
    assert "Table 1" in text
    assert round(PdfReader(target).pages[0].mediabox.width) == 612
    window.close()


def test_the_whole_event_goes_out_as_json_xlsx_and_csv_from_the_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: the open formats from the Export page, off the GUI thread."""
    import base64
    import zipfile

    from openpyxl import load_workbook

    from cafedesk.services.open_formats.event_json import export_event, load_document
    from cafedesk.services.open_formats.event_zip import read_zip

    page = show_page(window, "Export")
    assert isinstance(page, export_page.ExportPage)
    written: dict[str, Path] = {}
    offered: list[str] = []
    json_filter = "cafedesk event, one JSON file (*.json)"
    for label, name, chosen in (
        ("Whole event (JSON)…", "event", ""),  # the zip is the default form
        ("Whole event (JSON)…", "event", json_filter),  # one .json when chosen
        ("Spreadsheet (XLSX)…", "event.xlsx", ""),
        ("Spreadsheets (CSV, zipped)…", "event.csv.zip", ""),
    ):
        target = tmp_path / name

        def save_as(
            _parent: object,
            _title: str,
            suggested: str,
            _filter: str,
            t: Path = target,
            c: str = chosen,
        ) -> tuple[str, str]:
            offered.append(suggested)
            return str(t), c  # fmt: skip

        monkeypatch.setattr(export_page.QFileDialog, "getSaveFileName", save_as)
        target = target.with_name("event.json" if chosen else target.name + (
            ".cafedesk.zip" if name == "event" else ""))  # fmt: skip
        name = target.name
        button = next(b for b in page.buttons if b.text() == label)
        page.result.hide()
        qtbot.mouseClick(button, export_page.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda t=target: t.exists() and page.result.isVisible(), timeout=60_000)
        written[name] = target
    event_file = window.document.file  # type: ignore[union-attr]
    assert load_document(written["event.json"]) == export_event(event_file)
    assert offered[0].endswith(".cafedesk.zip")
    document, problems = read_zip(written["event.cafedesk.zip"])
    for photo in document["tables"]["photo"]:  # the zip's pictures, as the .json embeds them
        for field, value in photo.items():
            if isinstance(value, bytes):
                photo[field] = base64.b64encode(value).decode("ascii")
    assert not problems and document == export_event(event_file)
    assert document["tables"]["photo"], "the demo's photos went along"
    sheets = load_workbook(written["event.xlsx"], read_only=True).sheetnames
    assert {"Participants", "Topics"} <= set(sheets)
    with zipfile.ZipFile(written["event.csv.zip"]) as archive:
        assert any(n.endswith(".csv") for n in archive.namelist())
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize(
    ("typed", "chosen", "written"),
    [
        ("event", "", "event.cafedesk.zip"),
        ("event.zip", "", "event.zip"),
        ("event.json", "", "event.json"),
        ("event.cafedesk.zip", "cafedesk event, one JSON file (*.json)", "event.json"),
    ],
)
def test_the_whole_event_is_named_by_the_form_chosen(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    typed: str, chosen: str, written: str,
) -> None:  # fmt: skip
    page = show_page(window, "Export")
    assert isinstance(page, export_page.ExportPage)
    monkeypatch.setattr(
        export_page.QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / typed), chosen)
    )
    assert page.choose_target("Demo.cafedesk.zip") == tmp_path / written
