"""The sections of the client report: summary, key figures, priorities, actions, harvest."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from cafedesk.domain.client_report import BlockKind, ClientReportData, summary_blocks
from cafedesk.domain.community import NO_GROUP
from cafedesk.domain.convergence import owner_names, rank_text
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate
from cafedesk.domain.model import Topic
from cafedesk.exports.charts import Bar, BarChartDrawing, bar_chart, group_colours
from cafedesk.exports.pdf_style import (
    BAND,
    MUTED,
    RULE,
    Styles,
    format_date,
    grid_table,
    label_para,
    para,
    styles,
    table_style,
    widen_for,
)
from cafedesk.exports.text import para_text

_T = QT_TRANSLATE_NOOP
PARTICIPANTS = _T("cafedesk", "participants")
GROUPS = _T("cafedesk", "stakeholder groups")
SESSIONS = _T("cafedesk", "sessions held")
REPORTS = _T("cafedesk", "session reports handed in")
PHOTOS = _T("cafedesk", "flipchart photos")
DOTS = _T("cafedesk", "dots in the vote")
ACTIONS = _T("cafedesk", "actions planned")
TABLES = _T("cafedesk", "tables")
ROUNDS = _T("cafedesk", "rounds")
ENCOUNTERS = _T("cafedesk", "new encounters (pairs who sat at one table)")
STAKEHOLDER_MIX = _T("cafedesk", "Who took part")
ATTENDANCE_SESSIONS = _T("cafedesk", "Attendance per session")
ATTENDANCE_TABLES = _T("cafedesk", "Visitors per table")
LARGEST_OF = _T("cafedesk", "The {shown} best attended of {total}.")
IN_FULL = _T("cafedesk", "In full:")
RANK = _T("cafedesk", "Rank")
NUMBER = _T("cafedesk", "No.")
TOPIC = _T("cafedesk", "Topic")
VOTES = _T("cafedesk", "Dots")
NEXT = _T("cafedesk", "Action planning")
CHOSEN = _T("cafedesk", "chosen")
CHOSEN_NOTE = _T(
    "cafedesk",
    "Dark bars: topics chosen for action planning. Topics with the same number of dots "
    "share a place (=).",
)
NO_VOTES = _T("cafedesk", "No dots were recorded.")
ACTION = _T("cafedesk", "Action")
FOR = _T("cafedesk", "For: {what}")
RELATED = _T("cafedesk", "Related: {topics}")
OWNERS = _T("cafedesk", "Who")
FIRST_STEP = _T("cafedesk", "First step")
DUE = _T("cafedesk", "By when")
HELP = _T("cafedesk", "Help needed")
NO_ACTIONS = _T("cafedesk", "No action plans were recorded.")
ROUND = _T("cafedesk", "Round {number}")
TABLE = _T("cafedesk", "Table {table}")
HOST = _T("cafedesk", "host: {name}")
INSIGHTS = _T("cafedesk", "Key insights")
QUESTIONS = _T("cafedesk", "Emerging questions")
NEXT_STEPS = _T("cafedesk", "Next steps")
HELP_NEEDED = _T("cafedesk", "Help needed")
NOTHING_HARVESTED = _T("cafedesk", "Nothing harvested yet.")
RANKING_BARS = 12


@dataclass(frozen=True)
class Look:
    """The report's styles in the facilitator's accent colour."""

    st: Styles
    accent: Color
    h2: ParagraphStyle
    h3: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle

    @staticmethod
    def of(accent: Color) -> Look:
        st = styles()
        return Look(
            st,
            accent,
            st.h2.clone("report-h2", textColor=accent, keepWithNext=1),
            st.h3.clone("report-h3", textColor=accent),
            st.h1.clone("report-figure", fontSize=24, leading=28, textColor=accent, spaceAfter=0),
            st.small.clone("report-figure-label", textColor=MUTED),
        )


def light(colour: Color, share: float = 0.55) -> Color:
    """The colour mixed with white (bars that are not the point)."""
    return colors.Color(*(c + (1 - c) * share for c in (colour.red, colour.green, colour.blue)))


def hex_of(colour: Color) -> str:
    return "#" + str(colour.hexval())[2:]


def summary_story(text: str, look: Look) -> list[Flowable]:
    story: list[Flowable] = []
    for block in summary_blocks(text):
        if block.kind is BlockKind.BULLETS:
            story += [
                Paragraph(para_text(item), look.st.bullet, bulletText="•") for item in block.lines
            ]
            story.append(Spacer(1, 4))
        else:
            story.append(
                Paragraph("<br/>".join(para_text(line) for line in block.lines), look.st.body)
            )
    return story


def _tiles(figures: Sequence[tuple[int | str, str]], width: float, look: Look) -> Table:
    per_row = 4
    cells: list[object] = [
        [
            Paragraph(para_text(str(value)), look.figure),
            Paragraph(para_text(label), look.figure_label),
        ]
        for value, label in figures
    ]
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    table = Table(rows, colWidths=[width / per_row] * per_row, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LINEABOVE", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return table


def key_figures(
    data: ClientReportData, translate: Translate, width: float
) -> list[tuple[int | str, str]]:
    f = data.figures
    shown: list[tuple[int | str, str]] = [(f.participants, translate(PARTICIPANTS))]
    shown.append((len([g for g, _n in f.groups if g]), translate(GROUPS)))
    if data.cafe is not None:
        shown += [(f.tables, translate(TABLES)), (f.rounds, translate(ROUNDS))]
        shown.append((f.encounters, translate(ENCOUNTERS)))
    else:
        shown += [(f.sessions, translate(SESSIONS)), (f.reports, translate(REPORTS))]
        shown.append((f.dots, translate(DOTS)))
    shown += [(f.photos, translate(PHOTOS)), (f.actions, translate(ACTIONS))]
    return shown


def legend(chart: BarChartDrawing, look: Look, translate: Translate) -> list[Flowable]:
    """The labels a chart had to shorten, in full, under it."""
    if not chart.shortened:
        return []
    lines = "; ".join(f"{short} = {full}" for short, full in chart.shortened)
    return [Paragraph(para_text(f"{translate(IN_FULL)} {lines}"), look.st.caption)]


def group_chart(
    data: ClientReportData, translate: Translate, width: float, look: Look
) -> list[Flowable]:
    groups = data.figures.groups
    total = max(1, sum(n for _g, n in groups))
    colours = group_colours([g for g, _n in groups])
    bars = [Bar(group or translate(NO_GROUP), count, colours[group]) for group, count in groups]
    chart = bar_chart(bars, width, look.accent, lambda n: f"{n} ({round(100 * n / total)} %)")
    return [label_para(translate(STAKEHOLDER_MIX), look.h3), chart, *legend(chart, look, translate)]


def attendance_chart(
    data: ClientReportData, translate: Translate, width: float, look: Look
) -> list[Flowable]:
    if not data.attendance:
        return []
    title = translate(ATTENDANCE_TABLES if data.cafe is not None else ATTENDANCE_SESSIONS)
    chart = bar_chart([Bar(a.label, a.count) for a in data.attendance], width, look.accent)
    story: list[Flowable] = [label_para(title, look.h3), chart, *legend(chart, look, translate)]
    if data.attendance_total > len(data.attendance):
        note = translate(LARGEST_OF).format(shown=len(data.attendance), total=data.attendance_total)
        story.append(label_para(note, look.st.caption))
    return story


def figures_story(
    data: ClientReportData, translate: Translate, width: float, look: Look
) -> list[Flowable]:
    story: list[Flowable] = [
        _tiles(key_figures(data, translate, width), width, look),
        Spacer(1, 10),
    ]
    story += group_chart(data, translate, width, look)
    story.append(Spacer(1, 8))
    story += attendance_chart(data, translate, width, look)
    return story


def priorities_story(
    data: ClientReportData, translate: Translate, width: float, look: Look
) -> list[Flowable]:
    voted = [r for r in data.ranking if r.votes > 0 or r.chosen]
    if not voted:
        return [label_para(translate(NO_VOTES), look.st.notice)]
    top = [r for r in voted if r.votes > 0][:RANKING_BARS]
    story: list[Flowable] = []
    if top:
        chosen, other = hex_of(look.accent), hex_of(light(look.accent))
        bars = [
            Bar(f"{r.topic.number} · {r.topic.title}", r.votes, chosen if r.chosen else other)
            for r in top
        ]
        chart = bar_chart(bars, width, look.accent)
        story += [chart, label_para(translate(CHOSEN_NOTE), look.st.caption), Spacer(1, 8)]
    rows = [
        [
            rank_text(r),
            str(r.topic.number),
            r.topic.title,
            str(r.votes),
            translate(CHOSEN) if r.chosen else "",
        ]
        for r in voted
    ]
    header = [
        translate(RANK),
        translate(NUMBER),
        translate(TOPIC),
        translate(VOTES),
        translate(NEXT),
    ]
    story.append(
        grid_table(header, rows, [w * width for w in (0.08, 0.07, 0.55, 0.1, 0.2)], look.accent)
    )
    return story


def _topic_label(topic: Topic | None) -> str:
    return f"{topic.number}. {' '.join(topic.title.split())}" if topic is not None else ""


def actions_story(
    data: ClientReportData, translate: Translate, width: float, look: Look
) -> list[Flowable]:
    if not data.plans:
        return [label_para(translate(NO_ACTIONS), look.st.notice)]
    st = look.st
    topics = {t.id: t for t in data.book.snapshot.topics}
    names = {p.id: p.name for p in data.book.snapshot.participants}
    muted = st.cell.clone("action-for", textColor=MUTED, fontSize=7.5, leading=10)
    strong = st.cell.clone("action-what", fontName=st.label.fontName)
    header = [
        translate(ACTION),
        translate(OWNERS),
        translate(FIRST_STEP),
        translate(DUE),
        translate(HELP),
    ]
    rows: list[list[object]] = [[Paragraph(para_text(h), st.cell_head) for h in header]]
    for plan in data.plans:
        what: list[Flowable] = [Paragraph(para_text(plan.action), strong)]
        purpose = _topic_label(topics.get(plan.topic_id or -1)) or data.caller_projects.get(
            plan.caller_id or -1, ""
        )
        if purpose:
            what.append(Paragraph(para_text(translate(FOR).format(what=purpose)), muted))
        related = [str(topics[t].number) for t in plan.related_topic_ids if t in topics]
        if related:
            what.append(
                Paragraph(para_text(translate(RELATED).format(topics=", ".join(related))), muted)
            )
        due = format_date(plan.due, translate, False) if plan.due else ""
        rows.append(
            [
                what,
                para(", ".join(owner_names(plan, names)), st.cell),
                para(plan.first_step, st.cell),
                para(due, st.cell),
                para(plan.help_needed, st.cell),
            ]
        )
    shares = (0.32, 0.17, 0.22, 0.11, 0.18)
    dues = [format_date(p.due, translate, False) for p in data.plans if p.due]
    widths = widen_for([s * width for s in shares], 3, dues, st.cell)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), look.accent),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), BAND) for i in range(2, len(rows), 2)]
    table.setStyle(table_style(commands))
    return [table]


def harvest_story(data: ClientReportData, translate: Translate, look: Look) -> list[Flowable]:
    cafe = data.cafe
    if cafe is None:
        return []
    st = look.st
    names = {p.id: p.name for p in data.book.snapshot.participants}
    hosts = cafe.hosts()

    kicker = st.kicker.clone("harvest-table", textColor=look.accent)

    def cell(title: str, insights: str, questions: str) -> list[Flowable]:
        parts: list[Flowable] = [label_para(title, kicker)]
        for label, text in ((INSIGHTS, insights), (QUESTIONS, questions)):
            if text.strip():
                parts += [label_para(translate(label), st.label), para(text, st.body)]
        return [KeepTogether(parts)]

    story: list[Flowable] = []
    if cafe.callers:
        for caller in cafe.callers:
            story.append(
                para(
                    data.caller_projects.get(caller.id, names.get(caller.participant_id, "")),
                    look.h3,
                )
            )
            for rnd in cafe.rounds:
                harvest = cafe.harvest_of(caller.table_id or -1, rnd.id)
                if not harvest.empty:
                    title = translate(ROUND).format(number=rnd.number)
                    story += cell(title, harvest.insights, harvest.questions)
            for label, text in ((NEXT_STEPS, caller.next_steps), (HELP_NEEDED, caller.help_needed)):
                if text.strip():
                    story += [label_para(translate(label), st.label), para(text, st.body)]
        return story
    for rnd in cafe.rounds:
        heading = translate(ROUND).format(number=rnd.number)
        story.append(label_para(heading, look.h3))
        if rnd.question.strip():
            story.append(
                para(
                    rnd.question,
                    st.cover_theme.clone(
                        "round-question",
                        fontSize=10,
                        leading=14,
                        spaceAfter=6,
                        textColor=look.accent,
                    ),
                )
            )
        found = False
        for table in cafe.tables:
            harvest = cafe.harvest_of(table.id, rnd.id)
            if harvest.empty:
                continue
            found = True
            title = translate(TABLE).format(table=table.label)
            host = names.get(hosts.get(table.id, -1), "")
            if host:
                title += " — " + translate(HOST).format(name=host)
            story += cell(title, harvest.insights, harvest.questions)
        if not found:
            story.append(label_para(translate(NOTHING_HARVESTED), st.muted))
    return story
