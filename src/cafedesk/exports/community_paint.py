"""The two painters of a community map: reportlab vectors (PDF) and Pillow (PNG)."""

from __future__ import annotations

import io
import textwrap
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from cafedesk.domain.model import PaperSize
from cafedesk.exports import fonts
from cafedesk.exports.charts import drawing
from cafedesk.exports.community_map import LABEL_SIZE, MapScene, label_width, link_colour
from cafedesk.exports.output import atomic_output
from cafedesk.exports.pdf_style import geometry, styles, table_style
from cafedesk.exports.text import para_text

PNG_WIDTH = 1600  # pixels of the finished PNG; drawn twice as large, then scaled down
SUPERSAMPLE = 2


def map_drawing(scene: MapScene) -> Drawing:
    """The map as reportlab shapes: lines first, then dots, then names on a white backing."""
    shapes = drawing(scene.width, scene.height)
    strongest = max((link.strength for link in scene.links), default=1)
    for link in scene.links:
        grey = 1 - link_colour(link.strength, strongest)
        shapes.add(
            Line(
                *link.a,
                *link.b,
                strokeColor=colors.Color(grey, grey, grey),
                strokeWidth=0.25 + 0.35 * (link.strength > 1),
            )
        )
    for dot in scene.dots:
        shapes.add(
            Circle(
                dot.x,
                dot.y,
                dot.radius,
                fillColor=colors.HexColor(dot.colour),
                strokeColor=colors.white,
                strokeWidth=0.4,
            )
        )
    for dot in scene.dots:
        if not dot.label:
            continue
        width = label_width(dot.label)
        x = dot.x - dot.radius - 2 - width if dot.label_left else dot.x + dot.radius + 2
        shapes.add(
            Rect(
                x - 1,
                dot.y - 2.2,
                width + 2,
                LABEL_SIZE + 2,
                fillColor=colors.white,
                strokeColor=None,
            )
        )
        shapes.add(
            String(
                x,
                dot.y - 0.5,
                dot.label,
                fontName=fonts.REGULAR,
                fontSize=LABEL_SIZE,
                fillColor=colors.HexColor("#1f2a30"),
            )
        )
    return shapes


def legend_table(scene: MapScene, width: float) -> Table:
    """Colour, group and head count, in three columns; long group names wrap."""
    st = styles()
    cells = []
    for group, colour, count in scene.legend:
        swatch = drawing(10, 10)
        swatch.add(Circle(5, 4, 4, fillColor=colors.HexColor(colour), strokeColor=None))
        cells += [swatch, Paragraph(f"{para_text(group)} ({count})", st.cell)]
    per_row = 6
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)] or [[""]]
    rows[-1] += [""] * (per_row - len(rows[-1])) if len(rows) > 1 else []
    column = width / 3
    widths = [14, column - 14] * (len(rows[0]) // 2) or [width]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def map_flowables(scene: MapScene, caption: str, width: float) -> list[Flowable]:
    st = styles()
    picture = map_drawing(scene)
    picture.hAlign = "CENTER"
    return [
        picture,
        Spacer(1, 6),
        legend_table(scene, width),
        Spacer(1, 4),
        Paragraph(para_text(caption), st.muted),
    ]


def write_pdf(scene: MapScene, out: Path | BinaryIO, title: str, caption: str) -> None:
    geo = geometry(PaperSize.A4)
    with atomic_output(out) as handle:
        doc = SimpleDocTemplate(
            handle,
            pagesize=(geo.width, geo.height),
            leftMargin=geo.left,
            rightMargin=geo.right,
            topMargin=geo.left,
            bottomMargin=geo.left,
            title=title,
            creator="cafedesk",
            initialFontName=fonts.REGULAR,
        )
        story: list[Flowable] = [Paragraph(para_text(title), styles().h1)]
        story += map_flowables(scene, caption, doc.width)
        doc.build(story)


# --- PNG -------------------------------------------------------------------------------
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    folder = resources.files("cafedesk") / "resources" / "fonts"
    with resources.as_file(folder / name) as path:
        return ImageFont.truetype(str(path), size)


def write_png(scene: MapScene, out: Path | BinaryIO, title: str, caption: str) -> None:
    """The map as a picture: title, map, legend, caption; 1,600 pixels wide."""
    k = SUPERSAMPLE * PNG_WIDTH / (scene.width + 80)  # pixels per point, while drawing
    pad = int(40 * k)
    title_font, text_font, small = _font(int(22 * k), True), _font(int(11 * k)), _font(int(7 * k))
    caption_lines = textwrap.wrap(caption, 100)
    legend_rows = -(-len(scene.legend) // 3)
    map_w, map_h = int(scene.width * k), int(scene.height * k)
    height = pad * 2 + int(40 * k) + map_h + int(18 * k) * (legend_rows + len(caption_lines) + 1)
    image = Image.new("RGB", (map_w + 2 * pad, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((pad, pad), title, font=title_font, fill="#1f2a30")
    top = pad + int(40 * k)

    def xy(point: tuple[float, float]) -> tuple[float, float]:
        return pad + point[0] * k, top + map_h - point[1] * k

    strongest = max((link.strength for link in scene.links), default=1)
    for link in scene.links:
        level = int(255 * (1 - link_colour(link.strength, strongest)))
        width = max(1, int(k * (0.25 + 0.35 * (link.strength > 1))))
        draw.line([xy(link.a), xy(link.b)], fill=(level, level, level), width=width)
    for dot in scene.dots:
        x, y = xy((dot.x, dot.y))
        r = dot.radius * k
        outline = max(1, int(0.4 * k))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=dot.colour, outline="white", width=outline)
    for dot in scene.dots:
        if dot.label:
            side = -1 if dot.label_left else 1
            x, y = xy((dot.x + side * (dot.radius + 2), dot.y))
            anchor = "rm" if dot.label_left else "lm"
            box = draw.textbbox((x, y), dot.label, font=small, anchor=anchor)
            draw.rectangle(box, fill="white")
            draw.text((x, y), dot.label, font=small, fill="#1f2a30", anchor=anchor)
    y = top + map_h + int(14 * k)
    column = map_w // 3
    for index, (group, colour, count) in enumerate(scene.legend):
        x = pad + (index % 3) * column
        row_y = y + (index // 3) * int(18 * k)
        r = int(5 * k)
        draw.ellipse((x, row_y, x + 2 * r, row_y + 2 * r), fill=colour)
        text = f"{group} ({count})"
        while text and draw.textlength(text, font=text_font) > column - 3 * r:
            text = text[:-2] + "…"
        draw.text((x + 3 * r, row_y + r), text, font=text_font, fill="#1f2a30", anchor="lm")
    y += int(18 * k) * (legend_rows + 1)
    for line in caption_lines:
        draw.text((pad, y), line, font=text_font, fill="#5d6a72")
        y += int(18 * k)
    final = image.resize(
        (image.width // SUPERSAMPLE, image.height // SUPERSAMPLE), Image.Resampling.LANCZOS
    )
    buffer = io.BytesIO()
    final.save(buffer, "PNG")  # zlib level 6: optimize=True took a second for a big map
    with atomic_output(out) as handle:
        handle.write(buffer.getvalue())
