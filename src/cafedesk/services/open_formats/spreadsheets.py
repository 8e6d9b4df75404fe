"""The event as spreadsheets: one CSV per sheet or one XLSX workbook.

Sheets are built from the JSON document (plain data), so they show exactly what
the JSON export holds. Every text cell a spreadsheet would run as a formula is
neutralised the way OWASP recommends (a leading apostrophe).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.exports.output import atomic_output

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Row = list[object]
Document = dict[str, Any]


def neutralise(value: object) -> object:
    """Text that a spreadsheet would take as a formula, made plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass(frozen=True)
class Sheet:
    title: str
    header: list[str]
    rows: list[Row]


_T = QT_TRANSLATE_NOOP


def _by_key(rows: list[dict[str, Any]], key: str = "key") -> dict[object, dict[str, Any]]:
    return {r[key]: r for r in rows}


def build_sheets(document: Document, translate: Translate = identity) -> list[Sheet]:
    t = document["tables"]
    people = _by_key(t["participant"])
    spaces = _by_key(t["space"])
    slots = _by_key(t["time_slot"])
    topics = _by_key(t["topic"])

    def person(pid: object) -> str:
        return str(people[pid]["name"]) if pid in people else ""

    def slot(sid: object) -> str:
        s = slots.get(sid)
        return f"{s['day']} {s['start'][:5]}–{s['end'][:5]} {s['label']}".strip() if s else ""

    def topic(tid: object) -> str:
        return str(topics[tid]["title"]) if tid in topics else ""

    tr = translate
    convenors: dict[object, list[str]] = {}
    for c in sorted(t["topic_convenor"], key=lambda c: (c["topic_key"], c["position"])):
        convenors.setdefault(c["topic_key"], []).append(person(c["participant_key"]))
    sheets = [
        Sheet(
            tr(_T("cafedesk", "Participants")),
            [
                tr(h)
                for h in (
                    _T("cafedesk", "Name"),
                    _T("cafedesk", "Organisation"),
                    _T("cafedesk", "Group"),
                    _T("cafedesk", "Email"),
                    _T("cafedesk", "Roles"),
                )
            ],
            [
                [p["name"], p["organisation"], p["group"], p["email"], ", ".join(p["roles"] or [])]
                for p in t["participant"]
            ],
        ),
        Sheet(
            tr(_T("cafedesk", "Topics")),
            [
                tr(h)
                for h in (
                    _T("cafedesk", "Number"),
                    _T("cafedesk", "Title"),
                    _T("cafedesk", "Convenors"),
                    _T("cafedesk", "Space"),
                    _T("cafedesk", "Time"),
                )
            ],
            [
                [
                    x["number"],
                    x["title"],
                    ", ".join(convenors.get(x["key"], [])),
                    spaces[x["space_key"]]["name"] if x["space_key"] in spaces else "",
                    slot(x["slot_key"]),
                ]
                for x in t["topic"]
            ],
        ),
        Sheet(
            tr(_T("cafedesk", "Sign-ups")),
            [tr(_T("cafedesk", "Topic")), tr(_T("cafedesk", "Name"))],
            [[topic(s["topic_key"]), person(s["participant_key"])] for s in t["topic_signup"]],
        ),
        Sheet(
            tr(_T("cafedesk", "Reports")),
            [
                tr(h)
                for h in (
                    _T("cafedesk", "Topic"),
                    _T("cafedesk", "Summary"),
                    _T("cafedesk", "Key points"),
                    _T("cafedesk", "Recommendations"),
                    _T("cafedesk", "Resources"),
                    _T("cafedesk", "Status"),
                )
            ],
            [
                [
                    topic(r["topic_key"]),
                    r["summary"],
                    r["key_points"],
                    r["recommendations"],
                    r["resources"],
                    r["status"],
                ]
                for r in t["session_report"]
            ],
        ),
    ]
    if t.get("cafe_round"):
        sheets += _cafe_sheets(t, person, tr)
    return sheets


def _cafe_sheets(
    t: dict[str, list[dict[str, Any]]], person: Callable[[object], str], tr: Translate
) -> list[Sheet]:
    rounds = sorted(t["cafe_round"], key=lambda r: r["number"])
    tables = _by_key(t["cafe_table"])

    def table(tid: object) -> str:
        x = tables.get(tid)
        return (x["name"] or str(x["number"])) if x else ""

    seats: dict[object, dict[object, str]] = {}
    for s in t["cafe_seat"]:
        seats.setdefault(s["participant_key"], {})[s["round_key"]] = table(s["table_key"])
    round_title = tr(_T("cafedesk", "Round {number}"))
    seating = Sheet(
        tr(_T("cafedesk", "Seating")),
        [tr(_T("cafedesk", "Name"))] + [round_title.format(number=r["number"]) for r in rounds],
        [
            [person(pid), *(by_round.get(r["key"], "") for r in rounds)]
            for pid, by_round in seats.items()
        ],
    )
    numbers = {r["key"]: r["number"] for r in rounds}
    harvest = Sheet(
        tr(_T("cafedesk", "Harvest")),
        [
            tr(h)
            for h in (
                _T("cafedesk", "Round"),
                _T("cafedesk", "Table"),
                _T("cafedesk", "Insights"),
                _T("cafedesk", "Questions"),
            )
        ],
        [
            [numbers.get(h["round_key"], ""), table(h["table_key"]), h["insights"], h["questions"]]
            for h in t["cafe_harvest"]
        ],
    )
    return [seating, harvest]


# --- writers -------------------------------------------------------------------------


def csv_text(sheet: Sheet) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in sheet.header])
    writer.writerows([[neutralise(v) for v in row] for row in sheet.rows])
    return "\ufeff" + out.getvalue()  # the BOM makes Excel read UTF-8 (umlauts) right


def write_csv_zip(sheets: list[Sheet], target: Path | BinaryIO) -> None:
    """Every sheet as its own CSV, together in one zip (one file to hand on)."""
    with atomic_output(target) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf:
        for sheet in sheets:
            zf.writestr(f"{sheet.title}.csv", csv_text(sheet).encode("utf-8"))


def write_csv(sheet: Sheet, target: Path) -> None:
    target.write_bytes(csv_text(sheet).encode("utf-8"))


def write_xlsx(sheets: list[Sheet], target: Path | BinaryIO) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=False)
    book.remove(book.active)
    for sheet in sheets:
        ws = book.create_sheet(sheet.title[:31])
        ws.append([neutralise(h) for h in sheet.header])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in sheet.rows:
            ws.append([neutralise(v) for v in row])
        ws.freeze_panes = "A2"
        for index, head in enumerate(sheet.header, start=1):
            longest = max([len(str(head))] + [len(str(r[index - 1])) for r in sheet.rows[:500]])
            ws.column_dimensions[get_column_letter(index)].width = min(60, max(8, longest + 2))
    with atomic_output(target) as handle:
        book.save(handle)
