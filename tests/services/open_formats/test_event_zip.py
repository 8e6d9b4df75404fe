"""The event as ``.cafedesk.zip``: round trips byte for byte; an untrusted zip is refused
member by member with a sentence, before anything is unpacked, and nothing is written."""

from __future__ import annotations

import io
import json
import stat
import struct
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from cafedesk.services.open_formats import event_json as ej
from cafedesk.services.open_formats import event_zip as ez
from cafedesk.store.eventfile import open_event_file

EMPTY_EVENT = b'{"format": "cafedesk-event/v1", "tables": {}}'


def _zip_of(path: Path, tmp_path: Path, name: str = "a.cafedesk.zip") -> Path:
    ef = open_event_file(path, tmp_path / "bk", read_only=True)
    try:
        ez.write_zip(ef, tmp_path / name)
    finally:
        ef.close()
    return tmp_path / name


def test_the_demo_comes_back_from_its_zip_byte_for_byte(demo_path: Path, tmp_path: Path) -> None:
    first = _zip_of(demo_path, tmp_path)
    ej.import_json(first, tmp_path / "back.cafedesk").close()
    again = _zip_of(tmp_path / "back.cafedesk", tmp_path, "b.cafedesk.zip")
    assert first.read_bytes() == again.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        document = json.loads(archive.read("event.json"))
        picture = archive.read(document["tables"]["photo"][0]["thumbnail"]["file"])
    assert names[0] == "event.json" and all(n.startswith("photos/") for n in names[1:])
    assert Image.open(io.BytesIO(picture)).size[0] > 0, "a picture any viewer opens"
    # the same event as the one-file JSON form, pictures embedded
    ef = open_event_file(tmp_path / "back.cafedesk", tmp_path / "bk", read_only=True)
    embedded = ej.export_event(ef)
    ef.close()
    assert len(document["tables"]["photo"]) == len(embedded["tables"]["photo"]) > 0
    assert first.stat().st_size < len(ej.dumps(embedded).encode())


