"""Keyboard shortcuts reach their actions through the window's shortcut map."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cafedesk.services import spaces
from cafedesk.ui.main_window import MainWindow, redo_keys
from tests.ui.conftest import show_page


def names(window: MainWindow) -> list[str]:
    assert window.document is not None
    return [s.name for s in spaces.list_spaces(window.document.file)]


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def test_redo_answers_ctrl_shift_z_and_ctrl_y(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 14, finding 3: Ctrl+Shift+Z was bound twice ("ambiguous"), Ctrl+Y not at all."""
    page = show_page(window, "Spaces")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.view.setFocus()
    page.add_row()
    qtbot.waitUntil(lambda: len(names(window)) == 7)
    # The new row's name opens for typing; leave it, or Ctrl+Z is the editor's own undo.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    page.view.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    for redo_key, modifiers in (
        (Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Y, ctrl),
    ):
        press(qtbot, window, Qt.Key.Key_Z, ctrl)
        qtbot.waitUntil(lambda: len(names(window)) == 6)
        press(qtbot, window, redo_key, modifiers)
        qtbot.waitUntil(lambda: len(names(window)) == 7)


def test_no_redo_key_is_bound_twice_on_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under X11 the platform's Redo is Ctrl+Shift+Z itself: bound twice, Qt did nothing."""
    x11 = [QKeySequence("Ctrl+Shift+Z"), QKeySequence(Qt.Key.Key_Redo)]
    monkeypatch.setattr(QKeySequence, "keyBindings", lambda _key: x11)
    keys = [k.toString() for k in redo_keys()]
    assert len(keys) == len(set(keys)) and {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(keys)


def test_the_first_window_fits_a_laptop_screen() -> None:
    """1200×800 on a 1366×768 screen hid the bottom of every page."""
    from PySide6.QtCore import QSize

    from cafedesk.ui.main_window import first_size

    assert first_size(QSize(1366, 738)) == (1366, 738)
    assert first_size(QSize(1920, 1050)) == (1200, 800)


def test_a_file_the_system_hands_over_is_opened(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """macOS sends a double-clicked event file as a QFileOpenEvent, not as an argument."""
    from PySide6.QtGui import QFileOpenEvent

    from cafedesk.ui.file_open import FileOpenHandler, app_icon

    other = tmp_path / "sent.cafedesk"
    other.write_bytes(window.document.file.path.read_bytes())  # type: ignore[union-attr]
    handler = FileOpenHandler(window)
    QApplication.instance().installEventFilter(handler)  # type: ignore[union-attr]
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(other)))
        assert window.document is not None and window.document.file.path == other.resolve()
    finally:
        QApplication.instance().removeEventFilter(handler)  # type: ignore[union-attr]
    assert not app_icon().pixmap(64, 64).isNull(), "the icon ships inside the package"
