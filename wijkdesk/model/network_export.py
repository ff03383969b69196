"""Exporting the stakeholder network in formats other tools open (docs/formats.md).

* **GraphML** and **GEXF 1.3** (Gephi, yEd, Cytoscape, networkx): typed node attributes (name,
  type, type_label, role, influence, interest, segment, participation, phases as "1,2,3", x, y,
  notes) and edge attributes (type, strength, note). GEXF keeps the relation's type as the
  edge's ``label`` and as ``relation_type``: GEXF's own ``type`` attribute of an edge means
  directed/undirected. GEXF also carries Gephi's ``viz`` position, colour and size.
* **Gephi spreadsheet CSV**: ``<stem>-nodes.csv`` (``Id``, ``Label``, attributes) and
  ``<stem>-edges.csv`` (``Source``, ``Target``, ``Type`` = Directed, ``Id``, ``Label``,
  ``Weight``, ``note``); UTF-8, comma-separated.
* **Kumu** spreadsheet: ``<stem>-elements.csv`` (``Label``, ``Type``, ``Description`` = role,
  ``Tags`` = phases as ``fase 1|fase 3``, influence, interest, segment, participation, notes)
  and ``<stem>-connections.csv`` (``From``, ``To``, ``Type``, ``Strength``, ``Description``).
  Kumu identifies elements by label: a second party with the same name is written as
  "Name (2)".
* **A picture** (PNG at 200 dpi, SVG or PDF, by suffix) drawn with matplotlib's Agg-based
  canvases (pyplot and GUI backends are never touched): nodes coloured by type with a legend,
  sized by influence, arrows labelled with the relation type, at the stored positions (a spring
  layout when no party has been placed yet); names and labels nudged apart where parties sit
  close together.

Personal data (AVG): a contact person's name is only written with ``personal=True`` and the
contact's consent; pictures never show it. Deleted parties and relations are left out. Every
file is written whole or not at all (a temporary file renamed into place; a pair of files is
renamed only when both are written; ``atomic``): a link is written through to its target, a
pipe or a device is refused, and so is the project file itself. Texts in the CSV sheets are
neutralised for spreadsheets (``csv_safe``).
"""

from __future__ import annotations

import itertools
import os
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .atomic import write_all
from .csv_safe import csv_text
from .errors import WijkdeskError
from .project import Project
from .stakeholders import (
    graph,
    layout,
    network,
    node_attributes,
    stakeholder_types,
    type_colour,
    type_key,
    type_label,
)

PathLike = str | os.PathLike[str]
PICTURE_FORMATS = ("png", "svg", "pdf")
PICTURE_DPI = 200
NODE_COLUMNS = ("type", "type_label", "role", "influence", "interest", "segment",
                "participation", "phases", "x", "y", "notes")
GEPHI_EDGE_HEADER = ("Source", "Target", "Type", "Id", "Label", "Weight", "note")
KUMU_ELEMENT_HEADER = ("Label", "Type", "Description", "Tags", "influence", "interest",
                       "segment", "participation", "notes")
KUMU_CONNECTION_HEADER = ("From", "To", "Type", "Strength", "Description")
#: A phase as a Kumu tag ("fase 3"); the import reads it back.
PHASE_TAG = "fase {n}"
_XML_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"


# -- writing files whole ------------------------------------------------------------------


def write_files(project: Project, files: dict[Path, Callable[[Path], None]]) -> list[Path]:
    """Write each file through ``write(temporary_path)``, then rename them all into place
    (``atomic.write_all``: into a link's target, never over a pipe, a device or the project
    file).

    Nothing is left behind when one fails (WijkdeskError ``write_failed``): with several files
    (a pair of CSVs), the ones already renamed are put back as they were when a later one
    cannot be (say, Excel holds it open on Windows).
    """
    return write_all(files, project_path=project.path)


