"""Who met whom: people as nodes, a link for every pair who shared a session or a café table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP
from cafedesk.domain.model import Participant

Pair = tuple[int, int]  # (smaller id, larger id)
NO_GROUP = QT_TRANSLATE_NOOP("cafedesk", "no group given")  # how "" prints


def group_of(person: Participant) -> str:
    """The stakeholder group as a key: trimmed, "" when none was given."""
    return " ".join(person.group.split())


def group_sizes(people: Iterable[Participant]) -> list[tuple[str, int]]:
    """Stakeholder groups by size, largest first; ties by name. Colours follow this order."""
    sizes = Counter(group_of(p) for p in people)
    return sorted(sizes.items(), key=lambda item: (-item[1], item[0].casefold()))


@dataclass(frozen=True)
class CommunityGraph:
    people: tuple[Participant, ...]
    links: Mapping[Pair, int] = field(default_factory=dict)  # pair -> times they met

    def groups(self) -> list[tuple[str, int]]:
        return group_sizes(self.people)

    def bridges(self, limit: int) -> list[tuple[Participant, int]]:
        """People who met the most people of other groups, with that number."""
        group = {p.id: group_of(p).casefold() for p in self.people}
        across: Counter[int] = Counter()
        for a, b in self.links:
            if group.get(a) != group.get(b):
                across[a] += 1
                across[b] += 1
        by_id = {p.id: p for p in self.people}
        ranked = sorted(across.items(), key=lambda item: (-item[1], by_id[item[0]].name))
        return [(by_id[pid], n) for pid, n in ranked[:limit] if pid in by_id]


def meetings(gatherings: Iterable[Iterable[int]]) -> dict[Pair, int]:
    """How often each pair sat in the same gathering (a session, a table in one round)."""
    met: Counter[Pair] = Counter()
    for gathering in gatherings:
        people = sorted(set(gathering))
        for pair in combinations(people, 2):
            met[pair] += 1
    return dict(met)


def community_graph(
    people: Iterable[Participant], gatherings: Iterable[Iterable[int]]
) -> CommunityGraph:
    """The people who took part in at least one gathering, and who met whom."""
    listed = list(gatherings)
    links = meetings(listed)
    present = {pid for gathering in listed for pid in gathering}
    return CommunityGraph(tuple(p for p in people if p.id in present), links)
