"""A realistic book to print: the demo event plus reports and flipchart photos we make up.

Used by the export tests, the benchmark and the screenshots until the demo
event carries reports of its own.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import random
from pathlib import Path

from PIL import Image, ImageDraw

from cafedesk.domain.model import EventSnapshot
from cafedesk.domain.notes import (
    Branding,
    FollowUp,
    Photo,
    ProceedingsData,
    ReportStatus,
    SessionReport,
)
from cafedesk.services.demo import build_demo
from cafedesk.services.event import snapshot
from cafedesk.store.eventfile import create_event_file

HOSTILE = "Ideas <b>not bold</b> & <unclosed — prices < 5 € & margins > 0"
WORLD = (
    "Grüße aus Kesselbach: Äpfel, Öl, Übermaß und Straße. "
    "Łukasz Żak z Łodzi. Şule Doğan ılık çay içti. "
    "Ελένη Παπαδοπούλου. Ольга Смирнова из Казани."
)

SUMMARIES = (
    "We started from the numbers the board shared in the marketplace and quickly moved to "
    "what people actually experience in the shop. Several members said they only notice "
    "the issue when something goes wrong, and that a short monthly note would help.\n\n"
    "The group agreed that nothing should be decided today, but that a small working group "
    "can prepare two options for the general assembly in June.",
    "Eleven people came, three of them farmers. The conversation went from worries to "
    "concrete ideas within half an hour: a shared calendar, a pilot with two farms and an "
    "honest look at what it costs.",
    "A short session with a lot of energy. We drew the current path of a crate of carrots "
    "from the field to the shelf and marked every place where time or food is lost.",
)
KEY_POINTS = (
    "Members want plain numbers, not a glossy brochure\n"
    "- Farmers need to plan at least one season ahead\n"
    "The shop team is already at its limit on Saturdays",
    "1) Start small: two farms, one season\n2) Measure what changes\n3) Report back in autumn",
    "Returnable crates already work for the dairy\nRefill stations need a second scale",
)
CAPTIONS = (
    "The flipchart at the end of the session",
    "Ideas clustered by the group",
    "Dot voting: which idea first?",
    "Next steps and who takes them",
    "",
)
RECOMMENDATIONS = (
    "Publish a one-page summary of the accounts every quarter\n"
    "Invite members to a question hour twice a year",
    "Set up a working group of five people with one board member",
    "",
)


def demo_snapshot(folder: Path) -> EventSnapshot:
    ef = create_event_file(folder / "demo-for-book.cafedesk")
    try:
        build_demo(ef)
        return snapshot(ef)
    finally:
        ef.close()


@functools.lru_cache(maxsize=8)
def flipchart_jpeg(seed: int, width: int = 1600, height: int = 1200) -> bytes:
    """A photo of a flipchart, more or less: paper, marker headings, lines and sticky notes."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (236, 232, 222))
    draw = ImageDraw.Draw(image)
    margin = width // 12
    draw.rectangle(
        (margin, margin // 2, width - margin, height - margin // 3), fill=(250, 250, 246)
    )
    ink = [(30, 60, 140), (170, 40, 40), (30, 110, 60), (40, 40, 40)]
    y = margin
    draw.rectangle((margin * 2, y, width - margin * 3, y + height // 18), fill=rng.choice(ink))
    y += height // 8
    while y < height - margin:
        x = margin * 2
        draw.ellipse((x - 18, y + 4, x - 4, y + 18), fill=rng.choice(ink))
        draw.line(
            (x, y + 12, x + rng.randint(width // 4, width // 2), y + 12),
            fill=rng.choice(ink),
            width=max(3, width // 250),
        )
        y += height // 11
    for _ in range(rng.randint(2, 5)):
        x0 = rng.randint(width // 2, width - margin * 3)
        y0 = rng.randint(height // 4, height - margin * 2)
        colour = rng.choice([(255, 236, 120), (255, 190, 200), (170, 220, 250)])
        draw.rectangle((x0, y0, x0 + width // 10, y0 + width // 10), fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def logo_png() -> bytes:
    image = Image.new("RGBA", (360, 120), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, 112, 112), fill=(31, 88, 115, 255))
    draw.ellipse((34, 34, 82, 82), fill=(255, 255, 255, 255))
    draw.rectangle((130, 40, 350, 56), fill=(31, 88, 115, 255))
    draw.rectangle((130, 68, 300, 80), fill=(120, 150, 165, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def sample_proceedings(
    snap: EventSnapshot, *, photo_size: tuple[int, int] = (800, 600), logo: bool = True
) -> ProceedingsData:
    """Reports for all placed sessions but two, photos on most, one hostile and one polyglot."""
    rng = random.Random(3)
    placed = [t for t in snap.topics if t.placed]
    people = [p.id for p in snap.participants]
    reports: dict[int, SessionReport] = {}
    photos: dict[int, tuple[Photo, ...]] = {}
    photo_id = 0
    for index, topic in enumerate(placed):
        if index in (4, 9):  # two reports never came in
            continue
        summary = SUMMARIES[index % len(SUMMARIES)]
        if index == 0:
            summary = f"{HOSTILE}\n\n{summary}"
        if index == 1:
            summary = f"{WORLD}\n\n{summary}"
        due = dt.date(2026, 4, 1) + dt.timedelta(days=7 * index)
        reports[topic.id] = SessionReport(
            topic_id=topic.id,
            participant_ids=tuple(rng.sample(people, k=rng.randint(4, 12))),
            participant_count=None if index % 3 else rng.randint(8, 20),
            summary=summary,
            key_points=KEY_POINTS[index % len(KEY_POINTS)],
            recommendations=RECOMMENDATIONS[index % len(RECOMMENDATIONS)],
            follow_ups=(
                FollowUp("Draft a one-page proposal for the assembly", "Anna K.", due),
                FollowUp("Ask two farms whether they join the pilot", "Jürgen", None),
            )[: 1 + index % 2],
            resources="Flipchart photos on the shared drive" if index % 2 else "",
            status=ReportStatus.DRAFT if index == 7 else ReportStatus.COMPLETE,
        )
        count = (1, 2, 3, 4, 0)[index % 5]
        shots = []
        for position in range(count):
            photo_id += 1
            portrait = (photo_id % 4) == 3
            w, h = photo_size[::-1] if portrait else photo_size
            caption = CAPTIONS[(index + position) % len(CAPTIONS)]
            shots.append(Photo(photo_id, topic.id, caption, position, w, h))
        if shots:
            photos[topic.id] = tuple(shots)
    sizes = {p.id: (p.width, p.height) for group in photos.values() for p in group}

    def load(pid: int) -> bytes:
        return flipchart_jpeg(pid % 6, *sizes[pid])

    return ProceedingsData(
        snapshot=snap,
        reports=reports,
        photos=photos,
        load_photo=load,
        branding=Branding(
            "Marie-Hélène Brandt", "Kreisel Moderation", logo_png() if logo else None
        ),
        generated=dt.date(2026, 3, 15),
    )
