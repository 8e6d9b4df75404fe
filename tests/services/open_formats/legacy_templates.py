"""The built-in templates as they were written in code before they became template files.

Kept only as the reference the shipped files are checked against
(``test_built_in_templates.py``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from cafedesk.domain.cafe import PAC_QUESTIONS
from cafedesk.domain.changes import EVERYTHING, Changes
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import Event, Method, SlotKind
from cafedesk.services import cafe, slots, spaces
from cafedesk.services import event as event_service
from cafedesk.store.eventfile import EventFile


class Template(StrEnum):
    OPEN_SPACE_ONE_DAY = "open-space-1"
    OPEN_SPACE_TWO_DAYS = "open-space-2"
    WORLD_CAFE = "world-cafe"
    PRO_ACTION_CAFE = "pro-action-cafe"


TEMPLATE_LABELS: dict[Template, str] = {
    Template.OPEN_SPACE_ONE_DAY: QT_TRANSLATE_NOOP("cafedesk", "Open Space, one day"),
    Template.OPEN_SPACE_TWO_DAYS: QT_TRANSLATE_NOOP("cafedesk", "Open Space, two days"),
    Template.WORLD_CAFE: QT_TRANSLATE_NOOP("cafedesk", "World Café"),
    Template.PRO_ACTION_CAFE: QT_TRANSLATE_NOOP("cafedesk", "Pro Action Café"),
}


@dataclass(frozen=True)
class _Slot:
    start: str
    end: str
    label: str
    kind: SlotKind


_S, _P, _B, _M = SlotKind.SESSION, SlotKind.PLENARY, SlotKind.BREAK, SlotKind.MEAL
_T = QT_TRANSLATE_NOOP

_OST_DAY_ONE = (
    _Slot("09:00", "10:15", _T("cafedesk", "Opening circle and marketplace"), _P),
    _Slot("10:30", "11:45", _T("cafedesk", "Session 1"), _S),
    _Slot("12:00", "13:15", _T("cafedesk", "Session 2"), _S),
    _Slot("13:15", "14:15", _T("cafedesk", "Lunch"), _M),
    _Slot("14:15", "15:30", _T("cafedesk", "Session 3"), _S),
    _Slot("15:30", "15:50", _T("cafedesk", "Coffee"), _B),
    _Slot("15:50", "17:05", _T("cafedesk", "Session 4"), _S),
    _Slot("17:15", "18:00", _T("cafedesk", "Closing circle"), _P),
)
_OST_DAY_TWO = (
    _Slot("09:00", "09:45", _T("cafedesk", "Morning news"), _P),
    _Slot("10:00", "11:15", _T("cafedesk", "Session 5"), _S),
    _Slot("11:30", "12:45", _T("cafedesk", "Session 6"), _S),
    _Slot("12:45", "13:45", _T("cafedesk", "Lunch"), _M),
    _Slot("13:45", "15:00", _T("cafedesk", "Convergence and action planning"), _P),
    _Slot("15:15", "16:00", _T("cafedesk", "Closing circle"), _P),
)
_CAFE = (
    _Slot("09:00", "09:30", _T("cafedesk", "Welcome and café etiquette"), _P),
    _Slot("09:30", "10:00", _T("cafedesk", "Round 1"), _S),
    _Slot("10:05", "10:35", _T("cafedesk", "Round 2"), _S),
    _Slot("10:40", "11:10", _T("cafedesk", "Round 3"), _S),
    _Slot("11:10", "11:30", _T("cafedesk", "Coffee"), _B),
    _Slot("11:30", "12:15", _T("cafedesk", "Harvest in plenary"), _P),
)


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def legacy_apply_template(
    ef: EventFile,
    template: Template,
    title: str,
    day: dt.date | None = None,
    translate: Translate = identity,
) -> Changes:
    """Fill a new, empty event file with a template's method, slots and spaces."""
    day = day or dt.date.today()
    method = {
        Template.WORLD_CAFE: Method.WORLD_CAFE,
        Template.PRO_ACTION_CAFE: Method.PRO_ACTION_CAFE,
    }.get(template, Method.OPEN_SPACE)
    days: list[tuple[dt.date, tuple[_Slot, ...]]] = [(day, _OST_DAY_ONE)]
    if template is Template.OPEN_SPACE_TWO_DAYS:
        days.append((day + dt.timedelta(days=1), _OST_DAY_TWO))
    elif method is not Method.OPEN_SPACE:
        days = [(day, _CAFE)]
    event_service.put_event(
        ef, Event(title=title, method=method, start_date=day, end_date=days[-1][0])
    )
    for slot_day, plan in days:
        for s in plan:
            slots.add_slot(ef, slot_day, _time(s.start), _time(s.end), translate(s.label), s.kind)
    if method is Method.OPEN_SPACE:
        for letter in "ABCDE":
            name = translate(_T("cafedesk", "Space {letter}")).format(letter=letter)
            spaces.add_space(ef, name, 15, ("flipchart",))
    else:
        spaces.add_space(ef, translate(_T("cafedesk", "Café hall")), 60, ("flipchart", "sound"))
        _cafe_tables_and_rounds(ef, method, translate)
    return EVERYTHING


# Rounds as long as the template's round slots; enough tables to start planning with.
_ROUND_MINUTES = 30
_PAC_TABLES = 4  # four callers with about five travellers each
_WORLD_CAFE_TABLES = 8  # forty people at tables of five


def _cafe_tables_and_rounds(ef: EventFile, method: Method, translate: Translate) -> None:
    if method is Method.PRO_ACTION_CAFE:
        for question in PAC_QUESTIONS:  # the method's own three questions
            cafe.add_round(ef, translate(question), _ROUND_MINUTES)
        tables = _PAC_TABLES
    else:
        for _ in range(3):
            cafe.add_round(ef, "", _ROUND_MINUTES)
        tables = _WORLD_CAFE_TABLES
    for _ in range(tables):
        cafe.add_table(ef, 5)
