"""The harvest report: per round and table (World Café) or per caller (Pro Action Café).

Each table's key insights and emerging questions are followed by its flipchart
photos, laid out as in the book of proceedings and loaded only while drawn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from cafedesk.domain.cafe import CafeTable, Harvest
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.notes import Photo, PhotoLoader
from cafedesk.exports.cafe_paper import ACCENT, GREY, CafePaper, Cancelled
from cafedesk.exports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from cafedesk.exports.output import pdf_target
from cafedesk.exports.pdf_doc import CafedeskDoc, Masthead, OutlineMark, PageCount, marked
from cafedesk.exports.pdf_style import format_date, format_dates
from cafedesk.exports.photos import PhotoContext, photo_story
from cafedesk.exports.text import para_text

_T = QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class HarvestPhotos:
    """The photos of each harvest cell, (round id, table id), and how to get their bytes."""

    by_cell: Mapping[tuple[int, int], tuple[Photo, ...]] = field(default_factory=dict)
    load: PhotoLoader | None = None


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=20, leading=25, spaceAfter=6),
        "sub": ParagraphStyle("sub", fontName=REGULAR, fontSize=11, leading=14, textColor=GREY),
        # A round's heading and question stay with the first lines of what follows them,
        # never alone at the foot of a page.
        "h1": ParagraphStyle(
            "h1",
            fontName=BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=14,
            spaceAfter=4,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "q": ParagraphStyle(
            "q", fontName=ITALIC, fontSize=11, leading=14, spaceAfter=6, keepWithNext=1
        ),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, spaceBefore=8),
        "label": ParagraphStyle("l", fontName=BOLD, fontSize=10, leading=13, textColor=GREY),
        "body": ParagraphStyle("b", fontName=REGULAR, fontSize=10.5, leading=14, spaceAfter=3),
    }


def _block(
    title: str, harvest: Harvest, st: dict[str, ParagraphStyle], translate: Translate
) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(para_text(title), st["h2"])]
    for label, text in (
        (_T("cafedesk", "Key insights"), harvest.insights),
        (_T("cafedesk", "Emerging questions"), harvest.questions),
    ):
        if text:
            out.append(Paragraph(para_text(translate(label)), st["label"]))
            out.append(Paragraph(para_text(text), st["body"]))
    return out


def headed(heads: list[Flowable], section: list[Flowable]) -> list[Flowable]:
    """A round's (or caller's) heading and question printed with the first table of it:
    that table is kept together itself, so reportlab's keepWithNext would not join it and
    the heading could be left alone at the foot of a page."""
    if section and isinstance(section[0], KeepTogether):
        return [KeepTogether(heads + list(section[0]._content)), *section[1:]]
    return heads + section


def write_harvest_report(
    paper: CafePaper,
    out: Path | BinaryIO,
    translate: Translate = identity,
    cancelled: Cancelled = lambda: False,
    photos: HarvestPhotos | None = None,
) -> None:
    st = _styles()
    photos = photos or HarvestPhotos()
    event = paper.event
    # Every page carries the event, its date and "page n of m" (two passes count the
    # pages; photos are drawn in the last one only).
    dated = format_dates(event.start_date, event.end_date, translate)
    doc = CafedeskDoc(
        pdf_target(out),
        paper=event.paper_size,
        masthead=Masthead(
            event_title=event.title,
            facilitator=event.facilitator,
            date=dated or format_date(dt.date.today(), translate, False),
        ),
        translate=translate,
        title=translate(_T("cafedesk", "Harvest")) + " — " + event.title,
        cover=False,
        lang=event.language,
    )
    context = PhotoContext(photos.load, lambda: doc.build_pass <= 1, translate)
    frame = doc.portrait_geometry
    names = paper.names()
    hosts = paper.cafe.hosts()
    story: list[Flowable] = [
        PageCount(doc),
        Paragraph(
            para_text(translate(_T("cafedesk", "Harvest")) + ": " + event.title), st["title"]
        ),
    ]
    details = " · ".join(x for x in (event.theme, event.venue, event.client_name) if x)
    if details:
        story.append(Paragraph(para_text(details), st["sub"]))
    story.append(Spacer(1, 6 * mm))

    def cell(title: str, harvest: Harvest, round_id: int) -> list[Flowable]:
        """Text and photos of one table in one round; nothing when both are empty."""
        found = photos.by_cell.get((round_id, harvest.table_id), ())
        if harvest.empty and not found:
            return []
        rows = photo_story(found, context, frame.frame_width, frame.frame_height)
        # The heading stays with the text and the first row of photos; later rows flow on.
        return [KeepTogether(_block(title, harvest, st, translate) + rows[:1]), *rows[1:]]

    def table_title(table: CafeTable) -> str:
        host = names.get(hosts.get(table.id, -1), "")
        text = translate(_T("cafedesk", "Table {table}")).format(table=table.label)
        if host:
            text += " — " + translate(_T("cafedesk", "host: {name}")).format(name=host)
        return text

    if paper.pro_action:
        for caller in paper.cafe.callers:
            if cancelled():
                break
            name = names.get(caller.participant_id, "")
            mark = OutlineMark(f"caller-{caller.participant_id}", name or caller.question)
            heads = [marked(Paragraph(para_text(name), st["h1"]), mark)]
            heads.append(Paragraph(para_text(caller.question), st["q"]))
            section: list[Flowable] = []
            for rnd in paper.cafe.rounds:
                if caller.table_id is None:
                    continue
                harvest = paper.cafe.harvest_of(caller.table_id, rnd.id)
                title = translate(_T("cafedesk", "Round {number}")).format(number=rnd.number)
                section.extend(cell(title, harvest, rnd.id))
            for label, text in (
                (_T("cafedesk", "Next steps"), caller.next_steps),
                (_T("cafedesk", "Help needed"), caller.help_needed),
            ):
                if text:
                    section.append(Paragraph(para_text(translate(label)), st["h2"]))
                    section.append(Paragraph(para_text(text), st["body"]))
            story += headed(heads, section)
    else:
        for rnd in paper.cafe.rounds:
            if cancelled():
                break
            heading = translate(_T("cafedesk", "Round {number}")).format(number=rnd.number)
            mark = OutlineMark(f"round-{rnd.id}", heading)
            heads = [marked(Paragraph(para_text(heading), st["h1"]), mark)]
            if rnd.question:
                heads.append(Paragraph(para_text(rnd.question), st["q"]))
            section = []
            for table in paper.cafe.tables:
                harvest = paper.cafe.harvest_of(table.id, rnd.id)
                section.extend(cell(table_title(table), harvest, rnd.id))
            if not section:
                nothing = translate(_T("cafedesk", "Nothing harvested yet."))
                section.append(Paragraph(para_text(nothing), st["sub"]))
            story += headed(heads, section)
    doc.multiBuild(story)
