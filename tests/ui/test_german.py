"""The German translation: the window speaks German, and the .ts file is complete and sound."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cafedesk.ui.i18n import install_translators
from cafedesk.ui.main_window import MainWindow
from cafedesk.ui.pages.spaces_page import SpacesPage
from tests.ui.conftest import show_page

GERMAN_TS = Path(__file__).parents[2] / "resources" / "translations" / "cafedesk_de.ts"

# Messages that may stay unfinished in German, as (context, source).
ALLOWED_UNFINISHED: frozenset[tuple[str, str]] = frozenset()

PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """German on top of the session's English; removed again so other tests stay English."""
    translators = install_translators(qapp, "de")
    assert translators, "the German translation is compiled and ships in the package"
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def german_window(german: None, window: MainWindow) -> MainWindow:
    """The demo window, built after the German translators are in (fixtures run in order)."""
    return window


def test_navigation_and_menus_are_german(german_window: MainWindow) -> None:
    titles = german_window.page_titles()
    for title in ("Räume", "Zeitfenster", "Teilnehmende", "Agenda-Wand", "Nachrichtenwand"):
        assert title in titles
    menus = [action.text() for action in german_window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    file_menu = german_window.menuBar().actions()[0].menu()
    assert "&Neue Veranstaltung…" in [action.text() for action in file_menu.actions()]


def test_menu_accelerators_are_unique(german_window: MainWindow) -> None:
    bar = german_window.menuBar()
    groups = [bar.actions()] + [action.menu().actions() for action in bar.actions()]
    for texts in ([action.text() for action in group] for group in groups):
        keys = [t[t.index("&") + 1].casefold() for t in texts if "&" in t.replace("&&", "")]
        assert len(keys) == len(set(keys)), texts


def test_counts_use_german_plurals(qtbot: QtBot, german_window: MainWindow) -> None:
    page = show_page(german_window, "Räume")
    assert isinstance(page, SpacesPage)
    assert page.count_label.text() == "6 Räume · 104 Plätze insgesamt"
    assert QCoreApplication.translate("SpacesPage", "%n space(s)", "", 1) == "1 Raum"
    assert QCoreApplication.translate("SpacesPage", "%n seat(s) in all", "", 1) == (
        "1 Platz insgesamt"
    )


def test_duplicate_space_name_is_refused_in_german(qtbot: QtBot, german_window: MainWindow) -> None:
    page = show_page(german_window, "Räume")
    assert isinstance(page, SpacesPage)
    first = page.proxy.index(0, 0).data()
    page.proxy.setData(page.proxy.index(1, 0), first)
    qtbot.waitUntil(page.message_bar.isVisible)
    assert page.message_bar.text() == f"Der Name „{first}“ ist schon vergeben (Raum)."


def _messages() -> list[tuple[str, ET.Element]]:
    tree = ET.parse(GERMAN_TS)
    return [
        (context.findtext("name") or "", message)
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


def test_every_german_message_is_translated() -> None:
    unfinished = set()
    for context, message in _messages():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(forms):
            unfinished.add((context, message.findtext("source") or ""))
    assert unfinished <= ALLOWED_UNFINISHED, sorted(unfinished - ALLOWED_UNFINISHED)


def test_german_placeholders_match_the_source() -> None:
    wrong = []
    for context, message in _messages():
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == 2, (context, source)
        else:
            forms = [translation.text or ""]
        expected = set(PLACEHOLDER.findall(source))
        for form in forms:
            if form and set(PLACEHOLDER.findall(form)) != expected:
                wrong.append((context, source, form))
            if "&" in source.replace("&&", "") and form.replace("&&", "").count("&") != 1:
                wrong.append((context, source, form))
    assert not wrong, wrong


def test_every_import_message_is_german_in_a_german_window(
    qtbot: QtBot, german_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(
        "Vorname;Nachname;E-Mail\nIlse;Tamm;x@\nBen\nJürgen;Weiß;jw@example.org\n".encode("cp1252")
    )
    from tests.ui.test_import_dialog import open_dialog

    dialog = open_dialog(qtbot, german_window, path, "Teilnehmende")
    text = dialog.report_text()
    assert "Zeile 2, Spalte „E-Mail“: „x@“ sieht nicht wie eine E-Mail-Adresse aus." in text
    assert "Zeile 3: Sie hat 1 Zellen, die Kopfzeile aber 3 Spalten" in text
    assert "„liste.csv“ gelesen als Westeuropäisch (Windows-1252)" in dialog.how_read.text()
    assert "Row" not in text and "column" not in text


def test_wall_counts_have_plurals_in_german_and_english(german: None) -> None:
    """They were collected as plain texts (or not at all), so "1 photos" and no German."""
    from cafedesk.ui.wall.counts import COUNTS

    assert COUNTS.photos(1) == "1 Foto" and COUNTS.photos(3) == "3 Fotos"
    assert COUNTS.delete(2) == "2 Themen löschen"


def test_wall_counts_in_english_drop_the_brackets(english_translations: None) -> None:
    from cafedesk.ui.wall.counts import COUNTS

    assert COUNTS.photos(1) == "1 photo" and COUNTS.reports(2) == "2 reports"


def test_export_counts_say_one_photo_not_one_photos(english_translations: None) -> None:
    """Issue 14, finding 15: "1 photos"."""
    from cafedesk.ui.pages.export_page import ExportCounts

    counts = ExportCounts()
    assert (counts.pages(1), counts.sessions(1), counts.photos(1)) == (
        "1 page",
        "1 session",
        "1 photo",
    )
    assert counts.photos(0) == "0 photos"


def test_a_new_event_from_a_built_in_template_speaks_german(
    german_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped template files hold English; File › New Event… makes a German event."""
    import datetime as dt

    from cafedesk.services import slots, spaces
    from cafedesk.ui.dialogs.new_event_dialog import NewEventDialog

    offered: list[str] = []

    def fill_in(dialog: NewEventDialog) -> int:
        offered.extend(dialog.template.itemText(i) for i in range(dialog.template.count()))
        dialog.template.setCurrentIndex(0)  # Open Space, one day
        dialog.title_edit.setText("Sommerforum")
        dialog.day.setDate(dt.date(2027, 7, 3))
        dialog.path_edit.setText(str(tmp_path / "sommer.cafedesk"))
        dialog._path_edited = True
        return 1

    monkeypatch.setattr(NewEventDialog, "exec", fill_in)
    german_window.files.new_event()
    assert offered[:2] == ["Open Space, ein Tag", "Open Space, zwei Tage"]
    event_file = german_window.document.file  # type: ignore[union-attr]
    assert spaces.list_spaces(event_file)[0].name == "Raum A"
    assert "Mittagessen" in [s.label for s in slots.list_slots(event_file)]
