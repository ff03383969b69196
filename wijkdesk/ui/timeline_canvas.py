"""The timeline as a scene: two lanes, the denk-spoor above the doe-spoor, over the phases.

Time runs left to right. Zooming (Ctrl+wheel, + and −) stretches time only, from weeks to
decades; lanes keep their height, so texts stay readable. The scene counts days across and
pixels down, and a zoom step only changes the view's transform: steps paint their marks and
labels in pixels. Rows are packed so that every label has room at the zoom they were packed
for and at every zoom further in; zooming out past it, or far in, packs them anew.

Phases are background bands, the current one stronger; a red line marks today. A step with
an end is a bar, one without a point (a diamond; the *stip op de horizon* a large dot).
Dependencies are arrows from the end of one step to the start of the next. What clashes has a
red outline.

Drag a step to move it, drag its right end to make it longer or shorter; both snap to days,
weeks or months by zoom and are saved as one undoable step. Double-click or Enter edits;
arrow keys go from step to step (left/right in time, up/down between lanes).
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsView,
    QLabel,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from . import palette, theme
from .zoom_view import ZoomView

ROW_H = 46.0
BAR_H = 34.0
LANE_PAD = 14.0
AXIS_H = 56.0
PHASE_H = 30.0
MIN_ROWS = 2
LABEL_MAX = 440.0  # a label beside a step is cut at this width (a title of ~55 letters is whole)
FIT_LABEL_ROOM = 260.0  # fit-all leaves this much room for the last step's label
MIN_PX_PER_DAY, MAX_PX_PER_DAY = 1920 / (40 * 365.25), 1920 / 14  # decades .. two weeks
# Colours (each text and mark at 7:1 or more on what it sits on: tests/test_contrast.py)
TEXT = QColor(palette.TEXT)
SELECTED = QColor(palette.SELECTED)
CLASH = QColor("#a31515")  # a clash's outline and arrow, and today's line and name
STATUS_COLOURS = {"gepland": "#90caf9", "bezig": "#64b5f6", "klaar": "#81c784",
                  "uitgesteld": "#ffb74d"}
#: the status told in words' stead beside the colour (gepland has none; uitgesteld: ↻n)
STATUS_MARKS = {"klaar": "✓ ", "bezig": "▶ "}
PHASE_COLOURS = ("#eef4fb", "#f3f8ee", "#fdf6ea", "#f6effa", "#eefaf7", "#fbefef")
PHASE_OPACITY, PHASE_OPACITY_NOW = 0.6, 0.9  # a phase band over the lanes
PHASE_TEXT, PHASE_TEXT_NOW = "#37474f", "#0d47a1"
PHASE_EDGE, PHASE_EDGE_NOW = "#cfd8dc", "#0d47a1"
BACKGROUND = palette.WHITE  # above the lanes: the axis, the phases' names, today's name
LANE_COLOURS = {"denk": "#f5f8fc", "doe": "#fbfaf5"}
LANE_EDGE = "#b0bec5"
LANE_LABEL_TEXT, LANE_LABEL_BG = "#263238", (255, 255, 255, 235)
STEP_EDGE = "#37474f"  # the outline of a bar or a point
EVENING_COLOUR = "#e0e0e0"
STIP_COLOUR = "#0d47a1"  # the stip op de horizon
ARROW_COLOUR = "#37474f"  # a dependency
AXIS_TICK = "#78909c"  # the years and months are written beside their ticks
#: the design's type sizes of the labels (points, before the font scale)
LABEL_PT, LABEL_BOLD_PT = 12.0, 14.0


def parse_date(text: str | None) -> dt.date | None:
    """An ISO date, or None."""
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def add_months(date: dt.date, months: int) -> dt.date:
    """The same day so many months later (or earlier), or the month's last day."""
    year, month = divmod(date.month - 1 + months, 12)
    year += date.year
    month += 1
    for day in (date.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(date.day, day))
        except ValueError:
            continue
    return dt.date(year, month, 28)


def level_of(px_per_day: float) -> float:
    """The zoom to pack rows for: a power of two times the least zoom, at most this one."""
    return MIN_PX_PER_DAY * 2 ** math.floor(math.log2(px_per_day / MIN_PX_PER_DAY) + 1e-9)


def snap_days(px_per_day: float) -> int:
    """What a drag snaps to at this zoom: a day, a week or a month (in days)."""
    if px_per_day >= 12:
        return 1
    if px_per_day >= 1.5:
        return 7
    return 30


