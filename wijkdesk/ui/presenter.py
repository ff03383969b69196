"""Presenter mode: what the room sees on the beamer, while the laptop keeps every control.

F5 (or the toolbar's Presenteren) opens the audience window: exactly as large as the
audience's screen. With a second screen it goes full screen there and the laptop stays as it
is; with one screen it covers that screen, with a small control strip that H hides and shows.
Esc (or F5 again) ends it.

The audience window draws its own picture of what is shown (``audience/``), laid out to fit
its screen whole: the whole round (its clusters with their titles and counts, every card
whole; face-down notes show their backs only), one cluster, the top of the ranking, the
whole network, the whole power/interest grid, the timeline around today, or "Waar staan
we?"; above it the round's question and the timer. Where all of it does not fit at a
readable size it pages (PageDown / PageUp) rather than cutting anything off.

What it shows is the facilitator's choice (the Beamer menu, F6, or the panel under the
views): by default it follows the view the facilitator is on. The panel shows a small live
picture of what the room sees. It follows the model live.

On one screen no dialog of the laptop shows over the room: Ctrl+K takes the votes in a slim
row at the foot of the audience window (the room sees the ranking grow), and a dialog that
would open says on the control strip that presenting must end first. After a dialog closes
the audience window is on top again.
"""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .audience import FOLLOW, SHOWS
from .audience.canvas import AudienceCanvas
from .audience.panel import BeamerPanel, VotesEntry
from .audience.screens import Frame, Source, build
from .flow_layout import FlowLayout
from .round_timer import clock_text

translate = QCoreApplication.translate

#: the keys of the audience window that choose a show (the same in every language)
SHOW_KEYS = {Qt.Key.Key_V: FOLLOW, Qt.Key.Key_R: "round", Qt.Key.Key_C: "cluster",
             Qt.Key.Key_T: "top", Qt.Key.Key_N: "network", Qt.Key.Key_G: "grid",
             Qt.Key.Key_L: "timeline", Qt.Key.Key_W: "kompas", Qt.Key.Key_B: "title"}


def audience_pt() -> int:
    """The body type of the audience window on a 1920 x 1080 beamer, in points (the
    projector theme's, at least 24; the shows compute theirs per screen: ``least_px``)."""
    from .theme import audience_font_pt

    return max(24, int(audience_font_pt()))


def audience_screen(main: QWidget):
    """(screen, second): the screen for the audience, and whether it is a second screen (not
    the one the laptop's window is on)."""
    screens = QGuiApplication.screens()
    mine = main.screen() if main is not None else None
    others = [s for s in screens if s is not mine]
    if mine is not None and others:
        return max(others, key=lambda s: s.geometry().width() * s.geometry().height()), True
    return (mine or QGuiApplication.primaryScreen()), False


