"""Typing topics in: the quick entry strip for the marketplace and the full topic dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


def split_names(text: str) -> list[str]:
    return [n.strip() for n in text.split(",") if n.strip()]


class NamesCompleter(QCompleter):
    """Completes the last of several comma-separated names."""

    def __init__(self, names: QStringListModel, parent: QWidget | None = None) -> None:
        super().__init__(names, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        return self.with_name(str(super().pathFromIndex(index)))  # type: ignore[arg-type]

    def with_name(self, name: str) -> str:
        """The field's text with its last, half-typed name replaced by ``name``."""
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return head + name


class QuickEntry(QFrame):
    """Title, Tab, convenor(s), Enter: stored, and the next cell opens at once."""

    submitted = Signal(str, list)  # title, convenor names
    cancelled = Signal()

    def __init__(self, names: QStringListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickEntry")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#quickEntry { background: #fffdf4; border: 2px solid #2f6f5e;"
            " border-radius: 6px; }"
        )
        self.where = QLabel(self)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Topic title"))
        self.convenors = QLineEdit(self)
        self.convenors.setPlaceholderText(self.tr("Convenor(s), separated by commas"))
        self.convenors.setCompleter(NamesCompleter(names, self))
        # Enter must store the topic even while suggestions are showing (marketplace pace).
        popup = self.convenors.completer().popup()
        assert popup is not None  # a completer always has its popup
        popup.installEventFilter(self)
        layout = QFormLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addRow(self.where)
        layout.addRow(self.tr("&Title"), self.title)
        layout.addRow(self.tr("&Convenor"), self.convenors)
        hint = QLabel(self.tr("Enter stores and starts the next · Esc stops"), self)
        hint.setStyleSheet("color: #5b615d;")
        layout.addRow(hint)
        self.setFixedWidth(380)
        self.hide()

    def start(self, where: str) -> None:
        self.where.setText(where)
        self.title.clear()
        self.convenors.clear()
        self.show()
        self.title.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the suggestion list: take the highlighted name (if any) and store."""
        popup = self.convenors.completer().popup()
        if (
            watched is popup
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._take_suggestion_and_submit()
            return True
        return super().eventFilter(watched, event)

    def _take_suggestion_and_submit(self) -> None:
        completer = self.convenors.completer()
        popup = completer.popup()
        if popup is not None and popup.isVisible():
            index = popup.currentIndex()
            if index.isValid() and isinstance(completer, NamesCompleter):
                # a name the person highlighted with the arrow keys
                self.convenors.setText(completer.with_name(str(index.data())))
            popup.hide()
        self._submit()

    def _submit(self) -> None:
        if self.title.text().strip():
            self.submitted.emit(self.title.text(), split_names(self.convenors.text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._take_suggestion_and_submit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.hide()
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class TopicDialog(QDialog):
    """Everything about one topic: title, convenors, description, needs, sign-ups."""

    def __init__(
        self,
        names: QStringListModel,
        number: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Topic %1").replace("%1", str(number)))
        self.title = QLineEdit(self)
        self.convenors = QLineEdit(self)
        self.convenors.setCompleter(NamesCompleter(names, self))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.equipment = QLineEdit(self)
        self.equipment.setPlaceholderText(self.tr("e.g. flipchart, projector"))
        self.expected = QSpinBox(self)
        self.expected.setRange(0, 100_000)
        self.expected.setSpecialValueText(self.tr("from sign-ups"))
        self.tally = QSpinBox(self)
        self.tally.setRange(-1, 100_000)
        self.tally.setSpecialValueText(self.tr("no paper count"))
        self.signups = QLineEdit(self)
        self.signups.setCompleter(NamesCompleter(names, self))
        self.signups.setPlaceholderText(self.tr("Names of people who signed, separated by commas"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Convenor(s)"), self.convenors)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Equipment"), self.equipment)
        counts = QHBoxLayout()
        counts.addWidget(self.tally)
        counts.addWidget(QLabel(self.tr("Expected:"), self))
        counts.addWidget(self.expected)
        form.addRow(self.tr("Paper &tally"), counts)
        form.addRow(self.tr("&Signed up"), self.signups)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 420)

    def fill(
        self,
        title: str,
        convenors: Sequence[str],
        description: str,
        equipment: Sequence[str],
        expected: int | None,
        tally: int | None,
        signups: Sequence[str],
    ) -> None:
        self.title.setText(title)
        self.convenors.setText(", ".join(convenors))
        self.description.setPlainText(description)
        self.equipment.setText(", ".join(equipment))
        self.expected.setValue(expected or 0)
        self.tally.setValue(-1 if tally is None else tally)
        self.signups.setText(", ".join(signups))

    def values(self) -> dict[str, object]:
        return {
            "title": self.title.text(),
            "convenors": split_names(self.convenors.text()),
            "description": self.description.toPlainText(),
            "equipment": tuple(split_names(self.equipment.text())),
            "expected": self.expected.value() or None,
            "tally": None if self.tally.value() < 0 else self.tally.value(),
            "signups": split_names(self.signups.text()),
        }
