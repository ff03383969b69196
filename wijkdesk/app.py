"""Starting the GUI: language, settings, which project to open, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from . import __version__, i18n
from .ui.context import AppContext
from .ui.main_window import MainWindow, demo_path, ensure_demo


def _args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="wijkdesk", description="wijkdesk")
    parser.add_argument("file", nargs="?", help="project file to open")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=None)
    parser.add_argument("--demo", action="store_true", help="open the demo project")
    return parser.parse_args(list(argv))


def choose_start_file(window: MainWindow, given: str | None) -> None:
    """Open the given file, else the last project, else the demo project (made if needed)."""
    if given:
        if Path(given) == demo_path():
            ensure_demo(demo_path())
        window.open_path(given)
        return
    last = window.ctx.settings.value("lastProject")
    if isinstance(last, str) and last and Path(last).is_file() and window.open_path(last):
        return
    path = demo_path()
    try:
        ensure_demo(path)
    except Exception as exc:  # noqa: BLE001 - any failure: show the welcome page instead
        sys.stderr.write(f"wijkdesk: {exc}\n")
        return
    window.open_path(str(path))


def run_gui(argv: Sequence[str]) -> int:
    """Run the app until the main window closes."""
    args = _args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("wijkdesk")
    app.setApplicationName("wijkdesk")
    app.setApplicationVersion(__version__)
    settings = QSettings()
    language = args.lang or str(settings.value("language", i18n.DEFAULT_LANGUAGE))
    translator = i18n.install(app, language)  # noqa: F841 - kept alive until exit
    ctx = AppContext(settings)
    window = MainWindow(ctx)
    choose_start_file(window, str(demo_path()) if args.demo and not args.file else args.file)
    if os.environ.get("WIJKDESK_EXIT_AFTER_PAINT"):
        # Start-up benchmark: report the first paint and quit.
        def painted() -> None:
            sys.stdout.write("painted\n")
            sys.stdout.flush()
            QTimer.singleShot(0, app.quit)

        window.firstPainted.connect(painted)
    window.show_initial()
    return app.exec()
