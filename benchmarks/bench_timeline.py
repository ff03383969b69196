"""The timeline (issue 6): 500 steps over 10 years, one zoom step (Ctrl+wheel, + or −) until
the 1920x1080 view has repainted, against a bare QGraphicsScene with the same number of
rectangles zoomed by the same factor (target <= 2.0x, and within 16 ms).

The steps sweep as a facilitator zooms: from fit-all six steps in and back, four out and back,
twice. Some of these steps pack the rows anew (zooming out past the zoom they were packed for,
or far in); the p95 and the last figure show what those cost."""

from __future__ import annotations

import datetime as dt
import os
import time

from .common import Figure, median, workdir

STEPS, YEARS = 500, 10
SWEEP = ([1.25] * 6 + [0.8] * 6 + [0.8] * 4 + [1.25] * 4) * 2
ZOOMS = len(SWEEP)


def _project(path):
    from wijkdesk.model import Project

    project = Project.create(path, "Tijdlijn")
    first = dt.date(2026, 1, 1)
    with project.batch():
        for n in range(STEPS):
            start = first + dt.timedelta(days=(n * 7) % (YEARS * 365))
            end = start + dt.timedelta(days=14 + n % 60) if n % 4 else None
            project.add("timeline_item", track="denk" if n % 3 == 0 else "doe",
                        kind="activiteit" if end else "mijlpaal", title=f"Stap {n}",
                        start=start.isoformat(), end=end.isoformat() if end else None)
    return project


def run() -> list[Figure]:
    """Measure both, zooming in and out alternately, and return the figure."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, QSettings, Qt
    from PySide6.QtGui import QBrush, QColor, QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.interaction import ScriptedInteraction
    from wijkdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    work = workdir()
    _project(work / "t.wijkdesk").close()
    window = MainWindow(AppContext(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)),
                        ScriptedInteraction())
    window.open_path(str(work / "t.wijkdesk"))
    window.nav.setCurrentRow(2)
    view = window.timeline_view
    view.ensure_built()
    canvas = view.canvas
    for w in (canvas,):
        w.setParent(None)  # measured on its own, at exactly 1920 x 1080
        w.setFrameShape(w.Shape.NoFrame)
        w.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        w.resize(1920, 1080)
        w.show()
    canvas.fit_all()
    app.processEvents()
    assert len(canvas.steps) == STEPS

    scene = QGraphicsScene()
    for step in canvas.steps.values():
        rect = step.sceneBoundingRect()
        scene.addRect(QRectF(rect.x(), rect.y(), rect.width(), rect.height()),
                      QColor("#37474f"), QBrush(QColor("#90caf9")))
    bare = QGraphicsView(scene)
    bare.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    bare.setFrameShape(bare.Shape.NoFrame)
    bare.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    bare.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    bare.resize(1920, 1080)
    bare.show()
    bare.fitInView(scene.itemsBoundingRect())
    app.processEvents()

    ours, base, repacks, repacks_base = [], [], [], []
    for factor in SWEEP:
        level = canvas.level
        t = time.perf_counter()
        canvas.zoom_by(factor)
        canvas.viewport().repaint()
        ours.append(time.perf_counter() - t)
        if canvas.level != level:
            repacks.append(ours[-1])
        t = time.perf_counter()
        bare.scale(factor, 1.0)
        bare.viewport().repaint()
        base.append(time.perf_counter() - t)
        if canvas.level != level:
            repacks_base.append(base[-1])  # the bare scene at the same zoom
        app.processEvents()
    ours.sort()
    p95 = ours[int(len(ours) * 0.95) - 1]
    window.close()
    note = "bare QGraphicsScene of 500 rectangles, same zoom"
    repacked = (median(repacks) if repacks else 0.0) * 1000
    repacked_base = (median(repacks_base) if repacks_base else 0.0) * 1000
    return [Figure("timeline_zoom_step_500", median(ours) * 1000, "ms", median(base) * 1000,
                   note, 2.0, ZOOMS, limit=16.0),
            Figure("timeline_zoom_step_500_p95", p95 * 1000, "ms", median(base) * 1000,
                   note, None, ZOOMS, limit=16.0),
            Figure("timeline_zoom_step_500_repacking", repacked, "ms", repacked_base,
                   f"{len(repacks)} of {ZOOMS} steps packed the rows anew; the bare scene at "
                   "the same steps", None, len(repacks), limit=16.0)]
