"""Every wall-kit item read back from its PDF: page sizes, the text in every script,
markup printed literally, embedded fonts, and titles big enough to read where they hang."""

from __future__ import annotations

import io
import itertools

import pytest
from reportlab.lib.pagesizes import A1, A4, LETTER
from reportlab.lib.units import mm

from cafedesk.exports.wallkit.items import ITEMS, write_item
from cafedesk.exports.wallkit.kit import CAP_HEIGHT
from tests.exports.wallkit.kit_data import HOSTILE, LONG, NAMES, TITLES, kit
from tests.exports.wallkit.pdf_read import all_text, font_names, page_sizes, runs

LANDSCAPE = {"slot-headers", "space-headers", "topic-sheets", "blank-topic-sheets", "agenda-poster"}


def render(name: str, paper: str = "a4", **kw: object) -> bytes:
    out = io.BytesIO()
    write_item(kit(), name, out, paper, **kw)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("paper,size", [("a4", A4), ("letter", LETTER)])
@pytest.mark.parametrize("name", [item.name for item in ITEMS])
def test_every_item_on_a4_and_letter_has_the_right_pages(
    name: str, paper: str, size: tuple[float, float]
) -> None:
    data = render(name, paper)
    sizes = page_sizes(data)
    assert sizes, name
    w, h = (max(size), min(size)) if name in LANDSCAPE else (min(size), max(size))
    assert set(sizes) == {(round(w, 1), round(h, 1))}
    assert b"/FontFile2" in data  # DejaVu embedded, not referenced
    assert all("DejaVuSans" in f for f in font_names(data)), font_names(data)


def test_topic_sheets_print_every_title_name_and_script_literally() -> None:
    text = " ".join(all_text(render("topic-sheets")).split())
    for title in TITLES:
        for word in title.split():
            assert word in text, word
    for name in NAMES:
        assert name in text
    assert HOSTILE in text  # "<b>", "&" and "<unclosed" as typed, not markup


@pytest.mark.parametrize(
    "name", ["signup-sheets", "report-forms", "space-signs", "badges", "badges-2x5"]
)
def test_people_and_places_with_umlauts_come_out(name: str) -> None:
    text = " ".join(all_text(render(name)).split())
    if name.startswith("badges"):
        assert all(n in text for n in NAMES)
        assert "Hof Ödland · Bäuer:innen" in text
    elif name == "space-signs":
        assert "Große Scheune" in text and "Bahçe" in text
    else:
        assert "Marktplatz" in text and "Jürgen Größ" in text


def test_posters_print_our_wording_and_the_facilitators_own() -> None:
    text = " ".join(all_text(render("posters")).split())
    assert "Whoever comes are the right people." in text
    assert "Wie ernähren wir unser Dorf?" in text
    custom = kit()
    custom.texts["welcome.heading"] = "Herzlich willkommen & <b>hallo"
    out = io.BytesIO()
    write_item(custom, "posters", out)
    assert "Herzlich willkommen & <b>hallo" in " ".join(all_text(out.getvalue()).split())


def test_the_footer_carries_the_facilitators_name_and_contact() -> None:
    assert "Noémie Brandt · +49 30 1234" in all_text(render("space-headers"))


def _title_runs(data: bytes, page: int, words: set[str]) -> list:  # type: ignore[type-arg]
    return [r for r in runs(data, page) if set(r.text.split()) & words]


@pytest.mark.parametrize("name", ["topic-sheets", "space-headers", "space-signs", "slot-headers"])
def test_titles_have_a_cap_height_of_10_mm_on_a4_short_or_200_characters(name: str) -> None:
    data = render(name)
    pages = {
        "topic-sheets": [0, 1],
        "space-headers": [0, 1],
        "space-signs": [0],
        "slot-headers": [0, 2],
    }[name]
    for page in pages:
        sizes = [r.size for r in runs(data, page)]
        assert max(sizes) * CAP_HEIGHT >= 10 * mm, (name, page, max(sizes))
    if name == "topic-sheets":
        long_runs = _title_runs(data, 1, set(LONG.split()))
        assert long_runs and min(r.size for r in long_runs) * CAP_HEIGHT >= 10 * mm
        joined = " ".join(r.text for r in long_runs)
        assert all(word in joined for word in LONG.split())  # nothing cut
        ys = sorted({round(r.y) for r in long_runs})
        smallest = min(r.size for r in long_runs)
        assert all(b - a >= smallest for a, b in itertools.pairwise(ys))  # lines do not overlap
        w = max(A4)
        assert all(0 <= r.x < w for r in long_runs)


def test_agenda_poster_titles_at_a1_are_at_least_3_mm_tall() -> None:
    data = render("agenda-poster", "a1")
    assert page_sizes(data) == [(round(max(A1), 1), round(min(A1), 1))]
    title_runs = _title_runs(data, 0, {"Marktplatz", "Городской", "Ζωή"})
    assert title_runs
    assert min(r.size for r in title_runs) * CAP_HEIGHT >= 3 * mm


def test_topics_chosen_by_number() -> None:
    data = render("topic-sheets", topics=[2, 5])
    assert len(page_sizes(data)) == 2
    assert "Городской сад" in " ".join(all_text(data).split())
