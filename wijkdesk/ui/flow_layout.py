"""A layout that lays its widgets out in a row and wraps them onto the next row when the row
is full, like words in a line of text: a row of controls that fits a 1024-pixel beamer as well
as a wide screen, with every control whole and reachable.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping onto new rows; an item with a stretch takes the room left
    in its row (up to its maximum width)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}  # id(item) -> stretch
        self._gaps: dict[int, int] = {}  # id(item) -> extra room before it
        self._spacing = spacing
        self._heights: dict[int, int] = {}  # width -> height, until the layout changes
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's interface -------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        """Add an item at the end (QLayout calls this for addWidget)."""
        self._items.append(item)

    def add(self, widget: QWidget, stretch: int = 0, gap: int = 0) -> None:
        """Add a widget; with a stretch it grows into the room left in its row; gap is extra
        room before it (when it is not the first of its row)."""
        self.addWidget(widget)
        item = self._items[-1]
        if stretch:
            self._stretch[id(item)] = stretch
        if gap:
            self._gaps[id(item)] = gap

    def count(self) -> int:
        """The number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        """The item at index, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        """Remove and return the item at index."""
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._stretch.pop(id(item), None)
            self._gaps.pop(id(item), None)
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        """Grows in width only."""
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        """Its height depends on its width (how many rows)."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """The height the rows take at width (Qt asks often for the same width: kept until
        the layout changes)."""
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._do_layout(QRect(0, 0, width, 0), apply=False)
        return height

    def invalidate(self) -> None:
        """An item or its size hint changed: the heights are worked out again."""
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        """Place the items in rows inside rect."""
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All items on one row."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self._spacing + self._gaps.get(id(item), 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(max(0, width - self._spacing) + m.left() + m.right(),
                     height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest item: every item fits on a row of its own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- laying out ----------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _do_layout(self, rect: QRect, apply: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = max(1, area.width())
        # Break the items into rows by their size hints (shrunk to their minimum if need be).
        rows: list[list[QLayoutItem]] = []
        row: list[QLayoutItem] = []
        used = 0
        for item in self._visible():
            w = min(item.sizeHint().width(), width)
            gap = self._spacing + self._gaps.get(id(item), 0)
            if row and used + gap + w > width:
                rows.append(row)
                row, used = [], 0
            used += (gap if row else 0) + w
            row.append(item)
        if row:
            rows.append(row)
        y = area.y()
        for items in rows:
            height = max(i.sizeHint().height() for i in items)
            if apply:
                self._place_row(items, area.x(), y, width, height)
            y += height + self._spacing
        return (y - self._spacing - area.y() if rows else 0) + m.top() + m.bottom()

    def _place_row(self, items: list[QLayoutItem], x0: int, y: int, width: int,
                   height: int) -> None:
        widths = [min(i.sizeHint().width(), width) for i in items]
        gaps = [0] + [self._spacing + self._gaps.get(id(i), 0) for i in items[1:]]
        room = width - sum(widths) - sum(gaps)
        stretches = [self._stretch.get(id(i), 0) for i in items]
        total = sum(stretches)
        if room > 0 and total:
            for n, item in enumerate(items):
                if stretches[n]:
                    extra = room * stretches[n] // total
                    widths[n] = min(widths[n] + extra, item.maximumSize().width())
        x = x0
        for n, item in enumerate(items):
            x += gaps[n]
            h = height
            policy = item.widget().sizePolicy() if item.widget() is not None else None
            if policy is not None and not (policy.verticalPolicy().value
                                           & QSizePolicy.PolicyFlag.GrowFlag.value):
                h = min(height, item.sizeHint().height())
            item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(widths[n], h)))
            x += widths[n]
