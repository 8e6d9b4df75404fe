"""The participant import dialog on files as people bring them, driven through its widgets."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cafedesk.services import participants
from cafedesk.services.participant_import import read_table
from cafedesk.ui.dialogs.import_dialog import ImportParticipantsDialog
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.models.sheet_preview import ERROR_BRUSH, NOTE_BRUSH
from tests.ui.conftest import show_page


def title_row_workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Anmeldungen Zukunftsforum, Stand 12. Mai"
    sheet.append([])
    sheet.append(["Vorname", "Nachname", "Organisation", "Gruppe", "E-Mail"])
    rows = [
        ("Ilse", "Tamm", "Stadtwerke", "Verwaltung", "ilse.tamm@example.org"),
        ("Jürgen", "Weiß", "Bäckerei Weiß", "Lieferanten", ""),
        ("Ilse", "Tamm", "Hofladen Tamm", "Erzeuger", "hofladen@example.org"),
        ("Zoë", "Ørsted", "Café Übersee", "Kunden", "zoe@"),
        ("Amira", "Haddad", "Gemeinde", "Verwaltung", ""),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.append([])
    sheet.append(["Noor", "", "Grünland eG", "Vorstand", ""])
    for n in range(24):
        sheet.append([f"Person{n}", f"Beispiel{n}", "Grünland eG", "Mitglieder", ""])
    book.save(path)


def open_dialog(
    qtbot: QtBot, window: MainWindow, path: Path, title: str = "Participants"
) -> ImportParticipantsDialog:
    page = show_page(window, title)
    assert window.document is not None
    dialog = ImportParticipantsDialog(page, window.document, path, read_table(path))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_title_row_header_is_found_and_a_problem_row_is_shown_with_its_number(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "anmeldungen.xlsx"
    title_row_workbook(path)
    dialog = open_dialog(qtbot, window, path)
    dialog.resize(1366 - 80, 768 - 80)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.header_spin.value() == 3
    assert not dialog.encoding_combo.isVisible(), "a workbook has no encoding to choose"
    text = dialog.report_text()
    assert "Row 7, column “E-Mail”: “zoe@” does not look like an email address." in text
    assert "“Ilse Tamm” is in the file 2 times (rows 4, 6)" in text
    assert not dialog.import_button.isEnabled()
    # The preview numbers rows as the sheet does and marks the bad and the doubtful ones.
    model = dialog.model
    at = model.row_of(7)
    assert model.headerData(at, Qt.Orientation.Vertical) == "7"
    assert model.index(at, 0).data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert model.index(model.row_of(4), 0).data(Qt.ItemDataRole.BackgroundRole) == NOTE_BRUSH
    # A click on the problem selects its row in the preview.
    problem = next(
        dialog.report.item(i)
        for i in range(dialog.report.count())
        if "Row 7" in dialog.report.item(i).text()
    )
    dialog.report.setCurrentItem(problem)
    assert dialog.preview.selectionModel().selectedRows()[0].row() == at
    # The row after the blank one is row 10 (Noor, no last name is fine: first name only).
    assert "Row 10" not in text


def test_choosing_the_header_row_and_mapping_then_importing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "list.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Team A", "Mitte"])  # looks like a header by width, but is a title
    sheet.append(["Wer", "Rolle"])
    sheet.append(["Ilse Tamm", "host"])
    sheet.append(["Terry Lane", "caller"])
    book.save(path)
    dialog = open_dialog(qtbot, window, path)
    assert window.document is not None
    before = len(participants.list_participants(window.document.file))
    assert dialog.header_spin.value() == 2, "“Rolle” names a field: that row is the header"
    dialog.header_spin.setValue(1)
    assert dialog.combos["name"].itemText(1) == "Team A"
    dialog.header_spin.setValue(2)
    name_combo = dialog.combos["name"]
    name_combo.setCurrentIndex(name_combo.findText("Wer"))
    assert dialog.import_button.isEnabled() and "2 new participants" in dialog.report_text()
    assert dialog.import_now()
    stored = participants.list_participants(window.document.file)
    assert [(p.name, p.roles) for p in stored[before:]] == [
        ("Ilse Tamm", ("host",)),
        ("Terry Lane", ("caller",)),
    ]


def test_a_utf16_file_and_a_wrong_encoding_choice(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("Name\tOrganisation\nŁukasz Wróbel\tGdańsk\n".encode("utf-16"))
    dialog = open_dialog(qtbot, window, path)
    assert dialog.model.index(1, 0).data() == "Łukasz Wróbel"
    assert "Unicode (UTF-16" in dialog.how_read.text()
    assert dialog.import_button.isEnabled()

    latin = tmp_path / "liste.csv"
    latin.write_bytes("Name;Firma\nŠárka Dvořáková;Brno\n".encode("cp1250"))
    dialog = open_dialog(qtbot, window, latin)
    guessed = dialog.model.index(1, 0).data()
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("cp1250"))
    assert dialog.model.index(1, 0).data() == "Šárka Dvořáková" != guessed
    assert "Central European (Windows-1250)" in dialog.how_read.text()
    dialog.encoding_combo.setCurrentIndex(0)  # automatic again
    assert dialog.model.index(1, 0).data() == guessed
