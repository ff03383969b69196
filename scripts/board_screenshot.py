"""A screenshot of the board at 1920 x 1080: 80 notes of a world café, 6 clusters, in Dutch.

Usage: python scripts/board_screenshot.py OUT.png  (under a display, e.g. the screenshot tool's
virtual screen; or with QT_QPA_PLATFORM=offscreen, which grabs the window). It uses every note
text of the demo project, clusters them as the demo does, adds the loose ones, tidies the board
with the app's own "Tidy up" and fits it in view.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("WIJKDESK_DATA_DIR", tempfile.mkdtemp(prefix="wijkdesk-board-"))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from wijkdesk import i18n  # noqa: E402
from wijkdesk.model import Project  # noqa: E402
from wijkdesk.model.demo_data import BIJEENKOMSTEN  # noqa: E402
from wijkdesk.ui.context import AppContext  # noqa: E402
from wijkdesk.ui.interaction import ScriptedInteraction  # noqa: E402
from wijkdesk.ui.main_window import MainWindow  # noqa: E402

NOTES, CLUSTERS = 80, 6


def build(path: Path) -> Project:
    """A round with 80 notes: six clusters from the demo's rounds, the rest loose."""
    project = Project.create(path, "Klaverveld")
    evening = project.add("bijeenkomst", title="Bewonersavond", date="2026-11-25", tables=4,
                          place="Buurthuis De Klaverhof", format="world café")
    round_id = project.add("round", bijeenkomst_id=evening, stage="ordenen",
                           prompt="Wat maakt Klaverveld de moeite waard, en wat kan beter?")
    clusters = [c for b in BIJEENKOMSTEN for r in b["rounds"] for c in r["clusters"]]
    loose = [i for b in BIJEENKOMSTEN for r in b["rounds"] for i in r["loose"]]
    # The demo's first six clusters with their notes; the notes of its other clusters join
    # them in turn; its loose notes stay loose.
    texts = [(c["name"], i) for c in clusters[:CLUSTERS] for i in c["insights"]]
    texts += [(clusters[n % CLUSTERS]["name"], i)
              for n, c in enumerate(clusters[CLUSTERS:]) for i in c["insights"]]
    texts += [(None, i) for i in loose]
    n = 0
    ids: dict[str, str] = {}
    while n < NOTES:  # repeat (numbered) when the demo has fewer texts
        name, (table, text) = texts[n % len(texts)]
        if n >= len(texts):
            text = f"{text} ({n // len(texts) + 1})"
            name = None
        if name and name not in ids:
            ids[name] = project.add("cluster", round_id=round_id, name=name, x=0.0, y=0.0)
        project.add("insight", round_id=round_id, text=text, table=(table - 1) % 4 + 1,
                    cluster_id=ids.get(name) if name else None)
        n += 1
    for number, cluster_id in enumerate(ids.values()):
        project.add("vote", round_id=round_id, target_id=cluster_id, count=(7 * number) % 15 + 2)
    return project


def main(out: str) -> int:
    """Build, show, tidy, fit, grab."""
    app = QApplication(sys.argv[:1])
    translator = i18n.install(app, "nl")  # noqa: F841
    work = Path(os.environ["WIJKDESK_DATA_DIR"])
    path = work / "board.wijkdesk"
    build(path).close()
    window = MainWindow(AppContext(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)),
                        ScriptedInteraction())
    window.open_path(str(path))
    window.setGeometry(0, 0, 1920, 1080)
    window.show()
    board = window.bijeenkomst_view.board
    board.tidy_up()
    project = window.ctx.project
    print(f"{project.count('insight')} notes, {project.count('cluster')} clusters")

    def grab() -> None:
        board.fit_all()
        app.processEvents()
        window.grab().save(out)
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            app.quit()

    QTimer.singleShot(500, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "board.png"))
