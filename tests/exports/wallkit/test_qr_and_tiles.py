"""QR codes on topic sheets scan to exactly their payload; tiled posters reassemble."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from cafedesk.exports.wallkit.items import item_pages, write_item
from cafedesk.exports.wallkit.kit import SHEETS
from cafedesk.exports.wallkit.sheets import qr_payload
from cafedesk.exports.wallkit.tiling import MARGIN, OVERLAP, grid_for
from tests.exports.wallkit.kit_data import kit

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")


def rasterise(pdf: Path, dpi: int, prefix: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="needs zbar-tools (make system-deps)")
def test_every_topic_sheets_qr_code_decodes_to_its_payload(tmp_path: Path) -> None:
    wall = kit()
    pdf = tmp_path / "topics.pdf"
    write_item(wall, "topic-sheets", pdf)
    pngs = rasterise(pdf, 150, tmp_path / "t")
    expected = [qr_payload(wall, t) for t in wall.topics()]
    assert len(pngs) == len(expected)
    for png, payload in zip(pngs, expected, strict=True):
        out = subprocess.run(
            ["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True
        )
        assert out.stdout.strip() == payload
    assert expected[0] == f"cafedesk:{wall.event_key}:topic:1"


@pytest.mark.parametrize("poster,sheet", [("a2", "a4"), ("a1", "letter")])
def test_tiles_reassembled_by_their_marks_make_the_poster(
    tmp_path: Path, poster: str, sheet: str
) -> None:
    dpi = 24
    wall = kit()
    whole = tmp_path / "whole.pdf"
    tiled = tmp_path / "tiled.pdf"
    write_item(wall, "agenda-poster", whole, poster)
    write_item(wall, "agenda-poster", tiled, poster, tile=sheet)
    page = item_pages(wall, "agenda-poster", poster)[0]
    grid = grid_for(page.size, SHEETS[sheet])
    [reference_png] = rasterise(whole, dpi, tmp_path / "w")
    tiles = rasterise(tiled, dpi, tmp_path / "p")
    assert len(tiles) == 1 + grid.rows * grid.columns  # the assembly sheet, then the tiles
    reference = Image.open(reference_png).convert("L")
    aw, ah = grid.area
    # Every poster point is covered, and neighbours share the overlap.
    assert grid.step[0] == pytest.approx(aw - OVERLAP)
    assert (grid.columns - 1) * grid.step[0] + aw >= page.size[0]
    assert (grid.rows - 1) * grid.step[1] + ah >= page.size[1]
    mean, worst = _block_difference(
        _reassemble(tiles[1:], grid, dpi, grid.step, reference.size), reference
    )
    assert mean < 3.0 and worst < 80, (mean, worst)
    # The check can fail: laid edge to edge (the overlap ignored) the poster comes out wrong.
    wrong = _reassemble(tiles[1:], grid, dpi, grid.area, reference.size)
    assert _block_difference(wrong, reference)[1] >= 80


def _reassemble(
    tiles: list[Path], grid, dpi: int, step: tuple[float, float], size: tuple[int, int]
) -> Image.Image:  # type: ignore[no-untyped-def]
    px = dpi / 72
    canvas = Image.new("L", size, 0)  # black where no tile lands
    aw, ah = grid.area
    for index, png in enumerate(tiles):
        r, c = divmod(index, grid.columns)
        image = Image.open(png).convert("L")
        # Cut each sheet at its corner marks: the printed area inside the margin.
        box = (
            round(MARGIN * px),
            round(MARGIN * px),
            round((MARGIN + aw) * px),
            round((MARGIN + ah) * px),
        )
        canvas.paste(image.crop(box), (round(c * step[0] * px), round(r * step[1] * px)))
    return canvas


def _block_difference(canvas: Image.Image, reference: Image.Image) -> tuple[float, int]:
    # Tiles sit on whole pixels, the poster on fractions: compare in 6-pixel blocks, where
    # anti-aliased edges average out but a missing or misplaced strip of poster does not.
    small = (reference.size[0] // 6, reference.size[1] // 6)
    box = Image.Resampling.BOX
    diff = ImageChops.difference(canvas.resize(small, box), reference.resize(small, box))
    return ImageStat.Stat(diff).mean[0], diff.getextrema()[1]


def test_a_tiled_poster_labels_every_sheet(tmp_path: Path) -> None:
    from tests.exports.wallkit.pdf_read import all_text

    out = io.BytesIO()
    write_item(kit(), "agenda-poster", out, "a1", tile="a4")
    text = all_text(out.getvalue())
    grid = grid_for(SHEETS["a1"][::-1], SHEETS["a4"])
    assert f"row 2 · column 3 (of {grid.rows} × {grid.columns})" in text
    assert f"How to assemble: {grid.rows} rows × {grid.columns} columns" in text
