"""``cafedesk export print``: every item of the print centre, headless, from a read-only file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from cafedesk.__main__ import main
from cafedesk.services.print_centre import all_item_names


def test_help_lists_every_item_with_a_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "print", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for name in all_item_names():
        assert f"\n  {name} " in out, name


@pytest.mark.parametrize(
    "item", ["topic-sheets", "space-signs", "badges", "proceedings", "posters"]
)
def test_print_items_from_the_demo_leave_the_file_alone(
    item: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_path.read_bytes()
    out = tmp_path / f"{item}.pdf"
    args = [
        "export",
        "print",
        item,
        str(demo_path),
        "-o",
        str(out),
        "--data-dir",
        str(tmp_path / "d"),
    ]
    assert main(args) == 0
    pages = len(PdfReader(out).pages)
    assert capsys.readouterr().out.strip() == f"{out}: {pages} pages"
    assert pages > 0
    assert demo_path.read_bytes() == before
    assert not list(tmp_path.glob("*.part"))


def test_agenda_poster_defaults_to_a1_and_tiles_onto_letter(
    demo_path: Path, tmp_path: Path
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    whole, tiled = tmp_path / "a.pdf", tmp_path / "t.pdf"
    assert main(["export", "print", "agenda-poster", str(demo_path), "-o", str(whole), *data]) == 0
    assert round(PdfReader(whole).pages[0].mediabox.width) == 2384  # A1 landscape
    args = [
        "export",
        "print",
        "agenda-poster",
        str(demo_path),
        "-o",
        str(tiled),
        "--tile",
        "letter",
    ]
    assert main([*args, *data]) == 0
    first = PdfReader(tiled).pages[1]
    assert sorted((round(first.mediabox.width), round(first.mediabox.height))) == [612, 792]
    assert "(of 3 × 5)" in first.extract_text()


def test_topics_pick_sheets_and_bad_numbers_are_refused(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "t.pdf"
    base = [
        "export",
        "print",
        "topic-sheets",
        str(demo_path),
        "-o",
        str(out),
        "--data-dir",
        str(tmp_path / "d"),
    ]
    assert main([*base, "--topics", "3,7,12"]) == 0
    reader = PdfReader(out)
    assert [p.extract_text().split()[0] for p in reader.pages] == ["3", "7", "12"]
    assert main([*base, "--topics", "3,x"]) == 2
    assert "--topics takes numbers" in capsys.readouterr().err


def test_an_item_with_nothing_to_print_says_so_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cafedesk.store.eventfile import create_event_file

    empty = tmp_path / "empty.cafedesk"
    create_event_file(empty).close()  # no spaces yet
    out = tmp_path / "headers.pdf"
    args = ["export", "print", "space-headers", str(empty), "-o", str(out)]
    assert main([*args, "--data-dir", str(tmp_path / "d")]) == 1
    assert "nothing to print yet for: Space headers" in capsys.readouterr().err
    assert not out.exists()
    assert not list(tmp_path.glob("*.part"))


def test_an_empty_item_in_a_selection_is_left_out_and_the_rest_printed(
    tmp_path: Path, event_file: object
) -> None:
    from cafedesk.exports.output import NothingToPrint
    from cafedesk.services.print_centre import write_selection
    from cafedesk.store.eventfile import EventFile

    assert isinstance(event_file, EventFile)
    out = tmp_path / "kit.pdf"
    written = write_selection(event_file, ["space-headers", "blank-badges"], out)
    assert written == [out]
    assert len(PdfReader(out).pages) == 1  # the blank badges only
    with pytest.raises(NothingToPrint):
        write_selection(event_file, ["space-headers", "slot-headers"], tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_a_cafe_is_not_offered_space_headers() -> None:
    from cafedesk.domain.model import Method
    from cafedesk.services.print_centre import printables

    for method in Method:
        names = [p.name for p in printables(method)]
        assert ("space-headers" in names) is (method is Method.OPEN_SPACE)
