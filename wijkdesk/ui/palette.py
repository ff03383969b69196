"""The app's colours, and the contrast rule they keep.

**Every text, and every mark that carries meaning, reaches a contrast ratio of at least 7:1
(WCAG 2.x AAA) against the background it sits on** — a beamer in a lit hall washes colours
out, and residents at the back read the wall. ``tests/test_contrast.py`` computes the ratio
for each pair from the constants here and in the canvases.

So the table and category colours are dark and saturated: a card's colour is a stripe and a
swatch (on white or on the card's own light tint) and a cluster's is its frame (on the
board), and text sits on the light tint, never on the strong colour. A colour never speaks
alone: a table is named on its cards ("Tafel 2") and in the legend, a stakeholder type has a
short code in its node and in the legend, a status has its mark and its word.

Colours the facilitator picks (a project's own table colours) are made fit by
``readable_mark``: darkened, keeping their hue, until they reach the ratio.

Nothing here needs Qt at import time (``wijkdesk.settings`` reads the table colours from a
process without a GUI); ``tint`` and ``table_swatch`` import it when called.
"""

from __future__ import annotations

import colorsys
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

#: the ratio every text and every meaningful mark reaches against its background (WCAG AAA)
MIN_CONTRAST = 7.0

TEXT = "#141414"  # text on the light backgrounds of cards, labels and lists
WHITE = "#ffffff"
#: the outline of what is selected on the canvases (cards, frames, nodes, steps)
SELECTED = "#1f1fa8"
#: keyboard focus: the outline of the focused control and the frame of a focused canvas
FOCUS = "#1f1fa8"
#: messages on a light background: an error, a warning, the timer's last minute
ERROR_TEXT, WARNING_TEXT, URGENT_TEXT = "#b00020", "#7a4100", "#900000"

# Tables (1-8, then round again) and categories (koppelkans themes, phases): dark, strong and
# far apart in hue. Each reaches 7:1 on white, on its card's tint and on the board.
TABLE_COLOURS = ("#144489", "#881713", "#0c5123", "#6a2581", "#783000", "#054e56", "#554400",
                 "#811755")
NO_TABLE = "#474747"
CATEGORY_COLOURS = (*TABLE_COLOURS, "#4430a7", "#314e09")

#: how much of its colour a card's background has (the rest is white), and a frame's title bar
CARD_TINT = 0.16
TITLE_TINT = 0.3

# Projects may have their own table colours (settings "tables/colours"), made readable; the
# evening on screen may give a table a colour of its own over those (its evening_table records).
_overrides: dict[int, str] = {}
_evening: dict[int, str] = {}


def table_colour(table: int) -> str:
    """The colour of a table (1, 2, …) at the evening on screen: the evening's own, else the
    project's own, else the palette's; grey for no table (0)."""
    if table < 1:
        return NO_TABLE
    return _evening.get(table) or project_table_colour(table)


def project_table_colour(table: int) -> str:
    """The colour of a table as the settings give it (the default of every evening): the
    project's own when it chose one, else the palette's."""
    if table < 1:
        return NO_TABLE
    return _overrides.get(table) or TABLE_COLOURS[(table - 1) % len(TABLE_COLOURS)]


def set_evening_colours(colours: dict[int, str]) -> bool:
    """Use the colours the evening on screen gave its tables (``{table: "#rrggbb"}``; empty:
    the project's). Each is darkened where needed to keep the contrast rule. Returns whether
    any colour changed."""
    readable = {n: readable_mark(c) for n, c in colours.items() if c}
    if readable == _evening:
        return False
    _evening.clear()
    _evening.update(readable)
    table_swatch.cache_clear()
    return True


def set_table_overrides(colours: dict[int, str]) -> None:
    """Use the open project's own table colours (``{table: "#rrggbb"}``; empty: the palette's).
    Each is darkened where needed to keep the contrast rule."""
    _overrides.clear()
    _overrides.update({n: readable_mark(c) for n, c in colours.items() if c})
    table_swatch.cache_clear()


