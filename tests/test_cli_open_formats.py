"""``cafedesk export json|csv|xlsx`` and ``cafedesk import json``, headless."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from cafedesk.__main__ import main


def test_export_json_then_import_it_gives_the_same_event(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    first, again = tmp_path / "a.json", tmp_path / "b.json"
    back = tmp_path / "back.cafedesk"
    assert main([*data, "export", "json", str(demo_path), "-o", str(first)]) == 0
    assert main(["import", "json", str(first), "-o", str(back)]) == 0
    assert main([*data, "export", "json", str(back), "-o", str(again)]) == 0
    assert first.read_bytes() == again.read_bytes()
    assert json.loads(first.read_text("utf-8"))["format"] == "cafedesk-event/v1"


def test_export_xlsx_and_csv(demo_path: Path, tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "export", "xlsx", str(demo_path), "-o", str(tmp_path / "e.xlsx")]) == 0
    assert "Topics" in openpyxl.load_workbook(tmp_path / "e.xlsx").sheetnames
    assert main([*data, "export", "csv", str(demo_path), "-o", str(tmp_path / "e.zip")]) == 0
    assert (tmp_path / "e.zip").stat().st_size > 100


def test_a_bad_import_prints_each_place_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.json"
    source.write_text(
        json.dumps({"format": "cafedesk-event/v1", "tables": {"participant": [{"key": 7}]}}),
        encoding="utf-8",
    )
    assert main(["import", "json", str(source), "-o", str(tmp_path / "out.cafedesk")]) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err
    assert "tables.participant[0].key: must be a key" in err
    assert "tables.participant[0].name: is missing" in err
    assert "Traceback" not in err
    assert not (tmp_path / "out.cafedesk").exists()


def test_export_json_to_a_zip_name_writes_the_zip_form_and_it_imports(
    demo_path: Path, tmp_path: Path
) -> None:
    import zipfile

    data = ["--data-dir", str(tmp_path / "data")]
    first, again = tmp_path / "a.cafedesk.zip", tmp_path / "b.cafedesk.zip"
    assert main([*data, "export", "json", str(demo_path), "-o", str(first)]) == 0
    with zipfile.ZipFile(first) as archive:
        assert archive.namelist()[0] == "event.json"
        assert any(n.startswith("photos/") for n in archive.namelist())
    assert main(["import", "json", str(first), "-o", str(tmp_path / "back.cafedesk")]) == 0
    back = str(tmp_path / "back.cafedesk")
    assert main([*data, "export", "json", back, "-o", str(again)]) == 0
    assert first.read_bytes() == again.read_bytes()