def _archive(tmp_path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    folder = tmp_path / "sent"
    folder.mkdir(exist_ok=True)
    path = folder / "in.cafedesk.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info, data)
    return path


def _refused(path: Path) -> str:
    target = path.parent / "out.cafedesk"
    with pytest.raises(ej.ImportRefused) as caught:
        ej.import_json(path, target)
    assert [p.name for p in path.parent.iterdir()] == [path.name], "nothing written"
    return caught.value.message()


@pytest.mark.parametrize(
    "member",
    ["../evil.json", "photos/../../evil.jpg", "/etc/cron.d/x", "C:\\Windows\\x", "a\\..\\b"],
)
def test_a_path_out_of_the_zip_is_refused(tmp_path: Path, member: str) -> None:
    path = _archive(tmp_path, [("event.json", EMPTY_EVENT), (member, b"x")])
    assert _refused(path) == (
        f"“in.cafedesk.zip” holds “{member}”, a path that leads outside the archive, "
        "so nothing was imported."
    )


def test_a_symbolic_link_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("photos/photo-1-image.jpg")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = _archive(tmp_path, [("event.json", EMPTY_EVENT), (link, b"/etc/passwd")])
    assert _refused(path) == (
        "“in.cafedesk.zip” holds “photos/photo-1-image.jpg”, a link to another place rather "
        "than a file, so nothing was imported."
    )


def test_a_name_given_twice_is_refused(tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        path = _archive(tmp_path, [("event.json", EMPTY_EVENT), ("event.json", b"{}")])
    assert _refused(path) == (
        "“in.cafedesk.zip” holds “event.json” twice, so it is not clear which is meant; "
        "nothing was imported."
    )


def _claim(path: Path, member: str, size: int) -> None:
    """Forge the uncompressed size the zip's directory and local header claim."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, at in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_at = start + (46 if signature == b"PK\x01\x02" else 30)
            if data[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", data, start + at, size)
            start += 4
    path.write_bytes(bytes(data))


def test_a_claimed_2_gb_member_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _archive(tmp_path, [("event.json", EMPTY_EVENT), ("photos/p.jpg", b"tiny")])
    _claim(path, "photos/p.jpg", 2_000_000_000)

    def no_reading(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a member was read")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_reading)
    assert _refused(path) == (
        "“in.cafedesk.zip” holds “photos/p.jpg”, which unpacks to 2,000 MB, more than the "
        "64 MB cafedesk accepts, so nothing was imported."
    )


def test_a_member_holding_more_than_it_claims_is_refused(tmp_path: Path) -> None:
    """A small claim over a deflated bomb: reading stops at the claim and the sum fails."""
    bomb = b"\0" * 20_000_000
    document = {
        "format": "cafedesk-event/v1",
        "tables": {"photo": [{"image": {"file": "photos/p.jpg"}}]},
    }
    path = _archive(
        tmp_path, [("event.json", json.dumps(document).encode()), ("photos/p.jpg", bomb)]
    )
    _claim(path, "photos/p.jpg", 1000)
    assert _refused(path) == (
        "“photos/p.jpg” in “in.cafedesk.zip” is damaged or cut short, so nothing was "
        "imported. Ask for the file again."
    )


def test_a_too_large_event_json_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ez, "MAX_DOCUMENT_BYTES", 10)
    path = _archive(tmp_path, [("event.json", EMPTY_EVENT)])
    assert "holds “event.json”, which unpacks to" in _refused(path)


def test_a_locked_member_is_refused(tmp_path: Path) -> None:
    path = _archive(tmp_path, [("event.json", EMPTY_EVENT)])
    data = bytearray(path.read_bytes())
    for signature, at in ((b"PK\x01\x02", 8), (b"PK\x03\x04", 6)):
        start = data.find(signature)
        data[start + at] |= 0x1  # the "encrypted" flag
    path.write_bytes(bytes(data))
    assert _refused(path) == (
        "“in.cafedesk.zip” holds “event.json” locked with a password, so nothing was imported."
    )


def test_a_zip_without_event_json_is_refused(tmp_path: Path) -> None:
    path = _archive(tmp_path, [("photos/a.jpg", b"x")])
    assert _refused(path) == "“in.cafedesk.zip” holds no event.json, so it is not a cafedesk event."


def test_a_cut_short_zip_is_refused(demo_path: Path, tmp_path: Path) -> None:
    whole = _zip_of(demo_path, tmp_path).read_bytes()
    folder = tmp_path / "sent"
    folder.mkdir()
    (folder / "in.cafedesk.zip").write_bytes(whole[: len(whole) // 2])
    assert "is damaged or cut short" in _refused(folder / "in.cafedesk.zip")


def test_missing_and_false_pictures_are_named_by_their_place(
    demo_path: Path, tmp_path: Path
) -> None:
    whole = _zip_of(demo_path, tmp_path)
    with zipfile.ZipFile(whole) as archive:
        document = json.loads(archive.read("event.json"))
        members = [(n, archive.read(n)) for n in archive.namelist() if n != "event.json"]
    photos = document["tables"]["photo"]
    photos[0]["thumbnail"] = {"file": "photos/gone.jpg"}
    false = photos[1]["thumbnail"]["file"]
    members = [(n, b"%PDF-1.4 not a photo" if n == false else d) for n, d in members]
    path = _archive(tmp_path, [("event.json", json.dumps(document).encode()), *members])
    target = path.parent / "out.cafedesk"
    with pytest.raises(ej.ImportRefused) as caught:
        ej.import_json(path, target)
    assert not target.exists()
    assert sorted(caught.value.problems) == [
        "tables.photo[0].thumbnail: names “photos/gone.jpg”, which is not in the zip",
        "tables.photo[1].thumbnail: is not a picture (or one too large to open safely)",
    ]


def test_too_many_members_and_too_much_in_all_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = [("event.json", EMPTY_EVENT), *((f"photos/{n}.jpg", b"x" * 100) for n in range(3))]
    path = _archive(tmp_path, members)
    monkeypatch.setattr(ez, "MAX_MEMBERS", 3)
    assert _refused(path) == (
        "“in.cafedesk.zip” holds 4 files, more than any event has, so nothing was imported."
    )
    monkeypatch.setattr(ez, "MAX_MEMBERS", 100)
    monkeypatch.setattr(ez, "MAX_TOTAL_BYTES", 200)
    assert "holds “photos/1.jpg”, which unpacks to" in _refused(path)


def test_an_event_json_that_is_not_text_is_refused(tmp_path: Path) -> None:
    path = _archive(tmp_path, [("event.json", b"\xff\xfe\x00garbage")])
    assert (
        _refused(path) == "“event.json” in “in.cafedesk.zip” is not text, so nothing was imported."
    )


def test_the_command_line_refuses_a_bad_zip_in_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cafedesk.__main__ import main

    path = _archive(tmp_path, [("event.json", EMPTY_EVENT), ("/etc/passwd", b"x")])
    assert main(["import", "json", str(path), "-o", str(tmp_path / "sent" / "out.cafedesk")]) == 1
    err = capsys.readouterr().err
    assert "holds “/etc/passwd”, a path that leads outside the archive" in err
    assert "Traceback" not in err
    assert not (tmp_path / "sent" / "out.cafedesk").exists()
