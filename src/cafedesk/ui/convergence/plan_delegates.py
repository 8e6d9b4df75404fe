"""Cell editors of the action plan: a date in the locale's order, and names with completion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cafedesk.domain.model import Participant
from cafedesk.ui.notes.people_edit import PeopleEdit

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)  # the editor's minimum, shown as "no date"


def date_format() -> str:
    """The locale's short date order with a four-digit year (never "26" for 2026)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def to_date(value: object) -> dt.date | None:
    """A cell's date as Python sees it, whichever way Qt handed it over."""
    if isinstance(value, QDate):
        if not value.isValid() or value == NO_DATE:
            return None
        day = value.toPython()
        return day if isinstance(day, dt.date) else None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def show_date(day: dt.date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


class DateDelegate(QStyledItemDelegate):
    """A date editor with a calendar; the model gets a ``datetime.date`` or None."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(date_format())
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(self.tr("no date"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = to_date(index.data(Qt.ItemDataRole.EditRole))
        editor.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        day = editor.date()
        model.setData(index, None if day == NO_DATE else day.toPython(), Qt.ItemDataRole.EditRole)


class PeopleDelegate(QStyledItemDelegate):
    """Names separated by commas, completed from the participant list."""

    def __init__(
        self, people: Callable[[], list[Participant]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._people = people

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = PeopleEdit(parent)
        editor.set_people(self._people())
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, PeopleEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, PeopleEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
