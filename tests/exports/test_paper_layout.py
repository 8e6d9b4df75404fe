"""Paper findings measured from the PDFs: the footer by width (issue 15, finding 2)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader

from cafedesk.domain.model import PaperSize
from cafedesk.domain.notes import ProceedingsData
from cafedesk.exports.pdf_doc import fit_width
from cafedesk.exports.session_report import build_session_report
from tests.exports.pdf_runs import text_runs
from tests.exports.sample_data import demo_snapshot, sample_proceedings

LONG_TITLE = (
    "Regional Integration Forum on Housing, Work, Language Courses and Neighbourhood "
    "Life for Newcomers and Long-Time Residents of the Three Valleys, 2026 edition"
)
FOOTER_SIZE = 7.5


@pytest.fixture(scope="module")
def long_titled(tmp_path_factory: pytest.TempPathFactory) -> ProceedingsData:
    data = sample_proceedings(demo_snapshot(tmp_path_factory.mktemp("long")))
    event = dataclasses.replace(data.snapshot.event, title=LONG_TITLE)
    return dataclasses.replace(data, snapshot=dataclasses.replace(data.snapshot, event=event))


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.LETTER])
def test_footer_title_never_runs_over_the_page_number(
    long_titled: ProceedingsData, paper: PaperSize, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    build_session_report(long_titled, next(iter(long_titled.reports)), out, paper=paper)
    for page in PdfReader(out).pages:
        footer = [r for r in text_runs(page) if r.size == FOOTER_SIZE]
        number = next(r for r in footer if r.text.startswith("Page "))
        others = [r for r in footer if r is not number and abs(r.y - number.y) < 1]
        assert any(r.text.startswith("Regional Integration Forum") for r in others)
        for run in others:
            assert not run.overlaps(number), (run.text, number.text)
            # At least a few points of air between the texts and the page number.
            assert run.x + run.width < number.x - 6 or number.x + number.width < run.x - 6


def test_fit_width_cuts_at_a_word_and_says_so() -> None:
    assert fit_width("short title", 200) == "short title"
    cut = fit_width(LONG_TITLE, 150)
    assert cut.endswith("…") and LONG_TITLE.startswith(cut[:-1])
    assert fit_width("x" * 200, 30).endswith("…")


def test_pdf_carries_language_title_and_opens_its_bookmarks(
    long_titled: ProceedingsData, tmp_path: Path
) -> None:
    """Issue 15, finding 18: /Lang, title metadata and the outline shown on opening."""
    event = dataclasses.replace(long_titled.snapshot.event, language="de")
    data = dataclasses.replace(
        long_titled, snapshot=dataclasses.replace(long_titled.snapshot, event=event)
    )
    out = tmp_path / "report.pdf"
    build_session_report(data, next(iter(data.reports)), out, paper=PaperSize.A4)
    reader = PdfReader(out)
    root = reader.trailer["/Root"]
    assert root.get("/Lang") == "de"
    assert root.get("/PageMode") == "/UseOutlines"
    assert reader.metadata is not None and LONG_TITLE in str(reader.metadata.title)
