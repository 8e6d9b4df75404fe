"""Command line: ``cafedesk [FILE]`` opens the window; sub-commands run headless jobs.

Only argument parsing lives here; the work is done by the packages it calls.
Heavy imports happen inside the handlers so ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

# Taken as early as possible: the smoke test reports time to first paint from here
# (plus the interpreter's own start, read from the OS where it can be).
PROCESS_T0 = time.perf_counter()

SUBCOMMANDS = ("demo", "plan", "export", "import")


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cafedesk",
        description="Offline desk for Open Space, World Café and Pro Action Café events. "
        f"Sub-commands: {', '.join(SUBCOMMANDS)} (try 'cafedesk demo --help').",
    )
    parser.add_argument("file", nargs="?", type=Path, help="event file (.cafedesk) to open")
    _add_common(parser)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window on FILE (or the demo), paint every page once, print timings and quit",
    )
    parser.add_argument("--read-only", action="store_true", help="open FILE read-only")
    parser.add_argument("--language", help="user interface language, e.g. de (default: system)")
    return parser


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="keep settings, backups and logs in this folder (portable use, tests)",
    )


def _sub_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cafedesk", description="cafedesk headless commands")
    _add_common(parser)
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="write the demo event to a file")
    demo.add_argument("out", type=Path, help="where to write the demo event (.cafedesk)")
    demo.add_argument("--cafe", action="store_true", help="a World Café with a planned seating")

    plan = sub.add_parser("plan", help="run a solver on a benchmark instance (JSON)")
    plan_sub = plan.add_subparsers(dest="plan_kind", required=True)
    for kind, what in (
        ("placement", "place topics into rooms and slots"),
        ("rotation", "seat café rounds"),
    ):
        p = plan_sub.add_parser(kind, help=what, epilog=_PLAN_EXIT.get(kind))
        p.add_argument(
            "instance", help="instance JSON (see the bench format); - for standard input"
        )
        p.add_argument("--time-limit", type=float, default=None, help="seconds to search")

    _add_export(sub)
    _add_import(sub)
    return parser


_PLAN_EXIT = {
    "rotation": (
        "Exit status: 0 = a plan was written, also when some repeated encounters cannot be "
        "avoided (they are noted on stderr with the least any plan can have); 1 = no plan can "
        "be made for this request (for example not enough seats), the reason on stderr; "
        "2 = the instance cannot be read."
    )
}


def _add_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importer = sub.add_parser("import", help="import data into an event file")
    kinds = importer.add_subparsers(dest="import_kind", required=True)
    people = kinds.add_parser(
        "participants",
        help="participants from a CSV or Excel file: all rows or none",
        description="Read a participant list (CSV in any encoding, or the first sheet of an "
        ".xlsx workbook), check every row and add them all, or print every problem and add "
        "none. A backup of the event is made first.",
    )
    people.add_argument("event", type=Path, help="event file (.cafedesk)")
    people.add_argument("file", type=Path, help="the list (.csv, .txt or .xlsx)")
    people.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help="the row with the column names, as the spreadsheet numbers it (default: guessed)",
    )
    people.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="read COLUMN (its heading or number) as FIELD: name, first_name, last_name, "
        "organisation, group, email, roles; FIELD '-' ignores the column. Repeatable",
    )
    people.add_argument(
        "--encoding", default="", help="the file's encoding, e.g. cp1252 (default: detected)"
    )
    people.add_argument(
        "--dry-run", action="store_true", help="check and print what would be added; change nothing"
    )
    people.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    from cafedesk.services.open_formats.cli import add_import_parser

    add_import_parser(kinds)


def _run_import(args: argparse.Namespace) -> int:
    from cafedesk.paths import default_paths, portable_paths
    from cafedesk.services.import_cli import ImportRequest, run_import_participants

    paths = (portable_paths(args.data_dir) if args.data_dir else default_paths()).ensure()
    request = ImportRequest(
        event=args.event,
        file=args.file,
        backups=paths.backups,
        header_row=args.header_row,
        maps=tuple(args.map),
        encoding=args.encoding,
        dry_run=args.dry_run,
    )
    return run_import_participants(request, sys.stdout, sys.stderr)


def _add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser("export", help="write a PDF, map or email draft from an event file")
    kinds = export.add_subparsers(dest="export_kind", required=True)
    book = kinds.add_parser("proceedings", help="the book of proceedings: every session's report")
    report = kinds.add_parser("report", help="the report of one session")
    report.add_argument("--topic", type=int, required=True, help="the session's number")
    for parser in (book, report):
        parser.add_argument("file", type=Path, help="event file (.cafedesk), opened read-only")
        parser.add_argument("-o", "--output", type=Path, required=True, help="PDF to write")
        parser.add_argument(
            "--paper", choices=("a4", "letter"), help="paper size (default: the event's)"
        )
        parser.add_argument(
            "--data-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    _add_report_exports(kinds)
    _add_print_export(kinds)
    from cafedesk.services.open_formats.cli import add_export_parsers

    add_export_parsers(kinds)


def _add_print_export(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from cafedesk.services.print_centre import all_item_names, item_help

    lines = "\n".join(f"  {name:20} {text}" for name, text in item_help())
    printer = kinds.add_parser(
        "print",
        help="the wall kit and all other paper: posters, sheets, badges, café paper, the book",
        description="Write one printable of the event as a PDF.\n\nitems:\n" + lines,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    printer.add_argument("item", choices=all_item_names(), metavar="ITEM", help="what to print")
    printer.add_argument("file", type=Path, help="event file (.cafedesk), opened read-only")
    printer.add_argument("-o", "--output", type=Path, required=True, help="PDF to write")
    printer.add_argument(
        "--paper",
        choices=("a4", "letter", "a3", "a2", "a1", "a0"),
        default=None,
        help="paper size (default: the event's; posters: a1)",
    )
    printer.add_argument("--tile", choices=("a4", "letter"), help="print a poster on these sheets")
    printer.add_argument("--topics", help="comma-separated topic numbers, e.g. 3,7,12")
    printer.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _run_print_export(args: argparse.Namespace) -> int:
    from cafedesk.domain.errors import CafedeskError
    from cafedesk.exports.output import set_pending_folder
    from cafedesk.paths import default_paths, portable_paths
    from cafedesk.services.event import get_event
    from cafedesk.services.print_centre import default_paper, write_printable
    from cafedesk.store.eventfile import open_event_file
    from cafedesk.ui.settings import AppSettings  # QSettings only, no window

    paths = portable_paths(args.data_dir) if args.data_dir else default_paths()
    set_pending_folder(paths.data / "pending-exports")
    topics: list[int] | None = None
    if args.topics:
        try:
            topics = [int(x) for x in args.topics.split(",") if x.strip()]
        except ValueError:
            print(
                "cafedesk: --topics takes numbers separated by commas, e.g. 3,7,12", file=sys.stderr
            )
            return 2
    try:
        ef = open_event_file(args.file, paths.backups, read_only=True)
        try:
            paper = args.paper or default_paper(args.item, get_event(ef).paper_size.value)
            prefs = AppSettings(paths.settings_file).branding()
            pages = write_printable(ef, args.item, args.output, paper, args.tile, topics, prefs)
        finally:
            ef.close()
    except CafedeskError as exc:
        print(f"cafedesk: {exc.message()}", file=sys.stderr)
        return 1
    print(f"{args.output}: {pages} pages")
    return 0


def _add_report_exports(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    client = kinds.add_parser(
        "client-report",
        help="the client report: summary, figures, priorities, action plan, community map",
    )
    client.add_argument("--paper", choices=("a4", "letter"), help="default: the event's")
    client.add_argument(
        "--with-proceedings", action="store_true", help="bind the book in as an appendix"
    )
    client.add_argument("--no-map", action="store_true", help="leave the community map out")
    graph = kinds.add_parser("community-map", help="who met whom, as a PNG or PDF")
    eml = kinds.add_parser("eml", help="an email draft (.eml) to the client with the PDFs attached")
    eml.add_argument(
        "--attach",
        default="report",
        help="comma-separated: report, proceedings, map (default: report)",
    )
    eml.add_argument("--smaller-photos", action="store_true", help="downscale the photos")
    outputs = {
        client: "PDF to write",
        graph: "OUT.png or OUT.pdf",
        eml: ".eml file to write (or a folder: a dated name is chosen)",
    }
    for parser, what in outputs.items():
        parser.add_argument("file", type=Path, help="event file (.cafedesk), opened read-only")
        parser.add_argument("-o", "--output", type=Path, required=True, help=what)
        parser.add_argument(
            "--data-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )


def _run_report_export(args: argparse.Namespace) -> int:
    """Client report, community map or email draft; branding from the Preferences."""
    from cafedesk.domain.client_report import ReportOptions
    from cafedesk.domain.errors import CafedeskError
    from cafedesk.domain.model import PaperSize
    from cafedesk.paths import default_paths, portable_paths
    from cafedesk.services import report_export
    from cafedesk.store.eventfile import open_event_file
    from cafedesk.ui.settings import AppSettings  # QSettings only, no window

    paths = portable_paths(args.data_dir) if args.data_dir else default_paths()
    branding = AppSettings(paths.settings_file).branding()
    kind = args.export_kind
    try:
        ef = open_event_file(args.file, paths.backups, read_only=True)
        try:
            if kind == "client-report":
                options = ReportOptions(args.with_proceedings, not args.no_map)
                paper = PaperSize(args.paper) if args.paper else None
                pages = report_export.write_client_report(
                    ef, args.output, paper=paper, options=options, branding=branding
                )
                print(f"{args.output}: {pages} pages")
            elif kind == "community-map":
                fmt = args.output.suffix.lower().lstrip(".")
                if fmt not in ("png", "pdf"):
                    print("cafedesk: the map is written as .png or .pdf", file=sys.stderr)
                    return 2
                people = report_export.write_community_map(ef, args.output, fmt)
                print(f"{args.output}: {people} people")
            else:
                try:
                    wanted = [report_export.Attach(k.strip()) for k in args.attach.split(",")]
                except ValueError:
                    print("cafedesk: --attach takes report, proceedings, map", file=sys.stderr)
                    return 2
                options = ReportOptions(smaller_photos=args.smaller_photos)
                draft = report_export.write_email_draft(
                    ef, args.output, wanted, options=options, branding=branding
                )
                warning = "  (over 20 MB: try --smaller-photos)" if draft.too_large else ""
                print(f"{draft.path}: {draft.size} bytes{warning}")
        finally:
            ef.close()
    except CafedeskError as exc:
        print(f"cafedesk: {exc.message()}", file=sys.stderr)
        return 1
    return 0


def _run_export(args: argparse.Namespace) -> int:
    from cafedesk.domain.errors import CafedeskError
    from cafedesk.domain.model import PaperSize
    from cafedesk.exports.output import set_pending_folder
    from cafedesk.exports.proceedings import build_proceedings
    from cafedesk.exports.session_report import build_session_report
    from cafedesk.paths import default_paths, portable_paths
    from cafedesk.services.paper_language import paper_translate
    from cafedesk.services.proceedings import proceedings_data
    from cafedesk.store.eventfile import open_event_file

    paths = portable_paths(args.data_dir) if args.data_dir else default_paths()
    set_pending_folder(paths.data / "pending-exports")
    try:
        ef = open_event_file(args.file, paths.backups, read_only=True)
        try:
            data = proceedings_data(ef)
            paper = PaperSize(args.paper) if args.paper else data.snapshot.event.paper_size
            words = paper_translate(data.snapshot.event.language)
            if args.export_kind == "proceedings":
                pages = build_proceedings(data, args.output, paper=paper, translate=words).pages
            else:
                topic = next((t for t in data.snapshot.topics if t.number == args.topic), None)
                if topic is None:
                    print(f"cafedesk: there is no session number {args.topic}", file=sys.stderr)
                    return 1
                pages = build_session_report(
                    data, topic.id, args.output, paper=paper, translate=words
                )
        finally:
            ef.close()
    except CafedeskError as exc:
        print(f"cafedesk: {exc.message()}", file=sys.stderr)
        return 1
    print(f"{args.output}: {pages} pages")
    return 0


def _run_sub(argv: Sequence[str]) -> int:
    args = _sub_parser().parse_args(argv)
    if args.command == "demo":
        from cafedesk.services.demo import write_demo
        from cafedesk.services.demo_cafe import write_demo_cafe

        (write_demo_cafe if args.cafe else write_demo)(args.out)
        print(args.out)
        return 0
    if args.command == "plan":
        return _run_plan(args.plan_kind, args.instance, args.time_limit)
    if args.command == "export":
        if args.export_kind in ("json", "csv", "xlsx"):
            from cafedesk.paths import default_paths, portable_paths
            from cafedesk.services.open_formats.cli import run_export

            paths = portable_paths(args.data_dir) if args.data_dir else default_paths()
            return run_export(
                args.export_kind, args.file, args.output, paths.backups, sys.stdout, sys.stderr
            )
        if args.export_kind in ("client-report", "community-map", "eml"):
            return _run_report_export(args)
        if args.export_kind == "print":
            return _run_print_export(args)
        return _run_export(args)
    if args.import_kind == "json":
        from cafedesk.services.open_formats.cli import run_import

        return run_import(args.source, args.output, sys.stdout, sys.stderr)
    return _run_import(args)


def _run_plan(kind: str, instance: str, time_limit: float | None) -> int:
    if kind == "placement":
        from cafedesk.planning.placement_json import run_plan_placement

        return run_plan_placement(instance, 5.0 if time_limit is None else time_limit, sys.stdout)
    from cafedesk.planning.rotation_json import run_plan_rotation

    return run_plan_rotation(instance, time_limit, sys.stdout)


def _first_word(argv: Sequence[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    takes_value = {"--data-dir", "--language"}
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in takes_value:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _first_word(argv) in SUBCOMMANDS:
        return _run_sub(argv)
    args = _gui_parser().parse_args(argv)
    from cafedesk.app import run_gui

    return run_gui(
        file=args.file,
        data_dir=args.data_dir,
        smoke_test=args.smoke_test,
        read_only=args.read_only,
        language=args.language,
        process_t0=PROCESS_T0,
    )


if __name__ == "__main__":
    sys.exit(main())
