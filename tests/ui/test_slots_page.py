"""Time slots from the keyboard: a new start moves the end, later slots move along as one
undo step, and the minutes column takes typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cafedesk.services import slots
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.pages.slots_page import SlotsPage
from tests.ui.conftest import show_page
from tests.ui.test_table_editing import click_cell, key, typed


def times(window: MainWindow) -> list[str]:
    ef = window.document.file  # type: ignore[union-attr]
    return [f"{s.start:%H:%M}-{s.end:%H:%M}" for s in slots.list_slots(ef)]


def test_a_new_start_moves_the_end_and_the_later_slots_in_one_undo_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = show_page(window, "Time slots")
    assert isinstance(page, SlotsPage) and page.move_later.isChecked()
    before = times(window)
    click_cell(qtbot, page, 1, 1)  # Session 1 starts 10:30
    typed(qtbot, "1045")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: times(window)[1] == "10:45-12:00")
    assert times(window)[2:] == [
        "12:15-13:30",
        "13:30-14:30",
        "14:30-15:45",
        "15:45-16:05",
        "16:05-17:20",
        "17:30-18:15",
    ]
    stack = window.document.undo_stack  # type: ignore[union-attr]
    assert stack.undoText() == "Edit “Session 1” and move 6 later slots"
    stack.undo()
    assert times(window) == before
    stack.redo()
    assert times(window)[7] == "17:30-18:15"


def test_typing_minutes_changes_the_end(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(window, "Time slots")
    assert isinstance(page, SlotsPage)
    page.move_later.setChecked(False)
    click_cell(qtbot, page, 7, 5)  # the closing circle: 45 minutes
    typed(qtbot, "60")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: times(window)[7] == "17:15-18:15")
    assert page.proxy.index(7, 5).data() == 60


def test_a_refused_time_is_said_on_the_page(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(window, "Time slots")
    assert isinstance(page, SlotsPage)
    page.move_later.setChecked(False)
    before = times(window)
    click_cell(qtbot, page, 1, 5)
    typed(qtbot, "100")  # Session 1 would run into Session 2
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "overlaps “Session 2”" in page.message_bar.text())
    assert times(window) == before
