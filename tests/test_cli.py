import os
import subprocess
import sys
from pathlib import Path

import pytest

from cafedesk.__main__ import _first_word, main

SRC = str(Path(__file__).resolve().parents[1] / "src")


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "cafedesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


@pytest.mark.parametrize(
    "args", [["--help"], ["demo", "--help"], ["plan", "--help"], ["plan", "placement", "--help"]]
)
def test_help_on_every_level(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 0
    assert "usage: cafedesk" in capsys.readouterr().out


def test_sub_command_is_found_after_options() -> None:
    assert _first_word(["--data-dir", "demo", "x.cafedesk"]) == "x.cafedesk"
    assert _first_word(["--data-dir", "d", "demo", "x"]) == "demo"


def test_demo_writes_an_event_file(tmp_path: Path) -> None:
    out = tmp_path / "demo.cafedesk"
    assert main(["demo", str(out)]) == 0
    assert out.read_bytes().startswith(b"SQLite format 3")


def test_smoke_test_paints_every_page_and_reports_timing(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path), "--smoke-test")
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert float(lines["first paint"].split()[0]) > 0
    assert int(lines["pages painted"]) >= 4
    log = (tmp_path / "log" / "cafedesk.log").read_text(encoding="utf-8")
    assert "opened" in log and "demo.cafedesk" in log
