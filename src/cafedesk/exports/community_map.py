"""The community map: who met whom, coloured by stakeholder group.

networkx lays the graph out with ForceAtlas2 (numpy only; a link pulls harder
the more often two people met), so people who meet a lot sit together and
groups that mix overlap, while the people who connect groups sit between
them. The layout becomes a ``MapScene`` of plain shapes in points, which two
small painters draw: reportlab (vectors, for the report and the map's own PDF)
and Pillow (the PNG, drawn at three times the size and scaled down smoothly).
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cafedesk.domain.community import NO_GROUP, CommunityGraph, Pair, group_of
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity

MAX_LINES = 6000  # above this, each person's strongest links are drawn (all are laid out)
STRONGEST = 4
LABEL_SIZE = 6.5
LABELLED = 8  # names printed next to the people who connect groups most
TITLE = QT_TRANSLATE_NOOP("cafedesk", "Community map")
CAPTION = QT_TRANSLATE_NOOP(
    "cafedesk",
    "{people} people, {pairs} pairs who met in a session or at a table. "
    "A dot is a person, a line two people who met; people who met often sit close together.",
)
CAPTION_STRONGEST = QT_TRANSLATE_NOOP(
    "cafedesk", "Lines drawn: each person's {count} strongest links."
)
NAMED = QT_TRANSLATE_NOOP("cafedesk", "Named: the people who met the most people of other groups.")
NOBODY_MET = QT_TRANSLATE_NOOP(
    "cafedesk", "Nobody is known to have met anyone yet: no sign-ups, reports or seating."
)


@dataclass(frozen=True)
class Dot:
    person_id: int
    x: float
    y: float
    radius: float
    colour: str
    label: str = ""
    label_left: bool = False  # the name goes left of the dot (it would leave the map)


@dataclass(frozen=True)
class Link:
    a: tuple[float, float]
    b: tuple[float, float]
    strength: int


@dataclass(frozen=True)
class MapScene:
    """Everything a painter draws, in points with the origin at the bottom left."""

    width: float
    height: float
    dots: tuple[Dot, ...]
    links: tuple[Link, ...]
    legend: tuple[tuple[str, str, int], ...]  # (group as printed, colour, people)
    pairs: int  # every pair who met (lines may show fewer)
    thinned: bool


def iterations(people: int) -> int:
    """ForceAtlas2 costs people² per step: fewer steps for big events keep the map under 5 s."""
    return max(30, min(200, int(30_000_000 / max(1, people) ** 2)))


def layout(graph: CommunityGraph, seed: int = 7) -> dict[int, tuple[float, float]]:
    """Positions (any scale) for every person in the graph."""
    import networkx as nx
    import numpy as np

    network = nx.Graph()
    network.add_nodes_from(p.id for p in graph.people)
    network.add_weighted_edges_from((a, b, float(n)) for (a, b), n in graph.links.items())
    if network.number_of_nodes() == 0:
        return {}
    if network.number_of_nodes() == 1:
        return {next(iter(network.nodes)): (0.0, 0.0)}
    rng = random.Random(seed)
    start = {node: np.array([rng.uniform(-1, 1), rng.uniform(-1, 1)]) for node in network.nodes}
    found = nx.forceatlas2_layout(
        network,
        pos=start,
        max_iter=iterations(network.number_of_nodes()),
        weight="weight",
        scaling_ratio=2.0,
        gravity=1.0,
        seed=seed,
    )
    return {int(node): (float(xy[0]), float(xy[1])) for node, xy in found.items()}


def _strongest(links: Mapping[Pair, int], per_person: int) -> dict[Pair, int]:
    by_person: dict[int, list[tuple[int, Pair]]] = defaultdict(list)
    for pair, strength in links.items():
        by_person[pair[0]].append((strength, pair))
        by_person[pair[1]].append((strength, pair))
    kept: dict[Pair, int] = {}
    for found in by_person.values():
        found.sort(key=lambda item: (-item[0], item[1]))
        for strength, pair in found[:per_person]:
            kept[pair] = strength
    return kept


def scene(
    graph: CommunityGraph,
    width: float,
    height: float,
    colours: Mapping[str, str],
    translate: Translate = identity,
    positions: Mapping[int, tuple[float, float]] | None = None,
) -> MapScene:
    """Fit the layout into ``width`` × ``height`` points; ``colours`` by group key."""
    positions = layout(graph) if positions is None else positions
    degree: dict[int, int] = defaultdict(int)
    for a, b in graph.links:
        degree[a] += 1
        degree[b] += 1
    margin = 14.0
    xs = [xy[0] for xy in positions.values()] or [0.0]
    ys = [xy[1] for xy in positions.values()] or [0.0]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = min(width - 2 * margin, height - 2 * margin) / span
    left = (width - (max(xs) - min(xs)) * scale) / 2
    bottom = (height - (max(ys) - min(ys)) * scale) / 2

    def place(person_id: int) -> tuple[float, float]:
        x, y = positions[person_id]
        return left + (x - min(xs)) * scale, bottom + (y - min(ys)) * scale

    most = max(degree.values(), default=1)
    named = {p.id for p, _n in graph.bridges(LABELLED)} if len(graph.people) > LABELLED else set()
    if len(graph.people) <= LABELLED:
        named = {p.id for p in graph.people}
    dots = []
    for person in graph.people:
        if person.id not in positions:
            continue
        x, y = place(person.id)
        radius = 1.8 + 3.2 * math.sqrt(degree.get(person.id, 0) / most)
        if len(graph.people) > 300:
            radius *= 0.7
        colour = colours.get(group_of(person), "#9aa5ab")
        label = person.name if person.id in named else ""
        left = x + radius + 2 + label_width(label) > width
        dots.append(Dot(person.id, x, y, radius, colour, label, left))
    drawn = dict(graph.links)
    thinned = len(drawn) > MAX_LINES
    if thinned:
        drawn = _strongest(graph.links, STRONGEST)
    links = tuple(
        Link(place(a), place(b), n)
        for (a, b), n in sorted(drawn.items(), key=lambda item: item[1])
        if a in positions and b in positions
    )
    sizes = graph.groups()
    legend = tuple(
        (group or translate(NO_GROUP), colours.get(group, "#9aa5ab"), count)
        for group, count in sizes
    )
    return MapScene(width, height, tuple(dots), links, legend, len(graph.links), thinned)


def label_width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cafedesk.exports import fonts

    fonts.register_fonts()
    return float(stringWidth(text, fonts.REGULAR, LABEL_SIZE))


def caption(map_scene: MapScene, translate: Translate = identity) -> str:
    if not map_scene.pairs:
        return translate(NOBODY_MET)
    text = translate(CAPTION).format(
        people=f"{len(map_scene.dots):,}", pairs=f"{map_scene.pairs:,}"
    )
    if map_scene.thinned:
        text += " " + translate(CAPTION_STRONGEST).format(count=STRONGEST)
    if any(dot.label for dot in map_scene.dots) and len(map_scene.dots) > LABELLED:
        text += " " + translate(NAMED)
    return text


def link_colour(strength: int, strongest: int) -> float:
    """How dark a line is (0 white … 1 black): links of people who met often stand out."""
    share = math.log1p(strength) / math.log1p(max(strongest, 1))
    return 0.12 + 0.38 * share


def write_map(
    graph: CommunityGraph,
    out: Path | BinaryIO,
    fmt: str,
    colours: Mapping[str, str] | None = None,
    translate: Translate = identity,
    title: str = "",
) -> MapScene:
    """The map on its own: a one-page PDF (vectors) or a PNG, with legend and caption."""
    from cafedesk.exports.charts import group_colours
    from cafedesk.exports.community_paint import write_pdf, write_png

    colours = colours or group_colours([g for g, _n in graph.groups()])
    made = scene(graph, 560, 560, colours, translate)
    heading = title or translate(TITLE)
    if fmt == "png":
        write_png(made, out, heading, caption(made, translate))
    else:
        write_pdf(made, out, heading, caption(made, translate))
    return made
