"""Benchmark the café rotation solver on the shared bench instances.

    python benchmarks/bench_rotation.py [INSTANCES_DIR] [--seeds 3] [--time-limit S] [--only NAME]

Each instance runs once per seed in a fresh process with its time target as the
limit, is scored by the shared ``evaluate.py`` and compared with the reference
figures.  Where zero repeats are impossible (``OVER_BOUND``) the median plan of
the seeds is compared worst case first: fewer meetings of the most-met pair wins,
then fewer repeats in all.  A generated 200-person café (40 hosted tables of 5, 4 rounds, 5
groups) checks the issue's own goal.  Solutions go to ``benchmarks/out/``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"

# name: (time target s, reference repeat_pairs, reference mix or None, zero repeats possible)
REFERENCE: dict[str, tuple[float, int, int | None, bool]] = {
    "sgp-4-3-4": (1, 0, None, True),
    "sgp-4-3-5": (1, 3, None, False),
    "sgp-4-4-5": (1, 0, None, True),
    "sgp-5-3-7": (1, 0, None, True),
    "sgp-5-5-6": (1, 0, None, True),
    "sgp-6-3-8": (10, 2, None, True),
    "sgp-6-6-3": (1, 0, None, True),
    "sgp-6-6-4": (1, 2, None, False),
    "sgp-7-4-9": (60, 25, None, True),
    "sgp-8-4-9": (10, 11, None, True),
    "sgp-8-4-10": (60, 27, None, True),
    "sgp-10-4-13": (60, 52, None, True),
    "wc-24": (0.1, 0, 21, True),
    "wc-27-uneven": (0.1, 0, 20, True),
    "pac-30": (0.1, 0, 23, True),
    "wc-40": (0.1, 0, 48, True),
    "wc-96": (0.5, 0, 120, True),
    "wc-150": (1, 0, 285, True),
    "wc-200": (2, 0, 348, True),
    "issue-200-hosted": (2, 0, 0, True),
}

# Over the counting bound, zero is impossible; plans are ranked worst case first:
# name: (time limit s, reference most meetings of a pair, reference repeat_pairs).
OVER_BOUND: dict[str, tuple[float, int, int]] = {
    "sgp-3-4-4": (20, 4, 13),
    "sgp-4-5-5": (20, 5, 25),
    "sgp-5-4-7": (20, 2, 23),
    "sgp-6-4-8": (20, 2, 24),
}

RUNNER = """
import json, sys, time
from cafedesk.planning.rotation import solve_rotation
from cafedesk.planning.rotation_json import problem_from_bench, solution_to_bench
doc = json.load(open(sys.argv[1], encoding="utf-8"))
start = time.perf_counter()
result = solve_rotation(problem_from_bench(doc), time_limit=float(sys.argv[3]),
                        seed=int(sys.argv[4]))
