"""Time from process start to the main window painted on a large event, and peak memory.

    python benchmarks/bench_startup.py [--runs 5] [--participants 1000 --topics 300 ...]

Generates the event once with benchmarks/generate_event.py, then starts
`cafedesk --smoke-test FILE` in a fresh process per run (offscreen Qt) and
reads the figures the smoke test prints. Aim: under 1.5 s and 250 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_once(event: Path, data_dir: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "cafedesk", "--data-dir", str(data_dir), "--smoke-test", str(event)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    figures: dict[str, float] = {}
    for line in result.stdout.splitlines():
        if ": " in line:
            key, value = line.split(": ", 1)
            figures[key] = float(value.split()[0])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--topics", type=int, default=300)
    parser.add_argument("--spaces", type=int, default=20)
    parser.add_argument("--slots", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        event = Path(tmp) / "large.cafedesk"
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "generate_event.py"),
                str(event),
                "--participants",
                str(args.participants),
                "--topics",
                str(args.topics),
                "--spaces",
                str(args.spaces),
                "--slots",
                str(args.slots),
            ],
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        runs = [run_once(event, Path(tmp) / f"data{i}") for i in range(args.runs)]
    paints = [r["first paint"] for r in runs]
    memory = [r["peak memory"] for r in runs]
    print(
        f"event: {args.participants} participants, {args.topics} topics, "
        f"{args.spaces} spaces, {args.slots} slots; {args.runs} runs"
    )
    print(
        f"start to first paint: median {statistics.median(paints):.3f} s, worst {max(paints):.3f} s"
    )
    print(f"peak memory: median {statistics.median(memory):.0f} MB, worst {max(memory):.0f} MB")
    print(f"pages painted per run: {int(runs[0]['pages painted'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
