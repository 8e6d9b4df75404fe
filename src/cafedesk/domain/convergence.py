"""Convergence: dot votes on the topics, their ranking, and the action plans that follow."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cafedesk.domain.model import Topic


@dataclass(frozen=True)
class TopicVotes:
    """The dots one topic received.

    ``tally`` is the count read off the paper wall; ``named`` the dots people
    gave by name. When both exist the wall's count is the one that counts: the
    facilitator who types a tally has already counted the named dots on the sheet.
    """

    topic_id: int
    tally: int | None = None
    named: int = 0
    chosen: bool = False  # goes on to action planning

    @property
    def total(self) -> int:
        return self.tally if self.tally is not None else self.named


@dataclass(frozen=True)
class Vote:
    """Dots one participant gave one topic (several dots on one topic are allowed)."""

    participant_id: int
    topic_id: int
    dots: int = 1


@dataclass(frozen=True)
class RankedTopic:
    rank: int  # 1, 2, 2, 4: topics with the same votes share a rank
    topic: Topic
    votes: int
    tied: bool  # another topic has the same number of votes
    chosen: bool


def rank_topics(topics: Iterable[Topic], votes: Mapping[int, TopicVotes]) -> list[RankedTopic]:
    """Every topic by votes, most first; equal votes share a rank and are marked tied."""
    counted = [(t, votes.get(t.id, TopicVotes(t.id))) for t in topics]
    counted.sort(key=lambda pair: (-pair[1].total, pair[0].number))
    how_many: dict[int, int] = {}
    for _topic, v in counted:
        how_many[v.total] = how_many.get(v.total, 0) + 1
    ranked: list[RankedTopic] = []
    ahead = 0
    previous: int | None = None
    for index, (topic, v) in enumerate(counted):
        if v.total != previous:
            ahead = index
            previous = v.total
        ranked.append(RankedTopic(ahead + 1, topic, v.total, how_many[v.total] > 1, v.chosen))
    return ranked


def rank_text(entry: RankedTopic) -> str:
    """ "3" or "=3" when the place is shared, as sports tables print it."""
    return f"={entry.rank}" if entry.tied else str(entry.rank)


def top_ranked(ranked: Sequence[RankedTopic], places: int) -> list[RankedTopic]:
    """The topics on the first ``places`` places with votes; a tie at the cut goes in whole."""
    return [r for r in ranked if r.rank <= places and r.votes > 0]


def dots_by_topic(votes: Iterable[Vote]) -> dict[int, int]:
    totals: dict[int, int] = {}
    for vote in votes:
        totals[vote.topic_id] = totals.get(vote.topic_id, 0) + vote.dots
    return totals


def parse_topic_numbers(text: str) -> list[int]:
    """ "3, 7 7; 12" -> [3, 7, 7, 12]: each number is one dot. Raises ValueError on a word."""
    numbers = []
    for part in text.replace(",", " ").replace(";", " ").split():
        if not part.isdigit():
            raise ValueError(part)
        numbers.append(int(part))
    return numbers


@dataclass(frozen=True)
class ActionPlan:
    """What a group will do after the event.

    It belongs to a chosen topic (Open Space) or a caller's project (Pro Action
    Café), or to neither. Owners are participants, or names typed freely for
    people who are not on the list.
    """

    id: int
    action: str
    topic_id: int | None = None
    caller_id: int | None = None
    owner_ids: tuple[int, ...] = ()
    other_owners: tuple[str, ...] = ()
    first_step: str = ""
    due: dt.date | None = None
    help_needed: str = ""
    related_topic_ids: tuple[int, ...] = ()
    position: int = 0


def name_key(name: str) -> str:
    """A name as people type it in a hurry: any case, with or without accents ("Yilmaz"
    finds "Yılmaz", "NOEMIE" finds "Noémie")."""
    text = unicodedata.normalize("NFKD", " ".join(name.split()).replace("ı", "i"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def owner_names(plan: ActionPlan, names: Mapping[int, str]) -> list[str]:
    """The owners as printed: participants first, then the names typed freely."""
    return [names[i] for i in plan.owner_ids if i in names] + list(plan.other_owners)
