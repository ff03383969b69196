"""The stakeholder network as a scene, and the power/interest grid.

**Network**: a node per stakeholder, coloured by type and marked with the type's short code
(both in the legend, so a type is never told by colour alone), shaped by segment (willen: a
circle, middenveld: a square, niet willen: a diamond, and the segment is in the legend and the
tooltip too), sized by influence; a relation is an arrow with its type written on it, thicker
for a stronger relation. Drag nodes to place them (saved, undoable); a node placed by hand is
pinned and keeps its place when a layout is applied, unless the facilitator asks for all.
Filter by type and segment; focus on one stakeholder dims all but it and its neighbours.

**Grid**: the classic power/interest grid, influence up and interest to the right, 1–5 each;
dragging a stakeholder to another cell changes its influence and interest.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QLabel,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..model.kinds import SEGMENTS
from ..model.stakeholders import type_colour, type_key
from . import palette, theme
from .common import escape
from .zoom_view import ZoomView

# Colours (each text and mark at 7:1 or more on what it sits on: tests/test_contrast.py). A
# node is filled with a light shade of its type's colour (``node_fill``) so that its code,
# written on it, reads; its dark outline marks it on the background.
TEXT = QColor(palette.TEXT)
SELECTED = QColor(palette.SELECTED)
NODE_EDGE = QColor(palette.TEXT)
PIN_FILL = QColor(palette.WHITE)
LABEL_BG = (255, 255, 255, 225)  # behind a name
EDGE_COLOUR = QColor("#37474f")  # a relation's line and arrow head
EDGE_LABEL_BG = (255, 255, 255, 230)  # behind a relation's type
EDGE_LABEL_EDGE = QColor("#90a4ae")
NETWORK_BG = "#f4f6f8"
GRID_BG = "#ffffff"
QUADRANT_COLOURS = {"nauw betrekken": "#fde2e1", "tevreden houden": "#fff3cd",
                    "informeren": "#dcedfb", "monitoren": "#eceff1"}
QUADRANT_TEXT = "#37474f"
GRID_LINE = "#cfd8dc"  # between the cells: the quadrants' names and lines tell the parts
QUADRANT_LINE = "#37474f"
SEGMENT_SHAPES = {"willen": "●", "middenveld": "■", "niet willen": "◆"}
LABEL_PT = 12.0
EDGE_LABEL_PT = 10.0


MAX_LABEL_GROWTH = 2.2


def label_growth(lod: float) -> float:
    """How much larger than its own size a label is drawn at this zoom: names and relation
    types stay about 11 pt on screen when the facilitator zooms out, up to a limit."""
    return min(MAX_LABEL_GROWTH, max(1.0, 0.95 / max(lod, 0.01)))


def _grown(rect: QRectF, factor: float) -> QRectF:
    """The rectangle grown by ``factor`` around the middle of its top edge."""
    w, h = rect.width() * factor, rect.height() * factor
    return QRectF(rect.center().x() - w / 2, rect.top(), w, h)


def node_fill(type_value: str) -> str:
    """The fill of a node of this type: its type's colour, lightened until its code reads."""
    return palette.readable_fill(type_colour(type_value or "overig"))


def type_codes(types: list[tuple[str, str]]) -> dict[str, str]:
    """A short code per type key (one or two letters from its label), different for each:
    written in the node and in the legend. ``types`` are (key, label) in a stable order (the
    template's first), so a type keeps its code from one project to the next."""
    codes: dict[str, str] = {}
    taken: set[str] = set()
    for key, label in types:
        if key in codes:
            continue
        letters = [c for c in label if c.isalnum()] or ["?"]
        first = letters[0].upper()
        tries = [first] + [first + c.lower() for c in letters[1:]]
        tries += [first + str(n) for n in range(2, 100)]
        code = next(t for t in tries if t not in taken)
        codes[key] = code
        taken.add(code)
    return codes


def node_radius(influence: int) -> float:
    """Bigger for more influence (1–5)."""
    return 16.0 + 6.0 * max(1, min(5, int(influence or 3)))


