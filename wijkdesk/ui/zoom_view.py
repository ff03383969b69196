"""A graphics view the facilitator can zoom, pan and fit, with items to drag: the base of the
board, the stakeholder network, the power/interest grid and the timeline.

Zoom with Ctrl+wheel or + and −, fit everything with 0 (or Home), pan with the scroll bars, the
wheel, the middle mouse button or Space+drag; a rubber band on empty space selects. When items
were dragged, ``items_moved(items, scene_pos)`` is called once, on release; a jiggle of a few
pixels puts the items back instead, so what is shown stays what the file says.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget


class ZoomView(QGraphicsView):
    """See the module's description."""

    MIN_ZOOM, MAX_ZOOM, FIT_MAX_ZOOM = 0.02, 4.0, 1.6
    ZOOM_STEP = 1.25
    FIT_MARGIN = 30.0
    #: keys this view handles itself, before window shortcuts see them
    OWN_KEYS: tuple[int, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fitted = False  # showing everything: stays so when the view is resized
        self._press: dict[QGraphicsItem, QPointF] = {}
        self._pan_from: QPointF | None = None
        self._space = False
        self.paints = 0  # viewport paints (benchmarks and tests wait for one)
        self._overlays: list[tuple[QWidget, int, int]] = []

    def add_overlay(self, widget: QWidget, x: int, y: int) -> QWidget:
        """Keep a widget (a legend, a hint) at a fixed place over the viewport: scrolling
        would otherwise move it along with the scene."""
        widget.setParent(self.viewport())
        widget.move(x, y)
        self._overlays.append((widget, x, y))
        return widget

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        for widget, x, y in self._overlays:
            widget.move(x, y)

    # -- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        """The current scale (1 = scene units are pixels)."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (factor > 1) or out, within limits."""
        new = min(self.MAX_ZOOM, max(self.MIN_ZOOM, self.zoom() * factor))
        self._fitted = False
        if new != self.zoom():
            self.setTransform(QTransform.fromScale(new, new))

    def fit_rect(self):
        """What 'fit all' shows: every item (subclasses may show less)."""
        return self.scene().itemsBoundingRect()

    def fit_all(self) -> None:
        """Show everything (not blown up beyond readable size)."""
        bounds = self.fit_rect()
        self._fitted = True
        if bounds.isNull():
            self.setTransform(QTransform())
            return
        m = self.FIT_MARGIN
        self.fitInView(bounds.adjusted(-m, -m, m, m), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > self.FIT_MAX_ZOOM:
            self.setTransform(QTransform.fromScale(self.FIT_MAX_ZOOM, self.FIT_MAX_ZOOM))
            self.centerOn(bounds.center())
        elif self.zoom() < self.MIN_ZOOM:
            self.setTransform(QTransform.fromScale(self.MIN_ZOOM, self.MIN_ZOOM))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit_all()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(self.ZOOM_STEP ** steps)
            event.accept()
        else:
            super().wheelEvent(event)

    # -- keys ----------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """A subclass's own keys (F2, Delete, …); True when handled."""
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if self.handle_key(event):
            event.accept()
        elif text in ("+", "="):
            self.zoom_by(self.ZOOM_STEP)
        elif text in ("-", "_"):
            self.zoom_by(1 / self.ZOOM_STEP)
        elif text == "0" or key == Qt.Key.Key_Home:
            self.fit_all()
        elif key == Qt.Key.Key_Escape:
            self.scene().clearSelection()
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().keyReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and (event.text() in ("+", "=", "-", "_", "0")
                     or event.key() in self.OWN_KEYS)):
            event.accept()  # the view's own keys win over window shortcuts
            return True
        return super().event(event)

    # -- dragging and panning ------------------------------------------------------------

    def items_moved(self, items: list[QGraphicsItem], pos: QPointF) -> None:
        """Items were dragged and dropped at ``pos`` (scene): save where they are."""

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self._space:
            self._press = {item: item.scenePos() for item in self.scene().selectedItems()
                           if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable}

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - int(delta.x()))
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            event.accept()
            return
        super().mouseReleaseEvent(event)
        pressed, self._press = self._press, {}
        if event.button() != Qt.MouseButton.LeftButton or not pressed:
            return
        moved = [item for item, start in pressed.items()  # more than a jiggle on screen
                 if (self.mapFromScene(item.scenePos())
                     - self.mapFromScene(start)).manhattanLength() > 4]
        if moved:
            self.items_moved(moved, self.mapToScene(event.position().toPoint()))
            return
        for item, start in pressed.items():  # a jiggle, not a move: back where the file says
            parent = item.parentItem()
            item.setPos(parent.mapFromScene(start) if parent is not None else start)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.paints += 1
