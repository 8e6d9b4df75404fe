"""``cafedesk import participants``: headless, all or nothing, every error printed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cafedesk.__main__ import main
from cafedesk.services import participants
from cafedesk.store.eventfile import open_event_file


def names_in(event: Path, tmp_path: Path) -> list[str]:
    ef = open_event_file(event, tmp_path / "b", read_only=True)
    try:
        return [p.name for p in participants.list_participants(ef)]
    finally:
        ef.close()


def run(tmp_path: Path, *args: str) -> int:
    return main(["import", "participants", *args, "--data-dir", str(tmp_path / "data")])


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["import", "--help"], ["import", "participants", "--help"]):
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == 0
    assert "--header-row" in capsys.readouterr().out


def test_dry_run_prints_what_it_would_add_and_changes_nothing(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = names_in(demo_path, tmp_path)
    sheet = tmp_path / "liste.csv"
    sheet.write_bytes(
        "Vorname;Nachname;Firma\nJürgen;Weiß;Bäckerei\nZoë;Ørsted;\n".encode("cp1252")
    )
    assert run(tmp_path, str(demo_path), str(sheet), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Western European (Windows-1252), separated by “;”" in out
    assert "Vorname → First name, Nachname → Last name, Firma → Organisation" in out
    assert "Would add 2 participant(s):" in out
    assert "  row 2: Jürgen Weiß (Bäckerei)" in out and "  row 3: Zoë Ørsted" in out
    assert names_in(demo_path, tmp_path) == before


def test_import_with_header_row_and_map(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "list.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Guests for 12 May"])
    sheet.append(["Who", "Team", "Remarks"])
    sheet.append(["Ilse Tamm", "board", "vegetarian"])
    sheet.append(["Terry Lane", "staff", ""])
    book.save(path)
    before = names_in(demo_path, tmp_path)
    args = [str(demo_path), str(path), "--header-row", "2", "--map", "Who=name"]
    assert run(tmp_path, *args, "--map", "2=group") == 0
    out = capsys.readouterr().out
    assert "Column names on row 2." in out and "Who → Name, Team → Stakeholder group" in out
    assert "Added 2 participant(s)" in out
    assert names_in(demo_path, tmp_path) == [*before, "Ilse Tamm", "Terry Lane"]
    backups = list((tmp_path / "data").rglob("*before-import*"))
    assert backups, "a backup is made before the import"


def test_every_error_is_printed_and_nothing_is_imported(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = names_in(demo_path, tmp_path)
    sheet = tmp_path / "broken.csv"
    sheet.write_text(
        "Name,Email\nAnna,anna@example.org\n\nBen\nCleo,cleo@,x\n,d@example.org\n",
        encoding="utf-8",
    )
    assert run(tmp_path, str(demo_path), str(sheet)) == 1
    err = capsys.readouterr().err
    assert "3 problem(s) in “broken.csv”; nothing was imported" in err
    assert "Row 4: it has 1 cells" in err
    assert "Row 5: it has a value (“x”)" in err
    assert "Row 6, column “Name”: The participant needs a name." in err
    assert names_in(demo_path, tmp_path) == before
    # A column can be left out: then its bad values are no longer a problem.
    only_email = tmp_path / "emails.csv"
    only_email.write_text("Name,Email\nAnna,anna@\n", encoding="utf-8")
    assert run(tmp_path, str(demo_path), str(only_email), "--dry-run") == 1
    capsys.readouterr()
    assert run(tmp_path, str(demo_path), str(only_email), "--map", "Email=-", "--dry-run") == 0
    assert "Email → –" in capsys.readouterr().out


def test_bad_map_and_missing_file_fail_politely(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "l.csv"
    sheet.write_text("Name\nAnna\n", encoding="utf-8")
    assert run(tmp_path, str(demo_path), str(sheet), "--map", "Nope=name") == 1
    assert "There is no column “Nope”" in capsys.readouterr().err
    assert run(tmp_path, str(demo_path), str(sheet), "--map", "Name=shoe") == 1
    assert "FIELD is one of name, first_name" in capsys.readouterr().err
    assert run(tmp_path, str(demo_path), str(sheet), "--encoding", "klingon") == 1
    assert "not an encoding" in capsys.readouterr().err
    assert run(tmp_path, str(demo_path), str(tmp_path / "gone.csv")) == 1
    assert "gone.csv: No such file" in capsys.readouterr().err
