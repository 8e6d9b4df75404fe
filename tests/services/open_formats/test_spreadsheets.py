"""Spreadsheets out: the sheets a facilitator expects, formulas neutralised, UTF-8 with BOM."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from cafedesk.services import participants
from cafedesk.services.demo_cafe import write_demo_cafe
from cafedesk.services.open_formats import event_json as ej
from cafedesk.services.open_formats.spreadsheets import (
    build_sheets,
    csv_text,
    neutralise,
    write_csv_zip,
    write_xlsx,
)
from cafedesk.store.eventfile import EventFile, open_event_file

DANGEROUS = ["=1+1", "+49 30 1234", "-2", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_cells_a_spreadsheet_would_run_become_text(text: str) -> None:
    assert neutralise(text) == "'" + text
    assert neutralise("Jäger") == "Jäger" and neutralise(3) == 3


def _demo_with_formula(demo_path: Path, tmp_path: Path) -> dict[str, object]:
    ef = open_event_file(demo_path, tmp_path / "bk")
    try:
        participants.add_participant(ef, '=HYPERLINK("http://evil","click")', "Müller & Co")
        return ej.export_event(ef)
    finally:
        ef.close()


def test_the_demo_workbook_has_its_sheets_and_no_formula(demo_path: Path, tmp_path: Path) -> None:
    document = _demo_with_formula(demo_path, tmp_path)
    target = tmp_path / "demo.xlsx"
    write_xlsx(build_sheets(document), target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Participants", "Topics", "Sign-ups", "Reports"]
    people = book["Participants"]
    assert people.freeze_panes == "A2"
    names = [row[0].value for row in people.iter_rows(min_row=2)]
    assert '\'=HYPERLINK("http://evil","click")' in names
    assert all(cell.data_type != "f" for ws in book for row in ws.iter_rows() for cell in row)
    topics = book["Topics"]
    assert topics.max_row == 1 + len(document["tables"]["topic"])  # type: ignore[index]
    assert topics.column_dimensions["B"].width > 8


def test_the_cafe_workbook_has_the_seating_and_harvest(tmp_path: Path) -> None:
    write_demo_cafe(tmp_path / "cafe.cafedesk")
    ef = open_event_file(tmp_path / "cafe.cafedesk", tmp_path / "bk", read_only=True)
    try:
        document = ej.export_event(ef)
    finally:
        ef.close()
    write_xlsx(build_sheets(document), tmp_path / "cafe.xlsx")
    book = openpyxl.load_workbook(tmp_path / "cafe.xlsx")
    assert book.sheetnames[-2:] == ["Seating", "Harvest"]
    seating = book["Seating"]
    assert [c.value for c in seating[1]][:2] == ["Name", "Round 1"]
    assert seating.max_row > 10 and seating.cell(2, 2).value


def test_csv_is_utf8_with_bom_and_neutralised(event_file: EventFile, tmp_path: Path) -> None:
    participants.add_participant(event_file, "-Jörg", organisation="Straße")
    sheets = build_sheets(ej.export_event(event_file))
    text = csv_text(sheets[0])
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[1][:2] == ["'-Jörg", "Straße"]
    write_csv_zip(sheets, tmp_path / "event.zip")
    with zipfile.ZipFile(tmp_path / "event.zip") as archive:
        assert archive.namelist() == [
            "Participants.csv",
            "Topics.csv",
            "Sign-ups.csv",
            "Reports.csv",
        ]
        assert archive.read("Participants.csv").startswith(b"\xef\xbb\xbf")
