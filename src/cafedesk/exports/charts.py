"""Charts for the client report, drawn as vectors with reportlab's own graphics.

reportlab.graphics rather than matplotlib: the drawing goes into the PDF as
vector paths with the embedded DejaVu font (no SVG or image in between, text
stays searchable), it costs no new dependency, and the chart keeps its data
(``chart.data``), so a test reads the numbers back from the drawing itself.

Long labels wrap onto two lines inside the label column; what still does not
fit is shortened with "…", and the drawing lists those labels in full
(``shortened``) so the report can print them as a legend under the chart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from cafedesk.exports import fonts

LABEL_SIZE = 8.0
VALUE_SIZE = 8.0
MAX_LINES = 2
ELLIPSIS = "…"
# Okabe and Ito's palette, told apart with every common colour blindness; then greys.
GROUP_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)
OTHER_COLOUR = "#9aa5ab"


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: str = ""  # "#rrggbb"; empty: the chart's accent


def drawing(width: float, height: float) -> Drawing:
    """An empty drawing that starts in our embedded font, never in Helvetica."""
    fonts.register_fonts()
    return Drawing(width, height, initialFontName=fonts.REGULAR)


def group_colours(groups: Sequence[str]) -> dict[str, str]:
    """A colour per stakeholder group, largest group first; groups past the palette are grey."""
    return {
        group: GROUP_COLOURS[i] if i < len(GROUP_COLOURS) else OTHER_COLOUR
        for i, group in enumerate(groups)
    }


def fit_label(text: str, width: float, size: float = LABEL_SIZE) -> tuple[str, bool]:
    """The label wrapped to at most two lines of ``width``; True when it had to be shortened."""
    fonts.register_fonts()
    text = " ".join(text.split())
    lines = simpleSplit(text, fonts.REGULAR, size, width) or [""]
    if len(lines) <= MAX_LINES and all(
        stringWidth(line, fonts.REGULAR, size) <= width for line in lines
    ):
        return "\n".join(lines), False
    kept = lines[:MAX_LINES]
    last = kept[-1]
    if len(lines) > MAX_LINES:
        last = last + " " + lines[MAX_LINES]
    while last and stringWidth(last + ELLIPSIS, fonts.REGULAR, size) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return "\n".join(kept), True


def nice_step(largest: float, ticks: int = 5) -> int:
    """A whole-number tick step (1, 2, 5, 10, 20, 50…) giving about ``ticks`` ticks."""
    if largest <= ticks:
        return 1
    raw = largest / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


class BarChartDrawing(Drawing):  # type: ignore[misc]
    """A drawing holding one horizontal bar chart; ``bars`` are the values it was made from."""

    _attrMap = AttrMap(
        BASE=Drawing,
        bars=AttrMapValue(None, desc="the bars, as plain values"),
        shortened=AttrMapValue(None, desc="(label as printed, label in full)"),
        chart=AttrMapValue(None, desc="the bar chart"),
    )

    def __init__(self, width: float, height: float, bars: Sequence[Bar]) -> None:
        # Its own font from the start: reportlab would otherwise name Helvetica (not embedded).
        super().__init__(width, height, initialFontName=fonts.REGULAR)
        self.bars = tuple(bars)
        self.shortened: list[tuple[str, str]] = []  # (label as printed, label in full)
        self.chart = HorizontalBarChart()


def bar_chart(
    bars: Sequence[Bar],
    width: float,
    accent: Color,
    value_text: Callable[[int], str] | None = None,
    label_share: float = 0.42,
) -> BarChartDrawing:
    """Bars from the top down in the given order, labels on the left, values at the bar ends."""
    fonts.register_fonts()
    # The label column is as wide as the longest label needs, up to ``label_share``.
    widest = max((stringWidth(bar.label, fonts.REGULAR, LABEL_SIZE) for bar in bars), default=0)
    label_width = min(width * label_share, max(width * 0.12, widest + 12))
    labels: list[str] = []
    shortened: list[tuple[str, str]] = []
    for bar in bars:
        label, cut = fit_label(bar.label, label_width - 6)
        labels.append(label)
        if cut:
            shortened.append((label.replace("\n", " "), " ".join(bar.label.split())))
    two_lines = any("\n" in label for label in labels)
    row = 24.0 if two_lines else 16.0
    height = row * max(1, len(bars)) + 22
    drawing = BarChartDrawing(width, height, bars)
    drawing.shortened = shortened
    chart = drawing.chart
    chart.x = label_width
    chart.y = 16
    # Room for the value printed at the longest bar's end, so it never leaves the drawing.
    texts = [value_text(b.value) if value_text else str(b.value) for b in bars] or ["0"]
    value_room = max(stringWidth(t, fonts.BOLD, VALUE_SIZE) for t in texts) + 8
    chart.width = width - label_width - value_room
    chart.height = row * max(1, len(bars))
    chart.data = [tuple(bar.value for bar in bars)]
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = accent
    for index, bar in enumerate(bars):
        if bar.colour:
            chart.bars[(0, index)].fillColor = colors.HexColor(bar.colour)
    chart.barWidth = 10
    chart.groupSpacing = row - 10
    chart.barSpacing = 0
    category = chart.categoryAxis
    category.categoryNames = labels
    category.reverseDirection = 1  # the first bar at the top
    category.visibleTicks = 0
    category.strokeColor = colors.HexColor("#c5d0d6")
    category.labels.fontName = fonts.REGULAR
    category.labels.fontSize = LABEL_SIZE
    category.labels.leading = LABEL_SIZE * 1.2
    category.labels.boxAnchor = "e"
    category.labels.textAnchor = "end"
    category.labels.dx = -6
    largest = max((bar.value for bar in bars), default=0)
    step = nice_step(largest)
    value = chart.valueAxis
    value.valueMin = 0
    value.valueMax = max(step, math.ceil(largest / step) * step)
    value.valueStep = step
    value.labelTextFormat = "%d"
    value.labels.fontName = fonts.REGULAR
    value.labels.fontSize = 7
    value.labels.fillColor = colors.HexColor("#5d6a72")
    value.strokeColor = colors.HexColor("#c5d0d6")
    value.visibleGrid = 1
    value.gridStrokeColor = colors.HexColor("#e6ebee")
    value.gridStrokeWidth = 0.5
    chart.barLabelFormat = value_text or "%d"
    chart.barLabels.fontName = fonts.BOLD
    chart.barLabels.fontSize = VALUE_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = colors.HexColor("#1f2a30")
    drawing.add(chart)
    return drawing
