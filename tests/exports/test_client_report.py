"""The client report PDF, its charts (numbers recounted from the file), the community map and
the email draft."""

from __future__ import annotations

import dataclasses
import email
import io
import re
import sqlite3
from email import policy
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from cafedesk.domain.client_report import ClientReportData, ReportOptions
from cafedesk.domain.community import NO_GROUP
from cafedesk.domain.model import PaperSize
from cafedesk.domain.notes import Branding
from cafedesk.exports.charts import bar_chart, fit_label, nice_step
from cafedesk.exports.client_report import build_client_report
from cafedesk.exports.client_report_parts import (
    Look,
    attendance_chart,
    group_chart,
    priorities_story,
)
from cafedesk.exports.pdf_doc import accent_colour
from cafedesk.services import client_report, report_export
from cafedesk.services.demo_cafe import write_demo_cafe
from cafedesk.store.eventfile import EventFile, open_event_file
from tests.exports.sample_data import HOSTILE, WORLD

BRAND = Branding(facilitator="Ana Ruiz", contact="ana@example.org", accent="#7a3b69")


def open_ro(path: Path, tmp_path: Path) -> EventFile:
    return open_event_file(path, tmp_path / "backups", read_only=True)


def report_data(path: Path, tmp_path: Path, **options: bool) -> ClientReportData:
    ef = open_ro(path, tmp_path)
    try:
        return client_report.client_report_data(ef, BRAND, ReportOptions(**options))
    finally:
        ef.close()


def pages_text(path: Path | io.BytesIO) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def charts_in(flowables: list[object]) -> list[object]:
    return [f for f in flowables if hasattr(f, "chart")]


# --- the report -------------------------------------------------------------------------
def test_the_report_has_cover_figures_priorities_actions_and_the_appendix(
    demo_path: Path, tmp_path: Path
) -> None:
    data = report_data(demo_path, tmp_path, with_proceedings=True)
    out = tmp_path / "report.pdf"
    info = build_client_report(data, out, paper=PaperSize.A4)
    texts = pages_text(out)
    assert info.pages == len(texts) and info.appendix_sessions == 15
    cover = texts[0]
    # The event names its facilitator; the Preferences bring the contact and colour.
    for expected in ("Grünland Open Space 2026", "Marie-Hélène Brandt", "ana@example.org"):
        assert expected in cover
    whole = "\n".join(texts)
    assert "Executive summary" in whole and "Three threads ran through the day" in whole
    assert "The event in figures" in whole and "Who took part" in whole
    assert "Trial a three-tier price on vegetables" in whole  # the action plan
    assert "=3" in whole  # topics 4 and 7 share third place
    # Every page after the cover counts on: "Page n of N" with one N.
    numbers = [re.search(r"Page (\d+) of (\d+)", t) for t in texts[1:]]
    assert all(numbers) and {m.group(2) for m in numbers if m} == {str(len(texts))}
    assert [int(m.group(1)) for m in numbers if m] == list(range(2, len(texts) + 1))
    # One table of contents: the appendix and its sessions are listed with their real pages
    # (the page a bookmark points at, where the footer says the same number).
    marks = outline_pages(PdfReader(out))
    contents = texts[1]
    for title in (
        "Appendix: book of proceedings",
        "3. Seed saving: our own varieties for our own soil",
    ):
        page = marks[title]
        assert page >= 8 and f"Page {page} of {len(texts)}" in texts[page - 1]
        # the number in its own column: extracted on the line after the title
        assert re.search(rf"{re.escape(title)}[^\n]*\n\s*{page}\b", contents), title
    assert "Agenda" in texts[marks["Appendix: book of proceedings"] - 1]
    assert "Seed saving" in texts[marks["3. Seed saving: our own varieties for our own soil"] - 1]


def outline_pages(reader: PdfReader) -> dict[str, int]:
    """Bookmark title -> the page (from 1) it points at, at every level."""
    found: dict[str, int] = {}

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found[str(item.title)] = reader.get_destination_page_number(item) + 1  # type: ignore[attr-defined]

    walk(reader.outline)
    return found


