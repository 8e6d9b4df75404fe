"""The placement problem as index arrays, for the search (internal)."""

from __future__ import annotations

from itertools import combinations

from cafedesk.planning.placement_rooms import FORBIDDEN, assign_min_cost, sorted_overflow
from cafedesk.planning.placement_types import PlacementProblem, topic_convenors

_CACHE_LIMIT = 50_000


class Model:
    """Topics, slots and rooms by index; rooms sorted by capacity, largest first.

    A topic's slot choice is ``allowed[t]`` (slot pin and convenor availability
    applied); ``room_ok[t][r]`` holds its equipment needs and room pin.
    """

    def __init__(self, problem: PlacementProblem) -> None:
        self.problem = problem
        rooms = sorted(problem.rooms, key=lambda r: -r.capacity)
        self.room_ids = [r.id for r in rooms]
        self.caps = [r.capacity for r in rooms]
        self.slot_ids = [s.id for s in problem.slots]
        self.topic_ids = [t.id for t in problem.topics]
        self.n, self.m, self.r = len(self.topic_ids), len(self.slot_ids), len(self.room_ids)
        room_index = {rid: i for i, rid in enumerate(self.room_ids)}
        slot_index = {sid: i for i, sid in enumerate(self.slot_ids)}
        topic_index = {tid: i for i, tid in enumerate(self.topic_ids)}
        self.demand: list[int] = []
        self.allowed: list[list[int]] = []
        self.pin_room: list[int] = []
        self.room_ok: list[list[bool]] = []
        self.special: list[bool] = []
        self.needs_matching: list[bool] = []
        self.cur_slot: list[int] = []
        self.cur_room: list[int] = []
        self.has_current: list[bool] = []
        for t in problem.topics:
            self.demand.append(t.demand)
            pin_r = -1
            placeable = True
            if t.pinned_room is not None:
                pin_r = room_index.get(t.pinned_room, -1)
                placeable = pin_r >= 0
            if t.pinned_slot is not None:
                s = slot_index.get(t.pinned_slot, -1)
                # A kept pin wins over unavailability; check_feasibility reports it.
                allowed = [s] if s >= 0 and placeable else []
            else:
                allowed = (
                    [i for i, sid in enumerate(self.slot_ids) if sid not in t.unavailable_slots]
                    if placeable
                    else []
                )
            self.allowed.append(allowed)
            self.pin_room.append(pin_r)
            ok = [
                (pin_r < 0 or i == pin_r) and (t.equipment <= room.equipment or i == pin_r)
                for i, room in enumerate(rooms)
            ]
            self.room_ok.append(ok)
            self.special.append(pin_r >= 0 or bool(t.equipment))
            self.needs_matching.append(pin_r < 0 and bool(t.equipment))
            self.has_current.append(t.current is not None)
            if t.current is not None:
                self.cur_room.append(room_index.get(t.current[0], -1))
                self.cur_slot.append(slot_index.get(t.current[1], -1))
            else:
                self.cur_room.append(-1)
                self.cur_slot.append(-1)
        # Topics sharing a convenor may not share a slot: mate[a][b] = 1, and
        # mates[a] lists them, so the search counts them per slot like interest.
        by_person: dict[str, list[int]] = {}
        for i, t in enumerate(problem.topics):
            for person in topic_convenors(t):
                by_person.setdefault(person, []).append(i)
        self.mate = [[0] * self.n for _ in range(self.n)]
        for own in by_person.values():
            for a, b in combinations(own, 2):
                self.mate[a][b] = self.mate[b][a] = 1
        self.mates = [[b for b, x in enumerate(row) if x] for row in self.mate]
        # Shared-interest weights: w[a][b] = people interested in both a and b.
        self.w = [[0] * self.n for _ in range(self.n)]
        for wanted in problem.interests.values():
            idx = sorted({topic_index[x] for x in wanted if x in topic_index})
            for a, b in combinations(idx, 2):
                self.w[a][b] += 1
                self.w[b][a] += 1
        self.nbrs = [[(b, wab) for b, wab in enumerate(row) if wab] for row in self.w]
        self._cache: dict[tuple[int, ...], int | None] = {}

    def slot_cost(self, members: list[int]) -> int | None:
        """Least overflow of one slot's topics over the rooms; None if they cannot fit."""
        special = self.special
        demand = self.demand
        for t in members:
            if special[t]:
                return self._special_cost(members)
        return sorted_overflow([demand[t] for t in members], self.caps)

    def _special_cost(self, members: list[int]) -> int | None:
        key = tuple(sorted(members))
        if key in self._cache:
            return self._cache[key]
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        taken: set[int] = set()
        total = 0
        rest: list[int] = []
        for t in members:
            pr = self.pin_room[t]
            if pr >= 0:
                if pr in taken:
                    self._cache[key] = None
                    return None
                taken.add(pr)
                total += max(0, self.demand[t] - self.caps[pr])
            else:
                rest.append(t)
        free = [i for i in range(self.r) if i not in taken]
        result: int | None
        if not any(self.needs_matching[t] for t in rest):
            sub = sorted_overflow([self.demand[t] for t in rest], [self.caps[i] for i in free])
            result = None if sub is None else total + sub
        else:
            cost = [
                [
                    max(0, self.demand[t] - self.caps[i]) if self.room_ok[t][i] else FORBIDDEN
                    for i in free
                ]
                for t in rest
            ]
            match = assign_min_cost(cost)
            result = (
                None if match is None else total + int(sum(cost[k][j] for k, j in enumerate(match)))
            )
        self._cache[key] = result
        return result

    def assign_rooms(self, slot: int, members: list[int]) -> dict[int, int]:
        """Rooms for one slot's topics: least overflow, then fewest moved topics."""
        weight = self.n + 1
        cost: list[list[float]] = []
        for t in members:
            row: list[float] = []
            for i in range(self.r):
                if not self.room_ok[t][i]:
                    row.append(FORBIDDEN)
                    continue
                stays = self.cur_slot[t] == slot and self.cur_room[t] == i
                moved = 1 if self.has_current[t] and not stays else 0
                row.append(max(0, self.demand[t] - self.caps[i]) * weight + moved)
            cost.append(row)
        match = assign_min_cost(cost)
        if match is not None:
            return {t: match[k] for k, t in enumerate(members)}
        # Cannot happen for slots the search accepted; place what fits, leave the rest.
        used: set[int] = set()
        out: dict[int, int] = {}
        for t in sorted(members, key=lambda x: -self.demand[x]):
            for i in range(self.r):
                if i not in used and self.room_ok[t][i]:
                    used.add(i)
                    out[t] = i
                    break
        return out
