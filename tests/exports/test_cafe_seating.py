"""The seating list by name, read back from the PDF (issue 15, finding 1): table names never
broken mid-word, every page under its round's heading, names in alphabetical order down
whole columns and across pages, nothing smaller than 11 pt."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest

from cafedesk.domain.model import PaperSize
from cafedesk.exports.cafe_seating import write_seating_lists
from tests.exports.cafe_sample import TABLE_NAMES, big_cafe
from tests.exports.pdf_boxes import measure, page_glyphs

HEADING = re.compile(r"^Round (\d+) — by (table|name)")


def _where_names_start(path: Path, names: list[str], pages: list[int]) -> list[tuple[str, tuple]]:
    """Each name found on the given pages with where a reader meets it: page, column (by the
    left edge of its first letter), then from the top down."""
    pdf = pypdfium2.PdfDocument(str(path))
    found = []
    try:
        for number in pages:
            text_page = pdf[number].get_textpage()
            text, glyphs = page_glyphs(text_page)
            box = {g.index: g for g in glyphs}
            for name in names:
                pattern = r"\s+".join(re.escape(word) for word in name.split()) + r"(?!\d)"
                for match in re.finditer(pattern, text):
                    first = box[match.start()]
                    found.append((name, (number, round(first.left / 10), -first.top)))
            text_page.close()
    finally:
        pdf.close()
    return found


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.LETTER])
def test_the_list_by_name_reads_in_order_with_whole_table_names(
    tmp_path: Path, paper: PaperSize
) -> None:
    data = big_cafe(paper=paper)
    out = tmp_path / "seating.pdf"
    write_seating_lists(data, out)
    report = measure(out)
    texts = [t.replace("\r\n", "\n") for t in report.text]
    # Every page opens with its round's heading: nothing spills onto a page without one.
    headings = [HEADING.match(t.lstrip()) for t in texts]
    assert all(headings), [i + 1 for i, h in enumerate(headings) if not h]
    round_one = [i for i, h in enumerate(headings) if h and h.groups() == ("1", "name")]
    assert len(round_one) >= 2, "a list long enough to continue on a second page"
    # Table names whole: every word of every table name appears as a word on those pages.
    words = set(" ".join(texts[i] for i in round_one).split())
    for name in TABLE_NAMES:
        assert set(name.split()) <= words, name
    # Alphabetical down whole columns and across pages, as a reader meets them.
    people = [p.name for p in data.seated()]
    seen = sorted(_where_names_start(out, people, round_one), key=lambda found: found[1])
    assert [name for name, _where in seen] == people
    assert report.smallest >= 11, report.smallest
    assert not report.clashes, report.clashes[:3]
