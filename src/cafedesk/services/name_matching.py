"""Which person a typed name means, asked instead of guessed.

Names are typed at marketplace pace ("Ilse Tamm", or just "Ilse"). A full name that
several people share, or a first name alone that belongs to people already in the
event, is a question for the person at the keyboard: binding it to the first match,
or making a new participant, put the wrong person in the book.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cafedesk.domain.model import Participant
from cafedesk.services.participants import list_participants
from cafedesk.store.eventfile import EventFile

# What the person chose for each typed name (folded): a participant's id, or None for
# a new person of that name.
Answers = Mapping[str, int | None]


def fold(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class NameQuestion:
    typed: str
    candidates: tuple[Participant, ...]
    shared: bool  # True: several people have this full name; False: a first name alone

    @property
    def key(self) -> str:
        return fold(self.typed)


def questions_for(people: Iterable[Participant], names: Iterable[str]) -> list[NameQuestion]:
    """The typed names that could mean more than one person, or someone already there."""
    people = list(people)
    by_name: dict[str, list[Participant]] = {}
    by_first: dict[str, list[Participant]] = {}
    for person in people:
        by_name.setdefault(fold(person.name), []).append(person)
        words = fold(person.name).split()
        if len(words) > 1:
            by_first.setdefault(words[0], []).append(person)
    asked: dict[str, NameQuestion] = {}
    for typed in names:
        key = fold(typed)
        if not key or key in asked:
            continue
        same = by_name.get(key, [])
        if len(same) > 1:
            asked[key] = NameQuestion(" ".join(typed.split()), tuple(same), shared=True)
        elif not same and " " not in key and by_first.get(key):
            asked[key] = NameQuestion(" ".join(typed.split()), tuple(by_first[key]), shared=False)
    return list(asked.values())


def questions_in_event(ef: EventFile, names: Iterable[str]) -> list[NameQuestion]:
    return questions_for(list_participants(ef), names)


def answered(typed: str, answers: Answers) -> tuple[bool, int | None]:
    """(True, id or None) when the person answered for ``typed``; (False, None) if not."""
    key = fold(typed)
    if key in answers:
        return True, answers[key]
    return False, None
