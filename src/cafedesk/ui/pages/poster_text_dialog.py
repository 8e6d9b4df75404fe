"""Poster texts…: the facilitator rewrites a poster's heading and text for this event."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cafedesk.domain.errors import CafedeskError
from cafedesk.exports.wallkit.posters import POSTER_TEXTS
from cafedesk.services.poster_texts import poster_texts, set_poster_text
from cafedesk.ui.document import EventDocument, qt_translate


class PosterTextDialog(QDialog):
    """One poster at a time; an empty field prints our default (shown as the placeholder)."""

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Poster texts"))
        self.document = document
        self.texts = poster_texts(document.file)
        form = QFormLayout(self)
        self.poster = QComboBox(self)
        for key, (heading, _body) in POSTER_TEXTS.items():
            self.poster.addItem(qt_translate(heading), key)
        self.poster.currentIndexChanged.connect(self._show)
        form.addRow(self.tr("Poster"), self.poster)
        self.heading = QLineEdit(self)
        form.addRow(self.tr("Heading"), self.heading)
        self.body = QPlainTextEdit(self)
        form.addRow(self.tr("Text"), self.body)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show()

    def _show(self) -> None:
        key = str(self.poster.currentData())
        heading, body = POSTER_TEXTS[key]
        self.heading.setPlaceholderText(qt_translate(heading))
        self.body.setPlaceholderText(qt_translate(body) if body else self.tr("The event's title"))
        self.heading.setText(self.texts.get(f"{key}.heading", ""))
        self.body.setPlainText(self.texts.get(f"{key}.body", ""))

    def save(self) -> None:
        """Store the poster shown; the dialog stays open for the next one."""
        key = str(self.poster.currentData())
        try:
            for part, text in (("heading", self.heading.text()), ("body", self.body.toPlainText())):
                done = set_poster_text(self.document.file, f"{key}.{part}", text)
                self.texts[f"{key}.{part}"] = done.value
        except CafedeskError as exc:
            self.error.setText(exc.message())
            return
        self.error.setText(self.tr("Saved."))
