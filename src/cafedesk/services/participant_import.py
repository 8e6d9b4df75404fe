"""Participant lists from CSV or XLSX: read, map columns, check, then import all or nothing."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cafedesk.domain.errors import CafedeskError, ValidationError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import Participant
from cafedesk.services import participants
from cafedesk.services.base import Done
from cafedesk.store.eventfile import EventFile

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_XLSX_UNPACKED = 200 * 1024 * 1024
MAX_ROWS = 20_000

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
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # data rows; file row number = index + 2


@dataclass(frozen=True)
class ImportProblem:
    row: int  # as the spreadsheet numbers it (header is row 1)
    column: str
    text: str

    def message(self, translate: Translate = identity) -> str:
        return translate(
            QT_TRANSLATE_NOOP("cafedesk", "Row {row}, column “{column}”: {text}")
        ).format(row=self.row, column=self.column, text=self.text)


@dataclass(frozen=True)
class ImportPlan:
    people: tuple[Participant, ...]
    duplicates: tuple[tuple[int, str], ...] = ()  # (row, name) skipped as already known
    errors: tuple[ImportProblem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.errors


class ImportFileError(CafedeskError):
    pass


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "cafedesk", "“{name}” is too large to be a participant list ({mb} MB)."
            ),
            name=path.name,
            mb=size // (1024 * 1024),
        )


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_csv(path: Path) -> RawTable:
    _check_size(path)
    text = _decode(path.read_bytes())
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    return _table(rows, path)


def read_xlsx(path: Path) -> RawTable:
    _check_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” is not a readable Excel workbook."),
            name=path.name,
        ) from exc
    if unpacked > MAX_XLSX_UNPACKED:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” unpacks to more than 200 MB; it is refused."),
            name=path.name,
        )
    import openpyxl  # imported late: it is slow to import and only needed here

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise ImportFileError(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” is not a readable Excel workbook."),
            name=path.name,
        ) from exc
    try:
        sheet = book.worksheets[0]
        rows = [
            ["" if cell is None else str(cell).strip() for cell in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    finally:
        book.close()
    return _table(rows, path)


def _table(rows: list[list[str]], path: Path) -> RawTable:
    rows = [row for row in rows if any(row)] if rows else []
    if not rows:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” has no rows."), name=path.name
        )
    if len(rows) > MAX_ROWS + 1:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("cafedesk", "“{name}” has more than {max} rows."),
            name=path.name,
            max=MAX_ROWS,
        )
    width = max(len(row) for row in rows)
    padded = [tuple(row + [""] * (width - len(row))) for row in rows]
    headers = tuple(h or f"#{i + 1}" for i, h in enumerate(padded[0]))
    return RawTable(headers, tuple(padded[1:]))


def read_table(path: Path) -> RawTable:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    return read_csv(path)


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


def plan_import(
    raw: RawTable, mapping: Mapping[str, int], existing: list[Participant]
) -> ImportPlan:
    """Check every row; nothing is imported if any row has an error."""
    if "name" not in mapping and "last_name" not in mapping and "first_name" not in mapping:
        return ImportPlan(
            (),
            errors=(
                ImportProblem(
                    1, "", QT_TRANSLATE_NOOP("cafedesk", "No column is mapped to a name.")
                ),
            ),
        )
    known = {_key(p.name, p.email) for p in existing}
    known_names = {_key(p.name, "")[0] for p in existing}
    people: list[Participant] = []
    duplicates: list[tuple[int, str]] = []
    errors: list[ImportProblem] = []

    def cell(row: tuple[str, ...], field_name: str) -> str:
        index = mapping.get(field_name)
        return row[index] if index is not None and index < len(row) else ""

    for offset, row in enumerate(raw.rows):
        row_number = offset + 2
        name = cell(row, "name") or " ".join(
            part for part in (cell(row, "first_name"), cell(row, "last_name")) if part
        )
        roles = tuple(r for r in cell(row, "roles").replace(";", ",").split(",") if r.strip())
        candidate = Participant(
            0, name, cell(row, "organisation"), cell(row, "group"), cell(row, "email"), roles
        )
        try:
            person = participants.clean_participant(candidate)
        except ValidationError as exc:
            column_field = {"name": "name", "email": "email"}.get(exc.field, "name")
            index = mapping.get(
                column_field, mapping.get("last_name", mapping.get("first_name", 0))
            )
            errors.append(ImportProblem(row_number, raw.headers[index], exc.message()))
            continue
        key = _key(person.name, person.email)
        if key in known or (not person.email and key[0] in known_names):
            duplicates.append((row_number, person.name))
            continue
        known.add(key)
        known_names.add(key[0])
        people.append(person)
    return ImportPlan(tuple(people), tuple(duplicates), tuple(errors))


def apply_import(ef: EventFile, plan: ImportPlan) -> Done[list[Participant]]:
    if not plan.ok:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("cafedesk", "The list has {count} errors; nothing was imported."),
            count=len(plan.errors),
        )
    return participants.add_many(ef, list(plan.people))
