"""Café paper read back with pypdf: names with umlauts, questions on both halves of a tent."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream

from cafedesk.domain.cafe import CafeRound, CafeSnapshot, CafeTable, Caller, Harvest, SeatingPlan
from cafedesk.domain.model import Event, Participant
from cafedesk.domain.notes import Photo
from cafedesk.exports.cafe_harvest import HarvestPhotos, write_harvest_report
from cafedesk.exports.cafe_host_cards import write_host_cards
from cafedesk.exports.cafe_paper import CafePaper, write_personal_cards
from cafedesk.exports.cafe_seating import write_seating_lists
from cafedesk.exports.cafe_tents import write_table_tents

HOSTILE = "Ideas < 5 & <unclosed <img src='/etc/passwd'>"


def paper(pro_action: bool = False) -> CafePaper:
    names = [
        "Jürgen Größ",
        "Zoë Ångström",
        "Łucja Wiśniewska",
        "Ayşe Çelik",
        "Noémie Brandt",
        "Björn Müller",
    ]
    people = tuple(Participant(i + 1, n, group=f"g{i % 2}") for i, n in enumerate(names))
    tables = (CafeTable(1, 1, "Fountain", 3, 1), CafeTable(2, 2, "", 3, 2))
    rounds = (
        CafeRound(10, 1, 25, "Was macht den Marktplatz lebendig?"),
        CafeRound(11, 2, 20, HOSTILE),
    )
    seats = {10: {1: (1, 3, 4), 2: (2, 5, 6)}, 11: {1: (1, 5, 6), 2: (2, 3, 4)}}
    callers = (Caller(1, 1, "Wie finanzieren wir das Reparaturcafé?", 1, "Bank fragen", HOSTILE),)
    harvest = (Harvest(1, 10, "Schatten & Bänke", HOSTILE),)
    cafe = CafeSnapshot(
        tables, rounds, callers if pro_action else (), (), SeatingPlan(seats), harvest
    )
    return CafePaper(Event(title="Marktplatz 2030"), people, cafe, pro_action)


def text(path: Path, **kwargs: object) -> list[str]:
    return [page.extract_text(**kwargs) for page in PdfReader(path).pages]  # type: ignore[arg-type]


def test_personal_cards_show_names_with_umlauts_and_every_round(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    assert write_personal_cards(paper(), out) == 1
    page = " ".join(text(out)[0].split())  # lines wrap where the card needs it
    for name in ("Jürgen Größ", "Zoë Ångström", "Łucja Wiśniewska", "Ayşe Çelik"):
        assert name in page
    assert "Round 1:" in page and "table 1 · Fountain" in page
    assert "You host table 1 · Fountain in every round" in page


def test_tent_prints_the_question_upright_and_upside_down(tmp_path: Path) -> None:
    out = tmp_path / "tents.pdf"
    assert write_table_tents(paper(), out) == 4  # 2 tables x 2 rounds
    first = PdfReader(out).pages[0]
    upright = first.extract_text(orientations=(0,))
    flipped = first.extract_text(orientations=(180,))
    question = "Marktplatz lebendig?"
    assert question in upright and question in flipped, "readable from both sides"
    assert first.extract_text().count("Table 1 · Fountain") == 2
    hostile = text(out)[2]  # round 2, table 1
    assert "Ideas < 5 &" in hostile and "<unclosed" in hostile, "user text is printed, not parsed"


@pytest.mark.parametrize("pro_action", [False, True])
def test_harvest_report_and_host_cards(tmp_path: Path, pro_action: bool) -> None:
    out = tmp_path / "harvest.pdf"
    write_harvest_report(paper(pro_action), out, translate=lambda s: s.replace("Harvest", "Ernte"))
    body = "\n".join(text(out))
    assert "Ernte: Marktplatz 2030" in body and "Schatten & Bänke" in body
    if pro_action:
        assert "Wie finanzieren wir das Reparaturcafé?" in body and "Bank fragen" in body
    else:
        assert "Round 2" in body and "Nothing harvested yet." in body
    cards = tmp_path / "hosts.pdf"
    assert write_host_cards(paper(pro_action), cards) == 1
    who = "Caller" if pro_action else "Host"  # a Pro Action Café's table is its caller's
    assert f"{who}: Jürgen Größ" in text(cards)[0]


def test_seating_lists_by_table_and_by_name(tmp_path: Path) -> None:
    out = tmp_path / "lists.pdf"
    write_seating_lists(paper(), out)
    pages = text(out)
    assert len(pages) == 4
    assert "Round 1 — by table" in pages[0] and "Björn Müller" in pages[0]
    assert "Round 1 — by name" in pages[1] and "Zoë Ångström" in pages[1]
    fonts = {f for p in PdfReader(out).pages for f in p["/Resources"]["/Font"].values()}
    assert fonts


def jpeg(width: int, height: int, colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG")
    return out.getvalue()


def placed_images(path: Path) -> list[tuple[int, int, float]]:
    """Each image drawn: its pixel width and height and the drawn width/height ratio."""
    found = []
    reader = PdfReader(path)
    for page in reader.pages:
        resources: Any = page["/Resources"]
        xobjects = resources.get("/XObject", {})
        matrix: list[float] = []
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"cm":
                matrix = [float(v) for v in operands]
            elif operator == b"Do":
                image = xobjects[operands[0]].get_object()
                if image["/Subtype"] == "/Image":
                    ratio = matrix[0] / matrix[3]
                    found.append((int(image["/Width"]), int(image["/Height"]), ratio))
    return found


@pytest.mark.parametrize("pro_action", [False, True])
def test_harvest_report_prints_each_cells_photos_with_captions(
    tmp_path: Path, pro_action: bool
) -> None:
    pictures = {1: jpeg(900, 1200, "yellow"), 2: jpeg(1200, 900, "white"), 3: b"broken"}
    by_cell = {
        (10, 1): (
            Photo(1, None, "Tisch 1 — Bänke & Schatten", width=900, height=1200, harvest=(10, 1)),
            Photo(2, None, HOSTILE, position=1, width=1200, height=900, harvest=(10, 1)),
        ),
        # Only a photo, no text: the cell is printed all the same.
        (11, 1): (Photo(3, None, "Runde 2", width=800, height=600, harvest=(11, 1)),),
    }
    loaded: list[int] = []

    def load(photo_id: int) -> bytes:
        loaded.append(photo_id)
        return pictures[photo_id]

    out = tmp_path / "harvest.pdf"
    write_harvest_report(paper(pro_action), out, photos=HarvestPhotos(by_cell, load))
    body = "\n".join(text(out))
    assert "Tisch 1 — Bänke & Schatten" in body and "Runde 2" in body
    assert "Ideas < 5 &" in body and "<unclosed" in body, "captions are printed, not parsed"
    assert "Photo could not be loaded" in body, "a broken photo costs only its own place"
    if not pro_action:
        assert "Nothing harvested yet." not in body and body.count("Table 1 · Fountain") == 2
    # Embedded as they are, aspect ratio kept; each loaded once, when drawn.
    placed = sorted(placed_images(out))
    assert [(w, h) for w, h, _r in placed] == [(900, 1200), (1200, 900)]
    assert all(r == pytest.approx(w / h, rel=0.01) for w, h, r in placed)
    assert sorted(loaded) == [1, 2, 3]


def test_a_pro_action_tent_prints_the_caller_and_the_project_question(tmp_path: Path) -> None:
    """Issue 14, finding 8: tents showed neither the caller nor the project question."""
    out = tmp_path / "tents.pdf"
    write_table_tents(paper(pro_action=True), out)
    first = PdfReader(out).pages[0]  # round 1, table 1: Jürgen Größ calls there
    upright = first.extract_text(orientations=(0,))
    assert "Caller: Jürgen Größ" in upright
    assert "Reparaturcafé?" in upright and "Marktplatz lebendig?" in upright
    second_table = text(out)[1]  # no caller: the round's question as in a World Café
    assert "Caller:" not in second_table and "Marktplatz lebendig?" in second_table
