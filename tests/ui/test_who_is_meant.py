"""Typed names that fit several people are asked about (issue 14, finding 4)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.model import Participant
from cafedesk.services import notes, participants, topics
from cafedesk.ui.dialogs.who_dialog import WhoDialog
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.wall.page import WallPage
from tests.ui.conftest import show_page, type_text
from tests.ui.test_notes import notes_page


def two_ilses(window: MainWindow) -> tuple[Participant, Participant]:
    ef = window.document.file  # type: ignore[union-attr]
    north = participants.add_participant(ef, "Ilse Tamm", "Verein Nord", email="n@x.example").value
    south = participants.add_participant(ef, "Ilse Tamm", "Stadtwerke Süd").value
    window.document.notify(Changes.of(Part.PARTICIPANTS))  # type: ignore[union-attr]
    return north, south


def answer_who(pick: Callable[[WhoDialog], None]) -> list[list[str]]:
    """When the question opens, look at its choices, pick, press OK."""
    seen: list[list[str]] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WhoDialog):
            QTimer.singleShot(20, poll)
            return
        seen.append([dialog.boxes[0].itemText(i) for i in range(dialog.boxes[0].count())])
        pick(dialog)
        dialog.accept()

    QTimer.singleShot(20, poll)
    return seen


def test_a_convenor_name_two_people_share_is_asked_on_the_wall(
    qtbot: QtBot, window: MainWindow
) -> None:
    _north, south = two_ilses(window)
    page = show_page(window, "Wall")
    assert isinstance(page, WallPage)
    ef = window.document.file  # type: ignore[union-attr]
    before = len(participants.list_participants(ef))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N)
    type_text(qtbot, page.entry.title, "Streuobstwiesen")
    qtbot.keyClick(page.entry.title, Qt.Key.Key_Tab)
    type_text(qtbot, page.entry.convenors, "Ilse Tamm")
    seen = answer_who(lambda d: d.boxes[0].setCurrentIndex(1))
    qtbot.keyClick(page.entry.convenors, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(t.title == "Streuobstwiesen" for t in topics.list_topics(ef)))
    made = next(t for t in topics.list_topics(ef) if t.title == "Streuobstwiesen")
    assert made.convenor_ids == (south.id,), "the one chosen, not the first of the two"
    assert seen[0][:2] == ["Ilse Tamm — Verein Nord · n@x.example", "Ilse Tamm — Stadtwerke Süd"]
    assert len(participants.list_participants(ef)) == before


def test_a_first_name_alone_offers_the_people_who_have_it(qtbot: QtBot, window: MainWindow) -> None:
    north, _south = two_ilses(window)
    page = notes_page(window)
    ef = window.document.file  # type: ignore[union-attr]
    topic_id = page.picker.topic_id()
    assert topic_id is not None
    before = len(participants.list_participants(ef))
    field = page.form.participants
    field.setFocus()
    field.setText("Ilse")
    field.textEdited.emit("Ilse")
    seen = answer_who(lambda d: d.boxes[0].setCurrentIndex(d.boxes[0].findData(north.id)))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: notes.get_report(ef, topic_id).participant_ids == (north.id,))
    assert "Someone new called “Ilse”" in seen[0]
    assert sum(text.startswith("Ilse Tamm") for text in seen[0]) == 2
    assert len(participants.list_participants(ef)) == before, "nobody new was made"
