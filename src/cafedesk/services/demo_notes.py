"""Session reports and flipchart photos for the demo event (written for it, made up)."""

from __future__ import annotations

import datetime as dt
import io
import random
from importlib import resources

from PIL import Image, ImageDraw, ImageFont

from cafedesk.domain.notes import FollowUp, ReportStatus, SessionReport
from cafedesk.services import event as event_service
from cafedesk.services import notes, photos
from cafedesk.store.eventfile import EventFile

DUE = dt.date(2026, 4, 15)

# By the title of the session they were written for (never by agenda position: moving a
# session on the wall must not hand its report to another one):
# (summary, key points, recommendations, follow-ups, resources, status)
REPORTS: dict[str, tuple[str, str, str, tuple[FollowUp, ...], str, ReportStatus]] = {
    "A price that is fair to farmers and to families on a small budget": (
        "Farmers and shoppers sat at one table for once. Farmers showed what a crate of "
        "carrots costs them to grow; several families said they would pay more if they "
        "knew where the money goes. A sliding price for members on low incomes was the "
        "idea that got the most nods.",
        "Show the farmer's share on the shelf label\nA solidarity price paid by those who can\n"
        "Keep one basket of basics at a fixed price",
        "Try a three-tier price on vegetables for six months and report back at the "
        "autumn assembly.",
        (
            FollowUp("Draft the three price tiers", "Board finance group", DUE),
            FollowUp("Ask two farms for their cost sheets", "Jonas"),
        ),
        "A spreadsheet person; one evening with the board.",
        ReportStatus.COMPLETE,
    ),
    "Should members work one shift a month in the shop?": (
        "Opinions were split: some see a monthly shift as the heart of a co-op, others "
        "cannot fit it next to work and children.",
        "Shifts build belonging\nA shift should be possible in 2 hours\nNo fines",
        "Offer shifts as a choice with a small discount, not as a duty.",
        (FollowUp("Count how many members would sign up", "Shop team", DUE),),
        "",
        ReportStatus.COMPLETE,
    ),
    "Seed saving: our own varieties for our own soil": (
        "Nine seed savers swapped notes on beans, kale and an old local rye.",
        "Start with five varieties\nA seed cupboard in the shop",
        "",
        (),
        "A cool, dry cupboard; paper bags.",
        ReportStatus.DRAFT,
    ),
    "Reaching people who think organic food is not for them": (
        "We listed who we never see in the shop and why: price, the feeling of not "
        "belonging, opening hours.",
        "Go where people are: markets, schools, the sports club",
        "A tasting stand at the Saturday market once a month.",
        (FollowUp("Book a market stand", "Aylin"),),
        "",
        ReportStatus.COMPLETE,
    ),
    "Cold storage for the winter: share a warehouse with the dairy?": (
        "Notes to follow — the group ran out of time.",
        "",
        "",
        (),
        "",
        ReportStatus.DRAFT,
    ),
}

FAIR_PRICE = "A price that is fair to farmers and to families on a small budget"
SHEETS = (
    (FAIR_PRICE, "FAIR PRICES", ["farmer's share", "solidarity price", "basics basket"]),
    (FAIR_PRICE, "WHO PAYS?", ["members", "3 tiers", "6 months trial"]),
    (
        "Should members work one shift a month in the shop?",
        "SHIFTS?",
        ["belonging", "2 hours", "no fines!"],
    ),
)
MARKERS = ((200, 40, 40), (30, 80, 180), (30, 130, 60), (20, 20, 20))


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    folder = resources.files("cafedesk") / "resources" / "fonts"
    try:
        with resources.as_file(folder / "DejaVuSans-Bold.ttf") as path:
            return ImageFont.truetype(str(path), size)
    except OSError:
        return ImageFont.load_default()


def flipchart(
    title: str, words: list[str], seed: int, size: tuple[int, int] = (1500, 2000)
) -> bytes:
    """A flipchart sheet photographed slightly warm, with a title, bullets and scribbles."""
    rng = random.Random(seed)
    w, h = size
    image = Image.new("RGB", size, (236, 228, 212))  # the room's wall behind the sheet
    draw = ImageDraw.Draw(image)
    sheet = (int(w * 0.06), int(h * 0.04), int(w * 0.94), int(h * 0.97))
    draw.rectangle(sheet, fill=(252, 251, 246))
    draw.text((sheet[0] + 70, sheet[1] + 60), title, fill=MARKERS[0], font=_font(130))
    draw.line((sheet[0] + 70, sheet[1] + 220, sheet[2] - 120, sheet[1] + 230), MARKERS[0], 12)
    y = sheet[1] + 330
    for i, word in enumerate(words):
        colour = MARKERS[1 + i % 3]
        draw.ellipse((sheet[0] + 80, y + 30, sheet[0] + 120, y + 70), fill=colour)
        draw.text((sheet[0] + 160, y), word, fill=colour, font=_font(90))
        y += 190
    for _ in range(6):  # marker scribbles and arrows
        x0, y0 = rng.randint(sheet[0] + 80, sheet[2] - 300), rng.randint(y, sheet[3] - 200)
        points = [(x0 + i * 40, y0 + rng.randint(-30, 30)) for i in range(7)]
        draw.line(points, fill=rng.choice(MARKERS), width=9)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def add_demo_notes(ef: EventFile) -> None:
    snap = event_service.snapshot(ef)
    by_title = {t.title: t for t in snap.topics}
    people = [p.id for p in snap.participants]
    rng = random.Random(3)
    for index, (title, report) in enumerate(REPORTS.items()):
        summary, points, advice, follow_ups, resources_text, status = report
        topic = by_title[title]  # a KeyError here is a typo in the demo, caught by its test
        count = topic.expected_attendance or rng.randint(6, 24)
        attendees = tuple(rng.sample(people, min(count, len(people)))) if index % 2 == 0 else ()
        notes.put_report(
            ef,
            SessionReport(
                topic_id=topic.id,
                participant_ids=attendees,
                participant_count=None if attendees else count,
                summary=summary,
                key_points=points,
                recommendations=advice,
                follow_ups=follow_ups,
                resources=resources_text,
                status=status,
            ),
        )
    for seed, (session, title, words) in enumerate(SHEETS):
        jpeg, width, height = photos.downscale(flipchart(title, words, seed))
        photo = photos.add_photo(ef, by_title[session].id, jpeg, width, height, f"IMG_{seed}.jpg")
        photos.set_caption(ef, photo.value.id, title.title())