def test_hostile_and_european_text_prints_literally(demo_path: Path, tmp_path: Path) -> None:
    data = report_data(demo_path, tmp_path)
    summary = f"{HOSTILE}\n\n• {WORLD}\n- <img src='/etc/passwd'>"
    plan = dataclasses.replace(data.plans[0], action=HOSTILE, help_needed=WORLD)
    data = dataclasses.replace(data, summary=summary, plans=(plan, *data.plans[1:]))
    out = io.BytesIO()
    build_client_report(data, out, paper=PaperSize.LETTER)
    whole = " ".join(" ".join(t.split()) for t in pages_text(io.BytesIO(out.getvalue())))
    assert "Ideas <b>not bold</b> & <unclosed" in whole
    assert "<img src='/etc/passwd'>" in whole
    for word in ("Łukasz", "Ελένη", "Ольга", "Doğan", "Straße"):
        assert word in whole
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert round(reader.pages[0].mediabox.width) == 612


def test_a_cafe_report_has_the_harvest_and_no_vote(tmp_path: Path) -> None:
    path = tmp_path / "cafe.cafedesk"
    write_demo_cafe(path)
    data = report_data(path, tmp_path, with_proceedings=True)
    out = tmp_path / "cafe.pdf"
    info = build_client_report(data, out, paper=PaperSize.A4)
    whole = "\n".join(pages_text(out))
    assert info.appendix_sessions == 0 and "Priorities" not in whole
    assert "Harvest" in whole and "Round 1" in whole and "Shade, benches" in whole
    assert "new encounters" in whole and "Visitors per table" in whole
    assert "A car-free Saturday once a month" in whole


# --- the charts, read back --------------------------------------------------------------
def test_chart_numbers_match_a_recount_from_the_event_file(demo_path: Path, tmp_path: Path) -> None:
    con = sqlite3.connect(demo_path)
    groups = dict(
        con.execute('SELECT trim("group"), count(*) FROM participant GROUP BY 1').fetchall()
    )
    tallies = dict(
        con.execute(
            "SELECT t.number, v.tally FROM topic_vote v JOIN topic t "
            "ON t.id = v.topic_id WHERE v.tally IS NOT NULL"
        )
    )
    signups = dict(
        con.execute(
            "SELECT t.number, count(*) FROM topic_signup s JOIN topic t "
            "ON t.id = s.topic_id GROUP BY t.number"
        )
    )
    con.close()
    data = report_data(demo_path, tmp_path)
    look = Look.of(accent_colour(BRAND.accent))
    translate = lambda text: text  # noqa: E731
    (mix,) = charts_in(group_chart(data, translate, 450, look))
    labels = [" ".join(n.split()) for n in mix.chart.categoryAxis.categoryNames]
    shown = dict(zip(labels, mix.chart.data[0], strict=True))
    assert shown == {(g or NO_GROUP): n for g, n in groups.items()}
    (ranking,) = charts_in(priorities_story(data, translate, 450, look))
    numbers = [int(label.split(" · ")[0]) for label in ranking.chart.categoryAxis.categoryNames]
    assert dict(zip(numbers, ranking.chart.data[0], strict=True)) == tallies
    (attendance,) = charts_in(attendance_chart(data, translate, 450, look))
    reported = {r.topic_id: r.attendance for r in data.book.reports.values() if r.attendance}
    by_number = {t.number: t for t in data.book.snapshot.topics}
    for bar in attendance.bars:
        topic = by_number[int(bar.label.split(" · ")[0])]
        expected = reported.get(topic.id) or topic.tally or signups.get(topic.number, 0)
        assert bar.value == expected, bar.label


def test_the_drawn_figures_are_in_the_pdf_text(demo_path: Path, tmp_path: Path) -> None:
    data = report_data(demo_path, tmp_path)
    out = io.BytesIO()
    build_client_report(data, out, paper=PaperSize.A4)
    texts = pages_text(io.BytesIO(out.getvalue()))
    figures_page = next(t for t in texts if "Who took part" in t)
    for group, count in data.figures.groups:
        share = round(100 * count / data.figures.participants)
        assert f"{count} ({share} %)" in figures_page, group
    priorities = next(t for t in texts if "Priorities" in t and "Rank" in t)
    for entry in data.ranking[:9]:
        assert str(entry.votes) in priorities


