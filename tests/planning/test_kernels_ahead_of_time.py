"""The kernels the installers build ahead of time (installers/build_kernels.py) are the
same functions as the ones numba compiles at run time: same arrays in, same arrays out;
and the search runs on them with numba absent, as in the frozen app."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from cafedesk.planning.placement_types import (
    PlacementProblem,
    PlacementRoom,
    PlacementSlot,
    PlacementTopic,
)

ROOT = Path(__file__).parents[2]


def _can_compile() -> str:
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        return "no C compiler"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers"
    return ""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = _can_compile()
    if missing:
        pytest.skip(f"cannot build extension modules here: {missing}")
    out = tmp_path_factory.mktemp("kernels")
    done = subprocess.run(
        [sys.executable, str(ROOT / "installers" / "build_kernels.py"), str(out)],
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return Path(done.stdout.strip().splitlines()[-1])


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("cafedesk.planning._cafedesk_kernels", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _problem() -> PlacementProblem:
    """A mid-sized event: 60 topics for 6 rooms × 10 slots, 200 people with 3–6 interests."""
    import random

    rng = random.Random(7)
    rooms = tuple(PlacementRoom(f"r{i}", rng.choice((8, 15, 25, 40))) for i in range(6))
    slots = tuple(PlacementSlot(f"s{i}") for i in range(10))
    topics = tuple(
        PlacementTopic(f"t{i}", convenor=f"p{rng.randrange(200)}", demand=rng.randrange(3, 30))
        for i in range(60)
    )
    interests = {
        f"p{i}": tuple(rng.sample([t.id for t in topics], rng.randint(3, 6))) for i in range(200)
    }
    return PlacementProblem(rooms, slots, topics, interests)


def test_placement_kernels_give_the_same_arrays(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    from cafedesk.planning import compiled_kernels, placement_kernels, placement_state
    from cafedesk.planning.placement_model import Model
    from cafedesk.planning.placement_search import Search

    module = _load(built)
    ahead = compiled_kernels.placement_of(module)
    model = Model(_problem())
    search = Search(model, random.Random(5))
    search.construct()
    ar = placement_state.arrays_for(model, list(search.slot))
    results = []
    for kernels in (placement_kernels, ahead):
        monkeypatch.setattr(placement_state, "kernels", kernels)
        state = placement_state.State(ar, np.array(search.slot, np.int64)[ar.model_index])
        state.anneal(ar, 0, 200_000, 200_000, (2.0, 0.05), 11)
        child = placement_state.crossover(ar, state.best_slot, state.slot, np.random.default_rng(3))
        results.append((state.slot.copy(), state.best_score.copy(), state.over.copy(), child))
    (slot_a, score_a, over_a, child_a), (slot_b, score_b, over_b, child_b) = results
    assert np.array_equal(slot_a, slot_b) and np.array_equal(over_a, over_b)
    assert np.array_equal(score_a, score_b)
    assert (child_a is None and child_b is None) or np.array_equal(child_a, child_b)
    assert not np.array_equal(slot_a, np.array(search.slot)[ar.model_index])  # it did move


def test_rotation_kernel_gives_the_same_seating(built: Path) -> None:
    import random

    from cafedesk.planning import compiled_kernels, rotation_anneal, rotation_kernels
    from cafedesk.planning.rotation import RotationPerson, RotationProblem, RotationTable
    from cafedesk.planning.rotation_search import State

    module = _load(built)
    people = tuple(RotationPerson(f"P{i}", "ABC"[i % 3]) for i in range(40))
    tables = tuple(RotationTable(f"T{t}", 5) for t in range(8))
    state = State(RotationProblem(people, tables, 4), random.Random(2))
    for r in state.free:
        state.greedy_round(r)
    cost = state.total()[0]
    answers = []
    for kernels in (rotation_kernels, compiled_kernels.rotation_of(module)):
        arrays, best_seat = rotation_anneal.kernel_arrays(
            state, [list(state.seat[r]) for r in state.free]
        )
        got = kernels.anneal_swaps(*arrays, 50_000, 30.0, 0.5, cost, cost, best_seat, 9)
        answers.append((tuple(got), arrays[0].tolist(), best_seat.tolist()))
    assert answers[0] == answers[1]
    assert answers[0][0][1] < cost  # the swaps did improve it


def test_the_search_runs_on_them_without_numba(built: Path) -> None:
    """As in the frozen app: numba and llvmlite cannot be imported, the kernels are ready at
    once and the search answers from them (the compiled phase, not only pure Python)."""
    script = f"""
import importlib.util, json, sys
sys.modules["numba"] = None
sys.modules["llvmlite"] = None
spec = importlib.util.spec_from_file_location("cafedesk.planning._cafedesk_kernels", {str(built)!r})
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
sys.modules["cafedesk.planning._cafedesk_kernels"] = module
from cafedesk.planning import placement_memetic
assert placement_memetic.wait_ready(10), "not ready"
from tests.planning.test_kernels_ahead_of_time import _problem
from cafedesk.planning.placement import solve_placement
result = solve_placement(_problem(), time_limit=2.0, seed=1)
print(json.dumps({{"numba": sys.modules.get("numba") is not None, "clashes": result.clashes,
                  "unplaced": len(result.unplaced)}}))
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr[-3000:]
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer == {**answer, "numba": False, "unplaced": 0}
