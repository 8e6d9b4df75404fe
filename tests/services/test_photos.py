"""Flipchart photos: upright, downscaled, broken files reported, edits and undo."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from cafedesk.domain.errors import ValidationError
from cafedesk.domain.model import Topic
from cafedesk.services import photos, topics
from cafedesk.store.eventfile import EventFile


def flipchart_jpeg(width: int, height: int, orientation: int | None = None) -> bytes:
    """A white sheet, red on the top-left quarter, so orientation is testable."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width // 2, height // 2), fill=(220, 30, 30))
    draw.line((0, height - 5, width, height - 5), fill=(20, 60, 200), width=4)
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def pixel(jpeg: bytes, fx: float, fy: float) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(jpeg)) as image:
        rgb = image.convert("RGB")
        value = rgb.getpixel((int(fx * (rgb.width - 1)), int(fy * (rgb.height - 1))))
    assert isinstance(value, tuple)
    return (int(value[0]), int(value[1]), int(value[2]))


def is_red(rgb: tuple[int, int, int]) -> bool:
    return rgb[0] > 150 and rgb[1] < 100 and rgb[2] < 100


@pytest.fixture
def topic(event_file: EventFile) -> Topic:
    return topics.add_topic(event_file, "Seed saving").value


def test_exif_orientation_is_applied_and_big_photos_downscaled(tmp_path: Path) -> None:
    # Orientation 6: the camera was turned; viewers rotate 90° clockwise to show it.
    path = tmp_path / "turned.jpg"
    path.write_bytes(flipchart_jpeg(4000, 3000, orientation=6))
    jpeg, width, height = photos.downscale(path)
    # Decoded at half size (JPEG draft), then turned upright: portrait now.
    assert (width, height) == (1500, 2000)
    with Image.open(io.BytesIO(jpeg)) as image:
        assert image.size == (1500, 2000)
        assert image.getexif().get(0x0112) in (None, 1)
    # Bigger than twice the limit: decoded at half size, then resampled to the limit.
    huge = tmp_path / "huge.jpg"
    huge.write_bytes(flipchart_jpeg(6000, 4000))
    assert photos.downscale(huge)[1:] == (2400, 1600)
    # The red quarter was top-left before turning clockwise; now it is top-right.
    assert is_red(pixel(jpeg, 0.75, 0.25)) and not is_red(pixel(jpeg, 0.25, 0.25))


def test_small_pictures_keep_their_size_and_transparency_becomes_white() -> None:
    image = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    jpeg, width, height = photos.downscale(out.getvalue())
    assert (width, height) == (300, 200)
    assert pixel(jpeg, 0.5, 0.5) > (240, 240, 240)


def test_import_keeps_good_files_and_reports_each_broken_one(
    event_file: EventFile, topic: Topic, tmp_path: Path
) -> None:
    good1 = tmp_path / "wall 1.jpg"
    good1.write_bytes(flipchart_jpeg(1200, 900))
    broken = tmp_path / "cut-off.jpg"
    broken.write_bytes(flipchart_jpeg(1200, 900)[:600])
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    good2 = tmp_path / "wall 2.png"
    Image.new("RGB", (500, 400), "white").save(good2)
    gone = tmp_path / "deleted.jpg"
    seen: list[float] = []
    done = photos.import_photos(
        event_file,
        topic.id,
        [good1, broken, text, good2, gone],
        progress=lambda f, _t: seen.append(f),
    )
    result = done.value
    assert [p.file_name for p in result.photos] == ["wall 1.jpg", "wall 2.png"]
    assert [f.name for f in result.failures] == ["cut-off.jpg", "notes.txt", "deleted.jpg"]
    assert all(f.error.message() for f in result.failures)
    assert not result.cancelled and seen[-1] == 1.0
    stored = photos.list_photos(event_file, topic.id)
    assert stored == list(result.photos)
    assert [p.position for p in stored] == sorted(p.position for p in stored)
    assert photos.thumbnail_bytes(event_file, stored[0].id).startswith(b"\xff\xd8")


def test_cancel_keeps_what_was_imported(
    event_file: EventFile, topic: Topic, tmp_path: Path
) -> None:
    paths = []
    for i in range(4):
        paths.append(tmp_path / f"p{i}.jpg")
        paths[-1].write_bytes(flipchart_jpeg(300, 200))
    calls = iter(range(100))
    result = photos.import_photos(
        event_file, topic.id, paths, cancelled=lambda: next(calls) >= 2
    ).value
    assert result.cancelled and len(result.photos) == 2
    assert len(photos.list_photos(event_file, topic.id)) == 2


def test_rotate_crop_caption_reorder_and_delete(event_file: EventFile, topic: Topic) -> None:
    jpeg, w, h = photos.downscale(flipchart_jpeg(800, 600))
    first = photos.add_photo(event_file, topic.id, jpeg, w, h).value
    second = photos.add_photo(event_file, topic.id, jpeg, w, h).value

    turned = photos.rotate_photo(event_file, first.id).value
    assert (turned.rotation, turned.width, turned.height) == (90, 600, 800)
    assert is_red(pixel(photos.photo_bytes(event_file, first.id), 0.75, 0.25))

    # Crop to the red quarter (top-right once turned); a second turn keeps that region.
    cropped = photos.crop_photo(event_file, first.id, (0.5, 0.0, 1.0, 0.5)).value
    assert (cropped.width, cropped.height) == (300, 400)
    assert is_red(pixel(photos.photo_bytes(event_file, first.id), 0.5, 0.5))
    again = photos.rotate_photo(event_file, first.id).value
    assert (again.rotation, again.width, again.height) == (180, 400, 300)
    assert is_red(pixel(photos.photo_bytes(event_file, first.id), 0.5, 0.5))
    with pytest.raises(ValidationError):
        photos.crop_photo(event_file, first.id, (0.5, 0.5, 0.505, 0.9))

    # Undo is putting the old value back: the original picture returns unharmed.
    photos.put_photo(event_file, first)
    assert photos.get_photo(event_file, first.id) == first
    assert photos.photo_bytes(event_file, first.id) == jpeg

    captioned = photos.set_caption(event_file, second.id, "  Harvest — große Ideen  ").value
    assert captioned.caption == "Harvest — große Ideen"
    photos.reorder_photos(event_file, [second.id, first.id])
    assert [p.id for p in photos.list_photos(event_file, topic.id)] == [second.id, first.id]

    tomb = photos.delete_photo(event_file, second.id).value
    assert [p.id for p in photos.list_photos(event_file, topic.id)] == [first.id]
    photos.restore_photo(event_file, tomb)
    assert photos.get_photo(event_file, second.id).caption == "Harvest — große Ideen"


def test_decompression_bombs_are_refused(tmp_path: Path, event_file: EventFile) -> None:
    path = tmp_path / "bomb.png"
    side = int((2.1 * (Image.MAX_IMAGE_PIXELS or 0)) ** 0.5)
    Image.new("1", (side, side)).save(path)  # a huge nothing, tiny on disk
    result = photos.import_photos(event_file, None, [path]).value
    assert not result.photos and [f.name for f in result.failures] == ["bomb.png"]
