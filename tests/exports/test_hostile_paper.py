"""The hostile-text event (tools/hostile_paper.py): every PDF the app writes embeds every
font it uses (no unembedded Helvetica for a print shop's preflight to flag), and the
names in every script read back from the paper."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pypdf import PdfReader

from cafedesk.services.demo_cafe import build_demo_cafe
from cafedesk.store.eventfile import create_event_file, open_event_file
from tests.exports.pdf_boxes import measure
from tests.exports.tool_modules import load


def _tool() -> ModuleType:
    return load("tools/hostile_paper.py")


def _unembedded_fonts(path: Path) -> set[str]:
    found: set[str] = set()
    for page in PdfReader(str(path)).pages:
        resources: Any = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            faces = [font] + [f.get_object() for f in font.get("/DescendantFonts", [])]
            descriptors = [
                f["/FontDescriptor"].get_object() for f in faces if "/FontDescriptor" in f
            ]
            embedded = any(
                key in d for d in descriptors for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            if not embedded:
                found.add(str(font.get("/BaseFont")))
    return found


def _written(ef: Any, folder: Path, paper: str) -> dict[str, Path]:
    tool = _tool()
    tool.make_hostile(ef)
    return tool.every_printable(ef, folder, paper)  # type: ignore[no-any-return]


def _words(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def _check(written: dict[str, Path]) -> None:
    bad = {name: fonts for name, path in written.items() if (fonts := _unembedded_fonts(path))}
    assert not bad, bad
    # Fallback fonts have other ascents and widths: still no text printed over text.
    clashes = {name: measure(path).clashes[:2] for name, path in written.items()}
    assert not {name: c for name, c in clashes.items() if c}


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_open_space_pdf_embeds_its_fonts(demo_path: Path, tmp_path: Path, paper: str) -> None:
    ef = open_event_file(demo_path, tmp_path / "backups")
    try:
        written = _written(ef, tmp_path, paper)
    finally:
        ef.close()
    _check(written)
    # Badges wrap a long name over two lines: compare with line breaks as spaces.
    names = _words(written["badges"])
    tool = _tool()
    for name in tool.NAMES[:11]:
        assert " ".join(name.split()) in names, name


def test_every_cafe_pdf_embeds_its_fonts(tmp_path: Path) -> None:
    ef = create_event_file(tmp_path / "cafe.cafedesk")
    try:
        build_demo_cafe(ef, time_limit=0.3)
        written = _written(ef, tmp_path, "a4")
    finally:
        ef.close()
    _check(written)
    cards = _words(written["cafe-cards"])
    for name in ("محمد بن سلمان", "אברהם כהן", "王芳", "Anna אברהם 王芳 محمد"):
        assert name in cards, name