class StepItem(QGraphicsItem):
    """A timeline step: a bar from start to end, or a point (diamond, or the stip's dot).

    It lives in scene units of days (x) and pixels (y). It paints in pixels, with the zoom
    taken from the painter, so that marks and labels keep their size while time stretches.
    """

    HANDLE = 10.0  # pixels at the right end of a bar that resize it

    def __init__(self, canvas: TimelineCanvas, rec, lane: str, row: int, evening: bool = False):
        super().__init__()
        self.canvas = canvas
        self.item_id = rec.id
        self.title = rec.title
        self.step_kind = rec.kind  # not ``type``: that is QGraphicsItem's own method
        self.status = getattr(rec, "status", "gepland")
        self.start = parse_date(rec.start)
        self.end = parse_date(getattr(rec, "end", None))
        self.lane = lane
        self.row = row
        self.evening = evening  # a bijeenkomst: shown on the doe-spoor by itself, not moved
        self._clash = False
        self.postponed = int(getattr(rec, "postponed", 0) or 0)
        #: length of the bar in days (0 for a point); a drag on the right end changes it
        self.days = 0.0 if self.is_point or self.start is None else float(
            (self.end - self.start).days + 1)
        self._bound = QRectF()
        self._level = float("inf")  # the zoom the bound was made for
        self.x0, self.order = 0.0, 0  # scene x of the start, place in time (set by the canvas)
        self._natural = canvas.natural_width(self._label(), bold=self.step_kind == "stip")
        self._elided: dict[float, object] = {}
        flags = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        if not evening:
            flags |= QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        self.setFlags(flags | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(not evening)
        self.setZValue(2)
        tip = f"{rec.title}\n{rec.start or ''}" + (f" – {self.end.isoformat()}" if self.end else "")
        self.setToolTip(tip)
        self.resizing = False

    @property
    def clash(self) -> bool:
        """Whether the step is part of a clash (drawn red, its label marked ⚠)."""
        return self._clash

    @clash.setter
    def clash(self, on: bool) -> None:
        self._clash = on
        self._natural = self.canvas.natural_width(self._label(), bold=self.step_kind == "stip")
        self._elided = {}

    @property
    def is_point(self) -> bool:
        """Drawn as a point: no end, or a kind that happens on one day."""
        return self.end is None or self.step_kind in ("mijlpaal", "stip", "besluit")

    def _half(self) -> float:
        """Half the width of a point's mark, in pixels."""
        return (BAR_H + 8) / 2 if self.step_kind == "stip" else BAR_H / 2

    def span(self, px_per_day: float) -> tuple[float, float]:
        """From where to where (days, from the start) the step and its label take room at
        this zoom. The room in days only shrinks as the zoom grows."""
        label = min(LABEL_MAX, self._natural)
        if self.is_point:
            half = self._half()
            return -half / px_per_day, (half + 8 + label) / px_per_day
        width = max(6.0, self.days * px_per_day)
        return 0.0, (width + (label if width < label else 0.0)) / px_per_day

    def extent(self) -> tuple[float, float]:
        """Scene x from where to where the step and its label take room now."""
        x0 = self.canvas.x_of(self.start)
        left, right = self.span(self.canvas.px_per_day)
        return x0 + left, x0 + right

    def set_level(self, px_per_day: float, force: bool = False) -> None:
        """Bound what is painted at every zoom from this one inward (rows are packed for it).
        A bound made for a lesser zoom still holds: it is only made anew when the zoom is
        less, or so much more that the bound would be far too wide."""
        if not force and self._level <= px_per_day < 4 * self._level:
            return
        self._level = px_per_day
        left, right = self.span(px_per_day)
        pad = 4 / px_per_day
        bound = QRectF(left - pad, -4, right - left + 2 * pad, BAR_H + 8)
        if bound != self._bound:
            self.prepareGeometryChange()
            self._bound = bound

    def boundingRect(self) -> QRectF:
        return self._bound

    def shape(self) -> QPainterPath:
        """A bar; a point with its label (click either to pick the step)."""
        ppd = self.canvas.px_per_day
        path = QPainterPath()
        if self.is_point:
            left, right = self.span(ppd)
            path.addRect(QRectF(left, 0, right - left, BAR_H))
        else:
            path.addRect(QRectF(0, 0, max(6.0 / ppd, self.days), BAR_H))
        return path

    def _fitted(self, width: float, bold: bool = False):
        """The label cut to a width, laid out once (QStaticText: painting asks every frame)."""
        text = self._elided.get(width)
        if text is None:
            from PySide6.QtGui import QStaticText

            text = QStaticText(self.canvas.elided(self._label(), width, bold))
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(QTransform(), self.canvas.font_bold if bold else self.canvas.font)
            self._elided[width] = text
        return text

    def _draw_label(self, painter: QPainter, x: float, width: float, bold: bool) -> None:
        text = self._fitted(width, bold)
        painter.drawStaticText(QPointF(x, (BAR_H - text.size().height()) / 2), text)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        # In pixels from here: time is stretched by the view, marks and texts are not.
        world = painter.worldTransform()
        k = world.m22()  # 1 here; larger on the audience's screen, where texts grow too
        ppd = world.m11() / k
        painter.setWorldTransform(QTransform(k, 0, 0, k, world.dx(), world.dy()))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pens, brushes = _paint_tools()
        painter.setPen(pens["selected" if selected else "clash" if self._clash
                            else "evening" if self.evening else "plain"])
        painter.setBrush(brushes["evening" if self.evening else self.status])
        stip = self.step_kind == "stip"
        label = min(LABEL_MAX, self._natural)
        if self.is_point:
            r = (BAR_H + 8) / 2 if stip else BAR_H / 2 - 2
            if stip:
                painter.setBrush(brushes["stip"])
                painter.drawEllipse(QPointF(0, BAR_H / 2), r, r)
            else:
                painter.drawPolygon(_DIAMOND)
            painter.setPen(pens["text"])
            self._draw_label(painter, r + 6, self._half() + 8 + label - r - 10, stip)
            return
        width = max(6.0, self.days * ppd)
        painter.drawRect(QRectF(0, 0, width, BAR_H))  # square corners: rounded costs 3x
        painter.setPen(pens["text"])
        if width < label:
            self._draw_label(painter, width + 6, label - 10, False)
        else:
            self._draw_label(painter, 8, self._natural, False)  # it fits: no need to cut

    def _label(self) -> str:
        """The title, with the status also told by a mark (not by the bar's colour alone):
        ✓ done, ▶ in progress, ↻n postponed n times; ⚠ in front when it clashes."""
        text = self.title
        if not self.evening:
            text = STATUS_MARKS.get(self.status, "") + text
        if self.postponed:
            text += f"  ↻{self.postponed}"
        if self.clash:
            text = "⚠ " + text
        return text

    # -- resizing by the right end ---------------------------------------------------------

    def _on_handle(self, pos: QPointF) -> bool:
        ppd = self.canvas.px_per_day
        return not self.is_point and pos.x() >= max(6.0 / ppd, self.days) - self.HANDLE / ppd

    def hoverMoveEvent(self, event) -> None:
        self.setCursor(Qt.CursorShape.SizeHorCursor if self._on_handle(event.pos())
                       else Qt.CursorShape.OpenHandCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event) -> None:
        self.resizing = event.button() == Qt.MouseButton.LeftButton and self._on_handle(
            event.pos())
        self._press_days = self.days
        self._press_x = event.scenePos().x()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self.resizing:
            ppd = self.canvas.px_per_day
            self.days = max(6.0 / ppd, self._press_days + event.scenePos().x() - self._press_x)
            self.set_level(self.canvas.level, force=True)
            self.update()
            return
        super().mouseMoveEvent(event)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.scene():
            return QPointF(value.x(), self.pos().y())  # time only: the lane stays
        return super().itemChange(change, value)

    def dates_now(self) -> tuple[dt.date, dt.date | None]:
        """Start and end where the step is now on screen, snapped to the zoom's unit."""
        unit = snap_days(self.canvas.px_per_day)
        moved = self.scenePos().x() - self.canvas.x_of(self.start)  # days
        if unit == 30:  # calendar months
            start = add_months(self.start, round(moved / 30.44))
        else:
            start = self.start + dt.timedelta(days=round(moved / unit) * unit)
        if self.end is None or self.start is None:
            return start, None
        if self.resizing:
            days = round(self.days / unit) * unit
            return self.start, self.start + dt.timedelta(days=max(0, days - 1))
        return start, start + (self.end - self.start)


_DIAMOND = None
_TOOLS: tuple[dict, dict] | None = None


def _paint_tools() -> tuple[dict, dict]:
    """Pens and brushes made once (a step is painted every frame)."""
    global _TOOLS, _DIAMOND  # noqa: PLW0603 - made on first paint, when Qt is up
    if _TOOLS is None:
        from PySide6.QtGui import QPolygonF

        dashed = QPen(QColor(STEP_EDGE), 1.5)
        dashed.setStyle(Qt.PenStyle.DashLine)
        pens = {"plain": QPen(QColor(STEP_EDGE), 1.5), "evening": dashed,
                "selected": QPen(SELECTED, 4), "clash": QPen(CLASH, 4), "text": QPen(TEXT)}
        brushes = {k: QBrush(QColor(v)) for k, v in STATUS_COLOURS.items()}
        brushes.update(evening=QBrush(QColor(EVENING_COLOUR)), stip=QBrush(QColor(STIP_COLOUR)))
        _TOOLS = (pens, brushes)
        r = BAR_H / 2 - 2
        _DIAMOND = QPolygonF([QPointF(0, BAR_H / 2 - r), QPointF(r, BAR_H / 2),
                              QPointF(0, BAR_H / 2 + r), QPointF(-r, BAR_H / 2)])
    return _TOOLS


class Arrow(QGraphicsItem):
    """A dependency: from the end of the step before to the start of the step after. Its
    ends are in the scene (days); the curve and the head are drawn in pixels."""

    def __init__(self, dependency_id: str, before: StepItem, after: StepItem, clash: bool):
        super().__init__()
        self.dependency_id = dependency_id
        self.before, self.after = before, after
        self.clash = clash
        self._bound = QRectF()
        self.setZValue(1)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def ends(self) -> tuple[QPointF, QPointF]:
        """Scene points: the end of the step before, the start of the step after."""
        before, after = self.before, self.after
        a = before.scenePos() + QPointF(0 if before.is_point else before.days, BAR_H / 2)
        return a, after.scenePos() + QPointF(0, BAR_H / 2)

    def adjust(self, px_per_day: float | None = None) -> None:
        """Bound the curve for every zoom from this one inward."""
        ppd = px_per_day or self.before.canvas.level
        a, b = self.ends()
        pad = 60 / ppd
        bound = QRectF(a, b).normalized().adjusted(-pad, -14, pad, 14)
        if bound != self._bound:
            self.prepareGeometryChange()
            self._bound = bound

    def boundingRect(self) -> QRectF:
        return self._bound

    def _path(self, world: QTransform) -> tuple[QPainterPath, QPointF]:
        a, b = (world.map(p) for p in self.ends())
        if self.after.is_point:
            b -= QPointF(BAR_H / 2, 0)
        path = QPainterPath(a)
        ahead = b.x() > a.x() + 40
        mid = (a.x() + b.x()) / 2 if ahead else a.x() + 20
        path.cubicTo(QPointF(mid, a.y()), QPointF(mid if ahead else b.x() - 20, b.y()), b)
        return path, b

    def shape(self) -> QPainterPath:
        scene = self.scene()
        views = scene.views() if scene is not None else []
        if not views:
            return QPainterPath()
        world = views[0].transform()
        path, _ = self._path(world)
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return world.inverted()[0].map(stroker.createStroke(path))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        world = painter.worldTransform()
        painter.resetTransform()
        path, tip = self._path(world)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = SELECTED if selected else CLASH if self.clash else QColor(ARROW_COLOUR)
        painter.setPen(QPen(colour, 3 if self.clash or selected else 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        near = path.pointAtPercent(0.95)
        angle = math.atan2(tip.y() - near.y(), tip.x() - near.x())
        size = 11
        painter.setBrush(QBrush(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        from PySide6.QtGui import QPolygonF

        painter.drawPolygon(QPolygonF([
            tip, QPointF(tip.x() - size * math.cos(angle - 0.45),
                         tip.y() - size * math.sin(angle - 0.45)),
            QPointF(tip.x() - size * math.cos(angle + 0.45),
                    tip.y() - size * math.sin(angle + 0.45))]))


class TimelineCanvas(ZoomView):
    """See the module's description."""

    def least_scale_for(self, pt: float) -> float:
        """Labels grow with the view's vertical scale only (time stretches on its own)."""
        return pt / theme.scaled_pt(LABEL_PT)

    OWN_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up,
                Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_T)
    #: a step was activated (double-click, Enter): its id
    activated = Signal(str)

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("Timeline with the denk-spoor and the doe-spoor"))
        self.setBackgroundBrush(QColor(BACKGROUND))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        # Every zoom step moves every step: keeping a BSP index up to date costs more than
        # it saves (Qt's advice for scenes whose items all move).
        self.scene().setItemIndexMethod(self.scene().ItemIndexMethod.NoIndex)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._make_fonts()
        theme.changed().connect(self._font_scale_changed)
        self.px_per_day = 1920 / (6 * 365.25)
        self.origin = dt.date(2020, 1, 1)
        self.steps: dict[str, StepItem] = {}
        self.arrows: list[Arrow] = []
        self.rows = {"denk": MIN_ROWS, "doe": MIN_ROWS}
        self.setTransform(QTransform.fromScale(self.px_per_day, 1.0))
        self.level = self.px_per_day  # the zoom the rows are packed for (<= px_per_day)
        self._bands: list[tuple] = []
        self._lanes: dict[str, list[StepItem]] = {"denk": [], "doe": []}
        self._texts: dict[tuple[str, bool], object] = {}
        self.today = dt.date.today()
        self._right = 0.0
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.lane_labels = {}
        for lane, text in (("denk", self.tr("Denk-spoor")), ("doe", self.tr("Doe-spoor"))):
            label = QLabel(text)
            label.setObjectName("laneLabel")
            label.setStyleSheet(f"QLabel#laneLabel {{ background: {palette.css(LANE_LABEL_BG)}; "
                                f"color: {LANE_LABEL_TEXT}; "
                                "font-weight: bold; font-size: 14pt; "
                                "padding: 2px 8px; border: 1px solid #90a4ae; }")
            self.lane_labels[lane] = self.add_overlay(label, 6, 0)

    def _make_fonts(self) -> None:
        """The labels' fonts at the font scale, but never taller than a bar."""
        self.font = theme.scaled_font(LABEL_PT)
        self.font_bold = theme.scaled_font(LABEL_BOLD_PT, bold=True)
        for font in (self.font, self.font_bold):
            while QFontMetricsF(font).height() > BAR_H - 4 and font.pointSizeF() > 8:
                font.setPointSizeF(font.pointSizeF() * 0.95)
        self._fm = QFontMetricsF(self.font)
        self._fm_bold = QFontMetricsF(self.font_bold)

    def _font_scale_changed(self) -> None:
        """Labels at the new size: laid out and packed anew."""
        before = (self.font, self.font_bold)
        self._make_fonts()
        if (self.font, self.font_bold) != before:
            self._texts.clear()
            self.refresh()

    @classmethod
    def key_help(cls) -> list[tuple[tuple, str]]:
        from PySide6.QtCore import QCoreApplication

        return [*super().key_help(),
                ((Qt.Key.Key_Left, Qt.Key.Key_Right),
                 QCoreApplication.translate("TimelineCanvas", "The step before or after")),
                ((Qt.Key.Key_Up, Qt.Key.Key_Down), QCoreApplication.translate(
                    "TimelineCanvas", "The nearest step on the denk-spoor or the doe-spoor")),
                ((Qt.Key.Key_Return, Qt.Key.Key_Enter),
                 QCoreApplication.translate("TimelineCanvas", "Edit the selected step")),
                ((Qt.Key.Key_T,), QCoreApplication.translate("TimelineCanvas", "Go to today")),
                ((Qt.Key.Key_Delete,),
                 QCoreApplication.translate("TimelineCanvas", "Delete the selected step"))]

    # -- geometry ------------------------------------------------------------------------

    def x_of(self, date: dt.date | None) -> float:
        """The scene x of a date: days since the origin (the view stretches them)."""
        if date is None:
            return 0.0
        return float((date - self.origin).days)

    def date_of(self, x: float, unit: int = 1) -> dt.date:
        """The date at a scene x, rounded to whole units of days."""
        days = round(x / unit) * unit
        return self.origin + dt.timedelta(days=days)

    def lane_top(self, lane: str) -> float:
        top = AXIS_H + PHASE_H
        if lane == "doe":
            top += self.rows["denk"] * ROW_H + 2 * LANE_PAD
        return top

    def row_top(self, lane: str, row: int) -> float:
        return self.lane_top(lane) + LANE_PAD + row * ROW_H

    def natural_width(self, text: str, bold: bool = False) -> float:
        """The room a label would take uncut."""
        return (self._fm_bold if bold else self._fm).horizontalAdvance(text) + 30

    def label_width(self, text: str, bold: bool = False) -> float:
        """Room for a label beside a step (long titles are cut short; the tooltip and the
        panel beside the timeline have them whole)."""
        return min(LABEL_MAX, (self._fm_bold if bold else self._fm).horizontalAdvance(text) + 30)

    def elided(self, text: str, width: float, bold: bool = False) -> str:
        """A label cut to fit a width."""
        return (self._fm_bold if bold else self._fm).elidedText(
            text, Qt.TextElideMode.ElideRight, max(0.0, width))

    def height_needed(self) -> float:
        return self.lane_top("doe") + self.rows["doe"] * ROW_H + 2 * LANE_PAD

    # -- drawing -------------------------------------------------------------------------

    def refresh(self, *, fit: bool = False) -> None:
        """Draw everything anew from the model (keeping the selection)."""
        from ..model.timeline import clashes, evening_items

        project = self.host.project
        keep = set(self.selected_ids())
        self.scene().clear()
        self.steps.clear()
        self.arrows.clear()
        self._lanes = {"denk": [], "doe": []}
        self._bands = []
        if project is None:
            return
        items = project.all("timeline_item")
        evenings = evening_items(project)
        found = clashes(project, self.today.isoformat())
        clashing = {i for c in found for i in c.item_ids}
        dates = [d for rec in items for d in (parse_date(rec.start), parse_date(rec.end)) if d]
        dates += [d for e in evenings if (d := parse_date(e.date))]
        first = min(dates, default=self.today)
        self.origin = dt.date(first.year - 1, 1, 1)
        for rec in sorted(items, key=lambda r: (r.start or "9999", r.title)):
            if parse_date(rec.start) is None:
                continue  # no date yet: listed beside the timeline, not drawn on it
            lane = rec.track if rec.track in ("denk", "doe") else "doe"
            step = StepItem(self, rec, lane, 0, False)
            step.clash = rec.id in clashing
            self.steps[rec.id] = step
        for e in evenings:
            if parse_date(e.date) is not None:
                self.steps[e.id] = StepItem(self, _Evening(e), "doe", 0, True)
        self._lanes = {"denk": [], "doe": []}
        for order, step in enumerate(sorted(self.steps.values(),
                                            key=lambda s: (s.start, s.title))):
            step.x0, step.order = self.x_of(step.start), order
            step.setPos(step.x0, -1)
            self._lanes[step.lane].append(step)
            self.scene().addItem(step)
            step.setSelected(step.item_id in keep)
        clash_deps = {c.item_ids for c in found if c.kind in ("dependency", "decision")}
        for dep in project.all("dependency"):
            before, after = self.steps.get(dep.before_id), self.steps.get(dep.after_id)
            if before is not None and after is not None:
                arrow = Arrow(dep.id, before, after,
                              (dep.before_id, dep.after_id) in clash_deps
                              or (dep.after_id, dep.before_id) in clash_deps)
                self.scene().addItem(arrow)
                self.arrows.append(arrow)
        self._read_phases(project)
        self._pack(self.level)
        self._fit_scene()
        if fit:
            self.fit_all()

    def _pack(self, level: float) -> None:
        """Place every step in the first row of its lane where it and its label fit at this
        zoom, and so at every zoom further in (labels keep their size in pixels).

        Steps are taken in order of where their room begins; a row whose last step ended
        before that stays free for every later step, so a heap of free rows gives the first
        row that fits without looking at each."""
        from heapq import heappop, heappush

        self.level = level
        self._right = float("-inf")  # where the last label ends (scene x)
        gap = 8 / level
        for lane in ("denk", "doe"):
            placed = []
            for step in self._lanes[lane]:
                left, right = step.span(level)
                placed.append((step.x0 + left, step.order, step.x0 + right, step))
            placed.sort(key=lambda p: p[:2])
            free: list[int] = []
            busy: list[tuple[float, int]] = []
            rows = 0
            top = self.lane_top(lane) + LANE_PAD + (ROW_H - BAR_H) / 2
            for begin, _, end, step in placed:
                while busy and busy[0][0] + gap < begin:
                    heappush(free, heappop(busy)[1])
                if free:
                    row = heappop(free)
                else:
                    row, rows = rows, rows + 1
                heappush(busy, (end, row))
                if end > self._right:
                    self._right = end
                step.row = row
                step.set_level(level)
                y = top + row * ROW_H
                if step.y() != y:
                    step.setPos(step.x0, y)
            self.rows[lane] = max(MIN_ROWS, rows)
        for arrow in self.arrows:
            arrow.adjust(level)

    def _read_phases(self, project) -> None:
        """The phase bands to draw: (number, first day, day after the last, name, now)."""
        from ..model.templates import tags
        from ..model.timeline import current_phase

        names = tags().phases
        current = current_phase(project, self.today.isoformat())
        self._bands = []
        for span in project.all("phase_span", order="number"):
            start, end = parse_date(span.start), parse_date(span.end)
            if start is None or end is None:
                continue
            text = f"{span.number}. {names.get(span.number, '')}"
            if span.number == current:
                text += "  " + self.tr("(now)")
            self._bands.append((span.number, self.x_of(start),
                                self.x_of(end + dt.timedelta(days=1)), text,
                                span.number == current))

    def _fit_scene(self) -> None:
        """The scene: from a year before the first step to past the last label, and at
        least a screen wide at this zoom (so a label never runs out of room)."""
        ppd = self.px_per_day
        left = self.x_of(self.origin) - 200 / ppd
        right = self.x_of(dt.date(max(self.origin.year + 12, self._last_year() + 2), 1, 1))
        right = max(right, self._right + 40 / self.level,
                    left + (self.viewport().width() + 400) / ppd)
        rect = QRectF(left, 0, right - left, self.height_needed() + 10)
        if rect != self.sceneRect():
            self.setSceneRect(rect)
        self._place_lane_labels()

    def _place_lane_labels(self) -> None:
        """The lane names stay at the left edge of the view, at their lane."""
        for lane, label in self.lane_labels.items():
            label.adjustSize()
            y = int(self.mapFromScene(QPointF(self.sceneRect().left(),
                                              self.lane_top(lane) + 2)).y())
            self._overlays = [(w, x, y if w is label else oy) for w, x, oy in self._overlays]
            label.move(6, y)

    def _last_year(self) -> int:
        years = [s.end.year if s.end else s.start.year for s in self.steps.values() if s.start]
        return max(years, default=self.today.year)

    def _static(self, text: str, bold: bool = False):
        """A text laid out once (the axis and phase names are drawn at every paint)."""
        key = (text, bold)
        found = self._texts.get(key)
        if found is None:
            from PySide6.QtGui import QStaticText

            found = QStaticText(text)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.prepare(QTransform(), self.font_bold if bold else self.font)
            if len(self._texts) > 400:
                self._texts.clear()
            self._texts[key] = found
        return found

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """Lanes, phase bands and the time axis, drawn in pixels for the part in view."""
        super().drawBackground(painter, rect)
        world = painter.worldTransform()
        k = world.m22()  # drawn in pixels times k (1 here; more on the audience's screen)
        ppd, dx, dy = world.m11() / k, world.dx() / k, world.dy() / k
        painter.save()
        painter.setTransform(QTransform.fromScale(k, k))
        seen = world.mapRect(rect)
        left, right = seen.left() / k - 2, seen.right() / k + 2
        height = self.height_needed()
        painter.setPen(QPen(QColor(LANE_EDGE), 1))
        for lane, colour in LANE_COLOURS.items():
            painter.setBrush(QBrush(QColor(colour)))
            painter.drawRect(QRectF(left, self.lane_top(lane) + dy, right - left,
                                    self.rows[lane] * ROW_H + 2 * LANE_PAD))
        for number, first, after, text, now in self._bands:
            x0, x1 = first * ppd + dx, after * ppd + dx
            if x1 < left or x0 > right:
                continue
            painter.setOpacity(PHASE_OPACITY_NOW if now else PHASE_OPACITY)
            painter.setPen(QPen(QColor(PHASE_EDGE_NOW if now else PHASE_EDGE), 3 if now else 1))
            painter.setBrush(QBrush(QColor(PHASE_COLOURS[(number - 1) % 6])))
            painter.drawRect(QRectF(x0, AXIS_H + dy, x1 - x0, height - AXIS_H))
            painter.setOpacity(1.0)
            painter.setPen(QColor(PHASE_TEXT_NOW if now else PHASE_TEXT))
            fitted = QFontMetricsF(self.font_bold).elidedText(
                text, Qt.TextElideMode.ElideRight, max(0.0, x1 - x0 - 12))
            if fitted:
                painter.drawStaticText(QPointF(x0 + 6, AXIS_H + 4 + dy),
                                       self._static(fitted, True))
        self._draw_axis(painter, ppd, dx, dy, left, right)
        painter.restore()

    def _draw_axis(self, painter: QPainter, ppd: float, dx: float, dy: float,
                   left: float, right: float) -> None:
        painter.setPen(QPen(QColor(AXIS_TICK), 1))
        px_year = 365.25 * ppd
        step = 1 if px_year >= 70 else 2 if px_year >= 35 else 5
        first = self.date_of((left - dx) / ppd).year - 1
        last = self.date_of((right - dx) / ppd).year + 1
        text = TEXT
        # Today's name stands on the months' row (drawForeground): a month's name that would
        # run into it is left out, its tick stays.
        today_x = self.x_of(self.today) * ppd + dx + 4
        taken = (today_x - 8, today_x + self._static(self.tr("today")).size().width() + 8)
        for year in range(first, last + 1):
            x = self.x_of(dt.date(year, 1, 1)) * ppd + dx
            if year % step == 0:
                painter.setPen(QPen(QColor(AXIS_TICK), 1))
                painter.drawLine(QPointF(x, AXIS_H - 30 + dy), QPointF(x, AXIS_H + dy))
                painter.setPen(text)
                painter.drawStaticText(QPointF(x + 4, 4 + dy), self._static(str(year), True))
            if px_year >= 12 * 45:  # months written out when there is room
                for month in range(2, 13):
                    mx = self.x_of(dt.date(year, month, 1)) * ppd + dx
                    if mx < left - 60 or mx > right:
                        continue
                    painter.setPen(QPen(QColor(AXIS_TICK), 1))
                    painter.drawLine(QPointF(mx, AXIS_H - 12 + dy), QPointF(mx, AXIS_H + dy))
                    name = self._static(self.host.month_name(month))
                    if mx + 3 < taken[1] and mx + 3 + name.size().width() > taken[0]:
                        continue
                    painter.setPen(text)
                    painter.drawStaticText(QPointF(mx + 3, 30 + dy), name)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """Today: a red line over everything, with its name."""
        world = painter.worldTransform()
        k = world.m22()
        x, dy = (self.x_of(self.today) * world.m11() + world.dx()) / k, world.dy() / k
        painter.save()
        painter.setTransform(QTransform.fromScale(k, k))
        painter.setPen(QPen(CLASH, 2.5))
        painter.drawLine(QPointF(x, AXIS_H - 10 + dy), QPointF(x, self.height_needed() + dy))
        painter.setPen(CLASH)
        painter.drawStaticText(QPointF(x + 4, AXIS_H - 26 + dy), self._static(self.tr("today")))
        painter.restore()

    # -- zoom: time only -----------------------------------------------------------------

    def zoom(self) -> float:
        """Pixels per day."""
        return self.px_per_day

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Stretch time by a factor (weeks .. decades), keeping the anchor (or the middle)."""
        new = min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, self.px_per_day * factor))
        self._fitted = False
        if new == self.px_per_day:
            return
        view_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        x = self.mapToScene(int(view_x), 0).x()
        self.set_scale(new)
        self.horizontalScrollBar().setValue(round(x * new - view_x))

    def set_scale(self, px_per_day: float) -> None:
        """Show this many pixels per day. Only the view's transform changes, unless the
        zoom left the range the rows were packed for (then they are packed anew)."""
        self.px_per_day = px_per_day
        self.setTransform(QTransform.fromScale(px_per_day, 1.0))
        if not self.level <= px_per_day < 2.5 * self.level:
            self._pack(level_of(px_per_day))
        self._fit_scene()

    def pack_for(self, px_per_day: float) -> None:
        """Pack the rows for exactly this zoom (fit-all: the overview as tight as it gets)."""
        if px_per_day != self.level:
            self._pack(px_per_day)
            self._fit_scene()

    def fit_all(self) -> None:
        """All steps in view, from the first to the last year."""
        dates = [d for s in self.steps.values() for d in (s.start, s.end) if d]
        self._fitted = True
        if not dates:
            return
        first, last = min(dates), max(dates)
        days = max(60, (last - first).days + 60)
        # (the room without scroll bars: a bar that appears must not change the fit)
        room = self.maximumViewportSize().width()
        width = max(200, room - 160) - FIT_LABEL_ROOM  # the last label's room
        scale = min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, max(100, width) / days))
        self.set_scale(scale)
        self.pack_for(scale)
        self.horizontalScrollBar().setValue(round(self.x_of(first) * scale - 130))
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())  # the axis shows

    def show_today(self) -> None:
        """Scroll so that today is in the middle (in time only: the axis with the years and
        months stays in view on a low screen)."""
        bar = self.horizontalScrollBar()
        x = self.mapFromScene(QPointF(self.x_of(self.today), 0)).x()
        bar.setValue(bar.value() + x - self.viewport().width() // 2)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(self.ZOOM_STEP ** steps, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    # -- selection, keys -----------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The selected steps (not evenings)."""
        return [i.item_id for i in self.scene().selectedItems()
                if isinstance(i, StepItem) and not i.evening]

    def select(self, item_id: str) -> None:
        """Select one step and bring it into view."""
        self.scene().clearSelection()
        step = self.steps.get(item_id)
        if step is not None:
            step.setSelected(True)
            self.ensureVisible(step, 80, 20)

    def handle_key(self, event) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_to(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chosen = self.selected_ids()
            if chosen:
                self.activated.emit(chosen[0])
        elif key == Qt.Key.Key_Delete:
            self.host.delete_selected()
        elif key == Qt.Key.Key_T:
            self.show_today()
        else:
            return False
        return True

    def _step_to(self, key) -> None:
        """Arrow keys: the next step in time on this lane, or the nearest on the other lane."""
        steps = sorted((s for s in self.steps.values() if s.start),
                       key=lambda s: (s.start, s.row, s.title))
        if not steps:
            return
        chosen = [s for s in steps if s.isSelected()]
        current = chosen[0] if chosen else None
        if current is None:
            target = steps[0]
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            same = [s for s in steps if s.lane == current.lane]
            i = same.index(current) + (1 if key == Qt.Key.Key_Right else -1)
            target = same[max(0, min(len(same) - 1, i))]
        else:
            lane = "denk" if key == Qt.Key.Key_Up else "doe"
            other = [s for s in steps if s.lane == lane] or [current]
            target = min(other, key=lambda s: abs((s.start - current.start).days))
        self.scene().clearSelection()
        target.setSelected(True)
        target.setFocus()
        self.ensureVisible(target, 80, 20)

    # -- editing -------------------------------------------------------------------------

    def items_moved(self, items, pos) -> None:
        moved = {}
        for item in items:
            if isinstance(item, StepItem) and not item.evening:
                start, end = item.dates_now()
                moved[item.item_id] = (start, end)
        self._commit(moved)

    def mouseReleaseEvent(self, event) -> None:
        resized = [i for i in self.scene().selectedItems()
                   if isinstance(i, StepItem) and i.resizing]
        super().mouseReleaseEvent(event)
        if resized:
            moved = {}
            for step in resized:
                start, end = step.dates_now()
                step.resizing = False
                moved[step.item_id] = (start, end)
            self._commit(moved)

    def _commit(self, moved: dict) -> None:
        changes = {}
        for item_id, (start, end) in moved.items():
            step = self.steps[item_id]
            if (start, end) != (step.start, step.end):
                changes[item_id] = (start.isoformat(), end.isoformat() if end else None)
        if not changes or not self.host.save_dates(changes):
            self.refresh()  # nothing changed, or refused: back where the file says

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, StepItem) and not item.evening:
            self.activated.emit(item.item_id)
        else:
            super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos())
        if isinstance(item, StepItem) and not item.evening:
            self.select(item.item_id)
            menu = self.host.step_menu(item.item_id)
        else:
            menu = self.host.empty_menu(self.date_of(self.mapToScene(event.pos()).x()))
        menu.exec(event.globalPos())


class _Evening:
    """A bijeenkomst as a step on the doe-spoor (derived: not stored as a timeline item)."""

    def __init__(self, evening) -> None:
        self.id = evening.id
        self.title = evening.title
        self.start = evening.date
        self.end = None
        self.kind = "bijeenkomst"
        self.status = "klaar"
        self.postponed = 0
