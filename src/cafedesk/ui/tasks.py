"""Long work off the GUI thread: one helper, a progress bar, a cancel button.

``run_task(parent, title, work, on_done)`` runs ``work(report, cancelled)`` on
a pool thread. ``report(fraction, text)`` may be called from there; the
dialog updates on the GUI thread through a queued signal. ``on_done(result)``
runs on the GUI thread; a refusal comes back as its sentence, a bug goes to the
crash handler (logged and shown) and ends the task as failed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cafedesk.domain.errors import CafedeskError
from cafedesk.ui.crash import report_unexpected
from cafedesk.ui.document import qt_translate

Report = Callable[[float, str], None]
Cancelled = Callable[[], bool]
Work = Callable[[Report, Cancelled], Any]


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    crashed = Signal(object)  # an unexpected exception, reported on the GUI thread


class _Runnable(QRunnable):
    def __init__(
        self, work: Work, signals: _Signals, cancel: threading.Event, ended: threading.Event
    ) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._cancel = cancel
        self._ended = ended

    def run(self) -> None:
        try:
            try:
                result = self._work(self._signals.progress.emit, self._cancel.is_set)
            except CafedeskError as exc:
                self._signals.failed.emit(exc.message(qt_translate))
            except Exception as exc:  # a bug: logged and shown by the crash handler
                self._signals.crashed.emit(exc)
            else:
                self._signals.finished.emit(result)
        except RuntimeError:
            pass  # the app was closed while the work ran: nobody is left to tell
        finally:
            self._ended.set()


class Task(QObject):
    """A running piece of work; keep a reference while it runs (the window does)."""

    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self._ended = threading.Event()
        self._signals = _Signals()
        self._signals.progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self.done, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self.failed, Qt.ConnectionType.QueuedConnection)
        self._signals.crashed.connect(self._crashed, Qt.ConnectionType.QueuedConnection)
        self._runnable = _Runnable(work, self._signals, self.cancel_event, self._ended)
        self._runnable.setAutoDelete(False)
        self.running = False
        self.done.connect(self._stopped)
        self.failed.connect(self._stopped)

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(self._runnable)

    def cancel(self) -> None:
        self.cancel_event.set()

    def wait_ended(self, timeout: float) -> bool:
        """Block until the work has returned (its signals may still be queued)."""
        return not self.running or self._ended.wait(timeout)

    def _stopped(self, _result: object) -> None:
        self.running = False

    def _crashed(self, exc: BaseException) -> None:
        self.failed.emit(
            QCoreApplication.translate("Tasks", "Something went wrong; the work was not finished.")
        )
        report_unexpected(exc)


def run_task(
    parent: QWidget,
    title: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None] | None = None,
    cancel_text: str | None = None,
) -> Task:
    """Start ``work`` with a window-modal progress dialog that can cancel it."""
    dialog = QProgressDialog(
        title, cancel_text or QCoreApplication.translate("Tasks", "Cancel"), 0, 1000, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(work, parent)
    dialog.canceled.connect(task.cancel)

    def show_progress(fraction: float, text: str) -> None:
        dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if text:
            dialog.setLabelText(text)

    def finish(result: object) -> None:
        dialog.close()
        dialog.deleteLater()
        on_done(result)

    def fail(message: str) -> None:
        dialog.close()
        dialog.deleteLater()
        if on_failed is not None:
            on_failed(message)

    task.progress.connect(show_progress)
    task.done.connect(finish)
    task.failed.connect(fail)
    task.start()
    return task
