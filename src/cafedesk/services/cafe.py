"""Café setup: tables with seats and hosts, rounds with questions, callers, pair rules."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from cafedesk.domain.cafe import (
    DEFAULT_ROUND_MINUTES,
    DEFAULT_SEATS,
    PAC_QUESTIONS,
    CafeRound,
    CafeSnapshot,
    CafeTable,
    Caller,
    Harvest,
    PairRule,
    SeatingPlan,
)
from cafedesk.domain.changes import Changes, Part
from cafedesk.domain.errors import ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate
from cafedesk.domain.validation import clean_line, clean_text
from cafedesk.services.base import Done, bury_row, next_value, revive_rows, row_or_fail
from cafedesk.store.eventfile import EventFile
from cafedesk.store.graveyard import Tombstone
from cafedesk.store.mapping_cafe import (
    caller_from_row,
    caller_to_row,
    harvest_from_row,
    pair_from_row,
    pair_to_row,
    round_from_row,
    round_to_row,
    table_from_row,
    table_to_row,
)
from cafedesk.store.rows import ParticipantRow
from cafedesk.store.rows_cafe import (
    CafeAbsenceRow,
    CafeCallerRow,
    CafeHarvestRow,
    CafePairRow,
    CafeRoundRow,
    CafeSeatRow,
    CafeTableRow,
)

MAX_SEATS = 50
MAX_MINUTES = 240
_T = QT_TRANSLATE_NOOP


def _refuse(template: str, field: str = "", **values: object) -> ValidationError:
    return ValidationError(template, field=field, **values)


# --- reading -------------------------------------------------------------------------
def load_cafe(ef: EventFile) -> CafeSnapshot:
    with ef.read() as session:
        return read_cafe(session)


def read_cafe(session: DbSession) -> CafeSnapshot:
    tables = tuple(
        table_from_row(r)
        for r in session.scalars(
            select(CafeTableRow).order_by(CafeTableRow.position, CafeTableRow.number)
        )
    )
    # Rounds are numbered by their order, so deleting round 2 leaves 1 and 2, not 1 and 3.
    round_rows = session.scalars(
        select(CafeRoundRow).order_by(CafeRoundRow.number, CafeRoundRow.id)
    )
    rounds = tuple(
        dataclasses.replace(round_from_row(r), number=i + 1) for i, r in enumerate(round_rows)
    )
    callers = tuple(
        caller_from_row(r)
        for r in session.scalars(select(CafeCallerRow).order_by(CafeCallerRow.id))
    )
    rules = tuple(
        pair_from_row(r) for r in session.scalars(select(CafePairRow).order_by(CafePairRow.id))
    )
    seats: dict[int, dict[int, list[int]]] = {}
    for seat in session.scalars(select(CafeSeatRow).order_by(CafeSeatRow.participant_id)):
        seats.setdefault(seat.round_id, {}).setdefault(seat.table_id, []).append(
            seat.participant_id
        )
    absent: dict[int, set[int]] = {}
    for row in session.scalars(select(CafeAbsenceRow)):
        absent.setdefault(row.round_id, set()).add(row.participant_id)
    hosts = CafeSnapshot(tables=tables, callers=callers).hosts()
    plan = SeatingPlan(
        {
            r: {t: _host_first(people, hosts.get(t)) for t, people in by_table.items()}
            for r, by_table in seats.items()
        },
        {r: frozenset(p) for r, p in absent.items()},
    )
    harvest: tuple[Harvest, ...] = tuple(
        harvest_from_row(r) for r in session.scalars(select(CafeHarvestRow))
    )
    return CafeSnapshot(tables, rounds, callers, rules, plan, harvest)


def _host_first(people: Sequence[int], host: int | None) -> tuple[int, ...]:
    return tuple(sorted(people, key=lambda p: (p != host, p)))


# --- tables --------------------------------------------------------------------------
def add_table(
    ef: EventFile, seats: int = DEFAULT_SEATS, host_id: int | None = None
) -> Done[CafeTable]:
    with ef.read() as session:
        number = next_value(session, CafeTableRow.number)
        position = next_value(session, CafeTableRow.position)
        new_id = next_value(session, CafeTableRow.id)
    return put_table(ef, CafeTable(new_id, number, "", seats, host_id, position))


def put_table(ef: EventFile, table: CafeTable) -> Done[CafeTable]:
    table = _checked_table(table)
    with ef.write() as session:
        _store_table(session, table)
    return Done(table, Changes.of(Part.CAFE, ids={table.id}))


def _checked_table(table: CafeTable) -> CafeTable:
    if table.number < 1 or table.number > 9999:
        raise _refuse(
            _T("cafedesk", "Table numbers start at 1 (not {number})."),
            "number",
            number=table.number,
        )
    if not 1 <= table.seats <= MAX_SEATS:
        raise _refuse(
            _T("cafedesk", "A café table has 1 to {max} seats (not {seats})."),
            "seats",
            max=MAX_SEATS,
            seats=table.seats,
        )
    return dataclasses.replace(table, name=clean_line(table.name))


def _store_table(session: DbSession, table: CafeTable) -> None:
    clash = session.scalar(
        select(CafeTableRow.id).where(
            CafeTableRow.number == table.number, CafeTableRow.id != table.id
        )
    )
    if clash is not None:
        raise _refuse(
            _T("cafedesk", "There is already a table {number}."), "number", number=table.number
        )
    if table.host_id is not None:
        host = row_or_fail(session, ParticipantRow, table.host_id, _T("cafedesk", "host"))
        other = session.scalar(
            select(CafeTableRow.number).where(
                CafeTableRow.host_id == table.host_id, CafeTableRow.id != table.id
            )
        )
        if other is not None:
            raise _refuse(
                _T("cafedesk", "{name} already hosts table {number}."),
                "host",
                name=host.name,
                number=other,
            )
    row = session.get(CafeTableRow, table.id)
    if row is None:
        row = CafeTableRow(id=table.id)
        session.add(row)
    table_to_row(table, row)


def delete_table(ef: EventFile, table_id: int) -> Done[Tombstone]:
    return bury_row(ef, "cafe_table", table_id, Part.CAFE)


def restore(ef: EventFile, tomb: Tombstone) -> Done[None]:
    """Bring back a deleted table, round, caller or pair rule with what hung on it."""
    return revive_rows(ef, tomb, Part.CAFE)


def reorder_tables(ef: EventFile, ordered_ids: list[int]) -> Done[list[int]]:
    with ef.write() as session:
        rows = {r.id: r for r in session.scalars(select(CafeTableRow))}
        previous = [r.id for r in sorted(rows.values(), key=lambda r: (r.position, r.number))]
        for position, table_id in enumerate(ordered_ids):
            if table_id in rows:
                rows[table_id].position = position
    return Done(previous, Changes.of(Part.CAFE))


# --- rounds --------------------------------------------------------------------------
def add_round(
    ef: EventFile, question: str = "", minutes: int = DEFAULT_ROUND_MINUTES
) -> Done[CafeRound]:
    with ef.read() as session:
        number = next_value(session, CafeRoundRow.number)
        new_id = next_value(session, CafeRoundRow.id)
    return put_round(ef, CafeRound(new_id, number, minutes, question))


def put_round(ef: EventFile, value: CafeRound) -> Done[CafeRound]:
    if not 1 <= value.minutes <= MAX_MINUTES:
        raise _refuse(
            _T("cafedesk", "A round lasts 1 to {max} minutes (not {minutes})."),
            "minutes",
            max=MAX_MINUTES,
            minutes=value.minutes,
        )
    value = dataclasses.replace(value, question=clean_text(value.question))
    with ef.write() as session:
        row = session.get(CafeRoundRow, value.id)
        if row is None:
            row = CafeRoundRow(id=value.id)
            session.add(row)
        round_to_row(value, row)
    return Done(value, Changes.of(Part.CAFE, ids={value.id}))


def delete_round(ef: EventFile, round_id: int) -> Done[Tombstone]:
    return bury_row(ef, "cafe_round", round_id, Part.CAFE)


def prefill_pro_action(
    ef: EventFile, translate: Translate | None = None
) -> Done[tuple[tuple[CafeRound, ...], tuple[int, ...]]]:
    """The three Pro Action Café rounds with the method's questions, in the event's paper
    language unless ``translate`` is given (they are printed on the tents and host cards).

    Existing rounds keep questions already typed; missing rounds are added.
    Returns (rounds as they were before, ids of added rounds) for ``undo_prefill``.
    """
    from cafedesk.services.paper_language import paper_translate_for

    translate = paper_translate_for(ef, translate)
    before = load_cafe(ef).rounds
    changed: list[CafeRound] = []
    added: list[int] = []
    for index, question in enumerate(PAC_QUESTIONS):
        text = translate(question)
        if index < len(before):
            if not before[index].question:
                changed.append(before[index])
                put_round(ef, dataclasses.replace(before[index], question=text))
        else:
            added.append(add_round(ef, text).value.id)
    return Done((tuple(changed), tuple(added)), Changes.of(Part.CAFE))


def undo_prefill(ef: EventFile, result: tuple[tuple[CafeRound, ...], tuple[int, ...]]) -> Changes:
    changed, added = result
    with ef.write() as session:
        session.execute(delete(CafeRoundRow).where(CafeRoundRow.id.in_(added)))
    for value in changed:
        put_round(ef, value)
    return Changes.of(Part.CAFE)


# --- callers (Pro Action Café) ---------------------------------------------------------
def add_caller(
    ef: EventFile, participant_id: int, question: str = "", table_id: int | None = None
) -> Done[Caller]:
    with ef.read() as session:
        new_id = next_value(session, CafeCallerRow.id)
    return put_caller(ef, Caller(new_id, participant_id, question, table_id))


def put_caller(ef: EventFile, caller: Caller) -> Done[Caller]:
    caller = _checked_caller(caller)
    with ef.write() as session:
        _store_caller(session, caller)
    return Done(caller, Changes.of(Part.CAFE, ids={caller.id}))


def _checked_caller(caller: Caller) -> Caller:
    return dataclasses.replace(
        caller,
        question=clean_text(caller.question),
        next_steps=clean_text(caller.next_steps),
        help_needed=clean_text(caller.help_needed),
    )


def _store_caller(session: DbSession, caller: Caller) -> None:
    _check_not_caller_elsewhere(session, caller)
    if caller.table_id is not None:
        table = row_or_fail(session, CafeTableRow, caller.table_id, _T("cafedesk", "table"))
        taken = session.scalar(
            select(CafeCallerRow.id).where(
                CafeCallerRow.table_id == caller.table_id, CafeCallerRow.id != caller.id
            )
        )
        if taken is not None:
            raise _refuse(
                _T("cafedesk", "Table {number} already has a caller."),
                "table",
                number=table.number,
            )
    row = session.get(CafeCallerRow, caller.id)
    if row is None:
        row = CafeCallerRow(id=caller.id)
        session.add(row)
    caller_to_row(caller, row)


def _check_not_caller_elsewhere(session: DbSession, caller: Caller) -> None:
    person = row_or_fail(session, ParticipantRow, caller.participant_id, _T("cafedesk", "caller"))
    twice = session.scalar(
        select(CafeCallerRow).where(
            CafeCallerRow.participant_id == caller.participant_id, CafeCallerRow.id != caller.id
        )
    )
    if twice is None:
        return
    at = session.get(CafeTableRow, twice.table_id) if twice.table_id is not None else None
    if at is not None:
        raise _refuse(
            _T("cafedesk", "{name} is already the caller at table {number}."),
            "participant",
            name=person.name,
            number=at.number,
        )
    raise _refuse(_T("cafedesk", "{name} is already a caller."), "participant", name=person.name)


def new_caller_id(ef: EventFile) -> int:
    with ef.read() as session:
        return next_value(session, CafeCallerRow.id)


def put_hosted_table(ef: EventFile, table: CafeTable, caller: Caller | None) -> Done[CafeTable]:
    """Pro Action Café: a table and its caller, set in one row and one step.

    The caller hosts the table (its host is the caller's person) and brings the project
    question; ``None`` leaves the table without a caller. Another caller row at this
    table is removed; giving back the row as it was (same ids) restores it exactly.
    """
    if caller is not None:
        caller = _checked_caller(dataclasses.replace(caller, table_id=table.id))
    host = caller.participant_id if caller is not None else None
    table = _checked_table(dataclasses.replace(table, host_id=host))
    with ef.write() as session:
        keep = caller.id if caller is not None else -1
        session.execute(
            delete(CafeCallerRow).where(
                CafeCallerRow.table_id == table.id, CafeCallerRow.id != keep
            )
        )
        session.flush()
        if caller is not None:
            _check_not_caller_elsewhere(session, caller)  # says "caller", not "host"
        _store_table(session, table)
        if caller is not None:
            _store_caller(session, caller)
    return Done(table, Changes.of(Part.CAFE, ids={table.id}))


def delete_caller(ef: EventFile, caller_id: int) -> Done[Tombstone]:
    return bury_row(ef, "cafe_caller", caller_id, Part.CAFE)


# --- keep apart / keep together ---------------------------------------------------------
def add_pair(ef: EventFile, a_id: int, b_id: int, together: bool) -> Done[PairRule]:
    with ef.read() as session:
        new_id = next_value(session, CafePairRow.id)
    return put_pair(ef, PairRule(new_id, a_id, b_id, together))


def put_pair(ef: EventFile, rule: PairRule) -> Done[PairRule]:
    if rule.a_id == rule.b_id:
        raise _refuse(_T("cafedesk", "Choose two different people."), "b")
    with ef.write() as session:
        for pid in (rule.a_id, rule.b_id):
            row_or_fail(session, ParticipantRow, pid, _T("cafedesk", "participant"))
        row = session.get(CafePairRow, rule.id)
        if row is None:
            row = CafePairRow(id=rule.id)
            session.add(row)
        pair_to_row(rule, row)
    return Done(rule, Changes.of(Part.CAFE, ids={rule.id}))


def delete_pair(ef: EventFile, rule_id: int) -> Done[Tombstone]:
    return bury_row(ef, "cafe_pair", rule_id, Part.CAFE)
