"""A large café to print: long table names, five long questions, a person with an 80-character
name, every table hosted; plain values, so the café paper can be measured without a file."""

from __future__ import annotations

from pathlib import Path

from cafedesk.domain.cafe import CafeRound, CafeSnapshot, CafeTable, Caller, SeatingPlan
from cafedesk.domain.model import Event, PaperSize, Participant
from cafedesk.exports.cafe_paper import CafePaper

LONG_NAME = "Maria-Magdalena Theodora Alexandrovna Wiśniewska-Großkopf von Hohenzollern-Sigmaringen"
TABLE_NAMES = (
    "Großer Brunnen am Marktplatz",
    "Bakery corner",
    "Fountain",
    "Town hall steps under the old lime trees",
    "Flower stall",
    "Kinderspielplatz",
    "Library",
    "Bus stop",
)
QUESTIONS = (
    "What makes you stop and stay on the market square on an ordinary Tuesday afternoon, "
    "and what makes you walk on without looking up?",
    "Who is missing from the square today, and what would have to change for the people "
    "who never come to feel that this place belongs to them as well?",
    "If the square were ours for one whole Saturday in June, what would we try first, "
    "who would we need to ask, and what could go wrong?",
    "Which small change could we make before the summer holidays without asking the "
    "council for money, and who among us would take it on?",
    "Looking back from 2030: what did we do together that made the difference, and what "
    "did we decide to leave alone on purpose?",
)
GIVEN = ("Jürgen", "Zoë", "Łucja", "Ayşe", "Noémie", "Björn", "Anna", "Emre", "Greta", "Ilse")
FAMILY = ("Größ", "Ångström", "Wiśniewska", "Çelik", "Brandt", "Müller", "Kaya", "de Vries")


def big_cafe(
    people: int = 120,
    tables: int = 24,
    rounds: int = 5,
    paper: PaperSize = PaperSize.A4,
    pro_action: bool = False,
) -> CafePaper:
    names = [LONG_NAME] + [
        f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]} {i}"
        for i in range(1, people)
    ]
    persons = tuple(Participant(i + 1, n) for i, n in enumerate(names))
    desks = tuple(
        CafeTable(t + 1, t + 1, TABLE_NAMES[t % len(TABLE_NAMES)], 6, host_id=t + 1)
        for t in range(tables)
    )
    talks = tuple(
        CafeRound(100 + r, r + 1, 20, QUESTIONS[r % len(QUESTIONS)]) for r in range(rounds)
    )
    seats: dict[int, dict[int, tuple[int, ...]]] = {}
    for r, rnd in enumerate(talks):
        by_table: dict[int, list[int]] = {t.id: [t.id] for t in desks}  # the host stays
        for pid in range(tables + 1, people + 1):
            by_table[desks[(pid * (r + 1) + r) % tables].id].append(pid)
        seats[rnd.id] = {k: tuple(v) for k, v in by_table.items()}
    callers: tuple[Caller, ...] = ()
    if pro_action:
        callers = tuple(
            Caller(t.id, t.id, f"How do we get project {t.number} off the ground by autumn?", t.id)
            for t in desks
        )
    cafe = CafeSnapshot(desks, talks, callers, (), SeatingPlan(seats))
    event = Event(title="Marktplatz 2030 — a World Café", paper_size=paper)
    return CafePaper(event, persons, cafe, pro_action)


def write_all(folder: Path, paper: PaperSize, pro_action: bool = False) -> dict[str, Path]:
    """Every café printable of the large café, for looking at and measuring."""
    from cafedesk.exports.cafe_host_cards import write_host_cards
    from cafedesk.exports.cafe_paper import write_personal_cards
    from cafedesk.exports.cafe_seating import write_seating_lists
    from cafedesk.exports.cafe_tents import write_table_tents

    data = big_cafe(paper=paper, pro_action=pro_action)
    folder.mkdir(parents=True, exist_ok=True)
    tag = f"{paper.value}{'-pac' if pro_action else ''}"
    written = {}
    for name, writer in (
        ("cards", write_personal_cards),
        ("seating", write_seating_lists),
        ("host-cards", write_host_cards),
        ("tents", write_table_tents),
    ):
        out = folder / f"{name}-{tag}.pdf"
        writer(data, out)
        written[name] = out
    return written
