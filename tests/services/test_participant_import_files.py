"""Participant lists as they really come: every kind of file is made here by the test."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cafedesk.domain.model import Participant
from cafedesk.services import participants
from cafedesk.services.participant_import import (
    ImportFileError,
    ImportPlan,
    RawTable,
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)
from cafedesk.services.sheet_reader import guess_encoding
from cafedesk.store.eventfile import EventFile


def plan_for(path: Path, existing: list[Participant] | None = None) -> tuple[RawTable, ImportPlan]:
    raw = read_table(path)
    return raw, plan_import(raw, guess_mapping(raw.headers), existing or [])


def test_cp1252_with_semicolons_keeps_every_accent(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    text = (
        "Vorname;Nachname;Firma;E-Mail\r\n"
        "Zoë;Ørsted;Straßen & Wege €;zoe@example.org\r\n"
        "Jürgen;Weiß;Bäckerei Köln;\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    raw, plan = plan_for(path)
    assert raw.sheet.encoding == "cp1252" and raw.sheet.delimiter == ";"
    assert plan.ok
    assert [(p.name, p.organisation) for p in plan.people] == [
        ("Zoë Ørsted", "Straßen & Wege €"),
        ("Jürgen Weiß", "Bäckerei Köln"),
    ]


def test_utf8_with_bom_and_line_breaks_inside_quotes(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    text = (
        "\ufeffName,Organisation,Email\r\n"
        '"Renée Dubois","Atelier\r\nde la Loire",renee@example.org\r\n'
        "Bo Ek,,\r\n"
        "Anna,,not-an-email\r\n"
    )
    path.write_bytes(text.encode("utf-8"))
    raw, plan = plan_for(path)
    assert raw.headers[0] == "Name", "the byte order mark is not part of the first header"
    assert plan.people[0].organisation == "Atelier\nde la Loire"
    # The quoted line break keeps the record on one spreadsheet row: Anna is row 4, not 5.
    assert [p.row for p in plan.errors] == [4]


def test_doubled_quotes_are_never_corrupted_by_the_sniffed_dialect(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    lines = ["Name,Organisation", '"Anna ""Annie"" Smith","The ""Good"" Co"']
    lines += [f"Person {n},Org {n}" for n in range(200)]  # the sniffer sees mostly plain rows
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, plan = plan_for(path)
    assert plan.people[0].name == 'Anna "Annie" Smith'
    assert plan.people[0].organisation == 'The "Good" Co'


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])
def test_excel_unicode_text_utf16_tab_separated(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "unicode.txt"
    text = (
        "Name\tOrganisation\tGroup\r\n"
        "Łukasz Wróbel\tGdańsk Port\tsuppliers\r\n"
        "李娜\tCo-op\tboard\r\n"
    )
    path.write_bytes(text.encode(codec))
    raw, plan = plan_for(path)
    assert raw.sheet.delimiter == "\t"
    assert plan.ok and [p.name for p in plan.people] == ["Łukasz Wróbel", "李娜"]


def test_xlsx_with_a_title_row_above_the_header(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Teilnehmende, Zukunftsforum 12. Mai"
    sheet.append([])
    sheet.append(["Vorname", "Nachname", "Gruppe"])
    sheet.append(["Ilse", "Tamm", "Vorstand"])
    sheet.append([])
    sheet.append(["", "", "Kunden"])  # no name: an error on sheet row 6
    book.save(path)
    raw, plan = plan_for(path)
    assert raw.header_row == 3 and raw.headers == ("Vorname", "Nachname", "Gruppe")
    assert [p.message() for p in plan.errors] == [
        "Row 6, column “Nachname”: The participant needs a name."
    ]
    # The header row can be chosen: row 1 gives one column called by the title.
    chosen = read_table(path, header_row=1)
    assert chosen.headers == ("Teilnehmende, Zukunftsforum 12. Mai",)
    with pytest.raises(ImportFileError, match="Row 2 of “list.xlsx” is empty"):
        read_table(path, header_row=2)


def test_every_short_and_long_row_is_named_with_its_spreadsheet_number(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(
        "Name,Organisation,Email\n"
        "Anna Berg,Co-op,anna@example.org\n"
        "\n"
        "Ben Ode,Co-op\n"  # short: row 4
        "Cleo Dunn,Farm,cleo@example.org,extra\n"  # long: row 5
        "\n"
        "\n"
        "Dora Eik,,dora@\n",  # bad email: row 8
        encoding="utf-8",
    )
    _, plan = plan_for(path)
    messages = [p.message() for p in plan.errors]
    assert [p.row for p in plan.errors] == [4, 5, 8], messages
    assert "2 cells where the header has 3 columns" in messages[0]
    assert "“extra”" in messages[1]
    assert messages[2].startswith("Row 8, column “Email”")


def test_a_long_row_with_only_empty_extra_cells_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "trailing.csv"
    path.write_text("Name,Email\nAnna,anna@example.org,,\n", encoding="utf-8")
    _, plan = plan_for(path)
    assert plan.ok and plan.people[0].name == "Anna"


def test_all_or_nothing_with_errors_on_several_rows(tmp_path: Path, event_file: EventFile) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Email\nAnna,a@example.org\nBen\n,c@example.org\n", encoding="utf-8")
    _, plan = plan_for(path)
    assert len(plan.errors) == 2 and len(plan.people) == 1
    with pytest.raises(ImportFileError, match="nothing was imported"):
        apply_import(event_file, plan)
    assert participants.list_participants(event_file) == []


def test_same_names_in_the_file_and_against_the_event_are_flagged(
    tmp_path: Path, event_file: EventFile
) -> None:
    participants.add_participant(event_file, "Terry Lane", email="terry@example.org")
    path = tmp_path / "list.csv"
    path.write_text(
        "Name,Organisation,Email\n"
        "Ilse Tamm,Co-op,ilse@example.org\n"
        "Terry Lane,Farm,t.lane@example.org\n"
        "ilse tamm,Bakery,ilse.t@example.org\n",
        encoding="utf-8",
    )
    _, plan = plan_for(path, participants.list_participants(event_file))
    assert plan.ok and len(plan.people) == 3
    flagged = {s.name: s for s in plan.same_names}
    assert flagged["Ilse Tamm"].rows == (2, 4) and flagged["Ilse Tamm"].in_event == 0
    assert flagged["Terry Lane"].rows == (3,) and flagged["Terry Lane"].in_event == 1
    assert "rows 2, 4" in flagged["Ilse Tamm"].message()
    assert "already in the event" in flagged["Terry Lane"].message()


def test_every_part_of_an_error_goes_through_the_translation(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Email\n,x@example.org\nBen,bad\nCleo\n", encoding="utf-8")
    _, plan = plan_for(path)
    marked = [p.message(lambda text: f"«{text}»") for p in plan.errors]
    assert marked[0] == "«Row {row}, column “{column}”: {text}»".format(
        row=2, column="Name", text="«The {what} needs a name.»".format(what="«participant»")
    )
    assert marked[1].startswith("«Row 3, column “Email”: «")
    assert marked[2].startswith("«Row 4: «it has 1 cells")


def test_a_binary_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(ImportFileError):
        read_table(path)


def test_encoding_guess_prefers_utf8_then_western_windows() -> None:
    assert guess_encoding("Jürgen".encode()) == "utf-8"
    assert guess_encoding("Grüße aus Köln, Zoë".encode("cp1252")) == "cp1252"
    assert guess_encoding("Name".encode("utf-16")) == "utf-16"


def test_an_old_excel_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "list.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(512))
    with pytest.raises(ImportFileError, match="save it as .xlsx or CSV"):
        read_table(path)
