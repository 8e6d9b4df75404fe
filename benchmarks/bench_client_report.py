"""Benchmark the client report and the community map on the generated big event.

    python benchmarks/bench_client_report.py [--participants 1000] [--topics 300] [--photos 200]

The event comes from ``generate_event.py`` (1,000 people, 300 topics, 20 spaces,
15 slots); this script adds what a real day leaves behind: a report for every
placed session, 200 flipchart photos (1600×1200 JPEGs, stored downscaled as the
photo import does), dots on every topic, ten chosen topics and 30 action plans.
Each figure is then taken in a fresh process, which reports wall time and its
peak resident memory (ru_maxrss):

- the client report with the book of proceedings as appendix and the map
  (goal: under 30 s and 600 MB);
- the community map of everyone on its own, as PNG (goal: under 5 s).

Figures go to ``benchmarks/out/client_report.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

REPORT_RUN = """
import json, resource, sys, time
from pathlib import Path
sys.path[:0] = {paths!r}
from cafedesk.domain.client_report import ReportOptions
from cafedesk.domain.notes import Branding
from cafedesk.services.report_export import write_client_report
from cafedesk.store.eventfile import open_event_file
ef = open_event_file(Path({event!r}), Path({backups!r}), read_only=True)
start = time.perf_counter()
pages = write_client_report(ef, Path({out!r}), options=ReportOptions(True, True),
                            branding=Branding(accent="#7a3b69", contact="ana@example.org"))
seconds = time.perf_counter() - start
ef.close()
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(dict(seconds=seconds, peak_mb=peak_mb, pages=pages)))
"""

MAP_RUN = """
import json, resource, sys, time
from pathlib import Path
sys.path[:0] = {paths!r}
from cafedesk.services.report_export import write_community_map
from cafedesk.store.eventfile import open_event_file
ef = open_event_file(Path({event!r}), Path({backups!r}), read_only=True)
start = time.perf_counter()
people = write_community_map(ef, Path({out!r}), "png")
seconds = time.perf_counter() - start
ef.close()
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(dict(seconds=seconds, peak_mb=peak_mb, people=people)))
"""


def fill_event(path: Path, photos: int) -> dict[str, int]:
    """Reports, photos, votes and plans on top of the generated event."""
    from tests.exports.sample_data import KEY_POINTS, RECOMMENDATIONS, SUMMARIES, flipchart_jpeg

    from cafedesk.domain.notes import FollowUp, ReportStatus, SessionReport
    from cafedesk.services import action_plans, client_report, convergence, notes
    from cafedesk.services import photos as photo_service
    from cafedesk.services.event import snapshot
    from cafedesk.store.eventfile import open_event_file

    rng = random.Random(11)
    ef = open_event_file(path, path.parent / "backups")
    try:
        snap = snapshot(ef)
        people = [p.id for p in snap.participants]
        placed = [t for t in snap.topics if t.placed]
        for index, topic in enumerate(placed):
            notes.put_report(
                ef,
                SessionReport(
                    topic.id,
                    tuple(rng.sample(people, rng.randint(6, 25))),
                    summary=SUMMARIES[index % 3],
                    key_points=KEY_POINTS[index % 3],
                    recommendations=RECOMMENDATIONS[index % 3],
                    follow_ups=(FollowUp("Write up the proposal", "Anna"),),
                    status=ReportStatus.COMPLETE,
                ),
            )
        added = 0
        for index, topic in enumerate(placed):
            for _ in range(1 + index % 3):
                if added == photos:
                    break
                jpeg, width, height = photo_service.downscale(flipchart_jpeg(1000 + added))
                photo_service.add_photo(ef, topic.id, jpeg, width, height, f"IMG_{added}.jpg")
                added += 1
        for topic in snap.topics:
            convergence.set_tally(ef, topic.id, rng.randint(0, 60))
        top = convergence.ranking(ef)[:10]
        convergence.set_chosen(ef, {r.topic.id: True for r in top})
        for number in range(30):
            topic = top[number % len(top)].topic
            action_plans.add_plan(
                ef,
                action=f"Action {number + 1} for {topic.title}",
                topic_id=topic.id,
                owner_ids=tuple(rng.sample(people, 2)),
                first_step="Call the first meeting",
                help_needed="A room and a flipchart",
            )
        client_report.set_summary(ef, SUMMARIES[0] + "\n\n• one\n• two\n\n" + SUMMARIES[1])
        return {"sessions": len(placed), "photos": added, "people": len(people)}
    finally:
        ef.close()


def run(code: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(done.stderr)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    from benchmarks.generate_event import generate

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--topics", type=int, default=300)
    parser.add_argument("--photos", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        event = folder / "big.cafedesk"
        started = time.perf_counter()
        generate(event, args.participants, args.topics, 20, 15)
        made = fill_event(event, args.photos)
        prepared = time.perf_counter() - started
        paths = [str(ROOT / "src"), str(ROOT)]
        common = dict(paths=paths, event=str(event), backups=str(folder / "backups"))
        report = run(REPORT_RUN.format(**common, out=str(folder / "report.pdf")))
        report["pdf_mb"] = (folder / "report.pdf").stat().st_size / 1e6
        graph = run(MAP_RUN.format(**common, out=str(folder / "map.png")))
    report_ok = report["seconds"] < 30 and report["peak_mb"] < 600
    map_ok = graph["seconds"] < 5
    figures = {
        "event": made,
        "preparation_seconds": prepared,
        "report": report,
        "community_map": graph,
        "goal_met": report_ok and map_ok,
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "client_report.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(
        f"client report: {report['pages']:.0f} pages ({made['sessions']} sessions, "
        f"{made['photos']} photos, {made['people']} people) in {report['seconds']:.1f} s, "
        f"peak {report['peak_mb']:.0f} MB, PDF {report['pdf_mb']:.1f} MB "
        f"— goal <30 s, <600 MB: {'met' if report_ok else 'NOT met'}"
    )
    print(
        f"community map: {graph['people']:.0f} people in {graph['seconds']:.2f} s, "
        f"peak {graph['peak_mb']:.0f} MB — goal <5 s: {'met' if map_ok else 'NOT met'}"
    )
    return 0 if report_ok and map_ok else 1


if __name__ == "__main__":
    sys.exit(main())
