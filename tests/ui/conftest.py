"""GUI fixtures: a real main window on a real temporary event file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cafedesk.paths import AppPaths
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.settings import AppSettings


@pytest.fixture
def window(qtbot: QtBot, app_paths: AppPaths, demo_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(app_paths, AppSettings(app_paths.settings_file))
    qtbot.addWidget(main)
    assert main.open_path(demo_path)
    main.resize(1200, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def show_page(window: MainWindow, title: str) -> object:
    titles = window.page_titles()
    window.nav.setCurrentRow(titles.index(title))
    page = window.current_page()
    assert page is not None and page.title() == title
    return page


def type_text(qtbot: QtBot, widget: object, text: str) -> None:
    """keyClicks aborts on non-ASCII characters; send those one by one as text events."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


@pytest.fixture(autouse=True, scope="session")
def english_translations(qapp: object) -> None:
    """As the app does at start: English plural forms ("1 row", "2 rows")."""
    from cafedesk.ui.i18n import install_translators

    install_translators(qapp, "en")  # type: ignore[arg-type]
