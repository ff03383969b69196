"""Starting the GUI: language, settings, which project to open, the main window."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, QSocketNotifier, QTimer, QUrl
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from . import __version__, i18n
from . import settings as settings_store
from .ui.context import AppContext
from .ui.main_window import MainWindow
from .ui.storage_bar import install_storage_guard


def _args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="wijkdesk", description="wijkdesk")
    parser.add_argument("file", nargs="?", help="project file to open")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=None)
    parser.add_argument("--demo", action="store_true", help="open the demo project")
    return parser.parse_args(list(argv))


#: the sizes of the app icon's PNG files in resources/icons (made by scripts/make_icons.py)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """wijkdesk's icon, from the PNG sizes in resources/icons (each read when first shown)."""
    icon = QIcon()
    folder = i18n.resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"wijkdesk-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def local_path(given: str) -> str:
    """A file given on the command line or by the file manager as an absolute path (a
    ``file://`` URL, as some file managers pass, becomes its local path)."""
    if given.startswith("file:"):
        local = QUrl(given).toLocalFile()
        if local:
            given = local
    return os.path.abspath(os.path.expanduser(given))


def choose_start_file(window: MainWindow, given: str | None, *, demo: bool = False) -> None:
    """Open the given file (or the demo, with demo), else the last project; with neither, the
    welcome page stays: New project, Open, View the demo, recent projects."""
    if demo and not given:
        window.open_demo()
        return
    if given:
        window.open_path(local_path(given))
        return
    last = window.ctx.settings.value("lastProject")
    if isinstance(last, str) and last and Path(last).is_file():
        window.open_path(last)


class FileOpenHandler(QObject):
    """Opens the project of a QFileOpenEvent: on macOS a file opened from the Finder (or
    dropped on the Dock icon) reaches a running app this way, not on the command line."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take the FileOpen events sent to the application; let everything else pass."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self._window.open_path(local_path(path))
                self._window.raise_()
                self._window.activateWindow()
                return True
        return False


def install_file_open_handler(app: QApplication, window: MainWindow) -> FileOpenHandler:
    """Let files opened from the file manager while the app runs open in window."""
    handler = FileOpenHandler(window)
    app.installEventFilter(handler)
    return handler


def quit_on_signals(app: QApplication) -> QSocketNotifier | None:
    """Let SIGTERM (a logout, a shutdown) and Ctrl+C in the terminal quit the app as closing
    its window does, so that its temporary copies are removed (``model.scratch``).

    Python runs a signal handler only when it gets control, which Qt's event loop does not
    give it: the signal wakes the loop through a pipe. Not on Windows (no such signals).
    """
    import signal

    if sys.platform == "win32":
        return None
    read_end, write_end = os.pipe()
    for fd in (read_end, write_end):
        os.set_blocking(fd, False)
    try:
        signal.set_wakeup_fd(write_end)
    except ValueError:  # not the main thread
        os.close(read_end)
        os.close(write_end)
        return None
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            os.read(read_end, 512)

    notifier.activated.connect(drain)
    for signum in (signal.SIGTERM, signal.SIGINT):
        # through the event loop: a signal that comes before the loop runs (while the window
        # opens) must not be lost, and quit() before exec() would do nothing
        signal.signal(signum, lambda *_: QTimer.singleShot(0, app.quit))
    return notifier


def run_gui(argv: Sequence[str]) -> int:
    """Run the app until the main window closes."""
    args = _args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("wijkdesk")
    app.setApplicationName("wijkdesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    QApplication.setDesktopFileName("wijkdesk")  # Linux: the icon of wijkdesk.desktop
    settings = QSettings()
    language = args.lang or settings_store.get(settings, "language")
    translator = i18n.install(app, language)  # noqa: F841 - kept alive until exit
    ctx = AppContext(settings)
    window = MainWindow(ctx)
    install_storage_guard(window)  # a disk failure outside an edit: the bar, not a traceback
    from .model import scratch

    quit_on_signals(app)
    app.aboutToQuit.connect(scratch.remove_all)  # copies go when the app does (and at exit)
    # copies left by a run that was killed: once the window is on screen (not in its way)
    window.firstPainted.connect(scratch.remove_leftovers_in_background)
    if sys.platform == "darwin":
        # Only macOS sends QFileOpenEvent; elsewhere the file comes as an argument, and an
        # application-wide filter would cost a Python call for every event.
        install_file_open_handler(app, window)
    choose_start_file(window, args.file, demo=args.demo)
    if os.environ.get("WIJKDESK_EXIT_AFTER_PAINT"):
        # Start-up benchmark: report the first paint and quit.
        def painted() -> None:
            sys.stdout.write("painted\n")
            sys.stdout.flush()
            QTimer.singleShot(0, app.quit)

        window.firstPainted.connect(painted)
    window.show_initial()
    return app.exec()
