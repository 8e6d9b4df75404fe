"""A phone's HEIC photo added on the Notes page; a video beside it is refused with what to do."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cafedesk.services import photos
from cafedesk.ui.main_window import MainWindow
from tests.services.test_photo_formats import iphone_heic
from tests.ui.test_notes import notes_page


def test_heic_from_a_phone_is_added_and_a_video_is_explained(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = notes_page(window)
    assert window.document is not None
    heic = iphone_heic(tmp_path / "IMG_2231.HEIC", (1600, 1200))
    video = tmp_path / "IMG_2231.MOV"
    video.write_bytes(b"\x00\x00\x00\x14ftypqt  " + bytes(64))
    task = page.photos.import_files([heic, video])
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: page.photos.list.count() == 1)
    stored = photos.list_photos(window.document.file, page.picker.topic_id())
    assert [(p.file_name, p.width, p.height) for p in stored] == [("IMG_2231.HEIC", 1200, 1600)]
    assert page.photos.problems.isVisible()
    text = page.photos.problems.text()
    assert "IMG_2231.MOV" in text and "This is a video (MOV), not a photo" in text
