"""Personal cards and host cards read back from the PDF (issue 15, findings 9, 13, 15, 16):
the lines that matter at one readable size on every card, nothing cut or dropped, cut marks
where an office printer prints, Pro Action Café tips for Pro Action Café hosts."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from cafedesk.domain.model import PaperSize
from cafedesk.exports.cafe_host_cards import write_host_cards
from cafedesk.exports.cafe_paper import write_personal_cards
from tests.exports.cafe_sample import LONG_NAME, QUESTIONS, big_cafe
from tests.exports.pdf_boxes import measure, page_glyphs

PAPERS = [PaperSize.A4, PaperSize.LETTER]
MM = 72 / 25.4


def sizes_where(path: Path, pattern: str) -> list[float]:
    """The font size of the first letter of every match of ``pattern``, on every page."""
    pdf = pypdfium2.PdfDocument(str(path))
    sizes = []
    try:
        for number in range(len(pdf)):
            text_page = pdf[number].get_textpage()
            text, glyphs = page_glyphs(text_page)
            size = {g.index: g.size for g in glyphs}
            sizes += [size[m.start()] for m in re.finditer(pattern, text)]
            text_page.close()
    finally:
        pdf.close()
    return sizes


def flat(path: Path) -> str:
    return " ".join(" ".join(measure(path).text).split())


@pytest.mark.parametrize("paper", PAPERS)
def test_personal_cards_print_every_line_at_one_readable_size(
    tmp_path: Path, paper: PaperSize
) -> None:
    out = tmp_path / "cards.pdf"
    write_personal_cards(big_cafe(paper=paper), out)
    report = measure(out)
    assert report.smallest >= 11, report.smallest
    assert not report.clashes, report.clashes[:3]
    hosts = sizes_where(out, r"You host table")
    rounds = sizes_where(out, r"(?<=: )table \d+")
    assert len(hosts) == 24 and len(rounds) == 120 * 5
    assert len(set(hosts)) == 1 and hosts[0] >= 12, set(hosts)
    assert len(set(rounds)) == 1 and rounds[0] >= 12, ("one size on every card", set(rounds))
    text = flat(out)
    assert LONG_NAME in text, "a long name is wrapped, never cut, on its own card"
    for words in ("Town hall steps under the old lime trees", "Großer Brunnen am Marktplatz"):
        assert words in text, "long table names wrap instead of shrinking"


@pytest.mark.parametrize("paper", PAPERS)
def test_host_cards_drop_nothing_and_continue_on_a_second_card(
    tmp_path: Path, paper: PaperSize
) -> None:
    out = tmp_path / "hosts.pdf"
    write_host_cards(big_cafe(tables=4, paper=paper), out)
    report = measure(out)
    assert report.smallest >= 11, report.smallest
    assert not report.clashes, report.clashes[:3]
    text = flat(out)
    for question in QUESTIONS:
        assert text.count(" ".join(question.split())) == 4, question[:30]
    assert text.count("Round 5 · 20 minutes") == 4
    assert text.count("Before the bell") == 4, "the host tips are printed for every table"
    assert "(continued)" in text


def test_pro_action_host_cards_carry_pro_action_tips(tmp_path: Path) -> None:
    world, pro = tmp_path / "world.pdf", tmp_path / "pro.pdf"
    write_host_cards(big_cafe(tables=2, rounds=3), world)
    write_host_cards(big_cafe(tables=2, rounds=3, pro_action=True), pro)
    world_text, pro_text = flat(world), flat(pro)
    assert "tablecloth" in world_text and "Share the key ideas from the last round" in world_text
    assert "Share the key ideas from the last round" not in pro_text
    assert "Project question:" in pro_text and "your project" in pro_text
    assert "help you still need" in pro_text


def _line_ends(path: Path) -> list[tuple[float, float, float, float]]:
    """Every stroked line's end points in page space (q/Q and cm followed)."""
    reader = PdfReader(path)
    ends = []
    for page in reader.pages:
        matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        stack = []
        start = (0.0, 0.0)
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"q":
                stack.append(matrix)
            elif operator == b"Q":
                matrix = stack.pop()
            elif operator == b"cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                m = matrix
                matrix = [
                    a * m[0] + b * m[2],
                    a * m[1] + b * m[3],
                    c * m[0] + d * m[2],
                    c * m[1] + d * m[3],
                    e * m[0] + f * m[2] + m[4],
                    e * m[1] + f * m[3] + m[5],
                ]
            elif operator in (b"m", b"l"):
                x, y = (float(v) for v in operands)
                point = (
                    matrix[0] * x + matrix[2] * y + matrix[4],
                    matrix[1] * x + matrix[3] * y + matrix[5],
                )
                if operator == b"l":
                    ends.append((*start, *point))
                start = point
    return ends


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("writer", [write_personal_cards, write_host_cards])
def test_cut_marks_sit_where_office_printers_print(
    tmp_path: Path, paper: PaperSize, writer: object
) -> None:
    out = tmp_path / "cut.pdf"
    writer(big_cafe(tables=4, people=20, paper=paper), out)  # type: ignore[operator]
    reader = PdfReader(out)
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    lines = _line_ends(out)
    assert lines, "the sheets carry cut marks"
    for x0, y0, x1, y1 in lines:
        for x in (x0, x1):
            assert 5 * MM - 0.01 <= x <= width - 5 * MM + 0.01, (x0, y0, x1, y1)
        for y in (y0, y1):
            assert 5 * MM - 0.01 <= y <= height - 5 * MM + 0.01, (x0, y0, x1, y1)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_cafe_demos_cards_and_lists_are_11_pt_at_the_smallest(
    tmp_path: Path, paper: str
) -> None:
    from cafedesk.services.demo_cafe import build_demo_cafe
    from cafedesk.services.print_centre import write_printable
    from cafedesk.store.eventfile import create_event_file

    ef = create_event_file(tmp_path / "cafe.cafedesk")
    try:
        build_demo_cafe(ef, time_limit=0.3)
        for item in ("cafe-cards", "cafe-seating", "cafe-host-cards"):
            out = tmp_path / f"{item}.pdf"
            write_printable(ef, item, out, paper)
            report = measure(out)
            assert report.smallest >= 11, (item, report.smallest)
            assert not report.clashes, (item, report.clashes[:3])
    finally:
        ef.close()