def test_long_labels_wrap_or_are_shortened_with_a_legend() -> None:
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cafedesk.exports import fonts
    from cafedesk.exports.charts import Bar

    long = "Ein sehr langer Titel über Bürgerbeteiligung " * 6
    label, cut = fit_label(long, 150)
    assert cut and label.count("\n") == 1 and label.endswith("…")
    assert all(stringWidth(line, fonts.REGULAR, 8) <= 150 for line in label.split("\n"))
    label, cut = fit_label("Kurz", 150)
    assert (label, cut) == ("Kurz", False)
    chart = bar_chart([Bar(long, 3), Bar("Kurz", 12)], 400, colors.black)
    assert chart.shortened == [(label_of(chart, 0), " ".join(long.split()))]
    assert chart.chart.data == [(3, 12)]
    assert nice_step(7) == 2 and nice_step(240) == 50 and nice_step(3) == 1
    # Values printed at the bar ends stay inside the drawing, even at the largest value.
    full = bar_chart([Bar("a", 8), Bar("b", 8)], 400, colors.black, lambda n: f"{n} (100 %)")
    assert full.getBounds()[2] <= 400 and full.getBounds()[0] >= 0


def label_of(chart: object, index: int) -> str:
    return str(chart.chart.categoryAxis.categoryNames[index]).replace("\n", " ")  # type: ignore[attr-defined]


# --- the community map ------------------------------------------------------------------
def test_the_community_map_as_png_and_as_vector_pdf(demo_path: Path, tmp_path: Path) -> None:
    ef = open_ro(demo_path, tmp_path)
    try:
        png, pdf = tmp_path / "map.png", tmp_path / "map.pdf"
        people = report_export.write_community_map(ef, png, "png")
        assert report_export.write_community_map(ef, pdf, "pdf") == people
        graph = client_report.community(ef)
    finally:
        ef.close()
    assert people == len(graph.people) > 40
    with Image.open(png) as image:
        assert image.format == "PNG" and image.width == 1600
    reader = PdfReader(pdf)
    page = reader.pages[0]
    assert not page.images  # lines and dots are vectors, not a picture
    text = page.extract_text()
    assert "Grünland Open Space 2026" in text
    for group, count in graph.groups():
        assert f"{group or NO_GROUP} ({count})" in text


# --- the email draft --------------------------------------------------------------------
def test_the_draft_has_the_headers_and_the_attachments_byte_for_byte(
    demo_path: Path, tmp_path: Path
) -> None:
    blobs = [("Grünland - report.pdf", b"%PDF-1.4 one\x00\xff"), ("map.pdf", bytes(range(256)))]
    ef = open_ro(demo_path, tmp_path)
    try:
        raw = report_export.compose_draft(ef, blobs, BRAND)
    finally:
        ef.close()
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "board@gruenland.example.org"
    assert message["To"].addresses[0].display_name == "Grünland Food Co-operative eG"
    assert message["From"].addresses[0].addr_spec == "ana@example.org"
    assert message["Subject"] == "Grünland Open Space 2026 — report"
    body = message.get_body(("plain",)).get_content()
    assert "Dear Grünland Food Co-operative eG" in body and "ana@example.org" in body
    attached = [(part.get_filename(), part.get_content()) for part in message.iter_attachments()]
    assert attached == blobs


def test_an_outbox_draft_carries_the_real_pdfs(demo_path: Path, tmp_path: Path) -> None:
    ef = open_ro(demo_path, tmp_path)
    outbox = tmp_path / "outbox"
    try:
        kinds = [report_export.Attach.REPORT, report_export.Attach.MAP]
        result = report_export.write_email_draft(ef, outbox, kinds, branding=BRAND)
    finally:
        ef.close()
    assert result.path.parent == outbox and result.path.suffix == ".eml"
    assert result.size == result.path.stat().st_size and not result.too_large
    message = email.message_from_bytes(result.path.read_bytes(), policy=policy.default)
    parts = list(message.iter_attachments())
    assert [(p.get_filename(), len(p.get_content())) for p in parts] == list(result.attachments)
    assert all(p.get_content().startswith(b"%PDF") for p in parts)
    assert (
        "Executive summary" in PdfReader(io.BytesIO(parts[0].get_content())).pages[1].extract_text()
    )


def test_over_the_limit_is_flagged_and_smaller_photos_shrink_it(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ef = open_ro(demo_path, tmp_path)
    try:
        kinds = [report_export.Attach.PROCEEDINGS]
        big = report_export.write_email_draft(ef, tmp_path / "a.eml", kinds)
        monkeypatch.setattr(report_export, "EMAIL_LIMIT", big.size - 1)
        assert report_export.DraftResult(big.path, big.size, ()).too_large
        small = report_export.write_email_draft(
            ef, tmp_path / "b.eml", kinds, options=ReportOptions(smaller_photos=True)
        )
    finally:
        ef.close()
    assert small.size < big.size * 0.8
    assert not report_export.DraftResult(small.path, small.size, ()).too_large
