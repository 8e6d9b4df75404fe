"""Files the system hands to the running app, and the app's icon.

On macOS a double-clicked event file arrives as a QFileOpenEvent to the
application (there is no command-line argument); elsewhere it comes as
`cafedesk FILE`, which main() passes to the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QIcon

if TYPE_CHECKING:
    from cafedesk.ui.main_window import MainWindow

ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "cafedesk.svg"


def app_icon() -> QIcon:
    return QIcon(str(ICON))


class FileOpenHandler(QObject):
    """Install on the QApplication: opens what the system asks to open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self.window.open_path(Path(name))
                self.window.raise_()
                self.window.activateWindow()
                return True
        return super().eventFilter(watched, event)
