"""The built-in templates a new event starts from.

They are template files shipped in the package (``resources/templates``), read by
the same code as the templates people save and send each other
(``open_formats.event_templates``). This module names them for code and tests,
and lists their English texts so that the translation tools find them.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path

from cafedesk.domain.changes import EVERYTHING, Changes
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.services.open_formats.event_templates import BUILT_IN, SUFFIX, fill_from_template
from cafedesk.store.eventfile import EventFile


class Template(StrEnum):
    """The file name (without its suffix) of each built-in template."""

    OPEN_SPACE_ONE_DAY = "1-open-space-one-day"
    OPEN_SPACE_TWO_DAYS = "2-open-space-two-days"
    WORLD_CAFE = "3-world-cafe"
    PRO_ACTION_CAFE = "4-pro-action-cafe"


def template_file(template: Template) -> Path:
    return BUILT_IN / (template.value + SUFFIX)


def apply_template(
    ef: EventFile,
    template: Template,
    title: str,
    day: dt.date | None = None,
    translate: Translate = identity,
) -> Changes:
    """Fill a new, empty event file from a built-in template."""
    fill_from_template(ef, template_file(template), title, day or dt.date.today(), translate)
    return EVERYTHING


_T = QT_TRANSLATE_NOOP
# Every text of the shipped templates that is translated when an event is made from one
# (a test checks that the files hold no other): titles, slot labels, space names. The
# Pro Action Café questions are the method's own (``domain.cafe.PAC_QUESTIONS``).
SHIPPED_TEXTS = (
    _T("cafedesk", "Open Space, one day"),
    _T("cafedesk", "Open Space, two days"),
    _T("cafedesk", "World Café"),
    _T("cafedesk", "Pro Action Café"),
    _T("cafedesk", "Opening circle and marketplace"),
    _T("cafedesk", "Session 1"),
    _T("cafedesk", "Session 2"),
    _T("cafedesk", "Lunch"),
    _T("cafedesk", "Session 3"),
    _T("cafedesk", "Coffee"),
    _T("cafedesk", "Session 4"),
    _T("cafedesk", "Closing circle"),
    _T("cafedesk", "Morning news"),
    _T("cafedesk", "Session 5"),
    _T("cafedesk", "Session 6"),
    _T("cafedesk", "Convergence and action planning"),
    _T("cafedesk", "Welcome and café etiquette"),
    _T("cafedesk", "Round 1"),
    _T("cafedesk", "Round 2"),
    _T("cafedesk", "Round 3"),
    _T("cafedesk", "Harvest in plenary"),
    _T("cafedesk", "Space A"),
    _T("cafedesk", "Space B"),
    _T("cafedesk", "Space C"),
    _T("cafedesk", "Space D"),
    _T("cafedesk", "Space E"),
    _T("cafedesk", "Café hall"),
)
