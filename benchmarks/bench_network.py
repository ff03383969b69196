"""The stakeholder network (issue 5).

- ``network_layout_90x250``: apply the spring layout to 90 stakeholders and 250 relations in
  the Stakeholders view: reading the network, the layout, saving the 90 places as one undo
  step, and the scene updated; against networkx's own ``spring_layout`` call on the same graph
  with the same arguments (``stakeholders.SPRING_ARGS``, seed), alone (target <= 1.5x).
- ``network_drag_p95_40_edges``: dragging a node with 40 relations: one mouse move until the
  view has repainted, p95 within one 60 Hz frame (16 ms). Shown beside it for scale: one bare
  repaint of the same view.
"""

from __future__ import annotations

import os
import random
import time

from .common import Figure, median, workdir

PEOPLE, RELATIONS, HUB_EDGES = 90, 250, 40
RUNS, MOVES = 7, 120
TYPES = ("gemeente", "netbeheerder", "woningcorporatie", "bewonersgroep", "vve", "school",
         "ondernemers", "overig")
WORDS = ("regisseert", "financiert", "adviseert", "informeert", "ondersteunt")


def _project(path):
    from wijkdesk.model import Project

    rng = random.Random(5)
    project = Project.create(path, "Netwerk")
    with project.batch():
        ids = [project.add("stakeholder", name=f"Partij {n}", type=TYPES[n % len(TYPES)],
                           influence=n % 5 + 1, interest=(n * 3) % 5 + 1,
                           x=float(n % 10) * 150, y=float(n // 10) * 150) for n in range(PEOPLE)]
        pairs = {(0, t) for t in range(1, HUB_EDGES + 1)}  # the hub: 40 relations
        while len(pairs) < RELATIONS:
            a, b = rng.randrange(PEOPLE), rng.randrange(PEOPLE)
            if a != b:
                pairs.add((a, b))
        for a, b in sorted(pairs):
            project.add("relation", source_id=ids[a], target_id=ids[b],
                        type=WORDS[(a + b) % len(WORDS)], strength=(a + b) % 3 + 1)
    return project, ids


def run() -> list[Figure]:
    """Measure the layout and the drag and return the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import networkx as nx
    from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wijkdesk.model.stakeholders import SEED, SPRING_ARGS, _simple, graph
    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.interaction import ScriptedInteraction
    from wijkdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    work = workdir()
    project, ids = _project(work / "net.wijkdesk")
    project.close()
    window = MainWindow(AppContext(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)),
                        ScriptedInteraction())
    window.open_path(str(work / "net.wijkdesk"))
    window.setGeometry(0, 0, 1920, 1080)
    window.show()
    window.nav.setCurrentRow(1)
    view = window.stakeholder_view
    view.ensure_built()
    app.processEvents()
    network = view.network
    assert len(network.nodes) == PEOPLE and len(network.edges) == RELATIONS

    ours, theirs = [], []
    g = _simple(graph(window.ctx.project))
    for _ in range(RUNS):
        t = time.perf_counter()
        nx.spring_layout(g, seed=SEED, **SPRING_ARGS)
        theirs.append(time.perf_counter() - t)
        t = time.perf_counter()
        assert view.apply_layout("spring", everything=True)
        ours.append(time.perf_counter() - t)
    figures = [Figure("network_layout_90x250", median(ours) * 1000, "ms", median(theirs) * 1000,
                      "networkx spring_layout alone, same graph and arguments", 1.5, RUNS)]

    # Drag the hub: press on it, then move step by step, waiting for each repaint.
    network.resetTransform()
    hub = network.nodes[ids[0]]
    network.centerOn(hub)
    app.processEvents()
    viewport = network.viewport()
    start = network.mapFromScene(hub.scenePos())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    moves = []
    for n in range(1, MOVES + 1):
        p = QPointF(start.x() + 60 * ((n // 20) % 2 and 1 or -1) * (n % 20) / 20,
                    start.y() + (n % 7) * 3)
        event = QMouseEvent(QEvent.Type.MouseMove, p, QPointF(viewport.mapToGlobal(p.toPoint())),
                            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
        painted = network.paints
        t = time.perf_counter()
        QApplication.sendEvent(viewport, event)
        while network.paints == painted:
            app.processEvents()
        moves.append(time.perf_counter() - t)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       p.toPoint())
    bare = []
    for _ in range(30):
        t = time.perf_counter()
        viewport.repaint()
        bare.append(time.perf_counter() - t)
    moves.sort()
    p95 = moves[int(len(moves) * 0.95) - 1]
    figures.append(Figure("network_drag_p95_40_edges", p95 * 1000, "ms", median(bare) * 1000,
                          "one full repaint of the same view", None, MOVES, limit=16.0))
    window.close()
    return figures
