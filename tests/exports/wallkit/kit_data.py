"""A small event as plain data for the wall-kit tests: every script, hostile markup."""

from __future__ import annotations

import datetime as dt

from cafedesk.domain.model import (
    Event,
    EventSnapshot,
    Participant,
    SlotKind,
    Space,
    TimeSlot,
    Topic,
)
from cafedesk.domain.notes import Branding
from cafedesk.exports.wallkit.kit import WallKit

HOSTILE = "Ideas <b>bold</b> & <unclosed"
LONG = ("Wie wir gemeinsam Lebensmittel retten, teilen und fair bezahlen " * 4)[:200].strip()
NAMES = ("Jürgen Größ", "Łucja Wiśniewska", "Ayşe Çelik", "Δημήτρης Παπαδόπουλος", "Анна Смирнова")
TITLES = ("Marktplatz", LONG, HOSTILE, "Ζωή στην πόλη", "Городской сад", "Kırsal yaşam ağı")


def kit(topic_count: int = 0, accent: str = "#225588") -> WallKit:
    day = dt.date(2026, 3, 14)
    spaces = tuple(
        Space(i + 1, n, 30 + i, ("flipchart",), position=i)
        for i, n in enumerate(("Große Scheune", "Sad", "Bahçe"))
    )
    slots = (
        TimeSlot(1, day, dt.time(10, 30), dt.time(11, 45), "Session 1"),
        TimeSlot(2, day, dt.time(12, 0), dt.time(13, 0), "Mittag", SlotKind.BREAK),
        TimeSlot(3, day, dt.time(13, 15), dt.time(14, 30), "Session 2"),
    )
    people = tuple(
        Participant(i + 1, n, organisation="Hof Ödland", group="Bäuer:innen")
        for i, n in enumerate(NAMES)
    )
    titles = (
        TITLES
        if not topic_count
        else tuple(f"Topic {i + 1} {TITLES[i % 6]}" for i in range(topic_count))
    )
    topics = []
    for i, title in enumerate(titles):
        placed = i < 6
        topics.append(
            Topic(
                100 + i,
                i + 1,
                title,
                (people[i % len(people)].id,),
                space_id=spaces[i % 3].id if placed else None,
                slot_id=(1, 3)[(i // 3) % 2] if placed else None,
            )
        )
    event = Event("Grünland Open Space", theme="Wie ernähren wir unser Dorf?", start_date=day)
    snap = EventSnapshot(event, spaces, slots, people, tuple(topics))
    return WallKit(snap, Branding("Noémie Brandt", "Hof & Co", None, accent, "+49 30 1234"))
