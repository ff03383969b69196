"""The widget that paints a beamer picture (``picture.py``) as its layout gave it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .picture import PAPER, Item, Picture, font

BACK_HATCH = "#566273"


class AudienceCanvas(QWidget):
    """Paints one picture; ``laidOut`` pictures come from the presenter (its size is the
    window's: it never asks for more room than it has)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceCanvas")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)
        self.setAutoFillBackground(False)
        self.picture = Picture("")
        self.on_resize = None  # called with the new size: the presenter lays out anew

    def set_picture(self, picture: Picture) -> None:
        """Show a picture (laid out for this canvas's size)."""
        self.picture = picture
        self.update()

    def set_clock(self, text: str) -> bool:
        """The clock's new text, painted in its place; False when there is no clock on the
        picture (a layout is needed to make room for it)."""
        for item in self.picture.items:
            if item.kind == "clock":
                if item.text != text:
                    item.text = text
                    self.update(item.rect.toAlignedRect())
                return True
        return False

    def set_clock_ink(self, ink: str) -> None:
        for item in self.picture.items:
            if item.kind == "clock" and item.ink != ink:
                item.ink = ink
                self.update(item.rect.toAlignedRect())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.on_resize is not None:
            self.on_resize()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(PAPER))
        paint_items(painter, self.picture.items)
        painter.end()


def paint_items(painter: QPainter, items: list[Item]) -> None:
    """Paint a picture's items in their order."""
    for item in items:
        rect = item.rect
        if item.points:
            pen = QPen(QColor(item.edge or "#000000"), item.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            a, b = item.points
            painter.drawLine(a, b)
            if item.kind == "edge":
                _arrow_head(painter, a, b, item.width)
            continue
        if item.fill or item.edge:
            painter.setBrush(QBrush(QColor(item.fill)) if item.fill else Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(item.edge), item.width if item.kind == "node" else
                                (3.0 if item.kind == "back" else 1.0))
                           if item.edge else Qt.PenStyle.NoPen)
            if item.round < 0:
                painter.drawEllipse(rect)
            elif item.round:
                painter.drawRoundedRect(rect, item.round, item.round)
            else:
                painter.drawRect(rect)
            if item.hatch:
                painter.setBrush(QBrush(QColor(BACK_HATCH), Qt.BrushStyle.BDiagPattern))
                painter.setPen(Qt.PenStyle.NoPen)
                inner = rect.adjusted(6, 6, -6, -6)
                painter.drawRoundedRect(inner, 4, 4)
        if item.text and item.px:
            painter.setFont(font(item.px, item.bold))
            painter.setPen(QColor(item.ink))
            painter.drawText(item.text_rect(), item.flags, item.text)


def _arrow_head(painter: QPainter, a, b, width: float) -> None:
    import math

    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPolygonF

    dx, dy = b.x() - a.x(), b.y() - a.y()
    d = math.hypot(dx, dy)
    if d < 1:
        return
    ux, uy = dx / d, dy / d
    size = 8 + width * 3
    left = QPointF(b.x() - ux * size - uy * size * 0.5, b.y() - uy * size + ux * size * 0.5)
    right = QPointF(b.x() - ux * size + uy * size * 0.5, b.y() - uy * size - ux * size * 0.5)
    painter.setBrush(QBrush(painter.pen().color()))
    painter.drawPolygon(QPolygonF([b, left, right]))


