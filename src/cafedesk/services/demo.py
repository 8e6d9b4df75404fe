"""The demo event: an Open Space day for a regional food co-operative (made up by us)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from cafedesk.domain.model import Event, Method, SlotKind
from cafedesk.services import event as event_service
from cafedesk.services import participants, slots, spaces, topics, wall_edit
from cafedesk.services.demo_convergence import add_demo_convergence
from cafedesk.services.demo_notes import add_demo_notes
from cafedesk.services.sample_people import people
from cafedesk.store.eventfile import EventFile, create_event_file

DEMO_DAY = dt.date(2026, 3, 14)

SPACES = (
    ("Great Barn", 40, ("flipchart", "projector", "sound", "step-free access")),
    ("Orchard Tent", 20, ("flipchart", "pinboard")),
    ("Dairy Room", 14, ("flipchart", "whiteboard")),
    ("Seed Library", 10, ("flipchart",)),
    ("Hayloft", 12, ("flipchart",)),
    ("Garden Corner", 8, ()),
)

SLOTS = (
    ("09:00", "10:15", "Opening circle and marketplace", SlotKind.PLENARY),
    ("10:30", "11:45", "Session 1", SlotKind.SESSION),
    ("12:00", "13:15", "Session 2", SlotKind.SESSION),
    ("13:15", "14:15", "Lunch from the co-op kitchen", SlotKind.MEAL),
    ("14:15", "15:30", "Session 3", SlotKind.SESSION),
    ("15:30", "15:50", "Coffee", SlotKind.BREAK),
    ("15:50", "17:05", "Session 4", SlotKind.SESSION),
    ("17:15", "18:00", "Closing circle", SlotKind.PLENARY),
)

# (title, convenor index, interest, equipment, (space index, session index) or None).
# Interest is how many signed the sheet: names for even rows, a paper tally for odd ones.
TOPICS: tuple[tuple[str, int, int, tuple[str, ...], tuple[int, int] | None], ...] = (
    (
        "A price that is fair to farmers and to families on a small budget",
        0,
        30,
        ("projector",),
        (0, 0),
    ),
    ("Should members work one shift a month in the shop?", 3, 16, (), (1, 0)),
    ("Seed saving: our own varieties for our own soil", 5, 9, (), (3, 0)),
    ("Less packaging: refill stations and returnable crates", 8, 12, (), (2, 0)),
    ("Reaching people who think organic food is not for them", 11, 18, (), (1, 1)),
    ("School gardens and the co-op: a learning partnership", 2, 10, (), (4, 1)),
    (
        "Cold storage for the winter: share a warehouse with the dairy?",
        14,
        8,
        ("projector",),
        (0, 1),
    ),
    ("Young farmers: how do they get land?", 17, 18, (), (2, 1)),  # too many for the room
    ("A delivery bike for the old town", 20, 5, (), (5, 1)),
    (
        "Our finances in plain words — a question hour with the board",
        23,
        25,
        ("projector",),
        (0, 2),
    ),
    ("Food waste: what happens to the unsold vegetables?", 26, 11, (), (2, 2)),
    ("Volunteers burn out — how do we share the load?", 3, 13, ("pinboard",), (1, 2)),
    ("Regional grain: from field to bakery within 30 km", 26, 12, (), (4, 2)),  # a clash
    ("Cooking together: a monthly community kitchen", 32, 16, (), (1, 3)),
    ("Biodiversity on member farms: hedges, ponds, flower strips", 35, 9, (), (3, 3)),
    ("The shop's opening hours do not fit shift workers", 38, 6, (), None),
    ("Could we run a small café in the shop?", 41, 9, (), None),
    ("Transparent supply chains: a label we trust", 44, 20, ("projector",), None),
    ("Climate adaptation: drought and late frost", 47, 15, (), None),
    ("Welcoming new members who don't speak German", 50, 5, (), None),
)


def build_demo(ef: EventFile) -> None:
    event_service.put_event(
        ef,
        Event(
            title="Grünland Open Space 2026",
            theme="How do we feed our region well — together, for the next ten years?",
            method=Method.OPEN_SPACE,
            venue="Hofgut Lindenau, Kesselbach",
            start_date=DEMO_DAY,
            end_date=DEMO_DAY,
            client_name="Grünland Food Co-operative eG",
            client_email="board@gruenland.example.org",
            facilitator="Marie-Hélène Brandt",
            language="en",
        ),
    )
    space_ids = [spaces.add_space(ef, name, cap, eq).value.id for name, cap, eq in SPACES]
    session_ids: list[int] = []
    for start, end, label, kind in SLOTS:
        slot = slots.add_slot(
            ef, DEMO_DAY, dt.time.fromisoformat(start), dt.time.fromisoformat(end), label, kind
        ).value
        if kind is SlotKind.SESSION:
            session_ids.append(slot.id)
    convenors = {convenor for _title, convenor, *_rest in TOPICS}
    person_ids = [
        participants.add_participant(
            ef, name, org, group, email, ("convenor",) if index in convenors else ()
        ).value.id
        for index, (name, org, group, email) in enumerate(people(60))
    ]
    session_of: dict[int, int | None] = {}
    for title, convenor, _interest, equipment, place in TOPICS:
        space_id, slot_id = (space_ids[place[0]], session_ids[place[1]]) if place else (None, None)
        topic = topics.add_topic(
            ef,
            title,
            (person_ids[convenor],),
            equipment=equipment,
            space_id=space_id,
            slot_id=slot_id,
        ).value
        session_of[topic.id] = place[1] if place else None
    _sign_sheets(ef, list(session_of.items()), person_ids)
    # The convenor of the community kitchen leaves at 15:30; their session sits at 15:50.
    wall_edit.set_unavailable(ef, person_ids[32], [session_ids[3]])
    wall_edit.set_unavailable(ef, person_ids[5], [session_ids[2]])
    add_demo_notes(ef)
    add_demo_convergence(ef)


def _sign_sheets(
    ef: EventFile, placed: list[tuple[int, int | None]], person_ids: list[int]
) -> None:
    """Names on half the sheets, a head count on the others.

    People sign at most one sheet per session, except three who want both the
    cold storage and the delivery bike sessions (a clash the wall shows).
    """
    rng = random.Random(14)
    free: dict[int | None, list[int]] = {}
    for index, (topic_id, session) in enumerate(placed):
        interest = TOPICS[index][2]
        if index % 2:
            wall_edit.set_tally(ef, topic_id, interest)
            continue
        if session not in free:  # convenors of this session are busy convening
            busy = {person_ids[t[1]] for t in TOPICS if t[4] is not None and t[4][1] == session}
            free[session] = rng.sample(
                [p for p in person_ids if p not in busy], len(person_ids) - len(busy)
            )
        pool = free[session]
        names = [pool.pop() for _ in range(min(interest, len(pool)))]
        if index == 8:  # delivery bike: three people also signed the cold storage sheet
            names += wall_edit.get_record(ef, placed[6][0]).signup_ids[:3]
        wall_edit.set_signups(ef, topic_id, names)


def write_demo(path: Path) -> None:
    ef = create_event_file(path)
    try:
        build_demo(ef)
    finally:
        ef.close()
