"""A picture for the beamer: shapes with their texts, in the audience window's pixels.

A layout (``screens.py``) measures every text with the font it will be painted in and gives
each its box; the canvas paints the boxes as they are. So what the layout measured is what
the room sees, and a test can check every box against the window (inside it, text whole).

**Type size.** The least type on the beamer is 18 pt on a 1024 x 768 screen and grows with
the screen's height (``least_px``): in pixels, 18 pt x the screen's logical DPI / 72 x
height / 768, so 24 px at 96 DPI and 768 lines, 34 px at 1080. A point is measured as the
pixel size of the font against the screen's logical DPI (``pt_of``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

#: the least type size on the beamer, in points at 768 lines
LEAST_PT = 18.0
#: the screen height that least size is for
BASE_HEIGHT = 768
WRAP = int(Qt.TextFlag.TextWordWrap.value)
LEFT = int(Qt.AlignmentFlag.AlignLeft.value)
CENTRE = int(Qt.AlignmentFlag.AlignCenter.value)
HCENTRE = int(Qt.AlignmentFlag.AlignHCenter.value)
VCENTRE = int(Qt.AlignmentFlag.AlignVCenter.value)
RIGHT = int(Qt.AlignmentFlag.AlignRight.value)
TOP = int(Qt.AlignmentFlag.AlignTop.value)

INK = "#141414"
QUIET = "#3c4650"
PAPER = "#ffffff"


def least_px(height: int, dpi: float = 96.0, scale: float = 1.0) -> int:
    """The least type size (pixels) for a screen ``height`` lines high at ``dpi``: 18 pt at
    768 lines, in proportion above (and the facilitator's font scale, when it is larger)."""
    exact = LEAST_PT * dpi / 72.0 * max(height, 1) / BASE_HEIGHT * max(1.0, scale)
    return max(1, math.ceil(exact - 1e-9))


def pt_of(px: float, dpi: float = 96.0) -> float:
    """The size in points of type ``px`` pixels high on a screen of ``dpi``."""
    return px * 72.0 / dpi


def font(px: float, bold: bool = False) -> QFont:
    """The beamer's font at a pixel size."""
    f = QFont()
    f.setPixelSize(max(1, int(round(px))))
    f.setBold(bold)
    return f


class Measure:
    """Text sizes at one pixel size (and bold or not), measured once per text and width."""

    _cache: dict[tuple, QFontMetricsF] = {}

    def __init__(self, px: float, bold: bool = False) -> None:
        self.px = int(round(px))
        self.bold = bold
        self.font = font(self.px, bold)
        key = (self.px, bold)
        metrics = Measure._cache.get(key)
        if metrics is None:
            metrics = Measure._cache[key] = QFontMetricsF(self.font)
        self.metrics = metrics
        self._sizes: dict[tuple[str, float], tuple[float, float]] = {}

    @property
    def line(self) -> float:
        """The height of one line."""
        return self.metrics.height()

    def size(self, text: str, width: float) -> tuple[float, float]:
        """(width, height) of the text wrapped at a width."""
        key = (text, width)
        found = self._sizes.get(key)
        if found is None:
            box = self.metrics.boundingRect(QRectF(0, 0, max(1.0, width), 1e6), WRAP | LEFT, text)
            found = self._sizes[key] = (box.width(), box.height())
        return found

    def height(self, text: str, width: float) -> float:
        """The height of the text wrapped at a width."""
        return self.size(text, width)[1]

    def width(self, text: str) -> float:
        """The width of the text on one line."""
        return self.metrics.horizontalAdvance(text)

    def fits_word(self, text: str, width: float) -> bool:
        """Whether every word of the text fits the width (wrapping never breaks a word)."""
        return all(self.width(word) <= width for word in text.split())

    def lines(self, text: str, width: float) -> int:
        """How many lines the text takes at a width."""
        return max(1, round(self.height(text, width) / self.line))


@dataclass
class Item:
    """One shape of a picture, with its text (``px`` 0: none).

    ``kind`` says what it is ("title", "clock", "page", "heading", "card", "back", "count",
    "name", "node", "edge", "cell", "bar", "label", "line", "note", "rank", "votes", …);
    ``ref`` the record it shows, where there is one.
    """

    kind: str
    rect: QRectF
    text: str = ""
    px: int = 0
    bold: bool = False
    fill: str | None = None
    edge: str | None = None
    ink: str = INK
    flags: int = WRAP | LEFT | TOP
    pad: float = 0.0  # the text's inset inside the box
    round: float = 0.0  # corner radius; -1: an ellipse
    ref: str = ""
    points: tuple[QPointF, ...] = field(default=())  # a line's points ("edge", "line")
    width: float = 1.0  # a line's pen width
    hatch: bool = False  # a card's back: hatched

    def text_rect(self) -> QRectF:
        """Where the text goes."""
        return self.rect.adjusted(self.pad, self.pad, -self.pad, -self.pad)


@dataclass
class Picture:
    """A show laid out: its items, its title, and which of how many pages it is."""

    name: str
    title: str = ""
    items: list[Item] = field(default_factory=list)
    page: int = 0
    pages: int = 1
    px: int = 0  # the body type size the layout chose
    note: str = ""  # why it pages, or what is left out (for the facilitator)

    def texts(self) -> list[str]:
        """Every text drawn (tests: nothing face down is among them)."""
        return [i.text for i in self.items if i.text]
