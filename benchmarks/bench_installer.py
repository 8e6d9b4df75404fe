"""The frozen app and its packages: sizes, and start to first paint on a big event.

    make package-deb && python benchmarks/bench_installer.py [--runs 3]

Aims (issue figures): unpacked under 250 MB, .deb under 120 MB, first paint of the
1,000-person event under 1.5 s on the second run.
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
DIST = ROOT / "dist"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def first_paint(event: Path, data: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [str(DIST / "cafedesk" / "cafedesk"), "--data-dir", str(data), "--smoke-test", str(event)],
        capture_output=True, text=True, env=env, check=True,
    ).stdout  # fmt: skip
    line = next(x for x in out.splitlines() if x.startswith("first paint"))
    return float(line.split(": ")[1].split()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not (DIST / "cafedesk" / "cafedesk").exists():
        print("build it first: make package-deb")
        return 1
    mb = 1024 * 1024
    print(f"unpacked frozen app: {folder_size(DIST / 'cafedesk') / mb:.0f} MB (aim < 250)")
    for pattern in ("cafedesk_*.deb", "cafedesk-*.tar.gz"):
        for package in sorted(DIST.glob(pattern)):
            print(f"{package.name}: {package.stat().st_size / mb:.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        event = Path(tmp) / "big.cafedesk"
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "generate_event.py"), str(event),
             "--participants", "1000", "--topics", "300"],
            check=True, capture_output=True,
        )  # fmt: skip
        data = Path(tmp) / "data"
        runs = [first_paint(event, data) for _ in range(args.runs + 1)]
        later = runs[1:]  # the first run warms the disk cache, as an installed app's second start
        print(
            f"first paint, 1,000 people / 300 topics: first run {runs[0]:.2f} s, then median "
            f"{statistics.median(later):.2f} s (min {min(later):.2f}, max {max(later):.2f}; "
            "aim < 1.5)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
