"""The print centre's paper for a 300-topic event: agenda poster at A0, all topic sheets,
an A0 poster tiled onto A4, and the peak memory of the process (issue: print centre)."""

from __future__ import annotations

import datetime as dt
import io
import resource
import time

from cafedesk.domain.model import Event, EventSnapshot, Participant, Space, TimeSlot, Topic
from cafedesk.domain.notes import Branding
from cafedesk.exports.wallkit.items import write_item
from cafedesk.exports.wallkit.kit import WallKit

TARGETS = {
    "agenda poster, 300 topics, A0": 2.0,
    "300 topic sheets, A4": 10.0,
    "A0 poster tiled onto A4": 5.0,
}


def event(topics: int = 300) -> WallKit:
    spaces = tuple(Space(i + 1, f"Raum {i + 1} – Größe", 40, position=i) for i in range(12))
    slots = []
    for d in range(3):
        day = dt.date(2026, 3, 14) + dt.timedelta(days=d)
        for s in range(9):
            start = dt.time(8 + s, 0)
            slots.append(
                TimeSlot(d * 10 + s + 1, day, start, dt.time(8 + s, 50), f"Session {s + 1}")
            )
    people = tuple(Participant(i + 1, f"Jürgen Łukasz Çelik {i}") for i in range(300))
    cells = [(slot.id, space.id) for slot in slots for space in spaces]
    found = tuple(
        Topic(
            i + 1,
            i + 1,
            f"Thema {i + 1}: wie wir Lebensmittel retten, teilen und fair bezahlen",
            (i % 300 + 1,),
            slot_id=cells[i][0],
            space_id=cells[i][1],
        )
        for i in range(topics)
    )
    snap = EventSnapshot(Event("Großes Treffen"), spaces, tuple(slots), people, found)
    return WallKit(snap, Branding("Noémie", "", None, "#225588", ""))


def timed(label: str, name: str, kit: WallKit, paper: str, tile: str | None = None) -> float:
    start = time.perf_counter()
    pages = write_item(kit, name, io.BytesIO(), paper, tile)
    took = time.perf_counter() - start
    verdict = "ok" if took < TARGETS[label] else "TOO SLOW"
    print(f"{label:32} {took:6.2f} s  ({pages} pages; target < {TARGETS[label]:.0f} s)  {verdict}")
    return took


def main() -> None:
    kit = event()
    timed("agenda poster, 300 topics, A0", "agenda-poster", kit, "a0")
    timed("300 topic sheets, A4", "topic-sheets", kit, "a4")
    timed("A0 poster tiled onto A4", "agenda-poster", kit, "a0", "a4")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{'peak memory':32} {peak:6.0f} MB (target < 500 MB)  {'ok' if peak < 500 else 'TOO MUCH'}"
    )


if __name__ == "__main__":
    main()
