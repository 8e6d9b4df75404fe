"""Preferences: the facilitator's name, contact and accent colour, for every event's paper."""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.notes import Branding
from cafedesk.ui.settings import AppSettings

HOUSE_ACCENT = "#1f5873"  # what the paper uses when no accent is chosen
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


class PreferencesDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        brand = settings.branding()
        intro = QLabel(
            self.tr(
                "Printed on the client report and the paper of every event. The facilitator "
                "named on an event's page comes first for that event."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit(brand.facilitator, self)
        self.name.setPlaceholderText(self.tr("Your name"))
        self.contact = QLineEdit(brand.contact, self)
        self.contact.setPlaceholderText(self.tr("Email address or phone number"))
        self.accent = QLineEdit(brand.accent, self)
        self.accent.setPlaceholderText(HOUSE_ACCENT)
        self.accent.setValidator(
            QRegularExpressionValidator(QRegularExpression("#?[0-9a-fA-F]{0,6}"), self.accent)
        )
        self.accent.setMaximumWidth(110)
        self.accent.textChanged.connect(lambda _t: self._show_swatch())
        self.swatch = QLabel(self)
        self.swatch.setFixedSize(44, 22)
        self.pick = QPushButton(self.tr("Choose…"), self)
        self.pick.clicked.connect(self.choose_colour)
        self.reset = QPushButton(self.tr("House colour"), self)
        self.reset.clicked.connect(self.accent.clear)
        colour_row = QHBoxLayout()
        for widget in (self.accent, self.swatch, self.pick, self.reset):
            colour_row.addWidget(widget)
        colour_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Facilitator"), self.name)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Accent colour"), colour_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self._show_swatch()

    def accent_value(self) -> str:
        text = self.accent.text().strip()
        if text and not text.startswith("#"):
            text = "#" + text
        return text.lower() if _HEX.match(text) else ""

    def _show_swatch(self) -> None:
        colour = self.accent_value() or HOUSE_ACCENT
        self.swatch.setStyleSheet(f"QLabel {{ background: {colour}; border-radius: 3px; }}")

    def choose_colour(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self.accent_value() or HOUSE_ACCENT), self, self.tr("Accent colour")
        )
        if chosen.isValid():
            self.accent.setText(chosen.name())

    def branding(self) -> Branding:
        return Branding(
            facilitator=" ".join(self.name.text().split()),
            contact=self.contact.text().strip(),
            accent=self.accent_value(),
        )

    def accept(self) -> None:
        self.settings.set_branding(self.branding())
        super().accept()
