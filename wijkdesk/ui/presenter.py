"""Presenter mode: what the room sees on the beamer, while the laptop keeps every control.

F5 (or the toolbar's Presenteren) opens the audience window. With a second screen it goes
full screen there and the laptop stays as it is; with one screen it covers that screen, with
a small control strip that H hides and shows. Esc (or F5 again) ends it.

The audience window shows the view the facilitator shows, clean and large: the board of the
round (face-down notes stay face down: it is the same scene), the top of the ranking while the
facilitator shows it, the stakeholder network or the power/interest grid, the timeline, and
"Waar staan we?" from the Wijkkompas; above it the round's prompt and the timer. It follows
live: the canvases are the facilitator's own scenes in a second, read-only view that keeps to
what the facilitator's view shows, scaled up to the beamer.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QPainter, QTransform
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .round_timer import clock_text

#: the type size of the audience window's own texts (points, at 1920 x 1080)
AUDIENCE_PT = 26
#: the least size of the canvases' texts on the audience's screen: closer in when needed
AUDIENCE_MIN_PT = 24


def audience_pt() -> int:
    """The type size of the audience window: the projector theme's, when there is one."""
    try:
        from .theme import audience_font_pt
    except ImportError:
        return AUDIENCE_PT
    return max(AUDIENCE_PT, int(audience_font_pt()))


def audience_screen(main: QWidget):
    """(screen, second): the screen for the audience, and whether it is a second screen (not
    the one the laptop's window is on)."""
    screens = QGuiApplication.screens()
    mine = main.screen() if main is not None else None
    others = [s for s in screens if s is not mine]
    if mine is not None and others:
        return max(others, key=lambda s: s.geometry().width() * s.geometry().height()), True
    return (mine or QGuiApplication.primaryScreen()), False


