"""A graphics view the facilitator can zoom, pan and fit, with items to drag: the base of the
board, the stakeholder network, the power/interest grid and the timeline.

Zoom with Ctrl+wheel or + and −, fit everything with 0 (or Home), pan with the scroll bars, the
wheel, the middle mouse button or Space+drag; a rubber band on empty space selects. When items
were dragged, ``items_moved(items, scene_pos)`` is called once, on release; a jiggle of a few
pixels puts the items back instead, so what is shown stays what the file says.

The keyboard reaches everything: Tab comes to the view (it draws a focus frame then), the keys
above zoom and fit, the Menu key or Shift+F10 opens the menu of the selection, and each view
lists its own keys in ``key_help`` (the shortcut sheet shows them). Keys with Ctrl or Alt are
left to the window (Ctrl++ is the font scale, not the zoom).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QKeyEvent, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from .palette import FOCUS


class ZoomView(QGraphicsView):
    """See the module's description."""

    MIN_ZOOM, MAX_ZOOM, FIT_MAX_ZOOM = 0.02, 4.0, 1.6
    ZOOM_STEP = 1.25
    FIT_MARGIN = 30.0
    #: keys this view handles itself, before window shortcuts see them
    OWN_KEYS: tuple[int, ...] = ()
    #: the focus frame's width (pixels) and colour (palette.FOCUS)
    FOCUS_WIDTH, FOCUS_COLOUR = 3, FOCUS

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

    #: the type size (points) of the canvas's main texts at scale 1
    TEXT_PT = 12.0

    def least_scale_for(self, pt: float) -> float:
        """The least scale at which the main texts are ``pt`` points on screen (the
        audience's view keeps to it: 24 pt at the back of the hall)."""
        return pt / self.TEXT_PT

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
        if self.hasFocus():  # scrolling moved the focus frame's pixels along: paint it again
            self._update_frame(abs(dx), abs(dy))

    def _update_frame(self, dx: int = 0, dy: int = 0) -> None:
        """Repaint the edges where the focus frame is (and where scrolling moved it to)."""
        from PySide6.QtCore import QRect

        r = self.viewport().rect()
        w = self.FOCUS_WIDTH + 1
        for strip in (QRect(0, 0, r.width(), w + dy), QRect(0, r.height() - w - dy, r.width(),
                                                            w + dy),
                      QRect(0, 0, w + dx, r.height()), QRect(r.width() - w - dx, 0, w + dx,
                                                             r.height())):
            self.viewport().update(strip)

    # -- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        """The current scale (1 = scene units are pixels)."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (factor > 1) or out, within limits."""
        new = min(self.MAX_ZOOM, max(self.MIN_ZOOM, self.zoom() * factor))
        self._fitted = False
        self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # the rest is a scroll away
        if new != self.zoom():
            self.setTransform(QTransform.fromScale(new, new))

    def fit_rect(self):
        """What 'fit all' shows: every item (subclasses may show less)."""
        return self.scene().itemsBoundingRect()

    def fit_min_zoom(self) -> float:
        """The least scale 'fit all' goes to (the board keeps its cards readable: what does
        not fit then is a scroll away)."""
        return self.MIN_ZOOM

    def fit_all(self) -> None:
        """Show everything (not blown up beyond readable size, nor shrunk below it).

        The scale follows from the room the view has without its scroll bars: when it followed
        the viewport, a scroll bar that appeared made the fit smaller, the smaller fit took the
        bar away again, and so on, a thousand times a second. When everything fits, the scroll
        bars stay away; when it does not (a big board at its least readable scale), they are
        there and the view shows the board's top left corner, where reading starts.
        """
        bounds = self.fit_rect()
        self._fitted = True
        if bounds.isNull():
            self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setTransform(QTransform())
            return
        m = self.FIT_MARGIN
        target = bounds.adjusted(-m, -m, m, m)
        room = self.maximumViewportSize()
        zoom = min(room.width() / target.width(), room.height() / target.height(),
                   self.FIT_MAX_ZOOM)
        least = max(self.MIN_ZOOM, self.fit_min_zoom())
        if zoom >= least:
            self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setTransform(QTransform.fromScale(zoom, zoom))
            self.centerOn(target.center())
            return
        self._set_scroll_bars(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setTransform(QTransform.fromScale(least, least))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        corner = self.mapFromScene(target.topLeft())
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + corner.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + corner.y())

    def _set_scroll_bars(self, policy: Qt.ScrollBarPolicy) -> None:
        """Both scroll bars on this policy (set only when it changes: setting lays out)."""
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)

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

    @classmethod
    def key_help(cls) -> list[tuple[tuple, str]]:
        """The keys this kind of view knows and what they do, for the shortcut sheet:
        ``(keys, text)``, each key a ``Qt.Key``, a key sequence ("Shift+F10") or a text with
        a space in it ("Ctrl + mouse wheel"). Subclasses add theirs."""
        from PySide6.QtCore import QCoreApplication

        return [
            (("+", "-"), QCoreApplication.translate("ZoomView", "Zoom in, zoom out")),
            ((QCoreApplication.translate("ZoomView", "Ctrl + mouse wheel"),),
             QCoreApplication.translate("ZoomView", "Zoom where the mouse is")),
            (("0", Qt.Key.Key_Home), QCoreApplication.translate("ZoomView", "Show everything")),
            ((Qt.Key.Key_Space,),
             QCoreApplication.translate("ZoomView", "Hold and drag to move the view")),
            ((Qt.Key.Key_Escape,), QCoreApplication.translate("ZoomView", "Clear the selection")),
            ((Qt.Key.Key_Menu, "Shift+F10"),
             QCoreApplication.translate("ZoomView", "Menu of the selection")),
        ]

    def _own(self, event: QKeyEvent) -> bool:
        """Whether a key is the view's (no Ctrl, Alt or Meta: those are the window's)."""
        window_keys = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                       | Qt.KeyboardModifier.MetaModifier)
        return not event.modifiers() & window_keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and event.modifiers()
                                      & Qt.KeyboardModifier.ShiftModifier):
            self.open_menu_from_keyboard()
            event.accept()
        elif not self._own(event):
            super().keyPressEvent(event)
        elif self.handle_key(event):
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
                and self._own(event)
                and (event.text() in ("+", "=", "-", "_", "0")
                     or event.key() in self.OWN_KEYS)):
            event.accept()  # the view's own keys win over window shortcuts
            return True
        if (event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent)
                and event.reason() == QContextMenuEvent.Reason.Keyboard):
            self.open_menu_from_keyboard()
            return True
        return super().event(event)

    def open_menu_from_keyboard(self) -> None:
        """The menu of the selection (or of the empty view), opened at the selection."""
        selected = self.scene().selectedItems()
        if selected:
            pos = self.mapFromScene(selected[0].sceneBoundingRect().center())
            if not self.viewport().rect().contains(pos):
                self.ensureVisible(selected[0], 40, 40)
                pos = self.mapFromScene(selected[0].sceneBoundingRect().center())
        else:
            pos = self.viewport().rect().center()
        self.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos,
                                                self.viewport().mapToGlobal(QPoint(pos))))

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
        if self.hasFocus():  # a focus frame inside the edge, over everything
            painter = QPainter(self.viewport())
            width = self.FOCUS_WIDTH
            painter.setPen(QPen(QColor(self.FOCUS_COLOUR), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.viewport().rect().adjusted(width // 2, width // 2,
                                                             -(width + 1) // 2,
                                                             -(width + 1) // 2))
            painter.end()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._update_frame()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._update_frame()
