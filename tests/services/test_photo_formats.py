"""Phone photos as they come: HEIC upright and downscaled; refused files say what to do."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from cafedesk.services import photos
from cafedesk.services.photo_formats import refusal
from cafedesk.store.eventfile import EventFile

FIXTURES = Path(__file__).parents[1] / "fixtures"


def iphone_heic(path: Path, size: tuple[int, int] = (2600, 1800)) -> Path:
    """A phone's HEIC: a landscape sensor image marked "rotate 90° clockwise" (held upright);
    its top strip is blue, so an upright portrait result has blue along its right edge.
    Stored as files (the app only decodes HEIC; the files were written once with an
    encoder), copied to ``path``."""
    source = FIXTURES / f"iphone-{size[0]}x{size[1]}.heic"
    shutil.copyfile(source, path)
    return path


def test_heic_is_imported_upright_and_downscaled(tmp_path: Path, event_file: EventFile) -> None:
    path = iphone_heic(tmp_path / "IMG_0412.HEIC")
    result = photos.import_photos(event_file, None, [path]).value
    assert result.failures == ()
    photo = result.photos[0]
    assert (photo.width, photo.height) == (1662, 2400), "portrait, long side at most 2400"
    with Image.open(io.BytesIO(photos.photo_bytes(event_file, photo.id))) as stored:
        assert stored.format == "JPEG"
        right = stored.getpixel((stored.width - 5, stored.height // 2))
        left = stored.getpixel((5, stored.height // 2))
    assert right[2] > 200 and right[0] < 60, "the blue strip is on the right: upright"
    assert left == pytest.approx((255, 255, 255), abs=12)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("IMG_0001.MOV", "This is a video (MOV)"),
        ("DSC_0001.NEF", "camera RAW picture (NEF). Export it as JPEG"),
        ("agenda.pdf", "This is a document (PDF)"),
        ("notes.xyz", "cannot read this kind of file (XYZ). It reads JPEG, PNG, HEIC/HEIF"),
    ],
)
def test_refused_files_name_their_format_and_what_to_do(
    tmp_path: Path, event_file: EventFile, name: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"not a picture at all" * 10)
    result = photos.import_photos(event_file, None, [path]).value
    assert result.photos == ()
    assert expected in result.failures[0].error.message()


def test_a_cut_off_picture_is_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "cut.jpg"
    Image.new("RGB", (64, 64), "red").save(path)
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(OSError) as caught:
        photos.downscale(path)
    assert "damaged or incomplete" in refusal(path, caught.value).message()