def table_overrides() -> tuple[tuple[int, str], ...]:
    """The project's own table colours in force (as made readable), to notice a change."""
    return tuple(sorted(_overrides.items()))


def category_colour(name: str) -> str:
    """A stable colour for a category name (the same name gets the same colour everywhere)."""
    import zlib

    return CATEGORY_COLOURS[zlib.crc32(name.encode("utf-8")) % len(CATEGORY_COLOURS)]


# -- contrast ------------------------------------------------------------------------------


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` as three numbers 0-255."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def hex_of(red: float, green: float, blue: float) -> str:
    """Three numbers 0-255 as ``#rrggbb``."""
    return "#" + "".join(f"{max(0, min(255, round(v))):02x}" for v in (red, green, blue))


def luminance(colour: str) -> float:
    """The relative luminance of a colour (WCAG 2.x: sRGB, linearised, weighted)."""

    def linear(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG 2.x contrast ratio of two colours, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def blend(top: str, bottom: str, alpha: float) -> str:
    """What ``top`` painted with opacity ``alpha`` over ``bottom`` looks like."""
    return hex_of(*(alpha * t + (1 - alpha) * b for t, b in zip(rgb(top), rgb(bottom),
                                                                strict=True)))


def tint_of(colour: str, amount: float) -> str:
    """``amount`` of the colour on white, as ``#rrggbb``."""
    return hex_of(*(255 - (255 - v) * amount for v in rgb(colour)))


def readable_mark(colour: str, against: tuple[str, ...] = (WHITE, "#e9ecef"),
                  ratio: float = MIN_CONTRAST + 0.1, own_tint: float | None = CARD_TINT) -> str:
    """The colour, darkened with its hue kept, until it reaches ``ratio`` against each
    background (white and the board, unless told otherwise) and against its own light tint
    (a card's stripe on the card)."""
    colour = hex_of(*rgb(colour))
    r, g, b = (v / 255 for v in rgb(colour))
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)

    def fits(c: str) -> bool:
        grounds = (*against, tint_of(c, own_tint)) if own_tint is not None else against
        return all(contrast(c, bg) >= ratio for bg in grounds)

    while light > 0 and not fits(colour):
        light = max(0.0, light - 0.01)
        colour = hex_of(*(v * 255 for v in colorsys.hls_to_rgb(hue, light, sat)))
    return colour


def readable_fill(colour: str, text: str = TEXT, ratio: float = MIN_CONTRAST + 0.1) -> str:
    """The colour, lightened toward white, until ``text`` on it reaches ``ratio`` (the fill
    of a stakeholder node, which has its type's code written on it)."""
    amount = 1.0
    fill = hex_of(*rgb(colour))
    while amount > 0 and contrast(fill, text) < ratio:
        amount = max(0.0, amount - 0.02)
        fill = tint_of(colour, amount)
    return fill


def css(rgba: tuple[int, int, int, int]) -> str:
    """A colour with opacity, ``(r, g, b, alpha 0-255)``, for a style sheet."""
    return "rgba({}, {}, {}, {})".format(*rgba)


def over(rgba: tuple[int, int, int, int], bottom: str) -> str:
    """What a colour with opacity ``(r, g, b, alpha 0-255)`` looks like over ``bottom``."""
    return blend(hex_of(*rgba[:3]), bottom, rgba[3] / 255)


def tint(colour, amount: float = CARD_TINT):
    """A light card background in a colour: ``amount`` of the colour on white (a QColor)."""
    from PySide6.QtGui import QColor

    name = colour if isinstance(colour, str) else QColor(colour).name()
    return QColor(tint_of(name, amount))


@cache
def table_swatch(table: int, size: int = 14) -> QIcon:
    """A filled square in the table's colour, with a dark edge."""
    return colour_swatch(table_colour(table), size)


@cache
def colour_swatch(colour: str, size: int = 16) -> QIcon:
    """A filled square in a colour, with a dark edge (the table swatches, the settings)."""
    from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#202020"))
    painter.setBrush(QColor(colour))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)
