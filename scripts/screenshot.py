"""Make the README's screenshot: the app on the demo project, in Dutch, at 1600 x 900.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshot.py docs/screenshot.png
(``make screenshot`` does exactly this). No display is needed: the window is rendered offscreen
and grabbed to a PNG.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WIJKDESK_DATA_DIR", tempfile.mkdtemp(prefix="wijkdesk-shot-"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from wijkdesk import i18n  # noqa: E402
from wijkdesk.model.demo import build_demo  # noqa: E402
from wijkdesk.ui.context import AppContext  # noqa: E402
from wijkdesk.ui.interaction import ScriptedInteraction  # noqa: E402
from wijkdesk.ui.main_window import MainWindow  # noqa: E402


def main(out: str) -> int:
    """Render and save the screenshot."""
    app = QApplication(sys.argv[:1])
    translator = i18n.install(app, "nl")  # noqa: F841
    work = Path(os.environ["WIJKDESK_DATA_DIR"])
    demo = work / "Rozendaal.wijkdesk"
    if not demo.exists():
        build_demo(demo).close()
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(settings), ScriptedInteraction())
    window.open_path(str(demo))
    window.resize(1600, 900)
    window.show()
    view = window.bijeenkomst_view
    view.evenings.setCurrentRow(0)
    view.rounds.setCurrentIndex(0)
    view.entry.setText("Wie betaalt de aansluiting op het warmtenet?")
    for _ in range(5):
        app.processEvents()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(out):
        sys.stderr.write(f"could not write {out}\n")
        return 1
    print(f"saved {out}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png"))
