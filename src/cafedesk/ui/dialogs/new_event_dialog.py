"""New event: a template, a title, the first day and where the file goes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cafedesk.services.files import EXTENSION
from cafedesk.services.open_formats.event_templates import (
    SUFFIX,
    built_in_templates,
    template_name,
    user_templates,
)
from cafedesk.ui.document import qt_translate
from cafedesk.ui.file_actions import safe_file_name


@dataclass(frozen=True)
class NewEventChoice:
    template: Path  # a template file: built in, the user's own, or one someone sent
    title: str
    day: dt.date
    path: Path


class NewEventDialog(QDialog):
    def __init__(self, parent: QWidget, folder: Path, templates: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.folder = folder
        self._path_edited = False
        form = QFormLayout(self)
        self.template = QComboBox(self)
        # The built-in templates first, then the user's own: the same kind of file.
        own = user_templates(templates) if templates is not None else []
        for path in [*built_in_templates(), *own]:
            self.template.addItem(template_name(path, qt_translate), str(path))
        pick = QPushButton(self.tr("Template file…"), self)
        pick.clicked.connect(self._pick_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(pick)
        form.addRow(self.tr("Template"), template_row)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Neighbourhood Open Space 2027"))
        self.title_edit.textChanged.connect(self._suggest_path)
        form.addRow(self.tr("Title"), self.title_edit)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("First day"), self.day)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._suggest_path("")
        self.resize(520, self.sizeHint().height())

    def add_template_file(self, path: Path) -> None:
        """Offer a template someone sent (a file anywhere) and choose it."""
        self.template.addItem(template_name(path), str(path))
        self.template.setCurrentIndex(self.template.count() - 1)

    def _pick_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a template"),
            str(self.folder),
            self.tr("cafedesk templates (*%1)").replace("%1", SUFFIX),
        )
        if name:
            self.add_template_file(Path(name))

    def _suggest_path(self, title: str) -> None:
        if not self._path_edited:
            self.path_edit.setText(str(self.folder / safe_file_name(title or self.tr("New event"))))
        ok = bool(title.strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New event file"),
            self.path_edit.text(),
            self.tr("cafedesk events (*.cafedesk)"),
        )
        if name:
            self._path_edited = True
            self.path_edit.setText(name)

    def choice(self) -> NewEventChoice:
        path = Path(self.path_edit.text()).expanduser()
        if path.suffix != EXTENSION:
            path = path.with_name(path.name + EXTENSION)
        return NewEventChoice(
            Path(str(self.template.currentData())),
            self.title_edit.text().strip(),
            dt.date.fromisoformat(self.day.date().toString(Qt.DateFormat.ISODate)),
            path,
        )
