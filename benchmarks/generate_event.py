"""Write a large, realistic Open Space event through the services (for benchmarks).

    python benchmarks/generate_event.py OUT --participants 1000 --topics 300 --spaces 20 --slots 15

Two days; session slots with a plenary, lunch and coffee bands between them;
spaces with varied capacities and equipment; every participant signs three to
six sheets; a tenth of the sheets carry a paper tally instead; a few topics
stay in the parking lane. Seeded, so the same arguments give the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path

from cafedesk.domain.model import Event, Participant, SlotKind
from cafedesk.services import event as event_service
from cafedesk.services import participants, slots, spaces, topics, wall_edit
from cafedesk.services.sample_people import people
from cafedesk.store.eventfile import create_event_file

ROOMS = ("Hall", "Room", "Tent", "Corner", "Studio", "Library", "Loft", "Garden")
EQUIPMENT = ("flipchart", "projector", "whiteboard", "pinboard", "sound")
WORDS = (
    "Regional food",
    "Young farmers",
    "Energy co-op",
    "Repair café",
    "Mobility",
    "Housing",
    "School gardens",
    "Care work",
    "Volunteers",
    "Water",
    "Biodiversity",
    "Fair prices",
)
ASKS = ("— what now?", "and the next ten years", "for everyone", "without money", "together")


def generate(
    out: Path, n_people: int, n_topics: int, n_spaces: int, n_slots: int, seed: int = 1
) -> None:
    rng = random.Random(seed)
    ef = create_event_file(out)
    try:
        day = dt.date(2026, 9, 17)
        event_service.put_event(
            ef,
            Event(
                title="Zukunftsforum Kesselbach",
                theme="What will make our region a good place to live in 2035?",
                start_date=day,
                end_date=day + dt.timedelta(days=1),
            ),
        )
        space_ids = []
        for i in range(n_spaces):
            capacity = rng.choice((8, 10, 12, 14, 16, 20, 25, 30, 40, 60))
            equipment = tuple(sorted(rng.sample(EQUIPMENT, rng.randint(1, 3))))
            name = f"{ROOMS[i % len(ROOMS)]} {i + 1}"
            space_ids.append(spaces.add_space(ef, name, capacity, equipment).value.id)
        session_ids = _add_slots(ef, day, n_slots)
        people_rows = [
            Participant(0, name, org, group, email)
            for name, org, group, email in people(n_people, seed)
        ]
        person_ids = [p.id for p in participants.add_many(ef, people_rows).value]
        cells = [(sp, sl) for sl in session_ids for sp in space_ids]
        rng.shuffle(cells)
        placed = min(len(cells), n_topics - max(1, n_topics // 15))
        topic_ids = []
        for i in range(n_topics):
            title = f"{rng.choice(WORDS)} {rng.choice(ASKS)} ({i + 1})"
            convenors = tuple(rng.sample(person_ids, rng.choice((1, 1, 1, 2))))
            needs = tuple(rng.sample(EQUIPMENT, rng.choice((0, 0, 1, 2))))
            space_id, slot_id = cells[i] if i < placed else (None, None)
            topic = topics.add_topic(
                ef, title, convenors, equipment=needs, space_id=space_id, slot_id=slot_id
            ).value
            topic_ids.append(topic.id)
        sheets: dict[int, list[int]] = {t: [] for t in topic_ids}
        for pid in person_ids:
            for topic_id in rng.sample(topic_ids, rng.randint(3, 6)):
                sheets[topic_id].append(pid)
        for topic_id, names in sheets.items():
            if rng.random() < 0.1:
                wall_edit.set_tally(ef, topic_id, len(names) + rng.randint(0, 5))
            else:
                wall_edit.set_signups(ef, topic_id, names)
    finally:
        ef.close()


def _add_slots(ef: object, day: dt.date, n_slots: int) -> list[int]:
    """Session slots over two days, with the bands a real agenda has between them."""
    from cafedesk.store.eventfile import EventFile

    assert isinstance(ef, EventFile)
    ids: list[int] = []
    per_day = -(-n_slots // 2)
    for d in range(2):
        date = day + dt.timedelta(days=d)
        clock = dt.datetime.combine(date, dt.time(8, 30))

        def add(minutes: int, label: str, kind: SlotKind, date: dt.date = date) -> int:
            nonlocal clock
            end = clock + dt.timedelta(minutes=minutes)
            slot = slots.add_slot(ef, date, clock.time(), end.time(), label, kind).value
            clock = end
            return slot.id

        add(45, "Opening circle" if d == 0 else "Morning news", SlotKind.PLENARY)
        for i in range(min(per_day, n_slots - len(ids))):
            if i == per_day // 2:
                add(45, "Lunch", SlotKind.MEAL)
            elif i and i % 2 == 0:
                add(10, "Coffee", SlotKind.BREAK)
            ids.append(add(50, f"Session {len(ids) + 1}", SlotKind.SESSION))
        add(30, "Evening news" if d == 0 else "Closing circle", SlotKind.PLENARY)
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--topics", type=int, default=300)
    parser.add_argument("--spaces", type=int, default=20)
    parser.add_argument("--slots", type=int, default=15)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    generate(args.out, args.participants, args.topics, args.spaces, args.slots, args.seed)
    print(f"wrote {args.out} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
