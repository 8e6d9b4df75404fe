"""Every printable cafedesk makes, measured from the written PDF rather than judged by eye:
no text printed over other text, no invisible characters, on the demo, the café demo and a
1,000-person event, at A4 and Letter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from cafedesk.exports import fonts
from cafedesk.services.demo_cafe import build_demo_cafe
from cafedesk.services.event import snapshot
from cafedesk.services.print_centre import write_printable
from cafedesk.store.eventfile import EventFile, create_event_file
from tests.exports.pdf_boxes import measure
from tests.exports.tool_modules import load


def test_the_checker_sees_text_printed_over_text(tmp_path: Path) -> None:
    fonts.register_fonts()
    out = tmp_path / "clash.pdf"
    c = Canvas(str(out))
    c.setFont(fonts.REGULAR, 12)
    c.drawString(100, 700, "Round 3 · Fountain")
    c.drawString(130, 702, "Bakery corner")  # printed across the first run
    c.drawString(100, 600, "Tight kerning AVATAR WAVE")  # neighbours may touch: no clash
    c.setFont(fonts.REGULAR, 7)
    c.drawString(100, 500, "small\u200b")
    c.save()
    report = measure(out)
    assert report.clashes and all(clash.where[1] > 690 for clash in report.clashes)
    assert report.smallest == pytest.approx(7)
    assert report.invisible == 1


def _every_printable(ef: EventFile, folder: Path, paper: str) -> dict[str, Path]:
    """Every printable, the client report, the missing list, a session report and the map."""
    written: dict[str, Path] = load("tools/hostile_paper.py").every_printable(ef, folder, paper)
    return written


def _assert_clean(written: dict[str, Path]) -> None:
    problems = []
    for name, path in written.items():
        report = measure(path)
        assert report.pages > 0, name
        problems += [f"{name}: {clash}" for clash in report.clashes[:3]]
        if report.invisible:
            problems.append(f"{name}: {report.invisible} zero-width characters")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_nothing_overlaps_on_the_demos_paper(demo_path: Path, tmp_path: Path, paper: str) -> None:
    from cafedesk.store.eventfile import open_event_file

    ef = open_event_file(demo_path, tmp_path / "backups", read_only=True)
    try:
        _assert_clean(_every_printable(ef, tmp_path, paper))
    finally:
        ef.close()


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_nothing_overlaps_on_the_cafe_demos_paper(tmp_path: Path, paper: str) -> None:
    ef = create_event_file(tmp_path / "cafe.cafedesk")
    try:
        build_demo_cafe(ef, time_limit=0.3)
        _assert_clean(_every_printable(ef, tmp_path, paper))
    finally:
        ef.close()


def _generator() -> Callable[..., None]:
    generate: Callable[..., None] = load("benchmarks/generate_event.py").generate
    return generate


def test_nothing_overlaps_on_a_thousand_person_events_paper(tmp_path: Path) -> None:
    from cafedesk.store.eventfile import open_event_file

    path = tmp_path / "large.cafedesk"
    _generator()(path, 1000, 300, 20, 15)
    ef = open_event_file(path, tmp_path / "backups", read_only=True)
    try:
        _assert_clean(_every_printable(ef, tmp_path, "a4"))
    finally:
        ef.close()


def test_space_names_on_the_agenda_poster_are_never_broken_mid_word(tmp_path: Path) -> None:
    from cafedesk.store.eventfile import open_event_file

    path = tmp_path / "large.cafedesk"
    _generator()(path, 60, 40, 20, 4)  # twenty columns: narrow headers
    ef = open_event_file(path, tmp_path / "backups", read_only=True)
    try:
        names = [space.name for space in snapshot(ef).spaces]
        out = tmp_path / "agenda.pdf"
        write_printable(ef, "agenda-poster", out, "a4")
    finally:
        ef.close()
    words = set(" ".join(measure(out).text).split())
    broken = [name for name in names if not set(name.split()) <= words]
    assert not broken, broken


def test_a_block_that_cannot_hold_its_text_says_more_follows(tmp_path: Path) -> None:
    from cafedesk.exports.wallkit.kit import draw_block

    fonts.register_fonts()
    out = tmp_path / "block.pdf"
    c = Canvas(str(out))
    text = "Why our village needs a repair café and who will run it every month " * 3
    draw_block(c, text, fonts.REGULAR, (100, 600, 120, 40), 14, 10)
    c.save()
    shown = measure(out).text[0].replace("\r\n", " ")
    assert shown.endswith("…") and len(shown) < len(text)
