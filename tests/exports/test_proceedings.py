"""The book of proceedings, read back with pypdf as a client's PDF viewer would."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from cafedesk.domain.model import EventSnapshot, PaperSize, Space, TimeSlot, Topic
from cafedesk.domain.notes import Photo, ProceedingsData
from cafedesk.exports.agenda_table import agenda_order, space_groups
from cafedesk.exports.output import ExportCancelled
from cafedesk.exports.photos import fit, row_sizes
from cafedesk.exports.proceedings import BookInfo, book_topics, build_proceedings
from cafedesk.exports.report_blocks import outline_title
from cafedesk.exports.session_report import build_session_report
from tests.exports.sample_data import HOSTILE, demo_snapshot, sample_proceedings


def flat(text: str) -> str:
    return " ".join(text.replace("\u200b", "").split())


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> ProceedingsData:
    return sample_proceedings(demo_snapshot(tmp_path_factory.mktemp("book")))


@pytest.fixture(scope="module")
def book(data: ProceedingsData, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BookInfo]:
    out = tmp_path_factory.mktemp("out") / "book.pdf"
    info = build_proceedings(data, out, paper=PaperSize.A4)
    return out, info


@pytest.fixture(scope="module")
def raw_pages(book: tuple[Path, BookInfo]) -> list[str]:
    return [page.extract_text() for page in PdfReader(book[0]).pages]


@pytest.fixture(scope="module")
def pages(raw_pages: list[str]) -> list[str]:
    return [flat(page) for page in raw_pages]


def test_cover_shows_title_theme_and_facilitator(pages: list[str], data: ProceedingsData) -> None:
    event = data.snapshot.event
    assert flat(event.title) in pages[0]
    assert flat(event.theme) in pages[0]
    assert "Marie-Hélène Brandt" in pages[0]
    assert flat(event.client_name) in pages[0]


def toc_entries(pages: list[str], topics: list[Topic]) -> dict[int, int]:
    """Topic id -> the page number the contents give for it (reported sessions only).

    pypdf extracts each entry as: dot leader, title line(s), then the number on a line of
    its own (the number has a column of its own).
    """
    found = {}
    lines = [line.strip() for page in pages[1:4] for line in page.splitlines()]
    for topic in topics:
        start = flat(outline_title(topic))[:24]
        index = next((i for i, line in enumerate(lines) if line.startswith(start)), None)
        if index is None:
            continue
        number = next(line for line in lines[index + 1 :] if line.isdigit())
        found[topic.id] = int(number)
    return found


def test_contents_page_numbers_match_where_sessions_start(
    pages: list[str], raw_pages: list[str], data: ProceedingsData, book: tuple[Path, BookInfo]
) -> None:
    topics = [t for t in book_topics(data) if t.id in data.reports or t.id in data.photos]
    numbers = toc_entries(raw_pages, topics)
    assert set(numbers) == {t.id for t in topics}
    assert list(numbers.values()) == sorted(numbers.values())
    for topic in topics:
        page = pages[numbers[topic.id] - 1]
        assert f"No. {topic.number} ·" in page, page[:80]
        assert flat(topic.title) in page
    assert book[1].sessions == len(book_topics(data)) == 15


def test_every_report_in_agenda_order_and_missing_ones_listed_together(
    pages: list[str], data: ProceedingsData
) -> None:
    """Issue 15, finding 8: a page per missing report left half the book empty."""
    order = [t for t in agenda_order(data.snapshot) if t.placed]
    handed_in = [t for t in order if t.id in data.reports or t.id in data.photos]
    starts = [next(i for i, p in enumerate(pages) if f"No. {t.number} ·" in p) for t in handed_in]
    assert starts == sorted(starts)
    missing = [t for t in order if t not in handed_in]
    assert len(missing) == 2
    listing = next(p for p in pages if "No report or photo was handed in" in p)
    for topic in missing:
        assert flat(topic.title) in listing
        assert not any(f"No. {topic.number} ·" in p for p in pages)


def test_letters_of_every_language_come_back_intact(pages: list[str]) -> None:
    text = " ".join(pages)
    for word in (
        "Äpfel, Öl, Übermaß und Straße",
        "Łukasz Żak z Łodzi",
        "Şule Doğan ılık çay içti",
        "Ελένη Παπαδοπούλου",
        "Ольга Смирнова из Казани",
        "Grünland Food Co-operative eG",
    ):
        assert word in text


def test_markup_in_user_text_prints_literally(pages: list[str]) -> None:
    assert flat(HOSTILE) in " ".join(pages)


def test_outline_has_sections_and_every_session(
    book: tuple[Path, BookInfo], data: ProceedingsData, raw_pages: list[str]
) -> None:
    reader = PdfReader(book[0])
    entries: list[tuple[str, int]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                entries.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    titles = [title for title, _page in entries]
    for section in ("Agenda", "Session reports", "Participants", "Follow-up actions"):
        assert section in titles
    numbers = toc_entries(raw_pages, book_topics(data))
    for topic in book_topics(data):
        if topic.id in numbers:
            assert (outline_title(topic), numbers[topic.id]) in entries


def test_page_sizes_a4_and_letter(
    data: ProceedingsData, book: tuple[Path, BookInfo], tmp_path: Path
) -> None:
    a4 = PdfReader(book[0])
    sizes = {(round(p.mediabox.width), round(p.mediabox.height)) for p in a4.pages}
    assert sizes == {(595, 842), (842, 595)}  # portrait, and the landscape agenda
    out = tmp_path / "letter.pdf"
    info = build_proceedings(data, out, paper=PaperSize.LETTER)
    letter = PdfReader(out)
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in letter.pages} == {
        (612, 792),
        (792, 612),
    }
    assert info.pages == len(letter.pages)


def test_only_embedded_fonts(book: tuple[Path, BookInfo]) -> None:
    reader = PdfReader(book[0])
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
    assert names and all("DejaVuSans" in name for name in names), names


def test_page_footer_counts_pages(pages: list[str], book: tuple[Path, BookInfo]) -> None:
    total = book[1].pages
    assert total == len(pages)
    assert f"Page 2 of {total}" in pages[1]
    assert f"Page {total} of {total}" in pages[-1]


def test_photos_are_embedded_once_each(book: tuple[Path, BookInfo]) -> None:
    reader = PdfReader(book[0])
    images = {
        name
        for page in reader.pages
        for name, obj in page["/Resources"].get("/XObject", {}).items()
        if obj.get_object()["/Subtype"] == "/Image"
    }
    assert book[1].photos == 30
    assert len(images) >= 30  # the photos, plus the logo


def test_cancel_leaves_no_file_and_keeps_the_old_one(data: ProceedingsData, tmp_path: Path) -> None:
    calls = iter(range(1000))
    out = tmp_path / "book.pdf"
    with pytest.raises(ExportCancelled, match="Export cancelled"):
        build_proceedings(data, out, paper=PaperSize.A4, cancelled=lambda: next(calls) > 4)
    assert list(tmp_path.iterdir()) == []
    out.write_bytes(b"the old book")
    with pytest.raises(ExportCancelled):
        build_proceedings(data, out, paper=PaperSize.A4, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [out] and out.read_bytes() == b"the old book"


def test_progress_rises_to_one_and_streams_work(data: ProceedingsData) -> None:
    seen: list[float] = []
    buffer = io.BytesIO()
    build_proceedings(data, buffer, paper=PaperSize.A4, progress=lambda f, _t: seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 15
    assert buffer.getvalue().startswith(b"%PDF")


def test_photo_layout_rules() -> None:
    assert [row_sizes(n) for n in range(6)] == [[], [1], [2], [1, 2], [2, 2], [1, 2, 2]]
    small = Photo(1, 1, width=300, height=200)
    assert fit(small, 500, 500) == (144.0, 96.0)  # 150 dpi, never enlarged
    big = Photo(2, 1, width=1600, height=1200)
    width, height = fit(big, 240, 400)
    assert width == 240 and round(height) == 180


def test_many_spaces_split_into_balanced_tables(tmp_path: Path) -> None:
    assert [len(g) for g in space_groups([Space(i, f"R{i}", 10) for i in range(20)])] == [7, 7, 6]
    day = dt.date(2026, 5, 4)
    spaces = tuple(Space(i, f"Raum {i}", 10, position=i) for i in range(1, 21))
    slot = TimeSlot(1, day, dt.time(10), dt.time(11))
    topics = tuple(Topic(i, i, f"Thema {i}", space_id=i, slot_id=1) for i in range(1, 21))
    snap = EventSnapshot(
        event=dataclasses.replace(_event(), title="Zwanzig Räume"),
        spaces=spaces,
        slots=(slot,),
        topics=topics,
    )
    out = tmp_path / "wide.pdf"
    build_proceedings(ProceedingsData(snapshot=snap), out, paper=PaperSize.A4)
    agenda = flat(PdfReader(out).pages[2].extract_text())
    assert all(f"Raum {i}" in agenda for i in range(1, 21))
    assert "(3/3)" in agenda


def _event() -> Any:
    from cafedesk.domain.model import Event

    return Event(title="x")


def test_single_session_report(data: ProceedingsData, tmp_path: Path) -> None:
    topic = book_topics(data)[1]
    out = tmp_path / "report.pdf"
    pages = build_session_report(data, topic.id, out, paper=PaperSize.LETTER)
    reader = PdfReader(out)
    assert pages == len(reader.pages) >= 1
    text = flat(" ".join(p.extract_text() for p in reader.pages))
    assert flat(topic.title) in text and "Ελένη Παπαδοπούλου" in text
    assert round(reader.pages[0].mediabox.width) == 612


def test_agenda_times_stay_on_one_line_in_a_small_event(tmp_path: Path) -> None:
    """Issue 15, finding 12: with four spaces or fewer every time broke as "09:00–10:1 / 5"."""
    day = dt.date(2026, 5, 4)
    spaces = tuple(Space(i, f"Raum {i}", 10, position=i) for i in range(1, 4))
    slots = (
        TimeSlot(1, day, dt.time(9), dt.time(10, 15)),
        TimeSlot(2, day, dt.time(10, 30), dt.time(11, 45)),
    )
    topics = tuple(Topic(i, i, f"Thema {i}", space_id=i, slot_id=1) for i in range(1, 4))
    snap = EventSnapshot(event=_event(), spaces=spaces, slots=slots, topics=topics)
    out = tmp_path / "small.pdf"
    build_proceedings(ProceedingsData(snapshot=snap), out, paper=PaperSize.A4)
    lines = [
        line.strip() for page in PdfReader(out).pages for line in page.extract_text().splitlines()
    ]
    assert any(line.startswith("09:00–10:15") for line in lines), lines
    assert any(line.startswith("10:30–11:45") for line in lines), lines
