"""The layouts of the beamer's shows: each reads the model (never writes) and lays out a
``Picture`` for a window of a given size, whole, with type no smaller than ``least_px``.

Every layout tries a larger type first and takes the largest that fits; where all of it does
not fit at the least size, the round and a cluster page through their cards (the clusters
and their counts stay in view beside them), the top of the ranking and the timeline page
through their lines; nothing is cut off. ``build(name, source, size, …)`` lays out one show.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF

from .. import palette
from .picture import (
    CENTRE,
    HCENTRE,
    INK,
    LEFT,
    QUIET,
    RIGHT,
    TOP,
    VCENTRE,
    WRAP,
    Item,
    Measure,
    Picture,
    least_px,
)

translate = QCoreApplication.translate

#: the larger type sizes a layout tries before the least one (times the least size)
SIZES = (1.5, 1.3, 1.15, 1.0)
HEADING_FILL = "#dfe7ee"
HEADING_NOW = "#ffe49a"  # a cluster on the page shown, in the list beside the cards
BACK_FILL = "#3b4552"
BACK_HATCH = "#566273"
BACK_INK = "#ffffff"
CARD_EDGE = "#4b4b4b"
ROW_FILL = "#f1f4f7"
ROW_NOW = "#ffe49a"
EDGE_INK = "#546e7a"
TODAY = "#a31515"
LANE_FILL = {"denk": "#eef3fa", "doe": "#f7f5ec"}
BAR_FILL = {"gepland": "#bbdefb", "bezig": "#90caf9", "klaar": "#c8e6c9", "uitgesteld": "#ffe0b2"}
EVENING_FILL = "#e0e0e0"
STATUS_MARKS = {"klaar": "✓ ", "bezig": "▶ "}


def votes_text(n: int) -> str:
    """'1 stem', '12 stemmen'."""
    if n == 1:
        return translate("Audience", "1 vote")
    return translate("Audience", "%1 votes").replace("%1", str(n))


def more_clusters(n: int) -> str:
    """'en nog 1 cluster', 'en nog 3 clusters'."""
    if n == 1:
        return translate("Audience", "and 1 more cluster")
    return translate("Audience", "and %1 more clusters").replace("%1", str(n))


@dataclass
class Source:
    """What a show is about: the open project and the facilitator's choices."""

    project: object
    round_id: str | None = None
    cluster_id: str | None = None
    top_n: int = 3
    visible: set[str] | None = None  # the stakeholders the laptop's filters let through
    entry: str | None = None  # the target whose votes are being typed in (all lines shown)
    today: dt.date | None = None
    clock: str = ""  # the round timer's text ("" when it is not set)
    lang: str = "nl"


@dataclass
class Frame:
    """The window: its size, the screen's height and DPI (the type's basis) and the least
    type size that gives."""

    width: int
    height: int
    screen_height: int = 0
    dpi: float = 96.0
    scale: float = 1.0
    least: int = field(init=False)
    margin: float = field(init=False)

    def __post_init__(self) -> None:
        self.least = least_px(self.screen_height or self.height, self.dpi, self.scale)
        self.margin = round(max(12.0, 0.03 * (self.screen_height or self.height)))


# -- the picture's head: the title, the clock and the page --------------------------------------


def elide(measure: Measure, text: str, width: float, height: float) -> str:
    """The text as it fits a box (words cut from the end, with "…"), or whole if it fits."""
    if measure.height(text, width) <= height:
        return text
    words = text.split()
    low, high = 0, len(words)
    while low < high:  # the most words that fit with the ellipsis
        mid = (low + high + 1) // 2
        if measure.height(" ".join(words[:mid]) + " …", width) <= height:
            low = mid
        else:
            high = mid - 1
    return (" ".join(words[:low]) + " …") if low else "…"


def head(picture: Picture, frame: Frame, title: str, clock: str, paged: bool) -> float:
    """Lay out the title (up to three lines), the clock and the page number; returns where
    the body starts."""
    m, least = frame.margin, frame.least
    right = 0.0
    clock_m = Measure(least * 1.5, True)
    page_m = Measure(least)
    if clock or paged:
        right = max(
            clock_m.width("88:88") + least * 0.6,
            page_m.width(
                translate("Audience", "page %1 of %2").replace("%1", "8").replace("%2", "8")
            )
            + least * 0.4,
        )
    width = frame.width - 2 * m - (right + least if right else 0)
    chosen = None
    for factor in (1.4, 1.2, 1.0):
        measure = Measure(least * factor, True)
        lines = measure.lines(title, width) if title else 0
        if lines <= 2 and measure.fits_word(title, width):
            chosen = measure
            break
    if chosen is None:
        chosen = Measure(least, True)
    text = elide(chosen, title, width, chosen.line * 3 + 1) if title else ""
    title_h = chosen.height(text, width) if text else 0.0
    right_h = (clock_m.line if clock else 0.0) + (page_m.line if paged else 0.0)
    h = max(title_h, right_h, least)
    if text:
        picture.items.append(Item("title", QRectF(m, m, width, title_h), text, chosen.px, True))
    if clock:
        picture.items.append(
            Item(
                "clock",
                QRectF(frame.width - m - right, m, right, clock_m.line),
                clock,
                clock_m.px,
                True,
                flags=RIGHT | TOP,
            )
        )
    if paged:
        y = m + (clock_m.line if clock else 0.0)
        picture.items.append(
            Item(
                "page",
                QRectF(frame.width - m - right, y, right, page_m.line),
                "",
                page_m.px,
                flags=RIGHT | TOP,
                ink=QUIET,
            )
        )
    return m + h + least * 0.6


def body(frame: Frame, top: float) -> QRectF:
    """The room for a show below its head."""
    m = frame.margin
    return QRectF(m, top, frame.width - 2 * m, frame.height - top - m)


def message(picture: Picture, area: QRectF, text: str, px: int) -> None:
    """A line in the middle of the body (nothing to show yet)."""
    picture.items.append(Item("message", area, text, px, flags=WRAP | CENTRE, ink=QUIET))


# -- the round and one cluster: cards in columns, clusters as headed blocks -----------------------


@dataclass
class Card:
    id: str
    text: str
    hidden: bool
    table: int


@dataclass
class Group:
    id: str  # the cluster's id, "" for the notes in no cluster
    name: str
    count: int
    votes: int
    cards: list[Card]

    def heading(self) -> str:
        """'Groen (5)', or 'Groen (5) — 12 stemmen'."""
        text = f"{self.name} ({self.count})"
        if self.votes:
            text += " — " + votes_text(self.votes)
        return text


