"""Long words print whole (issue 15, finding 4): no zero-width characters in the PDF text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pypdf import PdfReader

from cafedesk.domain.model import PaperSize
from cafedesk.exports.proceedings import build_proceedings
from cafedesk.exports.text import para_text
from tests.exports.sample_data import demo_snapshot, sample_proceedings

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
URL = "https://example.org/community-garden/seed-library/registration-form"


def test_para_text_inserts_nothing_into_long_words() -> None:
    # The address is a link now (finding 18), its text unchanged.
    assert para_text(URL) == f'<a href="{URL}">{URL}</a>'
    assert para_text("a < b & Donaudampfschifffahrtsgesellschaft") == (
        "a &lt; b &amp; Donaudampfschifffahrtsgesellschaft"
    )


def test_book_text_has_no_zero_width_characters_and_keeps_the_url(tmp_path: Path) -> None:
    data = sample_proceedings(demo_snapshot(tmp_path))
    event = dataclasses.replace(data.snapshot.event, theme=f"Sign up at {URL}")
    data = dataclasses.replace(data, snapshot=dataclasses.replace(data.snapshot, event=event))
    out = tmp_path / "book.pdf"
    build_proceedings(data, out, paper=PaperSize.A4)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert not [ch for ch in text if ch in ZERO_WIDTH]
    # reportlab may still split the URL at the column edge, but only there.
    assert URL.replace("/", "") in text.replace("\n", "").replace("/", "")
    # ... and the address in the book is a link (finding 18).
    links = [
        annot.get_object()["/A"].get("/URI")
        for page in PdfReader(out).pages
        for annot in page.get("/Annots", [])
        if "/A" in annot.get_object()
    ]
    assert URL in links
