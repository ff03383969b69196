"""Where cards and clusters go on the board: plain geometry, no Qt, so it can be reasoned about
(and tested) on its own.

A card is ``CARD_W`` wide and as tall as its text needs. A cluster is a frame at its own
position, its notes stacked tidily in columns of at most ``COLUMN_CARDS`` under a title bar, so
a cluster never needs positions of its notes. Loose notes keep their own position; new ones go
to the first free slot of a grid that grows toward the beamer's 16:9 shape, so that they never
pile up on each other.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

CARD_W = 220.0
MIN_CARD_H = 96.0
GAP = 14.0  # between cards in a cluster
PAD = 14.0  # inside a frame
TITLE_H = 66.0  # a frame's title bar: two lines of the name
COLUMN_CARDS = 8
SLOT_W = CARD_W + 24.0  # the loose-note grid
SLOT_H = 150.0

Rect = tuple[float, float, float, float]  # x, y, width, height


def intersects(a: Rect, b: Rect, margin: float = 0.0) -> bool:
    """Whether two rectangles overlap (touching edges do not count)."""
    return (a[0] < b[0] + b[2] + margin and b[0] < a[0] + a[2] + margin
            and a[1] < b[1] + b[3] + margin and b[1] < a[1] + a[3] + margin)


Point = tuple[float, float]


def cluster_layout(x: float, y: float, heights: Sequence[float]) -> tuple[Rect, list[Point]]:
    """The frame of a cluster at (x, y) and the top-left corner of each of its cards."""
    columns = max(1, math.ceil(len(heights) / COLUMN_CARDS))
    per_column = max(1, math.ceil(len(heights) / columns)) if heights else 1
    spots: list[Point] = []
    bottom = y + TITLE_H + 40.0  # an empty cluster still has room to drop a note in
    for n, h in enumerate(heights):
        column, row = divmod(n, per_column)
        if row == 0:
            cy = y + TITLE_H
        cx = x + PAD + column * (CARD_W + GAP)
        spots.append((cx, cy))
        cy += h + GAP
        bottom = max(bottom, cy)
    width = 2 * PAD + columns * CARD_W + (columns - 1) * GAP
    return (x, y, width, bottom - y + PAD - GAP), spots


class Taken:
    """The rectangles already on the board, hashed by grid cell so a free spot is found fast."""

    CELL = 256.0

    def __init__(self, rects: Iterable[Rect] = ()) -> None:
        self._cells: dict[tuple[int, int], list[Rect]] = {}
        for rect in rects:
            self.add(rect)

    def _keys(self, rect: Rect):
        x0, y0 = math.floor(rect[0] / self.CELL), math.floor(rect[1] / self.CELL)
        x1 = math.floor((rect[0] + rect[2]) / self.CELL)
        y1 = math.floor((rect[1] + rect[3]) / self.CELL)
        for cx in range(x0, x1 + 1):
            for cy in range(y0, y1 + 1):
                yield cx, cy

    def add(self, rect: Rect) -> None:
        """Mark a rectangle as taken."""
        for key in self._keys(rect):
            self._cells.setdefault(key, []).append(rect)

    def remove(self, rect: Rect) -> None:
        """Free a rectangle marked before (one mark of it, if marked twice)."""
        for key in self._keys(rect):
            cell = self._cells.get(key)
            if cell is not None and rect in cell:
                cell.remove(rect)

    def free(self, rect: Rect, margin: float = 8.0) -> bool:
        """Whether a rectangle (with a margin around it) overlaps nothing taken."""
        grown = (rect[0] - margin, rect[1] - margin, rect[2] + 2 * margin, rect[3] + 2 * margin)
        return not any(intersects(grown, other)
                       for key in self._keys(grown) for other in self._cells.get(key, ()))


def grid_columns(count: int) -> int:
    """Columns of the loose-note grid for this many notes: the board stays about 16:9."""
    return max(8, math.ceil(math.sqrt(count * 16 / 9 * SLOT_H / SLOT_W)))


def free_spot(taken: Taken, height: float, origin: Point = (0.0, 0.0), columns: int = 8,
              start: int = 0, width: float = CARD_W) -> tuple[Point, int]:
    """The first grid slot from ``start`` (row by row) where a card of this size is free.

    Returns the spot and its slot number, to start the next search from.
    """
    slot = start
    while True:
        row, column = divmod(slot, columns)
        x, y = origin[0] + column * SLOT_W, origin[1] + row * SLOT_H
        if taken.free((x, y, width, height)):
            return (x, y), slot
        slot += 1
