"""Unexpected errors: written to the log folder and shown with what to do; nothing is sent.

Every path that can meet a bug ends here: ``sys.excepthook`` (Qt's virtual
methods and slots), ``threading.excepthook`` (worker threads), and the command
layer and task helper, which call ``report_unexpected``. The facilitator sees
one dialog at a time saying that the event is safe, with "Copy details" for
whoever helps them; repeats of the same error are only logged.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cafedesk import __version__

log = logging.getLogger("cafedesk.crash")
REPEAT_QUIET_S = 60.0
UNATTENDED_EXIT = 70  # EX_SOFTWARE: an unattended run met a bug

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def report_unexpected(exc: BaseException) -> None:
    """Hand a caught bug to whatever handles them now (the dialog, or a test's hook)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def details_text(info: ExcInfo) -> str:
    lines = traceback.format_exception(*info)
    head = (
        f"cafedesk {__version__} · Python {platform.python_version()} · "
        f"{platform.platform(terse=True)}\n"
    )
    return head + "".join(lines)


class _Relay(QObject):
    """Carries errors from worker threads to the GUI thread."""

    raised = Signal(object)


class CrashHandler(QObject):
    def __init__(self, log_folder: Path, unattended: bool = False) -> None:
        super().__init__()
        self.log_folder = log_folder
        self.unattended = unattended
        self.parent_widget: QWidget | None = None
        self._showing = False
        self._last: dict[str, float] = {}
        self._relay = _Relay()
        self._relay.raised.connect(self._handle, Qt.ConnectionType.QueuedConnection)
        self.count = 0

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._relay.raised.emit((args.exc_type, args.exc_value, args.exc_traceback))

    def excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if threading.current_thread() is not threading.main_thread():
            self._relay.raised.emit((kind, value, tb))
            return
        self._handle((kind, value, tb))

    def _handle(self, info: ExcInfo) -> None:
        self.count += 1
        details = details_text(info)
        log.error("unexpected error\n%s", details)
        if self.unattended:
            print(details, file=sys.stderr)
            QCoreApplication.exit(UNATTENDED_EXIT)
            return
        key = "".join(traceback.format_exception_only(info[0], info[1]))
        now = time.monotonic()
        if self._showing or now - self._last.get(key, -1e9) < REPEAT_QUIET_S:
            return
        self._last[key] = now
        if QApplication.instance() is None:
            return
        self._showing = True
        try:
            self._show(details)
        finally:
            self._showing = False

    def _show(self, details: str) -> None:
        # Spelled out in full: lupdate reads a short alias as self.tr(text, comment).
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Crash", "Something went wrong"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate(
                "Crash",
                "Something went wrong inside cafedesk, and the last step may not have been "
                "done.\n\nYour event is safe: every change before it was stored. You can "
                "carry on; if this happens again, save a copy of the event (File › Save a "
                "Copy As…) and restart cafedesk.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Crash", "A record was written to the log folder:\n%1"
            ).replace("%1", str(self.log_folder))
        )
        box.setDetailedText(details)
        copy = box.addButton(
            QCoreApplication.translate("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        folder = box.addButton(
            QCoreApplication.translate("Crash", "Show log folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        # Action buttons close a message box; re-open it for "Copy details".
        while True:
            box.exec()
            clicked = box.clickedButton()
            if clicked is copy:
                QGuiApplication.clipboard().setText(details)
                continue
            if clicked is folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))
            break
        box.deleteLater()
