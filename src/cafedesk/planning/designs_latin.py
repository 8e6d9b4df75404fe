"""Four rounds of n tables of n from one Latin square, when no orthogonal mate exists.

People are the cells (i, j) of an n x n grid.  Rounds one to three seat by
rows, by columns and by the symbols of a Latin square L: no repeats.  Round four
needs six cells per table that share no row, column or symbol - a transversal
of L; six disjoint ones would be an orthogonal mate, which order 6 does not
have (Euler's 36 officers).  So round four takes as many disjoint transversals
as L has and splits the leftover cells (each row, column and symbol twice) into
tables with the fewest clashes.  For n = 6 the best possible this way is 2
repeats (each of the two leftover tables must clash once); the search tries
Latin squares until it reaches that floor or its budget runs out.
"""

from __future__ import annotations

import random
from itertools import combinations

Rounds = list[list[list[int]]]


def latin_square(n: int, rng: random.Random) -> list[list[int]] | None:
    """A random Latin square of order n (row by row, random symbols, with backtracking)."""
    square = [[-1] * n for _ in range(n)]
    col_used = [[False] * n for _ in range(n)]

    def fill(cell: int) -> bool:
        if cell == n * n:
            return True
        i, j = divmod(cell, n)
        row = square[i]
        choices = [s for s in range(n) if s not in row[:j] and not col_used[j][s]]
        rng.shuffle(choices)
        for s in choices:
            row[j], col_used[j][s] = s, True
            if fill(cell + 1):
                return True
            row[j], col_used[j][s] = -1, False
        return False

    return square if fill(0) else None


def transversals(square: list[list[int]]) -> list[tuple[int, ...]]:
    """Every transversal, as the column chosen in each row."""
    n = len(square)
    out: list[tuple[int, ...]] = []

    def go(i: int, cols: list[int], used_c: int, used_s: int) -> None:
        if i == n:
            out.append(tuple(cols))
            return
        for j in range(n):
            s = square[i][j]
            if not (used_c >> j & 1 or used_s >> s & 1):
                cols.append(j)
                go(i + 1, cols, used_c | 1 << j, used_s | 1 << s)
                cols.pop()

    go(0, [], 0, 0)
    return out


def _disjoint(trans: list[tuple[int, ...]], want: int) -> list[tuple[int, ...]]:
    """Largest set (up to ``want``) of transversals with no cell in common."""
    best: list[tuple[int, ...]] = []

    def go(start: int, chosen: list[tuple[int, ...]]) -> bool:
        nonlocal best
        if len(chosen) > len(best):
            best = list(chosen)
        if len(chosen) == want:
            return True
        for k in range(start, len(trans)):
            t = trans[k]
            if all(all(t[i] != c[i] for i in range(len(t))) for c in chosen):
                chosen.append(t)
                if go(k + 1, chosen):
                    return True
                chosen.pop()
        return False

    go(0, [])
    return best


def _clashes(cells: list[tuple[int, int]], square: list[list[int]]) -> int:
    return sum(
        1
        for (a, b), (c, d) in combinations(cells, 2)
        if a == c or b == d or square[a][b] == square[c][d]
    )


def _split(
    cells: list[tuple[int, int]], n: int, square: list[list[int]]
) -> list[list[tuple[int, int]]]:
    """Leftover cells into tables of n with the fewest clashes (exhaustive for two tables)."""
    if len(cells) != 2 * n:  # more leftovers: greedy, the tabu search polishes afterwards
        return [cells[k : k + n] for k in range(0, len(cells), n)]
    first, rest = cells[0], cells[1:]
    best: list[list[tuple[int, int]]] = []
    best_c = -1
    for pick in combinations(rest, n - 1):
        a = [first, *pick]
        b = [c for c in rest if c not in pick]
        c = _clashes(a, square) + _clashes(b, square)
        if best_c < 0 or c < best_c:
            best, best_c = [a, b], c
    return best


def latin_rounds(n: int, w: int, *, seed: int = 0, tries: int = 40) -> Rounds | None:
    """w <= 4 rounds of n tables of n (people i*n + j) with few repeats; None if n < 3."""
    if n < 3 or w < 1 or w > 4:
        return None
    rng = random.Random(seed)
    best: Rounds | None = None
    best_c = -1
    floor = 2 if n == 6 else 0
    for _ in range(tries):
        square = latin_square(n, rng)
        if square is None:
            return None
        rounds: Rounds = [
            [[i * n + j for j in range(n)] for i in range(n)],
            [[i * n + j for i in range(n)] for j in range(n)],
            [
                [i * n + j for i in range(n) for j in range(n) if square[i][j] == s]
                for s in range(n)
            ],
        ]
        if w < 4:
            return rounds[:w]
        chosen = _disjoint(transversals(square), n)
        taken = {(i, t[i]) for t in chosen for i in range(n)}
        left = [(i, j) for i in range(n) for j in range(n) if (i, j) not in taken]
        tables = [[(i, t[i]) for i in range(n)] for t in chosen] + _split(left, n, square)
        clashes = sum(_clashes(t, square) for t in tables)
        if best_c < 0 or clashes < best_c:
            best_c = clashes
            best = [*rounds, [[i * n + j for i, j in t] for t in tables]]
        if clashes <= floor:
            break
    return best
