"""What can be wrong with a rotation request, said so a facilitator understands it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cafedesk.planning.rotation import RotationProblem

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class RotationIssue:
    """One finding: ``code`` is stable, ``params`` fill the sentence, ``ids`` name who/what."""

    code: str
    params: tuple[tuple[str, str | int], ...] = ()
    ids: tuple[str, ...] = ()

    def param(self, name: str) -> str | int | None:
        return dict(self.params).get(name)


# Templates are translatable as a whole; placeholders keep their names in every language.
TEMPLATES: dict[str, str] = {
    "no_rounds": QT_TRANSLATE_NOOP("cafedesk", "No rounds to plan."),
    "no_tables": QT_TRANSLATE_NOOP("cafedesk", "There are no tables."),
    "bad_capacity": QT_TRANSLATE_NOOP("cafedesk", "Table {table} has no seats."),
    "duplicate_id": QT_TRANSLATE_NOOP("cafedesk", "The name {id} is used twice."),
    "unknown_id": QT_TRANSLATE_NOOP(
        "cafedesk", "{id} is mentioned but is not on the participant list."
    ),
    "unknown_table": QT_TRANSLATE_NOOP(
        "cafedesk", "A past round mentions table {table}, which does not exist."
    ),
    "host_twice": QT_TRANSLATE_NOOP("cafedesk", "{id} hosts two tables."),
    "not_enough_seats": QT_TRANSLATE_NOOP(
        "cafedesk", "Not enough seats in round {round}: {people} people, {seats} seats."
    ),
    "seats_not_filled": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Round {round} needs exactly {seats} people to fill every table, but {people} are there.",
    ),
    "too_many_rounds": QT_TRANSLATE_NOOP(
        "cafedesk",
        "{people} people at {tables} tables of {size} can meet only new people for at most "
        "{max_rounds} rounds; you asked for {rounds}.",
    ),
    "known_impossible": QT_TRANSLATE_NOOP(
        "cafedesk",
        "{people} people at {tables} tables of {size} cannot meet only new people for "
        "{rounds} rounds ({reason}); the plan keeps repeats as few as possible.",
    ),
    "too_few_tables": QT_TRANSLATE_NOOP(
        "cafedesk",
        "Each traveller is to visit a different table in every round, but there are only "
        "{tables} tables for {rounds} rounds.",
    ),
    "together_hosts": QT_TRANSLATE_NOOP(
        "cafedesk", "{a} and {b} are to be kept together but are both hosts."
    ),
    "together_and_apart": QT_TRANSLATE_NOOP(
        "cafedesk", "{a} and {b} are to be kept both together and apart."
    ),
    "apart_hosts_same_table": QT_TRANSLATE_NOOP(
        "cafedesk", "{a} and {b} are to be kept apart but host the same table."
    ),
    "group_too_big": QT_TRANSLATE_NOOP(
        "cafedesk", "{count} people are to sit together, but the largest table has {seats} seats."
    ),
    "fixed_too_many": QT_TRANSLATE_NOOP(
        "cafedesk", "{fixed} past rounds were given, but the event has only {rounds} rounds."
    ),
    "repeats_remain": QT_TRANSLATE_NOOP(
        "cafedesk", "The plan still has {pairs} repeated encounters."
    ),
    "apart_broken": QT_TRANSLATE_NOOP(
        "cafedesk", "{count} times, people to be kept apart share a table."
    ),
    "together_broken": QT_TRANSLATE_NOOP(
        "cafedesk", "{count} times, people to be kept together sit apart."
    ),
    "people_unseated": QT_TRANSLATE_NOOP("cafedesk", "{count} times, someone present has no seat."),
    "tables_revisited": QT_TRANSLATE_NOOP(
        "cafedesk", "{count} times, a traveller comes back to a table already visited."
    ),
}


def render_issue(issue: RotationIssue, translate: Translate = _identity) -> str:
    template = TEMPLATES.get(issue.code, issue.code)
    params = dict(issue.params)
    reason = params.get("reason")
    if isinstance(reason, str):
        params["reason"] = translate(reason)
    try:
        return translate(template).format(**params)
    except (KeyError, IndexError, ValueError):  # a faulty translation must not hide the issue
        return template.format(**params)


def _issue(code: str, ids: tuple[str, ...] = (), /, **params: str | int) -> RotationIssue:
    return RotationIssue(code, tuple(params.items()), ids)


def known_impossible_reason(people: int, size: int, rounds: int) -> str | None:
    """Why zero repeats cannot exist for exact-fit tables, from known theory (None = unknown).

    Counting gives rounds <= (n-1)/(p-1); beyond it: with more seats per table than
    tables, round two must seat two tablemates of round one together (pigeonhole);
    triples on 12 people have no nearly Kirkman system (at most 4 rounds); tables of 6 at 6 tables
    for 4+ rounds would need two orthogonal Latin squares of order 6 (Euler, Tarry 1900).
    """
    if size < 2 or people % size:
        return None
    tables = people // size
    if rounds > (people - 1) // (size - 1):
        return "counting"
    if rounds >= 2 and size > tables:
        return QT_TRANSLATE_NOOP("cafedesk", "more seats per table than tables")
    if size == 3 and people == 12 and rounds > 4:
        return QT_TRANSLATE_NOOP(
            "cafedesk", "no nearly Kirkman triple system exists for this number"
        )
    if size == 6 and tables == 6 and rounds >= 4:
        return QT_TRANSLATE_NOOP("cafedesk", "no two orthogonal Latin squares of order 6 exist")
    return None


def check_feasibility(problem: RotationProblem) -> tuple[RotationIssue, ...]:
    """Everything that is wrong with the request before any search (never raises)."""
    out: list[RotationIssue] = []
    ids = [p.id for p in problem.people]
    known = set(ids)
    for pid, n in Counter(ids).items():
        if n > 1:
            out.append(_issue("duplicate_id", (pid,), id=pid))
    if problem.rounds < 1:
        out.append(_issue("no_rounds"))
    if not problem.tables:
        out.append(_issue("no_tables"))
        return tuple(out)
    for t in problem.tables:
        if t.capacity < 1:
            out.append(_issue("bad_capacity", (t.id,), table=t.id))
    hosts = Counter(t.host for t in problem.tables if t.host)
    host_table = {t.host: t.id for t in problem.tables if t.host}
    for h, n in hosts.items():
        if h not in known:
            out.append(_issue("unknown_id", (h,), id=h))
        if n > 1:
            out.append(_issue("host_twice", (h,), id=h))
    for a, b in (*problem.keep_apart, *problem.keep_together):
        for x in (a, b):
            if x not in known:
                out.append(_issue("unknown_id", (x,), id=x))
    apart = {frozenset(p) for p in problem.keep_apart}
    for a, b in problem.keep_together:
        if a in host_table and b in host_table and host_table[a] != host_table[b]:
            out.append(_issue("together_hosts", (a, b), a=a, b=b))
        if frozenset((a, b)) in apart:
            out.append(_issue("together_and_apart", (a, b), a=a, b=b))
    for a, b in problem.keep_apart:
        if a in host_table and host_table.get(a) == host_table.get(b) and a != b:
            out.append(_issue("apart_hosts_same_table", (a, b), a=a, b=b))
    biggest = max(t.capacity for t in problem.tables)
    for unit in _together_units(problem):
        if len(unit) > biggest:
            out.append(_issue("group_too_big", tuple(sorted(unit)), count=len(unit), seats=biggest))
    if len(problem.fixed_rounds) > problem.rounds:
        out.append(_issue("fixed_too_many", fixed=len(problem.fixed_rounds), rounds=problem.rounds))
    tables = {t.id for t in problem.tables}
    for seating in problem.fixed_rounds:
        for tid, members in seating.items():
            if tid not in tables:
                out.append(_issue("unknown_table", (tid,), table=tid))
            for m in members:
                if m not in known:
                    out.append(_issue("unknown_id", (m,), id=m))
    seats = sum(max(0, t.capacity) for t in problem.tables)
    for r in range(len(problem.fixed_rounds), problem.rounds):
        gone = problem.absent.get(r, frozenset())
        required = sum(1 for p in problem.people if p.id not in gone and not p.optional)
        present = sum(1 for p in problem.people if p.id not in gone)
        if required > seats:
            out.append(_issue("not_enough_seats", round=r + 1, people=required, seats=seats))
        elif problem.exact_table_size and present < seats:
            out.append(_issue("seats_not_filled", round=r + 1, people=present, seats=seats))
    if problem.distinct_tables and problem.rounds > len(problem.tables):
        out.append(_issue("too_few_tables", tables=len(problem.tables), rounds=problem.rounds))
    out.extend(_counting_issues(problem))
    return tuple(dict.fromkeys(out))


def _counting_issues(problem: RotationProblem) -> list[RotationIssue]:
    n = len(problem.people)
    sizes = {t.capacity for t in problem.tables}
    if not problem.exact_table_size or len(sizes) != 1 or problem.absent:
        return []
    size = sizes.pop()
    if size < 2 or n != size * len(problem.tables):
        return []
    params: dict[str, str | int] = {
        "people": n,
        "tables": len(problem.tables),
        "size": size,
        "rounds": problem.rounds,
    }
    reason = known_impossible_reason(n, size, problem.rounds)
    if reason == "counting":
        return [_issue("too_many_rounds", max_rounds=(n - 1) // (size - 1), **params)]
    if reason is not None:
        return [_issue("known_impossible", reason=reason, **params)]
    return []


def _together_units(problem: RotationProblem) -> list[set[str]]:
    """Groups of people linked by keep-together pairs (connected components)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in problem.keep_together:
        parent[find(a)] = find(b)
    units: dict[str, set[str]] = {}
    for x in list(parent):
        units.setdefault(find(x), set()).add(x)
    return [u for u in units.values() if len(u) > 1]
