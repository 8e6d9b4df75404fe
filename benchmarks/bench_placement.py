"""Benchmark the placement solver on the shared bench instances.

    python benchmarks/bench_placement.py [INSTANCES_DIR] [--seeds 0 1 2 3]
                                         [--time-limit S] [--jobs N]

Every placement-*.json in INSTANCES_DIR (default: ../shared/bench/instances from
the repository root) is solved once per seed, each run in its own process, with
a time limit of 1 s / 10 s / 30 s for small / medium / large (others 10 s)
unless --time-limit is given. Each answer is written to benchmarks/out/ and
scored by the bench's own evaluate.py; the table shows clashes (min / median /
max over seeds), overflow, moves, times, the best-known figure from
REFERENCE.md and the best clashes reached at 0.1 / 1 / 5 / 10 / 30 s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
MARKS = (0.1, 1.0, 5.0, 10.0, 30.0)
DEFAULT_LIMITS = {"small": 1.0, "medium": 10.0, "large": 30.0}


def worker(instance: str, seed: int, limit: float, out_path: str) -> None:
    """Solve one instance in this process; print timings and the curve as JSON."""
    sys.path.insert(0, str(REPO / "src"))
    from cafedesk.planning.common import SolverProgress
    from cafedesk.planning.placement import solve_placement
    from cafedesk.planning.placement_json import problem_from_bench, solution_to_bench

    began = time.perf_counter()
    with open(instance, encoding="utf-8") as f:
        doc = json.load(f)
    problem = problem_from_bench(doc)
    curve: list[tuple[float, int]] = []

    def progress(report: SolverProgress) -> None:
        clashes = report.best.get("clashes")
        if (
            clashes is not None
            and report.best.get("unplaced", 0) == 0
            and report.best.get("overflow", 0) == 0
        ):
            curve.append((time.perf_counter() - began, clashes))

    result = solve_placement(problem, time_limit=limit, progress=progress, seed=seed)
    wall = time.perf_counter() - began
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(solution_to_bench(str(doc.get("name", "")), result, wall), f, indent=1)
    marks = {}
    for mark in MARKS:
        seen = [c for t, c in curve if t <= mark]
        if mark <= limit + 1e-9 and seen:
            marks[str(mark)] = min(seen)
    print(
        json.dumps(
            {
                "first_s": result.first_answer_s,
                "final_s": result.final_s,
                "overflow": result.overflow,
                "moves": result.moves,
                "unplaced": len(result.unplaced),
                "marks": marks,
            }
        )
    )


def best_known(reference: Path) -> dict[str, str]:
    """instance name -> best-known figure, read from the reference table."""
    if not reference.exists():
        return {}
    out = {}
    for line in reference.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0].startswith("placement-"):
            found = re.search(r"\d+", cells[-1])
            out[cells[0]] = found.group(0) if found else "?"
    return out


def run_one(
    instance: Path, seed: int, limit: float, out_dir: Path, evaluate: Path
) -> dict[str, Any]:
    sol = out_dir / f"{instance.stem}-seed{seed}.json"
    env = dict(os.environ, PYTHONHASHSEED="0")
    done = subprocess.run(
        [sys.executable, __file__, "--worker", str(instance), str(seed), str(limit), str(sol)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    run: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    scored = subprocess.run(
        ["python3", str(evaluate), str(instance), str(sol), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    verdict = json.loads(scored.stdout)
    run["valid"] = verdict["valid"]
    run["clashes"] = verdict["objective"]["clashes"]
    run["errors"] = verdict["errors"][:3]
    return run


def fmt_triple(values: list[float], spec: str = "d") -> str:
    ordered = sorted(values)
    med = statistics.median(ordered)
    return (
        "/".join(format(v, spec) for v in (ordered[0], med, ordered[-1]))
        if spec != "d"
        else f"{ordered[0]}/{med:g}/{ordered[-1]}"
    )


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        worker(argv[1], int(argv[2]), float(argv[3]), argv[4])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "instances", nargs="?", default=str(REPO / ".." / "shared" / "bench" / "instances")
    )
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3])
    parser.add_argument("--time-limit", type=float, default=None)
    parser.add_argument("--jobs", type=int, default=1, help="runs in parallel (keep 1 for timing)")
    parser.add_argument("--only", default="", help="substring of the instance names to run")
    args = parser.parse_args(argv)
    inst_dir = Path(args.instances).resolve()
    evaluate = inst_dir.parent / "evaluate.py"
    known = best_known(inst_dir.parent / "REFERENCE.md")
    out_dir = REPO / "benchmarks" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    instances = sorted(p for p in inst_dir.glob("placement-*.json") if args.only in p.name)
    instances.sort(
        key=lambda p: (
            list(DEFAULT_LIMITS).index(p.stem.split("-")[-1])
            if p.stem.split("-")[-1] in DEFAULT_LIMITS
            else 99
        )
    )
    header = (
        f"{'instance':<18} {'limit':>5} {'clashes min/med/max':>20} {'valid':>5} "
        f"{'overflow':>8} {'moves':>5} {'first s (max)':>13} {'final s (max)':>13} "
        f"{'best known':>10}  best clashes at "
        + " / ".join(f"{m:g}" for m in MARKS)
        + " s (median)"
    )
    print(header)
    print("-" * len(header))
    for inst in instances:
        size = inst.stem.split("-")[-1]
        limit = args.time_limit or DEFAULT_LIMITS.get(size, 10.0)
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            runs = list(
                pool.map(
                    lambda s, i=inst, lim=limit: run_one(i, s, lim, out_dir, evaluate), args.seeds
                )
            )
        curve = []
        for mark in MARKS:
            got = [r["marks"][str(mark)] for r in runs if str(mark) in r["marks"]]
            curve.append(f"{statistics.median(got):g}" if len(got) == len(runs) else "-")
        print(
            f"{inst.stem:<18} {limit:>5g} {fmt_triple([r['clashes'] for r in runs]):>20} "
            f"{sum(r['valid'] for r in runs)}/{len(runs):<3} "
            f"{max(r['overflow'] for r in runs):>8} {max(r['moves'] for r in runs):>5} "
            f"{max(r['first_s'] for r in runs):>13.4f} {max(r['final_s'] for r in runs):>13.2f} "
            f"{known.get(inst.stem, '?'):>10}  " + " / ".join(curve)
        )
        for seed, r in zip(args.seeds, runs, strict=True):
            if not r["valid"]:
                print(f"    seed {seed} INVALID: {r['errors']}")
        sys.stdout.flush()
    print(f"\nseeds {args.seeds}; solutions in {out_dir.relative_to(REPO)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