class AudienceWindow(QWidget):
    """See the module's description. ``main`` is the facilitator's window."""

    #: the audience window asked to end presenting (Esc)
    endRequested = Signal()

    def __init__(self, main, second_screen: bool) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.main = main
        self.presenter = None  # set by the presenter
        self.second_screen = second_screen
        self.setObjectName("audience")
        self.setProperty("ownTypeSize", True)  # the font scale leaves the room's type alone
        self.setWindowTitle(self.tr("wijkdesk — audience"))
        self.setAccessibleName(self.tr("Audience view"))
        self.setStyleSheet("QWidget#audience { background: #ffffff; }")
        self.setMinimumSize(1, 1)
        self.canvas = AudienceCanvas()
        self.entry = VotesEntry()
        self.entry.hide()
        # the control strip (one screen only): the laptop's window is behind this one
        self.strip = QWidget()
        self.strip.setObjectName("controlStrip")
        self.strip.setStyleSheet("QWidget#controlStrip { background: #263238; }"
                                 "QPushButton { font-size: 10pt; padding: 2px 6px; }"
                                 "QLabel { color: #ffffff; font-size: 12pt; }")
        self.strip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        strip = FlowLayout(self.strip)
        strip.setContentsMargins(8, 4, 8, 4)
        self.previous_button = QPushButton(self.tr("◀ Previous view"))
        self.next_button = QPushButton(self.tr("Next view ▶"))
        self.page_button = QPushButton(self.tr("Page ▶ (PgDn)"))
        self.votes_button = QPushButton(self.tr("Votes (Ctrl+K)"))
        self.timer_button = QPushButton(self.tr("Timer (Space)"))
        self.hide_button = QPushButton(self.tr("Hide (H)"))
        self.end_button = QPushButton(self.tr("End (Esc)"))
        self.previous_button.clicked.connect(lambda: self.main.step_view(-1))
        self.next_button.clicked.connect(lambda: self.main.step_view(1))
        self.page_button.clicked.connect(lambda: self.presenter and self.presenter.turn(1))
        self.votes_button.clicked.connect(lambda: self.presenter and self.presenter.start_entry())
        self.timer_button.clicked.connect(lambda: self.main.timer_panel.timer.toggle())
        self.hide_button.clicked.connect(lambda: self.strip.setVisible(False))
        self.end_button.clicked.connect(self.endRequested)
        for button in (self.previous_button, self.next_button, self.page_button,
                       self.votes_button, self.timer_button, self.hide_button, self.end_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            strip.addWidget(button)
        self.message = QLabel()
        self.message.setObjectName("stripMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.strip_box = QWidget()
        box = QVBoxLayout(self.strip_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.message)
        box.addWidget(self.strip)
        self.strip_box.setObjectName("stripBox")
        self.strip_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.strip_box.setStyleSheet("QWidget#stripBox { background: #263238; }"
                                     "QLabel#stripMessage { color: #ffffff; font-size: 12pt; "
                                     "padding: 2px 8px; }")
        self.message.hide()
        self.strip_box.setVisible(not second_screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.entry)
        layout.addWidget(self.strip_box)
        self.shown = ""  # the show on the beamer: round, cluster, top, network, grid, …
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(8000)
        self._quiet.timeout.connect(self.message.hide)

    @property
    def picture(self):
        """The picture on the beamer now (``audience.picture.Picture``)."""
        return self.canvas.picture

    def say(self, text: str) -> None:
        """A line for the facilitator on the control strip (one screen), for a while."""
        self.message.setText(text)
        self.message.show()
        self.strip_box.show()
        self.strip.show()
        self._quiet.start()

    def fit_to(self, rect: QRect) -> None:
        """Exactly this rect (the audience's screen): never wider, never taller."""
        self.setMinimumSize(1, 1)
        self.setMaximumSize(rect.size())
        self.setGeometry(rect)

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        presenter = self.presenter
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                   Qt.Key.Key_AltGr):
            super().keyPressEvent(event)  # a modifier pressed on its own: the key comes next
        elif ctrl and key == Qt.Key.Key_K:
            presenter.start_entry()
        elif ctrl and (key == Qt.Key.Key_Y or key == Qt.Key.Key_Z
                       and mods & Qt.KeyboardModifier.ShiftModifier):
            self.main.ctx.undo.redo()
        elif ctrl and key == Qt.Key.Key_Z:
            self.main.ctx.undo.undo()
        elif ctrl and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            presenter.turn(1 if key == Qt.Key.Key_PageDown else -1)
        elif ctrl:
            self.say(self.tr("This opens on the laptop's screen only after presenting ends "
                             "(Esc): the room would see it."))
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.endRequested.emit()
        elif key == Qt.Key.Key_H:
            self.strip_box.setVisible(not self.strip_box.isVisible())
            self.strip.setVisible(self.strip_box.isVisible())
        elif key in (Qt.Key.Key_Right,):
            self.main.step_view(1)
        elif key in (Qt.Key.Key_Left,):
            self.main.step_view(-1)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            presenter.turn(1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Up):
            presenter.turn(-1)
        elif key == Qt.Key.Key_Space:
            self.main.timer_panel.timer.toggle()
        elif key == Qt.Key.Key_F6:
            presenter.cycle(-1 if mods & Qt.KeyboardModifier.ShiftModifier else 1)
        elif key == Qt.Key.Key_F8:  # the evening's programme (main_window.next_round)
            shift = mods & Qt.KeyboardModifier.ShiftModifier
            self.main.next_agenda_item() if shift else self.main.next_round()
        elif key in SHOW_KEYS and not mods:
            presenter.choose(SHOW_KEYS[key])
        else:
            super().keyPressEvent(event)


class DialogGuard(QObject):
    """One screen: no dialog of the laptop's shows over the room (it says why on the strip
    instead; the votes dialog becomes the votes row), and after any window of the laptop's
    closes the audience window is on top again."""

    def __init__(self, presenter: Presenter) -> None:
        super().__init__()
        self.presenter = presenter

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        window = self.presenter.window
        if window is None or not isinstance(obj, QWidget) or not obj.isWindow() \
                or obj is window:
            return False
        if kind == QEvent.Type.Show and isinstance(obj, QDialog) and not window.second_screen:
            obj.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)  # never mapped
            QTimer.singleShot(0, obj.reject)
            self.presenter.refused(obj)
        elif kind in (QEvent.Type.Hide, QEvent.Type.Close) and isinstance(obj, QDialog):
            QTimer.singleShot(0, self.presenter.raise_audience)
        return False


