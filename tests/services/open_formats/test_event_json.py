"""The whole event as JSON: byte-identical round trips, the schema, refusals that write nothing."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cafedesk.services import participants
from cafedesk.services.demo_cafe import write_demo_cafe
from cafedesk.services.open_formats import event_json as ej
from cafedesk.services.open_formats.schema import SCHEMA_FILE, build_schema, schema_text
from cafedesk.store.eventfile import EventFile, open_event_file


def _export(path: Path, backups: Path) -> str:
    ef = open_event_file(path, backups, read_only=True)
    try:
        return ej.dumps(ej.export_event(ef))
    finally:
        ef.close()


def _round_trip(path: Path, tmp_path: Path) -> tuple[str, str]:
    first = _export(path, tmp_path / "bk")
    source = tmp_path / "event.json"
    source.write_text(first, encoding="utf-8")
    ej.import_json(source, tmp_path / "back.cafedesk").close()
    return first, _export(tmp_path / "back.cafedesk", tmp_path / "bk")


def test_the_open_space_demo_comes_back_byte_for_byte(demo_path: Path, tmp_path: Path) -> None:
    first, second = _round_trip(demo_path, tmp_path)
    assert first == second
    tables = json.loads(first)["tables"]
    assert len(tables["participant"]) > 10 and tables["photo"] and tables["session_report"]


def test_the_cafe_demo_comes_back_byte_for_byte(tmp_path: Path) -> None:
    write_demo_cafe(tmp_path / "cafe.cafedesk")
    first, second = _round_trip(tmp_path / "cafe.cafedesk", tmp_path)
    assert first == second
    assert json.loads(first)["tables"]["cafe_seat"]


def test_every_export_fits_the_shipped_schema(demo_path: Path, tmp_path: Path) -> None:
    document = json.loads(_export(demo_path, tmp_path / "bk"))
    jsonschema.Draft202012Validator.check_schema(build_schema())
    jsonschema.validate(document, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    docs = Path(__file__).parents[3] / "docs" / "cafedesk-event-v1.schema.json"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text() == docs.read_text("utf-8")


def test_the_schema_refuses_what_the_importer_refuses(demo_path: Path, tmp_path: Path) -> None:
    document = json.loads(_export(demo_path, tmp_path / "bk"))
    document["tables"]["topic"][3]["title"] = 42
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, build_schema())
    assert ej.validate(document) == ["tables.topic[3].title: must be text"]


def _refused(tmp_path: Path, text: str | bytes) -> ej.ImportRefused:
    folder = tmp_path / "import"
    folder.mkdir()
    source = folder / "in.json"
    if isinstance(text, str):
        text = text.encode("utf-8")
    source.write_bytes(text)
    target = folder / "out.cafedesk"
    with pytest.raises(ej.ImportRefused) as caught:
        ej.import_json(source, target)
    assert not target.exists()
    assert [p.name for p in folder.iterdir()] == ["in.json"]  # no leftovers either
    return caught.value


def test_a_truncated_file_is_refused_with_a_sentence(demo_path: Path, tmp_path: Path) -> None:
    text = _export(demo_path, tmp_path / "bk")
    error = _refused(tmp_path, text[: len(text) // 2])
    assert "damaged or cut short" in error.message()
    assert "in.json" in error.message()


def test_wrong_types_are_named_by_their_place(demo_path: Path, tmp_path: Path) -> None:
    document = json.loads(_export(demo_path, tmp_path / "bk"))
    document["tables"]["topic"][14]["title"] = None
    document["tables"]["participant"][2]["roles"] = "x"  # any JSON: allowed
    document["tables"]["time_slot"][0]["start"] = "nine"
    document["tables"]["photo"][0]["image"] = "not base64!"
    error = _refused(tmp_path, json.dumps(document))
    assert sorted(error.problems) == [
        "tables.photo[0].image: must be base64 data",
        "tables.time_slot[0].start: must be a time like 09:30:00",
        "tables.topic[14].title: must not be empty (null)",
    ]
    assert "nothing was imported" in error.message()


def test_a_newer_format_is_refused_with_a_sentence(tmp_path: Path) -> None:
    error = _refused(tmp_path, json.dumps({"format": "cafedesk-event/v2", "tables": {}}))
    assert "newer cafedesk" in error.message() and "Update cafedesk" in error.message()


def test_a_foreign_json_file_is_refused(tmp_path: Path) -> None:
    error = _refused(tmp_path, json.dumps({"schedule": {"talks": []}}))
    assert "another program" in error.message()


def test_dangling_references_are_named_and_write_nothing(demo_path: Path, tmp_path: Path) -> None:
    document = json.loads(_export(demo_path, tmp_path / "bk"))
    document["tables"]["topic_convenor"][0]["participant_key"] = "participant-999"
    document["tables"]["topic"][2]["space_key"] = "participant-1"  # a key of the wrong table
    error = _refused(tmp_path, json.dumps(document))
    assert error.problems == [
        "tables.topic[2].space_key: “participant-1” is not the key of any space in this document",
        "tables.topic_convenor[0].participant_key: “participant-999” is not the key of any "
        "participant in this document",
    ]


def test_an_import_sees_changes_made_before_the_export(
    event_file: EventFile, tmp_path: Path
) -> None:
    participants.add_participant(event_file, '=HYPERLINK("x")', organisation="Jäger & Söhne")
    text = ej.dumps(ej.export_event(event_file))
    (tmp_path / "e.json").write_text(text, encoding="utf-8")
    back = ej.import_json(tmp_path / "e.json", tmp_path / "e2.cafedesk")
    try:
        assert participants.list_participants(back) == participants.list_participants(event_file)
    finally:
        back.close()


def test_the_documented_example_fits_and_imports(tmp_path: Path) -> None:
    example = Path(__file__).parents[3] / "docs" / "cafedesk-event-example.json"
    jsonschema.validate(json.loads(example.read_text("utf-8")), build_schema())
    back = ej.import_json(example, tmp_path / "example.cafedesk")
    try:
        (person,) = [p for p in participants.list_participants(back) if p.name == "Ana Pereira"]
        assert person.roles == ("convenor",)
    finally:
        back.close()
    docs = (example.parent / "open-formats.md").read_text("utf-8")
    assert example.read_text("utf-8").strip() in docs


def test_a_photo_that_is_no_picture_is_named_and_nothing_written(
    demo_path: Path, tmp_path: Path
) -> None:
    """Untrusted input: base64 that decodes to something else (or a decompression bomb)."""
    import base64
    import io

    from PIL import Image

    document = json.loads(_export(demo_path, tmp_path / "bk"))
    document["tables"]["photo"][0]["image"] = base64.b64encode(b"%PDF-1.4 not a photo").decode()
    bomb = io.BytesIO()
    Image.new("1", (30000, 30000)).save(bomb, "PNG")  # 900 megapixels, a few kilobytes
    document["tables"]["photo"][1]["image"] = base64.b64encode(bomb.getvalue()).decode()
    error = _refused(tmp_path, json.dumps(document))
    assert sorted(error.problems) == [
        "tables.photo[0].image: is not a picture (or one too large to open safely)",
        "tables.photo[1].image: is not a picture (or one too large to open safely)",
    ]


@pytest.mark.slow
def test_an_imported_event_opens_and_paints_every_page(demo_path: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    source = tmp_path / "sent.json"
    source.write_text(_export(demo_path, tmp_path / "bk"), encoding="utf-8")
    event = tmp_path / "arrived.cafedesk"
    ej.import_json(source, event).close()
    src = str(Path(__file__).resolve().parents[3] / "src")
    done = subprocess.run(
        [sys.executable, "-m", "cafedesk", "--data-dir", str(tmp_path / "d"), "--smoke-test",
         str(event)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": src, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-800:]
    assert "pages painted" in done.stdout