def _text_writer(text: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        with tmp.open("w", encoding=encoding, newline="") as f:
            f.write(text)
    return write


def _csv_text(rows: list[list[Any]] | list[tuple[Any, ...]]) -> str:
    return csv_text(rows)  # texts neutralised for spreadsheets, numbers as numbers


def sibling(path: PathLike, part: str) -> Path:
    """``out/netwerk.csv`` with part "nodes" → ``out/netwerk-nodes.csv``."""
    p = Path(path)
    return p.with_name(f"{p.stem}-{part}.csv")


# -- GraphML and GEXF ---------------------------------------------------------------------


def export_graphml(project: Project, path: PathLike, *, personal: bool = False) -> Path:
    """Write the network as GraphML (readable by ``networkx.read_graphml`` and Gephi)."""
    import networkx as nx

    g = graph(project, personal=personal)
    for _, data in g.nodes(data=True):
        data["label"] = data["name"]  # what Gephi and yEd show
    text = _XML_DECLARATION + "\n".join(nx.generate_graphml(g, prettyprint=True)) + "\n"
    return write_files(project, {Path(path): _text_writer(text)})[0]


def _rgb(colour: str) -> dict[str, int]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16)}


def export_gexf(project: Project, path: PathLike, *, personal: bool = False) -> Path:
    """Write the network as GEXF 1.3 (Gephi's own format; readable by ``networkx.read_gexf``)."""
    import networkx as nx

    g = graph(project, personal=personal)
    for _, data in g.nodes(data=True):
        data["label"] = data["name"]
        data["viz"] = {"position": {"x": data["x"], "y": -data["y"], "z": 0.0},
                       "color": {**_rgb(type_colour(data["type"])), "a": 1.0},
                       "size": float(6 + 3 * data["influence"])}
    for _, _, key, data in g.edges(keys=True, data=True):
        data["id"] = key
        data["relation_type"] = data.pop("type")  # GEXF's edge "type" is directed/undirected
        data["label"] = data["relation_type"]
        data["weight"] = float(data["strength"])
    text = "\n".join(nx.generate_gexf(g, prettyprint=True, version="1.3")) + "\n"
    # networkx writes the XML Schema instance namespace without "www." for 1.3.
    text = text.replace('xmlns:xsi="http://w3.org/2001/XMLSchema-instance"',
                        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"', 1)
    if not text.startswith("<?xml"):
        text = _XML_DECLARATION + text
    return write_files(project, {Path(path): _text_writer(text)})[0]


# -- Gephi and Kumu spreadsheets ----------------------------------------------------------


def export_gephi_csv(project: Project, path: PathLike, *,
                     personal: bool = False) -> list[Path]:
    """Write Gephi's nodes and edges tables next to path; returns [nodes, edges]."""
    parties, relations = network(project)
    columns = list(NODE_COLUMNS) + (["contact_name"] if personal else [])
    nodes: list[list[Any]] = [["Id", "Label", *columns]]
    for s in parties:
        attrs = node_attributes(s, personal=personal)
        nodes.append([s.id, s.name, *(attrs.get(c, "") for c in columns)])
    edges: list[list[Any]] = [list(GEPHI_EDGE_HEADER)]
    for r in relations:
        edges.append([r.source_id, r.target_id, "Directed", r.id, r.type, r.strength, r.note])
    return write_files(project, {
        sibling(path, "nodes"): _text_writer(_csv_text(nodes)),
        sibling(path, "edges"): _text_writer(_csv_text(edges)),
    })


def kumu_labels(parties: list[Any]) -> dict[str, str]:
    """A unique label per stakeholder id: the name, "Name (2)" for a second one, and so on."""
    used: set[str] = set()
    out: dict[str, str] = {}
    for s in parties:
        base = " ".join(s.name.split()) or "?"
        label, n = base, 1
        while label.casefold() in used:
            n += 1
            label = f"{base} ({n})"
        used.add(label.casefold())
        out[s.id] = label
    return out


def export_kumu_csv(project: Project, path: PathLike, *, personal: bool = False) -> list[Path]:
    """Write Kumu's elements and connections sheets next to path; returns [elements,
    connections]."""
    parties, relations = network(project)
    labels = kumu_labels(parties)
    header = list(KUMU_ELEMENT_HEADER) + (["contact_name"] if personal else [])
    elements: list[list[Any]] = [header]
    for s in parties:
        attrs = node_attributes(s, personal=personal)
        tags = "|".join(PHASE_TAG.format(n=p) for p in s.phases)
        row = [labels[s.id], type_label(s.type), s.role, tags, s.influence, s.interest,
               s.segment, s.participation, s.notes]
        if personal:
            row.append(attrs.get("contact_name", ""))
        elements.append(row)
    connections: list[list[Any]] = [list(KUMU_CONNECTION_HEADER)]
    for r in relations:
        connections.append([labels[r.source_id], labels[r.target_id], r.type, r.strength,
                            r.note])
    return write_files(project, {
        sibling(path, "elements"): _text_writer(_csv_text(elements)),
        sibling(path, "connections"): _text_writer(_csv_text(connections)),
    })


# -- a picture ----------------------------------------------------------------------------


def picture_format(path: PathLike, format: str | None = None) -> str:
    """"png", "svg" or "pdf" from format or the path's suffix; WijkdeskError otherwise."""
    fmt = (format or Path(path).suffix.lstrip(".")).lower()
    if fmt not in PICTURE_FORMATS:
        raise WijkdeskError("picture_format", suffix=format or Path(path).suffix or str(path))
    return fmt


def _positions(project: Project, parties: list[Any]) -> dict[str, tuple[float, float]]:
    stored = {s.id: (float(s.x), float(s.y)) for s in parties}
    if len(set(stored.values())) <= 1 and len(parties) > 1:
        return layout(project, "spring")
    return stored


def export_picture(project: Project, path: PathLike, *, format: str | None = None,
                   title: str | None = None, dpi: int = PICTURE_DPI) -> Path:
    """Draw the network to a PNG, SVG or PDF file (by ``format`` or the suffix).

    ``title`` defaults to the project's name. PNG is written at ``dpi`` (at least 200).
    """
    fmt = picture_format(path, format)
    return save_figure(project, _draw(project, title), path, fmt, max(int(dpi), PICTURE_DPI))


def save_figure(project: Project, figure: Any, path: PathLike, fmt: str, dpi: int, *,
                tight: bool = True) -> Path:
    """Write a matplotlib figure as PNG, SVG or PDF, the same bytes for the same drawing
    (no dates, a fixed SVG hash salt, fonts embedded), through ``write_files`` (atomic)."""
    metadata: dict[str, Any] = {
        "png": {"Software": "wijkdesk"},
        "svg": {"Date": None, "Creator": "wijkdesk"},
        "pdf": {"Creator": "wijkdesk", "Producer": "wijkdesk", "CreationDate": None},
    }[fmt]

    def write(tmp: Path) -> None:
        import matplotlib

        with matplotlib.rc_context({"svg.hashsalt": "wijkdesk", "pdf.fonttype": 42}):
            figure.savefig(tmp, format=fmt, dpi=dpi, metadata=metadata, facecolor="white",
                           **({"bbox_inches": "tight"} if tight else {}))

    return write_files(project, {Path(path): write})[0]


def _renderer(figure: Any) -> Any:
    """The figure's Agg renderer (an Agg canvas is attached when the figure has none)."""
    canvas = figure.canvas
    if not hasattr(canvas, "get_renderer"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        canvas = FigureCanvasAgg(figure)
    return canvas.get_renderer()


def text_sizes(figure: Any) -> list[tuple[str, float, bool]]:
    """(text, size in points, inside the figure) of every visible text of a drawn figure."""
    box = figure.bbox
    return [(text, size, ext.x0 >= box.x0 - 0.5 and ext.y0 >= box.y0 - 0.5
             and ext.x1 <= box.x1 + 0.5 and ext.y1 <= box.y1 + 0.5)
            for text, size, ext in text_boxes(figure)]


def text_boxes(figure: Any) -> list[tuple[str, float, Any]]:
    """(text, size in points, extent in display pixels as a matplotlib Bbox) of every visible
    text of a drawn figure."""
    from matplotlib.text import Text

    renderer = _renderer(figure)
    figure.canvas.draw()
    unseen = set()  # the labels of ticks outside an axis's view: matplotlib skips them
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            lo, hi = sorted(axis.get_view_interval())
            span = (hi - lo) * 1e-9
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not lo - span <= tick.get_loc() <= hi + span:
                    unseen.update((id(tick.label1), id(tick.label2)))
    out = []
    for t in figure.findobj(Text):
        if not t.get_visible() or not t.get_text().strip() or id(t) in unseen:
            continue
        out.append((t.get_text(), float(t.get_fontsize()), t.get_window_extent(renderer)))
    return out


#: Room for the legend at the right of a network drawn for a page, in points.
_PAGE_LEGEND = 190.0


def page_figure(project: Project, width_pt: float, height_pt: float, *,
                font: float = 8.0) -> Any:
    """The network drawn for a page of ``width_pt`` × ``height_pt``: that size exactly (no
    title: the page has one), every text at ``font`` points or more."""
    return _draw(project, "", width_in=width_pt / 72, height_in=height_pt / 72, font=font)


def _draw(project: Project, title: str | None, *, width_in: float = 11.0,
          height_in: float = 8.0, font: float | None = None) -> Any:
    """The network as a matplotlib Figure (no pyplot, so no GUI backend is ever chosen).

    With ``font`` it is drawn for a page: no text smaller than that, the legend inside the
    figure at its right (the figure is saved as it is, not to a tight bounding box).
    """
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    parties, relations = network(project)
    pos = _positions(project, parties)
    xy = {k: (x, -y) for k, (x, y) in pos.items()}  # the scene's y grows downwards
    figure = Figure(figsize=(width_in, height_in))
    page = font is not None
    sizes = {"relation": 6.0, "name": 7.0, "legend": 8.0, "legend_title": 9.0}
    if page:
        sizes = {k: max(v, font) for k, v in sizes.items()}
        w_pt, h_pt = width_in * 72, height_in * 72
        figure.subplots_adjust(left=4 / w_pt, right=1 - _PAGE_LEGEND / w_pt, bottom=4 / h_pt,
                               top=1 - 4 / h_pt)
    ax = figure.add_subplot()
    ax.set_axis_off()
    if title is None or title:
        ax.set_title(title if title is not None else project.info().name, fontsize=13,
                     parse_math=False)
    if not parties:
        return figure
    size = {s.id: 160.0 + 110.0 * s.influence for s in parties}  # marker area, points²
    order = list(stakeholder_types())

    # Relations first, so that the nodes are drawn over them.
    seen: dict[frozenset[str], int] = {}
    arcs: list[tuple[Any, tuple[float, float], tuple[float, float], tuple[float, float]]] = []
    names: list[tuple[Any, tuple[float, float], float]] = []
    for r in relations:
        pair = frozenset((r.source_id, r.target_id))
        n = seen.get(pair, 0)
        seen[pair] = n + 1
        rad = 0.08 + 0.14 * n
        (x0, y0), (x1, y1) = xy[r.source_id], xy[r.target_id]
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0), zorder=1, arrowprops={
            "arrowstyle": "-|>", "color": "#555555", "lw": 0.5 + 0.45 * r.strength,
            "mutation_scale": 11, "connectionstyle": f"arc3,rad={rad}",
            "shrinkA": size[r.source_id] ** 0.5 / 2 + 1,
            "shrinkB": size[r.target_id] ** 0.5 / 2 + 2,
        })
        if r.type:
            # Near the middle of the arc: arc3 bends by rad times the length, to the right.
            mx, my = (x0 + x1) / 2, (y0 + y1) / 2
            ox, oy = (y1 - y0) * rad / 2, -(x1 - x0) * rad / 2
            label = ax.text(mx + ox, my + oy, r.type, fontsize=sizes["relation"],
                            color="#444444", ha="center", va="center", zorder=3.5,
                            parse_math=False,
                            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                                  "alpha": 0.8})
            # the arc's Bézier control point: its middle is where the label stands now
            arcs.append((label, (x0, y0), (mx + 2 * ox, my + 2 * oy), (x1, y1)))

    keys = sorted({type_key(s.type) for s in parties},
                  key=lambda k: (order.index(k) if k in order else len(order), k.casefold()))
    for s in parties:
        x, y = xy[s.id]
        ax.scatter([x], [y], s=size[s.id], c=type_colour(s.type), edgecolors="#222222",
                   linewidths=0.8, zorder=3)
        name = ax.annotate("\n".join(textwrap.wrap(s.name, 24)) or "?", xy=(x, y),
                           xytext=(0, -(size[s.id] ** 0.5 / 2 + 3)), textcoords="offset points",
                           ha="center", va="top", fontsize=sizes["name"], zorder=4,
                           parse_math=False,  # lines behind a name do not cross its letters
                           bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none",
                                 "alpha": 0.75})
        names.append((name, (x, y), size[s.id] ** 0.5 / 2))
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8,
                      markerfacecolor=type_colour(k), markeredgecolor="#222222",
                      label=type_label(k).replace("$", r"\$")) for k in keys]
    legend = ax.legend(handles=handles, title="Type", loc="upper left",
                       bbox_to_anchor=(1.01, 1.0), fontsize=sizes["legend"],
                       title_fontsize=sizes["legend_title"], frameon=False)
    xs = [p[0] for p in xy.values()]
    ys = [p[1] for p in xy.values()]
    pad = max(max(xs) - min(xs), max(ys) - min(ys), 200.0) * 0.08
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad * 1.5, max(ys) + pad)
    ax.set_aspect("equal", adjustable="box")
    _place_labels(figure, ax, names, arcs, legend)
    return figure


