"""Participant lists from CSV or XLSX: read, map columns, check, then import all or nothing."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cafedesk.domain.errors import CafedeskError, ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import Participant
from cafedesk.domain.validation import clean_email, clean_name, clean_tags, clean_text
from cafedesk.services import participants
from cafedesk.services.base import Done
from cafedesk.services.sheet_reader import (
    MAX_ROWS,
    ImportFileError,
    Sheet,
    SheetRow,
    guess_header_row,
    read_sheet,
)
from cafedesk.store.eventfile import EventFile

__all__ = ["FIELDS", "ImportFileError", "ImportPlan", "RawTable", "plan_import", "read_table"]

# The fields a column can be mapped to, with header words that suggest them.
FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("cafedesk", "Name"),
    "first_name": QT_TRANSLATE_NOOP("cafedesk", "First name"),
    "last_name": QT_TRANSLATE_NOOP("cafedesk", "Last name"),
    "organisation": QT_TRANSLATE_NOOP("cafedesk", "Organisation"),
    "group": QT_TRANSLATE_NOOP("cafedesk", "Stakeholder group"),
    "email": QT_TRANSLATE_NOOP("cafedesk", "Email"),
    "roles": QT_TRANSLATE_NOOP("cafedesk", "Roles"),
}
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full name",
        "participant",
        "teilnehmer",
        "teilnehmerin",
        "nom complet",
        "naam",
    ),
    "first_name": (
        "first name",
        "firstname",
        "given name",
        "vorname",
        "prénom",
        "prenom",
        "voornaam",
    ),
    "last_name": (
        "last name",
        "lastname",
        "surname",
        "family name",
        "nachname",
        "nom",
        "achternaam",
    ),
    "organisation": (
        "organisation",
        "organization",
        "company",
        "organisation/firma",
        "firma",
        "institution",
        "société",
        "organisatie",
        "org",
    ),
    "group": ("group", "stakeholder", "stakeholder group", "gruppe", "groupe", "groep", "category"),
    "email": ("email", "e-mail", "mail", "email address", "courriel", "e-mailadres"),
    "roles": ("role", "roles", "rolle", "rollen", "rôle", "rol"),
}


@dataclass(frozen=True)
class RawTable:
    """A sheet seen from its header row: the column names and the rows below them."""

    sheet: Sheet
    header_row: int  # as the spreadsheet numbers it
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]  # the non-blank rows below the header


@dataclass(frozen=True)
class ImportProblem:
    row: int  # as the spreadsheet numbers it
    column: str  # "" when the problem is the whole row
    error: CafedeskError

    def message(self, translate: Translate = identity) -> str:
        text = self.error.message(translate)
        if not self.column:
            return translate(QT_TRANSLATE_NOOP("cafedesk", "Row {row}: {text}")).format(
                row=self.row, text=text
            )
        return translate(
            QT_TRANSLATE_NOOP("cafedesk", "Row {row}, column “{column}”: {text}")
        ).format(row=self.row, column=self.column, text=text)


@dataclass(frozen=True)
class SameName:
    """A name that occurs more than once: people to tell apart, not an error."""

    name: str
    rows: tuple[int, ...]  # the file's rows that will be imported with this name
    in_event: int  # how many participants of the event already have it

    def message(self, translate: Translate = identity) -> str:
        rows = ", ".join(str(r) for r in self.rows)
        if self.in_event and len(self.rows) == 1:
            template = QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” (row {rows}) has the same name as someone already in the event; "
                "both are kept: tell them apart by organisation or email.",
            )
        elif self.in_event:
            template = QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” is in the file {count} times (rows {rows}) and already in the event; "
                "all are kept: tell them apart by organisation or email.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "cafedesk",
                "“{name}” is in the file {count} times (rows {rows}); all are kept: "
                "tell them apart by organisation or email.",
            )
        return translate(template).format(name=self.name, rows=rows, count=len(self.rows))


@dataclass(frozen=True)
class ImportPlan:
    people: tuple[Participant, ...]
    duplicates: tuple[tuple[int, str], ...] = ()  # (row, name) skipped as already known
    errors: tuple[ImportProblem, ...] = field(default_factory=tuple)
    same_names: tuple[SameName, ...] = ()
    rows: tuple[int, ...] = ()  # the row each of ``people`` comes from

    @property
    def ok(self) -> bool:
        return not self.errors


def table_from(sheet: Sheet, header_row: int | None = None) -> RawTable:
    """The table whose header is ``header_row`` (guessed when None)."""
    if header_row is None:
        words = [w for synonyms in _SYNONYMS.values() for w in synonyms]
        header_row = guess_header_row(sheet, words)
    header = next((r for r in sheet.rows if r.number == header_row), None)
    if header is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "cafedesk",
                "Row {row} of “{name}” is empty or missing; choose the row with the column names.",
            ),
            row=header_row,
            name=sheet.name,
        )
    cells = list(header.cells)
    while cells and not cells[-1]:
        cells.pop()
    headers = tuple(h or f"#{i + 1}" for i, h in enumerate(cells))
    rows = tuple(r for r in sheet.rows if r.number > header_row)
    if len(rows) > MAX_ROWS:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” has more than {max} rows."),
            name=sheet.name,
            max=MAX_ROWS,
        )
    return RawTable(sheet, header_row, headers, rows)


def read_table(path: Path, header_row: int | None = None, encoding: str = "") -> RawTable:
    return table_from(read_sheet(path, encoding), header_row)


def guess_mapping(headers: tuple[str, ...]) -> dict[str, int]:
    """Field -> column index, from header words in English, German, French or Dutch."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        word = " ".join(header.casefold().replace("_", " ").split())
        for field_name, synonyms in _SYNONYMS.items():
            if field_name not in mapping and word in synonyms:
                mapping[field_name] = index
                break
    return mapping


