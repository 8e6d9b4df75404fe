"""Harvest: what each table found in each round, and each caller's way forward (PAC)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from cafedesk.domain.cafe import Caller, Harvest
from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.validation import clean_text
from cafedesk.services.base import Done, row_or_fail
from cafedesk.services.cafe import put_caller
from cafedesk.store.eventfile import EventFile
from cafedesk.store.mapping_cafe import caller_from_row, harvest_from_row
from cafedesk.store.rows_cafe import CafeCallerRow, CafeHarvestRow, CafeRoundRow, CafeTableRow

_T = QT_TRANSLATE_NOOP


def get_harvest(ef: EventFile, table_id: int, round_id: int) -> Harvest:
    with ef.read() as session:
        row = session.scalar(
            select(CafeHarvestRow).where(
                CafeHarvestRow.table_id == table_id, CafeHarvestRow.round_id == round_id
            )
        )
        return harvest_from_row(row) if row else Harvest(table_id, round_id)


def put_harvest(ef: EventFile, harvest: Harvest) -> Done[Harvest]:
    """Store one table's harvest for one round; the value is the previous one, for undo.

    Whitespace at the ends is kept while the person types; only length is checked.
    """
    insights = harvest.insights if harvest.insights.strip() else ""
    questions = harvest.questions if harvest.questions.strip() else ""
    clean_text(insights)
    clean_text(questions)
    with ef.write() as session:
        row_or_fail(session, CafeTableRow, harvest.table_id, _T("cafedesk", "table"))
        row_or_fail(session, CafeRoundRow, harvest.round_id, _T("cafedesk", "round"))
        row = session.scalar(
            select(CafeHarvestRow).where(
                CafeHarvestRow.table_id == harvest.table_id,
                CafeHarvestRow.round_id == harvest.round_id,
            )
        )
        previous = harvest_from_row(row) if row else Harvest(harvest.table_id, harvest.round_id)
        if row is None:
            row = CafeHarvestRow(table_id=harvest.table_id, round_id=harvest.round_id)
            session.add(row)
        row.insights = insights
        row.questions = questions
    return Done(previous, Changes.of(Part.CAFE))


def put_outcome(ef: EventFile, caller_id: int, next_steps: str, help_needed: str) -> Done[Caller]:
    """A caller's next steps and the help still needed; the value is the caller before."""
    with ef.read() as session:
        before = caller_from_row(row_or_fail(session, CafeCallerRow, caller_id, "caller"))
    put_caller(ef, dataclasses.replace(before, next_steps=next_steps, help_needed=help_needed))
    return Done(before, Changes.of(Part.CAFE, ids={caller_id}))