#: Where a party's name may stand around its dot, in order of preference: (direction x,
#: direction y, horizontal and vertical alignment); below first.
_NAME_PLACES = ((0.0, -1.0, "center", "top"), (0.0, 1.0, "center", "bottom"),
                (1.0, 0.0, "left", "center"), (-1.0, 0.0, "right", "center"),
                (0.7, -0.7, "left", "top"), (-0.7, -0.7, "right", "top"),
                (0.7, 0.7, "left", "bottom"), (-0.7, 0.7, "right", "bottom"))
#: Where on its arc a relation's label may stand (0: the source, 1: the target), by preference.
_ARC_PLACES = (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82)
#: How many lines beside its arc a relation's label may move, by preference.
_ARC_SHIFTS = (0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 4.0, -4.0)
_Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in display pixels


def _place_labels(figure: Any, ax: Any, names: list, arcs: list, legend: Any) -> None:
    """Nudge the parties' names and the relations' labels apart (issue 16: readable, whole).

    Every label has places to stand, in order of preference: a name around its dot, a
    relation's label along its arc and then a line or more beside it. Greedily, names first
    and short arcs before long ones, each label takes its first place whose box meets no
    label placed before it, no party's dot and not the legend, inside the figure (else the
    place that meets the least); then a few rounds move each label that still meets another
    to its best place among all the others. Measured with the figure's own renderer, so the
    boxes are the ones drawn.
    """
    import numpy as np

    renderer = _renderer(figure)
    ax.apply_aspect()
    to_display = ax.transData.transform
    to_data = ax.transData.inverted().transform
    px = renderer.points_to_pixels(1.0)  # pixels per point
    edge = figure.bbox
    blocked = [tuple(legend.get_window_extent(renderer).extents)] if legend is not None else []
    if ax.get_title():  # the exported picture's title
        blocked.append(tuple(ax.title.get_window_extent(renderer).extents))
    dots = [(*to_display(xy), radius * px) for _text, xy, radius in names]
    gap = 2.0 * px
    labels: list[tuple[Any, list[tuple[_Box, Callable[[], None]]]]] = []

    for text, xy, radius in names:
        ext = text.get_window_extent(renderer)
        w, h = ext.width, ext.height
        cx, cy = to_display(xy)
        options = []
        for away, (dx, dy, ha, va) in itertools.product((3.0, 13.0), _NAME_PLACES):
            ox, oy = dx * (radius + away), dy * (radius + away)  # points from the dot's centre
            x = cx + ox * px - {"center": w / 2, "left": 0.0, "right": w}[ha]
            y = cy + oy * px - {"center": h / 2, "bottom": 0.0, "top": h}[va]

            def put(text=text, ox=ox, oy=oy, ha=ha, va=va) -> None:
                text.xyann = (ox, oy)
                text.set_ha(ha)
                text.set_va(va)

            options.append(((x, y, x + w, y + h), put))
        labels.append((text, options))

    def span(arc) -> float:  # the short arcs have the least room: they choose first
        (x0, y0), (x1, y1) = to_display(arc[1]), to_display(arc[3])
        return (x1 - x0) ** 2 + (y1 - y0) ** 2

    for text, p0, c, p2 in sorted(arcs, key=span):
        ext = text.get_window_extent(renderer)
        w, h = ext.width, ext.height
        (ax0, ay0), (cx, cy), (ax1, ay1) = to_display(p0), to_display(c), to_display(p2)
        length = max(((ax1 - ax0) ** 2 + (ay1 - ay0) ** 2) ** 0.5, 1e-9)
        nx, ny = -(ay1 - ay0) / length, (ax1 - ax0) / length  # across the arc
        options = []
        for shift in _ARC_SHIFTS:  # on the arc, then a line or more beside it
            for t in _ARC_PLACES:
                u = 1 - t  # the quadratic Bézier the arrow follows
                on = (u * u * ax0 + 2 * u * t * cx + t * t * ax1,
                      u * u * ay0 + 2 * u * t * cy + t * t * ay1)
                x, y = on[0] + shift * nx * (h + gap), on[1] + shift * ny * (h + gap)

                def put(text=text, at=(x, y), on=on, beside=bool(shift)) -> None:
                    text.set_position(to_data(at))
                    if beside:  # a thin line from the arc, so that it still names its arc
                        (x0, y0), (x1, y1) = to_data(on), to_data(at)
                        ax.plot([x0, x1], [y0, y1], color="#8a8a8a", lw=0.5, zorder=2.5,
                                solid_capstyle="butt")

                options.append(((x - w / 2, y - h / 2, x + w / 2, y + h / 2), put))
        labels.append((text, options))

    centres = np.array([(x, y) for x, y, _r in dots]).reshape(-1, 2)
    radii = np.array([r for _x, _y, r in dots])

    def costs(boxes: Any, others: Any) -> Any:
        """What each of ``boxes`` (n × 4) meets: 1000 for each box of ``others`` (m × 4) it
        overlaps (plus the area) and for each dot it covers; outside the figure: inf."""
        x0, y0, x1, y1 = (boxes[:, i:i + 1] for i in range(4))
        total = np.zeros(len(boxes))
        if len(others):
            w = np.minimum(x1 + gap, others[:, 2]) - np.maximum(x0 - gap, others[:, 0])
            h = np.minimum(y1 + gap, others[:, 3]) - np.maximum(y0 - gap, others[:, 1])
            met = (w > 0) & (h > 0)
            total += np.where(met, 1000.0 + w * h, 0.0).sum(axis=1)
        if len(radii):  # the point of each box nearest to each dot
            nx = np.clip(centres[:, 0], x0, x1) - centres[:, 0]
            ny = np.clip(centres[:, 1], y0, y1) - centres[:, 1]
            total += 1000.0 * (nx * nx + ny * ny < radii * radii).sum(axis=1)
        outside = ((x0 < edge.x0 + 1) | (y0 < edge.y0 + 1) | (x1 > edge.x1 - 1)
                   | (y1 > edge.y1 - 1))[:, 0]
        return np.where(outside, np.inf, total)

    places = [np.array([box for box, _put in options]) for _text, options in labels]
    fixed = np.array(blocked).reshape(-1, 4)
    chosen = np.zeros((len(labels), 4))
    picks: list[int] = []
    for k, boxes in enumerate(places):  # greedy, in order: the first place that meets least
        picks.append(int(np.argmin(costs(boxes, np.vstack([chosen[:k], fixed])))))
        chosen[k] = boxes[picks[k]]
    for _round in range(3):  # then the labels that still meet another move, if that helps
        moved = False
        for k, boxes in enumerate(places):
            others = np.vstack([np.delete(chosen, k, axis=0), fixed])
            found = costs(boxes, others)
            best = int(np.argmin(found))
            if found[best] < found[picks[k]]:
                picks[k], chosen[k], moved = best, boxes[best], True
        if not moved:
            break
    for (_text, options), i in zip(labels, picks, strict=True):
        options[i][1]()
