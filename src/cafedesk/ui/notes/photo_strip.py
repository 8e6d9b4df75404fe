"""The flipchart photos of one session or one café harvest cell: add (dialog or drop), turn,
crop, caption, order."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.notes import Photo
from cafedesk.services import photos
from cafedesk.services.base import Done
from cafedesk.services.files import Tombstone
from cafedesk.ui.document import EventDocument, ServiceCommand, qt_translate
from cafedesk.ui.notes.crop_dialog import CropDialog
from cafedesk.ui.tasks import Task, run_task

ICON = QSize(176, 132)
PICTURE_FILTER = "*.jpg *.jpeg *.png *.heic *.tif *.tiff *.webp *.bmp *.gif"


def titled_column(strip: QWidget) -> QVBoxLayout:
    """The strip under a bold "Flipchart photos" heading, as a page's right-hand column."""
    label = QLabel(
        QCoreApplication.translate("PhotoStrip", "Flipchart photos"), strip.parentWidget()
    )
    label.setTextFormat(Qt.TextFormat.PlainText)
    bold = label.font()
    bold.setBold(True)
    label.setFont(bold)
    column = QVBoxLayout()
    column.addWidget(label)
    column.addWidget(strip, 1)
    return column


class PhotoStrip(QWidget):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        # The owner shown: a topic, or a harvest cell (round id, table id); at most one.
        self.topic_id: int | None = None
        self.harvest: tuple[int, int] | None = None
        self.task: Task | None = None
        self.last_result: photos.ImportResult | None = None
        self._photos: list[Photo] = []
        self.setAcceptDrops(True)

        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.TopToBottom)
        self.list.setWrapping(False)
        self.list.setIconSize(ICON)
        self.list.setGridSize(QSize(ICON.width() + 16, ICON.height() + 40))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setFixedWidth(ICON.width() + 40)
        self.list.setWordWrap(True)
        self.list.setAcceptDrops(False)  # drops go to the strip, which imports files
        self.list.currentRowChanged.connect(self._selected)

        self.caption = QLineEdit(self)
        self.caption.setPlaceholderText(self.tr("Caption"))
        self.caption.editingFinished.connect(self._commit_caption)
        self.problems = QLabel(self)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #7a1712;")
        self.problems.hide()

        bar = QGridLayout()
        self.add_button = self._button(self.tr("Add photos…"), self.add_dialog)
        self.rotate_button = self._button(self.tr("Turn ↻"), self.rotate_selected)
        self.crop_button = self._button(self.tr("Crop…"), self.crop_selected)
        self.left_button = self._button(self.tr("▲ Earlier"), lambda: self.move_selected(-1))
        self.right_button = self._button(self.tr("▼ Later"), lambda: self.move_selected(1))
        self.delete_button = self._button(self.tr("Delete"), self.delete_selected)
        bar.addWidget(self.rotate_button, 1, 0)
        bar.addWidget(self.crop_button, 1, 1)
        bar.addWidget(self.left_button, 2, 0)
        bar.addWidget(self.right_button, 2, 1)
        bar.addWidget(self.delete_button, 3, 0, 1, 2)
        hint = QLabel(self.tr("Tip: drop picture files here."), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.add_button)  # on top: in view whatever the screen's height
        layout.addWidget(self.list, 1)
        layout.addWidget(self.caption)
        layout.addLayout(bar)
        layout.addWidget(self.problems)
        layout.addWidget(hint)
        self.setMaximumWidth(ICON.width() + 40)
        document.changed.connect(self.refresh)
        self._selected(-1)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # --- showing ---------------------------------------------------------------------
    def show_topic(self, topic_id: int | None) -> None:
        self.topic_id, self.harvest = topic_id, None
        self.problems.hide()
        self.reload()

    def show_harvest(self, round_id: int | None, table_id: int | None) -> None:
        """Show one harvest cell; the same cell again keeps the list of failed files."""
        cell = (round_id, table_id) if round_id is not None and table_id is not None else None
        if cell == self.harvest and self.topic_id is None:
            return
        self.topic_id, self.harvest = None, cell
        self.problems.hide()
        self.reload()

    def has_owner(self) -> bool:
        return self.topic_id is not None or self.harvest is not None

    def refresh(self, changes: Changes) -> None:
        # Deleting or restoring a round or table takes or brings back its photos.
        parts = (Part.PHOTOS, Part.CAFE) if self.harvest is not None else (Part.PHOTOS,)
        if changes.touches(*parts, Part.TOPICS):
            self.reload(force=False)

    def _listed(self) -> list[Photo]:
        ef = self.document.file
        if self.harvest is not None:
            return photos.list_photos(ef, harvest=self.harvest)
        return photos.list_photos(ef, self.topic_id) if self.topic_id else []

    def reload(self, force: bool = True) -> None:
        """Show the owner's photos; unless forced, only when they changed, so a change
        elsewhere (harvest text typed) never resets a caption being typed."""
        listed = self._listed()
        if not force and listed == self._photos:
            return
        current = self.selected_photo()
        ef = self.document.file
        self._photos = listed
        self.list.blockSignals(True)
        self.list.clear()
        for photo in self._photos:
            pixmap = QPixmap()
            pixmap.loadFromData(photos.thumbnail_bytes(ef, photo.id))
            item = QListWidgetItem(QIcon(pixmap), photo.caption or photo.file_name, self.list)
            item.setToolTip(photo.file_name)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
        self.list.blockSignals(False)
        ids = [p.id for p in self._photos]
        row = ids.index(current.id) if current is not None and current.id in ids else -1
        self.list.setCurrentRow(row)
        self._selected(row)
        self.add_button.setEnabled(self.has_owner() and not self.document.read_only)

    def selected_photo(self) -> Photo | None:
        row = self.list.currentRow()
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def _selected(self, _row: int) -> None:
        photo = self.selected_photo()
        editable = photo is not None and not self.document.read_only
        for button in (self.rotate_button, self.crop_button, self.delete_button):
            button.setEnabled(editable)
        self.left_button.setEnabled(editable and self.list.currentRow() > 0)
        self.right_button.setEnabled(editable and self.list.currentRow() < len(self._photos) - 1)
        self.caption.setEnabled(editable)
        self.caption.setText(photo.caption if photo else "")

    # --- importing -------------------------------------------------------------------
    def add_dialog(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Pictures (%1)").replace("%1", PICTURE_FILTER)
        )
        if names:
            self.import_files([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.has_owner() and not self.document.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> Task | None:
        """Import on a pool thread with progress and cancel; unreadable files are listed."""
        if not self.has_owner() or self.document.read_only:
            return None
        ef, topic_id, harvest = self.document.file, self.topic_id, self.harvest
        self.problems.hide()

        def work(report: Any, cancelled: Any) -> Done[photos.ImportResult]:
            return photos.import_photos(ef, topic_id, paths, report, cancelled, harvest=harvest)

        title = self.tr("Adding %n photo(s)…", "", len(paths))
        self.task = run_task(self, title, work, self._imported, self._import_failed)
        return self.task

    def _import_failed(self, message: str) -> None:
        self.document.failed.emit(message)

    def _imported(self, done: Done[photos.ImportResult]) -> None:
        result = done.value
        self.last_result = result
        if result.failures:
            lines = [f"{f.name} — {f.error.message(qt_translate)}" for f in result.failures]
            head = self.tr("%n file(s) could not be added:", "", len(lines))
            self.problems.setText("\n".join([head, *lines]))
            self.problems.show()
        if not result.photos:
            return
        stored = list(result.photos)
        tombs: list[Tombstone] = []
        first = [True]

        def do() -> Changes:
            if first[0]:  # the worker already stored them
                first[0] = False
                return done.changes
            changes = Changes()
            for tomb in tombs:
                changes |= photos.restore_photo(self.document.file, tomb).changes
            tombs.clear()
            return changes

        def undo() -> Changes:
            changes = Changes()
            for photo in reversed(stored):
                tomb_done = photos.delete_photo(self.document.file, photo.id)
                tombs.insert(0, tomb_done.value)
                changes |= tomb_done.changes
            return changes

        text = self.tr("Add %n photo(s)", "", len(stored))
        self.document.push(ServiceCommand(self.document, text, do, undo))

    # --- editing ---------------------------------------------------------------------
    def _put(self, text: str, old: Photo, new: Photo) -> None:
        ef = self.document.file
        self.document.push(
            ServiceCommand(
                self.document,
                text,
                lambda: photos.put_photo(ef, new),
                lambda: photos.put_photo(ef, old),
            )
        )

    def rotate_selected(self) -> None:
        photo = self.selected_photo()
        if photo is not None:
            turned = dataclasses.replace(
                photo, rotation=(photo.rotation + 90) % 360, crop=photos.rotate_crop(photo.crop)
            )
            self._put(self.tr("Turn photo"), photo, turned)

    def crop_selected(self) -> None:
        photo = self.selected_photo()
        if photo is None:
            return
        dialog = CropDialog(photos.uncropped_bytes(self.document.file, photo.id), photo.crop, self)
        if dialog.exec():
            self._put(self.tr("Crop photo"), photo, dataclasses.replace(photo, crop=dialog.crop()))

    def _commit_caption(self) -> None:
        photo = self.selected_photo()
        if photo is not None and self.caption.text().strip() != photo.caption:
            new = dataclasses.replace(photo, caption=self.caption.text())
            self._put(self.tr("Caption photo"), photo, new)

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        order = [p.id for p in self._photos]
        if not 0 <= row < len(order) or not 0 <= row + step < len(order):
            return
        new = order[:]
        new[row], new[row + step] = new[row + step], new[row]
        ef = self.document.file
        self.document.push(
            ServiceCommand(
                self.document,
                self.tr("Move photo"),
                lambda: photos.reorder_photos(ef, new),
                lambda: photos.reorder_photos(ef, order),
            )
        )

    def delete_selected(self) -> None:
        photo = self.selected_photo()
        if photo is None:
            return
        ef = self.document.file
        tomb: list[Tombstone] = []

        def do() -> Changes:
            done = photos.delete_photo(ef, photo.id)
            tomb[:] = [done.value]
            return done.changes

        self.document.push(
            ServiceCommand(
                self.document,
                self.tr("Delete photo"),
                do,
                lambda: photos.restore_photo(ef, tomb[0]),
            )
        )
