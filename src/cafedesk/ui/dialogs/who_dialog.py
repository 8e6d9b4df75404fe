"""Who is meant? Asked when a typed name fits more than one person, or someone already there."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cafedesk.domain.model import Participant
from cafedesk.services.name_matching import Answers, NameQuestion, questions_for

NEW_PERSON = -1


def describe(person: Participant) -> str:
    """Enough to tell two people of one name apart: organisation, group, email."""
    extra = [x for x in (person.organisation, person.group, person.email) if x]
    return person.name + (f" — {' · '.join(extra)}" if extra else "")


class WhoDialog(QDialog):
    def __init__(self, parent: QWidget | None, questions: list[NameQuestion]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is meant?"))
        self.questions = questions
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Some names fit more than one person. Choose who each one is."), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.boxes: list[QComboBox] = []
        for question in questions:
            box = QComboBox(self)
            for person in question.candidates:
                box.addItem(describe(person), person.id)
            box.addItem(
                self.tr("Someone new called “%1”").replace("%1", question.typed), NEW_PERSON
            )
            label = QLabel(question.typed, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            box.setAccessibleName(question.typed)
            form.addRow(label, box)
            self.boxes.append(box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def answers(self) -> dict[str, int | None]:
        found: dict[str, int | None] = {}
        for question, box in zip(self.questions, self.boxes, strict=True):
            chosen = int(box.currentData())
            found[question.key] = None if chosen == NEW_PERSON else chosen
        return found


def ask_who(
    parent: QWidget | None, people: Iterable[Participant], names: Iterable[str]
) -> Answers | None:
    """Who each ambiguous name means ({} when none is); None when the person cancelled."""
    questions = questions_for(people, names)
    if not questions:
        return {}
    dialog = WhoDialog(parent, questions)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answers()