def _key(name: str, email: str) -> tuple[str, str]:
    return (" ".join(name.split()).casefold(), email.strip().casefold())


def _shape_problem(row: SheetRow, width: int) -> ImportProblem | None:
    """A row with fewer cells than the header (CSV) or a value beyond its last column."""
    if row.exact_width and len(row.cells) < width:
        return ImportProblem(
            row.number,
            "",
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "cafedesk",
                    "it has {count} cells where the header has {width} columns "
                    "(a separator or a closing quote may be missing).",
                ),
                count=len(row.cells),
                width=width,
            ),
        )
    extra = next((c for c in row.cells[width:] if c), None)
    if extra is not None:
        return ImportProblem(
            row.number,
            "",
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "cafedesk",
                    "it has a value (“{value}”) to the right of the last named column "
                    "(a separator too many, or a column without a heading).",
                ),
                value=extra if len(extra) <= 40 else extra[:39] + "…",
            ),
        )
    return None


_CLEANERS: dict[str, Callable[[str], object]] = {
    "name": lambda v: clean_name(v, participants.WHAT),
    "first_name": clean_text,
    "last_name": clean_text,
    "organisation": clean_text,
    "group": clean_text,
    "email": clean_email,
    "roles": lambda v: clean_tags(v.split(",")),
}


def _cell_problems(
    raw: RawTable, number: int, values: Mapping[str, str], mapping: Mapping[str, int]
) -> list[ImportProblem]:
    problems = []
    for field_name, value in values.items():
        try:
            _CLEANERS[field_name](value)
        except ValidationError as exc:
            problems.append(ImportProblem(number, raw.headers[mapping[field_name]], exc))
    return problems


def plan_import(
    raw: RawTable, mapping: Mapping[str, int], existing: Sequence[Participant]
) -> ImportPlan:
    """Check every row; nothing is imported if any row has an error."""
    if "name" not in mapping and "last_name" not in mapping and "first_name" not in mapping:
        no_name = ValidationError(QT_TRANSLATE_NOOP("cafedesk", "No column is mapped to a name."))
        return ImportPlan((), errors=(ImportProblem(raw.header_row, "", no_name),))
    width = len(raw.headers)
    known = {_key(p.name, p.email) for p in existing}
    known_names = {_key(p.name, "")[0] for p in existing}
    event_names: dict[str, int] = {}
    for p in existing:
        event_names[_key(p.name, "")[0]] = event_names.get(_key(p.name, "")[0], 0) + 1
    people: list[Participant] = []
    rows: list[int] = []
    duplicates: list[tuple[int, str]] = []
    errors: list[ImportProblem] = []

    for row in raw.rows:
        shape = _shape_problem(row, width)
        if shape is not None:
            errors.append(shape)
            continue
        values = {
            f: row.cells[i] if i < len(row.cells) else "" for f, i in mapping.items() if i < width
        }
        name = values.get("name") or " ".join(
            part for part in (values.get("first_name"), values.get("last_name")) if part
        )
        problems = _cell_problems(raw, row.number, values, mapping)
        if not problems and not name.strip():
            column = raw.headers[
                mapping.get("name", mapping.get("last_name", mapping.get("first_name", 0)))
            ]
            problems.append(ImportProblem(row.number, column, _needs_name()))
        if problems:
            errors.extend(problems)
            continue
        roles = tuple(r for r in values.get("roles", "").replace(";", ",").split(",") if r.strip())
        person = participants.clean_participant(
            Participant(
                0,
                name,
                values.get("organisation", ""),
                values.get("group", ""),
                values.get("email", ""),
                roles,
            )
        )
        key = _key(person.name, person.email)
        if key in known or (not person.email and key[0] in known_names):
            duplicates.append((row.number, person.name))
            continue
        known.add(key)
        known_names.add(key[0])
        people.append(person)
        rows.append(row.number)
    return ImportPlan(
        tuple(people),
        tuple(duplicates),
        tuple(errors),
        _same_names(people, rows, event_names),
        tuple(rows),
    )


def _needs_name() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("cafedesk", "The {what} needs a name."),
        field="name",
        what=participants.WHAT,
    )


def _same_names(
    people: Sequence[Participant], rows: Sequence[int], event_names: Mapping[str, int]
) -> tuple[SameName, ...]:
    by_name: dict[str, list[int]] = {}
    first_spelling: dict[str, str] = {}
    for person, number in zip(people, rows, strict=True):
        folded = _key(person.name, "")[0]
        by_name.setdefault(folded, []).append(number)
        first_spelling.setdefault(folded, person.name)
    return tuple(
        SameName(first_spelling[folded], tuple(numbers), event_names.get(folded, 0))
        for folded, numbers in by_name.items()
        if len(numbers) > 1 or event_names.get(folded, 0)
    )


def apply_import(ef: EventFile, plan: ImportPlan) -> Done[list[Participant]]:
    if not plan.ok:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("cafedesk", "The list has {count} errors; nothing was imported."),
            count=len(plan.errors),
        )
    return participants.add_many(ef, list(plan.people))
