"""The wall on a 1366×768 laptop (issue 14, finding 5)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from cafedesk.paths import AppPaths
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.settings import AppSettings
from cafedesk.ui.wall.geometry import PARKING
from cafedesk.ui.wall.page import WallPage
from cafedesk.ui.wall.view import READABLE_ZOOM
from tests.ui.conftest import show_page
from tests.ui.test_wall import card, stored


def laptop_wall(qtbot: QtBot, window: MainWindow) -> WallPage:
    window.resize(1366, 740)
    page = show_page(window, "Wall")
    assert isinstance(page, WallPage)
    qtbot.waitUntil(lambda: page.view.viewport().width() > 900)
    qtbot.wait(50)  # the first view is set up once laid out
    return page


def test_the_conflicts_panel_folds_away_on_a_laptop_and_opens_from_the_toolbar(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = laptop_wall(qtbot, window)
    assert page.conflicts, "the demo has conflicts"
    toggle = page.chrome.toggle
    assert not page.panel.isVisible(), "260 px of list took a third of the wall"
    assert toggle.text() == f"Conflicts ({len(page.conflicts)})" and toggle.isEnabled()
    width_folded = page.view.width()
    toggle.trigger()
    assert page.panel.isVisible()
    qtbot.waitUntil(lambda: page.view.width() < width_folded)
    assert page.panel.width() >= 200
    toggle.trigger()
    assert not page.panel.isVisible()


def test_no_conflicts_no_panel(qtbot: QtBot, window: MainWindow) -> None:
    page = laptop_wall(qtbot, window)
    page.chrome.toggle.trigger()
    page.chrome.conflicts_changed(0)
    assert not page.panel.isVisible() and not page.chrome.toggle.isEnabled()
    assert page.chrome.toggle.text() == "No conflicts"


def test_a_notice_floats_over_the_wall_instead_of_pushing_it_down(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A drag aimed while "Swapped…" appeared landed a row off."""
    page = laptop_wall(qtbot, window)
    before = page.view.mapToGlobal(page.view.rect().topLeft())
    page.message_bar.show_message("Swapped topics 1 and 2 — Ctrl+Z puts them back.", error=False)
    qtbot.waitUntil(page.message_bar.isVisible)
    assert page.view.mapToGlobal(page.view.rect().topLeft()) == before
    assert page.message_bar.parentWidget() is page.view
    assert page.message_bar.width() > 500
    assert page.message_bar.geometry().bottom() >= page.view.viewport().height() - 20


def test_fit_never_makes_cards_unreadable(qtbot: QtBot, window: MainWindow) -> None:
    page = laptop_wall(qtbot, window)
    page.fit_action.trigger()
    assert page.view.zoom() >= READABLE_ZOOM


def test_the_zoom_is_kept_per_event(
    qtbot: QtBot, window: MainWindow, app_paths: AppPaths, tmp_path: Path
) -> None:
    page = laptop_wall(qtbot, window)
    page.zoom_in.trigger()
    page.zoom_in.trigger()
    kept = page.view.zoom()
    path = window.document.file.path  # type: ignore[union-attr]
    other = tmp_path / "other.cafedesk"
    other.write_bytes(path.read_bytes())
    window.close()
    again = MainWindow(app_paths, AppSettings(app_paths.settings_file))
    qtbot.addWidget(again)
    again.show()
    assert again.open_path(path)
    wall = laptop_wall(qtbot, again)
    qtbot.waitUntil(lambda: abs(wall.view.zoom() - kept) < 0.01)
    assert again.open_path(other)  # another event starts at its own fitting zoom
    fresh = laptop_wall(qtbot, again)
    assert abs(fresh.view.zoom() - kept) > 0.01
    again.close()


def test_another_event_opens_on_its_own_last_page(
    qtbot: QtBot, window: MainWindow, app_paths: AppPaths, tmp_path: Path
) -> None:
    """Issue 14, finding 15: the demo opened on the page another event was left at."""
    show_page(window, "Client report")
    other = tmp_path / "other.cafedesk"
    other.write_bytes(window.document.file.path.read_bytes())  # type: ignore[union-attr]
    assert window.open_path(other)
    assert window.current_page().title() == "Event"  # type: ignore[union-attr]


def test_the_lane_times_and_headings_stay_in_view_while_the_grid_scrolls(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The parking lane scrolled away with the grid, so a parked card could not be
    dragged to a space on the right, and the space names left with the first rows."""
    page = laptop_wall(qtbot, window)
    view, scene = page.view, page.scene
    view.set_zoom(1.6)  # zoomed in to read: the demo then scrolls both ways
    across, down = view.horizontalScrollBar(), view.verticalScrollBar()
    assert across.maximum() > 300 and down.maximum() > 100, "the wall must scroll both ways"
    across.setValue(across.maximum())
    down.setValue(down.maximum())
    qtbot.wait(20)

    viewport = view.viewport().rect()
    # Scrolled down, the top strip shows the space headings, not the cards scrolled
    # under them, and a click there picks up nothing.
    for x in range(viewport.width() // 2, viewport.width() - 20, 40):
        assert scene.card_at(view.mapToScene(QPoint(x, 12))) is None
        assert scene.place_at(view.mapToScene(QPoint(x, 12))) is None

    # Scrolled right, the lane is still there with its card.
    down.setValue(0)
    qtbot.wait(20)
    parked = card(page, 16)
    assert parked.data_.place == PARKING
    assert viewport.contains(view.mapFromScene(parked.sceneBoundingRect()).boundingRect())

    # Drag the parked card to the last space, far right of where the lane started.
    last_space = page.wall.spaces[-1]
    target = next(
        (last_space.id, slot.id)
        for slot in scene.geometry.session_rows
        if scene.card_at_place((last_space.id, slot.id)) is None
        and viewport.contains(
            view.mapFromScene(scene.geometry.cell_rect((last_space.id, slot.id)).center())
        )
    )
    end = view.mapFromScene(scene.geometry.cell_rect(target).center())
    assert viewport.contains(end)
    start = view.mapFromScene(parked.sceneBoundingRect().center())
    QTest.mousePress(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    for step in range(1, 6):
        QTest.mouseMove(view.viewport(), start + (end - start) * step / 5)
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end
    )
    moved = stored(window, 16)
    assert (moved.space_id, moved.slot_id) == target


def test_a_cell_under_the_lane_is_brought_out_by_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = laptop_wall(qtbot, window)
    view, scene = page.view, page.scene
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    qtbot.wait(20)
    first = (page.wall.spaces[0].id, scene.geometry.session_rows[0].id)
    scene.set_cursor(PARKING)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)  # from the lane into the first space
    assert scene.cursor_place == first
    left_edge = view.mapFromScene(scene.frozen_edges()).x()
    assert view.mapFromScene(scene.geometry.cell_rect(first).topLeft()).x() >= left_edge
