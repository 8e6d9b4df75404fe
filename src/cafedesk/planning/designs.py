"""Combinatorial constructions for the social golfer problem (g tables of p, w rounds).

Each function returns rounds as lists of tables (lists of person indices
``0 .. g*p-1``) in which no two people meet twice, or ``None`` when the
construction does not apply or finds nothing within its budget.  Callers
verify the answer anyway; a construction is a head start, not a promise.

* :func:`affine_rounds` - the affine plane / Latin-square family: people are
  cells ``(i, j)`` of a ``p x g`` grid and round ``a`` seats ``(i, j)`` at table
  ``j + a*i`` over GF(g).  Gives g rounds for any p <= g when g is a prime
  power (g+1 when p == g: the affine plane AG(2, g)); for other g, the cyclic
  Latin square gives 2 rounds (3 when p == g).
* :func:`cyclic_rounds` - a 1-rotational search: people are ``Z_m x {0..k-1}``
  plus a few fixed points, round r is round 0 shifted by r, so only round 0 is
  searched, under the condition that it uses each pair orbit at most once.
  This finds Kirkman's schoolgirls (5-3-7), a nearly Kirkman triple system
  (6-3-8) and 8-4-9 within seconds; the full resolvable designs with blocks of
  four (7-4-9, 10-4-13) come from finite geometry instead
  (:mod:`designs_geometry`).
"""

from __future__ import annotations

import random
import time
from itertools import product

Rounds = list[list[list[int]]]


def _prime_power(q: int) -> tuple[int, int] | None:
    """(p, e) with q == p**e for a prime p, or None."""
    if q < 2:
        return None
    for p in range(2, q + 1):
        if q % p == 0:
            e, r = 0, q
            while r % p == 0:
                r //= p
                e += 1
            return (p, e) if r == 1 else None
    return None


