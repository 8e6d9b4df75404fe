"""Benchmark the open formats on a 1,000-person / 300-topic event without photos.

    python benchmarks/bench_open_formats.py

Times the JSON export, the JSON import (checks and a new event file), the same
as .cafedesk.zip, and the XLSX workbook, and checks the round trip gives the same bytes. Goals: JSON
export and import each under 3 s, XLSX under 5 s. Figures go to
``benchmarks/out/open_formats.json``.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks.generate_event import generate  # noqa: E402

from cafedesk.services.open_formats import event_json, event_zip, spreadsheets  # noqa: E402
from cafedesk.store.eventfile import open_event_file  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        generate(tmp / "big.cafedesk", 1000, 300, 20, 15)
        ef = open_event_file(tmp / "big.cafedesk", tmp / "bk", read_only=True)
        start = time.perf_counter()
        text = event_json.dumps(event_json.export_event(ef))
        (tmp / "big.json").write_text(text, encoding="utf-8")
        export_s = time.perf_counter() - start
        start = time.perf_counter()
        sheets = spreadsheets.build_sheets(event_json.export_event(ef))
        spreadsheets.write_xlsx(sheets, tmp / "big.xlsx")
        xlsx_s = time.perf_counter() - start
        start = time.perf_counter()
        event_zip.write_zip(ef, tmp / "big.cafedesk.zip")
        zip_export_s = time.perf_counter() - start
        ef.close()
        start = time.perf_counter()
        event_json.import_json(tmp / "big.cafedesk.zip", tmp / "zipped.cafedesk").close()
        zip_import_s = time.perf_counter() - start
        start = time.perf_counter()
        back = event_json.import_json(tmp / "big.json", tmp / "back.cafedesk")
        import_s = time.perf_counter() - start
        same = event_json.dumps(event_json.export_event(back)) == text
        back.close()
        figures = {
            "json_export_s": round(export_s, 2),
            "json_import_s": round(import_s, 2),
            "xlsx_s": round(xlsx_s, 2),
            "zip_export_s": round(zip_export_s, 2),
            "zip_import_s": round(zip_import_s, 2),
            "json_mb": round(len(text.encode()) / 1e6, 2),
            "round_trip_identical": same,
        }
    OUT.mkdir(exist_ok=True)
    (OUT / "open_formats.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(json.dumps(figures))
    ok = same and export_s < 3 and import_s < 3 and xlsx_s < 5
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