def segment_path(segment: str, r: float) -> QPainterPath:
    """The node's outline: circle, square or diamond by segment."""
    path = QPainterPath()
    if segment == "middenveld":
        side = r * 0.9
        path.addRoundedRect(QRectF(-side, -side, 2 * side, 2 * side), 5, 5)
    elif segment == "niet willen":
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.1), QPointF(r * 1.1, 0), QPointF(0, r * 1.1),
                                   QPointF(-r * 1.1, 0), QPointF(0, -r * 1.1)]))
    else:
        path.addEllipse(QPointF(0, 0), r, r)
    return path


class NodeItem(QGraphicsItem):
    """A stakeholder: shape by segment, colour by type, size by influence, name below."""

    def __init__(self, rec, type_label: str, label_font: QFont, radius: float | None = None,
                 pinned: bool = False, label_width: float = 420.0, code: str = "") -> None:
        super().__init__()
        self.stakeholder_id = rec.id
        self.name = rec.name
        self.kind_key = type_key(rec.type)  # not ``type``: that is QGraphicsItem's own method
        self.segment = rec.segment
        self.influence = rec.influence
        self.interest = rec.interest
        self.pinned = pinned
        self.radius = radius if radius is not None else node_radius(rec.influence)
        self.colour = QColor(node_fill(rec.type))
        self.code = code  # the type's short code, written in the node
        self._code_font = QFont(label_font)
        self._code_font.setBold(True)
        self._code_font.setPixelSize(max(7, round(self.radius * (0.85 if len(code) < 2
                                                                 else 0.7))))
        self.edges: list[EdgeItem] = []
        self._font = label_font
        self._path = segment_path(rec.segment, self.radius)
        fm = QFontMetricsF(label_font)
        self._label = fm.elidedText(rec.name, Qt.TextElideMode.ElideRight, label_width)
        width = fm.horizontalAdvance(self._label) + 12
        self._label_rect = QRectF(-width / 2, self.radius * 1.1 + 4, width, fm.height() + 4)
        big = _grown(self._label_rect, MAX_LABEL_GROWTH)
        self._bounds = self._path.boundingRect().united(big).adjusted(-6, -6, 6, 6)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsScenePositionChanges)
        self.setToolTip(f"{rec.name}\n{type_label} · {rec.segment}\n"
                        f"{rec.role}".strip())
        self.setZValue(1)
        # Drawn once into a pixmap at the current zoom: a drag repaints only what moves.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._path)
        path.addRect(self._label_rect)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setBrush(QBrush(self.colour))
        painter.setPen(QPen(SELECTED if selected else NODE_EDGE, 5 if selected else 2.5))
        painter.drawPath(self._path)
        if self.code:
            painter.setPen(TEXT)
            painter.setFont(self._code_font)
            r = self.radius
            painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter,
                             self.code)
        if self.pinned:  # a pin: placed by hand, kept by layouts
            painter.setBrush(QBrush(PIN_FILL))
            painter.setPen(QPen(TEXT, 2))
            painter.drawEllipse(QPointF(self.radius * 0.75, -self.radius * 0.75), 5, 5)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        growth = label_growth(lod)
        if lod * growth * LABEL_PT < 4:
            return
        rect = _grown(self._label_rect, growth)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(*LABEL_BG)))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(TEXT)
        painter.save()  # names stay readable when zoomed out: drawn larger, up to a limit
        painter.translate(rect.topLeft())
        painter.scale(growth, growth)
        painter.setFont(self._font)
        painter.drawText(QRectF(0, 0, self._label_rect.width(), self._label_rect.height()),
                         Qt.AlignmentFlag.AlignCenter, self._label)
        painter.restore()

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemScenePositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)


