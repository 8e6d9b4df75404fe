"""The window prints in the event's "Language of the paper", not in its own language
(issue 15, finding 6): an English window writes German paper and a German one English."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from cafedesk.services.paper_language import read_qm
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.notes.news_wall_page import NewsWallPage
from cafedesk.ui.pages import export_page
from cafedesk.ui.pages.event_page import EventPage
from tests.exports.pdf_boxes import measure
from tests.ui.conftest import show_page
from tests.ui.test_german import german  # noqa: F401 - a fixture used by name

T = TypeVar("T")


def test_the_paper_reader_agrees_with_qt_on_every_message() -> None:
    folder = resources.files("cafedesk") / "resources" / "translations"
    with resources.as_file(folder / "cafedesk_de.qm") as path:
        ours = read_qm(path.read_bytes())
        qt = QTranslator()
        assert qt.load(str(path))
    cafedesk = {source: text for (context, source), text in ours.items() if context == "cafedesk"}
    assert len(cafedesk) > 300
    for source, text in cafedesk.items():
        assert qt.translate("cafedesk", source) == text, source


def _open(window: MainWindow, kind: type[T]) -> T:
    """The page of that kind, whatever language the window names it in."""
    for row in range(len(window.page_titles())):
        window.nav.setCurrentRow(row)
        page = window.current_page()
        if isinstance(page, kind):
            return page
    raise AssertionError(kind)


def _choose_paper_language(window: MainWindow, code: str) -> None:
    page = _open(window, EventPage)
    index = page.language.findData(code)
    page.language.setCurrentIndex(index)
    page.language.activated.emit(index)
    assert page.stored_event.language == code


def _write_book(qtbot: QtBot, window: MainWindow, target: Path, mp: pytest.MonkeyPatch) -> str:
    page = _open(window, export_page.ExportPage)
    mp.setattr(export_page.QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    qtbot.mouseClick(page.buttons[0], export_page.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.isVisible(), timeout=60_000)
    return " ".join(measure(target).text)


def test_an_english_window_writes_german_paper(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose_paper_language(window, "de")
    book = _write_book(qtbot, window, tmp_path / "book.pdf", monkeypatch)
    assert "DOKUMENTATION" in book and "Inhalt" in book and "Seite 2 von" in book
    assert "Contents" not in book and "Page 2 of" not in book
    news = show_page(window, "News wall")
    assert isinstance(news, NewsWallPage)
    missing = tmp_path / "missing.pdf"
    news.write_missing(missing)
    text = " ".join(measure(missing).text)
    assert "Fehlende Protokolle" in text or "fehlen" in text, text[:200]
    assert "Gedruckt" in text and "Printed" not in text


def test_a_german_window_writes_english_paper(
    german: Any,  # noqa: F811 - the fixture
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _choose_paper_language(window, "en")
    book = _write_book(qtbot, window, tmp_path / "book.pdf", monkeypatch)
    assert "Contents" in book and "Page 2 of" in book
    assert "Inhalt" not in book and "Seite 2" not in book
