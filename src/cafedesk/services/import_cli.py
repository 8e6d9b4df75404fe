"""``cafedesk import participants``: the import dialog's checks without a window.

Prints how the file was read and what would be added, or every error; imports all or
nothing, after a backup of the event, unless ``--dry-run``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from cafedesk.domain.errors import CafedeskError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.services import participants
from cafedesk.services.participant_import import (
    FIELDS,
    RawTable,
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)
from cafedesk.services.sheet_reader import ENCODINGS
from cafedesk.store.backups import make_backup
from cafedesk.store.eventfile import open_event_file

UNMAP = ("-", "none")


class MappingError(CafedeskError):
    pass


@dataclass(frozen=True)
class ImportRequest:
    event: Path
    file: Path
    backups: Path
    header_row: int | None = None
    maps: tuple[str, ...] = ()  # "COLUMN=FIELD"
    encoding: str = ""
    dry_run: bool = False


def _column(raw: RawTable, name: str) -> int:
    folded = name.strip().casefold()
    for index, header in enumerate(raw.headers):
        if header.casefold() == folded:
            return index
    if folded.isdigit() and 1 <= int(folded) <= len(raw.headers):
        return int(folded) - 1
    raise MappingError(
        QT_TRANSLATE_NOOP(
            "cafedesk", "There is no column “{column}” in the header row (row {row}): {headers}."
        ),
        column=name,
        row=raw.header_row,
        headers=", ".join(f"“{h}”" for h in raw.headers),
    )


def apply_maps(raw: RawTable, maps: Sequence[str]) -> dict[str, int]:
    """The guessed mapping with each ``COLUMN=FIELD`` applied (``COLUMN=-`` ignores it)."""
    mapping = guess_mapping(raw.headers)
    for item in maps:
        column_name, sep, field_name = item.rpartition("=")
        field_name = field_name.strip().casefold()
        if field_name not in UNMAP:
            field_name = field_name.replace("-", "_").replace(" ", "_")
        if not sep or (field_name not in FIELDS and field_name not in UNMAP):
            raise MappingError(
                QT_TRANSLATE_NOOP(
                    "cafedesk", "“{item}” is not COLUMN=FIELD; FIELD is one of {fields}, or -."
                ),
                item=item,
                fields=", ".join(FIELDS),
            )
        column = _column(raw, column_name)
        mapping = {f: c for f, c in mapping.items() if c != column}
        if field_name in FIELDS:
            mapping[field_name] = column
    return mapping


def describe(raw: RawTable, mapping: dict[str, int], translate: Translate = identity) -> list[str]:
    """What the import would do, line by line, as the dialog's report says it."""
    sheet = raw.sheet
    if sheet.encoding:
        how = translate(
            QT_TRANSLATE_NOOP(
                "cafedesk", "Read “{name}” as {encoding}, separated by “{delimiter}”."
            )
        ).format(
            name=sheet.name,
            encoding=encoding_label(sheet.encoding, translate),
            delimiter="Tab" if sheet.delimiter == "\t" else sheet.delimiter,
        )
    else:
        how = translate(QT_TRANSLATE_NOOP("cafedesk", "Read the first sheet of “{name}”.")).format(
            name=sheet.name
        )
    lines = [
        how
        + " "
        + translate(QT_TRANSLATE_NOOP("cafedesk", "Column names on row {row}.")).format(
            row=raw.header_row
        )
    ]
    by_column = {c: f for f, c in mapping.items()}
    columns = [
        f"{header} → {translate(FIELDS[by_column[i]]) if i in by_column else '–'}"
        for i, header in enumerate(raw.headers)
    ]
    lines.append(", ".join(columns))
    return lines


def encoding_label(encoding: str, translate: Translate = identity) -> str:
    base = {"utf-8-sig": "utf-8", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}.get(
        encoding, encoding
    )
    return translate(ENCODINGS[base]) if base in ENCODINGS else encoding


def run_import_participants(request: ImportRequest, out: TextIO, err: TextIO) -> int:
    try:
        raw = read_table(request.file, request.header_row, request.encoding)
        mapping = apply_maps(raw, request.maps)
        ef = open_event_file(request.event, request.backups, read_only=request.dry_run)
    except CafedeskError as exc:
        print(f"cafedesk: {exc.message()}", file=err)
        return 1
    except OSError as exc:
        print(f"cafedesk: {exc.filename or request.file}: {exc.strerror}", file=err)
        return 1
    try:
        plan = plan_import(raw, mapping, participants.list_participants(ef))
        for line in describe(raw, mapping):
            print(line, file=out)
        if not plan.ok:
            print(
                f"cafedesk: {len(plan.errors)} problem(s) in “{raw.sheet.name}”; "
                "nothing was imported:",
                file=err,
            )
            for problem in plan.errors:
                print(f"  {problem.message()}", file=err)
            return 1
        verb = "Would add" if request.dry_run else "Adding"
        print(f"{verb} {len(plan.people)} participant(s):", file=out)
        for row, person in zip(plan.rows, plan.people, strict=True):
            extra = ", ".join(x for x in (person.organisation, person.group, person.email) if x)
            print(f"  row {row}: {person.name}" + (f" ({extra})" if extra else ""), file=out)
        for row, name in plan.duplicates:
            print(f"  row {row}: {name} is already known; skipped", file=out)
        for same in plan.same_names:
            print(f"Note: {same.message()}", file=out)
        if request.dry_run or not plan.people:
            return 0
        make_backup(ef.path, request.backups, "before-import")
        apply_import(ef, plan)
        print(f"Added {len(plan.people)} participant(s) to {request.event.name}.", file=out)
        return 0
    except CafedeskError as exc:
        print(f"cafedesk: {exc.message()}", file=err)
        return 1
    finally:
        ef.close()