def round_groups(project, round_id: str | None, cluster_id: str | None = None) -> list[Group]:
    """The round's clusters with their cards (then the notes in no cluster), in the board's
    order; only one cluster's when ``cluster_id`` is given."""
    from ...model.votes import tallies

    if project is None or round_id is None:
        return []
    votes: dict[str, int] = {}
    for (target, _table), n in tallies(project, round_id).items():
        votes[target] = votes.get(target, 0) + n
    clusters = project.all("cluster", round_id=round_id)
    members: dict[str, list[Card]] = {c.id: [] for c in clusters}
    loose: list[Card] = []
    note_votes: dict[str, int] = {}
    for note in sorted(project.all("insight", round_id=round_id), key=lambda n: (n.y, n.x)):
        card = Card(note.id, note.text, bool(note.hidden), note.table)
        members.get(note.cluster_id, loose).append(card)
        note_votes[note.id] = votes.get(note.id, 0)
    groups = []
    for c in sorted(clusters, key=lambda c: (c.x, c.y)):
        cards = members[c.id]
        total = votes.get(c.id, 0) + sum(note_votes[card.id] for card in cards)
        groups.append(Group(c.id, c.name, len(cards), total, cards))
    if cluster_id is not None:
        return [g for g in groups if g.id == cluster_id]
    if loose:
        groups.append(
            Group(
                "",
                translate("Audience", "Not in a cluster")
                if groups
                else translate("Audience", "Cards"),
                len(loose),
                0,
                loose,
            )
        )
    return groups


def back_text(table: int) -> str:
    """What the back of a face-down card says: its table, never its text."""
    return (
        translate("Audience", "Face down · table %1").replace("%1", str(table))
        if table
        else translate("Audience", "Face down")
    )


@dataclass
class Placed:
    kind: str  # "heading" or "card"
    group: Group
    card: Card | None
    text: str
    column: int
    y: float
    h: float


class CardFlow:
    """Cards and their clusters' headings flowed into columns of a width, page by page."""

    def __init__(self, px: int, width: float, height: float, columns: int) -> None:
        self.px, self.width, self.height, self.columns = px, width, height, columns
        self.pad = round(px * 0.35)
        self.stripe = round(px * 0.3)
        self.gap = round(px * 0.4)
        self.text = Measure(px)
        self.bold = Measure(px, True)
        self.text_w = width - 2 * self.pad

    def card_h(self, card: Card) -> float:
        if card.hidden:
            return self.stripe + 2 * self.pad + self.text.line
        return self.stripe + 2 * self.pad + self.text.height(card.text, self.text_w)

    def heading_h(self, text: str) -> float:
        return self.bold.height(text, self.text_w) + 2 * self.pad

    def words_fit(self, groups: list[Group]) -> bool:
        """Whether every word fits a card's width (no word is broken)."""
        return all(
            self.bold.fits_word(g.heading(), self.text_w)
            and all(c.hidden or self.text.fits_word(c.text, self.text_w) for c in g.cards)
            for g in groups
        )

    def flow(self, groups: list[Group]) -> list[list[Placed]]:
        """The pages: each a list of what is placed, column by column."""
        pages: list[list[Placed]] = [[]]
        column, y = 0, 0.0
        more = " " + translate("Audience", "(continued)")

        def next_column() -> None:
            nonlocal column, y
            column, y = column + 1, 0.0
            if column >= self.columns:
                pages.append([])
                column = 0

        for group in groups:
            i, first = 0, True
            while first or i < len(group.cards):
                heading = group.heading() if first else group.name + more
                hh = self.heading_h(heading)
                need = hh + (self.card_h(group.cards[i]) if i < len(group.cards) else 0)
                if y > 0 and y + need > self.height:
                    next_column()
                pages[-1].append(Placed("heading", group, None, heading, column, y, hh))
                y += hh + self.gap * 0.5
                first = False
                placed = 0
                while i < len(group.cards):
                    card = group.cards[i]
                    h = self.card_h(card)
                    if y + h > self.height:
                        if placed:
                            break
                        h = self.height - y  # taller than a whole column: its text is cut
                    pages[-1].append(Placed("card", group, card, card.text, column, y, h))
                    y += h + self.gap
                    i += 1
                    placed += 1
                if i < len(group.cards):
                    next_column()
            y += self.gap
        if not pages[-1] and len(pages) > 1:
            pages.pop()
        return pages

    def items(self, placed: list[Placed], left: float, top: float) -> list[Item]:
        out = []
        for p in placed:
            x = left + p.column * (self.width + self.gap * 1.5)
            rect = QRectF(x, top + p.y, self.width, p.h)
            if p.kind == "heading":
                out.append(
                    Item(
                        "heading",
                        rect,
                        p.text,
                        self.bold.px,
                        True,
                        fill=HEADING_FILL,
                        pad=self.pad,
                        ref=p.group.id,
                        round=self.pad * 0.6,
                    )
                )
                out[-1].pad = self.pad
                continue
            card = p.card
            colour = palette.table_colour(card.table) if card.table else palette.NO_TABLE
            text_box = rect.adjusted(0, self.stripe, 0, 0)
            if card.hidden:
                out.append(
                    Item(
                        "back",
                        rect,
                        "",
                        0,
                        fill=BACK_FILL,
                        edge=colour,
                        round=self.pad * 0.6,
                        ref=card.id,
                        hatch=False,
                    )
                )
                out.append(
                    Item(
                        "label",
                        text_box,
                        back_text(card.table),
                        self.text.px,
                        ink=BACK_INK,
                        pad=self.pad,
                        ref=card.id,
                    )
                )
            else:
                text = card.text
                avail = text_box.height() - 2 * self.pad
                if self.text.height(text, self.text_w) > avail:
                    text = elide(self.text, text, self.text_w, avail)
                out.append(
                    Item(
                        "card",
                        rect,
                        "",
                        0,
                        fill=palette.tint_of(colour, 0.16),
                        edge=CARD_EDGE,
                        round=self.pad * 0.6,
                        ref=card.id,
                    )
                )
                out.append(
                    Item(
                        "stripe",
                        QRectF(rect.x(), rect.y(), rect.width(), self.stripe),
                        "",
                        0,
                        fill=colour,
                        ref=card.id,
                    )
                )
                out.append(Item("text", text_box, text, self.text.px, pad=self.pad, ref=card.id))
        return out


