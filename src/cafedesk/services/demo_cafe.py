"""A World Café demo: a town's residents, traders and council talk about their market square.

Made up for screenshots and tests: 40 people in 5 stakeholder groups, 8 hosted
tables of 5, 3 rounds with questions, a planned seating and part of a harvest
with two flipchart photos at the first table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from cafedesk.domain.cafe import Harvest
from cafedesk.domain.model import Event, Method
from cafedesk.services import cafe, cafe_harvest, cafe_plan, participants, photos
from cafedesk.services import event as event_service
from cafedesk.services.demo_convergence import add_demo_convergence
from cafedesk.services.demo_notes import flipchart
from cafedesk.services.sample_people import people
from cafedesk.store.eventfile import EventFile, create_event_file

DEMO_DAY = dt.date(2026, 5, 9)
GROUPS = ("residents", "market traders", "council", "young people", "clubs and churches")
QUESTIONS = (
    "What makes you stop and stay on the market square today?",
    "What is missing for the people who never come?",
    "If the square were ours for one Saturday, what would we try first?",
)
TABLE_NAMES = (
    "Fountain",
    "Lime trees",
    "Town hall steps",
    "Flower stall",
    "Bus stop",
    "Bakery corner",
    "Bandstand",
    "Bicycle racks",
)
HARVEST = (
    (
        "Shade, benches and a reason to linger: people stay where they can sit without buying.",
        "Who looks after the benches? Can the market hours move to the evening in summer?",
    ),
    (
        "Parents want a safe corner for small children; traders fear losing parking.",
        "Would a car-free Saturday once a month be a test we can all live with?",
    ),
    (
        "Teenagers feel watched, not welcome — a free Wi-Fi spot and a stage were named.",
        "Could the youth council run one evening on the square & report back?",
    ),
)

# Drawn for the first table's first round: (title, bullets, caption)
SHEETS = (
    ("STAY & SIT", ["benches", "shade", "no need to buy"], "Why people linger"),
    ("WHO CARES?", ["bench sponsors", "evening market", "ask the traders"], "Open questions"),
)


def build_demo_cafe(ef: EventFile, *, time_limit: float = 1.0) -> None:
    event_service.put_event(
        ef,
        Event(
            title="Marktplatz 2030 — a World Café",
            theme="What kind of market square do we want to meet on in 2030?",
            method=Method.WORLD_CAFE,
            venue="Stadthalle Kesselbach, Großer Saal",
            start_date=DEMO_DAY,
            end_date=DEMO_DAY,
            client_name="Stadt Kesselbach, Amt für Stadtentwicklung",
            facilitator="Marie-Hélène Brandt",
        ),
    )
    ids: list[int] = []
    for index, (name, org, _group, email) in enumerate(people(40, seed=11)):
        group = GROUPS[index % len(GROUPS)]
        roles = ("host",) if index % 5 == 0 else ()
        ids.append(participants.add_participant(ef, name, org, group, email, roles).value.id)
    hosts = [pid for index, pid in enumerate(ids) if index % 5 == 0]
    for number, (name, host) in enumerate(zip(TABLE_NAMES, hosts, strict=True), start=1):
        table = cafe.add_table(ef, 5, host).value
        cafe.put_table(ef, dataclasses.replace(table, number=number, name=name))
    for question in QUESTIONS:
        cafe.add_round(ef, question, 25)
    # A boss and her trainee who would rather not share a table.
    cafe.add_pair(ef, ids[7], ids[12], together=False)
    proposal = cafe_plan.plan_rotation(ef, time_limit=time_limit)
    cafe_plan.apply_seating(ef, proposal.plan)
    snap = cafe.load_cafe(ef)
    for (insights, questions), table in zip(HARVEST, snap.tables, strict=False):
        cafe_harvest.put_harvest(ef, Harvest(table.id, snap.rounds[0].id, insights, questions))
    cell = (snap.rounds[0].id, snap.tables[0].id)
    for seed, (title, words, caption) in enumerate(SHEETS, start=20):
        jpeg, width, height = photos.downscale(flipchart(title, words, seed, (1600, 1200)))
        photo = photos.add_photo(ef, None, jpeg, width, height, f"IMG_{seed}.jpg", harvest=cell)
        photos.set_caption(ef, photo.value.id, caption)
    add_demo_convergence(ef)


def write_demo_cafe(path: Path) -> None:
    ef = create_event_file(path)
    try:
        build_demo_cafe(ef)
    finally:
        ef.close()
