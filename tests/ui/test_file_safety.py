"""The window around the file: replace, refusals, restore, failures of a step, idle checkpoint.

Modal boxes are answered the way a person would, by clicking their buttons from a
timer while they wait, so the code paths under test are the real ones.
"""

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from cafedesk.domain.errors import StorageError
from cafedesk.paths import AppPaths
from cafedesk.services import spaces, topics
from cafedesk.store.dberrors import DISK_FULL
from cafedesk.ui.dialogs.new_event_dialog import NewEventDialog
from cafedesk.ui.document import ServiceCommand
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.pages.spaces_page import SpacesPage
from cafedesk.ui.settings import AppSettings
from tests.faults import fill_up, mounted_tmpfs
from tests.ui.conftest import show_page


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class ModalAnswerer:
    """Clicks a button (by its text) in each modal window that opens, in order."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.seen: list[str] = []  # the text (or title) of each window answered
        self.misses = 0
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not self.answers:
            return
        wanted = self.answers[0]
        text = modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle()
        buttons = modal.findChildren(QAbstractButton)
        for button in buttons:
            if button.text().replace("&", "") == wanted and button.isEnabled():
                self.answers.pop(0)
                self.seen.append(text)
                button.click()
                return
        self.misses += 1
        if self.misses > 100:  # three seconds: the test fails instead of hanging
            found = [(b.text(), b.isEnabled()) for b in buttons]
            self.seen.append(f"no enabled {wanted!r} in {text!r}: {found}")
            self.answers.clear()
            modal.close()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def answer() -> Iterator[type[ModalAnswerer]]:
    made: list[ModalAnswerer] = []

    def make(*answers: str) -> ModalAnswerer:
        answerer = ModalAnswerer(*answers)
        made.append(answerer)
        return answerer

    yield make  # type: ignore[misc]
    for answerer in made:
        answerer.stop()


def second_window(qtbot: QtBot, app_paths: AppPaths) -> MainWindow:
    window = MainWindow(app_paths, AppSettings(app_paths.settings_file))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    return window


def test_new_event_over_a_file_open_in_another_window_is_refused_untouched(
    qtbot: QtBot, window: MainWindow, app_paths: AppPaths, answer, monkeypatch
) -> None:
    """Finding 1: Replace deleted the file (and its WAL) before it looked at the lock."""
    assert window.document is not None
    path = window.document.file.path
    window.document.checkpoint()
    before = digest(path)

    def fill_in(dialog: NewEventDialog) -> int:
        dialog.title_edit.setText("Another event")
        dialog.path_edit.setText(str(path))
        dialog._path_edited = True
        return 1

    monkeypatch.setattr(NewEventDialog, "exec", fill_in)
    other = second_window(qtbot, app_paths)
    answers = answer("OK")
    other.files.new_event()
    assert answers.seen and "open" in answers.seen[0].lower()
    assert other.document is None
    assert digest(path) == before
    # The first window carries on in the very same file.
    spaces.add_space(window.document.file, "Still here", 5)
    assert "Still here" in [s.name for s in spaces.list_spaces(window.document.file)]


def test_a_damaged_file_can_be_restored_from_the_refusal_on_the_welcome_screen(
    qtbot: QtBot, app_paths: AppPaths, demo_path: Path, answer
) -> None:
    """Finding 9: the advice "Restore from Backup" could not be followed from there."""
    first = second_window(qtbot, app_paths)
    assert first.open_path(demo_path)  # opening keeps a backup of it
    first.close()
    data = bytearray(demo_path.read_bytes())
    for i in range(8192, min(len(data), 40960)):
        data[i] = 0xA5
    demo_path.write_bytes(bytes(data))

    window = second_window(qtbot, app_paths)
    assert window.document is None
    answers = answer("Restore from Backup…", "Restore")
    assert not window.open_path(demo_path)
    assert "damaged" in answers.seen[0]
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.document.file.path == demo_path.resolve()
    assert len(topics.list_topics(window.document.file)) > 0


def test_restore_is_reachable_from_the_welcome_screen(
    qtbot: QtBot, app_paths: AppPaths, demo_path: Path, answer
) -> None:
    first = second_window(qtbot, app_paths)
    assert first.open_path(demo_path)
    first.close()
    window = second_window(qtbot, app_paths)
    button = next(b for b in window.findChildren(QPushButton) if b.text() == "Restore from backup…")
    assert button.isVisible() and button.isEnabled()
    answers = answer("Restore")
    button.click()
    assert answers.seen == ["Restore from backup"]
    assert window.document is not None and window.document.file.path == demo_path.resolve()


def test_a_refused_file_leaves_the_open_event_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, answer
) -> None:
    open_before = window.document.file.path  # type: ignore[union-attr]
    bad = tmp_path / "empty.cafedesk"
    bad.write_bytes(b"")
    answers = answer("OK")
    assert not window.open_path(bad)
    assert "is empty" in answers.seen[0]
    assert window.document is not None and window.document.file.path == open_before


def test_a_step_the_disk_refused_is_said_and_never_on_the_undo_stack(
    qtbot: QtBot, app_paths: AppPaths, demo_template: Path
) -> None:
    """Finding 5: a full disk escaped as an exception and left a phantom undo step."""
    with mounted_tmpfs(size_kb=4096) as disk:
        path = disk / "event.cafedesk"
        shutil.copyfile(demo_template, path)
        window = second_window(qtbot, app_paths)
        assert window.open_path(path)
        document = window.document
        assert document is not None
        fill_up(disk)
        done = 0
        for i in range(400):
            command = ServiceCommand(
                document,
                "Add topic",
                do=lambda i=i: topics.add_topic(document.file, f"T{i}", description="y" * 20000),
                undo=lambda: (),
            )
            if not document.push(command):
                break
            done += 1
        else:
            pytest.fail("the disk never filled up")
        assert document.undo_stack.count() == done
        assert document.refused is not None and "disk is full" in document.refused
        page = window.current_page()
        assert "disk is full" in page.message_bar.text()
        window.close()


def test_an_unexpected_error_in_a_step_is_reported_and_not_stacked(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:
    page = show_page(window, "Spaces")
    assert isinstance(page, SpacesPage)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug in a service")

    monkeypatch.setattr(spaces, "put_space", broken)
    before = spaces.list_spaces(window.document.file)  # type: ignore[union-attr]
    with qtbot.capture_exceptions() as caught:
        page.proxy.setData(page.proxy.index(0, 1), 42)
        qtbot.waitUntil(lambda: bool(caught))
    assert "a bug in a service" in str(caught[0][1])
    assert not window.document.undo_stack.canUndo()  # type: ignore[union-attr]
    monkeypatch.undo()
    assert spaces.list_spaces(window.document.file) == before  # type: ignore[union-attr]


def test_a_storage_error_keeps_its_sentence(qtbot: QtBot, window: MainWindow, monkeypatch) -> None:
    page = show_page(window, "Spaces")
    assert isinstance(page, SpacesPage)

    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageError(DISK_FULL)

    monkeypatch.setattr(spaces, "put_space", full)
    page.proxy.setData(page.proxy.index(0, 1), 42)
    qtbot.waitUntil(page.message_bar.isVisible)
    assert "disk is full" in page.message_bar.text()
    assert not window.document.undo_stack.canUndo()  # type: ignore[union-attr]


def test_the_file_alone_holds_a_change_a_few_seconds_after_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Finding 11: the last edits lived only in the -wal file, so a copy lost them."""
    document = window.document
    assert document is not None
    command = ServiceCommand(
        document,
        "Add space",
        do=lambda: spaces.add_space(document.file, "Idle proof", 4),
        undo=lambda: (),
    )
    assert document.push(command)

    def copy_has_it() -> bool:
        copy = tmp_path / "copied.cafedesk"
        shutil.copyfile(document.file.path, copy)  # the main file only, as a person copies
        con = sqlite3.connect(copy)
        try:
            return bool(con.execute("SELECT 1 FROM space WHERE name='Idle proof'").fetchall())
        except sqlite3.DatabaseError:
            return False
        finally:
            con.close()

    assert not copy_has_it(), "straight after the change it is still in the WAL"
    qtbot.waitUntil(copy_has_it, timeout=10_000)


def test_an_event_on_read_only_media_opens_read_only_and_says_why(
    qtbot: QtBot, app_paths: AppPaths, demo_template: Path
) -> None:
    """Finding 4: it opened as writable and every page raised "attempt to write"."""
    from tests.faults import remount_read_only

    with mounted_tmpfs(size_kb=8192) as stick:
        path = stick / "event.cafedesk"
        shutil.copyfile(demo_template, path)
        remount_read_only(stick)
        window = second_window(qtbot, app_paths)
        with qtbot.capture_exceptions() as caught:
            assert window.open_path(path)
            document = window.document
            assert document is not None and document.read_only
            assert "[read-only]" in window.windowTitle()
            page = window.current_page()
            assert page is not None
            assert "Save a Copy As" in page.message_bar.text()
            for title in window.page_titles():
                show_page(window, title)  # every page paints from a read-only file
            command = ServiceCommand(
                document, "Add", do=lambda: spaces.add_space(document.file, "X", 3), undo=lambda: ()
            )
            assert not document.push(command)
        assert caught == []
        window.close()