def lay_cards(picture: Picture, area: QRectF, least: int, groups: list[Group], page: int) -> None:
    """The cards of some clusters, whole: in one page at the largest type that fits, else
    at the least type, page by page, with every cluster and its count listed beside."""
    if not groups:
        message(picture, area, translate("Audience", "No cards in this round yet."), least)
        return
    for factor in SIZES:
        px = round(least * factor)
        min_w = px * 9
        most = max(1, int((area.width() + px * 0.6) // (min_w + px * 0.6)))
        for columns in range(1, most + 1):
            gap = round(px * 0.4) * 1.5
            width = (area.width() - (columns - 1) * gap) / columns
            flow = CardFlow(px, width, area.height(), columns)
            if not flow.words_fit(groups):
                continue
            pages = flow.flow(groups)
            if len(pages) == 1:
                picture.items += flow.items(pages[0], area.x(), area.y())
                picture.px = px
                return
    # paging: the clusters with their counts on the left, the cards page by page
    px = least
    pad = round(px * 0.3)
    gap = round(px * 0.4) * 1.5
    regular = Measure(px)
    side = [f"{g.name} ({g.count})" for g in groups] if len(groups) > 1 else []
    side_w = -gap
    for share in (0.27, 0.33, 0.4, 0.5):  # as wide as every cluster's title needs
        side_w = max(area.width() * share, px * 8)
        need = sum(regular.height(t, side_w - 2 * pad) + 3 * pad for t in side)
        if need <= area.height() and all(regular.fits_word(t, side_w - 2 * pad) for t in side):
            break
    if not side:
        side_w = -gap
    main_w = area.width() - side_w - gap
    columns = max(1, int((main_w + gap) // (px * 12 + gap)))
    width = (main_w - (columns - 1) * gap) / columns
    flow = CardFlow(px, width, area.height(), columns)
    pages = flow.flow(groups)
    picture.pages = len(pages)
    picture.page = page = max(0, min(page, len(pages) - 1))
    picture.px = px
    picture.note = translate(
        "Audience", "Not all fits at a readable size: the cards are shown page by page."
    )
    here = {p.group.id for p in pages[page]}
    y = area.y()
    for n, (group, text) in enumerate(zip(groups if side else [], side, strict=False)):
        h = regular.height(text, side_w - 2 * pad) + pad * 2
        if y + h > area.bottom():  # more clusters than the side holds: say how many more
            more = more_clusters(len(groups) - n)
            picture.items.append(
                Item("label", QRectF(area.x(), y, side_w, regular.line), more, px, ink=QUIET)
            )
            break
        picture.items.append(
            Item(
                "count",
                QRectF(area.x(), y, side_w, h),
                text,
                px,
                fill=HEADING_NOW if group.id in here else HEADING_FILL,
                pad=pad,
                ref=group.id,
                round=pad * 0.6,
            )
        )
        y += h + pad
    picture.items += flow.items(pages[page], area.x() + side_w + gap, area.y())


# -- the top of the ranking ------------------------------------------------------------------------


def ranked_lines(project, round_id: str | None, n: int, everything: bool = False):
    """(rank or 0, label, votes, shared, id) of the round's top n (with votes only); with
    ``everything``, every cluster and loose note (those without votes have no rank)."""
    from ...model.votes import ranking

    if project is None or round_id is None:
        return []
    out = []
    for line in ranking(project, round_id):
        label = line.label
        if line.kind == "insight":
            note = project.get("insight", line.id)
            if note is not None and note.hidden:
                label = back_text(note.table)
        if line.votes > 0 and (everything or line.rank <= n):
            out.append((line.rank, label, line.votes, line.shared, line.id))
        elif everything:
            out.append((0, label, 0, False, line.id))
    return out


def lay_top(
    picture: Picture, area: QRectF, least: int, lines, page: int, now: str | None = None
) -> None:
    """The ranking's lines in large type: rank, name (wrapped), votes."""
    if not lines:
        message(picture, area, translate("Audience", "No votes counted yet."), least)
        return
    for factor in (2.0, 1.7, 1.4, *SIZES[1:]):
        px = round(least * factor)
        rows = _rank_rows(area, px, lines)
        if rows is not None and sum(h for *_x, h in rows) <= area.height():
            _place_rows(picture, area, px, rows, lines, now)
            picture.px = px
            return
    px = least
    rows = _rank_rows(area, px, lines) or []
    pages, used = [[]], 0.0
    for row in rows:
        if used + row[-1] > area.height() and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += row[-1]
    picture.pages = len(pages)
    picture.page = page = max(0, min(page, len(pages) - 1))
    picture.px = px
    _place_rows(picture, area, px, pages[page], lines, now)


def _rank_rows(area: QRectF, px: int, lines):
    text, bold = Measure(px), Measure(px, True)
    pad = round(px * 0.35)
    rank_w = bold.width("10.") + pad
    votes_w = (
        max(text.width(votes_text(v)) for _r, _l, v, _s, _i in lines)
        + pad
    )
    shared = " " + translate("Audience", "(shared)")
    label_w = area.width() - rank_w - votes_w - 4 * pad
    if label_w < px * 6:
        return None
    rows = []
    for rank, label, votes, is_shared, _id in lines:
        label = label + (shared if is_shared else "")
        if not bold.fits_word(label, label_w):
            return None
        h = max(bold.height(label, label_w), text.line) + 2 * pad
        rows.append((rank, label, votes, _id, rank_w, votes_w, label_w, h + pad))
    return rows


def _place_rows(picture: Picture, area: QRectF, px: int, rows, lines, now) -> None:
    pad = round(px * 0.35)
    bold = Measure(px, True)
    y = area.y()
    for rank, label, votes, ref, rank_w, votes_w, label_w, h in rows:
        row = QRectF(area.x(), y, area.width(), h - pad)
        picture.items.append(
            Item("row", row, "", 0, fill=ROW_NOW if ref == now else ROW_FILL, round=pad, ref=ref)
        )
        x = area.x() + pad
        if rank:
            picture.items.append(
                Item(
                    "rank",
                    QRectF(x, y + pad, rank_w, bold.line),
                    f"{rank}.",
                    bold.px,
                    True,
                    flags=RIGHT | TOP,
                    ref=ref,
                )
            )
        picture.items.append(
            Item(
                "label",
                QRectF(x + rank_w + pad, y + pad, label_w, h - 3 * pad),
                label,
                bold.px,
                True,
                ref=ref,
            )
        )
        picture.items.append(
            Item(
                "votes",
                QRectF(row.right() - pad - votes_w, y + pad, votes_w, bold.line),
                votes_text(votes) if votes else "–",
                px,
                flags=RIGHT | TOP,
                ink=INK if votes else QUIET,
                ref=ref,
            )
        )
        y += h


# -- the network ------------------------------------------------------------------------------


def people(project, visible: set[str] | None):
    """The stakeholders shown (the laptop's filters let them through), by name."""
    found = project.all("stakeholder", order="name") if project is not None else []
    return [s for s in found if visible is None or s.id in visible]


def network_positions(project, shown) -> dict[str, tuple[float, float]]:
    """Where the parties are: where the facilitator put them, or (none placed yet) the
    layout the network view shows."""
    positions = {s.id: (s.x, s.y) for s in shown}
    if len(shown) > 1 and len(set(positions.values())) == 1:
        from ...model.stakeholders import layout

        computed = layout(project, "spring")
        positions = {i: computed.get(i, p) for i, p in positions.items()}
    return positions


def lay_network(picture: Picture, area: QRectF, least: int, project, visible) -> None:
    from ...model.stakeholders import type_colour

    shown = people(project, visible)
    if not shown:
        message(picture, area, translate("Audience", "No stakeholders yet."), least)
        return
    positions = network_positions(project, shown)
    best = None
    for factor in (1.3, 1.15, 1.0):
        px = round(least * factor)
        placed = _place_network(area, px, shown, positions)
        overlaps = placed[-1]
        if best is None or overlaps < best[-1]:
            best = placed
        if overlaps == 0:
            best = placed
            break
    px, nodes, labels, _overlaps = best
    picture.px = px
    relations = project.all("relation")
    for rel in relations:
        a, b = nodes.get(rel.source_id), nodes.get(rel.target_id)
        if a is None or b is None or a is b:
            continue
        (ax, ay, ar), (bx, by, br) = a, b
        d = math.hypot(bx - ax, by - ay) or 1.0
        ux, uy = (bx - ax) / d, (by - ay) / d
        start = QPointF(ax + ux * ar, ay + uy * ar)
        end = QPointF(bx - ux * br, by - uy * br)
        picture.items.append(
            Item(
                "edge",
                QRectF(start, end).normalized(),
                "",
                0,
                edge=EDGE_INK,
                points=(start, end),
                width=1.0 + rel.strength * 0.9,
                ref=rel.id,
            )
        )
    for s in shown:
        x, y, r = nodes[s.id]
        fill = palette.tint_of(type_colour(s.type), 0.35)
        picture.items.append(
            Item(
                "node",
                QRectF(x - r, y - r, 2 * r, 2 * r),
                "",
                0,
                fill=fill,
                edge=INK,
                round=-1,
                width=2.0,
                ref=s.id,
            )
        )
    for s in shown:
        rect = labels[s.id]
        picture.items.append(
            Item(
                "name",
                rect,
                s.name,
                px,
                True,
                fill="#ffffffdd",
                flags=WRAP | HCENTRE | TOP,
                ref=s.id,
                pad=round(px * 0.15),
            )
        )


def _place_network(area: QRectF, px: int, shown, positions):
    """Nodes and their names inside the area: the facilitator's positions, spread evenly
    (half by place, half by rank, so that a crowded corner opens up) and scaled to fit, then
    each node with its name pushed apart from those it covers, never out of the area."""
    bold = Measure(px, True)
    pad = round(px * 0.15)
    label_w = {}
    for s in shown:
        longest = max((bold.width(word) for word in s.name.split()), default=0.0)
        label_w[s.id] = max(min(bold.width(s.name), px * 8.0), longest)
    label_h = {s.id: bold.height(s.name, label_w[s.id]) for s in shown}
    radius = {s.id: px * (0.3 + 0.07 * s.influence) for s in shown}
    boxes = {}
    for s in shown:  # a node and its name below it, as one box: (w, h)
        w = max(label_w[s.id] + 2 * pad, 2 * radius[s.id])
        boxes[s.id] = (w, 2 * radius[s.id] + 2 + label_h[s.id] + 2 * pad)

    def spread(values: list[float]) -> list[float]:
        low, high = min(values), max(values)
        span = (high - low) or 1.0
        order = sorted(range(len(values)), key=lambda i: values[i])
        rank = [0.0] * len(values)
        for n, i in enumerate(order):
            rank[i] = n / max(1, len(values) - 1)
        return [0.5 * (v - low) / span + 0.5 * r for v, r in zip(values, rank, strict=True)]

    xs = spread([positions[s.id][0] for s in shown])
    ys = spread([positions[s.id][1] for s in shown])
    centre = {}
    for s, fx, fy in zip(shown, xs, ys, strict=True):
        w, h = boxes[s.id]
        x = area.x() + w / 2 + fx * (area.width() - w) if len(shown) > 1 else area.center().x()
        y = area.y() + h / 2 + fy * (area.height() - h) if len(shown) > 1 else area.center().y()
        centre[s.id] = [x, y]
    ids = [s.id for s in shown]
    for _round in range(300):  # push overlapping boxes apart, half each way
        moved = False
        for n, a in enumerate(ids):
            for b in ids[n + 1 :]:
                (aw, ah), (bw, bh) = boxes[a], boxes[b]
                dx = centre[b][0] - centre[a][0]
                dy = centre[b][1] - centre[a][1]
                over_x = (aw + bw) / 2 + pad - abs(dx)
                over_y = (ah + bh) / 2 + pad - abs(dy)
                if over_x <= 0 or over_y <= 0:
                    continue
                moved = True
                if over_x / (aw + bw) < over_y / (ah + bh):
                    step = over_x / 2 * (1 if dx >= 0 else -1)
                    centre[a][0] -= step
                    centre[b][0] += step
                else:
                    step = over_y / 2 * (1 if dy >= 0 else -1)
                    centre[a][1] -= step
                    centre[b][1] += step
        for i in ids:  # back inside the area
            w, h = boxes[i]
            centre[i][0] = min(max(centre[i][0], area.x() + w / 2), area.right() - w / 2)
            centre[i][1] = min(max(centre[i][1], area.y() + h / 2), area.bottom() - h / 2)
        if not moved:
            break
    nodes, labels, overlaps = {}, {}, 0
    rects = {}
    for i in ids:
        w, h = boxes[i]
        top = centre[i][1] - h / 2
        r = radius[i]
        nodes[i] = (centre[i][0], top + r, r)
        lw = label_w[i] + 2 * pad
        labels[i] = QRectF(centre[i][0] - lw / 2, top + 2 * r + 2, lw, label_h[i] + 2 * pad)
        rects[i] = QRectF(centre[i][0] - w / 2, top, w, h)
    for n, a in enumerate(ids):
        overlaps += sum(1 for b in ids[n + 1 :] if rects[a].intersects(rects[b]))
    return px, nodes, labels, overlaps


def _nudged(rect: QRectF, area: QRectF) -> QRectF:
    """The rect moved (not resized) to lie inside the area."""
    dx = max(0.0, area.left() - rect.left()) - max(0.0, rect.right() - area.right())
    dy = max(0.0, area.top() - rect.top()) - max(0.0, rect.bottom() - area.bottom())
    return rect.translated(dx, dy)


# -- the power/interest grid --------------------------------------------------------------------


QUADRANT_FILL = {
    "nauw betrekken": "#fde2e1",
    "tevreden houden": "#fff3cd",
    "informeren": "#dcedfb",
    "monitoren": "#eceff1",
}


def quadrant_names() -> dict[str, str]:
    """The quadrants' names, as the grid on the laptop says them."""
    return {
        "nauw betrekken": translate("GridView", "Manage closely"),
        "tevreden houden": translate("GridView", "Keep satisfied"),
        "informeren": translate("GridView", "Keep informed"),
        "monitoren": translate("GridView", "Monitor"),
    }


def lay_grid(picture: Picture, area: QRectF, least: int, project, visible) -> None:
    from ..network_view import quadrant

    shown = people(project, visible)
    cells: dict[tuple[int, int], list] = {}
    for s in shown:
        cells.setdefault((s.influence, s.interest), []).append(s)
    names = quadrant_names()
    best = None
    for factor in (1.3, 1.15, 1.0):
        px = round(least * factor)
        found = _grid_layout(area, px, cells, names)
        if found is not None:
            best = found
            break
    if best is None:  # not even at the least size: numbers in the cells, names beside
        _grid_numbered(picture, area, least, cells, names)
        return
    px, xs, ws, ys, hs, axis_w, axis_h, title_h = best
    picture.px = px
    text, bold = Measure(px), Measure(px, True)
    pad = round(px * 0.2)
    for influence in range(1, 6):
        for interest in range(1, 6):
            row, col = 5 - influence, interest - 1
            rect = QRectF(xs[col], ys[row], ws[col], hs[row])
            picture.items.append(
                Item(
                    "cell",
                    rect,
                    "",
                    0,
                    fill=QUADRANT_FILL[quadrant(influence, interest)],
                    edge="#cfd8dc",
                    ref=f"{influence},{interest}",
                )
            )
    # the quadrants' names over their top rows
    for key, (c0, c1, r0) in {
        "tevreden houden": (0, 1, 0),
        "nauw betrekken": (2, 4, 0),
        "monitoren": (0, 1, 3),
        "informeren": (2, 4, 3),
    }.items():
        x0, x1 = xs[c0], xs[c1] + ws[c1]
        picture.items.append(
            Item(
                "quadrant",
                QRectF(x0 + pad, ys[r0] + pad, x1 - x0 - 2 * pad, title_h[r0]),
                names[key],
                bold.px,
                True,
                flags=WRAP | HCENTRE | TOP,
                ink=QUIET,
            )
        )
    picture.items.append(
        Item(
            "line",
            QRectF(),
            "",
            0,
            edge=INK,
            width=4.0,
            points=(QPointF(xs[2], ys[0]), QPointF(xs[2], ys[4] + hs[4])),
        )
    )
    picture.items.append(
        Item(
            "line",
            QRectF(),
            "",
            0,
            edge=INK,
            width=4.0,
            points=(QPointF(xs[0], ys[3]), QPointF(xs[4] + ws[4], ys[3])),
        )
    )
    for (influence, interest), group in cells.items():
        row, col = 5 - influence, interest - 1
        y = ys[row] + title_h[row] + pad
        for s in group:
            w = ws[col] - 2 * pad
            h = text.height(s.name, w)
            picture.items.append(
                Item("name", QRectF(xs[col] + pad, y, w, h), s.name, text.px, ref=s.id)
            )
            y += h + pad
    _grid_axes(  # the axes' numbers and words
        picture, text,
        [QRectF(xs[n], ys[4] + hs[4], ws[n], text.line) for n in range(5)],
        [QRectF(area.x(), ys[4 - n], axis_w - pad, hs[4 - n]) for n in range(5)],
        QRectF(area.x(), ys[4] + hs[4] + text.line, area.width(), text.line),
        translate("Audience", "Interest →     ↑ Influence"))
    del axis_h


def _grid_axes(picture: Picture, text, below: list[QRectF], beside: list[QRectF],
               words_at: QRectF, words: str) -> None:
    """The grid's numbers 1-5 under its columns (interest) and beside its rows (influence,
    from the bottom), and the axes' words under them."""
    for n in range(5):
        picture.items.append(Item("axis", below[n], str(n + 1), text.px, flags=HCENTRE | TOP,
                                  ink=QUIET))
        picture.items.append(Item("axis", beside[n], str(n + 1), text.px,
                                  flags=RIGHT | VCENTRE, ink=QUIET))
    picture.items.append(Item("axis", words_at, words, text.px, flags=HCENTRE | TOP,
                              ink=QUIET))


def _grid_numbered(picture: Picture, area: QRectF, px: int, cells, names) -> None:
    """The grid with a number for each party and the numbered names in columns beside it
    (where the names do not fit in the cells)."""
    from ..network_view import quadrant

    text, bold = Measure(px), Measure(px, True)
    pad = round(px * 0.2)
    order = sorted(
        ((inf, inter, s) for (inf, inter), group in cells.items() for s in group),
        key=lambda t: (-t[0], -t[1], t[2].name.casefold()),
    )
    number = {s.id: n + 1 for n, (_a, _b, s) in enumerate(order)}
    picture.px = px
    for share in (0.45, 0.4, 0.35, 0.3):
        grid_w = area.width() * share
        legend_x = area.x() + grid_w + px
        legend_w = area.right() - legend_x
        for columns in (1, 2, 3):
            col_w = (legend_w - (columns - 1) * px) / columns
            if any(
                not text.fits_word(s.name, col_w - text.width("88 ") - pad) for _a, _b, s in order
            ):
                continue
            heights = [text.height(s.name, col_w - text.width("88 ")) + pad for _a, _b, s in order]
            per = math.ceil(len(order) / columns)
            if max(sum(heights[c * per : (c + 1) * per]) for c in range(columns)) > area.height():
                continue
            axis_w = text.width("5") + 3 * pad
            cw = (grid_w - axis_w) / 5
            ch = (area.height() - 2 * text.line) / 5
            x0 = area.x() + axis_w
            for influence in range(1, 6):
                for interest in range(1, 6):
                    rect = QRectF(x0 + (interest - 1) * cw, area.y() + (5 - influence) * ch, cw, ch)
                    picture.items.append(
                        Item(
                            "cell",
                            rect,
                            "",
                            0,
                            fill=QUADRANT_FILL[quadrant(influence, interest)],
                            edge="#cfd8dc",
                            ref=f"{influence},{interest}",
                        )
                    )
                    group = cells.get((influence, interest), [])
                    if group:
                        label = " ".join(str(number[g.id]) for g in group)
                        inner = rect.adjusted(pad, pad, -pad, -pad)
                        if bold.height(label, inner.width()) > inner.height():
                            break
                        picture.items.append(
                            Item("number", inner, label, bold.px, True, flags=WRAP | CENTRE)
                        )
            for x, y, x2, y2 in (
                (x0 + 2 * cw, area.y(), x0 + 2 * cw, area.y() + 5 * ch),
                (x0, area.y() + 3 * ch, x0 + 5 * cw, area.y() + 3 * ch),
            ):
                picture.items.append(
                    Item(
                        "line",
                        QRectF(),
                        "",
                        0,
                        edge=INK,
                        width=4.0,
                        points=(QPointF(x, y), QPointF(x2, y2)),
                    )
                )
            words = translate("Audience", "Interest →     ↑ Influence")
            _grid_axes(
                picture, text,
                [QRectF(x0 + n * cw, area.y() + 5 * ch, cw, text.line) for n in range(5)],
                [QRectF(area.x(), area.y() + (4 - n) * ch, axis_w - pad, ch) for n in range(5)],
                QRectF(area.x(), area.y() + 5 * ch + text.line, grid_w, text.line),
                elide(text, words, grid_w, text.line))
            y, column = area.y(), 0
            for n, (_a, _b, s) in enumerate(order):
                if n and n % per == 0:
                    y, column = area.y(), column + 1
                x = legend_x + column * (col_w + px)
                h = heights[n] - pad
                picture.items.append(
                    Item(
                        "number",
                        QRectF(x, y, text.width("88 "), text.line),
                        str(number[s.id]),
                        bold.px,
                        True,
                        flags=RIGHT | TOP,
                    )
                )
                picture.items.append(
                    Item(
                        "name",
                        QRectF(x + text.width("88 ") + pad, y, col_w - text.width("88 ") - pad, h),
                        s.name,
                        text.px,
                        ref=s.id,
                    )
                )
                y += heights[n]
            return
    message(
        picture, area, translate("Audience", "Too many parties to show whole on this screen."), px
    )


def _grid_layout(area: QRectF, px: int, cells, names, force: bool = False):
    """Columns and rows sized to what each holds; None when it does not fit."""
    text, bold = Measure(px), Measure(px, True)
    pad = round(px * 0.2)
    axis_w = text.width("5") + 3 * pad
    axis_h = 2 * text.line
    width = area.width() - axis_w
    height = area.height() - axis_h
    # each column as wide as its longest word, the rest shared out by what it holds
    filled = [any(cells.get((inf, col + 1)) for inf in range(1, 6)) for col in range(5)]
    loads = [
        max(
            (sum(len(s.name) for s in cells.get((inf, col + 1), [])) for inf in range(1, 6)),
            default=0,
        )
        for col in range(5)
    ]
    empty_w = max(text.width("5") * 3, px * 2.5)
    need = [
        max(
            [empty_w]
            + [
                text.width(word) + 2 * pad + 1
                for inf in range(1, 6)
                for s in cells.get((inf, col + 1), [])
                for word in s.name.split()
            ]
        )
        for col in range(5)
    ]
    rest = width - sum(need)
    if rest < 0 and not force:
        return None
    tries = []
    for bias in (0.0, 0.5, 1.0):
        raw = [((1.0 - bias) + bias * math.sqrt(loads[c])) if filled[c] else 0.0 for c in range(5)]
        share = sum(raw) or 1.0
        tries.append([need[c] + max(0.0, rest) * raw[c] / share for c in range(5)])
    best = None
    for ws in tries:
        title_h = [0.0] * 5
        for key, (c0, c1, r0) in {
            "tevreden houden": (0, 1, 0),
            "nauw betrekken": (2, 4, 0),
            "monitoren": (0, 1, 3),
            "informeren": (2, 4, 3),
        }.items():
            w = sum(ws[c0 : c1 + 1]) - 2 * pad
            if not bold.fits_word(names[key], w):
                title_h[r0] = 1e6
            title_h[r0] = max(title_h[r0], bold.height(names[key], w))
        hs = []
        for row in range(5):
            influence = 5 - row
            tall = 0.0
            for col in range(5):
                group = cells.get((influence, col + 1), [])
                tall = max(tall, sum(text.height(s.name, ws[col] - 2 * pad) + pad for s in group))
            hs.append(max(tall + title_h[row] + 2 * pad, text.line * 1.4))
        total = sum(hs)
        if best is None or total < best[0]:
            best = (total, ws, hs, title_h)
    if best is None:
        return None
    total, ws, hs, title_h = best
    if total > height and not force:
        return None
    spare = max(0.0, height - total)
    hs = [h + spare / 5 for h in hs]  # the rest of the room shared out
    xs = [area.x() + axis_w + sum(ws[:c]) for c in range(5)]
    ys = [area.y() + sum(hs[:r]) for r in range(5)]
    return px, xs, ws, ys, hs, axis_w, axis_h, title_h


# -- the timeline around today ------------------------------------------------------------------


MONTHS_BEFORE, MONTHS_AFTER = 3, 9


def _month(date: dt.date, months: int) -> dt.date:
    n = date.year * 12 + date.month - 1 + months
    return dt.date(n // 12, n % 12 + 1, 1)


def timeline_steps(project, start: dt.date, end: dt.date):
    """(lane, start, end, title, status, id) of the steps and evenings within the window."""
    from ...model import timeline

    def parse(text):
        try:
            return dt.date.fromisoformat(text) if text else None
        except ValueError:
            return None

    out = []
    for rec in timeline.items(project):
        a, b = parse(rec.start), parse(rec.end)
        first, last = a or b, b or a
        if first is None or last < start or first > end:
            continue
        mark = STATUS_MARKS.get(rec.status, "")
        out.append((rec.track, first, last, mark + rec.title, rec.status, rec.id))
    for ev in timeline.evening_items(project):
        day = parse(ev.date)
        if day is not None and start <= day <= end:
            out.append(("doe", day, day, ev.title, "evening", ev.id))
    return sorted(out, key=lambda s: (s[1], s[3]))


def lay_timeline(
    picture: Picture, area: QRectF, least: int, project, today: dt.date, page: int
) -> None:
    start = _month(today, -MONTHS_BEFORE)
    end = _month(today, MONTHS_AFTER + 1) - dt.timedelta(days=1)
    steps = timeline_steps(project, start, end)
    px = least
    text, bold = Measure(px), Measure(px, True)
    pad = round(px * 0.25)
    lane_w = (
        max(
            bold.width(translate("Audience", "Denk-spoor")),
            bold.width(translate("Audience", "Doe-spoor")),
        )
        + 2 * pad
    )
    x0, x1 = area.x() + lane_w + pad, area.right()
    days = (end - start).days + 1

    def x_of(day: dt.date) -> float:
        return x0 + (day - start).days / days * (x1 - x0)

    axis_h = text.line + pad
    today_h = text.line + pad
    lanes_top = area.y() + axis_h + today_h
    room = area.bottom() - lanes_top - pad
    # the steps flowed into rows per lane, page by page
    chunks = [steps]
    while True:
        pages = [_pack(chunk, x_of, x0, x1, text, px) for chunk in chunks]
        fits = all(
            sum(lane_rows for lane_rows in p[1].values()) * p[2] + 2 * pad <= room for p in pages
        )
        if fits or max(len(c) for c in chunks) <= 1:
            break
        size = max(1, math.ceil(max(len(c) for c in chunks) * 0.75))
        chunks = [steps[i : i + size] for i in range(0, len(steps), size)]
    picture.pages = len(pages)
    picture.page = page = max(0, min(page, len(pages) - 1))
    picture.px = px
    boxes, rows, row_h = pages[page]
    # months along the top (a name where it fits), today's line and name below them
    month = start
    while month <= end:
        nxt = _month(month, 1)
        left, right = x_of(month), min(x_of(nxt), x1)
        label = QLocale().monthName(month.month, QLocale.FormatType.ShortFormat)
        if month.month == 1 or month == start:
            label = f"{label} {month.year}"
        if text.width(label) + pad > right - left:
            label = label.split()[0]
        if text.width(label) + pad <= right - left:
            picture.items.append(
                Item(
                    "month",
                    QRectF(left + pad / 2, area.y(), right - left - pad, text.line),
                    label,
                    text.px,
                    ink=QUIET,
                )
            )
        picture.items.append(
            Item(
                "line",
                QRectF(),
                "",
                0,
                edge="#b0bec5",
                width=1.0,
                points=(QPointF(left, area.y() + text.line), QPointF(left, area.bottom())),
            )
        )
        month = nxt
    y = lanes_top
    lane_items = []
    for lane, label in (
        ("denk", translate("Audience", "Denk-spoor")),
        ("doe", translate("Audience", "Doe-spoor")),
    ):
        h = max(1, rows.get(lane, 1)) * row_h + pad
        lane_rect = QRectF(area.x(), y, area.width(), h)
        picture.items.append(Item("lane", lane_rect, "", 0, fill=LANE_FILL[lane], edge="#b0bec5"))
        lane_items.append(
            Item("label", QRectF(area.x() + pad, y + pad, lane_w, bold.line), label, bold.px, True)
        )
        for box in boxes:
            if box[0] != lane:
                continue
            _lane, row, bar, label_rect, title, status, ref = box
            top = y + pad / 2 + row * row_h
            fill = EVENING_FILL if status == "evening" else BAR_FILL.get(status, "#bbdefb")
            picture.items.append(
                Item(
                    "bar",
                    QRectF(bar[0], top, max(bar[1] - bar[0], pad * 2), row_h - pad),
                    "",
                    0,
                    fill=fill,
                    edge="#37474f",
                    round=pad,
                    ref=ref,
                )
            )
            picture.items.append(
                Item(
                    "step",
                    QRectF(label_rect[0], top, label_rect[1], row_h - pad),
                    title,
                    text.px,
                    pad=pad / 2,
                    ref=ref,
                    flags=WRAP | LEFT | VCENTRE,
                )
            )
        y += h + pad
    picture.items += lane_items
    tx = x_of(today)
    under = next(
        (n for n, i in enumerate(picture.items) if i.kind in ("bar", "step")), len(picture.items)
    )  # under the steps: their names stay whole to read
    picture.items.insert(
        under,
        Item(
            "line",
            QRectF(),
            "",
            0,
            edge=TODAY,
            width=3.0,
            points=(QPointF(tx, area.y() + axis_h), QPointF(tx, y)),
        ),
    )
    word = translate("Audience", "today")
    w = bold.width(word) + pad
    left = min(max(tx - w / 2, x0), x1 - w)
    picture.items.append(
        Item(
            "today",
            QRectF(left, area.y() + axis_h, w, bold.line),
            word,
            bold.px,
            True,
            ink=TODAY,
            flags=HCENTRE | TOP,
        )
    )
    if not steps:
        message(
            picture,
            QRectF(x0, lanes_top, x1 - x0, room),
            translate("Audience", "Nothing planned around today."),
            px,
        )


def _pack(steps, x_of, x0: float, x1: float, text: Measure, px: int):
    """Each step's bar and label, rows per lane so that no two overlap: (boxes, rows per
    lane, row height)."""
    row_h = text.line * 2 + px * 0.7
    ends: dict[str, list[float]] = {"denk": [], "doe": []}
    boxes = []
    most = px * 11.0
    for lane, first, last, title, status, ref in steps:
        a, b = max(x_of(first), x0), min(x_of(last + dt.timedelta(days=1)), x1)
        width = max(b - a, min(text.width(title) + px * 0.5, most))
        width = max(width, max((text.width(w) for w in title.split()), default=0) + px * 0.5)
        while text.height(title, width - px * 0.5) > text.line * 2 + 1 and width < x1 - x0:
            width = min(width * 1.15, x1 - x0)  # two lines at most
        left = min(a, x1 - width)
        rows = ends[lane]
        for row, right in enumerate(rows):
            if right + px * 0.4 <= left:
                rows[row] = left + width
                break
        else:
            rows.append(left + width)
            row = len(rows) - 1
        boxes.append((lane, row, (a, b), (left, width), title, status, ref))
    return boxes, {lane: len(r) for lane, r in ends.items()}, row_h


# -- "Waar staan we?" ---------------------------------------------------------------------------


def lay_kompas(picture: Picture, area: QRectF, least: int, project, lang: str) -> None:
    from ...model import kompas

    def words(text: str, n: int = -1) -> str:
        return translate("KompasView", text, "", n)

    s = kompas.where_we_stand(project, lang=lang)
    nexts = kompas.suggestions(project, lang=lang)
    title = (
        words("Phase %1: %2").replace("%1", str(s.phase)).replace("%2", s.phase_name)
        if s.phase
        else words("No phase yet")
    )
    blocks = [
        (words("Done"), [k.label(lang) for k in s.done]),
        (words("Open now: social"), [k.label(lang) for k in s.open_by_track.get("sociaal", [])]),
        (
            words("Open now: technical and financial"),
            [k.label(lang) for k in s.open_by_track.get("technisch", [])],
        ),
        (words("Not yet in the network"), [m.label for m in s.missing_parties]),
        (words("Next"), [g.knooppunt.label(lang) for g in nexts]),
    ]
    for limit in (5, 4, 3, 2):
        for factor in SIZES:
            px = round(least * factor)
            placed = _kompas_blocks(area, px, title, s, blocks, limit, words)
            if placed is not None:
                picture.items += placed
                picture.px = px
                return
    picture.items += _kompas_blocks(area, least, title, s, blocks, 1, words, force=True) or []
    picture.px = least


def _kompas_blocks(
    area: QRectF, px: int, title: str, s, blocks, limit: int, words, force: bool = False
):
    text, bold, big = Measure(px), Measure(px, True), Measure(px * 1.3, True)
    pad = round(px * 0.3)
    out = []
    y = area.y()
    h = big.height(title, area.width())
    out.append(Item("heading", QRectF(area.x(), y, area.width(), h), title, big.px, True))
    y += h + pad
    # the six phases: done / applicable each
    cell_w = (area.width() - 5 * pad) / 6
    cell_h = 2 * bold.line + 2 * pad
    if bold.width("6/66") + 2 * pad > cell_w and not force:
        return None
    for number in range(1, 7):
        done, total = s.progress.get(number, (0, 0))
        now = number == s.focus_phase
        fill = "#0d47a1" if now else ("#1b5e20" if total and done == total else "#455a64")
        out.append(
            Item(
                "phase",
                QRectF(area.x() + (number - 1) * (cell_w + pad), y, cell_w, cell_h),
                f"{number}\n{done}/{total}",
                bold.px,
                True,
                fill=fill,
                ink="#ffffff",
                flags=WRAP | CENTRE,
                round=pad,
            )
        )
    y += cell_h + pad * 2
    # the lists in three columns, then two
    columns = 3
    col_w = (area.width() - (columns - 1) * pad * 3) / columns
    rows = [blocks[:3], blocks[3:]]
    for row in rows:
        row_h = 0.0
        spans = [1] * len(row) if len(row) == 3 else [1, 2]
        x = area.x()
        for (heading, lines), span in zip(row, spans, strict=True):
            w = col_w * span + (span - 1) * pad * 3
            shown = lines[:limit]
            body = [f"• {line}" for line in shown] or [words("Nothing")]
            if len(lines) > limit:
                body.append(words("and %n more", len(lines) - limit))
            hh = bold.height(heading, w)
            if not bold.fits_word(heading, w) and not force:
                return None
            out.append(Item("heading", QRectF(x, y, w, hh), heading, bold.px, True, ink="#0d47a1"))
            yy = y + hh + pad / 2
            for line in body:
                lh = text.height(line, w)
                out.append(Item("line", QRectF(x, yy, w, lh), line, text.px))
                yy += lh + pad / 3
            row_h = max(row_h, yy - y)
            x += w + pad * 3
        y += row_h + pad * 2
    if y - pad * 2 > area.bottom() and not force:
        return None
    return out


# -- a title ------------------------------------------------------------------------------------


def lay_title(picture: Picture, area: QRectF, least: int, project) -> None:
    info = project.info() if project is not None else None
    lines = [(info.name if info else "wijkdesk"), (info.wijk if info else "")]
    big = Measure(least * 2.2, True)
    small = Measure(least * 1.3)
    h1 = big.height(lines[0], area.width())
    h2 = small.height(lines[1], area.width()) if lines[1] else 0
    y = area.y() + max(0.0, (area.height() - h1 - h2) / 2)
    picture.items.append(
        Item(
            "heading",
            QRectF(area.x(), y, area.width(), h1),
            lines[0],
            big.px,
            True,
            flags=WRAP | HCENTRE | TOP,
        )
    )
    if lines[1]:
        picture.items.append(
            Item(
                "label",
                QRectF(area.x(), y + h1, area.width(), h2),
                lines[1],
                small.px,
                flags=WRAP | HCENTRE | TOP,
                ink=QUIET,
            )
        )


# -- one show -----------------------------------------------------------------------------------


def show_title(name: str, source: Source) -> str:
    """The head of a show: the round's question, or what the show is."""
    project = source.project
    if name in ("round", "cluster", "top") and project is not None and source.round_id:
        rnd = project.get("round", source.round_id)
        if rnd is not None and rnd.prompt:
            return rnd.prompt
    return {
        "round": translate("Audience", "The round"),
        "cluster": translate("Audience", "The round"),
        "top": translate("Audience", "The top of the ranking"),
        "network": translate("Audience", "Who is involved?"),
        "grid": translate("Audience", "Power and interest"),
        "timeline": translate("Audience", "Denk-spoor and doe-spoor"),
        "kompas": translate("Audience", "Where do we stand?"),
        "title": "",
    }.get(name, "")


def build(name: str, source: Source, frame: Frame, page: int = 0) -> Picture:
    """Lay out one show for a window (``name`` one of ``SHOWS``)."""
    picture = Picture(name, show_title(name, source))
    project = source.project
    if project is None:
        name = "title"
    for attempt in (False, True):  # laid out once, again with a page number when it pages
        picture.items = []
        top = head(picture, frame, picture.title, source.clock, attempt)
        area = body(frame, top)
        least = frame.least
        if name == "round":
            lay_cards(picture, area, least, round_groups(project, source.round_id), page)
        elif name == "cluster":
            groups = round_groups(project, source.round_id, source.cluster_id)
            if not groups:
                message(
                    picture,
                    area,
                    translate("Audience", "Choose a cluster on the board first."),
                    least,
                )
            else:
                lay_cards(picture, area, least, groups, page)
        elif name == "top":
            lines = ranked_lines(
                project, source.round_id, source.top_n, everything=source.entry is not None
            )
            lay_top(picture, area, least, lines, page, source.entry)
        elif name == "network":
            lay_network(picture, area, least, project, source.visible)
        elif name == "grid":
            lay_grid(picture, area, least, project, source.visible)
        elif name == "timeline":
            lay_timeline(picture, area, least, project, source.today or dt.date.today(), page)
        elif name == "kompas":
            lay_kompas(picture, area, least, project, source.lang)
        else:
            lay_title(picture, area, least, project)
        if picture.pages <= 1 or attempt:
            break
    for item in picture.items:
        if item.kind == "page":
            item.text = (
                translate("Audience", "page %1 of %2")
                .replace("%1", str(picture.page + 1))
                .replace("%2", str(picture.pages))
            )
    return picture
