"""Golfer schedules for 2^(d+1) people at tables of four where each person misses one.

A partial spread of GF(2)^5 gives 32 people at most 9 rounds (PG(4,2) has no
10 disjoint lines), yet 8-4-10 has a schedule: a resolvable 4-GDD of type
2^16, i.e. 16 pairs of partners who never meet while every other pair meets
exactly once.  This module builds it, and its analogue for d = 6 (128 people,
42 rounds), as a double of two affine planes over GF(2)^d:

* people are ``(x, side)`` with ``x`` in GF(2)^d and ``side`` in {0, 1}; the
  partners ``(x, 0)`` and ``(x, 1)`` never meet;
* two line spreads of PG(d-1, 2) without a common line give 2(2^d-1)/3
  two-dimensional subspaces covering every non-zero vector twice, so every
  pair ``x != y`` lies in exactly two of their cosets (one per subspace holding
  ``x + y``), and each subspace's cosets form one round;
* each coset ``B`` seats two tables, ``{(b, s_b)}`` and ``{(b, 1 + s_b)}``.
  People ``(x, i)`` and ``(y, j)`` meet at one of them exactly when
  ``i + j == s_x + s_y``, so the four pairs over ``{x, y}`` meet once each
  precisely when the two cosets through ``{x, y}`` disagree on ``s_x + s_y``:
  one linear equation over GF(2) per pair, solved by elimination.

Whether signs exist depends on the subspaces: for d = 4 all 840 pairs of
disjoint spreads of PG(3,2) have them and the 168 other double covers by
distinct lines have none (counted once, offline); for d = 6 every pair of
spreads tried had them.  Pure Python: spreads by a small backtracking search
(restarted in a shuffled order when the first spread has no disjoint partner),
signs by Gaussian elimination on integer bit rows; 8-4-10 takes milliseconds.
"""

from __future__ import annotations

import random
from itertools import combinations

Rounds = list[list[list[int]]]


def _lines(d: int) -> list[int]:
    """Every 2-dimensional subspace of GF(2)^d as a bit mask of its non-zero vectors."""
    masks = set()
    for a in range(1, 1 << d):
        for b in range(a + 1, 1 << d):
            masks.add(1 << a | 1 << b | 1 << (a ^ b))
    return sorted(masks)


def _spread(d: int, lines: list[int], banned: set[int], nodes: int) -> list[int] | None:
    """Lines partitioning the non-zero vectors, none of them in ``banned``."""
    full = (1 << (1 << d)) - 2
    through: list[list[int]] = [[] for _ in range(1 << d)]
    for m in lines:
        if m not in banned:
            for x in range(1, 1 << d):
                if m >> x & 1:
                    through[x].append(m)
    chosen: list[int] = []
    budget = [nodes]

    def go(covered: int) -> bool:
        if covered == full:
            return True
        budget[0] -= 1
        if budget[0] < 0:
            return False
        x = (~covered & full & -(~covered & full)).bit_length() - 1  # lowest uncovered vector
        for m in through[x]:
            if not m & covered:
                chosen.append(m)
                if go(covered | m):
                    return True
                chosen.pop()
        return False

    return chosen if go(0) else None


def _signs(blocks: list[list[int]]) -> list[list[int]] | None:
    """A side offset per member of each coset so that the doubled tables never repeat a pair.

    Unknown ``s`` for member ``k`` of block ``b`` is bit ``4*b + k``; member 0 is
    fixed at 0 (flipping all four signs only swaps the block's two tables).
    """
    rhs = 1 << (4 * len(blocks))
    through: dict[tuple[int, int], list[int]] = {}
    for b, blk in enumerate(blocks):
        for x, y in combinations(range(4), 2):
            through.setdefault((blk[x], blk[y]), []).append(b)
    pivots: dict[int, int] = {}
    for (x, y), bs in through.items():
        if len(bs) != 2:
            return None
        row = rhs  # s_x + s_y over both blocks must be odd
        for b in bs:
            for k, v in enumerate(blocks[b]):
                if k and v in (x, y):
                    row ^= 1 << (4 * b + k)
        while row & (rhs - 1):
            top = (row & (rhs - 1)).bit_length() - 1
            if top not in pivots:
                pivots[top] = row
                break
            row ^= pivots[top]
        else:
            if row:  # 0 == 1: these spreads admit no signs
                return None
    value = 0  # back-substitution, lowest pivot first; free unknowns are 0
    for top in sorted(pivots):
        row = pivots[top]
        bit = (row >> (4 * len(blocks))) ^ (row & value & ((1 << top) - 1)).bit_count()
        value |= (bit & 1) << top
    return [[value >> (4 * b + k) & 1 for k in range(4)] for b in range(len(blocks))]


def lifted_spread_rounds(
    g: int, p: int, w: int, *, nodes: int = 20_000, tries: int = 10
) -> Rounds | None:
    """Up to 2(2^d-1)/3 rounds of 2^(d-1) tables of 4 for 2^(d+1) people (d even), or None."""
    n = g * p
    d = n.bit_length() - 2
    if p != 4 or n != 1 << (d + 1) or d < 4 or d % 2 or d > 6:  # beyond 128 people: untested
        return None
    if w < 1 or w > 2 * ((1 << d) - 1) // 3:
        return None
    sorted_lines = _lines(d)
    for attempt in range(tries):
        lines = list(sorted_lines)
        if attempt:  # the sorted order can lead to a first spread with no disjoint partner
            random.Random(attempt).shuffle(lines)
        first = _spread(d, lines, set(), nodes)
        second = _spread(d, lines, set(first), nodes) if first else None
        if first is None or second is None:
            continue
        blocks: list[list[int]] = []
        for m in first + second:
            sub = [0, *(x for x in range(1 << d) if m >> x & 1)]
            cosets = {min(x ^ y for y in sub) for x in range(1 << d)}
            blocks.extend(sorted(c ^ y for y in sub) for c in sorted(cosets))
        signs = _signs(blocks)
        if signs is not None:
            return _seat(d, w, blocks, signs)
    return None


def _seat(d: int, w: int, blocks: list[list[int]], signs: list[list[int]]) -> Rounds:
    """Two tables per coset; person ``x + side * 2^d`` is ``(x, side)``."""
    per_round = (1 << d) // 4
    rounds: Rounds = []
    for r in range(w):
        tables: list[list[int]] = []
        for b in range(r * per_round, (r + 1) * per_round):
            for side in (0, 1):
                tables.append(
                    [x + ((s ^ side) << d) for x, s in zip(blocks[b], signs[b], strict=True)]
                )
        rounds.append(tables)
    return rounds
