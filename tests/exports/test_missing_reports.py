"""The printed list of missing reports: fonts embedded, user text printed literally."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from cafedesk.domain.model import PaperSize
from cafedesk.exports.missing_reports import MissingLine, missing_reports_pdf


def test_missing_list_prints_user_text_literally(tmp_path: Path) -> None:
    lines = [
        MissingLine("10:30", "Große Scheune", 3, "Łódź & <b>Köln</b>: Brot für alle", "Zoë Ølsen"),
        MissingLine("", "", 17, "Ein Café im Laden?", ""),
    ]
    target = tmp_path / "missing.pdf"
    missing_reports_pdf(target, "Grünland 2026", lines, total=20, paper=PaperSize.LETTER)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"DejaVuSans" in data
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "2 of 20 reports are still missing." in text
    assert "Łódź & <b>Köln</b>" in text and "Zoë Ølsen" in text


def test_nothing_missing_says_thank_you() -> None:
    out = io.BytesIO()
    missing_reports_pdf(out, "Event", [], total=5)
    assert out.getvalue().startswith(b"%PDF")
