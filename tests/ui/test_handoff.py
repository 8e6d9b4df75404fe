"""Double-clicking an event that is already open brings its window forward (issue 20)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from cafedesk.ui.main_window import MainWindow

SRC = str(Path(__file__).resolve().parents[2] / "src")
KNOCKER = (
    "import sys; from pathlib import Path; from cafedesk.ui.handoff import hand_over; "
    "print(hand_over(Path(sys.argv[1])))"
)


class Knock:
    """A second process asking for ``path``, as `cafedesk FILE` does (its calls block)."""

    def __init__(self, path: Path) -> None:
        self.answer: bool | None = None
        self.proc = subprocess.Popen(
            [sys.executable, "-c", KNOCKER, str(path)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": SRC},
        )

    def done(self) -> bool:
        if self.proc.poll() is None:
            return False
        out, _ = self.proc.communicate()
        self.answer = out.strip() == "True"
        return True


def test_the_window_with_the_event_answers_and_comes_forward(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.showMinimized()
    knock = Knock(window.document.file.path)  # type: ignore[union-attr]
    qtbot.waitUntil(knock.done, timeout=10_000)
    assert knock.answer is True
    assert not window.isMinimized()


def test_another_event_or_a_closed_one_gets_no_answer(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "other.cafedesk"
    other.write_bytes(window.document.file.path.read_bytes())  # type: ignore[union-attr]
    knock = Knock(other)
    qtbot.waitUntil(knock.done, timeout=10_000)
    assert knock.answer is False
    path = window.document.file.path  # type: ignore[union-attr]
    window.files.close_event()
    knock = Knock(path)
    qtbot.waitUntil(knock.done, timeout=10_000)
    assert knock.answer is False, "a closed event no longer answers"
