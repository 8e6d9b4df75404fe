"""Resolvable designs from finite geometry, for golfer requests with tables of q+1.

* :func:`packing_rounds` - a packing of PG(3,q): q^2+q+1 spreads that partition
  the lines, so seating the points of PG(3,q) by the lines of one spread per
  round gives q^2+q+1 rounds without repeats (q=3: 10 tables of 4 for 13 rounds).
  All spreads are listed (8424 for q=3) and the packing is an exact cover of the
  lines by spreads; packings are plentiful, the search needs a few dozen nodes.
  (No packing of PG(3,3) is invariant under a collineation of order 13, so the
  cyclic shortcut does not apply.)
* :func:`binary_spread_rounds` - people are the vectors of GF(2)^d, tables of 2^k;
  each round seats the cosets of one k-dimensional subspace.  Two rounds share
  no pair when their subspaces meet only in 0, so w rounds need a partial
  spread of w such subspaces (found by a small search).  For 32 people at
  tables of 4 this gives 8-4-9 at once (a partial line spread of PG(4,2) has at
  most 9 lines; 8-4-10 comes from :mod:`designs_lift`, tried when the spread
  search fails).
* :func:`unital_rounds` - the Hermitian unital of PG(2,q^2): q^3+1 points, blocks
  of q+1 (its secant lines), resolvable into q^2 parallel classes (q=3: 7 tables
  of 4 for 9 rounds).  The resolution is found by a small exact-cover search.

Both return rounds as lists of tables of point indices, or None when the
search finds nothing within its node budget; callers verify the answer.
"""

from __future__ import annotations

import random
from itertools import product

from cafedesk.planning.designs import gf_tables
from cafedesk.planning.designs_lift import lifted_spread_rounds

Rounds = list[list[list[int]]]


class _Space:
    """The points of PG(d, q) as normalised coordinate tuples (first non-zero entry 1)."""

    def __init__(self, q: int, dim: int) -> None:
        tables = gf_tables(q)
        if tables is None:
            raise ValueError("q must be a prime power")
        self.q = q
        self.add, self.mul = tables
        self.inv = [0] + [next(y for y in range(1, q) if self.mul[x][y] == 1) for x in range(1, q)]
        self.points = [v for v in product(range(q), repeat=dim + 1) if self._first(v) == 1]
        self.index = {v: i for i, v in enumerate(self.points)}

    @staticmethod
    def _first(v: tuple[int, ...]) -> int:
        return next((x for x in v if x), 0)

    def norm(self, v: tuple[int, ...]) -> int:
        s = self.inv[self._first(v)]
        return self.index[tuple(self.mul[s][x] for x in v)]

    def line(self, i: int, j: int) -> frozenset[int]:
        u, v = self.points[i], self.points[j]
        out = {i}
        for a in range(self.q):  # v + a*u covers every point but u itself
            out.add(
                self.norm(tuple(self.add[y][self.mul[a][x]] for x, y in zip(u, v, strict=True)))
            )
        return frozenset(out)

    def apply(self, matrix: list[list[int]], i: int) -> int:
        v = self.points[i]
        out = []
        for row in matrix:
            s = 0
            for a, x in zip(row, v, strict=True):
                s = self.add[s][self.mul[a][x]]
            out.append(s)
        return self.norm(tuple(out))


def _lines(space: _Space) -> list[frozenset[int]]:
    seen: set[frozenset[int]] = set()
    n = len(space.points)
    for i in range(n):
        for j in range(i + 1, n):
            seen.add(space.line(i, j))
    return sorted(seen, key=sorted)


def packing_rounds(q: int, w: int, *, seed: int = 0, nodes: int = 2_000) -> Rounds | None:
    """Up to q^2+q+1 rounds of (q^2+1) tables of q+1, from a packing of PG(3,q)."""
    if gf_tables(q) is None or w > q * q + q + 1 or q > 3:  # q > 3: too many spreads to list
        return None
    space = _Space(q, 3)
    lines = _lines(space)
    n = len(space.points)
    pmask = [sum(1 << p for p in ln) for ln in lines]
    through = [[i for i, ln in enumerate(lines) if p in ln] for p in range(n)]
    spreads: list[int] = []  # as bit masks over the lines

    def extend(chosen: int, covered: int) -> None:
        if covered == (1 << n) - 1:
            spreads.append(chosen)
            return
        p = (~covered & (covered + 1)).bit_length() - 1  # lowest point not covered yet
        for i in through[p]:
            if not pmask[i] & covered:
                extend(chosen | 1 << i, covered | pmask[i])

    extend(0, 0)
    random.Random(seed).shuffle(spreads)
    packing = _exact_cover(spreads, len(lines), nodes)
    if packing is None:
        return None
    return [[sorted(lines[i]) for i in range(len(lines)) if s >> i & 1] for s in packing[:w]]


def _exact_cover(sets: list[int], items: int, nodes: int) -> list[int] | None:
    """Disjoint sets (bit masks) covering all items: Algorithm X, fewest options first."""
    chosen: list[int] = []
    budget = [nodes]

    def go(avail: list[int], need: int) -> bool:
        if not need:
            return True
        budget[0] -= 1
        if budget[0] < 0:
            return False
        count = [0] * items
        for s in avail:
            for i in _bits(s):
                count[i] += 1
        item = min(_bits(need), key=count.__getitem__)
        bit = 1 << item
        for s in [s for s in avail if s & bit]:
            chosen.append(s)
            if go([t for t in avail if not t & s], need & ~s):
                return True
            chosen.pop()
        return False

    return chosen if go(sets, (1 << items) - 1) else None


