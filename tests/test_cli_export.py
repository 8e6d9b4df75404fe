"""``cafedesk export``: the book and one session's report, headless, from a read-only file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from cafedesk.__main__ import main


@pytest.mark.parametrize(
    "args", [["export", "--help"], ["export", "proceedings", "--help"], ["export", "report", "-h"]]
)
def test_help_on_every_export_level(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 0
    assert "usage: cafedesk export" in capsys.readouterr().out


def test_export_book_and_report_from_the_demo(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_path.read_bytes()
    book = tmp_path / "book.pdf"
    data_dir = str(tmp_path / "data")
    assert (
        main(["--data-dir", data_dir, "export", "proceedings", str(demo_path), "-o", str(book)])
        == 0
    )
    reader = PdfReader(book)
    assert capsys.readouterr().out.strip() == f"{book}: {len(reader.pages)} pages"
    assert round(reader.pages[0].mediabox.width) == 595  # the demo event prints on A4
    assert "Grünland Open Space 2026" in reader.pages[0].extract_text()

    report = tmp_path / "report.pdf"
    args = ["export", "report", str(demo_path), "--topic", "3", "-o", str(report)]
    assert main([*args, "--paper", "letter", "--data-dir", data_dir]) == 0
    first = PdfReader(report).pages[0]
    assert round(first.mediabox.width) == 612
    assert "Seed saving" in first.extract_text()
    assert demo_path.read_bytes() == before  # opened read-only


def test_unknown_session_and_missing_file_fail_politely(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    common = ["--data-dir", str(tmp_path / "data"), "export", "report"]
    assert main([*common, str(demo_path), "--topic", "999", "-o", str(out)]) == 1
    assert "no session number 999" in capsys.readouterr().err
    assert main([*common, str(tmp_path / "nope.cafedesk"), "--topic", "1", "-o", str(out)]) == 1
    assert capsys.readouterr().err.startswith("cafedesk: ")
    assert not out.exists()