class EdgeItem(QGraphicsItem):
    """A relation: an arrow from source to target, its type written on it."""

    def __init__(self, rec, source: NodeItem, target: NodeItem, font: QFont,
                 offset: float = 0.0) -> None:
        super().__init__()
        self.relation_id = rec.id
        self.source, self.target = source, target
        self.relation_type = rec.type
        self.strength = rec.strength
        self.offset = offset  # a pair of opposite relations: each beside the other
        self._font = font
        fm = QFontMetricsF(font)
        self._label_w = fm.horizontalAdvance(rec.type) + 10
        self._label_h = fm.height() + 2
        self._line = QLineF()
        self._bounds = QRectF()
        source.edges.append(self)
        target.edges.append(self)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(f"{source.name} → {rec.type} → {target.name}"
                        + (f"\n{rec.note}" if rec.note else ""))
        self.setZValue(0)
        self.adjust()

    def adjust(self) -> None:
        """Follow the nodes: a line between their edges, shifted aside for a pair."""
        a, b = self.source.scenePos(), self.target.scenePos()
        line = QLineF(a, b)
        length = line.length()
        self.prepareGeometryChange()
        if length < 1:
            self._line = QLineF(a, a)
        else:
            dx, dy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
            nx, ny = -dy * self.offset, dx * self.offset
            ra, rb = self.source.radius + 2, self.target.radius + 6
            self._line = QLineF(a.x() + dx * ra + nx, a.y() + dy * ra + ny,
                                b.x() - dx * rb + nx, b.y() - dy * rb + ny)
        mid = self._line.center()
        w, h = self._label_w, self._label_h
        self._label_rect = QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)
        big = QRectF(mid.x() - w * MAX_LABEL_GROWTH / 2, mid.y() - h * MAX_LABEL_GROWTH / 2,
                     w * MAX_LABEL_GROWTH, h * MAX_LABEL_GROWTH)
        self._bounds = QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(
            -14, -14, 14, 14).united(big)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker_path = QPainterPath()
        stroker_path.addRect(self._label_rect)
        from PySide6.QtGui import QPainterPathStroker

        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(path).united(stroker_path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._line.length() < 1:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = SELECTED if selected else EDGE_COLOUR
        painter.setPen(QPen(colour, 1.0 + 1.2 * self.strength, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.FlatCap))  # a round cap costs 10x
        painter.drawLine(self._line)
        angle = math.atan2(self._line.dy(), self._line.dx())
        tip = self._line.p2()
        size = 12 + 2 * self.strength
        left = QPointF(tip.x() - size * math.cos(angle - 0.4),
                       tip.y() - size * math.sin(angle - 0.4))
        right = QPointF(tip.x() - size * math.cos(angle + 0.4),
                        tip.y() - size * math.sin(angle + 0.4))
        painter.setBrush(QBrush(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(QPolygonF([tip, left, right]))
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        growth = label_growth(lod)
        if lod * growth * EDGE_LABEL_PT < 5:
            return
        painter.save()
        painter.translate(self._label_rect.center())
        painter.scale(growth, growth)
        box = QRectF(-self._label_w / 2, -self._label_h / 2, self._label_w, self._label_h)
        painter.setBrush(QBrush(QColor(*EDGE_LABEL_BG)))
        painter.setPen(QPen(EDGE_LABEL_EDGE, 1))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(TEXT)
        painter.setFont(self._font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.relation_type)
        painter.restore()


def _fonts() -> tuple[QFont, QFont]:
    """The names' and the relations' fonts, at the font scale."""
    return theme.scaled_font(LABEL_PT, bold=True), theme.scaled_font(EDGE_LABEL_PT)


def all_type_codes(host, people) -> dict[str, str]:
    """The code of every type: the template's types first (so codes are stable), then the
    ones typed in, by name."""
    from ..model.stakeholders import stakeholder_types

    listed = [(key, t.label) for key, t in stakeholder_types().items()]
    typed = sorted({(type_key(s.type), host.type_label(s.type)) for s in people},
                   key=lambda t: t[1].lower())
    return type_codes(listed + typed)


def legend_html(types: list[tuple[str, str]], tr, codes: dict[str, str] | None = None) -> str:
    """Types by code and colour, and segments by shape, for the corner of the view."""
    codes = codes or {}
    parts = [f'<span style="background:{node_fill(key)}; color:{palette.TEXT}; '
             f'font-weight:bold">&nbsp;{escape(codes.get(key, "●"))}&nbsp;</span>'
             f"&nbsp;{escape(label)}" for key, label in types]
    shapes = [f"{SEGMENT_SHAPES[s]}&nbsp;{escape(tr(s))}" for s in SEGMENTS]
    return "<br>".join([*parts, "&nbsp;&nbsp;&nbsp;".join(shapes)])



class _FontScaled:
    """A canvas whose labels follow the font scale: drawn anew (``refresh``) when it changes
    them. (A method, not a closure, so that Qt drops the connection with the view.)"""

    def _follow_font_scale(self) -> None:
        self._fonts = _fonts()
        theme.changed().connect(self._font_scale_changed)

    def _font_scale_changed(self) -> None:
        fonts = _fonts()
        if fonts != self._fonts:
            self._fonts = fonts
            self.refresh()


class NetworkView(_FontScaled, ZoomView):
    """The network of stakeholders and relations (see the module's description)."""

    def least_scale_for(self, pt: float) -> float:
        """Names grow when zoomed out (``label_growth``), up to about 11 pt on screen; above
        that they are their own size times the zoom."""
        own = theme.scaled_pt(LABEL_PT)
        if own * label_growth(1.0) >= pt:
            return min(1.0, super().least_scale_for(pt))
        return pt / own

    OWN_KEYS = (Qt.Key.Key_Delete,)
    FIT_MAX_ZOOM = 1.3

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host  # the stakeholder view: project, types, pins, edits, menus
        self.setObjectName("network")
        self.setAccessibleName(self.tr("Network of the stakeholders and their relations"))
        self.setBackgroundBrush(QColor(NETWORK_BG))
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self.type_filter: set[str] | None = None  # None: all types
        self.segment_filter: set[str] | None = None
        self.focus_id: str | None = None
        self.unplaced = False  # no positions saved yet: a computed layout is shown
        self.legend = QLabel()  # shown beside the view by its host
        self.legend.setObjectName("networkLegend")
        self.legend.setWordWrap(True)
        self.codes: dict[str, str] = {}
        self._follow_font_scale()

    @classmethod
    def key_help(cls) -> list[tuple[tuple, str]]:
        from PySide6.QtCore import QCoreApplication

        return [*super().key_help(),
                ((Qt.Key.Key_Delete,), QCoreApplication.translate(
                    "NetworkView", "Delete the selected stakeholders or relation"))]

    def refresh(self, *, fit: bool = False) -> None:
        """Draw the network anew from the model (keeping the selection)."""
        project = self.host.project
        keep = set(self.selected_ids())
        scene = self.scene()
        scene.clear()
        self.nodes.clear()
        self.edges.clear()
        if project is None:
            self.legend.hide()
            return
        people = project.all("stakeholder")
        positions = {s.id: (s.x, s.y) for s in people}
        self.unplaced = len(people) > 1 and len(set(positions.values())) == 1
        if self.unplaced:  # nothing placed yet: show a layout (saved only when applied)
            positions = self.host.computed_layout()
        pins = self.host.pins()
        self.codes = all_type_codes(self.host, people)
        for rec in people:
            node = NodeItem(rec, self.host.type_label(rec.type), self._fonts[0],
                            pinned=rec.id in pins, code=self.codes.get(type_key(rec.type), ""))
            node.setPos(*positions.get(rec.id, (rec.x, rec.y)))
            scene.addItem(node)
            self.nodes[rec.id] = node
        pairs = set()
        for rel in project.all("relation"):
            source, target = self.nodes.get(rel.source_id), self.nodes.get(rel.target_id)
            if source is None or target is None:
                continue
            pair = (rel.source_id, rel.target_id)
            offset = 9.0 if (rel.target_id, rel.source_id) in pairs or pair in pairs else 0.0
            pairs.add(pair)
            edge = EdgeItem(rel, source, target, self._fonts[1], offset)
            scene.addItem(edge)
            self.edges[rel.id] = edge
        for node_id in keep & self.nodes.keys():
            self.nodes[node_id].setSelected(True)
        types = sorted({(type_key(s.type), self.host.type_label(s.type)) for s in people},
                       key=lambda t: t[1].lower())
        self.legend.setText(legend_html(types, self.host.segment_label, self.codes))
        self.legend.adjustSize()
        self.legend.setVisible(bool(people))
        self.apply_filters()
        bounds = scene.itemsBoundingRect()
        self.setSceneRect(bounds.adjusted(-600, -600, 600, 600))
        if fit:
            self.fit_all()

    def selected_ids(self) -> list[str]:
        """The ids of the selected stakeholders."""
        return [i.stakeholder_id for i in self.scene().selectedItems() if isinstance(i, NodeItem)]

    def selected_relations(self) -> list[str]:
        """The ids of the selected relations."""
        return [i.relation_id for i in self.scene().selectedItems() if isinstance(i, EdgeItem)]

    def select(self, ids: list[str]) -> None:
        """Select these stakeholders (and only these)."""
        self.scene().clearSelection()
        for node_id in ids:
            if node_id in self.nodes:
                self.nodes[node_id].setSelected(True)
        if ids and ids[0] in self.nodes:
            self.ensureVisible(self.nodes[ids[0]], 60, 60)

    # -- filters and focus ---------------------------------------------------------------

    def visible_ids(self) -> set[str]:
        """The stakeholders the filters let through."""
        return {node_id for node_id, node in self.nodes.items()
                if (self.type_filter is None or node.kind_key in self.type_filter)
                and (self.segment_filter is None or node.segment in self.segment_filter)}

    def apply_filters(self) -> None:
        """Hide what the filters leave out; dim what is not the focus or its neighbours."""
        shown = self.visible_ids()
        near: set[str] | None = None
        if self.focus_id in self.nodes:
            near = {self.focus_id}
            for edge in self.nodes[self.focus_id].edges:
                near |= {edge.source.stakeholder_id, edge.target.stakeholder_id}
        for node_id, node in self.nodes.items():
            node.setVisible(node_id in shown)
            node.setOpacity(1.0 if near is None or node_id in near else 0.15)
        for edge in self.edges.values():
            ends = {edge.source.stakeholder_id, edge.target.stakeholder_id}
            edge.setVisible(ends <= shown)
            edge.setOpacity(1.0 if near is None or self.focus_id in ends else 0.1)

    def set_focus(self, stakeholder_id: str | None) -> None:
        """Focus on one stakeholder and its neighbours (None: show all alike)."""
        self.focus_id = stakeholder_id if stakeholder_id in self.nodes else None
        self.apply_filters()

    def fit_rect(self) -> QRectF:
        rect = QRectF()
        for node in self.nodes.values():
            if node.isVisible():
                rect = rect.united(node.sceneBoundingRect())
        return rect

    # -- editing -------------------------------------------------------------------------

    def items_moved(self, items: list[QGraphicsItem], pos: QPointF) -> None:
        moved = {i.stakeholder_id: (i.scenePos().x(), i.scenePos().y())
                 for i in items if isinstance(i, NodeItem)}
        if moved:
            self.host.save_positions(moved, pin=True)

    def handle_key(self, event) -> bool:
        if event.key() == Qt.Key.Key_Delete:
            self.host.delete_selected()
            return True
        return False

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NodeItem):
            self.host.edit_stakeholder(item.stakeholder_id)
        elif isinstance(item, EdgeItem):
            self.host.edit_relation(item.relation_id)
        else:
            super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos())
        if isinstance(item, NodeItem):
            if not item.isSelected():
                self.scene().clearSelection()
                item.setSelected(True)
            menu = self.host.node_menu(item.stakeholder_id)
        elif isinstance(item, EdgeItem):
            menu = self.host.relation_menu(item.relation_id)
        else:
            menu = self.host.network_menu(self.mapToScene(event.pos()))
        menu.exec(event.globalPos())


# -- the power/interest grid ---------------------------------------------------------------

CELL = 170.0
GRID_R = 24.0


def quadrant(influence: int, interest: int) -> str:
    """The grid's advice for a stakeholder: the midpoint (3) counts as high."""
    if influence >= 3:
        return "nauw betrekken" if interest >= 3 else "tevreden houden"
    return "informeren" if interest >= 3 else "monitoren"


def cell_of(pos: QPointF) -> tuple[int, int]:
    """(influence, interest) of a scene point in the grid, each 1–5."""
    interest = int(max(1, min(5, math.floor(pos.x() / CELL) + 1)))
    influence = int(max(1, min(5, 5 - math.floor(pos.y() / CELL))))
    return influence, interest


class GridView(_FontScaled, ZoomView):
    """The power/interest grid (see the module's description)."""

    FIT_MAX_ZOOM = 1.2

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("powerGrid")
        self.setAccessibleName(self.tr("Power/interest grid"))
        self.setBackgroundBrush(QColor(GRID_BG))
        self.nodes: dict[str, NodeItem] = {}
        self._follow_font_scale()

    def quadrant_labels(self) -> dict[str, str]:
        """The four quadrants' names, in the user's language."""
        return {"nauw betrekken": self.tr("Manage closely"),
                "tevreden houden": self.tr("Keep satisfied"),
                "informeren": self.tr("Keep informed"),
                "monitoren": self.tr("Monitor")}

    def refresh(self, *, fit: bool = False) -> None:
        """Draw the grid and place every stakeholder in its cell."""
        project = self.host.project
        keep = {i.stakeholder_id for i in self.scene().selectedItems() if isinstance(i, NodeItem)}
        scene = self.scene()
        scene.clear()
        self.nodes.clear()
        self._draw_grid()
        if project is None:
            return
        shown = self.host.visible_ids()
        codes = all_type_codes(self.host, project.all("stakeholder"))
        by_cell: dict[tuple[int, int], list] = {}
        for rec in project.all("stakeholder", order="name"):
            if rec.id in shown:
                by_cell.setdefault((rec.influence, rec.interest), []).append(rec)
        for (influence, interest), people in by_cell.items():
            left = (interest - 1) * CELL
            top = (5 - influence) * CELL
            per_row = max(1, math.ceil(math.sqrt(len(people))))
            step = CELL / (per_row + 0.0)
            for n, rec in enumerate(people):
                row, column = divmod(n, per_row)
                node = NodeItem(rec, self.host.type_label(rec.type), self._fonts[1],
                                radius=max(9.0, min(GRID_R, step / 3.2)),
                                label_width=step - 14, code=codes.get(type_key(rec.type), ""))
                node.setPos(left + step * (column + 0.5), top + step * (row + 0.38))
                scene.addItem(node)
                self.nodes[rec.id] = node
                if rec.id in keep:
                    node.setSelected(True)
        if fit:
            self.fit_all()

    def _draw_grid(self) -> None:
        scene = self.scene()
        for influence in range(1, 6):
            for interest in range(1, 6):
                rect = QRectF((interest - 1) * CELL, (5 - influence) * CELL, CELL, CELL)
                item = scene.addRect(rect, QPen(QColor(GRID_LINE), 1), QBrush(QColor(
                    QUADRANT_COLOURS[quadrant(influence, interest)])))
                item.setZValue(-3)
        pen = QPen(QColor(QUADRANT_LINE), 4)
        scene.addLine(2 * CELL, 0, 2 * CELL, 5 * CELL, pen).setZValue(-2)  # between 2 and 3
        scene.addLine(0, 3 * CELL, 5 * CELL, 3 * CELL, pen).setZValue(-2)
        font = theme.scaled_font(22, bold=True)
        labels = self.quadrant_labels()
        for key, (x, y, w, h) in {"nauw betrekken": (2, 0, 3, 3), "tevreden houden": (0, 0, 2, 3),
                                  "informeren": (2, 3, 3, 2), "monitoren": (0, 3, 2, 2)}.items():
            text = scene.addSimpleText(labels[key], font)
            text.setBrush(QBrush(QColor(QUADRANT_TEXT)))
            box = text.boundingRect()
            text.setPos(x * CELL + (w * CELL - box.width()) / 2, y * CELL + (h * CELL) / 2 - 20)
            text.setZValue(-1)
        axis = theme.scaled_font(14)
        for n in range(1, 6):
            item = scene.addSimpleText(str(n), axis)
            item.setBrush(TEXT)
            item.setPos((n - 0.5) * CELL - 5, 5 * CELL + 6)
            item = scene.addSimpleText(str(n), axis)
            item.setBrush(TEXT)
            item.setPos(-26, (5 - n + 0.5) * CELL - 10)
        item = scene.addSimpleText(self.tr("Interest →"), axis)
        item.setBrush(TEXT)
        item.setPos(2.5 * CELL - 40, 5 * CELL + 34)
        item = scene.addSimpleText(self.tr("Influence →"), axis)
        item.setBrush(TEXT)
        item.setRotation(-90)
        item.setPos(-60, 2.5 * CELL + 50)

    def fit_rect(self) -> QRectF:
        return QRectF(-70, -10, 5 * CELL + 90, 5 * CELL + 80)

    def items_moved(self, items: list[QGraphicsItem], pos: QPointF) -> None:
        changes = {}
        for item in items:
            if isinstance(item, NodeItem):
                influence, interest = cell_of(item.scenePos())
                if (influence, interest) != (item.influence, item.interest):
                    changes[item.stakeholder_id] = (influence, interest)
        if not changes or not self.host.save_grid(changes):
            self.refresh()  # nothing changed, or refused: back to their cells

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NodeItem):
            self.host.edit_stakeholder(item.stakeholder_id)
        else:
            super().mouseDoubleClickEvent(event)
