"""The hostile-text event: every printable with names in many scripts, a very long name
and a 150-character title, at A4 and Letter, and a contact sheet of the first pages.

    python tools/hostile_paper.py OUT_FOLDER [--sheet docs/screenshots/hostile-paper.png]

``make_hostile(ef)`` is also used by tests/exports/test_hostile_paper.py.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from cafedesk.domain.model import PaperSize
from cafedesk.services import event as event_service
from cafedesk.services import participants, topics
from cafedesk.services.print_centre import printables, write_printable
from cafedesk.services.report_export import write_client_report
from cafedesk.store.eventfile import EventFile

NAMES = (
    "Jürgen Größmann-Weiß",
    "Zażółć Gęślą-Jaźń",
    "İsmail Çağrı Şahin",
    "Αλέξανδρος Παπαδόπουλος",
    "Жанна Щербакова",
    "Nguyễn Thị Ánh Tuyết",
    "محمد بن سلمان",
    "אברהם כהן",
    "王芳",
    "山田 さくら",
    "김민준",
    "Maximiliane Friederike Adelheid von und zu Hohenlohe-Schillingsfürst-Ingelfingen",
    "Anna אברהם 王芳 محمد",
)
assert len(NAMES[11]) == 80
TITLE = (
    "Zukunftswerkstatt Kesselbach–Großenhain: Wie wollen wir 2035 zusammen leben, "
    "arbeiten, wohnen und feiern? — مستقبلنا معاً · 我们的未来 · עתיד משותף"
)
TOPIC_TITLES = ("مقهى الإصلاح في القرية", "社区花园 — 我们一起种菜", "גינה קהילתית לכולם")


def make_hostile(ef: EventFile) -> None:
    """Give an event the hostile title, names in every script and a few such topics."""
    event = event_service.get_event(ef)
    event_service.put_event(ef, dataclasses.replace(event, title=TITLE[:150]))
    # The people printed first (by name), so the first page of every list shows them.
    people = sorted(participants.list_participants(ef), key=lambda p: p.name.casefold())
    for person, name in zip(people, NAMES, strict=False):
        participants.put_participant(ef, dataclasses.replace(person, name=name))
    for topic, title in zip(topics.list_topics(ef), TOPIC_TITLES, strict=False):
        topics.put_topic(ef, dataclasses.replace(topic, title=title))


def every_printable(ef: EventFile, folder: Path, paper: str) -> dict[str, Path]:
    """Every printable of the event, the client report, the missing-reports list, a single
    session's report and the community map."""
    from cafedesk.domain.model import Method
    from cafedesk.exports.missing_reports import MissingLine, missing_reports_pdf
    from cafedesk.exports.session_report import build_session_report
    from cafedesk.services.proceedings import proceedings_data
    from cafedesk.services.report_export import write_community_map

    written: dict[str, Path] = {}
    snap = event_service.snapshot(ef)
    for item in printables(snap.event.method):
        target = folder / f"{item.name}-{paper}.pdf"
        write_printable(ef, item.name, target, paper)
        written[item.name] = target
    target = folder / f"client-report-{paper}.pdf"
    write_client_report(ef, target, paper=PaperSize(paper))
    written["client-report"] = target
    target = folder / f"missing-reports-{paper}.pdf"
    names = {p.id: p.name for p in snap.participants}
    lines = [
        MissingLine(
            "Sat 09:30",
            "Großer Brunnen",
            t.number,
            t.title,
            ", ".join(names.get(i, "") for i in t.convenor_ids),
        )
        for t in snap.topics[:12]
    ]
    missing_reports_pdf(
        target, snap.event.title, lines, total=len(snap.topics), paper=PaperSize(paper)
    )
    written["missing-reports"] = target
    if snap.event.method is Method.OPEN_SPACE:
        data = proceedings_data(ef)
        placed = next(t for t in snap.topics if t.placed)
        target = folder / f"session-report-{paper}.pdf"
        build_session_report(data, placed.id, target, paper=PaperSize(paper))
        written["session-report"] = target
    target = folder / f"community-map-{paper}.pdf"
    write_community_map(ef, target, "pdf")
    written["community-map"] = target
    return written


def contact_sheet(pdfs: list[tuple[str, Path]], out: Path, columns: int = 8) -> None:
    """First page of each PDF side by side, labelled, in one PNG (Pillow)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    thumb_w, thumb_h, label_h = 300, 390, 22
    rows = (len(pdfs) + columns - 1) // columns
    sheet = Image.new("RGB", (columns * thumb_w, rows * (thumb_h + label_h)), "#d8d8d8")
    draw = ImageDraw.Draw(sheet)
    for i, (label, path) in enumerate(pdfs):
        doc = pdfium.PdfDocument(str(path))
        page = doc[0]
        scale = min((thumb_w - 10) / page.get_width(), (thumb_h - 10) / page.get_height())
        image = page.render(scale=scale).to_pil()
        doc.close()
        x = (i % columns) * thumb_w + (thumb_w - image.width) // 2
        y = (i // columns) * (thumb_h + label_h)
        sheet.paste(image, (x, y + 5))
        draw.text(((i % columns) * thumb_w + 6, y + thumb_h + 4), label, fill="black")
    # A 256-colour palette keeps the sheet small enough for the repository.
    sheet.quantize(colors=256).save(out, optimize=True)


def main() -> None:
    from cafedesk.services.demo import build_demo
    from cafedesk.services.demo_cafe import build_demo_cafe
    from cafedesk.store.eventfile import create_event_file

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sheet", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pdfs: list[tuple[str, Path]] = []
    for kind, build in (("open-space", build_demo), ("cafe", build_demo_cafe)):
        ef = create_event_file(args.out / f"{kind}.cafedesk")
        try:
            build(ef) if kind == "open-space" else build_demo_cafe(ef, time_limit=0.3)
            make_hostile(ef)
            for paper in ("a4", "letter"):
                for name, path in every_printable(ef, args.out, paper).items():
                    final = path.with_name(f"{kind}-{path.name}")
                    path.replace(final)
                    pdfs.append((f"{kind} {name} {paper}", final))
        finally:
            ef.close()
    if args.sheet:
        contact_sheet(pdfs, args.sheet)
    print(f"{len(pdfs)} PDFs in {args.out}")


if __name__ == "__main__":
    main()
