"""File › Import Event…: a cafedesk-event/v1 JSON file or .cafedesk.zip becomes a new event.

All or nothing (the services check the whole document first, then build the event
beside its target and move it into place); the work runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cafedesk.services.files import EXTENSION
from cafedesk.ui.document import qt_translate
from cafedesk.ui.file_actions import with_extension
from cafedesk.ui.tasks import Report, run_task

if TYPE_CHECKING:
    from collections.abc import Callable

    from cafedesk.ui.main_window import MainWindow


def import_work(source: Path, target: Path) -> Callable[[Report, Callable[[], bool]], object]:
    """The import as a task: the new file's path, or the refusal with each place named."""

    def work(_report: Report, _cancelled: Callable[[], bool]) -> object:
        from cafedesk.services.open_formats.event_json import ImportRefused, import_json

        try:
            import_json(source, target, qt_translate).close()
        except ImportRefused as exc:
            return "\n".join([exc.message(qt_translate), "", *exc.problems]).strip()
        return target

    return work


def import_event(window: MainWindow) -> None:
    files = window.files
    source, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("ImportEvent", "Import event"),
        files._start_folder(),
        QCoreApplication.translate(
            "ImportEvent", "cafedesk event data (*.cafedesk.zip *.json);;All files (*)"
        ),
    )
    if not source:
        return
    stem = Path(source).name.removesuffix(".zip").removesuffix(".json").removesuffix(".cafedesk")
    suggestion = Path(source).with_name(stem + EXTENSION)
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ImportEvent", "Save the imported event as"),
        str(suggestion),
        QCoreApplication.translate("ImportEvent", "cafedesk events (*.cafedesk)"),
    )
    if not name:
        return
    target = with_extension(Path(name)).resolve()
    if target.exists():  # an import never replaces an event
        files.tell(
            QCoreApplication.translate("ImportEvent", "Nothing was imported"),
            QCoreApplication.translate(
                "ImportEvent", "“%1” exists already. Choose a new name for the imported event."
            ).replace("%1", target.name),
        )
        return

    def done(result: object) -> None:
        if isinstance(result, Path):
            window.open_path(result)
        else:
            files.tell(
                QCoreApplication.translate("ImportEvent", "Nothing was imported"),
                str(result),
                QMessageBox.Icon.Warning,
            )

    run_task(
        window,
        QCoreApplication.translate("ImportEvent", "Importing “%1”…").replace(
            "%1", Path(source).name
        ),
        import_work(Path(source), target),
        done,
        lambda message: files.tell(
            QCoreApplication.translate("ImportEvent", "Nothing was imported"), message
        ),
    )
