"""Photos of a café harvest cell (round, table): import, list by owner, go and come back
with their round or table."""

from __future__ import annotations

from pathlib import Path

import pytest

from cafedesk.domain.errors import NotFoundError
from cafedesk.services import cafe, photos, topics
from cafedesk.store.eventfile import EventFile
from tests.services.test_photos import flipchart_jpeg


@pytest.fixture
def cell(event_file: EventFile) -> tuple[int, int]:
    table = cafe.add_table(event_file, 5).value
    cafe.add_table(event_file, 5)
    rnd = cafe.add_round(event_file, "What makes the square lively?").value
    cafe.add_round(event_file, "What is missing?")
    return rnd.id, table.id


def pictures(tmp_path: Path) -> list[Path]:
    good1 = tmp_path / "table 1.jpg"
    good1.write_bytes(flipchart_jpeg(900, 1200))
    broken = tmp_path / "half.jpg"
    broken.write_bytes(flipchart_jpeg(900, 1200)[:400])
    good2 = tmp_path / "table 1 back.jpg"
    good2.write_bytes(flipchart_jpeg(1200, 900))
    return [good1, broken, good2]


def test_import_into_a_harvest_cell_and_list_by_owner(
    event_file: EventFile, cell: tuple[int, int], tmp_path: Path
) -> None:
    topic = topics.add_topic(event_file, "Seed saving").value
    on_topic = photos.add_photo(event_file, topic.id, *photos.downscale(flipchart_jpeg(300, 200)))
    result = photos.import_photos(event_file, None, pictures(tmp_path), harvest=cell).value
    assert [f.name for f in result.failures] == ["half.jpg"]
    assert [p.file_name for p in result.photos] == ["table 1.jpg", "table 1 back.jpg"]
    assert all(p.harvest == cell and p.topic_id is None for p in result.photos)

    assert photos.list_photos(event_file, harvest=cell) == list(result.photos)
    assert photos.list_photos(event_file, topic.id) == [on_topic.value]
    other_round = cafe.load_cafe(event_file).rounds[1].id
    assert photos.list_photos(event_file, harvest=(other_round, cell[1])) == []
    assert len(photos.list_photos(event_file)) == 3, "no owner given: every photo"
    assert photos.harvest_photos(event_file) == {cell: result.photos}

    # Editing keeps the owner; an undo puts the old value back, owner included.
    first = result.photos[0]
    turned = photos.rotate_photo(event_file, first.id).value
    assert turned.harvest == cell and (turned.width, turned.height) == (1200, 900)
    photos.put_photo(event_file, first)
    assert photos.get_photo(event_file, first.id) == first


def test_a_photo_has_one_owner_that_exists(event_file: EventFile, cell: tuple[int, int]) -> None:
    topic = topics.add_topic(event_file, "Seed saving").value
    jpeg, width, height = photos.downscale(flipchart_jpeg(300, 200))
    with pytest.raises(ValueError):
        photos.add_photo(event_file, topic.id, jpeg, width, height, harvest=cell)
    with pytest.raises(NotFoundError):
        photos.add_photo(event_file, None, jpeg, width, height, harvest=(cell[0], 999))


@pytest.mark.parametrize("owner", ["round", "table"])
def test_deleting_a_round_or_table_takes_its_photos_and_undo_brings_them_back(
    event_file: EventFile, cell: tuple[int, int], tmp_path: Path, owner: str
) -> None:
    stored = photos.import_photos(event_file, None, pictures(tmp_path), harvest=cell).value.photos
    set_caption = photos.set_caption(event_file, stored[1].id, "Bänke & Schatten").value
    before = photos.list_photos(event_file, harvest=cell)
    assert before[1] == set_caption
    pixels = [photos.photo_bytes(event_file, p.id) for p in before]

    if owner == "round":
        tomb = cafe.delete_round(event_file, cell[0]).value
    else:
        tomb = cafe.delete_table(event_file, cell[1]).value
    assert photos.list_photos(event_file) == [] and photos.harvest_photos(event_file) == {}

    cafe.restore(event_file, tomb)
    assert photos.list_photos(event_file, harvest=cell) == before, "same ids, order, captions"
    assert [photos.photo_bytes(event_file, p.id) for p in before] == pixels