class MirrorView(QGraphicsView):
    """A read-only second view of a canvas's scene: it shows what the canvas shows, scaled
    to fill the audience window (time keeps the canvas's stretch on the timeline)."""

    def __init__(self, source: QGraphicsView, parent: QWidget | None = None) -> None:
        super().__init__(source.scene(), parent)
        self.source = source
        self.setObjectName("mirror")
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(source.backgroundBrush())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._shown: tuple | None = None

    #: the most a fitted board or network is blown up on the beamer
    MAX_FIT_ZOOM = 2.6

    def follow(self) -> None:
        """Show the part of the scene the canvas shows (cheap when nothing changed). When
        the canvas shows everything (fit-all), so does this view, as large as it fits; the
        timeline keeps the canvas's stretch of time."""
        source = self.source
        port = source.viewport().rect()
        fitted = getattr(source, "_fitted", False) and not hasattr(source, "x_of")
        seen = source.fit_rect() if fitted else source.mapToScene(port).boundingRect()
        src = source.transform()
        key = (fitted, seen.x(), seen.y(), seen.width(), seen.height(), src.m11(), src.m22(),
               self.viewport().width(), self.viewport().height())
        if key == self._shown or port.width() <= 0 or port.height() <= 0:
            return
        self._shown = key
        if fitted:
            self.setSceneRect(source.sceneRect())
            if seen.isNull():
                return
            self.fitInView(seen.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() > self.MAX_FIT_ZOOM:
                self.setTransform(QTransform.fromScale(self.MAX_FIT_ZOOM, self.MAX_FIT_ZOOM))
                self.centerOn(seen.center())
            self._readable(seen)
            return
        k = min(self.viewport().width() / port.width(), self.viewport().height() / port.height())
        self.setTransform(QTransform.fromScale(src.m11() * k, src.m22() * k))
        self.setSceneRect(source.sceneRect())
        self.centerOn(seen.center())
        self._readable(seen)

    def _readable(self, seen: QRectF) -> None:
        """Not smaller than 24 pt for the main texts: closer in, around the same middle."""
        least = getattr(self.source, "least_scale_for", None)
        if least is None:
            return
        need = least(float(AUDIENCE_MIN_PT))
        now = self.transform()
        if now.m22() < need:
            self.setTransform(QTransform.fromScale(now.m11() * need / now.m22(), need))
            self.centerOn(seen.center())

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        self.source.drawBackground(painter, rect)  # the timeline's lanes and axis, say

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        self.source.drawForeground(painter, rect)


class AudienceWindow(QWidget):
    """See the module's description. ``main`` is the facilitator's window."""

    #: the audience window asked to end presenting (Esc)
    endRequested = Signal()

    def __init__(self, main, second_screen: bool) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.main = main
        self.second_screen = second_screen
        self.setObjectName("audience")
        self.setProperty("ownTypeSize", True)  # the font scale leaves the room's type alone
        self.setWindowTitle(self.tr("wijkdesk — audience"))
        self.setAccessibleName(self.tr("Audience view"))
        self.setStyleSheet("QWidget#audience { background: #ffffff; }"
                           "QLabel#audiencePrompt, QLabel#audienceClock { color: #101010; }"
                           "QListWidget#audienceTop { border: none; color: #101010; }")
        pt = audience_pt()
        self.prompt = QLabel()
        self.prompt.setObjectName("audiencePrompt")
        self.prompt.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSize(pt + 6)
        font.setBold(True)
        self.prompt.setFont(font)
        self.clock = QLabel()
        self.clock.setObjectName("audienceClock")
        clock_font = QFont(font)
        clock_font.setPointSize(pt + 14)
        self.clock.setFont(clock_font)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head = QHBoxLayout()
        head.addWidget(self.prompt, 1)
        head.addWidget(self.clock)
        self.pages = QStackedWidget()
        self.mirrors: dict[str, MirrorView] = {}
        self.top = QListWidget()
        self.top.setObjectName("audienceTop")
        self.top.setAccessibleName(self.tr("Top of the ranking"))
        big = QFont(self.font())
        big.setPointSize(pt + 4)
        self.top.setFont(big)
        self.top.setWordWrap(True)
        self.top.setSpacing(14)
        self.top.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text = QTextBrowser()
        self.text.setObjectName("audienceText")
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.blank = QLabel()
        self.blank.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QFont(self.font())
        title.setPointSize(pt + 16)
        title.setBold(True)
        self.blank.setFont(title)
        self.blank.setWordWrap(True)
        for page in (self.top, self.text, self.blank):
            self.pages.addWidget(page)
        # the control strip (one screen only): the laptop's window is behind this one
        self.strip = QWidget()
        self.strip.setObjectName("controlStrip")
        self.strip.setStyleSheet("QWidget#controlStrip { background: #263238; }"
                                 "QPushButton { font-size: 12pt; padding: 4px 10px; }")
        strip = QHBoxLayout(self.strip)
        strip.setContentsMargins(8, 4, 8, 4)
        self.previous_button = QPushButton(self.tr("◀ Previous view"))
        self.next_button = QPushButton(self.tr("Next view ▶"))
        self.timer_button = QPushButton(self.tr("Timer start/pause (Space)"))
        self.hide_button = QPushButton(self.tr("Hide these buttons (H)"))
        self.end_button = QPushButton(self.tr("End presenting (Esc)"))
        self.previous_button.clicked.connect(lambda: self.main.step_view(-1))
        self.next_button.clicked.connect(lambda: self.main.step_view(1))
        self.timer_button.clicked.connect(lambda: self.main.timer_panel.timer.toggle())
        self.hide_button.clicked.connect(lambda: self.strip.setVisible(False))
        self.end_button.clicked.connect(self.endRequested)
        for button in (self.previous_button, self.next_button, self.timer_button,
                       self.hide_button, self.end_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            strip.addWidget(button)
        strip.addStretch(1)
        self.strip.setVisible(not second_screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 20, 36, 12)
        layout.addLayout(head)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.strip)
        self.shown = ""  # what the page shows: board, top, network, grid, timeline, kompas, …
        self._follow = QTimer(self)
        self._follow.setInterval(120)
        self._follow.timeout.connect(self._follow_canvas)

    # -- what is shown ---------------------------------------------------------------------

    def mirror(self, name: str, source: QGraphicsView) -> MirrorView:
        """The read-only view of a canvas (made once per canvas)."""
        view = self.mirrors.get(name)
        if view is None or view.source is not source:
            if view is not None:
                self.pages.removeWidget(view)
                view.deleteLater()
            view = MirrorView(source)
            self.mirrors[name] = view
            self.pages.addWidget(view)
        return view

    def show_canvas(self, name: str, source: QGraphicsView, prompt: str) -> None:
        """Show a canvas as the facilitator's view shows it."""
        view = self.mirror(name, source)
        self.pages.setCurrentWidget(view)
        self.prompt.setText(prompt)
        self.shown = name
        view._shown = None
        view.follow()
        self._follow.start()

    def show_lines(self, name: str, prompt: str, lines: list[str]) -> None:
        """Show lines in large type (the top of the ranking)."""
        self._follow.stop()
        self.top.clear()
        self.top.addItems(lines)
        self.pages.setCurrentWidget(self.top)
        self.prompt.setText(prompt)
        self.shown = name

    def show_html(self, name: str, prompt: str, html: str) -> None:
        """Show a page of text (Waar staan we?)."""
        self._follow.stop()
        self.text.setHtml(html)
        self.pages.setCurrentWidget(self.text)
        self.prompt.setText(prompt)
        self.shown = name

    def show_title(self, name: str, title: str) -> None:
        """Show a title only (a view with nothing for the room)."""
        self._follow.stop()
        self.blank.setText(title)
        self.pages.setCurrentWidget(self.blank)
        self.prompt.setText("")
        self.shown = name

    def _follow_canvas(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, MirrorView):
            page.follow()

    def show_clock(self, seconds: int, running: bool) -> None:
        """The round timer, as on the laptop (red in the last 30 seconds)."""
        self.clock.setText(clock_text(seconds))
        urgent = running and seconds <= 30
        self.clock.setStyleSheet(f"color: {'#b00020' if urgent else '#101010'};")

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.endRequested.emit()
        elif key == Qt.Key.Key_H:
            self.strip.setVisible(not self.strip.isVisible())
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.main.step_view(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.main.step_view(-1)
        elif key == Qt.Key.Key_Space:
            self.main.timer_panel.timer.toggle()
        else:
            super().keyPressEvent(event)


class Presenter:
    """Presenter mode for a main window: opens and ends the audience window and keeps it
    showing what the facilitator shows."""

    def __init__(self, main) -> None:
        self.main = main
        self.window: AudienceWindow | None = None
        self.top: tuple[str, int] | None = None  # (round id, N) while the top N is shown

    @staticmethod
    def key_help() -> list[tuple[tuple, str]]:
        """The keys of presenter mode, for the shortcut sheet: ``(keys, text)``."""
        from PySide6.QtCore import QCoreApplication

        translate = QCoreApplication.translate
        return [((Qt.Key.Key_F5,), translate("Presenter", "Start or end presenting on the beamer")),
                ((Qt.Key.Key_Escape,),
                 translate("Presenter", "End presenting (on the audience's screen)")),
                ((Qt.Key.Key_Right, Qt.Key.Key_Left),
                 translate("Presenter", "The next or previous view (on the audience's screen)")),
                ((Qt.Key.Key_Space,), translate(
                    "Presenter", "Start or pause the round timer (on the audience's screen)")),
                ((Qt.Key.Key_H,),
                 translate("Presenter", "Hide or show the control strip (one screen)"))]

    @property
    def active(self) -> bool:
        """Whether the audience window is open."""
        return self.window is not None

    def toggle(self) -> None:
        """F5: start, or end."""
        if self.active:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        """Open the audience window: full screen on the second screen, or on this one."""
        if self.active:
            return
        screen, second = audience_screen(self.main)
        window = AudienceWindow(self.main, second)
        window.endRequested.connect(self.stop)
        self.window = window
        timer = self.main.timer_panel.timer
        timer.changed.connect(self._clock)
        self._clock(int(round(timer.remaining())))
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        if not second:
            window.activateWindow()
            window.setFocus()
        self.update()

    def stop(self) -> None:
        """Close the audience window (Esc); the laptop's window is as it was."""
        window, self.window = self.window, None
        self.top = None
        if window is None:
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self.main.timer_panel.timer.changed.disconnect(self._clock)
        window._follow.stop()
        window.close()
        window.deleteLater()
        self.main.activateWindow()

    def _clock(self, seconds: int) -> None:
        if self.window is not None:
            self.window.show_clock(seconds, self.main.timer_panel.timer.running)

    def show_top(self, round_id: str, n: int) -> None:
        """Show the top N of a round's ranking (until the facilitator shows something else)."""
        self.top = (round_id, n)
        self.update()

    def end_top(self) -> None:
        """Back to the view after the top N."""
        if self.top is not None:
            self.top = None
            self.update()

    def update(self) -> None:
        """Show what the facilitator shows now."""
        translate = QCoreApplication.translate
        window, main = self.window, self.main
        if window is None:
            return
        project = main.ctx.project
        row = main.nav.currentRow()
        view = main.views.currentWidget()
        if project is None:
            window.show_title("none", "wijkdesk")
            return
        if self.top is not None:
            self._show_top(project)
        elif view is main.bijeenkomst_view:
            board = view.board
            window.show_canvas("board", board, view.prompt.text())
        elif view is main.stakeholder_view:
            view.ensure_built()
            grid = view.tabs is not None and view.tabs.currentWidget() is view.grid
            window.show_canvas("grid" if grid else "network", view.grid if grid else view.network,
                               # the Presenter context: main.tr would look under MainWindow
                               translate("Presenter", "Who is involved?") if not grid
                               else translate("Presenter", "Power and interest"))
        elif view is main.timeline_view:
            view.ensure_built()
            window.show_canvas("timeline", view.canvas,
                               translate("Presenter", "Denk-spoor and doe-spoor"))
        elif view is main.kompas_view:
            view.ensure_built()
            window.show_html("kompas", "", view.standing_html())
        else:
            info = project.info()
            title = info.name + (f"\n{info.wijk}" if info.wijk else "")
            window.show_title(f"view-{row}", title)

    def _show_top(self, project) -> None:
        from ..model.votes import ranking
        from .votes_dialog import RankWords, rank_text

        round_id, n = self.top
        rnd = project.get("round", round_id)
        words = RankWords()
        lines = [rank_text(line, words) for line in ranking(project, round_id)
                 if line.rank <= n and line.votes > 0]
        if not lines:  # no votes counted yet: not a list of ties at nought
            lines = [QCoreApplication.translate("Presenter", "No votes counted yet.")]
        self.window.show_lines("top", rnd.prompt if rnd else "", lines)
