"""World Café and Pro Action Café: tables, rounds, callers, seating and harvest."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP

# Pro Action Café asks the same three questions at every event (the method's own).
PAC_QUESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("cafedesk", "What is the quest behind the question?"),
    QT_TRANSLATE_NOOP("cafedesk", "What is missing?"),
    QT_TRANSLATE_NOOP(
        "cafedesk",
        "What am I learning? What next steps will I take? What help do I still need?",
    ),
)
DEFAULT_ROUND_MINUTES = 25
DEFAULT_SEATS = 5

# round id -> table id -> participant ids (the host first when there is one)
Seats = Mapping[int, Mapping[int, tuple[int, ...]]]


@dataclass(frozen=True)
class CafeTable:
    id: int
    number: int
    name: str = ""
    seats: int = DEFAULT_SEATS
    host_id: int | None = None
    position: int = 0

    @property
    def label(self) -> str:
        """What a person at the venue reads on the tent: the number, then the name."""
        return f"{self.number} · {self.name}" if self.name else str(self.number)


@dataclass(frozen=True)
class CafeRound:
    id: int
    number: int  # 1, 2, 3… in the order the rounds happen
    minutes: int = DEFAULT_ROUND_MINUTES
    question: str = ""


@dataclass(frozen=True)
class Caller:
    """A Pro Action Café participant who brings a project question and hosts a table."""

    id: int
    participant_id: int
    question: str = ""
    table_id: int | None = None
    next_steps: str = ""
    help_needed: str = ""


@dataclass(frozen=True)
class PairRule:
    id: int
    a_id: int
    b_id: int
    together: bool  # False: keep apart


@dataclass(frozen=True)
class Harvest:
    table_id: int
    round_id: int
    insights: str = ""
    questions: str = ""

    @property
    def empty(self) -> bool:
        return not (self.insights or self.questions)


@dataclass(frozen=True)
class SeatingPlan:
    """Who sits where in every round, and who is not there in which round."""

    seats: Seats = field(default_factory=dict)
    absent: Mapping[int, frozenset[int]] = field(default_factory=dict)  # round id -> people

    def table_of(self, round_id: int, participant_id: int) -> int | None:
        for table_id, people in self.seats.get(round_id, {}).items():
            if participant_id in people:
                return table_id
        return None


@dataclass(frozen=True)
class CafeSnapshot:
    tables: tuple[CafeTable, ...] = ()
    rounds: tuple[CafeRound, ...] = ()
    callers: tuple[Caller, ...] = ()
    rules: tuple[PairRule, ...] = ()
    plan: SeatingPlan = field(default_factory=SeatingPlan)
    harvest: tuple[Harvest, ...] = ()

    def hosts(self) -> dict[int, int]:
        """table id -> the person who stays there: the caller in PAC, else the table host."""
        out = {t.id: t.host_id for t in self.tables if t.host_id is not None}
        for caller in self.callers:
            if caller.table_id is not None:
                out[caller.table_id] = caller.participant_id
        return out

    def harvest_of(self, table_id: int, round_id: int) -> Harvest:
        for h in self.harvest:
            if h.table_id == table_id and h.round_id == round_id:
                return h
        return Harvest(table_id, round_id)

    def caller_at(self, table_id: int) -> Caller | None:
        return next((c for c in self.callers if c.table_id == table_id), None)
