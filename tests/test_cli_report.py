"""``cafedesk export client-report | community-map | eml``: headless, from a read-only file."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from cafedesk.__main__ import main


@pytest.mark.parametrize("kind", ["client-report", "community-map", "eml"])
def test_help(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", kind, "--help"])
    assert exit_info.value.code == 0
    assert f"usage: cafedesk export {kind}" in capsys.readouterr().out


def test_report_map_and_draft_from_the_demo(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_path.read_bytes()
    data = ["--data-dir", str(tmp_path / "data")]
    report = tmp_path / "report.pdf"
    args = ["export", "client-report", str(demo_path), "-o", str(report), "--paper", "letter"]
    assert main([*args, "--with-proceedings", *data]) == 0
    reader = PdfReader(report)
    assert capsys.readouterr().out.strip() == f"{report}: {len(reader.pages)} pages"
    # 8 pages of report and the book behind them (no longer a page per missing report)
    assert round(reader.pages[0].mediabox.width) == 612 and len(reader.pages) > 14

    png = tmp_path / "map.png"
    assert main(["export", "community-map", str(demo_path), "-o", str(png), *data]) == 0
    with Image.open(png) as image:
        assert image.format == "PNG"
    assert main(["export", "community-map", str(demo_path), "-o", str(tmp_path / "m.svg")]) == 2

    draft = tmp_path / "client.eml"
    args = ["export", "eml", str(demo_path), "-o", str(draft), "--attach", "report,map"]
    assert main([*args, *data]) == 0
    message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == [
        "Grünland Open Space 2026 - report.pdf",
        "Grünland Open Space 2026 - community map.pdf",
    ]
    assert message["X-Unsent"] == "1"
    assert main(["export", "eml", str(demo_path), "-o", str(draft), "--attach", "book"]) == 2
    assert demo_path.read_bytes() == before  # opened read-only


def test_a_missing_file_fails_politely(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "export",
        "client-report",
        str(tmp_path / "nope.cafedesk"),
        "-o",
        str(tmp_path / "x.pdf"),
    ]
    assert main([*args, "--data-dir", str(tmp_path / "data")]) == 1
    assert "does not exist" in capsys.readouterr().err
