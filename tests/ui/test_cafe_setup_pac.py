"""Pro Action Café setup through the window: the template's rounds and tables are there, and
each caller is set with their table and question in one row, from the keyboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from cafedesk.domain.cafe import PAC_QUESTIONS
from cafedesk.paths import AppPaths
from cafedesk.services import cafe, participants
from cafedesk.services.files import create_event_file
from cafedesk.services.templates import Template, apply_template
from cafedesk.ui.cafe.setup_page import CafeSetupPage
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.settings import AppSettings
from tests.ui.conftest import show_page
from tests.ui.test_table_editing import click_cell, key, typed

PEOPLE = [
    ("Amara Okafor", "Repair café"),
    ("Bruno Lehmann", "Seed library"),
    ("Chiara Rossi", "Tool library"),
    ("Dörte Janssen", "Community fridge"),
    *((f"Guest {n}", "") for n in range(1, 17)),
]


@pytest.fixture
def pac_window(qtbot: QtBot, app_paths: AppPaths, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "pac.cafedesk"
    ef = create_event_file(path)
    apply_template(ef, Template.PRO_ACTION_CAFE, "Projects that matter", dt.date(2026, 6, 6))
    for name, org in PEOPLE:
        participants.add_participant(ef, name, org)
    ef.close()
    main = MainWindow(app_paths, AppSettings(app_paths.settings_file))
    qtbot.addWidget(main)
    assert main.open_path(path)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def test_template_rounds_and_a_caller_set_in_one_row(qtbot: QtBot, pac_window: MainWindow) -> None:
    page = show_page(pac_window, "Café setup")
    assert isinstance(page, CafeSetupPage)
    tabs = page.tabs
    assert tabs.isTabVisible(tabs.indexOf(page.caller_tables))
    assert not tabs.isTabVisible(tabs.indexOf(page.tables)), "no second list of hosts"
    assert [page.rounds.model.index(r, 2).data() for r in range(3)] == list(PAC_QUESTIONS)
    panel = page.caller_tables
    tabs.setCurrentWidget(panel)
    assert panel.model.rowCount() == 4
    ef = pac_window.document.file  # type: ignore[union-attr]
    stack = pac_window.document.undo_stack  # type: ignore[union-attr]
    steps = stack.count()

    for row, (name, project) in enumerate(PEOPLE[:4]):
        click_cell(qtbot, panel, row, 3)  # the caller
        qtbot.keyClick(panel.view, Qt.Key.Key_F2)
        combo = QApplication.focusWidget()
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findText(name))
        key(qtbot, Qt.Key.Key_Tab)  # stores the caller, opens the question
        typed(qtbot, f"How can the {project.lower()} last?")
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda row=row, project=project: (
                (c := cafe.load_cafe(ef).caller_at(cafe.load_cafe(ef).tables[row].id)) is not None
                and c.question == f"How can the {project.lower()} last?"
            )
        )

    snap = cafe.load_cafe(ef)
    people = {p.id: p.name for p in participants.list_participants(ef)}
    assert [people[t.host_id] for t in snap.tables if t.host_id] == [n for n, _ in PEOPLE[:4]]
    assert stack.count() - steps == 8, "two steps per caller: who, and their question"
    assert panel.model.index(0, 3).data() == "Amara Okafor"

    stack.undo()
    stack.undo()
    assert cafe.load_cafe(ef).caller_at(snap.tables[3].id) is None
    assert cafe.load_cafe(ef).tables[3].host_id is None


def test_a_question_before_a_caller_is_explained(qtbot: QtBot, pac_window: MainWindow) -> None:
    page = show_page(pac_window, "Café setup")
    assert isinstance(page, CafeSetupPage)
    panel = page.caller_tables
    page.tabs.setCurrentWidget(panel)
    click_cell(qtbot, panel, 0, 4)
    typed(qtbot, "Why?")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.message_bar.isVisible)
    assert "Choose the table's caller first" in panel.message_bar.text()
