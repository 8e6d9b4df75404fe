"""Votes, action plans and an executive summary for the demo events (written for them)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from cafedesk.domain.convergence import ActionPlan
from cafedesk.domain.model import Method
from cafedesk.services import action_plans, client_report, convergence
from cafedesk.services import event as event_service
from cafedesk.store.eventfile import EventFile

OPEN_SPACE_SUMMARY = """\
Sixty members, farmers, suppliers and staff of the co-operative spent a day at the farm \
asking one question: how do we feed our region well, together, for the next ten years? \
Fifteen sessions were called in the marketplace, and most reports were on the news wall \
before the closing circle.

Three threads ran through the day:
• A fair price: farmers need a price that covers their costs, and members on small \
budgets need a way in. A three-tier price was the idea that won most nods.
• Sharing the work: volunteers are tired, yet many members would give two hours a month \
if signing up were easy and never a duty.
• Less waste: refill stations, returnable crates and a plan for the vegetables that \
do not sell.

In the dot vote the participants chose four topics for action planning. Each now has \
owners, a first step and a date; the board will look at the progress with everyone at the \
members' meeting in June."""

CAFE_SUMMARY = """\
Forty residents, traders, council staff, young people and members of clubs and churches \
sat at eight tables for three rounds and talked about the market square they want to \
meet on in 2030.

What the tables kept coming back to:
• People stay where they can sit without having to buy something: benches and shade.
• The square is loud with cars on Saturdays; a car-free Saturday once a month is worth a try.
• Young people feel watched rather than welcome, and asked for a corner of their own.

The three actions below were agreed in the closing round. The youth council and the \
traders' association will report back to the town in September."""

# (topic number, dots on the wall) for the Open Space demo; the first four are chosen.
TALLIES = ((1, 31), (12, 27), (4, 22), (7, 22), (10, 17), (14, 15), (5, 12), (2, 9), (13, 9))
CHOSEN = (1, 12, 4, 7)
PLANS = (
    # (topic number, action, owner indexes, free names, first step, days to due, help, related)
    (
        1,
        "Trial a three-tier price on vegetables for six months",
        (0, 23),
        (),
        "Board finance group drafts the tiers and the shelf labels",
        30,
        "Someone who is good with spreadsheets",
        (10,),
    ),
    (
        12,
        "A volunteer pool with two-hour shifts and a sign-up sheet in the shop",
        (3,),
        ("Frau Okonkwo (parish)",),
        "Ask every member at the till for one shift before the summer",
        21,
        "A shared online calendar the shop can keep offline too",
        (2,),
    ),
    (
        4,
        "Refill stations for oats, lentils and washing-up liquid",
        (8,),
        (),
        "Visit the refill shop in the next town and ask about their suppliers",
        45,
        "Money for four dispensers (about 1,200 euros)",
        (11,),
    ),
    (
        7,
        "Share a cold store with the dairy from next winter",
        (14, 26),
        (),
        "Meet the dairy's manager and walk through their store",
        60,
        "A contract template; advice from the regional farmers' union",
        (),
    ),
)
CAFE_PLANS = (
    (
        "Benches and shade: ten benches sponsored by traders and clubs",
        "Traders' association",
        "List the ten places and ask the town for permission",
        "Sponsors for the benches",
    ),
    (
        "A car-free Saturday once a month, from May to September",
        "Council, Amt für Stadtentwicklung",
        "Count the parking spaces the market really needs",
        "Volunteers to close and open the streets",
    ),
    (
        "An evening on the square run by the youth council",
        "Youth council",
        "Pick a date in June and ask the bandstand club for the stage",
        "Electricity and a sound system",
    ),
)


def add_demo_convergence(ef: EventFile) -> None:
    event = event_service.get_event(ef)
    if event.method is Method.OPEN_SPACE:
        _open_space(ef)
    else:
        _cafe(ef)


def _open_space(ef: EventFile) -> None:
    snap = event_service.snapshot(ef)
    by_number = {t.number: t for t in snap.topics}
    people = [p.id for p in snap.participants]
    for number, dots in TALLIES:
        convergence.set_tally(ef, by_number[number].id, dots)
    # Twelve people who left early gave their dots by name to the facilitator.
    rng = random.Random(5)
    for person in rng.sample(people, 12):
        picks = rng.sample([n for n, _d in TALLIES], 3)
        convergence.set_person_votes(ef, person, {by_number[n].id: 1 for n in picks})
    convergence.set_chosen(ef, {by_number[n].id: True for n in CHOSEN})
    due = event_service.get_event(ef).start_date or dt.date(2026, 3, 14)
    for number, action, owners, others, step, days, help_needed, related in PLANS:
        action_plans.add_plan(
            ef,
            action=action,
            topic_id=by_number[number].id,
            owner_ids=tuple(people[i] for i in owners),
            other_owners=others,
            first_step=step,
            due=due + dt.timedelta(days=days),
            help_needed=help_needed,
            related_topic_ids=tuple(by_number[n].id for n in related),
        )
    # One follow-up from a session report, promoted as it is.
    candidates = [c for c in action_plans.follow_up_candidates(ef) if not c.promoted]
    promoted = action_plans.plans_from_follow_ups(ef, candidates[2:3], snap.participants)
    action_plans.add_plans(ef, promoted)
    client_report.set_summary(ef, OPEN_SPACE_SUMMARY)


def _cafe(ef: EventFile) -> None:
    due = event_service.get_event(ef).start_date or dt.date(2026, 5, 9)
    drafts = [
        ActionPlan(0, action, other_owners=(owner,), first_step=step, help_needed=help_needed)
        for action, owner, step, help_needed in CAFE_PLANS
    ]
    plans = action_plans.new_plans(ef, drafts)
    dated = [
        dataclasses.replace(p, due=due + dt.timedelta(days=30 * (i + 1)))
        for i, p in enumerate(plans)
    ]
    action_plans.add_plans(ef, dated)
    client_report.set_summary(ef, CAFE_SUMMARY)
