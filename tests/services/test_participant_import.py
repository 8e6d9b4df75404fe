from pathlib import Path

import openpyxl
import pytest

from cafedesk.domain.model import Participant
from cafedesk.services import participants
from cafedesk.services.participant_import import (
    ImportFileError,
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)
from cafedesk.store.eventfile import EventFile


def write_german_excel_csv(path: Path) -> None:
    text = (
        "Vorname;Nachname;Firma;Gruppe;E-Mail\n"
        "Jürgen;Weiß;Bäckerei;Lieferanten;jw@example.org\nAyşe;Öztürk;;Vorstand;\n"
    )
    path.write_bytes(text.encode("cp1252", errors="replace"))


def test_semicolon_cp1252_csv_is_read_and_mapped(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(
        "Vorname;Nachname;Firma;Gruppe;E-Mail\nJürgen;Weiß;Bäckerei;Lieferanten;jw@example.org\n".encode(
            "cp1252"
        )
    )
    raw = read_table(path)
    assert raw.headers == ("Vorname", "Nachname", "Firma", "Gruppe", "E-Mail")
    mapping = guess_mapping(raw.headers)
    assert mapping == {"first_name": 0, "last_name": 1, "organisation": 2, "group": 3, "email": 4}
    plan = plan_import(raw, mapping, [])
    assert (
        plan.ok and plan.people[0].name == "Jürgen Weiß" and plan.people[0].group == "Lieferanten"
    )


def test_utf8_bom_comma_csv(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(
        '\ufeffName,Organisation,Email\n"Dąbrowski, Zoë",Co-op,z@example.org\n'.encode()
    )
    raw = read_table(path)
    plan = plan_import(raw, guess_mapping(raw.headers), [])
    assert [p.name for p in plan.people] == ["Dąbrowski, Zoë"]


def test_errors_name_row_and_column_and_nothing_is_imported(
    tmp_path: Path, event_file: EventFile
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Name,Email\nAnna,anna@example.org\n,x@example.org\nBen,not-an-email\n", encoding="utf-8"
    )
    raw = read_table(path)
    plan = plan_import(raw, guess_mapping(raw.headers), [])
    messages = [p.message() for p in plan.errors]
    assert messages[0].startswith("Row 3, column “Name”") and "needs a name" in messages[0]
    assert messages[1].startswith("Row 4, column “Email”")
    with pytest.raises(ImportFileError, match="2 errors; nothing was imported"):
        apply_import(event_file, plan)
    assert participants.list_participants(event_file) == []


def test_duplicates_in_file_and_event_are_skipped(tmp_path: Path, event_file: EventFile) -> None:
    participants.add_participant(event_file, "Anna Müller", email="anna@example.org")
    path = tmp_path / "list.csv"
    path.write_text(
        "Name,Email\nanna  müller,ANNA@example.org\nBen Ode,\nBen Ode,\nCleo,\n", encoding="utf-8"
    )
    raw = read_table(path)
    plan = plan_import(raw, guess_mapping(raw.headers), participants.list_participants(event_file))
    assert plan.duplicates == ((2, "anna müller"), (4, "Ben Ode"))
    stored = apply_import(event_file, plan).value
    assert [p.name for p in stored] == ["Ben Ode", "Cleo"]
    assert len(participants.list_participants(event_file)) == 3


def test_xlsx_import_and_formula_text_is_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Stakeholder group", "Roles"])
    sheet.append(["Élodie Girard", "staff", "host; caller"])
    sheet.append(["Tomasz Nowak", "board", None])
    book.save(path)
    raw = read_table(path)
    plan = plan_import(raw, guess_mapping(raw.headers), [])
    assert plan.ok
    assert plan.people[0] == Participant(0, "Élodie Girard", "", "staff", "", ("host", "caller"))


def test_not_a_workbook_and_empty_files_are_refused(tmp_path: Path) -> None:
    fake = tmp_path / "list.xlsx"
    fake.write_text("hello", encoding="utf-8")
    with pytest.raises(ImportFileError, match="not a readable Excel workbook"):
        read_table(fake)
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="has no rows"):
        read_table(empty)


def test_no_name_column_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Colour,Size\nred,3\n", encoding="utf-8")
    raw = read_table(path)
    plan = plan_import(raw, guess_mapping(raw.headers), [])
    assert not plan.ok and "No column is mapped to a name" in plan.errors[0].message()


def test_undo_of_an_import_and_redo_keeps_ids(tmp_path: Path, event_file: EventFile) -> None:
    write_german_excel_csv(tmp_path / "l.csv")
    raw = read_table(tmp_path / "l.csv")
    stored = apply_import(event_file, plan_import(raw, guess_mapping(raw.headers), [])).value
    participants.delete_many(event_file, [p.id for p in stored])
    assert participants.list_participants(event_file) == []
    participants.add_many(event_file, stored)
    assert participants.list_participants(event_file) == stored
