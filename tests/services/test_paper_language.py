"""The event's "Language of the paper" drives every fixed text on paper, whatever the
interface language and whoever asks (print centre, report export, café paper, the command
line): read back from the written PDFs (issue 15, finding 6)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from cafedesk.__main__ import main
from cafedesk.services.demo_cafe import build_demo_cafe
from cafedesk.services.event import get_event, put_event, snapshot
from cafedesk.services.paper_language import paper_translate, read_qm
from cafedesk.services.print_centre import printables, write_printable
from cafedesk.services.report_export import write_client_report
from cafedesk.store.eventfile import EventFile, create_event_file, open_event_file
from tests.exports.pdf_boxes import measure

# Words only the German paper has, and their English sources, per printable.
GERMAN = {
    "proceedings": (("DOKUMENTATION", "Inhalt", "Seite 2 von"), ("Contents", "Page 2 of")),
    "client-report": (("BERICHT", "Seite 2 von"), ("Page 2 of", "Prepared")),
    "slot-headers": (("Zeitfenster", "Samstag"), ("Time slot", "Saturday")),
    "agenda-poster": (("Samstag",), ("Saturday",)),
    "signup-sheets": (("Eintragen",), ("Sign up",)),
    "cafe-cards": (("Runde 1:", "Tisch"), ("Round 1:", "table ")),
    "cafe-seating": (("Runde 1 — nach Namen", "Runde 1 — nach Tischen"), ("by name",)),
    "cafe-tents": (("Minuten",), ("minutes",)),
    "cafe-host-cards": (("Runde 1", "Tischgastgeber"), ("Host:", "Round 1")),
    "cafe-harvest": (("Ernte",), ("Harvest",)),
}


def _in_german(ef: EventFile) -> None:
    put_event(ef, dataclasses.replace(get_event(ef), language="de"))


def _text(path: Path) -> str:
    return " ".join(measure(path).text).replace("\r\n", " ")


def _check(name: str, text: str) -> None:
    german, english = GERMAN[name]
    for word in german:
        assert word in text, f"{name}: {word!r} missing"
    for word in english:
        assert word not in text, f"{name}: {word!r} still in English"


def test_the_compiled_german_file_is_read_without_qt() -> None:
    translate = paper_translate("de")
    assert translate("Page {page} of {pages}") == "Seite {page} von {pages}"
    assert translate("Round {number} — by name") == "Runde {number} — nach Namen"
    assert translate("a text nobody translated") == "a text nobody translated"
    assert paper_translate("en")("Contents") == "Contents"
    assert paper_translate("fr")("Contents") == "Contents", "no French yet: English"
    with pytest.raises(ValueError):
        read_qm(b"not a translation file")


def test_every_printable_of_the_demo_follows_the_paper_language(
    demo_path: Path, tmp_path: Path
) -> None:
    ef = open_event_file(demo_path, tmp_path / "backups")
    try:
        _in_german(ef)
        for item in printables(snapshot(ef).event.method):
            if item.name in GERMAN:
                out = tmp_path / f"{item.name}.pdf"
                write_printable(ef, item.name, out, "a4")  # no translate given: the event's
                _check(item.name, _text(out))
        out = tmp_path / "client.pdf"
        write_client_report(ef, out)
        _check("client-report", _text(out))
    finally:
        ef.close()


def test_every_cafe_printable_follows_the_paper_language(tmp_path: Path) -> None:
    ef = create_event_file(tmp_path / "cafe.cafedesk")
    try:
        build_demo_cafe(ef, time_limit=0.3)
        _in_german(ef)
        names = [i.name for i in printables(snapshot(ef).event.method) if i.name in GERMAN]
        assert len(names) == 5
        for name in names:
            out = tmp_path / f"{name}.pdf"
            write_printable(ef, name, out, "letter")
            _check(name, _text(out))
    finally:
        ef.close()


def test_an_english_paper_stays_english_when_a_translate_is_not_given(
    demo_path: Path, tmp_path: Path
) -> None:
    ef = open_event_file(demo_path, tmp_path / "backups")
    try:
        put_event(ef, dataclasses.replace(get_event(ef), language="en"))
        out = tmp_path / "slot-headers.pdf"
        write_printable(ef, "slot-headers", out, "a4", translate=paper_translate("de"))
        assert "Zeitfenster" in _text(out), "an explicit translate still wins"
        write_printable(ef, "slot-headers", out, "a4")
        assert "Time slot" in _text(out) and "Saturday" in _text(out)
    finally:
        ef.close()


@pytest.mark.parametrize("item", ["proceedings", "slot-headers"])
def test_the_command_line_prints_in_the_paper_language(
    item: str, demo_path: Path, tmp_path: Path
) -> None:
    ef = open_event_file(demo_path, tmp_path / "backups")
    _in_german(ef)
    ef.close()
    data = ["--data-dir", str(tmp_path / "d")]
    out = tmp_path / f"{item}.pdf"
    assert main(["export", "print", item, str(demo_path), "-o", str(out), *data]) == 0
    _check(item, _text(out))
    book = tmp_path / "book.pdf"
    assert main(["export", "proceedings", str(demo_path), "-o", str(book), *data]) == 0
    _check("proceedings", _text(book))
    report = tmp_path / "report.pdf"
    assert main(["export", "client-report", str(demo_path), "-o", str(report), *data]) == 0
    _check("client-report", _text(report))


def test_pro_action_questions_are_filled_in_the_paper_language(event_file: EventFile) -> None:
    """They are printed on the tents and host cards, so they follow the paper too."""
    from cafedesk.domain.cafe import PAC_QUESTIONS
    from cafedesk.services import cafe

    put_event(event_file, dataclasses.replace(get_event(event_file), title="PAC", language="de"))
    cafe.prefill_pro_action(event_file)
    questions = [r.question for r in cafe.load_cafe(event_file).rounds]
    assert questions == [paper_translate("de")(q) for q in PAC_QUESTIONS]
    assert questions != list(PAC_QUESTIONS), "the German .qm translates them"
