"""Pull the plug: SIGKILL cafedesk in the middle of its work, then look at what is left.

    python benchmarks/bench_crash.py [--kills 100] [--only edits,backups,...]

Five kinds of work, each killed ``--kills`` times at a random moment within the
time a whole run takes (measured first):

- edits:      bursts of service calls; each acknowledged (returned) edit is printed
- backups:    edits and rolling backups one after the other
- migrations: opening an event file of the oldest format, which updates it
- imports:    a participant list of 1,000 rows, all or nothing
- exports:    the book of proceedings of the demo event

After each kill the event is opened as the next start would open it, and counted:
corrupt event files, acknowledged edits lost, half-done migrations or imports,
damaged backups listed as good, and temporary files still there after the next start.
All must be zero. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cafedesk.exports import output  # noqa: E402
from cafedesk.services import participants, spaces  # noqa: E402
from cafedesk.services.demo import write_demo  # noqa: E402
from cafedesk.store.backups import check_integrity, list_backups_in  # noqa: E402
from cafedesk.store.eventfile import open_event_file  # noqa: E402
from cafedesk.store.fileops import TEMP_MARK  # noqa: E402

CHILD_PRELUDE = """
import sys
from pathlib import Path
event, backups, work = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
"""

CHILDREN = {
    "edits": """
from cafedesk.store.eventfile import open_event_file
from cafedesk.services import spaces, participants
print("ready", flush=True)  # modules loaded: the work starts now
ef = open_event_file(event, backups)
i = 0
while True:
    spaces.add_space(ef, f"Burst space {i}", 10 + i % 7)
    participants.add_participant(ef, f"Burst person {i}", group="Ü")
    print(i, flush=True)
    i += 1
""",
    "backups": """
from cafedesk.store.eventfile import open_event_file
from cafedesk.store.backups import make_backup
from cafedesk.services import spaces
print("ready", flush=True)  # modules loaded: the work starts now
ef = open_event_file(event, backups)
i = 0
while True:
    spaces.add_space(ef, f"Backed up {i}", 5)
    ef.checkpoint()
    make_backup(event, backups, "timer")
    print(i, flush=True)
    i += 1
""",
    "migrations": """
from cafedesk.store.eventfile import open_event_file
print("ready", flush=True)  # modules loaded: the work starts now
open_event_file(event, backups).close()
print("done", flush=True)
""",
    "imports": """
from cafedesk.store.eventfile import open_event_file
from cafedesk.services import participant_import as imp, participants
print("ready", flush=True)  # modules loaded: the work starts now
ef = open_event_file(event, backups)
raw = imp.read_table(work / "people.csv")
plan = imp.plan_import(raw, imp.guess_mapping(raw.headers), participants.list_participants(ef))
imp.apply_import(ef, plan)
print("done", flush=True)
""",
    "exports": """
