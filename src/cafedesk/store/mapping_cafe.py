"""Café rows to domain values and back."""

from __future__ import annotations

from cafedesk.domain.cafe import CafeRound, CafeTable, Caller, Harvest, PairRule
from cafedesk.store.rows_cafe import (
    CafeCallerRow,
    CafeHarvestRow,
    CafePairRow,
    CafeRoundRow,
    CafeTableRow,
)


def table_from_row(row: CafeTableRow) -> CafeTable:
    return CafeTable(row.id, row.number, row.name, row.seats, row.host_id, row.position)


def table_to_row(table: CafeTable, row: CafeTableRow) -> None:
    row.number = table.number
    row.name = table.name
    row.seats = table.seats
    row.host_id = table.host_id
    row.position = table.position


def round_from_row(row: CafeRoundRow) -> CafeRound:
    return CafeRound(row.id, row.number, row.minutes, row.question)


def round_to_row(value: CafeRound, row: CafeRoundRow) -> None:
    row.number = value.number
    row.minutes = value.minutes
    row.question = value.question


def caller_from_row(row: CafeCallerRow) -> Caller:
    return Caller(
        row.id, row.participant_id, row.question, row.table_id, row.next_steps, row.help_needed
    )


def caller_to_row(caller: Caller, row: CafeCallerRow) -> None:
    row.participant_id = caller.participant_id
    row.question = caller.question
    row.table_id = caller.table_id
    row.next_steps = caller.next_steps
    row.help_needed = caller.help_needed


def pair_from_row(row: CafePairRow) -> PairRule:
    return PairRule(row.id, row.a_id, row.b_id, bool(row.together))


def pair_to_row(rule: PairRule, row: CafePairRow) -> None:
    row.a_id = rule.a_id
    row.b_id = rule.b_id
    row.together = rule.together


def harvest_from_row(row: CafeHarvestRow) -> Harvest:
    return Harvest(row.table_id, row.round_id, row.insights, row.questions)
