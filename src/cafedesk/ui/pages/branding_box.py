"""The facilitator's branding on the Event page: organisation and logo for the paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cafedesk.domain.changes import Changes, Part
from cafedesk.services import proceedings
from cafedesk.ui.document import EventDocument, ServiceCommand

LOGO_PREVIEW = 72


class BrandingBox(QGroupBox):
    """Organisation and logo printed on the book's cover and the reports."""

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("On the paper"))
        self.document = document
        form = QFormLayout(self)
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("Your organisation, printed under your name"))
        self.organisation.editingFinished.connect(self._commit_organisation)
        form.addRow(self.tr("Organisation"), self.organisation)
        row = QHBoxLayout()
        self.logo = QLabel(self)
        self.logo.setFixedSize(LOGO_PREVIEW * 2, LOGO_PREVIEW)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("QLabel { border: 1px dashed palette(mid); }")
        self.choose = QPushButton(self.tr("Choose logo…"), self)
        self.choose.clicked.connect(self.choose_logo)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(lambda: self.set_logo(None))
        row.addWidget(self.logo)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        row.addStretch(1)
        form.addRow(self.tr("Logo"), row)
        self.load()

    def load(self) -> None:
        brand = proceedings.branding(self.document.file)
        if not self.organisation.hasFocus():
            self.organisation.setText(brand.organisation)
        self._logo = brand.logo
        if brand.logo:
            pixmap = QPixmap()
            pixmap.loadFromData(brand.logo)
            self.logo.setPixmap(
                pixmap.scaled(
                    self.logo.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("no logo"))
        self.remove.setEnabled(bool(brand.logo) and not self.document.read_only)

    def refresh(self, changes: Changes) -> None:
        if changes.touches(Part.EVENT):
            self.load()

    def set_read_only(self, read_only: bool) -> None:
        self.organisation.setReadOnly(read_only)
        self.choose.setEnabled(not read_only)
        self.remove.setEnabled(not read_only and self._logo is not None)

    def _commit_organisation(self) -> None:
        ef = self.document.file
        old = proceedings.branding(ef).organisation
        new = self.organisation.text()
        if new.strip() == old:
            return
        self.document.push(
            ServiceCommand(
                self.document,
                self.tr("Edit organisation"),
                lambda: proceedings.set_organisation(ef, new),
                lambda: proceedings.set_organisation(ef, old),
            )
        )

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif)")
        )
        if name:
            self.set_logo(Path(name))

    def set_logo(self, source: Path | None) -> bool:
        ef = self.document.file
        old = proceedings.branding(ef).logo
        text = self.tr("Remove logo") if source is None else self.tr("Set logo")
        stored: list[bytes | None] = []

        def do() -> Changes:
            # Redo uses the picture as first stored: the file may be gone by then.
            done = proceedings.set_logo(ef, stored[0] if stored else source)
            stored[:] = [done.value]
            return done.changes

        return self.document.push(
            ServiceCommand(self.document, text, do, lambda: proceedings.set_logo(ef, old))
        )
