"""Issue 15, finding 18: web addresses are links, a number keeps its unit and a date its
year on the same line, a too-long title is refused with the limit, and the "No report"
band stays inside the text column."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Frame, Paragraph, SimpleDocTemplate

from cafedesk.domain.errors import ValidationError
from cafedesk.domain.model import Event
from cafedesk.domain.notes import FollowUp
from cafedesk.exports import fonts
from cafedesk.exports.pdf_style import format_date, label_para, styles
from cafedesk.exports.report_blocks import NO_REPORT, _follow_ups
from cafedesk.exports.text import para_text
from cafedesk.services import event as event_service
from cafedesk.services import topics
from cafedesk.store.eventfile import EventFile


def _build(tmp_path: Path, flowables: list[object], name: str = "out.pdf") -> Path:
    out = tmp_path / name
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=72, rightMargin=72).build(flowables)
    return out


def test_web_addresses_in_report_text_are_links(tmp_path: Path) -> None:
    text = (
        "Seed list: https://example.org/seed-library?year=2026&kind=beans. "
        "Repair dates on www.repair-cafe.example (ask Jo)."
    )
    out = _build(tmp_path, [Paragraph(para_text(text), styles().body)])
    page = PdfReader(str(out)).pages[0]
    uris = [a.get_object()["/A"]["/URI"] for a in page.get("/Annots", [])]
    assert uris == [
        "https://example.org/seed-library?year=2026&kind=beans",
        "https://www.repair-cafe.example",
    ]
    assert " ".join(page.extract_text().split()) == text


def test_a_number_keeps_its_unit_on_the_line(tmp_path: Path) -> None:
    fonts.register_fonts()
    st = styles().body
    # Narrow columns, so that some break falls between a number and its unit.
    lines: list[str] = []
    for width in range(60, 140, 4):
        text = "Grain from fields within 30 km and 2 h of baking, 15 % cheaper, 20 € a sack"
        para = Paragraph(para_text(text), st)
        para.wrap(width, 1000)
        lines += [" ".join(w.text if hasattr(w, "text") else str(w) for w in ln[1]) for ln in
                  para.blPara.lines]  # fmt: skip
    assert lines, "the paragraph was laid out"
    ends = [line.rstrip() for line in lines]
    assert not [e for e in ends if re.search(r"\b(30|2|15|20)$", e)], ends


def test_a_follow_up_date_never_wraps(tmp_path: Path) -> None:
    fonts.register_fonts()
    assert " " not in format_date(dt.date(2026, 9, 30), weekday=False)
    items = [
        FollowUp(what="Ask the dairy about the cold store", who="Björn", due=dt.date(2026, 9, 30)),
        FollowUp(what="Book the hall", who="Amélie", due=dt.date(2026, 10, 1)),
    ]
    out = _build(tmp_path, [_follow_ups(items, lambda s: s, A4[0] - 144)])
    text = PdfReader(str(out)).pages[0].extract_text().replace("\u00a0", " ")
    lines = text.splitlines()
    assert "30 September 2026" in lines and "1 October 2026" in lines, lines


@pytest.mark.parametrize("kind", ["event", "topic"])
def test_a_too_long_title_is_refused_with_the_limit(event_file: EventFile, kind: str) -> None:
    title = "Wie wollen wir 2035 zusammen leben? " * 7  # 252 characters
    with pytest.raises(ValidationError) as refused:
        if kind == "event":
            event_service.put_event(event_file, Event(title=title))
        else:
            topics.add_topic(event_file, title)
    message = refused.value.message()
    assert "title" in message and "at most 200 characters" in message
    assert str(len(title.strip())) in message and "name" not in message


def test_the_no_report_band_stays_in_the_text_column(tmp_path: Path) -> None:
    fonts.register_fonts()
    out = tmp_path / "band.pdf"
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(out), pagesize=A4)
    frame = Frame(72, 72, A4[0] - 144, A4[1] - 144, leftPadding=0, rightPadding=0)
    frame.addFromList([label_para(NO_REPORT, styles().notice)], c)
    c.save()
    content = PdfReader(str(out)).pages[0].get_contents()
    assert content is not None
    rects, shift, saved = [], (0.0, 0.0), []
    for operands, operator in content.operations:  # follow the translations reportlab makes
        if operator == b"q":
            saved.append(shift)
        elif operator == b"Q":
            shift = saved.pop()
        elif operator == b"cm":
            shift = (shift[0] + float(operands[4]), shift[1] + float(operands[5]))
        elif operator == b"re":
            x, y, w, h = (float(v) for v in operands)
            rects.append((x + shift[0], y + shift[1], w, h))
    assert rects, "the band is drawn"
    for x, _y, w, _h in rects:
        assert x >= 72 - 0.01 and x + w <= A4[0] - 72 + 0.01, (x, w)
