"""The agenda wall as printed tables: one per day (and per group of at most 8 spaces).

Rows are time slots, columns spaces; a plenary, break or meal is a shaded
band across the row. Printed on a landscape page so that 8 spaces stay
readable; more spaces are split into balanced groups rather than squeezed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate
from cafedesk.domain.model import (
    SLOT_KIND_LABELS,
    EventSnapshot,
    SlotKind,
    Space,
    TimeSlot,
    Topic,
)
from cafedesk.exports.fonts import BOLD
from cafedesk.exports.pdf_style import (
    ACCENT,
    ACCENT_HEX,
    BAND,
    RULE,
    Geometry,
    format_date,
    label_para,
    styles,
    table_style,
)
from cafedesk.exports.text import para_text

MAX_SPACES_PER_TABLE = 8
TIME_COLUMN = 64.0
NO_SLOTS = QT_TRANSLATE_NOOP("cafedesk", "No time slots have been set up for this event.")
TIME = QT_TRANSLATE_NOOP("cafedesk", "Time")


def space_groups(spaces: Sequence[Space], limit: int = MAX_SPACES_PER_TABLE) -> list[list[Space]]:
    """Split spaces into as few groups as needed, of nearly equal size (20 -> 7, 7, 6)."""
    if not spaces:
        return [[]]
    count = -(-len(spaces) // limit)
    size, extra = divmod(len(spaces), count)
    groups, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        groups.append(list(spaces[start:end]))
        start = end
    return groups


def agenda_order(snapshot: EventSnapshot) -> list[Topic]:
    """Placed topics by day, start time and space; then the rest by number."""
    slot_rank = {slot.id: (slot.day, slot.start, i) for i, slot in enumerate(snapshot.slots)}
    space_rank = {space.id: (space.position, i) for i, space in enumerate(snapshot.spaces)}

    def key(topic: Topic) -> tuple[int, tuple[dt.date, dt.time, int], tuple[int, int], int]:
        if topic.slot_id in slot_rank and topic.space_id in space_rank:
            return (0, slot_rank[topic.slot_id], space_rank[topic.space_id], topic.number)
        return (1, (dt.date.min, dt.time.min, 0), (0, 0), topic.number)

    return sorted(snapshot.topics, key=key)


def _time_text(slot: TimeSlot) -> str:
    return f"{slot.start:%H:%M}–{slot.end:%H:%M}"


def agenda_story(snapshot: EventSnapshot, translate: Translate, geo: Geometry) -> list[Flowable]:
    st = styles()
    if not snapshot.slots:
        return [label_para(translate(NO_SLOTS), st.notice)]
    cells: dict[tuple[int, int], list[Topic]] = defaultdict(list)
    for topic in snapshot.topics:
        if topic.slot_id is not None and topic.space_id is not None:
            cells[(topic.slot_id, topic.space_id)].append(topic)
    spaces = sorted(snapshot.spaces, key=lambda s: s.position)
    groups = space_groups(spaces)
    days = sorted({slot.day for slot in snapshot.slots})
    story: list[Flowable] = []
    for day in days:
        slots = sorted((s for s in snapshot.slots if s.day == day), key=lambda s: s.start)
        for index, group in enumerate(groups):
            title = format_date(day, translate)
            if len(groups) > 1:
                title += f"  ({index + 1}/{len(groups)})"
            story.append(label_para(title, st.h3))
            story.append(_day_table(slots, group, cells, translate, geo.frame_width))
            story.append(Spacer(1, 10))
    return story


def _day_table(
    slots: Sequence[TimeSlot],
    spaces: Sequence[Space],
    cells: dict[tuple[int, int], list[Topic]],
    translate: Translate,
    width: float,
) -> Table:
    st = styles()
    size = 9.0 if len(spaces) <= 4 else 8.0 if len(spaces) <= 6 else 7.0
    cell = st.cell.clone("agenda-cell", fontSize=size, leading=size * 1.3)
    head = st.cell_head.clone("agenda-head", fontSize=size, leading=size * 1.3)
    band = st.cell.clone(
        "agenda-band",
        fontSize=size,
        leading=size * 1.3,
        textColor=ACCENT,
        fontName=st.label.fontName,
    )
    time_style = cell.clone("agenda-time", textColor=st.muted.textColor)
    # As wide as the widest time needs (bold, plus the cell's padding), so "09:00–10:15"
    # never breaks in two; 64 pt was too narrow at the larger type of small events.
    widest = max((stringWidth(_time_text(s), BOLD, size) for s in slots), default=0.0)
    time_width = max(TIME_COLUMN, widest + 8 + 2)
    column = (width - time_width) / max(1, len(spaces))
    rows: list[list[object]] = [
        [Paragraph(para_text(translate(TIME)), head)]
        + [Paragraph(para_text(space.name), head) for space in spaces]
    ]
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for slot in slots:
        row_index = len(rows)
        time_cell = Paragraph(
            f"<b>{_time_text(slot)}</b>"
            + (
                f"<br/>{para_text(slot.label)}"
                if slot.label and slot.kind == SlotKind.SESSION
                else ""
            ),
            time_style,
        )
        if slot.kind != SlotKind.SESSION:
            text = slot.label or translate(SLOT_KIND_LABELS[slot.kind])
            rows.append([time_cell, Paragraph(para_text(text), band)] + [""] * (len(spaces) - 1))
            commands.append(("SPAN", (1, row_index), (-1, row_index)))
            commands.append(("BACKGROUND", (0, row_index), (-1, row_index), BAND))
            continue
        row: list[object] = [time_cell]
        for space in spaces:
            topics = cells.get((slot.id, space.id), [])
            row.append(
                Paragraph(
                    "<br/>".join(
                        f'<font color="{ACCENT_HEX}"><b>{t.number}</b></font>  {para_text(t.title)}'
                        for t in topics
                    ),
                    cell,
                )
            )
        rows.append(row)
    table = Table(
        rows,
        colWidths=[time_width] + [column] * len(spaces),
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(table_style(commands))
    return table