sol = solution_to_bench(doc.get("name", ""), result, time.perf_counter() - start)
json.dump(sol, open(sys.argv[2], "w", encoding="utf-8"))
"""


def issue_cafe() -> dict[str, object]:
    """200 people, 40 tables of 5 with a host each, 5 stakeholder groups of 40, 4 rounds."""
    people = [{"id": f"P{i:03d}", "group": "ABCDE"[i % 5]} for i in range(200)]
    tables = [{"id": f"T{t:02d}", "capacity": 5, "host": f"P{t:03d}"} for t in range(40)]
    return {
        "format": "cafedesk-bench/rotation/v1",
        "name": "issue-200-hosted",
        "participants": people,
        "tables": tables,
        "rounds": 4,
    }


def run_one(inst: Path, sol: Path, limit: float, seed: int, evaluate: Path) -> dict[str, object]:
    env_path = str(ROOT / "src")
    subprocess.run(
        [sys.executable, "-c", RUNNER, str(inst), str(sol), str(limit), str(seed)],
        check=True,
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"},
    )
    done = subprocess.run(
        [sys.executable, str(evaluate), str(inst), str(sol), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    scored = json.loads(done.stdout)
    answer = json.loads(sol.read_text(encoding="utf-8"))
    return {
        "seed": seed,
        "valid": scored["valid"],
        **scored["objective"],
        "wall_s": answer["wall_s"],
        "first_zero_s": answer["first_zero_s"],
    }


def over_bound(name: str, path: Path, evaluate: Path, seeds: int, limit: float | None) -> bool:
    """Run an instance where zero is impossible; compare the median plan, worst case first."""
    target, ref_worst, ref_rep = OVER_BOUND[name]
    runs = [
        run_one(path, OUT / f"rotation-{name}-seed{s}.json", limit or target, s, evaluate)
        for s in range(seeds)
    ]
    ranked = sorted(runs, key=lambda r: (int(str(r["max_meetings"])), int(str(r["repeat_pairs"]))))
    median = ranked[len(ranked) // 2]
    worst, rep = int(str(median["max_meetings"])), int(str(median["repeat_pairs"]))
    met = (
        all(r["valid"] for r in runs)
        and (worst < ref_worst or (worst == ref_worst and rep <= ref_rep))
        and max(float(str(r["wall_s"])) for r in runs) <= target * 1.1
    )
    per_seed = " ".join(f"{r['repeat_pairs']}(x{r['max_meetings']})" for r in runs)
    print(
        f"{name:18} seeds: {per_seed}; median {rep} with nobody meeting more than "
        f"{worst} times; reference {ref_rep} (x{ref_worst}); limit {limit or target} s  "
        f"{'yes' if met else 'NO'}",
        flush=True,
    )
    return met


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "instances", nargs="?", default=str(ROOT / ".." / "shared" / "bench" / "instances")
    )
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--time-limit", type=float, default=None)
    parser.add_argument("--only", default=None)
    args = parser.parse_args(argv)
    folder = Path(args.instances).resolve()
    evaluate = folder.parent / "evaluate.py"
    OUT.mkdir(parents=True, exist_ok=True)
    files = sorted(folder.glob("rotation-*.json"))
    extra = Path(tempfile.gettempdir()) / "rotation-issue-200-hosted.json"
    extra.write_text(json.dumps(issue_cafe()), encoding="utf-8")
    files.append(extra)
    print(
        f"{'instance':18} {'rep':>9} {'mix':>9} {'t->0 s':>7} {'total s':>8} "
        f"{'ref rep':>7} {'ref mix':>7} {'target':>6}  met"
    )
    all_met = True
    for path in files:
        name = path.stem.removeprefix("rotation-")
        if args.only and args.only not in name:
            continue
        if name in OVER_BOUND:
            all_met &= over_bound(name, path, evaluate, args.seeds, args.time_limit)
            continue
        target, ref_rep, ref_mix, possible = REFERENCE.get(name, (2.0, 0, None, True))
        limit = args.time_limit or target
        runs = [
            run_one(path, OUT / f"rotation-{name}-seed{s}.json", limit, s, evaluate)
            for s in range(args.seeds)
        ]
        reps = [int(str(r["repeat_pairs"])) for r in runs]
        mixes = [int(str(r["same_group_pairs"])) for r in runs]
        zeros = [float(str(r["first_zero_s"])) for r in runs if r["first_zero_s"] is not None]
        walls = [float(str(r["wall_s"])) for r in runs]
        goal_rep = 0 if possible else ref_rep
        met = (
            all(r["valid"] for r in runs)
            and max(reps) <= goal_rep
            and (ref_mix is None or max(mixes) <= ref_mix)
            and max(walls) <= target * 1.1
        )
        all_met &= met
        t0 = f"{statistics.median(zeros):.3f}" if len(zeros) == len(runs) else "-"
        mix_ref = "-" if ref_mix is None else str(ref_mix)
        print(
            f"{name:18} {'/'.join(map(str, reps)):>9} {'/'.join(map(str, mixes)):>9} "
            f"{t0:>7} {max(walls):8.3f} {ref_rep:>7} {mix_ref:>7} "
            f"{target:>6}  {'yes' if met else 'NO'}",
            flush=True,
        )
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
