"""The outbox: email drafts waiting for the facilitator to be back online."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.email_draft import EMAIL_LIMIT, human_size
from cafedesk.exports.eml import Draft, list_drafts

WHEN, TO, SUBJECT, SIZE = range(4)


def open_url(path: Path) -> bool:
    """Hand a file or folder to the desktop (the mail program for an .eml)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class OutboxBox(QGroupBox):
    rebuild_smaller = Signal()  # the person asked for the last draft again with smaller photos

    def __init__(self, folder: Callable[[], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Outbox"))
        self._folder = folder  # asked each time: the page learns the window's folders late
        self.drafts: list[Draft] = []
        self.where = QLabel(self)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("To"), self.tr("Subject"), self.tr("Size")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.open_selected())
        self.warning = QLabel(self)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setObjectName("sizeWarning")
        self.warning.setStyleSheet(
            "QLabel#sizeWarning { background: #fdf0d5; color: #6b4a00; padding: 6px;"
            " border-radius: 4px; }"
        )
        self.smaller_button = QPushButton(self.tr("Make it again with smaller photos"), self)
        self.smaller_button.clicked.connect(self.rebuild_smaller)
        self.open_button = QPushButton(self.tr("Open in mail program"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.folder_button.clicked.connect(self.show_folder)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.folder_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.smaller_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addLayout(warning_row)
        layout.addLayout(buttons)
        self.show_warning(None)

    @property
    def folder(self) -> Path:
        return self._folder()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self, select: Path | None = None) -> None:
        self.where.setText(
            self.tr(
                "Drafts wait in %1 until you open them in your mail program and send them."
            ).replace("%1", str(self.folder))
        )
        self.drafts = list_drafts(self.folder)
        locale = QLocale()
        self.table.setRowCount(len(self.drafts))
        for row, draft in enumerate(self.drafts):
            when = ""
            if draft.created is not None:
                moment = QDateTime.fromSecsSinceEpoch(int(draft.created.timestamp()))
                when = locale.toString(moment, QLocale.FormatType.ShortFormat)
            size = QTableWidgetItem(human_size(draft.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if draft.size > EMAIL_LIMIT:
                size.setForeground(Qt.GlobalColor.darkRed)
                size.setToolTip(self.tr("Larger than most mail servers accept"))
            for column, item in enumerate(
                (
                    QTableWidgetItem(when),
                    QTableWidgetItem(draft.to),
                    QTableWidgetItem(draft.subject),
                    size,
                )
            ):
                self.table.setItem(row, column, item)
            if select is not None and draft.path == select:
                self.table.selectRow(row)
        if select is None and self.drafts:
            self.table.selectRow(0)
        has = bool(self.drafts)
        for button in (self.open_button, self.delete_button):
            button.setEnabled(has)

    def show_warning(self, size: int | None) -> None:
        """The size warning for the draft just made (None: hide it)."""
        too_large = size is not None and size > EMAIL_LIMIT
        self.warning.setVisible(too_large)
        self.smaller_button.setVisible(too_large)
        if too_large and size is not None:
            self.warning.setText(
                self.tr(
                    "This draft is %1: many mail servers refuse messages over 20 MB. Make it "
                    "again with smaller photos, or leave out the book of proceedings."
                ).replace("%1", human_size(size))
            )

    def selected(self) -> Draft | None:
        row = self.table.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def open_selected(self) -> None:
        draft = self.selected()
        if draft is not None:
            open_url(draft.path)

    def show_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        open_url(self.folder)

    def delete_selected(self) -> None:
        draft = self.selected()
        if draft is None:
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Delete draft"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the subject is the facilitator's text
        box.setText(
            self.tr("Delete the draft “%1”? It is not in any mail program yet.").replace(
                "%1", draft.subject or draft.path.name
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            draft.path.unlink(missing_ok=True)
            self.reload()
