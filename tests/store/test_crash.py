"""Pull the plug in the middle of a burst of edits: nothing acknowledged may be lost."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cafedesk.store.eventfile import open_event_file
    from cafedesk.services import spaces, participants

    ef = open_event_file(Path(sys.argv[1]), Path(sys.argv[2]))
    i = 0
    while True:
        spaces.add_space(ef, f"Burst space {i}", 10 + i % 7)
        participants.add_participant(ef, f"Burst person {i}", group="Ü")
        print(i, flush=True)  # only after both services returned
        i += 1
    """
)


def test_sigkill_during_edits_keeps_every_returned_edit(tmp_path: Path, demo_path: Path) -> None:
    rng = random.Random(42)
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    for run in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(demo_path), str(tmp_path / "b")],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        wanted = rng.randint(3, 40)
        last = -1
        for line in proc.stdout:
            last = int(line)
            if last >= wanted:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        assert last >= wanted, f"run {run}: the writer died early"
        con = sqlite3.connect(demo_path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            names = {
                row[0]
                for row in con.execute("SELECT name FROM space WHERE name LIKE 'Burst space %'")
            }
            people = {
                row[0]
                for row in con.execute(
                    "SELECT name FROM participant WHERE name LIKE 'Burst person %'"
                )
            }
        finally:
            con.close()
        missing = [
            i
            for i in range(last + 1)
            if f"Burst space {i}" not in names or f"Burst person {i}" not in people
        ]
        assert not missing, f"run {run}: acknowledged edits lost: {missing}"
        # clean up for the next run: the dead writer's lock must be recognised as stale
        con = sqlite3.connect(demo_path)
        con.execute("DELETE FROM space WHERE name LIKE 'Burst space %'")
        con.execute("DELETE FROM participant WHERE name LIKE 'Burst person %'")
        con.commit()
        con.close()
