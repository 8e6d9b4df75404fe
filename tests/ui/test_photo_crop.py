"""Cropping a flipchart photo by dragging a rectangle, and dropping files on the strip."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from cafedesk.services import photos
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.notes import photo_strip
from cafedesk.ui.notes.crop_dialog import CropDialog
from tests.ui.test_notes import jpeg_file, notes_page


def drag_rectangle(dialog: CropDialog, start: QPoint, end: QPoint) -> None:
    view = dialog.view
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view, (start + end) / 2)
    QTest.mouseMove(view, end)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_crop_dialog_turns_a_dragged_rectangle_into_fractions(qtbot: QtBot, tmp_path: Path) -> None:
    jpeg = jpeg_file(tmp_path / "a.jpg").read_bytes()
    dialog = CropDialog(jpeg, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    w, h = dialog.view.width(), dialog.view.height()
    assert dialog.crop() is None, "nothing drawn: the whole photo"
    drag_rectangle(dialog, QPoint(w // 4, h // 4), QPoint(3 * w // 4, 3 * h // 4))
    crop = dialog.crop()
    assert crop is not None
    assert crop == pytest.approx((0.25, 0.25, 0.75, 0.75), abs=0.01)


def test_cropping_a_photo_is_stored_printed_smaller_and_undoable(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = notes_page(window)
    assert window.document is not None
    ef = window.document.file
    task = page.photos.import_files([jpeg_file(tmp_path / "wall.jpg")])
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: page.photos.list.count() == 1)
    page.photos.list.setCurrentRow(0)
    before = photos.list_photos(ef, page.picker.topic_id())[0]

    def exec_with_a_drag(dialog: CropDialog) -> int:
        dialog.show()
        w, h = dialog.view.width(), dialog.view.height()
        drag_rectangle(
            dialog, QPoint(1, 1), QPoint(w // 2, h // 2)
        )  # (0, 0) means "centre" to QTest
        return 1

    monkeypatch.setattr(photo_strip.CropDialog, "exec", exec_with_a_drag)
    page.photos.crop_selected()
    after = photos.get_photo(ef, before.id)
    assert after.crop is not None and after.crop[2] == pytest.approx(0.5, abs=0.01)
    with Image.open(io.BytesIO(photos.photo_bytes(ef, before.id))) as printed:
        assert printed.width == pytest.approx(before.width / 2, abs=4)
    window.document.undo_stack.undo()
    assert photos.get_photo(ef, before.id) == before


def test_dropping_files_on_the_strip_imports_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = notes_page(window)
    strip = page.photos
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(jpeg_file(tmp_path / "dropped.jpg", "blue")))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    strip.dropEvent(event)
    qtbot.waitUntil(lambda: strip.list.count() == 1, timeout=20_000)
    assert window.document is not None
    stored = photos.list_photos(window.document.file, page.picker.topic_id())
    assert [p.file_name for p in stored] == ["dropped.jpg"]
