"""Unattended runs on files cafedesk must refuse: a sentence and a non-zero exit, never a
dialog waiting for nobody (finding 8 of the data-safety review: all six kinds hung)."""

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _tamper(path: Path, statement: str) -> None:
    con = sqlite3.connect(path)
    con.execute(statement)
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


def _scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(8192, min(len(data), 40960)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def _foreign(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()


BAD_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty": (lambda p: p.write_bytes(b""), "is empty"),
    "plain text": (lambda p: p.write_text("hello", encoding="utf-8"), "not a cafedesk event"),
    "other database": (_foreign, "not a cafedesk event"),
    "newer": (lambda p: _tamper(p, "UPDATE alembic_version SET version_num='0999'"), "newer"),
    "damaged": (_scribble, "damaged"),
    "planted trigger": (
        lambda p: _tamper(
            p, "CREATE TRIGGER t AFTER INSERT ON participant BEGIN DELETE FROM topic; END"
        ),
        "changed by another program",
    ),
}


@pytest.mark.slow
def test_smoke_test_on_a_refused_file_prints_why_and_exits_non_zero(
    tmp_path: Path, demo_template: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": SRC, "QT_QPA_PLATFORM": "offscreen"}
    running = {}
    for kind, (spoil, _expected) in BAD_FILES.items():
        folder = tmp_path / kind.replace(" ", "-")
        folder.mkdir()
        path = folder / "event.cafedesk"
        path.write_bytes(demo_template.read_bytes())
        spoil(path)
        # All at once: each is a whole Qt start-up, and none may wait on a dialog.
        running[kind] = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "cafedesk",
                "--data-dir",
                str(folder / "data"),
                "--smoke-test",
                str(path),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
    failures = []
    for kind, process in running.items():
        try:
            out, err = process.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            process.kill()
            failures.append(f"{kind}: still running after 90 s (waiting on a dialog?)")
            continue
        expected = BAD_FILES[kind][1]
        if process.returncode == 0:
            failures.append(f"{kind}: exit code 0")
        if "Traceback" in err:
            failures.append(f"{kind}: a traceback\n{err}")
        if expected not in out + err:
            failures.append(f"{kind}: no sentence with {expected!r} in\n{out}{err}")
    assert not failures, "\n".join(failures)
