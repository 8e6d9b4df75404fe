"""How the wall page copes with a big event: opening it, and moving cards.

    python benchmarks/bench_wall.py [EVENT] [--moves 50] [--shot OUT.png]

Without EVENT a wall of 300 topics, 20 spaces, 15 slots and 1,000 participants
is generated first. "open" is building the page and painting it once; a "move"
is the drop handler's path (``WallPage.drop``, the same call a mouse release
makes): undo command, store write, re-read of the touched topics, conflicts,
repaint of the touched cards, until the viewport has painted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication

from cafedesk.store.eventfile import open_event_file
from cafedesk.ui.document import EventDocument
from cafedesk.ui.wall.page import WallPage
from generate_event import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("event", type=Path, nargs="?")
    parser.add_argument("--moves", type=int, default=50)
    parser.add_argument("--shot", type=Path)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp())
    path = args.event
    if path is None:
        path = work / "wall-300.cafedesk"
        generate(path, 1000, 300, 20, 15)
    ef = open_event_file(path, work / "backups")
    document = EventDocument(ef, work / "backups")

    started = time.perf_counter()
    page = WallPage(document)
    document.changed.connect(page.refresh)  # as the main window does for every page
    page.resize(1400, 900)
    page.show()
    page.view.viewport().repaint()
    app.processEvents()
    opened = time.perf_counter() - started
    wall = page.wall
    print(
        f"wall: {len(wall.topics)} topics, {len(wall.spaces)} spaces, "
        f"{sum(1 for s in wall.slots if s.kind == 'session')} session slots, "
        f"{len(wall.participants)} participants, "
        f"{sum(len(v) for v in wall.signups.values())} sign-ups, "
        f"{len(page.conflicts)} conflicts"
    )
    print(f"open wall page: {opened * 1000:.0f} ms")

    geometry = page.scene.geometry
    taken = {c.data_.place for c in page.scene.cards.values()}
    free = [
        (sp.id, sl.id)
        for sl in geometry.session_rows
        for sp in geometry.spaces
        if (sp.id, sl.id) not in taken
    ]
    movable = [t for t in wall.topics if t.placed and not t.pinned]
    times: list[float] = []
    repainted: list[int] = []
    for i in range(args.moves):
        topic = page.topic(movable[i % len(movable)].id)
        assert topic is not None
        target = free[i % len(free)]
        origin = (topic.space_id, topic.slot_id)
        started = time.perf_counter()
        page.drop(topic.id, target)
        app.processEvents()  # delivers the update: Qt paints only the dirty region
        times.append(time.perf_counter() - started)
        repainted.append(len(page.scene.repainted))
        assert page.scene.cards[topic.id].data_.place == target, "the move was not shown"
        free[i % len(free)] = origin
    times_ms = [t * 1000 for t in times]
    print(
        f"move ({len(times)} drops): median {statistics.median(times_ms):.1f} ms, "
        f"worst {max(times_ms):.1f} ms, cards repainted per move: median "
        f"{statistics.median(repainted):.0f}, most {max(repainted)}"
    )
    if args.shot:
        page.grab().save(str(args.shot))
    page.close()
    ef.close()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash while garbage-collecting a
    # scene at exit, after every figure above has been printed.
    os._exit(0)


if __name__ == "__main__":
    main()
