"""The board at rest stays at rest, and what "fit all" and typing show stays readable: with
1,000 notes in a 1600×960 window the scroll bars do not flicker on and off (it took the whole
processor); fit-all does not shrink cards to a few pixels; a typed card is in view; the
legend never lies over a cluster's title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QObject, QRectF, Qt
from PySide6.QtWidgets import QApplication

from tests.util import open_in_window


class _Flicker(QObject):
    """Counts the shows and hides of the watched widgets and the resizes of the viewport.

    A fuse: after 500 toggles it turns the board's scroll bars off, which ends a runaway
    loop (that never returns to the test otherwise) so that the test can fail and say so."""

    def __init__(self, board) -> None:
        super().__init__()
        self.board = board
        self.toggles = 0
        self.resizes = 0
        self.blown = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.toggles += 1
            if self.toggles > 500 and not self.blown:
                self.blown = True
                self.board.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                self.board.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        elif event.type() == QEvent.Type.Resize:
            self.resizes += 1
        return False


def _many_notes(project, count: int) -> None:
    from wijkdesk.ui.board_layout import SLOT_H, SLOT_W, grid_columns

    round_id = project.all("round")[0].id
    columns = grid_columns(count)
    with project.batch():
        for n in range(count):
            row, column = divmod(n, columns)
            project.add("insight", round_id=round_id, table=1 + n % 3,
                        text=f"Inzicht {n}: meer groen en bankjes in het park",
                        x=column * SLOT_W, y=row * SLOT_H)


def _board_at(window, qtbot, width: int, height: int):
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    board = window.bijeenkomst_view.board
    qtbot.waitUntil(lambda: board.isVisible() and board.paints > 0)
    return board


def test_a_thousand_notes_in_a_1600x960_window_do_not_make_the_scroll_bars_flicker(
        window, project, qtbot):
    _many_notes(project, 1000)
    open_in_window(window, project)
    board = _board_at(window, qtbot, 1600, 960)
    board.fit_all()
    qtbot.wait(200)  # settle after the first layout
    watch = _Flicker(board)
    for widget in (board.horizontalScrollBar(), board.verticalScrollBar(), board.viewport()):
        widget.installEventFilter(watch)
    paints = board.paints
    qtbot.wait(1000)  # one second of the event loop, nothing touched
    assert watch.toggles <= 2 and watch.resizes <= 2, (watch.toggles, watch.resizes)
    assert board.paints - paints <= 5  # at rest: no repaint after repaint
    # The feedback loop needs a board of just the wrong size (a bar that appears makes the fit
    # smaller, which takes the bar away): every height of the window in turn, none flickers.
    flickering = []
    for height in range(600, 961):
        window.resize(1600, height)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        watch.toggles = 0
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if watch.toggles > 2 or watch.blown:
            flickering.append((height, watch.toggles))
        if len(flickering) > 3:
            break
    assert flickering == []


def _card_height_on_screen(board, card) -> float:
    return board.mapFromScene(card.sceneBoundingRect()).boundingRect().height()


def test_fit_all_keeps_cards_readable_and_shows_the_start_of_a_big_board(
        window, project, qtbot):
    from wijkdesk.ui.board_canvas import FIT_MIN_ZOOM
    from wijkdesk.ui.board_layout import MIN_CARD_H

    _many_notes(project, 1000)
    open_in_window(window, project)
    board = _board_at(window, qtbot, 1600, 960)
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_0)
    assert board.zoom() >= FIT_MIN_ZOOM
    heights = [_card_height_on_screen(board, c) for c in board.cards.values()]
    assert min(heights) >= MIN_CARD_H * FIT_MIN_ZOOM - 1 >= 40  # not ~7 pixels
    # the board's start (top left) is what is shown; the rest is a scroll away
    visible = board.mapToScene(board.viewport().rect()).boundingRect()
    top_left = min(board.cards.values(), key=lambda c: (c.y(), c.x()))
    assert visible.contains(top_left.sceneBoundingRect())
    assert board.verticalScrollBar().isVisible() and board.verticalScrollBar().maximum() > 0


def test_typed_cards_stay_in_view_as_the_board_fills(window, project, qtbot):
    opened = open_in_window(window, project)
    board = _board_at(window, qtbot, 1024, 738)
    view = window.bijeenkomst_view
    view.entry.setFocus()
    for n in range(40):
        qtbot.keyClicks(view.entry, f"Punt {n} over de speeltuin en de stoep")
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
        newest = board.cards[opened.all("insight")[-1].id]
        visible = board.mapToScene(board.viewport().rect()).boundingRect()
        assert visible.contains(newest.sceneBoundingRect()), n
        assert _card_height_on_screen(board, newest) >= 40, n


def test_on_a_wide_board_that_shows_them_all_every_typed_card_stays_in_view(
        window, project, qtbot):
    # The board fits everything at a readable scale (its scroll bars off): keeping the
    # newest card in view must not scroll the first ones out of it, bar-less (seen at
    # 1920x1080 in make evening: the right-hand column of cards cut off).
    open_in_window(window, project)
    board = _board_at(window, qtbot, 1900, 1040)
    view = window.bijeenkomst_view
    view.entry.setFocus()
    for n in range(25):
        qtbot.keyClicks(view.entry, f"Punt {n} over de speeltuin")
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    visible = board.mapToScene(board.viewport().rect()).boundingRect()
    out = [c.text for c in board.cards.values()
           if not visible.contains(c.sceneBoundingRect())]
    assert len(board.cards) == 25 and out == []


@pytest.mark.parametrize("columns", [8, 3, 2])
def test_the_legend_lies_over_no_cluster_title(window, project, qtbot, columns):
    round_id = project.all("round")[0].id
    with project.batch():
        for c in range(8):
            row, column = divmod(c, columns)
            cluster = project.add("cluster", round_id=round_id, name=f"Cluster {c}",
                                  x=column * 300.0, y=row * 500.0)
            for n in range(3):
                project.add("insight", round_id=round_id, table=1 + n, cluster_id=cluster,
                            text=f"Kaart {c}.{n}")
    open_in_window(window, project)
    for size in ((1024, 738), (1280, 690), (1600, 960)):
        board = _board_at(window, qtbot, *size)
        board.fit_all()
        qtbot.wait(50)
        legend = board.legend
        assert legend.isVisible() and legend.width() > 0
        legend_rect = QRectF(legend.mapTo(window, legend.rect().topLeft()),
                             legend.size().toSizeF())
        for frame in board.frames.values():
            title = board.mapFromScene(frame.mapToScene(frame.title_rect())).boundingRect()
            top_left = board.viewport().mapTo(window, title.topLeft())
            assert not legend_rect.intersects(QRectF(top_left, title.size().toSizeF())), (
                size, frame.cluster_id)
