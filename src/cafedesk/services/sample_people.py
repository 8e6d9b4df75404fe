"""Made-up people for the demo event and the benchmark generator.

The names mix the languages facilitators work in, so every screen and paper
shows umlauts, accents and other letters from the start.
"""

from __future__ import annotations

import random
import unicodedata

FIRST_NAMES = (
    "Anna",
    "Jonas",
    "Léa",
    "Mehmet",
    "Sophie",
    "Lukas",
    "Zoë",
    "Pieter",
    "Agnieszka",
    "Jürgen",
    "Chloé",
    "Emre",
    "Marta",
    "Björn",
    "Inès",
    "Tomasz",
    "Fenna",
    "Grégoire",
    "Ayşe",
    "Matthias",
    "Noémie",
    "Ruud",
    "Katarzyna",
    "Sören",
    "Amélie",
    "Hakan",
    "Elif",
    "Joost",
    "Małgorzata",
    "Felix",
    "Hélène",
    "Niels",
    "Özlem",
    "Dorothea",
    "François",
    "Sanne",
    "Jakub",
    "Greta",
    "Théo",
    "Ilse",
)
LAST_NAMES = (
    "Müller",
    "Dubois",
    "Yılmaz",
    "de Vries",
    "Kowalski",
    "Schäfer",
    "Lefèvre",
    "Janssen",
    "Nowak",
    "Bauer",
    "Moreau",
    "Demir",
    "van Dijk",
    "Wiśniewska",
    "Krüger",
    "Girard",
    "Öztürk",
    "Bakker",
    "Lewandowski",
    "Hoffmann",
    "Fontaine",
    "Şahin",
    "Visser",
    "Zieliński",
    "Weiß",
    "Rousseau",
    "Brouwer",
    "Kaya",
    "Dąbrowski",
    "Köhler",
)
ORGANISATIONS = (
    "Grünland Co-operative",
    "Hofgut Lindenau",
    "Bäckerei Sonnenkorn",
    "Ferme des Trois Chênes",
    "Stadtwerke Kesselbach",
    "Molkerei am Weiher",
    "Kesselbach School Garden",
    "Regional Council",
    "Tafel Kesselbach",
    "Gemüsehof Ebner",
    "Kaffeerösterei Bohnenglück",
    "Landfrauenverein",
)
GROUPS = ("members", "staff", "farmers", "board", "suppliers", "partners")


_SPECIAL = str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "đ": "d"})


def _ascii(text: str) -> str:
    """Letters without accents for made-up email addresses (é -> e, ß -> ss)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if c.isascii())


def people(count: int, seed: int = 7) -> list[tuple[str, str, str, str]]:
    """(name, organisation, group, email) for ``count`` distinct made-up people."""
    rng = random.Random(seed)
    seen: set[str] = set()
    result: list[tuple[str, str, str, str]] = []
    while len(result) < count:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        name = f"{first} {last}"
        if name in seen:
            name = f"{first} {last}-{rng.choice(LAST_NAMES)}"
            if name in seen:
                continue
        seen.add(name)
        ascii_name = _ascii(name).lower().replace(" ", ".")
        email = f"{ascii_name}@example.org"
        result.append((name, rng.choice(ORGANISATIONS), rng.choice(GROUPS), email))
    return result
