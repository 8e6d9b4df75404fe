"""Tables edit like a spreadsheet: typing on a cell starts editing, Tab and Enter move on and
keep the value typed next, arrow keys stay in the column, Escape cancels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from cafedesk.services import participants, slots, spaces
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.pages.table_page import TablePage
from tests.ui.conftest import show_page, type_text


def click_cell(qtbot: QtBot, page: TablePage, row: int, column: int) -> None:
    view = page.view
    rect = view.visualRect(page.proxy.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex().row() == row and view.currentIndex().column() == column


def editor() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def line_editor() -> QLineEdit | QAbstractSpinBox:
    widget = editor()
    assert isinstance(widget, QLineEdit | QAbstractSpinBox), f"no editor open ({widget!r})"
    return widget


def key(qtbot: QtBot, k: Qt.Key) -> None:
    qtbot.keyClick(editor(), k)


def typed(qtbot: QtBot, text: str) -> None:
    """Each key to whatever has the focus, as a keyboard would send it."""
    for char in text:
        type_text(qtbot, editor(), char)


def test_typing_on_a_selected_cell_starts_editing_and_enter_moves_down(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = show_page(window, "Spaces")
    assert isinstance(page, TablePage)
    click_cell(qtbot, page, 1, 1)  # the capacity of the second space
    typed(qtbot, "33")
    assert line_editor().text() == "33"
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: spaces.list_spaces(window.document.file)[1].capacity == 33)  # type: ignore[union-attr]
    # Enter moved to the cell below, in the same column, with no editor open.
    current = page.view.currentIndex()
    assert (current.row(), current.column()) == (2, 1)
    assert page.view.state() != page.view.State.EditingState
    # An arrow key after Enter stays in the capacity column.
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (3, 1)
    # Typing again starts the next edit straight away.
    typed(qtbot, "12")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: spaces.list_spaces(window.document.file)[3].capacity == 12)  # type: ignore[union-attr]


def test_tab_after_a_name_goes_to_the_next_cell_and_keeps_the_value_typed_next(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = show_page(window, "Spaces")
    assert isinstance(page, TablePage)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    line_editor().selectAll()
    typed(qtbot, "Scheune Süd")
    key(qtbot, Qt.Key.Key_Tab)
    # At once, before the edit has landed, the capacity is typed.
    line_editor().selectAll()
    typed(qtbot, "40")
    qtbot.wait(50)  # the name's edit lands meanwhile; the capacity editor must survive it
    assert line_editor().text() == "40"
    key(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "beamer")
    key(qtbot, Qt.Key.Key_Return)
    ef = window.document.file  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: spaces.list_spaces(ef)[-1].equipment == ("beamer",))
    added = spaces.list_spaces(ef)[-1]
    assert (added.name, added.capacity) == ("Scheune Süd", 40)
    assert page.add_action.isEnabled() and QApplication.focusWidget() is page.view


def test_escape_cancels_the_edit(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(window, "Participants")
    assert isinstance(page, TablePage)
    ef = window.document.file  # type: ignore[union-attr]
    before = participants.list_participants(ef)
    click_cell(qtbot, page, 0, 1)
    typed(qtbot, "Nowhere Inc")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.wait(20)
    assert participants.list_participants(ef) == before
    assert page.view.currentIndex().column() == 1 and QApplication.focusWidget() is page.view


def test_slots_and_cafe_tables_edit_the_same_way(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(window, "Time slots")
    assert isinstance(page, TablePage)
    ef = window.document.file  # type: ignore[union-attr]
    click_cell(qtbot, page, 0, 3)  # a label
    typed(qtbot, "Welcome")
    key(qtbot, Qt.Key.Key_Tab)
    assert page.view.currentIndex().column() == 4
    qtbot.waitUntil(lambda: slots.list_slots(ef)[0].label == "Welcome")


def test_the_model_updates_rows_in_place_and_keeps_the_current_cell(qtmodeltester: object) -> None:
    from dataclasses import dataclass, replace

    from PySide6.QtCore import QPersistentModelIndex

    from cafedesk.ui.models.domain_table import Column, DomainTableModel

    @dataclass(frozen=True)
    class Item:
        id: int
        name: str

    model: DomainTableModel[Item] = DomainTableModel(
        [Column("Name", lambda i: i.name), Column("Id", lambda i: i.id)], lambda i: i.id
    )
    model.set_rows([Item(1, "a"), Item(2, "b"), Item(3, "c")])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), a.column())))
    held = QPersistentModelIndex(model.index(1, 0))  # "b", as an open editor holds it
    model.set_rows([Item(1, "a"), replace(Item(2, "b"), name="B"), Item(3, "c")])
    assert changed == [(1, 0)], "only the cell that shows something new"
    model.set_rows([Item(3, "c"), Item(4, "d"), Item(2, "B")])  # 1 gone, 4 new, reordered
    assert [i.name for i in model.rows()] == ["c", "d", "B"]
    assert held.isValid() and held.row() == 2 and held.data() == "B"
    assert not resets
    qtmodeltester.check(model)  # type: ignore[attr-defined]
