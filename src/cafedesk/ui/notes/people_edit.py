"""A line of names separated by commas, completed from the participant list."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QWidget

from cafedesk.domain.model import Participant
from cafedesk.services.name_matching import Answers, answered

_SPLIT = re.compile(r"[,;\n]")


def fold(name: str) -> str:
    return " ".join(name.split()).casefold()


class _LastNameCompleter(QCompleter):
    """Completes only the name after the last comma and keeps the ones before it."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self.setModel(QStringListModel(self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:
        return [_SPLIT.split(path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        head = _SPLIT.split(self._edit.text())[:-1]
        names = [h.strip() for h in head if h.strip()] + [str(index.data())]
        return ", ".join(names)


class PeopleEdit(QLineEdit):
    """Names → participant ids; names nobody has yet are returned separately."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[Participant] = []
        self._by_name: dict[str, int] = {}
        self.completer_ = _LastNameCompleter(self)
        self.setCompleter(self.completer_)
        popup = self.completer_.popup()
        assert popup is not None
        self._popup = popup
        popup.installEventFilter(self)  # after the completer's own: it sees clicks first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click beside the suggestions closes them and still reaches what was clicked.

        Qt's completer swallows that click, so a person who clicks into the next field
        while names are suggested went on typing into this one-line field.
        """
        popup = self._popup
        if (
            watched is popup
            and event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and not popup.rect().contains(event.position().toPoint())
        ):
            popup.hide()
            where = event.globalPosition()
            target = QApplication.widgetAt(where.toPoint())
            if target is not None and target is not popup and not popup.isAncestorOf(target):
                # Focus first, as a real click gives it (a sent click does not).
                taker: QWidget | None = target
                while taker is not None and not (taker.focusPolicy() & Qt.FocusPolicy.ClickFocus):
                    taker = taker.parentWidget()
                if taker is not None:
                    taker.setFocus(Qt.FocusReason.MouseFocusReason)
                local = target.mapFromGlobal(where)
                for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
                    buttons = (
                        event.buttons()
                        if kind == QEvent.Type.MouseButtonPress
                        else (Qt.MouseButton.NoButton)
                    )
                    QApplication.sendEvent(
                        target,
                        QMouseEvent(kind, local, where, event.button(), buttons, event.modifiers()),
                    )
            return True
        return super().eventFilter(watched, event)

    def set_people(self, people: list[Participant]) -> None:
        self._people = people
        self._by_name = {}
        for person in people:
            self._by_name.setdefault(fold(person.name), person.id)
        model = self.completer_.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(sorted({p.name for p in people}, key=str.casefold))

    def people(self) -> list[Participant]:
        return self._people

    def names_of(self, ids: tuple[int, ...]) -> str:
        names = {p.id: p.name for p in self._people}
        return ", ".join(names[i] for i in ids if i in names)

    def typed_names(self) -> list[str]:
        return [" ".join(p.split()) for p in _SPLIT.split(self.text()) if p.strip()]

    def parse(self, answers: Answers | None = None) -> tuple[list[int | str], list[str]]:
        """Each typed name as a known id or as a new name (in typed order), and the new ones.

        ``answers``: who an ambiguous name means (an id, or None for a new person).
        """
        answers = answers or {}
        found: list[int | str] = []
        new: list[str] = []
        for name in self.typed_names():
            was_asked, chosen = answered(name, answers)
            known = chosen if was_asked else self._by_name.get(fold(name))
            if known is not None:
                found.append(known)
            elif fold(name) not in {fold(n) for n in new}:
                new.append(name)
                found.append(name)
        return found, new