def _bits(x: int) -> list[int]:
    out = []
    while x:
        low = x & -x
        out.append(low.bit_length() - 1)
        x ^= low
    return out


def unital_rounds(q: int, w: int, *, seed: int = 0, nodes: int = 200_000) -> Rounds | None:
    """Up to q^2 rounds of q^2-q+1 tables of q+1 from a resolution of the Hermitian unital."""
    if gf_tables(q) is None or gf_tables(q * q) is None or w > q * q:
        return None
    space = _Space(q * q, 2)
    mul, add = space.mul, space.add

    def power(x: int, e: int) -> int:
        r = 1
        for _ in range(e):
            r = mul[r][x]
        return r

    on = [
        i
        for i, v in enumerate(space.points)
        if add[add[power(v[0], q + 1)][power(v[1], q + 1)]][power(v[2], q + 1)] == 0
    ]
    local = {p: i for i, p in enumerate(on)}
    blocks: set[frozenset[int]] = set()
    for a, i in enumerate(on):
        for j in on[a + 1 :]:
            blocks.add(frozenset(local[p] for p in space.line(i, j) if p in local))
    if any(len(b) != q + 1 for b in blocks):
        return None
    ordered = sorted(blocks, key=sorted)
    random.Random(seed).shuffle(ordered)
    return _resolve(ordered, len(on), w, nodes)


def _resolve(blocks: list[frozenset[int]], n: int, w: int, nodes: int) -> Rounds | None:
    """Split the blocks into parallel classes, one round at a time (exact-cover search)."""
    k = len(next(iter(blocks)))
    per_round = n // k
    through: list[list[int]] = [[] for _ in range(n)]
    for b, blk in enumerate(blocks):
        for p in blk:
            through[p].append(b)
    used = [False] * len(blocks)
    rounds: list[list[int]] = []
    budget = [nodes]

    def go(current: list[int], covered: set[int]) -> bool:
        if len(current) == per_round:
            rounds.append(list(current))
            if len(rounds) == w or go([], set()):
                return True
            rounds.pop()
            return False
        budget[0] -= 1
        if budget[0] < 0:
            return False
        best: list[int] | None = None
        for p in range(n):
            if p in covered:
                continue
            opts = [b for b in through[p] if not used[b] and not (blocks[b] & covered)]
            if best is None or len(opts) < len(best):
                best = opts
                if not opts:
                    return False
        for b in best or []:
            used[b] = True
            current.append(b)
            if go(current, covered | blocks[b]):
                return True
            current.pop()
            used[b] = False
        return False

    if not go([], set()):
        return None
    return [[sorted(blocks[b]) for b in rnd] for rnd in rounds]


def binary_spread_rounds(d: int, k: int, w: int, *, nodes: int = 20_000) -> Rounds | None:
    """w rounds of 2^(d-k) tables of 2^k from a partial spread of GF(2)^d, or None."""
    if not 1 <= k < d or w < 1 or (1 << d) ** k > 1 << 18:  # bases listed by brute force
        return None
    subspaces: dict[int, int] = {}  # bit mask of the non-zero vectors -> a basis key
    for basis in product(range(1, 1 << d), repeat=k):
        span = {0}
        for v in basis:
            span |= {x ^ v for x in span}
        if len(span) == 1 << k:
            subspaces.setdefault(sum(1 << x for x in span if x), 0)
    masks = sorted(subspaces)
    chosen: list[int] = []
    budget = [nodes]

    def go(start: int, used: int) -> bool:
        if len(chosen) == w:
            return True
        budget[0] -= 1
        if budget[0] < 0:
            return False
        for i in range(start, len(masks)):
            if not masks[i] & used:
                chosen.append(masks[i])
                if go(i + 1, used | masks[i]):
                    return True
                chosen.pop()
        return False

    if not go(0, 0):
        return None
    rounds: Rounds = []
    for mask in chosen:
        sub = [0, *(x for x in range(1, 1 << d) if mask >> x & 1)]
        tables: dict[int, list[int]] = {}
        for x in range(1 << d):  # a coset is named by its smallest member
            tables.setdefault(min(x ^ y for y in sub), []).append(x)
        rounds.append(sorted(tables.values()))
    return rounds


def geometric_rounds(g: int, p: int, w: int, *, seed: int = 0) -> Rounds | None:
    """A spread, packing or unital schedule when g tables of p fit one (cut to w rounds)."""
    n = g * p
    if p >= 2 and n & (n - 1) == 0 and p & (p - 1) == 0:
        found = binary_spread_rounds(n.bit_length() - 1, p.bit_length() - 1, w)
        if found is None:  # more rounds than a spread has (8-4-10): partners who never meet
            found = lifted_spread_rounds(g, p, w)
        if found is not None:
            return found
    q = p - 1
    if q < 2 or gf_tables(q) is None:
        return None
    if g * p == q**3 + q * q + q + 1 and w <= q * q + q + 1:
        return packing_rounds(q, w, seed=seed)
    if g * p == q**3 + 1 and w <= q * q:
        return unital_rounds(q, w, seed=seed)
    return None
