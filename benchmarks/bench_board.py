"""The board with 2,000 notes (issue 4).

- ``board_repaint_fit_all_2000``: one full repaint of a 1920x1080 viewport at fit-all zoom,
  against a bare QGraphicsScene holding 2,000 plain rectangles with the same texts at the same
  places, shown the same way (target <= 2.0x).
- ``quick_entry_p95_2000`` / ``quick_entry_p50_2000``: Enter in the quick-entry line until
  the new card is painted on the board and the note is committed, with 2,000 notes present;
  p95 must stay within one 60 Hz frame (16 ms). The baseline shown beside it is the model's
  own commit of a note (``Project.add``) in the same run, for scale.
"""

from __future__ import annotations

import os
import statistics
import time

from .common import Figure, median, workdir

PRESENT = 2000
REPAINTS = 40
ENTRIES = 120
TEXTS = (
    "Meer groen in de straat en een bankje bij de speeltuin",
    "Wie betaalt de aansluiting op het warmtenet? Dat moet vooraf duidelijk zijn, ook voor "
    "huurders van de corporatie.",
    "Parkeren",
    "De flat aan de Meidoornlaan tocht aan alle kanten; isoleren eerst, dan pas van het gas af.",
    "Ik wil wel meedoen als de buren ook meedoen",
    "Kunnen de uitnodigingen ook in andere talen?",
)


def _project(path):
    from wijkdesk.model import Project
    from wijkdesk.ui.board_layout import SLOT_H, SLOT_W, grid_columns

    project = Project.create(path, "Benchmark")
    evening = project.add("bijeenkomst", title="Avond", tables=6)
    round_id = project.add("round", bijeenkomst_id=evening, prompt="Wat vindt u belangrijk?")
    columns = grid_columns(PRESENT)
    with project.batch():
        for i in range(PRESENT):
            row, column = divmod(i, columns)
            project.add("insight", round_id=round_id, text=f"{TEXTS[i % len(TEXTS)]} ({i})",
                        table=i % 6 + 1, x=column * SLOT_W, y=row * SLOT_H)
    return project, round_id


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _full_hd(view) -> None:
    """Give a graphics view a viewport of exactly 1920 x 1080 and show everything in it."""
    from PySide6.QtCore import Qt

    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(view.Shape.NoFrame)
    view.resize(1920, 1080)
    view.show()


def _bare_view(canvas):
    """A plain QGraphicsView/Scene: the same rectangles and texts, fitted the same way."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPainter
    from PySide6.QtWidgets import (
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
        QGraphicsView,
    )

    scene = QGraphicsScene()
    for card in canvas.cards.values():
        rect = card.sceneBoundingRect().adjusted(4, 4, -4, -4)
        item = QGraphicsRectItem(QRectF(0, 0, rect.width(), rect.height()))
        item.setBrush(QBrush(QColor("#fff6cc")))
        item.setPos(rect.topLeft())
        text = QGraphicsSimpleTextItem(card.text, item)
        text.setPos(10, 10)
        scene.addItem(item)
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    _full_hd(view)
    view.setSceneRect(canvas.sceneRect())
    view.fitInView(scene.itemsBoundingRect().adjusted(-30, -30, 30, 30))
    return view, scene


def _repaint(app, canvas, bare) -> list[Figure]:
    for view in (canvas, bare):
        for _ in range(3):  # warm caches
            view.viewport().repaint()
    ours, base = [], []
    for _ in range(REPAINTS):
        t = time.perf_counter()
        canvas.viewport().repaint()
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        bare.viewport().repaint()
        base.append(time.perf_counter() - t)
        app.processEvents()
    return [Figure("board_repaint_fit_all_2000", median(ours) * 1000, "ms", median(base) * 1000,
                   "bare QGraphicsScene of 2,000 rectangles with texts", 2.0, REPAINTS)]


def run() -> list[Figure]:
    """Measure the repaint and the quick entry and return the figures."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from wijkdesk.ui.board_canvas import BoardCanvas
    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.interaction import ScriptedInteraction
    from wijkdesk.ui.main_window import MainWindow

    app = _app()
    work = workdir()
    project, round_id = _project(work / "board.wijkdesk")

    class Host:  # what the canvas needs to draw
        pass

    host = Host()
    host.project = project
    canvas = BoardCanvas(host)
    _full_hd(canvas)
    canvas.show_round(round_id, fit=False)
    # The whole board in view, as the bare view shows it (the board's own fit-all stops at a
    # readable scale, where a board of 2,000 cards shows its top left corner).
    canvas.fitInView(canvas.scene().itemsBoundingRect().adjusted(-30, -30, 30, 30),
                     Qt.AspectRatioMode.KeepAspectRatio)
    assert len(canvas.cards) == PRESENT
    bare, _scene = _bare_view(canvas)
    figures = _repaint(app, canvas, bare)
    bare.close()
    canvas.close()
    project.close()

    # Quick entry: the real window, the real keys.
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(settings)
    window = MainWindow(ctx, ScriptedInteraction())
    window.open_path(str(work / "board.wijkdesk"))
    window.setGeometry(0, 0, 1920, 1080)
    window.show()
    view = window.bijeenkomst_view
    board = view.board
    app.processEvents()
    view.entry.setFocus()
    entries, commits = [], []
    project = ctx.project
    elsewhere = project.add("round", bijeenkomst_id=project.get("round", round_id).bijeenkomst_id,
                            prompt="Baseline", position=1)
    for n in range(ENTRIES):
        view.entry.setText(f"Nieuw inzicht nummer {n} over de buurt")
        app.processEvents()
        painted = board.paints
        t = time.perf_counter()
        QTest.keyClick(view.entry, Qt.Key.Key_Return)
        while board.paints == painted:
            app.processEvents()
        entries.append(time.perf_counter() - t)
        t = time.perf_counter()
        project.add("insight", round_id=elsewhere, text=f"Model alleen {n}", table=1)
        commits.append(time.perf_counter() - t)
    assert project.count("insight", round_id=round_id) == PRESENT + ENTRIES
    window.close()
    entries.sort()
    p95 = entries[int(len(entries) * 0.95) - 1]
    base = statistics.median(commits) * 1000
    figures.append(Figure("quick_entry_p50_2000", median(entries) * 1000, "ms", base,
                          "Project.add alone (commit)", None, ENTRIES, limit=16.0))
    figures.append(Figure("quick_entry_p95_2000", p95 * 1000, "ms", base,
                          "Project.add alone (commit)", None, ENTRIES, limit=16.0))
    return figures