from cafedesk.exports import output
from cafedesk.store.eventfile import open_event_file
from cafedesk.services.report_export import write_proceedings
print("ready", flush=True)  # modules loaded: the work starts now
output.set_pending_folder(work / "pending")
ef = open_event_file(event, backups)
write_proceedings(ef, work / "out" / "book.pdf")
print("done", flush=True)
""",
}


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}


def run_child(kind: str, folder: Path, kill_after: float | None) -> tuple[list[str], float]:
    """Start the work; kill it ``kill_after`` s after it is ready (None: let it finish).

    Returns the lines it printed and the seconds it ran after being ready.
    """
    script = textwrap.dedent(CHILD_PRELUDE) + textwrap.dedent(CHILDREN[kind])
    proc = subprocess.Popen(
        [
            sys.executable, "-c", script, str(folder / "event.cafedesk"),
            str(folder / "backups"), str(folder),
        ],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=child_env(),
    )  # fmt: skip
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    ready = time.perf_counter()
    if kill_after is None:
        out, _ = proc.communicate(timeout=600)
        return out.split(), time.perf_counter() - ready
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    return out.split(), time.perf_counter() - ready


def prepare(kind: str, folder: Path, demo: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "out").mkdir()
    if kind == "migrations":
        shutil.copyfile(
            ROOT / "tests" / "fixtures" / "schema_0001.cafedesk", folder / "event.cafedesk"
        )
        return
    shutil.copyfile(demo, folder / "event.cafedesk")
    if kind == "imports":
        rows = ["name;email;group"] + [
            f"Person {i} Łukasiewicz;p{i}@example.org;Gruppe {i % 9}" for i in range(1000)
        ]
        (folder / "people.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def integrity_ok(path: Path) -> bool:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()


def judge(kind: str, folder: Path, printed: list[str], people_before: int) -> Counter[str]:
    """Open the event as the next start would and count what went wrong."""
    found: Counter[str] = Counter()
    event = folder / "event.cafedesk"
    output.set_pending_folder(folder / "pending")
    output.clean_pending()  # what the next start does
    try:
        ef = open_event_file(event, folder / "backups")
    except Exception as exc:  # any refusal here is a lost event
        found["event not openable"] += 1
        print(f"  {kind}: {exc}", file=sys.stderr)
        return found
    try:
        if not integrity_ok(event):
            found["corrupt event files"] += 1
        acknowledged = [int(x) for x in printed if x.isdigit()]
        if kind == "edits" and acknowledged:
            names = {s.name for s in spaces.list_spaces(ef)}
            found["acknowledged edits lost"] += sum(
                f"Burst space {i}" not in names for i in acknowledged
            )
        if kind == "backups" and acknowledged:
            names = {s.name for s in spaces.list_spaces(ef)}
            found["acknowledged edits lost"] += sum(
                f"Backed up {i}" not in names for i in acknowledged
            )
        if kind == "imports":
            count = len(participants.list_participants(ef))
            if count not in (people_before, people_before + 1000):
                found["half-done imports"] += 1
            if "done" in printed and count != people_before + 1000:
                found["acknowledged edits lost"] += 1
    finally:
        ef.close()
    for folder_of_set in (folder / "backups").glob("*"):
        if folder_of_set.is_dir():
            for backup in list_backups_in(folder_of_set):
                if not backup.damaged and not check_integrity(backup.path):
                    found["damaged backups listed as good"] += 1
    leftovers = [p for p in folder.rglob("*") if TEMP_MARK in p.name or p.name.endswith(".part")]
    found["temporary files after the next start"] += len(leftovers)
    book = folder / "out" / "book.pdf"
    if kind == "exports" and book.exists() and not book.read_bytes().rstrip().endswith(b"%%EOF"):
        found["half-written exports"] += 1
    return found


def main() -> int:
    if sys.platform == "win32":
        print("SIGKILL is POSIX only")
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--only", default=",".join(CHILDREN))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="cafedesk-crash-") as tmp:
        root = Path(tmp)
        demo = root / "demo.cafedesk"
        write_demo(demo)
        for kind in args.only.split(","):
            # How long one whole run takes, so kills land anywhere in it.
            probe = root / f"{kind}-probe"
            prepare(kind, probe, demo)
            # Edits and backups never end: they are killed anywhere in a burst of 1.5 s.
            endless = kind in ("edits", "backups")
            window = 1.5 if endless else run_child(kind, probe, None)[1]
            totals: Counter[str] = Counter()
            acknowledged = mid_work = 0
            started = time.perf_counter()
            for n in range(args.kills):
                folder = root / f"{kind}-{n}"
                prepare(kind, folder, demo)
                people_before = 0
                if kind == "imports":
                    ef = open_event_file(folder / "event.cafedesk", root / "scratch")
                    people_before = len(participants.list_participants(ef))
                    ef.close()
                printed, _ran = run_child(kind, folder, rng.uniform(0, window))
                acknowledged += sum(x.isdigit() for x in printed) + ("done" in printed)
                mid_work += "done" not in printed
                totals.update(judge(kind, folder, printed, people_before))
                shutil.rmtree(folder)
            failures += sum(totals.values())
            print(
                f"{kind}: {args.kills} kills within {window:.2f} s of work "
                f"({mid_work} before it ended), {acknowledged} acknowledged, "
                f"{time.perf_counter() - started:.0f} s"
            )
            for key in (
                "corrupt event files",
                "event not openable",
                "acknowledged edits lost",
                "half-done imports",
                "damaged backups listed as good",
                "temporary files after the next start",
                "half-written exports",
            ):
                print(f"  {key}: {totals.get(key, 0)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
