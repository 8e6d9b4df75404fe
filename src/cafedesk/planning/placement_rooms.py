"""Room assignment inside one slot, for the placement solver.

Once every topic has a slot, rooms can be given out slot by slot. Without room
pins or equipment the largest demands simply take the largest rooms (optimal
for overflow, since max(0, demand - capacity) is convex). With pins or
equipment a small min-cost assignment (Hungarian method) is solved instead.
"""

from __future__ import annotations

from collections.abc import Sequence

FORBIDDEN = float("inf")


def assign_min_cost(cost: Sequence[Sequence[float]]) -> list[int] | None:
    """Rows to distinct columns at least total cost; None if every way uses FORBIDDEN.

    ``cost`` is rows x columns with rows <= columns. Shortest augmenting paths with
    potentials (Jonker-Volgenant form of the Hungarian method), O(rows^2 * columns).
    """
    n = len(cost)
    if n == 0:
        return []
    m = len(cost[0])
    if n > m:
        return None
    big = 1.0
    for row in cost:
        for c in row:
            if c != FORBIDDEN:
                big += abs(c)
    # Forbidden edges become a cost larger than any real assignment, checked after.
    penalty = big * (n + 1)
    a = [[penalty if c == FORBIDDEN else c for c in row] for row in cost]
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    col_row = [0] * (m + 1)  # 1-based row matched to each column, 0 = free
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        col_row[0] = i
        j0 = 0
        minv = [float("inf")] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = col_row[j0]
            delta = float("inf")
            j1 = 0
            row = a[i0 - 1]
            ui0 = u[i0]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[col_row[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if col_row[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            col_row[j0] = col_row[j1]
            j0 = j1
    result = [0] * n
    for j in range(1, m + 1):
        if col_row[j]:
            result[col_row[j] - 1] = j - 1
    for i, j in enumerate(result):
        if cost[i][j] == FORBIDDEN:
            return None
    return result


def sorted_overflow(demands: Sequence[int], caps_desc: Sequence[int]) -> int | None:
    """Least overflow when any topic may use any room; None if too many topics."""
    if len(demands) > len(caps_desc):
        return None
    total = 0
    for d, c in zip(sorted(demands, reverse=True), caps_desc, strict=False):
        if d > c:
            total += d - c
    return total
