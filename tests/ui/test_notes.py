"""Notes page, photo strip, convenor mode and news wall against a real demo event."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cafedesk.domain.notes import ReportStatus, SessionReport
from cafedesk.services import notes, photos
from cafedesk.services.participants import list_participants
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.notes.convenor_mode import ConvenorMode
from cafedesk.ui.notes.editor_page import NotesPage
from cafedesk.ui.notes.news_wall_page import NewsWallPage
from tests.ui.conftest import show_page, type_text


def notes_page(window: MainWindow) -> NotesPage:
    """The Notes page on the first session whose report is still missing."""
    page = show_page(window, "Notes")
    assert isinstance(page, NotesPage) and window.document is not None
    missing = next(e for e in notes.news_wall(window.document.file) if e.missing)
    page.open_topic(missing.topic.id)
    assert page.form.topic_id == missing.topic.id
    return page


def jpeg_file(path: Path, colour: str = "white") -> Path:
    image = Image.new("RGB", (1600, 1200), colour)
    out = io.BytesIO()
    image.save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def test_typing_is_stored_after_a_pause_and_undone_in_one_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = notes_page(window)
    assert window.document is not None
    ef, stack = window.document.file, window.document.undo_stack
    topic_id = page.picker.topic_id()
    assert topic_id is not None
    summary = page.form.texts["summary"]
    summary.setFocus()
    type_text(qtbot, summary, "Faire Preise für Höfe")
    qtbot.waitUntil(lambda: notes.get_report(ef, topic_id).summary == "Faire Preise für Höfe")
    assert notes.get_report(ef, topic_id).status is ReportStatus.DRAFT
    type_text(qtbot, summary, " und Familien")
    qtbot.waitUntil(lambda: notes.get_report(ef, topic_id).summary.endswith("und Familien"))
    assert stack.count() == 1, "consecutive typing in one field is one undo step"
    assert stack.undoText().startswith("Edit report of")

    stack.undo()
    assert notes.get_report(ef, topic_id).summary == ""
    assert summary.toPlainText() == ""
    stack.redo()
    assert summary.toPlainText() == "Faire Preise für Höfe und Familien"

    # Another field is its own step; focus-out stores at once.
    points = page.form.texts["key_points"]
    points.setFocus()
    type_text(qtbot, points, "Share the warehouse")
    page.form.convenors.setFocus()
    assert notes.get_report(ef, topic_id).key_points == "Share the warehouse"
    assert stack.count() == 2


def test_participants_by_name_with_a_new_person_and_a_follow_up(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = notes_page(window)
    assert window.document is not None
    ef = window.document.file
    topic_id = page.picker.topic_id()
    assert topic_id is not None
    known = list_participants(ef)[4]
    before = len(list_participants(ef))
    field = page.form.participants
    field.setFocus()
    # Typed text opens the completer popup, which the offscreen platform warns about.
    field.setText(f"{known.name}, Zoë Neumann")
    field.textEdited.emit(field.text())
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(notes.get_report(ef, topic_id).participant_ids) == 2)
    newcomer = list_participants(ef)[-1]
    assert newcomer.name == "Zoë Neumann" and len(list_participants(ef)) == before + 1
    assert notes.get_report(ef, topic_id).participant_ids == (known.id, newcomer.id)

    page.form.add_follow_up.click()
    table = page.form.follow_ups
    table.item(0, 1).setText("Ana")  # type: ignore[union-attr]
    table.item(0, 2).setText("20.03.2026")  # type: ignore[union-attr]
    table.item(0, 0).setText("Ask the bakery")  # type: ignore[union-attr]
    follow_ups = notes.get_report(ef, topic_id).follow_ups
    assert [(f.what, f.who, str(f.due)) for f in follow_ups] == [
        ("Ask the bakery", "Ana", "2026-03-20")
    ]

    stack = window.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert len(list_participants(ef)) == before, "undo removes the person typed in"
    assert notes.get_report(ef, topic_id).participant_ids == ()


def test_photo_import_keeps_good_files_and_lists_the_broken_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = notes_page(window)
    assert window.document is not None
    ef = window.document.file
    topic_id = page.picker.topic_id()
    good1 = jpeg_file(tmp_path / "flipchart-1.jpg")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(good1.read_bytes()[:500])
    good2 = jpeg_file(tmp_path / "flipchart-2.jpg", "yellow")
    task = page.photos.import_files([good1, broken, good2])
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: page.photos.list.count() == 2)
    stored = photos.list_photos(ef, topic_id)
    assert [p.file_name for p in stored] == ["flipchart-1.jpg", "flipchart-2.jpg"]
    assert page.photos.problems.isVisible()
    assert "broken.jpg" in page.photos.problems.text()

    # Turn, caption, then undo everything including the import itself.
    page.photos.list.setCurrentRow(1)
    page.photos.rotate_selected()
    assert photos.get_photo(ef, stored[1].id).rotation == 90
    page.photos.caption.setText("Ideas wall")
    page.photos.caption.editingFinished.emit()
    assert photos.get_photo(ef, stored[1].id).caption == "Ideas wall"
    stack = window.document.undo_stack
    stack.undo()
    stack.undo()
    assert photos.get_photo(ef, stored[1].id) == stored[1]
    stack.undo()
    assert photos.list_photos(ef, topic_id) == []
    stack.redo()
    assert photos.list_photos(ef, topic_id) == stored


def test_convenor_mode_cannot_be_left_without_the_pin(qtbot: QtBot, window: MainWindow) -> None:
    assert window.document is not None
    ef = window.document.file
    mode = ConvenorMode(window.document, "lindenbaum")
    qtbot.addWidget(mode)
    mode.show()
    qtbot.waitExposed(mode)
    assert mode.sessions.count() > 0
    missing = [e.topic.id for e in notes.news_wall(ef) if e.missing]
    rows = [mode.sessions.item(r) for r in range(mode.sessions.count())]
    item = next(i for i in rows if int(i.data(Qt.ItemDataRole.UserRole)) in missing)
    topic_id = int(item.data(Qt.ItemDataRole.UserRole))
    mode.sessions.itemClicked.emit(item)
    assert mode.stack.currentIndex() == 1 and mode.form.topic_id == topic_id
    type_text(qtbot, mode.form.texts["summary"], "We met under the lime tree")
    mode.done_button.click()  # back to the list stores at once
    assert notes.get_report(ef, topic_id).summary == "We met under the lime tree"

    qtbot.keyClick(mode, Qt.Key.Key_Escape)
    mode.close()
    QApplication.processEvents()
    assert mode.isVisible(), "Escape and close do nothing"
    qtbot.keyClicks(mode.pin_edit, "guess")
    assert not mode.try_leave() and mode.isVisible()
    qtbot.keyClicks(mode.pin_edit, "lindenbaum")
    qtbot.keyClick(mode.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not mode.isVisible())


def test_news_wall_shows_status_filters_missing_and_opens_the_editor(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.document is not None
    ef = window.document.file
    page = show_page(window, "News wall")
    assert isinstance(page, NewsWallPage)
    total = page.table.rowCount()
    first, second = page.entries[0].topic.id, page.entries[1].topic.id
    complete = SessionReport(first, summary="x", status=ReportStatus.COMPLETE)
    window.document.run(lambda: notes.put_report(ef, complete))
    window.document.run(lambda: notes.put_report(ef, SessionReport(second, summary="y")))
    statuses = [page.table.item(r, 5).text() for r in range(2)]  # type: ignore[union-attr]
    assert statuses == ["Complete", "Draft"]
    missing_before = sum(1 for e in page.entries if e.missing)
    page.missing_only.setChecked(True)
    assert page.table.rowCount() == missing_before - 5 < total  # parked topics owe nothing
    assert all(e.missing and e.topic.placed for e in page.entries)
    owing, counted = notes.missing_reports(ef)
    assert len(owing) == missing_before - 5 and counted == total - 5  # five parked topics
    assert f"{counted - len(owing)} of {counted} reports in" in page.summary.text()

    target = page.entries[0].topic.id
    page.table.cellDoubleClicked.emit(0, 3)
    editor = window.current_page()
    assert isinstance(editor, NotesPage) and editor.picker.topic_id() == target

    pdf = tmp_path / "missing.pdf"
    page.write_missing(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_news_wall_marks_as_missing_only_what_its_count_calls_missing(window: MainWindow) -> None:
    """A parked topic never met: its row says "—" rather than a red "Missing", so the
    column agrees with "5 of 15 reports in · 10 missing" above it."""
    page = show_page(window, "News wall")
    assert isinstance(page, NewsWallPage)
    shown = [page.table.item(r, 5).text() for r in range(page.table.rowCount())]  # type: ignore[union-attr]
    parked = [text for e, text in zip(page.entries, shown, strict=True) if not e.topic.placed]
    assert parked and set(parked) == {"—"}
    assert f"· {shown.count('Missing')} missing" in page.summary.text()


def test_a_click_beside_the_name_suggestions_reaches_the_summary(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Issue 14, finding 2: the popup swallowed the click, so the summary went into
    the one-line Participants field, was refused on stderr only, and both were lost."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    page = notes_page(window)
    assert window.document is not None
    ef = window.document.file
    topic_id = page.picker.topic_id()
    assert topic_id is not None
    field = page.form.participants
    summary = page.form.texts["summary"]
    field.setFocus()
    first = list_participants(ef)[0].name
    type_text(qtbot, field, first[:3])
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    # The person clicks into the summary: with suggestions open, the popup gets the click.
    target = summary.viewport().mapToGlobal(QPoint(20, 10))
    QTest.mouseClick(popup, Qt.MouseButton.LeftButton, pos=popup.mapFromGlobal(target))
    assert not popup.isVisible()
    assert QApplication.focusWidget() is summary
    type_text(qtbot, summary, "Wir teilen Maschinen")
    qtbot.waitUntil(lambda: notes.get_report(ef, topic_id).summary == "Wir teilen Maschinen")


def test_a_refused_name_is_said_and_kept_in_the_field(qtbot: QtBot, window: MainWindow) -> None:
    page = notes_page(window)
    assert window.document is not None
    ef = window.document.file
    topic_id = page.picker.topic_id()
    assert topic_id is not None
    field = page.form.participants
    pasted = "A whole summary pasted here by mistake. " * 10  # far longer than a name
    field.setFocus()
    field.setText(pasted)
    field.textEdited.emit(pasted)
    with qtbot.capture_exceptions() as caught:
        page.form.flush()
    assert caught == []
    assert page.message_bar.isVisible() and "too long" in page.message_bar.text()
    assert field.text() == pasted, "kept for correction, not emptied"
    assert notes.get_report(ef, topic_id).participant_ids == ()
    page.form.reload()
    assert field.text() == pasted, "a refresh leaves unsaved typing alone"


def test_a_report_over_the_limit_is_refused_aloud_and_kept_on_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Issue 14, finding 13: 25,000 characters stayed on screen, unstored, without a word."""
    page = notes_page(window)
    assert window.document is not None
    ef = window.document.file
    topic_id = page.picker.topic_id()
    assert topic_id is not None
    summary = page.form.texts["summary"]
    long_text = "Notes from the flipchart, line after line. " * 600  # 26,400 characters
    summary.setFocus()
    summary.setPlainText(long_text)  # a paste
    page.form.flush()
    assert page.message_bar.isVisible() and "too long" in page.message_bar.text()
    assert summary.toPlainText() == long_text
    assert notes.get_report(ef, topic_id).summary == ""
    page.form.reload()
    assert summary.toPlainText() == long_text, "still there after a refresh"
    summary.setPlainText("The short version.")
    page.form.flush()
    assert notes.get_report(ef, topic_id).summary == "The short version."


def test_notes_fit_a_laptop_screen_with_their_buttons_in_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Issue 14, finding 5: "Add photos…" and "Add action" were below the fold."""
    from PySide6.QtWidgets import QScrollArea

    window.resize(1366, 740)  # a 1366×768 screen less the panel
    page = notes_page(window)
    qtbot.waitUntil(lambda: page.height() > 500)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.widget().height() <= scroll.viewport().height())
    assert scroll.verticalScrollBar().maximum() == 0, "nothing to scroll to"
    for button in (page.photos.add_button, page.form.add_follow_up):
        assert button.isVisible() and not button.visibleRegion().isEmpty()
