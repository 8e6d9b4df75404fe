"""Convergence, Action plans and Client report pages, driven like a facilitator would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit
from pytestqt.qtbot import QtBot

from cafedesk.services import action_plans, client_report, convergence
from cafedesk.ui.convergence.plans_page import ACTION, DUE, RELATED, WHO, ActionPlansPage
from cafedesk.ui.convergence.ranking_model import CHOSEN, RANK
from cafedesk.ui.convergence.report_page import ClientReportPage
from cafedesk.ui.convergence.votes_page import ConvergencePage
from cafedesk.ui.dialogs.preferences_dialog import PreferencesDialog
from cafedesk.ui.main_window import MainWindow
from tests.ui.conftest import show_page, type_text


def votes_page(window: MainWindow) -> ConvergencePage:
    page = show_page(window, "Convergence")
    assert isinstance(page, ConvergencePage)
    window.activateWindow()
    return page


def rank_of(page: ConvergencePage, number: int) -> str:
    row = next(
        r for r in range(page.model.rowCount()) if page.model.entry(r).topic.number == number
    )
    return str(page.model.index(row, RANK).data())


def test_dots_are_typed_number_tab_count_enter_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    page = votes_page(window)
    assert window.document is not None
    ef, stack = window.document.file, window.document.undo_stack
    three = convergence.topic_by_number(ef, 3).id
    page.number.setFocus()
    qtbot.waitUntil(page.number.hasFocus)
    qtbot.keyClicks(page.number, "3")
    qtbot.keyClick(page.number, Qt.Key.Key_Tab)
    qtbot.waitUntil(page.dots.hasFocus)
    qtbot.keyClicks(page.dots, "22")
    qtbot.keyClick(page.dots, Qt.Key.Key_Return)
    assert convergence.list_votes(ef)[three].tally == 22
    assert page.number.hasFocus() and page.number.text() == "" and page.dots.text() == ""
    assert "Seed saving" in page.feedback.text() and "22 dots" in page.feedback.text()
    # Topics 3, 4 and 7 now share third place.
    assert [rank_of(page, n) for n in (1, 12, 3, 4, 7, 10)] == ["1", "2", "=3", "=3", "=3", "6"]
    # The next sheet straight away: Enter on the number goes to the count too.
    qtbot.keyClicks(page.number, "6")
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    assert page.dots.hasFocus()
    qtbot.keyClicks(page.dots, "5")
    qtbot.keyClick(page.dots, Qt.Key.Key_Return)
    assert stack.count() == 2 and stack.undoText() == "Dots for topic 6"
    stack.undo()
    stack.undo()
    assert three not in convergence.list_votes(ef)
    assert rank_of(page, 3) == "–"


def test_an_unknown_number_is_refused_and_nothing_is_stored(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = votes_page(window)
    assert window.document is not None
    before = convergence.list_votes(window.document.file)
    qtbot.keyClicks(page.number, "77")
    qtbot.keyClicks(page.dots, "4")
    qtbot.keyClick(page.dots, Qt.Key.Key_Return)
    assert "There is no topic number 77." in page.message_bar.text()
    assert convergence.list_votes(window.document.file) == before
    assert window.document.undo_stack.count() == 0


def test_dots_by_name_replace_that_persons_dots(qtbot: QtBot, window: MainWindow) -> None:
    page = votes_page(window)
    assert window.document is not None
    ef = window.document.file
    person = next(p for p in page.person._people if not convergence.person_votes(ef, p.id))
    page.person.setFocus()
    type_text(qtbot, page.person, person.name)
    qtbot.keyClick(page.person, Qt.Key.Key_Return)
    assert page.picks.hasFocus()
    qtbot.keyClicks(page.picks, "3, 3 9")
    qtbot.keyClick(page.picks, Qt.Key.Key_Return)
    three, nine = (convergence.topic_by_number(ef, n).id for n in (3, 9))
    assert convergence.person_votes(ef, person.id) == {three: 2, nine: 1}
    assert page.person.hasFocus() and page.person.text() == ""
    # The same name again shows their dots, ready to change.
    type_text(qtbot, page.person, person.name)
    qtbot.keyClick(page.person, Qt.Key.Key_Return)
    assert page.picks.text() == "3, 3, 9" and page.picks.hasFocus()
    window.document.undo_stack.undo()
    assert convergence.person_votes(ef, person.id) == {}


def test_space_chooses_and_the_top_places_are_chosen_in_one_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = votes_page(window)
    assert window.document is not None
    ef, stack = window.document.file, window.document.undo_stack
    row = next(r for r in range(page.model.rowCount()) if page.model.entry(r).topic.number == 10)
    page.table.setFocus()
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    ten = convergence.topic_by_number(ef, 10).id
    assert convergence.list_votes(ef)[ten].chosen
    assert page.model.index(page.model.row_of(ten), CHOSEN).data(Qt.ItemDataRole.CheckStateRole)
    page.top_count.setValue(2)
    page.choose_top_button.click()
    chosen = {r.topic.number for r in convergence.ranking(ef) if r.chosen}
    assert chosen == {1, 12}
    stack.undo()
    chosen = {r.topic.number for r in convergence.ranking(ef) if r.chosen}
    assert chosen == {1, 12, 4, 7, 10}
    assert "4 chosen" not in page.summary.text() and "5 chosen" in page.summary.text()


# --- action plans -----------------------------------------------------------------------
def plans_page(window: MainWindow) -> ActionPlansPage:
    page = show_page(window, "Action plans")
    assert isinstance(page, ActionPlansPage)
    return page


def test_a_new_action_is_typed_dated_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    page = plans_page(window)
    assert window.document is not None
    ef, stack = window.document.file, window.document.undo_stack
    before = action_plans.list_plans(ef)
    page.add_row()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(qtbot, editor, "Ein Fest auf dem Hof für alle Mitglieder")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: action_plans.list_plans(ef)[-1].action.startswith("Ein Fest"))
    plan = action_plans.list_plans(ef)[-1]
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(plan.id), DUE))
    page.view.setCurrentIndex(row)
    page.view.edit(row)
    date_editor = QApplication.focusWidget()
    assert isinstance(date_editor, QDateEdit)
    date_editor.setDate(QDate(2026, 6, 20))
    qtbot.keyClick(date_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: action_plans.list_plans(ef)[-1].due == dt.date(2026, 6, 20))
    assert stack.count() == 3  # add, action, date
    stack.undo()
    assert action_plans.list_plans(ef)[-1].due is None
    stack.undo()
    stack.undo()
    assert action_plans.list_plans(ef) == before


def test_owners_and_related_topics_from_typed_text(qtbot: QtBot, window: MainWindow) -> None:
    page = plans_page(window)
    assert window.document is not None
    ef = window.document.file
    plan = action_plans.list_plans(ef)[0]
    person = page._people[1]
    source = page.model.index(page.model.row_of(plan.id), WHO)
    page.model.setData(source, f"{person.name.upper()}, Frau Okonkwo")
    qtbot.waitUntil(lambda: action_plans.list_plans(ef)[0].owner_ids == (person.id,))
    assert action_plans.list_plans(ef)[0].other_owners == ("Frau Okonkwo",)
    related = page.model.index(page.model.row_of(plan.id), RELATED)
    page.model.setData(related, "99")
    assert "There is no topic number 99." in page.message_bar.text()
    page.model.setData(related, "3, 9")
    qtbot.waitUntil(lambda: len(action_plans.list_plans(ef)[0].related_topic_ids) == 2)
    assert page.model.index(page.model.row_of(plan.id), RELATED).data() == "3, 9"
    assert plan.action == page.model.index(page.model.row_of(plan.id), ACTION).data()


def test_follow_ups_are_promoted_in_one_step(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cafedesk.ui.convergence import promote_dialog

    page = plans_page(window)
    assert window.document is not None
    ef, stack = window.document.file, window.document.undo_stack
    before = action_plans.list_plans(ef)
    waiting = [c for c in action_plans.follow_up_candidates(ef) if not c.promoted]
    assert len(waiting) >= 3
    monkeypatch.setattr(promote_dialog.PromoteDialog, "exec", lambda _self: 1)
    page.promote_button.click()
    after = action_plans.list_plans(ef)
    assert len(after) == len(before) + len(waiting)
    assert {p.action for p in after[len(before) :]} == {c.follow_up.what for c in waiting}
    assert stack.count() == 1
    assert page.count_label.text() == f"{len(after)} actions"
    stack.undo()
    assert action_plans.list_plans(ef) == before


# --- the client report ------------------------------------------------------------------
def report_page(window: MainWindow) -> ClientReportPage:
    page = show_page(window, "Client report")
    assert isinstance(page, ClientReportPage)
    return page


def test_the_summary_is_stored_as_typed_and_undone_in_one_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = report_page(window)
    assert window.document is not None
    ef, stack = window.document.file, window.document.undo_stack
    before = client_report.get_summary(ef)
    page.summary.setFocus()
    page.summary.moveCursor(page.summary.textCursor().MoveOperation.End)
    qtbot.keyClick(page.summary, Qt.Key.Key_Return)
    qtbot.keyClick(page.summary, Qt.Key.Key_Return)
    type_text(qtbot, page.summary, "Nächste Schritte <b>jetzt</b>")
    qtbot.waitUntil(lambda: client_report.get_summary(ef).endswith("Schritte <b>jetzt</b>"))
    page.bullets.click()  # the last line becomes a bullet
    qtbot.waitUntil(
        lambda: client_report.get_summary(ef).endswith("• Nächste Schritte <b>jetzt</b>")
    )
    assert stack.count() == 1, "typing and the bullet in one field are one undo step"
    stack.undo()
    assert client_report.get_summary(ef) == before
    assert page.summary.toPlainText() == before


def test_a_draft_goes_to_the_outbox_and_a_large_one_is_made_again_smaller(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cafedesk.ui.convergence import outbox_box

    page = report_page(window)
    outbox: Path = window.paths.outbox
    assert page.outbox.folder == outbox and page.outbox.table.rowCount() == 0
    page.attach_report.setChecked(False)
    page.attach_book.setChecked(True)
    monkeypatch.setattr(outbox_box, "EMAIL_LIMIT", 100_000)  # the demo's book is about 850 KB
    page.draft_button.click()
    qtbot.waitUntil(lambda: page.outbox.table.rowCount() == 1, timeout=30_000)
    first = page.outbox.drafts[0]
    assert first.to == "board@gruenland.example.org" and first.path.parent == outbox
    assert (
        page.outbox.warning.isVisibleTo(page) and "many mail servers" in page.outbox.warning.text()
    )
    page.outbox.smaller_button.click()
    qtbot.waitUntil(lambda: page.outbox.table.rowCount() == 2, timeout=30_000)
    sizes = {d.path: d.size for d in page.outbox.drafts}
    second = next(p for p in sizes if p != first.path)
    assert sizes[second] < first.size * 0.8
    assert page.smaller.isChecked()


def test_preferences_keep_name_contact_and_a_valid_colour(qtbot: QtBot, window: MainWindow) -> None:
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "Zoë Dąbrowska")
    dialog.contact.setText("zoe@example.org")
    dialog.accent.setText("7A3B69")
    dialog.accept()
    brand = window.settings.branding()
    assert (brand.facilitator, brand.contact, brand.accent) == (
        "Zoë Dąbrowska",
        "zoe@example.org",
        "#7a3b69",
    )
    again = PreferencesDialog(window.settings, window)
    qtbot.addWidget(again)
    again.accent.setText("#12")  # not a colour: the house colour is used
    assert again.branding().accent == ""


def test_the_report_and_the_map_are_saved_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    page = report_page(window)
    page.with_book.setChecked(True)
    target = tmp_path / "Grünland report"  # the .pdf is added
    page.save_report(target)
    saved = tmp_path / "Grünland report.pdf"
    qtbot.waitUntil(lambda: "Saved" in page.result.text(), timeout=30_000)
    texts = [p.extract_text() for p in PdfReader(saved).pages]
    assert "Appendix: book of proceedings" in texts[1] and len(texts) > 14  # report + book
    assert page.open_button.isVisibleTo(page) and page.last_file == saved
    page.save_map(tmp_path / "map.pdf")
    qtbot.waitUntil(lambda: "people" in page.result.text(), timeout=30_000)
    assert PdfReader(tmp_path / "map.pdf").pages[0].extract_text().startswith("Grünland")
