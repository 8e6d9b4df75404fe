"""Save a template, start an event from it, and start one on another machine from a copy."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from cafedesk.paths import AppPaths, portable_paths
from cafedesk.services import participants, slots, spaces, topics
from cafedesk.services.open_formats.event_templates import SUFFIX, user_templates
from cafedesk.ui.dialogs.new_event_dialog import NewEventDialog
from cafedesk.ui.main_window import MainWindow
from tests.ui.test_file_safety import second_window


def _new_event_from(
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    title: str,
    target: Path,
    sent: Path | None = None,
) -> list[str]:
    offered: list[str] = []

    def fill_in(dialog: NewEventDialog) -> int:
        offered.extend(dialog.template.itemText(i) for i in range(dialog.template.count()))
        if sent is not None:
            dialog.add_template_file(sent)
        else:
            dialog.template.setCurrentIndex(dialog.template.findText("Barn day"))
        dialog.title_edit.setText(title)
        dialog.day.setDate(dt.date(2027, 6, 1))
        dialog.path_edit.setText(str(target))
        dialog._path_edited = True
        return 1

    monkeypatch.setattr(NewEventDialog, "exec", fill_in)
    window.files.new_event()
    return offered


def test_a_template_travels_to_another_machine(
    qtbot: QtBot,
    window: MainWindow,
    app_paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = window.document.file  # the demo, open in the window
    demo_spaces = [s.name for s in spaces.list_spaces(demo)]
    demo_times = [(s.start, s.end, s.label) for s in slots.list_slots(demo)]
    assert demo_spaces and participants.list_participants(demo)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Barn day", True))
    window.template_action.trigger()
    (saved,) = user_templates(app_paths.templates)
    assert saved.name == "Barn day" + SUFFIX

    # On this machine: File › New Event… offers it among the built-in ones.
    mine = tmp_path / "events" / "june.cafedesk"
    offered = _new_event_from(monkeypatch, window, "June gathering", mine)
    assert "Barn day" in offered and "World Café" in offered
    new = window.document.file
    assert new.path == mine.resolve()
    assert [s.name for s in spaces.list_spaces(new)] == demo_spaces
    assert [(s.start, s.end, s.label) for s in slots.list_slots(new)] == demo_times
    assert participants.list_participants(new) == [] and topics.list_topics(new) == []
    days = sorted({s.day for s in slots.list_slots(new)})
    assert days[0] == dt.date(2027, 6, 1)

    # Another machine: its own data folder, the template arrives as a copied file.
    other_paths = portable_paths(tmp_path / "other-machine").ensure()
    inbox = tmp_path / "usb-stick"
    inbox.mkdir()
    sent = Path(shutil.copy2(saved, inbox / saved.name))
    other = second_window(qtbot, other_paths)
    theirs = tmp_path / "other-machine" / "events" / "their.cafedesk"
    offered = _new_event_from(monkeypatch, other, "Their gathering", theirs, sent=sent)
    assert "Barn day" not in offered  # not in their folder: it came as a file
    assert other.document is not None
    copy = other.document.file
    assert copy.path == theirs.resolve()
    assert [s.name for s in spaces.list_spaces(copy)] == [s.name for s in spaces.list_spaces(new)]
    assert [(s.start, s.end, s.label) for s in slots.list_slots(copy)] == [
        (s.start, s.end, s.label) for s in slots.list_slots(new)
    ]
    assert participants.list_participants(copy) == []
    other.close()
