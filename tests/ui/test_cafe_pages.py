"""Café pages on the World Café demo: setup, planning through the task helper, moves, harvest
text and photos."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from cafedesk.domain.changes import Changes, Part
from cafedesk.paths import AppPaths
from cafedesk.services import cafe, cafe_harvest, cafe_plan, photos
from cafedesk.services.demo_cafe import build_demo_cafe
from cafedesk.services.files import Tombstone, create_event_file
from cafedesk.ui.cafe.harvest_page import HarvestPage
from cafedesk.ui.cafe.plan_dialogs import MoveDialog
from cafedesk.ui.cafe.seating_page import SeatingPage
from cafedesk.ui.cafe.setup_page import CafeSetupPage
from cafedesk.ui.document import ServiceCommand
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.settings import AppSettings
from tests.ui.conftest import show_page, type_text


@pytest.fixture(scope="session")
def cafe_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cafe") / "cafe.cafedesk"
    ef = create_event_file(path)
    build_demo_cafe(ef, time_limit=0.5)
    ef.close()
    return path


@pytest.fixture
def cafe_window(
    qtbot: QtBot, app_paths: AppPaths, tmp_path: Path, cafe_template: Path
) -> Iterator[MainWindow]:
    path = tmp_path / "cafe.cafedesk"
    path.write_bytes(cafe_template.read_bytes())
    main = MainWindow(app_paths, AppSettings(app_paths.settings_file))
    qtbot.addWidget(main)
    assert main.open_path(path)
    main.resize(1280, 820)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def test_setup_page_adds_a_table_from_the_keyboard_and_undoes(
    qtbot: QtBot, cafe_window: MainWindow
) -> None:
    page = show_page(cafe_window, "Café setup")
    assert isinstance(page, CafeSetupPage)
    panel = page.tables
    assert panel.model.rowCount() == 8
    assert "Fountain" in panel.model.data(panel.model.index(0, 1))
    assert panel.model.data(panel.model.index(0, 3)), "the host's name is shown"
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox), "the new table's number is open for typing"
    editor.selectAll()
    qtbot.keyClicks(editor, "12")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    ef = cafe_window.document.file  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: cafe.load_cafe(ef).tables[-1].number == 12)
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.caller_tables)), "a World Café"
    stack = cafe_window.document.undo_stack  # type: ignore[union-attr]
    stack.undo()
    stack.undo()
    assert len(cafe.load_cafe(ef).tables) == 8 and panel.model.rowCount() == 8


def test_plan_through_the_task_helper_accept_and_undo(
    qtbot: QtBot, cafe_window: MainWindow
) -> None:
    page = show_page(cafe_window, "Seating")
    assert isinstance(page, SeatingPage)
    ef = cafe_window.document.file  # type: ignore[union-attr]
    before = cafe.load_cafe(ef).plan
    assert page.grid.rowCount() == 8 and page.grid.columnCount() == 3
    assert "0 repeated encounter" in page.figures_label.text()
    page.plan()
    qtbot.waitUntil(lambda: page.proposal_dialog is not None, timeout=15000)
    dialog = page.proposal_dialog
    assert dialog is not None
    assert dialog.findChild(type(page.figures_label), "after_repeat_pairs").text() == "0"
    dialog.accept()
    stack = cafe_window.document.undo_stack  # type: ignore[union-attr]
    assert stack.undoText() == "Seating plan"
    after = cafe.load_cafe(ef).plan
    assert cafe_plan.figures(cafe_plan.read_context(ef))["repeat_pairs"] == 0
    stack.undo()
    assert cafe.load_cafe(ef).plan == before
    stack.redo()
    assert cafe.load_cafe(ef).plan == after


def test_manual_move_updates_the_repeat_count(qtbot: QtBot, cafe_window: MainWindow) -> None:
    page = show_page(cafe_window, "Seating")
    assert isinstance(page, SeatingPage)
    context = page.context
    r1, r2 = context.cafe.rounds[0].id, context.cafe.rounds[1].id
    hosts = set(context.cafe.hosts().values())
    person = next(
        p for p in context.cafe.plan.seats[r2][context.cafe.tables[0].id] if p not in hosts
    )
    # Back to the table where they sat in round 1: they meet that table's host again.
    first_table = context.cafe.plan.table_of(r1, person)
    assert first_table is not None
    dialog = MoveDialog(context, r2, context.cafe.tables[0].id, page)
    dialog.person.setCurrentIndex(dialog.person.findData(person))
    at = dialog.target.findData(first_table)
    assert "meets" in dialog.target.itemText(at) and "again" in dialog.target.itemText(at)
    dialog.target.setCurrentIndex(at)
    assert "0 now" in dialog.preview.text() and "0 after" not in dialog.preview.text()
    dialog.deleteLater()
    page.move_person(r2, person, first_table)
    name = next(p.name for p in context.people if p.id == person)
    cells = [
        page.grid.item(row, 1).text()
        for row in range(page.grid.rowCount())
        if page.grid.item(row, 1) is not None
    ]
    assert any(name in text and "again" in text for text in cells)
    assert "0 repeated encounter" not in page.figures_label.text()
    cafe_window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert "0 repeated encounter" in page.figures_label.text()


def test_harvest_is_stored_as_typed_and_undoable(qtbot: QtBot, cafe_window: MainWindow) -> None:
    page = show_page(cafe_window, "Harvest")
    assert isinstance(page, HarvestPage)
    ef = cafe_window.document.file  # type: ignore[union-attr]
    page.round_box.setCurrentIndex(1)
    page.tables.setCurrentRow(2)
    round_id, table_id = page.current_cell()  # type: ignore[misc]
    page.insights.setFocus()
    type_text(qtbot, page.insights, "Grüne Bänke & Schatten")
    qtbot.waitUntil(
        lambda: (
            cafe_harvest.get_harvest(ef, table_id, round_id).insights == "Grüne Bänke & Schatten"
        ),
        timeout=5000,
    )
    stack = cafe_window.document.undo_stack  # type: ignore[union-attr]
    assert stack.count() == 1, "typing pauses in one field merge into one step"
    stack.undo()
    assert cafe_harvest.get_harvest(ef, table_id, round_id).empty
    assert page.insights.toPlainText() == ""


def picture(path: Path, colour: str, size: tuple[int, int] = (1600, 1200)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def test_harvest_photos_import_off_the_gui_thread_and_undo(
    qtbot: QtBot, cafe_window: MainWindow, tmp_path: Path
) -> None:
    page = show_page(cafe_window, "Harvest")
    assert isinstance(page, HarvestPage)
    document = cafe_window.document
    assert document is not None
    ef, stack = document.file, document.undo_stack
    assert page.photos.list.count() == 2, "the demo's flipcharts of table 1, round 1"
    page.round_box.setCurrentIndex(1)
    page.tables.setCurrentRow(2)
    cell = page.current_cell()
    assert cell is not None and page.photos.harvest == cell and page.photos.list.count() == 0

    good1 = picture(tmp_path / "tisch-3.jpg", "yellow")
    broken = tmp_path / "kaputt.jpg"
    broken.write_bytes(good1.read_bytes()[:500])
    good2 = picture(tmp_path / "tisch-3-b.jpg", "white", (900, 1200))
    task = page.photos.import_files([good1, broken, good2])
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: page.photos.list.count() == 2)
    stored = photos.list_photos(ef, harvest=cell)
    assert [p.file_name for p in stored] == ["tisch-3.jpg", "tisch-3-b.jpg"]
    assert page.photos.problems.isVisible() and "kaputt.jpg" in page.photos.problems.text()

    # Typing harvest text stores the cell (a café change): the failures stay listed.
    page.insights.setFocus()
    type_text(qtbot, page.insights, "Schatten")
    qtbot.waitUntil(lambda: cafe_harvest.get_harvest(ef, cell[1], cell[0]).insights == "Schatten")
    assert page.photos.problems.isVisible()

    # Dropped files import the same way.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture(tmp_path / "drop.jpg", "green")))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.photos.dropEvent(drop)
    assert page.photos.task is not None
    with qtbot.waitSignal(page.photos.task.done, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: page.photos.list.count() == 3)

    # Turn and caption one, then move it first.
    page.photos.list.setCurrentRow(1)
    page.photos.rotate_selected()
    assert photos.get_photo(ef, stored[1].id).rotation == 90
    page.photos.caption.setText("Bänke & Schatten")
    page.photos.caption.editingFinished.emit()
    page.photos.move_selected(-1)
    assert photos.list_photos(ef, harvest=cell)[0].caption == "Bänke & Schatten"

    stack.undo()  # move
    stack.undo()  # caption
    stack.undo()  # turn
    stack.undo()  # the dropped file

    def unchanged() -> bool:  # an undone move renumbers positions, the order is what counts
        now = photos.list_photos(ef, harvest=cell)
        return [dataclasses.replace(p, position=0) for p in now] == [
            dataclasses.replace(p, position=0) for p in stored
        ]

    assert unchanged()
    stack.undo()  # typing
    stack.undo()  # the import
    assert photos.list_photos(ef, harvest=cell) == [] and page.photos.list.count() == 0
    stack.redo()
    assert unchanged() and page.photos.list.count() == 2


def test_deleting_a_round_takes_its_harvest_photos_and_undo_brings_them_back(
    qtbot: QtBot, cafe_window: MainWindow
) -> None:
    page = show_page(cafe_window, "Harvest")
    assert isinstance(page, HarvestPage)
    document = cafe_window.document
    assert document is not None
    ef = document.file
    cell = page.current_cell()
    assert cell is not None
    before = photos.list_photos(ef, harvest=cell)
    assert len(before) == 2
    tomb: list[Tombstone] = []

    def do() -> Changes:
        done = cafe.delete_round(ef, cell[0])
        tomb[:] = [done.value]
        return done.changes

    document.push(ServiceCommand(document, "Delete round", do, lambda: cafe.restore(ef, tomb[0])))
    assert photos.list_photos(ef) == [] and page.photos.list.count() == 0
    document.undo_stack.undo()
    page.round_box.setCurrentIndex(0)
    page.tables.setCurrentRow(0)
    assert photos.list_photos(ef, harvest=cell) == before and page.photos.list.count() == 2


def make_pro_action(window: MainWindow) -> tuple[int, int]:
    """The demo café as a Pro Action Café, with a caller at its first table."""
    from cafedesk.domain.model import Method
    from cafedesk.services import event as event_service

    ef = window.document.file  # type: ignore[union-attr]
    stored = event_service.get_event(ef)
    event_service.put_event(ef, dataclasses.replace(stored, method=Method.PRO_ACTION_CAFE))
    snap = cafe.load_cafe(ef)
    table = snap.tables[0]
    from cafedesk.services import participants

    person = table.host_id or participants.list_participants(ef)[0].id
    caller = cafe.add_caller(ef, person, "How do we open a repair café?", table.id).value
    window.document.notify(Changes.of(Part.CAFE, Part.EVENT))  # type: ignore[union-attr]
    return table.id, caller.id


def test_typing_in_two_fields_within_the_pause_keeps_both(
    qtbot: QtBot, cafe_window: MainWindow
) -> None:
    """Issue 14, finding 1: storing Key insights refreshed the page and wiped Next steps."""
    table_id, _caller_id = make_pro_action(cafe_window)
    page = show_page(cafe_window, "Harvest")
    assert isinstance(page, HarvestPage)
    page.reload()
    page.tables.setCurrentRow(0)
    round_id, table = page.current_cell()  # type: ignore[misc]
    assert table == table_id and page.next_steps.isEnabled()
    ef = cafe_window.document.file  # type: ignore[union-attr]
    page.insights.setFocus()
    page.insights.selectAll()  # replace what the demo holds
    type_text(qtbot, page.insights, "Tools are there, hands are not")
    qtbot.keyClick(page.insights, Qt.Key.Key_Tab)  # to Emerging questions
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to Next steps
    assert QApplication.focusWidget() is page.next_steps
    type_text(qtbot, page.next_steps, "Ask the library for a room")
    qtbot.waitUntil(
        lambda: cafe_harvest.get_harvest(ef, table_id, round_id).insights.startswith("Tools")
    )
    qtbot.waitUntil(lambda: cafe.load_cafe(ef).caller_at(table_id) is not None)

    def stored_steps() -> str:
        caller = cafe.load_cafe(ef).caller_at(table_id)
        return caller.next_steps if caller else ""

    qtbot.waitUntil(lambda: stored_steps() == "Ask the library for a room")
    assert page.next_steps.toPlainText() == "Ask the library for a room"
    assert page.insights.toPlainText() == "Tools are there, hands are not"


def test_a_refused_text_stays_where_it_was_typed_with_the_reason(
    qtbot: QtBot, cafe_window: MainWindow
) -> None:
    page = show_page(cafe_window, "Harvest")
    assert isinstance(page, HarvestPage)
    round_id, table_id = page.current_cell()  # type: ignore[misc]
    ef = cafe_window.document.file  # type: ignore[union-attr]
    before = cafe_harvest.get_harvest(ef, table_id, round_id).insights
    too_long = "Lots to say. " * 2000  # 26,000 characters
    page.insights.setPlainText(too_long)  # as a paste would
    page.flush()
    assert page.message_bar.isVisible() and "too long" in page.message_bar.text()
    assert page.insights.toPlainText() == too_long, "the text is kept for correction"
    assert cafe_harvest.get_harvest(ef, table_id, round_id).insights == before
    page.insights.setPlainText("Short and sweet")
    page.flush()
    assert cafe_harvest.get_harvest(ef, table_id, round_id).insights == "Short and sweet"


def test_proposal_names_the_unavoidable_repeats(qtbot: QtBot) -> None:
    """Over the counting limit the dialog states what no plan can beat beside the plan's
    own figures, so a facilitator can see the plan is as good as it gets."""
    from cafedesk.domain.cafe import SeatingPlan
    from cafedesk.ui.cafe.plan_dialogs import ProposalDialog

    proposal = cafe_plan.PlanProposal(
        plan=SeatingPlan(),
        before={},
        after={"repeat_pairs": 21, "max_meetings": 2, "same_group_pairs": 0},
        issues=("The plan still has 21 repeated encounters.",),
        from_round=1,
        seconds=2.0,
        floors={"repeat_pairs": 20, "max_meetings": 2},
    )
    dialog = ProposalDialog(proposal)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "unavoidable")
    assert label is not None
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().startswith("At least 20 repeated encounters are unavoidable")
    assert "this plan has 21" in label.text()
    assert dialog.findChild(QLabel, "after_max_meetings").text() == "2"
    quiet = ProposalDialog(dataclasses.replace(proposal, floors={"repeat_pairs": 0}))
    qtbot.addWidget(quiet)
    assert quiet.findChild(QLabel, "unavoidable") is None, "nothing said when zero is possible"
