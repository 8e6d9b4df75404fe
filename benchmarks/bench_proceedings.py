"""Benchmark the book of proceedings: 300 sessions, 20 spaces, 1,000 people, 200 photos.

    python benchmarks/bench_proceedings.py [--sessions 300] [--photos 200] [--paper a4]

The 1600×1200 JPEGs are generated once into a temporary folder; the book is
then built in a fresh process, which reports wall time and its peak resident
memory (ru_maxrss). Goal: under 30 s and 500 MB. Figures go to
``benchmarks/out/proceedings.json``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

RUNNER = """
import json, resource, sys, time
from pathlib import Path
sys.path[:0] = {paths!r}
from benchmarks.bench_proceedings import big_book
from cafedesk.domain.model import PaperSize
from cafedesk.exports.proceedings import build_proceedings
data, loads = big_book({sessions}, {photos}, Path({folder!r}))
start = time.perf_counter()
info = build_proceedings(data, Path({out!r}), paper=PaperSize({paper!r}))
seconds = time.perf_counter() - start
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(dict(seconds=seconds, peak_mb=peak_mb, pages=info.pages,
    sessions=info.sessions, photos=info.photos, photo_loads=loads[0])))
"""


def make_photos(folder: Path, count: int) -> None:
    from tests.exports.sample_data import flipchart_jpeg

    for index in range(count):
        path = folder / f"{index + 1}.jpg"
        if not path.exists():
            path.write_bytes(flipchart_jpeg(10_000 + index))


def big_book(sessions: int, photos: int, folder: Path) -> tuple[object, list[int]]:
    """A three-day event with ``sessions`` reports; photos are read from ``folder`` on demand."""
    import datetime as dt
    import random

    from tests.exports.sample_data import KEY_POINTS, RECOMMENDATIONS, SUMMARIES

    from cafedesk.domain.model import (
        Event,
        EventSnapshot,
        Participant,
        SlotKind,
        Space,
        TimeSlot,
        Topic,
    )
    from cafedesk.domain.notes import FollowUp, Photo, ProceedingsData, SessionReport
    from cafedesk.services.sample_people import people

    rng = random.Random(7)
    spaces = tuple(Space(i, f"Room {i}", 20, position=i) for i in range(1, 21))
    slots, number = [], 0
    for day in range(3):
        date = dt.date(2026, 9, 14) + dt.timedelta(days=day)
        for hour in (9, 11, 14, 16, 18):
            number += 1
            slots.append(TimeSlot(number, date, dt.time(hour), dt.time(hour + 1, 30)))
        lunch = TimeSlot(100 + day, date, dt.time(12, 45), dt.time(13, 45), "Lunch", SlotKind.MEAL)
        slots.append(lunch)
    session_slots = [s for s in slots if s.id < 100]
    folk = tuple(
        Participant(i + 1, name, org, group)
        for i, (name, org, group, _e) in enumerate(people(1000))
    )
    topics, reports, photo_map = [], {}, {}
    photo_id = 0
    for index in range(sessions):
        slot = session_slots[index // len(spaces) % len(session_slots)]
        topic = Topic(
            index + 1,
            index + 1,
            f"Session topic number {index + 1}: {SUMMARIES[0][:40]}",
            (rng.randint(1, 1000),),
            space_id=index % len(spaces) + 1,
            slot_id=slot.id,
        )
        topics.append(topic)
        reports[topic.id] = SessionReport(
            topic.id,
            tuple(rng.sample(range(1, 1001), 12)),
            None,
            SUMMARIES[index % 3],
            KEY_POINTS[index % 3],
            RECOMMENDATIONS[index % 3],
            (FollowUp("Write up the proposal", "Anna", dt.date(2026, 10, 1)),),
        )
        if photo_id < photos and index % 3 != 2:
            count = min(photos - photo_id, 1 + index % 4)
            group = []
            for position in range(count):
                photo_id += 1
                group.append(
                    Photo(photo_id, topic.id, f"Flipchart {position + 1}", position, 1600, 1200)
                )
            photo_map[topic.id] = tuple(group)
    loads = [0]

    def load(pid: int) -> bytes:
        loads[0] += 1
        return (folder / f"{pid}.jpg").read_bytes()

    snap = EventSnapshot(
        Event("Big Open Space 2026", "What do we do next?", venue="Messe", facilitator="Ana"),
        spaces,
        tuple(slots),
        folk,
        tuple(topics),
    )
    return ProceedingsData(snap, reports, photo_map, load), loads


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        started = time.perf_counter()
        make_photos(folder, args.photos)
        made = time.perf_counter() - started
        out = folder / "book.pdf"
        code = RUNNER.format(
            paths=[str(ROOT / "src"), str(ROOT)],
            sessions=args.sessions,
            photos=args.photos,
            folder=str(folder),
            out=str(out),
            paper=args.paper,
        )
        run = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        )
        if run.returncode:
            print(run.stderr, file=sys.stderr)
            return 1
        figures = json.loads(run.stdout.strip().splitlines()[-1])
        figures["pdf_mb"] = out.stat().st_size / 1e6
        figures["photo_generation_seconds"] = made
    ok = figures["seconds"] < 30 and figures["peak_mb"] < 500
    figures["goal_met"] = ok
    OUT.mkdir(exist_ok=True)
    (OUT / "proceedings.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(
        f"book: {figures['pages']} pages, {figures['sessions']} sessions, "
        f"{figures['photos']} photos ({figures['photo_loads']} loads) "
        f"in {figures['seconds']:.1f} s, "
        f"peak {figures['peak_mb']:.0f} MB, PDF {figures['pdf_mb']:.1f} MB "
        f"— goal <30 s, <500 MB: {'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