def gf_tables(q: int) -> tuple[list[list[int]], list[list[int]]] | None:
    """Addition and multiplication tables of GF(q) (elements 0..q-1), q a prime power."""
    pe = _prime_power(q)
    if pe is None:
        return None
    p, e = pe

    # Elements are coefficient vectors (little-endian, base p) of polynomials of degree < e.
    def digits(x: int) -> list[int]:
        return [(x // p**i) % p for i in range(e)]

    def number(d: list[int]) -> int:
        return sum(c * p**i for i, c in enumerate(d))

    modulus: list[int] | None = None
    if e > 1:  # find a monic irreducible polynomial of degree e by trial: no root-free test
        for tail in product(range(p), repeat=e):
            cand = [*tail, 1]
            if _irreducible(cand, p):
                modulus = cand
                break
    add = [
        [number([(a + b) % p for a, b in zip(digits(x), digits(y), strict=True)]) for y in range(q)]
        for x in range(q)
    ]
    mul = [[0] * q for _ in range(q)]
    for x in range(q):
        for y in range(q):
            prod = [0] * (2 * e - 1)
            for i, a in enumerate(digits(x)):
                for j, b in enumerate(digits(y)):
                    prod[i + j] = (prod[i + j] + a * b) % p
            if modulus is not None:
                for k in range(len(prod) - 1, e - 1, -1):
                    c = prod[k]
                    if c:
                        for t in range(e + 1):
                            prod[k - e + t] = (prod[k - e + t] - c * modulus[t]) % p
            mul[x][y] = number(prod[:e])
    return add, mul


def _irreducible(poly: list[int], p: int) -> bool:
    """True when the monic polynomial (little-endian coefficients mod p) has no factor."""
    deg = len(poly) - 1
    for d in range(1, deg // 2 + 1):
        for tail in product(range(p), repeat=d):
            div = [*tail, 1]
            rem = list(poly)
            for k in range(deg, d - 1, -1):
                c = rem[k]
                if c:
                    for t in range(d + 1):
                        rem[k - d + t] = (rem[k - d + t] - c * div[t]) % p
            if not any(rem[:d]):
                return False
    return True


def affine_rounds(g: int, p: int, w: int) -> Rounds | None:
    """Rounds from the affine plane over GF(g) (or a cyclic Latin square), if w fits."""
    if p > g or w < 1:
        return None
    tables = gf_tables(g)
    if tables is not None:
        add, mul = tables
        slopes = list(range(g))
    else:  # Z_g: only slopes 0 and 1 give Latin squares for every g
        add = [[(x + y) % g for y in range(g)] for x in range(g)]
        mul = [[(x * y) % g for y in range(g)] for x in range(g)]
        slopes = [0, 1]
    rows_round = p == g
    if w > len(slopes) + rows_round:
        return None
    result: Rounds = []
    for a in slopes[:w]:
        seating: list[list[int]] = [[] for _ in range(g)]
        for i in range(p):
            for j in range(g):
                seating[add[j][mul[a][i]]].append(i * g + j)
        result.append(seating)
    if len(result) < w:  # the rows themselves, when they are exactly table-sized
        result.append([[i * g + j for j in range(g)] for i in range(p)])
    return result


def _cyclic_shapes(g: int, p: int, w: int) -> list[tuple[int, int, int, int]]:
    """Candidate (m, k, f, b): n = k*m + f people, Z_m acting, f fixed points, b base rounds."""
    n = g * p
    shapes = []
    for m in range(2, n + 1):
        b = -(-w // m)
        if b > 3:
            continue
        for f in range(0, g + 1):
            if (n - f) % m or (n - f) // m < 1:
                continue
            k = (n - f) // m
            orbits = k * ((m - 1) // 2) + k * (k - 1) // 2 * m + f * k
            if b * g * p * (p - 1) // 2 <= orbits:
                shapes.append((m, k, f, b))
    # One base round first (smallest search), then few fixed points.
    shapes.sort(key=lambda s: (s[3], s[2], -s[0]))
    return shapes


def cyclic_rounds(g: int, p: int, w: int, *, seconds: float = 1.0, seed: int = 0) -> Rounds | None:
    """1-rotational search for w rounds of g tables of p; None if nothing found in time."""
    if g < 1 or p < 2 or w < 1:
        return None
    stop = time.perf_counter() + seconds
    rng = random.Random(seed)
    shapes = _cyclic_shapes(g, p, w)[:8]
    while shapes and time.perf_counter() < stop:
        for m, k, f, b in shapes:
            budget = min(stop, time.perf_counter() + 0.1)  # short restarts: heavy tails
            base = _search_base_rounds(g, p, m, k, f, b, rng, budget)
            if base is not None:
                rounds: Rounds = []
                for j in range(b):
                    for r in range(m):
                        rounds.append(
                            [[_shift(u, r, m, k) for u in blk] for blk in base[j * g : (j + 1) * g]]
                        )
                return rounds[:w]
            if time.perf_counter() >= stop:
                return None
    return None


def _shift(u: int, r: int, m: int, k: int) -> int:
    if u >= k * m:
        return u
    c, x = divmod(u, m)
    return c * m + (x + r) % m


def _orbit_table(m: int, k: int, f: int) -> list[list[int]]:
    """Pair-orbit id for each pair of points; -1 where the pair may never meet."""
    n = k * m + f
    ids: dict[tuple[int, ...], int] = {}
    table = [[-1] * n for _ in range(n)]
    for u in range(n):
        for v in range(u + 1, n):
            key: tuple[int, ...] | None
            if v >= k * m:
                key = None if u >= k * m else (2, v, u // m)
            else:
                cu, xu = divmod(u, m)
                cv, xv = divmod(v, m)
                if cu == cv:
                    d = (xv - xu) % m
                    d = min(d, m - d)
                    key = None if 2 * d == m else (0, cu, d)
                else:
                    key = (1, cu, cv, (xv - xu) % m)
            if key is not None:
                oid = ids.setdefault(key, len(ids))
                table[u][v] = table[v][u] = oid
    return table


def _search_base_rounds(
    g: int, p: int, m: int, k: int, f: int, b: int, rng: random.Random, until: float
) -> list[list[int]] | None:
    """Depth-first search for b base rounds (partitions into g blocks of p), orbits used once."""
    n = k * m + f
    orb = _orbit_table(m, k, f)
    used = [False] * (max(max(row) for row in orb) + 1)
    free = [True] * n
    order = list(range(n))
    rng.shuffle(order)
    # Fixed points first: each needs a block of its own.
    order.sort(key=lambda u: u < k * m)
    blocks: list[list[int]] = []
    nodes = 0

    def extend(block: list[int], start: int) -> bool:
        nonlocal nodes
        nodes += 1
        if nodes & 1023 == 0 and time.perf_counter() > until:
            raise TimeoutError
        if len(block) == p:
            blocks.append(block)
            if fill():
                return True
            blocks.pop()
            return False
        for idx in range(start, n):
            v = order[idx]
            if not free[v]:
                continue
            row = orb[v]
            marked = 0  # mark as we go: two new pairs of one orbit must fail too
            for u in block:
                o = row[u]
                if o < 0 or used[o]:
                    break
                used[o] = True
                marked += 1
            if marked == len(block):
                free[v] = False
                if extend([*block, v], idx + 1):
                    return True
                free[v] = True
            for u in block[:marked]:
                used[row[u]] = False
        return False

    def fill() -> bool:
        if len(blocks) == g * b:
            return True
        if len(blocks) % g == 0 and blocks:  # next base round: everyone free again
            saved = free[:]
            free[:] = [True] * n
            ok = start_block()
            free[:] = saved
            return ok
        return start_block()

    def start_block() -> bool:
        first = next(i for i in range(n) if free[order[i]])
        u = order[first]
        free[u] = False
        if extend([u], first + 1):
            return True
        free[u] = True
        return False

    try:
        return blocks if fill() else None
    except TimeoutError:
        return None
