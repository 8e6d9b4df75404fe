from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from cafedesk.domain.model import Space
from cafedesk.paths import AppPaths
from cafedesk.services import event as event_service
from cafedesk.services import participants, spaces
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.models.domain_table import Column, DomainTableModel
from cafedesk.ui.pages.event_page import EventPage
from cafedesk.ui.pages.participants_page import ParticipantsPage
from cafedesk.ui.pages.spaces_page import SpacesPage
from cafedesk.ui.settings import AppSettings
from tests.ui.conftest import show_page, type_text


def stored_spaces(window: MainWindow) -> list[Space]:
    assert window.document is not None
    return spaces.list_spaces(window.document.file)


def test_navigation_shows_every_setup_page(window: MainWindow) -> None:
    assert window.page_titles()[:4] == ["Event", "Spaces", "Time slots", "Participants"]
    assert "Grünland Open Space 2026" in window.windowTitle()


def test_add_space_from_the_keyboard_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(window, "Spaces")
    assert isinstance(page, SpacesPage)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "the new row's name is open for typing"
    editor.selectAll()
    type_text(qtbot, editor, "Scheune Süd")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits an edit on Return through a queued call.
    qtbot.waitUntil(lambda: stored_spaces(window)[-1].name == "Scheune Süd")
    new_id = stored_spaces(window)[-1].id
    assert page.model.rowCount() == 7

    stack = window.document.undo_stack  # type: ignore[union-attr]
    assert stack.undoText().startswith("Edit")
    stack.undo()  # the rename
    stack.undo()  # the add
    assert len(stored_spaces(window)) == 6 and page.model.rowCount() == 6
    stack.redo()
    stack.redo()
    assert [(s.id, s.name) for s in stored_spaces(window)][-1] == (new_id, "Scheune Süd")


