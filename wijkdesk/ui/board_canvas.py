"""The board: a round's notes as cards on a zoomable canvas, with clusters as frames.

What the facilitator does here:

- **look**: zoom with Ctrl+wheel or + and −, fit everything with 0, pan with the scroll bars,
  the wheel, the middle mouse button or Space+drag;
- **select**: click, Ctrl+click, or drag a rubber band over empty board;
- **move**: drag cards or cluster frames; drop a card on another card to make a cluster of
  the two, on a frame to put it in that cluster, on empty board to take it out of its cluster;
- **edit in place**: F2 or double-click on a card (its text) or a frame's title (its name);
- **delete**: Delete removes the selected cards; on a frame it dissolves the cluster, keeping
  its notes.

Every change is one undoable step, made through the model like every other edit; the canvas
redraws from the model's change notices.

Face-down notes (hidden collecting) show the room their back and table only. The facilitator
sees their text: a card paints it only for this view (``paint``'s ``widget`` is the viewport
being painted), on a light panel in the dark, hatched back, with a closed eye at its foot
("hidden on the beamer"); it is edited in place like any other. Every other view of the scene
(the audience's mirror, a picture of it) gets the back alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..model.kinds import MAX_TEXT
from . import palette, theme
from .board_layout import (
    CARD_W,
    GAP,
    MIN_CARD_H,
    SLOT_W,
    TITLE_H,
    Taken,
    cluster_layout,
    free_spot,
    grid_columns,
)
from .common import escape
from .palette import CARD_TINT, NO_TABLE, TITLE_TINT, category_colour, table_colour, tint
from .zoom_view import ZoomView

TEXT_PAD = 10.0
FOOTER_H = 26.0
CARD_FONT_PT = 13.0
TITLE_FONT_PT = 15.0
LOD_TEXT = 0.32  # below this scale a card's text is too small to read: drawn as grey bars
# Colours (each text and mark at 7:1 or more on what it sits on: tests/test_contrast.py)
TEXT_COLOUR = QColor(palette.TEXT)
BOARD_COLOUR = QColor("#e9ecef")
FACE_DOWN = QColor("#3b4552")  # the back of a hidden note; its footer is written in white
FACE_DOWN_TEXT = QColor(palette.WHITE)
FACE_DOWN_EDGE = QColor("#1b2129")
FACE_DOWN_HATCH = QColor("#566273")  # texture only
FACE_DOWN_PANEL = QColor("#dfe3e8")  # the laptop only: a face-down note's text sits on it
FOOTER_COLOUR = QColor("#3a3a3a")  # table, votes and promotions at a card's foot
CARD_EDGE = QColor("#4b4b4b")
TEXT_BARS = QColor("#404040")  # a card's text, far away: bars
FRAME_COLOUR = QColor("#37474f")  # a cluster's frame when it has no theme or phase colour
FRAME_FILL = QColor(255, 255, 255, 150)
BADGE, BADGE_TEXT = TEXT_COLOUR, QColor(palette.WHITE)  # a cluster's vote count
LEGEND_BG = (255, 255, 255, 220)  # the legend in its strip above the board
FIT_MIN_ZOOM = 0.45  # fit-all shrinks cards no further (text about 6 pt): the rest scrolls
EMPTY_HINT = QColor("#444444")
SELECTED = QColor(palette.SELECTED)
COLOUR_MODES = ("table", "theme", "phase")


def card_font() -> QFont:
    font = QFont()
    font.setPointSizeF(CARD_FONT_PT)
    return font


class Metrics:
    """Text heights of cards, measured once per text (wrapping is the costly part)."""

    def __init__(self) -> None:
        self.font = card_font()
        self.small = QFont(self.font)
        self.small.setPointSizeF(CARD_FONT_PT * 0.8)
        self.title = QFont(self.font)
        self.title.setPointSizeF(TITLE_FONT_PT)
        self.title.setBold(True)
        self._fm = QFontMetricsF(self.font)
        self._heights: dict[str, float] = {}
        self._flags = int(Qt.TextFlag.TextWordWrap.value)

    def text_height(self, text: str) -> float:
        h = self._heights.get(text)
        if h is None:
            h = self._fm.boundingRect(QRectF(0, 0, CARD_W - 2 * TEXT_PAD, 1e6), self._flags,
                                      text).height()
            self._heights[text] = h
        return h

    def card_height(self, text: str, hidden: bool) -> float:
        """A card is as tall as its text needs; a face-down card has the smallest size."""
        if hidden:
            return MIN_CARD_H
        return max(MIN_CARD_H, self.text_height(text) + 2 * TEXT_PAD + FOOTER_H)


class NoteCard(QGraphicsItem):
    """One note: its text wrapped on a card in its colour, the table (and votes) at the foot."""

    def __init__(self, board: BoardCanvas, note, height: float, colour: QColor,
                 footer: str) -> None:
        super().__init__()
        self.board = board
        self.note_id = note.id
        self.text = note.text
        self.hidden = bool(note.hidden)
        self.cluster_id = note.cluster_id
        self.table = note.table
        self.placed = QPointF()
        self.footer = footer
        self.colour = colour
        self.fill = tint(colour, CARD_TINT)
        self._rect = QRectF(0, 0, CARD_W, height)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        # a face-down note's text is never in its tooltip: the tooltip belongs to every view
        self.setToolTip(QCoreApplication.translate("BoardCanvas", "Hidden on the beamer (F2: edit)")
                        if self.hidden else self.text)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def for_facilitator(self, widget: QWidget | None) -> bool:
        """Whether this paint is for the facilitator's own board (not the audience's mirror,
        nor a picture): only there does a face-down note show its text."""
        return widget is not None and widget is self.board.viewport()

    def shape(self):  # noqa: D102 - the card itself is what a click hits
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self._rect
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if lod < LOD_TEXT:  # far away: a block in the card's colour, bars for the text
            painter.fillRect(rect, FACE_DOWN if self.hidden else self.fill)
            painter.fillRect(QRectF(0, 0, rect.width(), 10), self.colour)
            if not self.hidden:
                for n in range(min(3, int((rect.height() - 30) // 22))):
                    painter.fillRect(QRectF(TEXT_PAD, 22 + n * 22, rect.width() * 0.7, 10),
                                     TEXT_BARS)
            if selected:
                painter.setPen(QPen(SELECTED, 8))
                painter.drawRect(rect)
            return
        if self.hidden:
            painter.setBrush(QBrush(FACE_DOWN))
            painter.setPen(QPen(FACE_DOWN_EDGE, 1))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setBrush(QBrush(FACE_DOWN_HATCH, Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect.adjusted(6, 6, -6, -FOOTER_H), 4, 4)
            # the table's stripe on a white band: a dark colour on the dark back would vanish
            painter.fillRect(QRectF(0, 0, rect.width(), 12), FACE_DOWN_TEXT)
            painter.fillRect(QRectF(2, 2, rect.width() - 4, 8), self.colour)
            if self.for_facilitator(widget):
                self._paint_hidden_text(painter, rect)
            painter.setPen(FACE_DOWN_TEXT)
        else:
            painter.setBrush(QBrush(self.fill))
            painter.setPen(QPen(CARD_EDGE, 1))
            painter.drawRoundedRect(rect, 6, 6)
            painter.fillRect(QRectF(0, 0, rect.width(), 8), self.colour)
            painter.setPen(TEXT_COLOUR)
            painter.setFont(self.board.metrics.font)
            painter.drawText(rect.adjusted(TEXT_PAD, TEXT_PAD + 2, -TEXT_PAD, -FOOTER_H),
                             Qt.TextFlag.TextWordWrap, self.text)
            painter.setPen(FOOTER_COLOUR)
        painter.setFont(self.board.metrics.small)
        painter.drawText(QRectF(TEXT_PAD, rect.height() - FOOTER_H, rect.width() - 2 * TEXT_PAD,
                                FOOTER_H - 4),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.footer)
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(SELECTED, 4))
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 7, 7)

    def _paint_hidden_text(self, painter: QPainter, rect: QRectF) -> None:
        """For the facilitator: the face-down note's text (two lines, the rest elided) on a
        light panel inside the hatched back, and a closed eye at the foot's right."""
        panel = rect.adjusted(10, 17, -10, -FOOTER_H)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(FACE_DOWN_PANEL))
        painter.drawRoundedRect(panel, 3, 3)
        font = QFont(self.board.metrics.font)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(TEXT_COLOUR)
        area = panel.adjusted(6, 2, -6, -2)
        painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         two_lines(font, " ".join(self.text.split()), area.width()))
        # a closed eye: the lid's curve and four lashes
        eye = QRectF(rect.width() - TEXT_PAD - 22, rect.height() - FOOTER_H + 5, 22, 10)
        painter.setPen(QPen(FACE_DOWN_TEXT, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(eye, 200 * 16, 140 * 16)
        bottom = eye.center().y() + eye.height() / 2
        for dx, slant in ((3.5, -3), (8.5, -1), (13.5, 1), (18.5, 3)):
            x = eye.left() + dx
            painter.drawLine(QPointF(x, bottom - 1), QPointF(x + slant, bottom + 4))


class ClusterFrame(QGraphicsItem):
    """A cluster: a frame with its name (and votes) on top; its cards are its children."""

    def __init__(self, board: BoardCanvas, cluster, rect: QRectF, title: str,
                 colour: QColor, votes: int = 0) -> None:
        super().__init__()
        self.board = board
        self.cluster_id = cluster.id
        self.name = cluster.name
        self.title = title
        self.votes = votes
        self.colour = colour
        self._rect = rect
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setZValue(-1)
        self.setToolTip(cluster.name)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def title_rect(self) -> QRectF:
        return QRectF(0, 0, self._rect.width(), TITLE_H - 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self._rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setBrush(QBrush(FRAME_FILL))
        painter.setPen(QPen(SELECTED if selected else self.colour, 5 if selected else 2.5))
        painter.drawRoundedRect(rect, 10, 10)
        painter.fillRect(QRectF(2, 2, rect.width() - 4, TITLE_H - 10),
                         tint(self.colour, TITLE_TINT))
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod * TITLE_FONT_PT < 4:
            return
        painter.setPen(TEXT_COLOUR)
        painter.setFont(self.board.metrics.title)
        area = self.title_rect().adjusted(10, 2, -(54 if self.votes else 10), -2)
        painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         two_lines(self.board.metrics.title, self.title, area.width()))
        if self.votes:  # the dot-vote count as a round badge in the corner
            badge = QRectF(rect.width() - 50, 6, 42, 42)
            painter.setBrush(QBrush(BADGE))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(badge)
            painter.setPen(BADGE_TEXT)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.votes))


