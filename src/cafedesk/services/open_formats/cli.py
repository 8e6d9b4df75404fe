"""``cafedesk export json|csv|xlsx FILE -o OUT`` and ``cafedesk import json IN -o OUT``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from cafedesk.domain.errors import CafedeskError

OPEN_EXPORTS = ("json", "csv", "xlsx")


def add_export_parsers(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    helps = {
        "json": "the whole event (cafedesk-event/v1), readable by 'import json': "
        "-o NAME.cafedesk.zip puts the photos beside event.json, -o NAME.json embeds them",
        "csv": "every sheet as a CSV (UTF-8 with BOM), together in one .zip",
        "xlsx": "one workbook: participants, topics, sign-ups, reports, seating, harvest",
    }
    for kind, text in helps.items():
        parser = kinds.add_parser(kind, help=text)
        parser.add_argument("file", type=Path, help="event file (.cafedesk)")
        parser.add_argument("-o", "--output", type=Path, required=True)
        parser.add_argument(
            "--data-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )


def add_import_parser(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = kinds.add_parser(
        "json",
        help="a whole event from JSON into a new event file: all or nothing",
        description="Check the document against the cafedesk event format and write a new "
        "event file from it, or print every problem and write nothing.",
    )
    parser.add_argument("source", type=Path, help="the JSON document or .cafedesk.zip")
    parser.add_argument("-o", "--output", type=Path, required=True, help="new .cafedesk file")


def run_export(
    kind: str, event: Path, output: Path, backups: Path, out: TextIO, err: TextIO
) -> int:
    from cafedesk.exports.output import atomic_output
    from cafedesk.services.open_formats import event_json, event_zip, spreadsheets
    from cafedesk.store.eventfile import open_event_file

    try:
        ef = open_event_file(event, backups, read_only=True)
        try:
            if kind == "json" and output.name.lower().endswith(".zip"):
                event_zip.write_zip(ef, output)
                kind = "done"
            else:
                document = event_json.export_event(ef)
        finally:
            ef.close()
        if kind == "json":
            with atomic_output(output) as handle:
                handle.write(event_json.dumps(document).encode("utf-8"))
        elif kind == "csv":
            spreadsheets.write_csv_zip(spreadsheets.build_sheets(document), output)
        elif kind == "xlsx":
            spreadsheets.write_xlsx(spreadsheets.build_sheets(document), output)
    except CafedeskError as exc:
        print(f"cafedesk: {exc.message()}", file=err)
        return 1
    except OSError as exc:
        print(f"cafedesk: {output.name} could not be written ({exc.strerror})", file=err)
        return 1
    print(output, file=out)
    return 0


def run_import(source: Path, output: Path, out: TextIO, err: TextIO) -> int:
    from cafedesk.services.open_formats.event_json import ImportRefused, import_json

    if output.exists():
        print(f"cafedesk: {output.name} exists already; choose a new name", file=err)
        return 1
    try:
        import_json(source, output).close()
    except ImportRefused as exc:
        print(f"cafedesk: {exc.message()}", file=err)
        for problem in exc.problems:
            print(f"  {problem}", file=err)
        return 1
    except CafedeskError as exc:
        print(f"cafedesk: {exc.message()}", file=err)
        return 1
    print(output, file=out)
    return 0
