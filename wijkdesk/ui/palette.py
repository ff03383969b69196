"""The colours of the tables, as small swatches beside their labels.

A table is always named as well ("Tafel 2"), so the colour only helps the eye; the swatches
sit beside text and never behind it, so they cost no contrast. The colours are strong and far
apart, to survive a washed-out beamer.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

TABLE_COLOURS = ("#1f5fbf", "#c0392b", "#1e8449", "#8e44ad", "#d35400", "#117a8b", "#7d6608",
                 "#5d6d7e")
NO_TABLE = "#9e9e9e"
# Categories (koppelkans themes, phases): the same strong, distinct colours as the tables.
CATEGORY_COLOURS = ("#1f5fbf", "#c0392b", "#1e8449", "#8e44ad", "#d35400", "#117a8b",
                    "#7d6608", "#5d6d7e", "#a93226", "#196f3d")


def table_colour(table: int) -> str:
    """The colour of a table (1, 2, …); grey for no table (0)."""
    return TABLE_COLOURS[(table - 1) % len(TABLE_COLOURS)] if table >= 1 else NO_TABLE


def category_colour(name: str) -> str:
    """A stable colour for a category name (the same name gets the same colour everywhere)."""
    import zlib

    return CATEGORY_COLOURS[zlib.crc32(name.encode("utf-8")) % len(CATEGORY_COLOURS)]


def tint(colour, amount: float = 0.16):
    """A light card background in a colour: ``amount`` of the colour on white (a QColor)."""
    from PySide6.QtGui import QColor

    c = QColor(colour)
    return QColor(round(255 - (255 - c.red()) * amount), round(255 - (255 - c.green()) * amount),
                  round(255 - (255 - c.blue()) * amount))


@cache
def table_swatch(table: int, size: int = 14) -> QIcon:
    """A filled square in the table's colour, with a dark edge."""
    from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#202020"))
    painter.setBrush(QColor(table_colour(table)))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)
