"""File › Save as Template…: the open event's structure into the user's templates folder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from cafedesk.domain.errors import CafedeskError
from cafedesk.paths import AppPaths
from cafedesk.services.files import EventFile
from cafedesk.services.open_formats.event_templates import SUFFIX, save_template
from cafedesk.ui.document import qt_translate
from cafedesk.ui.file_actions import safe_file_name


def ask_template_name(parent: QWidget, suggestion: str) -> str:
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("TemplateActions", "Save as template"),
        QCoreApplication.translate(
            "TemplateActions",
            "Name of the template (spaces, times, rounds, questions and poster texts are "
            "kept; people, topics and notes are not):",
        ),
        QLineEdit.EchoMode.Normal,
        suggestion,
    )
    return name.strip() if ok else ""


def save_as_template(parent: QWidget, paths: AppPaths, event_file: EventFile) -> bool:
    """Ask for a name and save; True when a template file was written."""
    name = ask_template_name(parent, event_file.path.stem)
    if not name:
        return False
    stem = safe_file_name(name).removesuffix(".cafedesk")
    try:
        target = save_template(event_file, name, paths.templates / (stem + SUFFIX))
    except (CafedeskError, OSError) as exc:
        text = exc.message(qt_translate) if isinstance(exc, CafedeskError) else str(exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("TemplateActions", "Template not saved"),
            text,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return False
    parent.statusBar().showMessage(  # type: ignore[attr-defined]
        QCoreApplication.translate(
            "TemplateActions", "Template “%1” saved; File › New Event… offers it."
        ).replace("%1", target.name),
        8000,
    )
    return True