def test_invalid_capacity_is_refused_with_a_message(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(window, "Spaces")
    assert isinstance(page, SpacesPage)
    before = stored_spaces(window)
    index = page.proxy.index(0, 1)
    page.proxy.setData(index, 0)
    qtbot.waitUntil(page.message_bar.isVisible)
    assert "at least one person" in page.message_bar.text()
    assert stored_spaces(window) == before
    assert not window.document.undo_stack.canUndo()  # type: ignore[union-attr]


def test_delete_with_key_and_undo_restores_placements(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(window, "Spaces")
    assert isinstance(page, SpacesPage)
    assert window.document is not None
    topics_before = event_service.snapshot(window.document.file).topics
    page.view.selectRow(0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "Great Barn" not in [s.name for s in stored_spaces(window)]
    assert window.document.undo_stack.undoText() == "Delete “Great Barn”"
    window.document.undo_stack.undo()
    assert event_service.snapshot(window.document.file).topics == topics_before


def test_reorder_and_search(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(window, "Spaces")
    assert isinstance(page, SpacesPage)
    page.view.selectRow(1)
    page.move_selected(-1)
    assert [s.name for s in stored_spaces(window)][:2] == ["Orchard Tent", "Great Barn"]
    qtbot.keyClicks(page.search, "loft")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Hayloft"


def test_sorting_by_capacity_is_numeric(window: MainWindow) -> None:
    page = show_page(window, "Spaces")
    assert isinstance(page, SpacesPage)
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    capacities = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert capacities == sorted(capacities) and capacities[0] == 8


def test_event_title_edit_is_stored_and_undoable(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(window, "Event")
    assert isinstance(page, EventPage) and window.document is not None
    line = page.lines["title"]
    line.setFocus()
    line.selectAll()
    type_text(qtbot, line, "Grünland Forum")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert event_service.get_event(window.document.file).title == "Grünland Forum"
    assert window.windowTitle().startswith("Grünland Forum")
    window.document.undo_stack.undo()
    assert event_service.get_event(window.document.file).title == "Grünland Open Space 2026"
    assert line.text() == "Grünland Open Space 2026"


def test_a_refused_title_stays_where_it_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    """Tabbing away from a too-long title refuses it with the limit but keeps the text in the
    field, marked, so it can be shortened instead of typed again."""
    page = show_page(window, "Event")
    assert isinstance(page, EventPage) and window.document is not None
    line = page.lines["title"]
    line.setFocus()
    line.selectAll()
    long_title = "Zukunftswerkstatt " * 14  # over the limit
    type_text(qtbot, line, long_title)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert event_service.get_event(window.document.file).title == "Grünland Open Space 2026"
    assert line.text() == long_title, "the typed text is kept"
    assert line.property("refused") and "at most" in line.toolTip()
    line.setFocus()
    line.setText("Zukunftswerkstatt")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert event_service.get_event(window.document.file).title == "Zukunftswerkstatt"
    assert not line.property("refused") and line.styleSheet() == ""


def test_tab_goes_down_the_event_form_as_it_reads(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(window, "Event")
    assert isinstance(page, EventPage)
    page.lines["title"].setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    # A date edit takes focus in its inner line edit.
    assert seen[:3] == [page.theme, page.method, page.lines["venue"]]
    assert seen[3] in (page.start, page.start.findChild(QLineEdit))


def test_a_paper_language_without_translations_is_said_before_printing(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = show_page(window, "Event")
    assert isinstance(page, EventPage) and window.document is not None
    assert page.language_hint.isHidden()  # English
    for code, hidden in (("fr", False), ("de", True), ("nl", False), ("en", True)):
        page.language.setCurrentIndex(page.language.findData(code))
        page.language.activated.emit(page.language.currentIndex())
        assert event_service.get_event(window.document.file).language == code
        assert page.language_hint.isHidden() is hidden, code
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.language.activated.emit(page.language.currentIndex())
    assert "Français" in page.language_hint.text() and "English" in page.language_hint.text()


def test_participant_import_dialog_imports_all_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from cafedesk.services.participant_import import read_table
    from cafedesk.ui.dialogs.import_dialog import ImportParticipantsDialog

    page = show_page(window, "Participants")
    assert isinstance(page, ParticipantsPage) and window.document is not None
    csv_path = tmp_path / "people.csv"
    csv_path.write_text(
        "Vorname;Nachname;E-Mail\nÅsa;Lindqvist;asa@example.org\nBo;Ek;\n", encoding="utf-8"
    )
    dialog = ImportParticipantsDialog(page, window.document, csv_path, read_table(csv_path))
    qtbot.addWidget(dialog)
    assert "2 new participants" in dialog.report_text()
    assert dialog.import_button.isEnabled()
    dialog.combos["email"].setCurrentIndex(0)  # "(not in the file)"
    dialog.combos["first_name"].setCurrentIndex(0)
    dialog.combos["last_name"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled() and "No column is mapped" in dialog.report_text()
    dialog.combos["first_name"].setCurrentIndex(1)
    dialog.combos["last_name"].setCurrentIndex(2)
    assert dialog.import_now()
    names = [p.name for p in participants.list_participants(window.document.file)]
    assert names[-2:] == ["Åsa Lindqvist", "Bo Ek"]
    assert page.model.rowCount() == 62
    window.document.undo_stack.undo()
    assert len(participants.list_participants(window.document.file)) == 60


def test_locked_file_is_offered_read_only(
    qtbot: QtBot, window: MainWindow, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.document is not None
    path = window.document.file.path
    second = MainWindow(app_paths, AppSettings(app_paths.settings_file))
    qtbot.addWidget(second)
    # The question is a plain-text box of our own (file_actions.ask), answered here.
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    assert second.open_path(path)
    assert second.document is not None and second.document.read_only
    assert "[read-only]" in second.windowTitle()
    page = show_page(second, "Spaces")
    assert isinstance(page, SpacesPage) and not page.add_action.isEnabled()
    assert not (page.model.flags(page.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
    second.close()


def test_damaged_file_gets_a_plain_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert window.document is not None
    open_before = window.document.file.path
    bad = tmp_path / "bad.cafedesk"
    bad.write_text("<b>not</b> an event", encoding="utf-8")
    assert not window.open_path(bad)
    assert shown == ["“bad.cafedesk” is not a cafedesk event file."]
    # The refusal leaves the event that was open as it was.
    assert window.document is not None and window.document.file.path == open_before


def test_last_page_and_geometry_are_restored(
    qtbot: QtBot, window: MainWindow, app_paths: AppPaths
) -> None:
    show_page(window, "Time slots")
    window.resize(780, 560)
    path = window.document.file.path  # type: ignore[union-attr]
    window.close()
    again = MainWindow(app_paths, AppSettings(app_paths.settings_file))
    qtbot.addWidget(again)
    assert again.open_path(path)
    assert again.current_page().title() == "Time slots"  # type: ignore[union-attr]
    assert (again.size().width(), again.size().height()) == (780, 560)
    assert again.settings.recent_files()[0] == path
    again.close()


def test_domain_table_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model: DomainTableModel[Space] = DomainTableModel(
        [Column("Name", lambda s: s.name), Column("Capacity", lambda s: s.capacity, numeric=True)],
        key=lambda s: s.id,
    )
    model.set_rows([Space(1, "A", 3), Space(2, "B", 5)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_edit_menu_names_the_step_to_undo(qtbot: QtBot, window: MainWindow) -> None:
    page = show_page(window, "Spaces")
    assert isinstance(page, SpacesPage)
    page.view.selectRow(0)
    page.delete_selected()
    undo_action = window.edit_menu.actions()[0]
    assert undo_action.text() == "&Undo Delete “Great Barn”"
    assert undo_action.isEnabled()
    undo_action.trigger()
    redo_action = window.edit_menu.actions()[1]
    assert redo_action.text() == "&Redo Delete “Great Barn”"
    assert "Great Barn" in [s.name for s in stored_spaces(window)]


def test_logo_and_organisation_for_the_paper(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PIL import Image

    from cafedesk.services import proceedings

    page = show_page(window, "Event")
    assert isinstance(page, EventPage) and window.document is not None
    ef = window.document.file
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (40, 110, 90)).save(logo)
    assert page.branding.set_logo(logo)
    logo.unlink()  # redo must not need the file any more
    stored = proceedings.branding(ef).logo
    assert stored and stored.startswith(b"\x89PNG")
    assert not page.branding.logo.pixmap().isNull()
    window.document.undo_stack.undo()
    assert proceedings.branding(ef).logo is None
    window.document.undo_stack.redo()
    assert proceedings.branding(ef).logo == stored

    line = page.branding.organisation
    line.setFocus()
    type_text(qtbot, line, "Büro Brandt")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert proceedings.branding(ef).organisation == "Büro Brandt"
    window.document.undo_stack.undo()
    assert proceedings.branding(ef).organisation == ""

    bad = tmp_path / "not-a-picture.png"
    bad.write_text("<b>hello</b>", encoding="utf-8")
    assert not page.branding.set_logo(bad)
    assert "not a picture" in page.message_bar.text()


def test_changing_the_method_changes_the_pages_and_menus(qtbot: QtBot, window: MainWindow) -> None:
    import dataclasses

    from cafedesk.domain.model import Method
    from cafedesk.ui.document import ServiceCommand

    assert window.document is not None
    ef = window.document.file

    def visible() -> list[str]:
        return [
            window.nav.item(r).text()
            for r in range(window.nav.count())
            if not window.nav.item(r).isHidden()
        ]

    assert "Wall" in visible() and "Seating" not in visible()
    actions_before = len(window.findChildren(QAction))
    old = event_service.get_event(ef)
    for title in ("One", "Two", "Three"):  # details edits do not rebuild the menus
        new = dataclasses.replace(old, title=title)
        window.document.push(
            ServiceCommand(
                window.document,
                "t",
                lambda n=new: event_service.put_event(ef, n),
                lambda: event_service.put_event(ef, old),
            )
        )
    assert len(window.findChildren(QAction)) == actions_before
    cafe = dataclasses.replace(old, method=Method.WORLD_CAFE)
    window.document.push(
        ServiceCommand(
            window.document,
            "m",
            lambda: event_service.put_event(ef, cafe),
            lambda: event_service.put_event(ef, old),
        )
    )
    assert "Seating" in visible() and "Wall" not in visible()
    assert "Seating" in [a.text() for a in window.view_menu.actions()]
    assert len(window.findChildren(QAction)) <= actions_before + 2, "old menu actions are deleted"
    window.document.undo_stack.undo()
    assert "Wall" in visible()
