"""File › Import Event…: JSON in, a new event opened; a bad file names each place, writes none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cafedesk.services import topics
from cafedesk.services.open_formats.event_json import write_json
from cafedesk.services.open_formats.event_zip import write_zip
from cafedesk.ui.main_window import MainWindow


def import_action(window: MainWindow) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == "&Import Event…")


def choose(monkeypatch: pytest.MonkeyPatch, source: Path, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))


@pytest.mark.parametrize("name", ["sent.json", "sent.cafedesk.zip"])
def test_an_exported_event_comes_back_through_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert window.document is not None
    expected = [t.title for t in topics.list_topics(window.document.file)]
    source = tmp_path / name
    (write_zip if name.endswith(".zip") else write_json)(window.document.file, source)
    target = tmp_path / "arrived.cafedesk"
    choose(monkeypatch, source, target)
    import_action(window).trigger()
    qtbot.waitUntil(
        lambda: window.document is not None and window.document.file.path == target.resolve(),
        timeout=15_000,
    )
    assert [t.title for t in topics.list_topics(window.document.file)] == expected


def test_a_bad_file_is_refused_with_each_place_named_and_nothing_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.document is not None
    source = tmp_path / "broken.json"
    write_json(window.document.file, source)
    document = json.loads(source.read_text(encoding="utf-8"))
    document["tables"]["topic"][0]["title"] = None
    source.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "never.cafedesk"
    choose(monkeypatch, source, target)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    open_before = window.document.file.path
    import_action(window).trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    assert "nothing was imported" in shown[0] and "topic[0].title" in shown[0]
    assert not target.exists() and not [p for p in tmp_path.iterdir() if "never" in p.name]
    assert window.document.file.path == open_before


def test_a_zip_reaching_outside_is_refused_in_a_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    source = tmp_path / "sent.cafedesk.zip"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("event.json", '{"format": "cafedesk-event/v1", "tables": {}}')
        archive.writestr("../../.bashrc", "echo hello")
    target = tmp_path / "never.cafedesk"
    choose(monkeypatch, source, target)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    import_action(window).trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    assert shown[0] == (
        "“sent.cafedesk.zip” holds “../../.bashrc”, a path that leads outside the archive, "
        "so nothing was imported."
    )
    assert not target.exists()