class Presenter:
    """Presenter mode for a main window: opens and ends the audience window and keeps it
    showing what the facilitator chose."""

    def __init__(self, main) -> None:
        self.main = main
        self.window: AudienceWindow | None = None
        self.top: tuple[str, int] | None = None  # (round id, N) while the votes dialog shows it
        self.choice = FOLLOW  # what the beamer shows: FOLLOW or one of SHOWS
        self.top_n = 3
        self.cluster_id: str | None = None  # the cluster of "one cluster"
        self.page = 0
        self.entry_target: str | None = None  # the target whose votes are typed (one screen)
        self.panel: BeamerPanel | None = None
        self.guard: DialogGuard | None = None
        self.today: dt.date | None = None  # tests fix the day
        self._state: tuple | None = None
        self._tabs_hooked = None
        self._update = QTimer()
        self._update.setSingleShot(True)
        self._update.setInterval(40)
        self._update.timeout.connect(self.update)
        self._watch = QTimer()  # what the facilitator has on screen: round, tab, selection
        self._watch.setInterval(250)
        self._watch.timeout.connect(self._check)
        self._thumb = QTimer()
        self._thumb.setSingleShot(True)
        self._thumb.setInterval(150)
        self._thumb.timeout.connect(self._refresh_thumbnail)

    @staticmethod
    def key_help() -> list[tuple[tuple, str]]:
        """The keys of presenter mode, for the shortcut sheet: ``(keys, text)``."""
        from PySide6.QtCore import QCoreApplication

        translate = QCoreApplication.translate
        return [((Qt.Key.Key_F5,), translate("Presenter", "Start or end presenting on the beamer")),
                ((Qt.Key.Key_Escape,),
                 translate("Presenter", "End presenting (on the audience's screen)")),
                ((Qt.Key.Key_F6,), translate("Presenter", "The next show on the beamer "
                                                          "(Shift+F6: the one before)")),
                ((Qt.Key.Key_PageDown, Qt.Key.Key_PageUp), translate(
                    "Presenter", "The next or previous page on the beamer (Ctrl+PgDown and "
                                 "Ctrl+PgUp on the laptop)")),
                ((Qt.Key.Key_Right, Qt.Key.Key_Left),
                 translate("Presenter", "The next or previous view (on the audience's screen)")),
                ((Qt.Key.Key_R, Qt.Key.Key_C, Qt.Key.Key_T, Qt.Key.Key_N, Qt.Key.Key_G,
                  Qt.Key.Key_L, Qt.Key.Key_W, Qt.Key.Key_B, Qt.Key.Key_V), translate(
                    "Presenter", "Show the round, a cluster, the top, the network, the grid, the "
                                 "timeline, where we stand, the title; V: follow my view (on "
                                 "the audience's screen)")),
                ((Qt.Key.Key_Space,), translate(
                    "Presenter", "Start or pause the round timer (on the audience's screen)")),
                ((Qt.Key.Key_H,),
                 translate("Presenter", "Hide or show the control strip (one screen)")),
                ((Qt.Key.Key_F8,), translate(
                    "Presenter", "The next round of the programme (Shift+F8: the next agenda "
                                 "item), also on the audience's screen"))]

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
        window.presenter = self
        window.endRequested.connect(self.stop)
        window.entry.store = self._store_votes
        window.entry.read = self._room_votes
        window.entry.moved.connect(self._entry_moved)
        window.canvas.on_resize = self.schedule
        self.window = window
        timer = self.main.timer_panel.timer
        timer.changed.connect(self._clock)
        window.setScreen(screen)
        window.fit_to(screen.geometry())
        window.showFullScreen()
        window.fit_to(screen.geometry())
        if not second:
            window.activateWindow()
            window.setFocus()
            self.guard = DialogGuard(self)
            QApplication.instance().installEventFilter(self.guard)
        self.main.ctx.bridge.changed.connect(self._model_changed)
        self._show_panel(True)
        self.page = 0
        self.update()
        self._watch.start()

    def stop(self) -> None:
        """Close the audience window (Esc); the laptop's window is as it was."""
        window, self.window = self.window, None
        self.top = None
        self.entry_target = None
        if window is None:
            return
        self._watch.stop()
        self._update.stop()
        if self.guard is not None:
            QApplication.instance().removeEventFilter(self.guard)
            self.guard = None
        with contextlib.suppress(RuntimeError, TypeError):
            self.main.timer_panel.timer.changed.disconnect(self._clock)
        with contextlib.suppress(RuntimeError, TypeError):
            self.main.ctx.bridge.changed.disconnect(self._model_changed)
        self._show_panel(False)
        window.canvas.on_resize = None
        window.close()
        window.deleteLater()
        self.main.activateWindow()

    # -- what is shown ---------------------------------------------------------------------

    def choose(self, key: str) -> None:
        """Show FOLLOW (what the facilitator's view shows) or one of SHOWS."""
        if key != FOLLOW and key not in SHOWS:
            return
        self.choice = key
        self.top = None
        self.page = 0
        if key == "cluster":
            self.cluster_id = self._chosen_cluster()
        menu = getattr(self.main, "beamer_menu", None)
        if menu is not None:
            menu.set_choice(key)
        if self.panel is not None:
            self.panel.set_choice(key)
        self.update()

    def cycle(self, delta: int) -> None:
        """The next (or previous) choice of show (F6)."""
        order = (FOLLOW, *SHOWS)
        self.choose(order[(order.index(self.choice) + delta) % len(order)])

    def turn(self, delta: int) -> None:
        """The next (or previous) page; in "one cluster" past its last page, the next
        cluster."""
        window = self.window
        if window is None:
            return
        picture = window.picture
        page = self.page + delta
        if window.shown == "cluster" and not 0 <= page < picture.pages:
            ids = self._cluster_ids()
            if ids:
                now = ids.index(self.cluster_id) if self.cluster_id in ids else 0
                self.cluster_id = ids[(now + delta) % len(ids)]
                self.page = 0 if delta > 0 else 10_000
                self.update()
            return
        self.page = max(0, min(page, picture.pages - 1))
        self.update()

    def show_top(self, round_id: str, n: int) -> None:
        """Show the top N of a round's ranking (while the votes dialog shows it)."""
        self.top = (round_id, n)
        self.top_n = n
        self.update()

    def end_top(self) -> None:
        """Back to the show after the top N."""
        if self.top is not None:
            self.top = None
            self.update()

    def shown_name(self) -> str:
        """The show the beamer has now (one of SHOWS)."""
        if self.entry_target is not None or self.top is not None:
            return "top"
        if self.choice != FOLLOW:
            return self.choice
        main = self.main
        view = main.views.currentWidget()
        if main.ctx.project is None:
            return "title"
        if view is main.bijeenkomst_view:
            return "round"
        if view is main.stakeholder_view:
            view.ensure_built()
            self._hook_tabs(view)
            return "grid" if view.tabs is not None and view.tabs.currentWidget() is view.grid \
                else "network"
        if view is main.timeline_view:
            return "timeline"
        if view is main.kompas_view:
            return "kompas"
        return "title"

    def source(self) -> Source:
        """What the shows read: the project, the round on screen, the choices."""
        main = self.main
        round_id = self.top[0] if self.top is not None else \
            main.bijeenkomst_view.current_round()
        visible = None
        stakeholders = main.stakeholder_view
        if getattr(stakeholders, "network", None) is not None:
            visible = stakeholders.visible_ids()
        timer = main.timer_panel.timer
        seconds = int(round(timer.remaining()))
        clock = clock_text(seconds) if timer.running or seconds > 0 else ""
        from .kompas_view import language

        return Source(main.ctx.project, round_id, self.cluster_id,
                      self.top[1] if self.top is not None else self.top_n, visible,
                      self.entry_target, self.today, clock, language())

    def frame(self) -> Frame:
        """The audience window's size, and its screen's height and DPI: the type's basis."""
        window = self.window
        canvas = window.canvas
        screen = window.screen()
        height = screen.geometry().height() if screen is not None else window.height()
        dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        from .theme import font_scale

        return Frame(canvas.width(), canvas.height(), min(height, window.height()), dpi,
                     font_scale())  # Ctrl++ on the laptop makes the room's type larger too

    def schedule(self) -> None:
        """Lay out anew soon (changes come in bursts)."""
        if self.window is not None:
            self._update.start()

    def update(self) -> None:
        """Lay out what the beamer shows now and paint it."""
        window = self.window
        if window is None:
            return
        self._update.stop()
        name = self.shown_name()
        if name == "cluster" and self.cluster_id not in self._cluster_ids():
            self.cluster_id = self._chosen_cluster()
        if name != window.shown:
            self.page = 0
        frame = self.frame()
        picture = build(name, self.source(), frame, self.page)
        self.page = picture.page
        window.shown = name
        window.canvas.set_picture(picture)
        self._state = self._key()
        timer = self.main.timer_panel.timer
        window.canvas.set_clock_ink("#b00020" if timer.running and timer.remaining() <= 30
                                    else "#141414")
        if self.panel is not None:
            self.panel.set_page(picture.page, picture.pages)
            self.panel.set_choice(self.choice)
        self._thumb.start()

    def _key(self) -> tuple:
        main = self.main
        view = main.views.currentWidget()
        tab = None
        stakeholders = main.stakeholder_view
        if getattr(stakeholders, "tabs", None) is not None:
            tab = stakeholders.tabs.currentIndex()
        return (id(view), main.bijeenkomst_view.current_round(), tab,
                self._chosen_cluster() if self.choice == "cluster" else None)

    def _check(self) -> None:
        """What the facilitator has on screen changed (a round, a tab): follow it."""
        if self.window is not None and self._key() != self._state:
            self.update()

    def _model_changed(self, _changes) -> None:
        self.schedule()

    def _hook_tabs(self, view) -> None:
        """Network <-> grid on the laptop switches the beamer at once."""
        tabs = view.tabs
        if tabs is not None and self._tabs_hooked is not tabs:
            self._tabs_hooked = tabs
            tabs.currentChanged.connect(lambda _i: self.active and self.update())

    def _cluster_ids(self) -> list[str]:
        from .audience.screens import round_groups

        project = self.main.ctx.project
        round_id = self.main.bijeenkomst_view.current_round()
        return [g.id for g in round_groups(project, round_id) if g.id]

    def _chosen_cluster(self) -> str | None:
        """The cluster selected on the board (or the cluster of the selected card), else the
        one shown, else the first."""
        view = self.main.bijeenkomst_view
        board = getattr(view, "_board", None)
        ids = self._cluster_ids()
        if board is not None:
            chosen = board.selected_clusters()
            if chosen and chosen[0] in ids:
                return chosen[0]
            for note_id in board.selected_notes():
                card = board.cards.get(note_id)
                if card is not None and card.cluster_id in ids:
                    return card.cluster_id
        if self.cluster_id in ids:
            return self.cluster_id
        return ids[0] if ids else None

    def _clock(self, seconds: int) -> None:
        window = self.window
        if window is None:
            return
        timer = self.main.timer_panel.timer
        text = clock_text(seconds) if timer.running or seconds > 0 else ""
        has = any(i.kind == "clock" for i in window.picture.items)
        if text and has:
            window.canvas.set_clock(text)
        elif text or has:
            self.schedule()  # the clock comes or goes: the title's room changes
        window.canvas.set_clock_ink("#b00020" if timer.running and seconds <= 30 else "#141414")

    # -- the facilitator's panel -------------------------------------------------------------

    def _show_panel(self, on: bool) -> None:
        if on and self.panel is None:
            self.panel = BeamerPanel()
            self.panel.chosen.connect(self.choose)
            self.panel.paged.connect(self.turn)
            self.panel.topChanged.connect(self._top_n_changed)
            column = getattr(self.main, "_timer_column", None)
            if column is not None:
                column.insertWidget(0, self.panel)
            else:  # pragma: no cover - the main window keeps a left column
                self.panel.setParent(self.main, Qt.WindowType.Tool)
        if self.panel is not None:
            self.panel.set_choice(self.choice)
            self.panel.setVisible(on)

    def _top_n_changed(self, n: int) -> None:
        self.top_n = n
        if self.top is not None:
            self.top = (self.top[0], n)
        self.update()

    def _refresh_thumbnail(self) -> None:
        window = self.window
        if window is None or self.panel is None:
            return
        self.panel.set_thumbnail(window.canvas.grab())

    # -- one screen: dialogs and the votes -----------------------------------------------------

    def refused(self, dialog: QDialog) -> None:
        """A dialog was kept off the room's screen: the votes dialog becomes the votes row;
        another says on the control strip why it did not open (a message, what it said)."""
        window = self.window
        if window is None:
            return
        from .votes_dialog import VotesDialog

        if isinstance(dialog, VotesDialog):
            QTimer.singleShot(0, self.start_entry)
            return
        if isinstance(dialog, QMessageBox):
            window.say(" ".join(t for t in (dialog.windowTitle() + ":", dialog.text()) if t))
            return
        title = dialog.windowTitle() or translate("Presenter", "This window")
        window.say(translate("Presenter", "“%1” opens after presenting ends (Esc): on one "
                                          "screen the room would see it.").replace("%1", title))

    def raise_audience(self) -> None:
        """The audience window on top again (after a window of the laptop's closed)."""
        window = self.window
        if window is None:
            return
        window.raise_()
        if not window.second_screen:
            window.activateWindow()
            if window.entry.isVisible():
                window.entry.count.setFocus()

    def start_entry(self) -> None:
        """Take the votes in the audience window: one count per cluster (and loose note),
        the ranking growing on the beamer above it."""
        window = self.window
        project = self.main.ctx.project
        if window is None or project is None:
            return
        round_id = self.main.bijeenkomst_view.current_round()
        if round_id is None:
            window.say(translate("Presenter", "Choose a round first: the votes are for the "
                                              "round on screen."))
            return
        from ..model.votes import vote_targets, wants_notes
        from .audience.screens import back_text

        # The lines of the laptop's votes dialog: the clusters, and the loose notes only
        # when the round has no clusters or a loose note has votes already.
        targets = []
        for t in vote_targets(project, round_id, with_notes=wants_notes(project, round_id)):
            if t.hidden:
                note = project.get("insight", t.id)
                targets.append((t.id, back_text(note.table if note else 0)))
            else:
                targets.append((t.id, t.label))
        self._entry_round = round_id
        window.entry.begin(targets)

    def _entry_moved(self, target: str) -> None:
        self.entry_target = target or None
        if self.entry_target is None and self.window is not None:
            self.window.entry.hide()
            self.raise_audience()
            self.window.setFocus()
        self.update()

    def _store_votes(self, target: str, count: int) -> None:
        project = self.main.ctx.project
        if project is None:
            return
        label = translate("Presenter", "Votes")
        from .votes_dialog import SetTally  # the laptop's dialog's command: the same tally

        self.main.run_command(SetTally(project, label, self._entry_round, target, 0, count))

    def _room_votes(self, target: str) -> int:
        from ..model.votes import tallies

        project = self.main.ctx.project
        if project is None:
            return 0
        return tallies(project, self._entry_round).get((target, 0), 0)
