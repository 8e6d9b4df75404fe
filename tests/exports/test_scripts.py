"""Names in every script print right: read back in typed order, each character in a font
that has its glyph, in a paragraph and on a canvas-drawn card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cafedesk.exports import fonts, scripts
from cafedesk.exports.cafe_paper import draw_fitted
from cafedesk.exports.text import para_text

SAMPLES = {
    "hebrew": "אברהם כהן",
    "arabic": "محمد بن سلمان",
    "arabic-lam-alef": "علاء السلام",
    "chinese": "王芳",
    "japanese": "さくら 山田",
    "korean": "김민준",
    "emoji": "Lea 🎉🌻",
    "mixed": "Anna אברהם 王芳 محمد",
    "greek-cyrillic-vietnamese": "Αλέξανδρος Жанна Nguyễn Thị Ánh",
}


def _faces() -> dict[str, Any]:
    fonts.register_fallbacks()
    names = [
        fonts.REGULAR, fonts.BOLD, fonts.HEBREW, fonts.HEBREW_BOLD, fonts.ARABIC,
        fonts.ARABIC_BOLD, fonts.CJK, fonts.SYMBOLS,
    ]  # fmt: skip
    return {getFont(name).face.name.decode(): getFont(name).face for name in names}


def _read_runs(path: Path) -> tuple[str, list[tuple[str, str]]]:
    """The page's text (pypdf) and every shown run with the embedded font it is set in."""
    page = PdfReader(str(path)).pages[0]
    shown: list[tuple[str, str]] = []

    def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
        if text.strip() and font is not None:
            shown.append((str(font["/BaseFont"]).split("+", 1)[-1], text))

    text = page.extract_text(visitor_text=visit)
    return text, shown


def _assert_every_glyph_present(shown: list[tuple[str, str]]) -> None:
    faces = _faces()
    for face_name, text in shown:
        face = faces[face_name]
        missing = [ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph]
        assert not missing, f"{face_name} has no glyph for {missing} in {text!r}"


@pytest.mark.parametrize("name", SAMPLES.values(), ids=SAMPLES.keys())
def test_a_name_in_a_paragraph_reads_back_as_typed(tmp_path: Path, name: str) -> None:
    fonts.register_fonts()
    out = tmp_path / "para.pdf"
    style = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=12, leading=16)
    bold = ParagraphStyle("head", fontName=fonts.BOLD, fontSize=16, leading=20)
    SimpleDocTemplate(str(out)).build(
        [Paragraph(para_text(name, fonts.BOLD), bold), Paragraph(para_text(name), style)]
    )
    text, shown = _read_runs(out)
    assert text.splitlines() == [name, name]
    _assert_every_glyph_present(shown)


@pytest.mark.parametrize("name", SAMPLES.values(), ids=SAMPLES.keys())
def test_a_name_on_a_canvas_drawn_card_reads_back_as_typed(tmp_path: Path, name: str) -> None:
    fonts.register_fonts()
    out = tmp_path / "card.pdf"
    c = Canvas(str(out))
    draw_fitted(c, name, fonts.BOLD, 300, 700, 18, 400, centre=True)
    c.save()
    text, shown = _read_runs(out)
    assert text.strip() == name
    _assert_every_glyph_present(shown)


def test_fallback_runs_follow_the_script_and_keep_bold() -> None:
    fonts.register_fonts()
    plain = scripts.runs("Anna אברהם 王芳 محمد", fonts.REGULAR)
    assert [run.font for run in plain] == [
        fonts.REGULAR, fonts.HEBREW, fonts.REGULAR, fonts.CJK, fonts.REGULAR, fonts.ARABIC,
    ]  # fmt: skip
    bold = {run.font for run in scripts.runs("אברהם محمد", fonts.BOLD)}
    assert bold == {fonts.HEBREW_BOLD, fonts.ARABIC_BOLD, fonts.BOLD}


def test_a_name_in_a_bold_line_keeps_the_bold_in_every_script(tmp_path: Path) -> None:
    """Built as the participants list is: ``<b>name</b>`` around default para_text."""
    fonts.register_fonts()
    out = tmp_path / "bold.pdf"
    style = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=12, leading=16)
    head = ParagraphStyle("head", fontName=fonts.BOLD, fontSize=16, leading=20)
    SimpleDocTemplate(str(out)).build(
        [
            Paragraph(f"<b>{para_text('אברהם محمد')}</b> {para_text('כהן')}", style),
            Paragraph(para_text("محمد אברהם"), head),
        ]
    )
    _text, shown = _read_runs(out)
    faces = [face for face, _ in shown]
    assert faces.count("NotoSansHebrew-Bold") == 2 and faces.count("NotoNaskhArabic-Bold") == 2
    assert faces.count("NotoSansHebrew-Regular") == 1, "the weight is not forced either"


def test_right_to_left_is_drawn_in_visual_order_and_arabic_joined() -> None:
    fonts.register_fonts()
    (hebrew,) = scripts.runs("אבג", fonts.REGULAR)
    assert hebrew.text == "גבא"
    (arabic,) = scripts.runs("محمد", fonts.REGULAR)
    # Joined forms (presentation forms), last letter first.
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in arabic.text)
    assert len(arabic.text) == 4


def test_an_emoji_is_copied_as_the_emoji(tmp_path: Path) -> None:
    """reportlab writes astral characters into ToUnicode as five hex digits; we write
    UTF-16 pairs, so the copied text is the emoji and not two unrelated letters."""
    fonts.register_fonts()
    out = tmp_path / "emoji.pdf"
    c = Canvas(str(out))
    scripts.draw_text(c, 100, 700, "🌻🎉", fonts.REGULAR, 14)
    c.save()
    assert PdfReader(str(out)).pages[0].extract_text().strip() == "🌻🎉"


def test_characters_no_font_has_are_named_not_hidden() -> None:
    fonts.register_fonts()
    assert scripts.missing_glyphs("Anna 王芳 محمد 🎉", fonts.REGULAR) == set()
    assert scripts.missing_glyphs("\U0001fa87", fonts.REGULAR) == {"\U0001fa87"}  # maracas