class CardEditor(QPlainTextEdit):
    """Edits a card's text in place: Enter keeps it (Shift+Enter: a new line), Esc cancels."""

    def __init__(self, parent: QWidget, done: Callable[[str | None], None]) -> None:
        super().__init__(parent)
        self._done = done
        self.setAccessibleName(self.tr("Text of the note"))
        self.setTabChangesFocus(True)

    def finish(self, text: str | None) -> None:
        done, self._done = self._done, None
        if done is not None:
            done(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.finish(self.toPlainText())
        elif key == Qt.Key.Key_Escape:
            self.finish(None)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(self.toPlainText())


class TitleEditor(QLineEdit):
    """Edits a cluster's name in place: Enter keeps it, Esc cancels."""

    def __init__(self, parent: QWidget, done: Callable[[str | None], None]) -> None:
        super().__init__(parent)
        self._done = done
        self.setAccessibleName(self.tr("Name of the cluster"))
        self.returnPressed.connect(lambda: self.finish(self.text()))

    def finish(self, text: str | None) -> None:
        done, self._done = self._done, None
        if done is not None:
            done(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish(None)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(self.text())


class BoardCanvas(ZoomView):
    """The notes of one round on a zoomable board (see the module's description)."""

    TEXT_PT = CARD_FONT_PT

    OWN_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_F2)

    #: the ids of the selected notes changed (the notes list follows)
    selectionChangedIds = Signal(list)

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host  # the Bijeenkomst view: project, run, edits, menus
        self.metrics = Metrics()
        self.setObjectName("board")
        self.setAccessibleName(self.tr("Board with the notes of this round"))
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setBackgroundBrush(BOARD_COLOUR)
        self.scene().selectionChanged.connect(self._selection_changed)
        self.round_id: str | None = None
        self.cards: dict[str, NoteCard] = {}
        self.frames: dict[str, ClusterFrame] = {}
        self.colour_mode = "table"
        self._taken = Taken()
        self._slot_hint: dict[str, tuple[int, int]] = {}  # round -> (columns, next slot)
        self._loose_origin = (0.0, 0.0)
        self._syncing = False
        self.editor: QWidget | None = None
        self._legend_tables: set[int] = set()
        # The legend has a strip of its own above the board (viewport margins), never over a
        # card or a cluster's title.
        self.legend = QLabel(self)
        self.legend.setObjectName("boardLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(f"QLabel#boardLegend {{ background: {palette.css(LEGEND_BG)}; "
                                  f"color: {TEXT_COLOUR.name()}; padding: 2px 6px; "
                                  "border-bottom: 1px solid #888; }")
        self.legend.hide()
        self.empty_hint = self.add_overlay(QLabel(), 24, 24)
        self.empty_hint.setObjectName("boardEmpty")
        self.empty_hint.setStyleSheet(f"color: {EMPTY_HINT.name()}; font-size: 16pt;")
        self._scale = theme.scaled_pt(1.0)
        self._table_colours = palette.table_overrides()
        self.FIT_MAX_ZOOM = ZoomView.FIT_MAX_ZOOM * self._scale
        theme.changed().connect(self._display_changed)

    # -- reading the model ---------------------------------------------------------------

    def table_name(self, table: int) -> str:
        """"Tafel 2", or the name the evening on screen gave table 2 (the host knows)."""
        name_of = getattr(self.host, "table_name", None)
        return name_of(table) if name_of is not None else self.tr("Table %1").replace(
            "%1", str(table))

    def _colour(self, note, clusters) -> QColor:
        if self.colour_mode == "table":
            return QColor(table_colour(note.table))
        cluster = clusters.get(note.cluster_id)
        if self.colour_mode == "theme":
            theme = note.theme or (cluster.theme if cluster is not None else "")
            return QColor(category_colour(theme) if theme else NO_TABLE)
        phase = note.phase or (cluster.phase if cluster is not None else None)
        return QColor(category_colour(f"phase {phase}") if phase else NO_TABLE)

    def _footer(self, note, votes: dict[str, int], promoted: dict[str, list[str]],
                clusters=None) -> str:
        """Table, dot votes and what was made of the note: 'Tafel 2   ● 3   → Afspraak 1';
        coloured by theme or phase, that comes first ('Groen   Tafel 2'), so the colour is
        never the only telling."""
        parts = [self.table_name(note.table)] if note.table else []
        cluster = (clusters or {}).get(note.cluster_id)
        if self.colour_mode == "theme":
            theme_name = note.theme or (cluster.theme if cluster is not None else "")
            parts[:0] = [theme_name] if theme_name else []
        elif self.colour_mode == "phase":
            phase = note.phase or (cluster.phase if cluster is not None else None)
            parts[:0] = [self.tr("Phase %1").replace("%1", str(phase))] if phase else []
        if votes.get(note.id):
            parts.append(f"● {votes[note.id]}")
        if promoted.get(note.id):
            parts.append("→ " + ", ".join(promoted[note.id]))
        return "   ".join(parts)

    def show_round(self, round_id: str | None, *, fit: bool | None = None) -> None:
        """Draw the round's notes and clusters anew (keeping the selection and the zoom)."""
        from ..model.votes import tallies
        from .promoted import promoted_index

        project = self.host.project
        changed_round = round_id != self.round_id
        keep = set() if changed_round else set(self.selected_notes())
        keep_frames = set() if changed_round else set(self.selected_clusters())
        self._close_editor(save=False)
        self._syncing = True
        scene = self.scene()
        scene.clear()
        self.cards.clear()
        self.frames.clear()
        self.round_id = round_id
        self._taken = Taken()
        notes, clusters, votes, promoted = [], {}, {}, {}
        if project is not None and round_id is not None:
            notes = project.all("insight", round_id=round_id)
            clusters = {c.id: c for c in project.all("cluster", round_id=round_id)}
            for (target, _table), n in tallies(project, round_id).items():
                votes[target] = votes.get(target, 0) + n
            promoted = promoted_index(project)
        members: dict[str, list] = {c_id: [] for c_id in clusters}
        loose = []
        for note in notes:
            members.get(note.cluster_id, loose).append(note)
        frames_bottom = None
        for c_id, cluster in clusters.items():
            inside = members[c_id]
            heights = [self.metrics.card_height(n.text, n.hidden) for n in inside]
            (x, y, w, h), spots = cluster_layout(cluster.x, cluster.y, heights)
            total = votes.get(c_id, 0) + sum(votes.get(n.id, 0) for n in inside)
            title = cluster.name
            if promoted.get(c_id):
                title += "   → " + ", ".join(promoted[c_id])
            frame = ClusterFrame(self, cluster, QRectF(0, 0, w, h), title,
                                 self._frame_colour(cluster), total)
            frame.setPos(x, y)
            scene.addItem(frame)
            self.frames[c_id] = frame
            self._taken.add((x, y, w, h))
            frames_bottom = max(frames_bottom or y + h, y + h)
            for note, height, (sx, sy) in zip(inside, heights, spots, strict=True):
                card = NoteCard(self, note, height, self._colour(note, clusters),
                                self._footer(note, votes, promoted, clusters))
                card.setParentItem(frame)
                card.setPos(sx - x, sy - y)
                self.cards[note.id] = card
        for note in loose:
            self._add_card(note, clusters, votes, promoted)
        self._loose_origin = (0.0, 0.0 if frames_bottom is None else max(0.0, frames_bottom + 40))
        for note_id in keep & self.cards.keys():
            self.cards[note_id].setSelected(True)
        for c_id in keep_frames & self.frames.keys():
            self.frames[c_id].setSelected(True)
        self._syncing = False
        self._update_scene_rect()
        self._update_legend(notes, clusters)
        if fit if fit is not None else changed_round:
            self.fit_all()

    def _frame_colour(self, cluster) -> QColor:
        if self.colour_mode == "theme" and cluster.theme:
            return QColor(category_colour(cluster.theme))
        if self.colour_mode == "phase" and cluster.phase:
            return QColor(category_colour(f"phase {cluster.phase}"))
        return QColor(FRAME_COLOUR)

    def _add_card(self, note, clusters, votes, promoted) -> NoteCard:
        height = self.metrics.card_height(note.text, note.hidden)
        card = NoteCard(self, note, height, self._colour(note, clusters),
                        self._footer(note, votes, promoted, clusters))
        card.setPos(note.x, note.y)
        card.placed = QPointF(note.x, note.y)  # where the file says (it is marked taken there)
        self.scene().addItem(card)
        self.cards[note.id] = card
        self._taken.add((note.x, note.y, CARD_W, height))
        return card

    def add_notes(self, note_ids: list[str]) -> None:
        """Put new loose notes of the round on the board without drawing it anew."""
        project = self.host.project
        if project is None or self.round_id is None:
            return
        for note_id in note_ids:
            note = project.get("insight", note_id)
            if note is None or note.deleted or note.round_id != self.round_id:
                continue
            if note.cluster_id or note_id in self.cards:
                self.show_round(self.round_id)  # a cluster grows: lay it out again
                return
            card = self._add_card(note, {}, {}, {})
            if self.colour_mode == "table" and note.table not in self._legend_tables:
                self._legend_tables.add(note.table)
                self._set_legend([(table_colour(t), self.table_name(t))
                                  for t in sorted(self._legend_tables)])
            if self.colour_mode != "table":
                card.colour = QColor(NO_TABLE)
                card.fill = tint(card.colour, CARD_TINT)
            margin = 400.0
            self.setSceneRect(self.sceneRect().united(
                card.sceneBoundingRect().adjusted(-margin, -margin, margin, margin)))
            self.follow(card)
        self.empty_hint.hide()
        self._show_legend(True)

    def follow(self, card: NoteCard) -> None:
        """Keep a card just typed in view: a fitted board fits again (with the new card), and
        the view moves to the card where the board is larger than its readable fit."""
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        if (self._fitted and self.zoom() > self.fit_min_zoom() * 1.0001
                and not seen.contains(card.sceneBoundingRect())):
            self.fit_all()  # (only then: a new scale repaints every card)
            seen = self.mapToScene(self.viewport().rect()).boundingRect()
        if not seen.contains(card.sceneBoundingRect()):  # only then: a fitted board that
            self.ensureVisible(card, 40, 40)  # shows it stays as it is (its bars are off)

    def move_cards(self, note_ids: list[str]) -> bool:
        """Put loose cards where the model says they are; False if a redraw is needed."""
        project = self.host.project
        for note_id in note_ids:
            note = project.get("insight", note_id) if project is not None else None
            card = self.cards.get(note_id)
            if note is None or note.round_id != self.round_id:
                continue
            if card is None or card.cluster_id or note.cluster_id or note.deleted:
                return False
            height = card.boundingRect().height() - 8
            self._taken.remove((card.placed.x(), card.placed.y(), CARD_W, height))
            card.setPos(note.x, note.y)
            card.placed = QPointF(note.x, note.y)
            self._taken.add((note.x, note.y, CARD_W, height))
        self._update_scene_rect()
        return True

    def _update_scene_rect(self) -> None:
        bounds = self.scene().itemsBoundingRect()
        if bounds.isNull():
            bounds = QRectF(0, 0, 1200, 800)
        margin = 400.0
        self.setSceneRect(bounds.adjusted(-margin, -margin, margin, margin))

    def _update_legend(self, notes, clusters) -> None:
        self._legend_tables = {n.table for n in notes}
        if self.colour_mode == "table":
            entries = [(table_colour(t), self.table_name(t))
                       for t in sorted(self._legend_tables)]
        elif self.colour_mode == "theme":
            themes = {n.theme for n in notes} | {c.theme for c in clusters.values()}
            entries = [(category_colour(t), t) for t in sorted(themes - {""})]
            entries.append((NO_TABLE, self.tr("no theme")))
        else:
            phases = {n.phase for n in notes} | {c.phase for c in clusters.values()}
            entries = [(category_colour(f"phase {p}"), self.tr("Phase %1").replace("%1", str(p)))
                       for p in sorted(p for p in phases if p)]
            entries.append((NO_TABLE, self.tr("no phase")))
        self._set_legend(entries)
        self._show_legend(bool(notes))
        if notes:
            self.empty_hint.hide()
        else:
            self.empty_hint.setText(self.tr("No notes yet in this round."))
            self.empty_hint.adjustSize()
            self.empty_hint.setVisible(self.round_id is not None)

    def _set_legend(self, entries: list[tuple[str, str]]) -> None:
        self.legend.setText("&nbsp;&nbsp;".join(
            f'<span style="color:{c}; font-size:18pt">■</span>&nbsp;{escape(label)}'
            for c, label in entries))
        self._place_legend()

    def _show_legend(self, shown: bool) -> None:
        if shown != self.legend.isVisibleTo(self):
            self.legend.setVisible(shown)
            self._place_legend()

    def _place_legend(self) -> None:
        """The legend across the top of the board, as tall as its text needs at that width;
        the board's viewport starts under it."""
        frame = self.frameWidth()
        width = max(1, self.width() - 2 * frame)
        height = self.legend.heightForWidth(width) if self.legend.isVisibleTo(self) else 0
        if height < 0:
            height = self.legend.sizeHint().height()
        self.legend.setGeometry(frame, frame, width, height)
        if self.viewportMargins().top() != height:
            self.setViewportMargins(0, height, 0, 0)

    def resizeEvent(self, event) -> None:
        self._place_legend()
        super().resizeEvent(event)

    def fit_min_zoom(self) -> float:
        """Fit-all keeps the cards readable (larger with a larger type size)."""
        return FIT_MIN_ZOOM * self._scale

    def set_colour_mode(self, mode: str) -> None:
        """Colour the cards by table, by koppelkans theme or by Wijkkompas phase."""
        if mode in COLOUR_MODES and mode != self.colour_mode:
            self.colour_mode = mode
            self.show_round(self.round_id, fit=False)

    # -- placing new notes ---------------------------------------------------------------

    def place_new(self, text: str, hidden: bool = False) -> tuple[float, float]:
        """Where a new note goes: the first free slot of the loose-note grid."""
        height = self.metrics.card_height(text, hidden)
        columns = grid_columns(sum(1 for c in self.cards.values() if c.cluster_id is None) + 1)
        hint_columns, start = self._slot_hint.get(self.round_id or "", (columns, 0))
        if hint_columns != columns:
            start = 0
        spot, slot = free_spot(self._taken, height, self._loose_origin, columns, start)
        self._slot_hint[self.round_id or ""] = (columns, slot)
        return spot

    # -- selection -----------------------------------------------------------------------

    def selected_notes(self) -> list[str]:
        """The ids of the selected cards."""
        return [i.note_id for i in self.scene().selectedItems() if isinstance(i, NoteCard)]

    def selected_clusters(self) -> list[str]:
        """The ids of the selected cluster frames."""
        return [i.cluster_id for i in self.scene().selectedItems()
                if isinstance(i, ClusterFrame)]

    def select_notes(self, note_ids: list[str]) -> None:
        """Select these cards (and only these), without telling the list back."""
        self._syncing = True
        try:
            self.scene().clearSelection()
            for note_id in note_ids:
                card = self.cards.get(note_id)
                if card is not None:
                    card.setSelected(True)
        finally:
            self._syncing = False
        if note_ids and note_ids[0] in self.cards:
            self.ensureVisible(self.cards[note_ids[0]], 40, 40)

    def _selection_changed(self) -> None:
        if not self._syncing:
            self.selectionChangedIds.emit(self.selected_notes())

    def _display_changed(self) -> None:
        """Other table colours (the project's own): drawn anew. Larger type (font scale,
        beamer theme): the board is shown that much larger; the cards keep their size on the
        board, so no note moves in the file."""
        if palette.table_overrides() != self._table_colours:
            self._table_colours = palette.table_overrides()
            if self.round_id is not None:
                self.show_round(self.round_id, fit=False)
        self._place_legend()  # the legend's and the hint's text follows the application font
        self.empty_hint.adjustSize()
        scale = theme.scaled_pt(1.0)
        ratio, self._scale = scale / self._scale, scale
        self.FIT_MAX_ZOOM = ZoomView.FIT_MAX_ZOOM * scale
        if abs(ratio - 1.0) < 1e-6:
            return
        if self._fitted:
            self.fit_all()
        else:
            self.zoom_by(ratio)

    # -- keys ----------------------------------------------------------------------------

    @classmethod
    def key_help(cls) -> list[tuple[tuple, str]]:
        from PySide6.QtCore import QCoreApplication

        return [*super().key_help(),
                ((Qt.Key.Key_F2,), QCoreApplication.translate(
                    "BoardCanvas", "Edit the selected note's text or cluster's name")),
                ((Qt.Key.Key_Delete, Qt.Key.Key_Backspace), QCoreApplication.translate(
                    "BoardCanvas", "Delete the selected notes; dissolve a selected cluster"))]

    def handle_key(self, event: QKeyEvent) -> bool:
        if self.editor is not None:  # keys the editor left alone (F2 again) do nothing here
            return True
        if event.key() == Qt.Key.Key_F2:
            self.edit_current()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        else:
            return False
        return True

    # -- dropping ------------------------------------------------------------------------

    def _drop_target(self, pos: QPointF, moved) -> QGraphicsItem | None:
        dragged = set(moved)
        for item in self.scene().items(pos):
            if item in dragged or item.parentItem() in dragged:
                continue
            if isinstance(item, (NoteCard, ClusterFrame)):
                return item
        return None

    def items_moved(self, moved: list[QGraphicsItem], pos: QPointF) -> None:
        """Save where cards and frames were dropped, and what they were dropped on."""
        from ..model.board import make_cluster, move_to_cluster

        cards = [m for m in moved if isinstance(m, NoteCard)]
        frames = [m for m in moved if isinstance(m, ClusterFrame)]
        target = self._drop_target(pos, moved) if cards else None
        into = (target.cluster_id if isinstance(target, (NoteCard, ClusterFrame)) else None)
        if into is not None and not frames and all(c.cluster_id == into for c in cards):
            self.show_round(self.round_id, fit=False)  # dropped back home: snap into place
            return
        card_ids = [c.note_id for c in cards]
        spots = {c.note_id: (c.scenePos().x(), c.scenePos().y()) for c in cards}
        frame_spots = {f.cluster_id: (f.scenePos().x(), f.scenePos().y()) for f in frames}
        new_cluster: list[str] = []

        def action(log) -> None:
            changed = set(frame_spots)
            if isinstance(target, NoteCard) and target.cluster_id:
                move_to_cluster(log, card_ids, target.cluster_id)
                changed.add(target.cluster_id)
            elif isinstance(target, NoteCard):
                at = target.scenePos()
                cluster = make_cluster(log, [target.note_id, *card_ids], self.tr("New cluster"),
                                       x=at.x(), y=at.y())
                new_cluster.append(cluster)
                changed.add(cluster)
            elif isinstance(target, ClusterFrame):
                move_to_cluster(log, card_ids, target.cluster_id)
                changed.add(target.cluster_id)
            else:
                for note_id, (x, y) in spots.items():
                    log.update("insight", note_id, cluster_id=None, x=x, y=y)
            for cluster_id, (x, y) in frame_spots.items():
                log.update("cluster", cluster_id, x=x, y=y)
            self.make_room(log, changed)

        label = (self.tr("Make cluster") if isinstance(target, NoteCard) and not target.cluster_id
                 else self.tr("Move to cluster") if target is not None
                 else self.tr("Move notes") if cards else self.tr("Move cluster"))
        if not self.host.edits(label, action):
            self.show_round(self.round_id, fit=False)  # refused: put the cards back
        elif new_cluster and new_cluster[0] in self.frames:
            self.edit_title(new_cluster[0])  # name the new cluster right away

    def make_room(self, log, changed_clusters: set[str], grown: set[str] = frozenset()) -> None:
        """Move what lies under the clusters that changed, or under loose notes that grew
        (edited, revealed), to free spots nearby: other clusters and loose notes."""
        project = log.project
        if self.round_id is None:
            return
        notes = project.all("insight", round_id=self.round_id)
        clusters = {c.id: c for c in project.all("cluster", round_id=self.round_id)}
        heights: dict[str, list[float]] = {c_id: [] for c_id in clusters}
        for note in notes:
            if note.cluster_id in heights:
                heights[note.cluster_id].append(self.metrics.card_height(note.text, note.hidden))
        changed_clusters = set(changed_clusters) | {
            n.cluster_id for n in notes if n.id in grown and n.cluster_id in clusters}
        rects = {c_id: cluster_layout(c.x, c.y, heights[c_id])[0] for c_id, c in clusters.items()}
        fixed = [rects[c_id] for c_id in changed_clusters if c_id in rects]
        loose = [(n, (n.x, n.y, CARD_W, self.metrics.card_height(n.text, n.hidden)))
                 for n in notes if n.cluster_id not in clusters]
        pushed_notes = []
        check = Taken(fixed)
        for note, rect in loose:
            if note.id in grown:
                if check.free(rect, margin=0):
                    check.add(rect)
                    fixed.append(rect)
                else:
                    pushed_notes.append((note, rect))
        taken = Taken(fixed)
        pushed_frames = []
        for c_id, rect in rects.items():
            if c_id in changed_clusters:
                continue
            if check.free(rect, margin=GAP):
                taken.add(rect)
            else:
                pushed_frames.append(c_id)
        for note, rect in loose:
            if note.id in grown:
                continue
            if check.free(rect, margin=0):
                taken.add(rect)
            else:
                pushed_notes.append((note, rect))
        for c_id in pushed_frames:
            x, y, w, h = rects[c_id]
            (nx, ny), _ = free_spot(taken, h, (x, y), columns=12, width=w)
            taken.add((nx, ny, w, h))
            log.update("cluster", c_id, x=nx, y=ny)
        for note, (x, y, w, h) in pushed_notes:
            (nx, ny), _ = free_spot(taken, h, (x, y), columns=4)
            taken.add((nx, ny, w, h))
            log.update("insight", note.id, x=nx, y=ny)

    def dissolve(self, log, cluster_id: str) -> None:
        """Dissolve a cluster; its notes stay where they lay in its frame, now loose."""
        from ..model.board import dissolve_cluster

        project = log.project
        cluster = project.get("cluster", cluster_id)
        if cluster is not None and not cluster.deleted:
            inside = project.all("insight", cluster_id=cluster_id)
            heights = [self.metrics.card_height(n.text, n.hidden) for n in inside]
            _, spots = cluster_layout(cluster.x, cluster.y, heights)
            for note, (x, y) in zip(inside, spots, strict=True):
                log.update("insight", note.id, x=x, y=y)
        dissolve_cluster(log, cluster_id)

    def arrange(self, log) -> None:
        """Tidy the whole board: clusters side by side on top, loose notes in a grid below.

        For after a merge of table laptops (their notes may lie on the same spots) or a
        busy evening; one undo step like every other edit.
        """
        project = log.project
        if self.round_id is None:
            return
        notes = project.all("insight", round_id=self.round_id)
        clusters = project.all("cluster", round_id=self.round_id)
        heights: dict[str, list[float]] = {c.id: [] for c in clusters}
        loose = []
        for note in notes:
            if note.cluster_id in heights:
                heights[note.cluster_id].append(self.metrics.card_height(note.text, note.hidden))
            else:
                loose.append(note)
        x = y = row_bottom = 0.0
        row_width = max(6 * (CARD_W + 2 * GAP + 40), grid_columns(len(loose)) * SLOT_W)
        for cluster in clusters:
            _, _, w, h = cluster_layout(0, 0, heights[cluster.id])[0]
            if x > 0 and x + w > row_width:
                x, y = 0.0, row_bottom + 60
            log.update("cluster", cluster.id, x=x, y=y)
            x += w + 40
            row_bottom = max(row_bottom, y + h)
        top = row_bottom + 80 if clusters else 0.0
        columns = grid_columns(len(loose))
        taken = Taken()
        slot = 0
        for note in loose:
            (nx, ny), slot = free_spot(taken, self.metrics.card_height(note.text, note.hidden),
                                       (0.0, top), columns, slot)
            taken.add((nx, ny, CARD_W, self.metrics.card_height(note.text, note.hidden)))
            log.update("insight", note.id, x=nx, y=ny)
        self._slot_hint.pop(self.round_id, None)

    # -- editing in place ----------------------------------------------------------------

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NoteCard):
            self.edit_note(item.note_id)
        elif isinstance(item, ClusterFrame):
            self.edit_title(item.cluster_id)
        else:
            super().mouseDoubleClickEvent(event)

    def edit_current(self) -> None:
        """F2: edit the selected card's text, or the selected cluster's name."""
        notes, frames = self.selected_notes(), self.selected_clusters()
        if len(notes) == 1:
            self.edit_note(notes[0])
        elif frames and not notes:
            self.edit_title(frames[0])

    def _editor_geometry(self, rect: QRectF, min_w: int, min_h: int):
        area = self.mapFromScene(rect).boundingRect()
        area.setWidth(max(area.width(), min_w))
        area.setHeight(max(area.height(), min_h))
        return area

    def edit_note(self, note_id: str) -> QPlainTextEdit | None:
        """Open an editor over the card; Enter saves (one undo step), Esc cancels."""
        self._close_editor(save=True)  # saving may redraw the board: look the card up after
        card = self.cards.get(note_id)
        if card is None:  # a face-down one too: the editor is on the laptop's view only
            return None
        self.ensureVisible(card, 40, 40)
        editor = CardEditor(self.viewport(), lambda text: self._note_edited(note_id, text))
        font = QFont(self.metrics.font)
        font.setPointSizeF(max(11.0, CARD_FONT_PT * min(self.zoom(), 2.0)))
        editor.setFont(font)
        editor.setPlainText(card.text)
        editor.setGeometry(self._editor_geometry(card.sceneBoundingRect(), 280, 140))
        editor.selectAll()
        editor.show()
        editor.setFocus()
        self.editor = editor
        return editor

    def _note_edited(self, note_id: str, text: str | None) -> None:
        self._close_editor(save=False)
        card = self.cards.get(note_id)
        if text is None or card is None:
            return
        text = text.strip()
        if not text or text == card.text:
            return
        if len(text) > MAX_TEXT:
            self.host.say(self.tr("This text is longer than %n characters; shorten it.", "",
                                  MAX_TEXT))
            return
        self.host.edits(self.tr("Edit note"),
                        lambda log: self._edit_and_make_room(log, note_id, text))

    def _edit_and_make_room(self, log, note_id: str, text: str) -> None:
        log.update("insight", note_id, text=text)
        self.make_room(log, set(), grown={note_id})

    def edit_title(self, cluster_id: str) -> QLineEdit | None:
        """Open an editor over the cluster's name; Enter saves, Esc cancels."""
        self._close_editor(save=True)  # saving may redraw the board: look the frame up after
        frame = self.frames.get(cluster_id)
        if frame is None:
            return None
        self.ensureVisible(frame, 40, 40)
        editor = TitleEditor(self.viewport(), lambda text: self._title_edited(cluster_id, text))
        font = QFont(self.metrics.title)
        font.setPointSizeF(max(12.0, TITLE_FONT_PT * min(self.zoom(), 2.0)))
        editor.setFont(font)
        editor.setText(frame.name)
        rect = frame.mapRectToScene(frame.title_rect())
        editor.setGeometry(self._editor_geometry(rect, 260, 36))
        editor.selectAll()
        editor.show()
        editor.setFocus()
        self.editor = editor
        return editor

    def _title_edited(self, cluster_id: str, text: str | None) -> None:
        from .commands import UpdateRecord

        self._close_editor(save=False)
        frame = self.frames.get(cluster_id)
        project = self.host.project
        if text is None or frame is None or project is None:
            return
        text = text.strip()
        if text and text != frame.name:
            self.host.run(UpdateRecord(project, self.tr("Rename cluster"), "cluster",
                                       cluster_id, {"name": text}))

    def _close_editor(self, save: bool) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        if not save:
            editor._done = None  # noqa: SLF001 - closing without a verdict
        else:
            editor.finish(editor.toPlainText() if isinstance(editor, CardEditor)
                          else editor.text())
        editor.hide()
        editor.deleteLater()
        self.setFocus()

    # -- deleting, menus -----------------------------------------------------------------

    def delete_selection(self) -> None:
        """Delete the selected cards; a selected cluster is dissolved (its notes stay)."""
        notes, clusters = self.selected_notes(), self.selected_clusters()
        if not notes and not clusters:
            return

        def action(log) -> None:
            for note_id in notes:
                log.delete("insight", note_id)
            for cluster_id in clusters:
                self.dissolve(log, cluster_id)

        label = (self.tr("Delete notes") if notes and not clusters
                 else self.tr("Dissolve cluster") if not notes else self.tr("Delete"))
        self.host.edits(label, action)

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos())
        if isinstance(item, NoteCard):
            if not item.isSelected():
                self.scene().clearSelection()
                item.setSelected(True)
            menu = self.host.insight_menu(item.note_id)
        elif isinstance(item, ClusterFrame):
            menu = self.host.cluster_menu(item.cluster_id)
        else:
            menu = self.board_menu()
        menu.exec(event.globalPos())

    def tidy_up(self) -> None:
        """Arrange the clusters and loose notes (one undo step), then show them all."""
        if self.round_id is not None and self.host.edits(self.tr("Tidy up the board"),
                                                         self.arrange):
            self.fit_all()

    def board_menu(self) -> QMenu:
        """Zoom, fit and colour: what the empty board offers."""
        menu = QMenu(self)
        menu.addAction(self.tr("Fit all (0)"), self.fit_all)
        menu.addAction(self.tr("Zoom in (+)"), lambda: self.zoom_by(self.ZOOM_STEP))
        menu.addAction(self.tr("Zoom out (−)"), lambda: self.zoom_by(1 / self.ZOOM_STEP))
        menu.addAction(self.tr("&Tidy up the board"), self.tidy_up)
        menu.addSeparator()
        for mode, label in zip(COLOUR_MODES, self.colour_mode_labels(), strict=True):
            action = menu.addAction(label, lambda m=mode: self.host.set_colour_mode(m))
            action.setCheckable(True)
            action.setChecked(mode == self.colour_mode)
        return menu

    def colour_mode_labels(self) -> tuple[str, str, str]:
        """The names of the colour modes, in the user's language."""
        return (self.tr("Colour by table"), self.tr("Colour by theme"),
                self.tr("Colour by phase"))


def two_lines(font: QFont, text: str, width: float) -> str:
    """The text word-wrapped on at most two lines of this width, the second elided if needed."""
    fm = QFontMetricsF(font)
    words = text.split()
    first = ""
    while words and fm.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first and words:  # one long word: it goes on the first line, elided
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if not words:
        return first
    return first + "\n" + fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
