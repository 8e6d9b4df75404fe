"""Time ``plan_rotation`` end to end on a generated 200-person World Café.

    PYTHONPATH=src python benchmarks/bench_cafe_plan.py [--time-limit 2] [--seeds 3]

40 tables of 5 with a fixed host each, 4 rounds, 5 stakeholder groups. Each run
times the store read + solver (``plan_rotation``) and ``apply_seating``, then
reads the stored plan back and recounts it. Goal: zero repeats and full
mixing (no two people of one group at a table) in under 2 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from cafedesk.domain.model import Event, Method
from cafedesk.services import cafe, cafe_plan, participants
from cafedesk.services import event as event_service
from cafedesk.services.sample_people import people
from cafedesk.store.eventfile import create_event_file

GROUPS = ("staff", "board", "customers", "suppliers", "neighbours")


def build(path: Path) -> None:
    ef = create_event_file(path)
    event_service.put_event(ef, Event(title="Bench café", method=Method.WORLD_CAFE))
    found = people(200, seed=3)
    ids = [
        p.id
        for p in participants.add_many(
            ef,
            [
                participants.Participant(0, name, org, GROUPS[i % 5], email)
                for i, (name, org, _g, email) in enumerate(found)
            ],
        ).value
    ]
    for t in range(40):
        cafe.add_table(ef, 5, ids[t * 5])
    for r in range(4):
        cafe.add_round(ef, f"Question {r + 1}")
    ef.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--time-limit", type=float, default=2.0)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-cafe-"))
    template = folder / "template.cafedesk"
    build(template)
    print(
        f"{'seed':>4} {'plan s':>7} {'apply s':>7} {'total s':>7} {'repeats':>7} "
        f"{'same group':>10} {'spread':>6} {'hosts away':>10}"
    )
    ok = True
    for seed in range(args.seeds):
        path = folder / f"run{seed}.cafedesk"
        path.write_bytes(template.read_bytes())
        from cafedesk.store.eventfile import open_event_file

        ef = open_event_file(path, folder / "backups")
        t0 = time.perf_counter()
        proposal = cafe_plan.plan_rotation(ef, time_limit=args.time_limit, seed=seed)
        t1 = time.perf_counter()
        cafe_plan.apply_seating(ef, proposal.plan)
        t2 = time.perf_counter()
        figures = cafe_plan.figures(cafe_plan.read_context(ef))
        ef.close()
        ok &= figures["repeat_pairs"] == 0 and figures["same_group_pairs"] == 0 and t2 - t0 < 2.0
        print(
            f"{seed:>4} {t1 - t0:7.2f} {t2 - t1:7.2f} {t2 - t0:7.2f} {figures['repeat_pairs']:>7} "
            f"{figures['same_group_pairs']:>10} {figures['size_spread']:>6} "
            f"{figures['hosts_missing']:>10}"
        )
    print("goal met" if ok else "goal NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
