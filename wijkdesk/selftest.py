"""``wijkdesk --self-test``: run the app's main flows once, without a screen, and say which work.

Made for the installed bundle (``make dist-test`` runs the built executable with it), where a
data file or a lazily imported module left out of the bundle shows up only when that flow
runs; it works the same from the source tree (``python -m wijkdesk --self-test``). Everything
happens in a temporary folder (the user's data folder, settings and projects are not touched),
with Qt's offscreen platform unless ``QT_QPA_PLATFORM`` says otherwise, and nothing goes over
the network.

One line per step, ``✓ N/M what`` or ``✗ N/M what: why`` (the traceback of a failure goes to
stderr); the exit status is 0 only when every step passed. On Windows run it with
``wijkdesk-cli.exe``: the windowed ``wijkdesk.exe`` has no console to print to.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: the device ids of the self-test's two "laptops" (fixed: the run is reproducible)
DEVICE_DESK = "5e1f7e57-0000-4000-8000-00000000d35c"
DEVICE_TABLE = "5e1f7e57-0000-4000-8000-0000000074b1"
NEW_INSIGHT = "Zelftest: een bankje bij de bushalte"
PASS, FAIL = "✓", "✗"


class SelfTest:
    """The steps share one temporary folder, one QApplication and one main window."""

    def __init__(self, work: Path, out: Callable[[str], None]) -> None:
        self.work = work
        self.out = out
        self.app: Any = None
        self.window: Any = None
        self.demo = work / "Demo wijkdesk.wijkdesk"
        self.copy = work / "tafel 2 — kopie café.wijkdesk"  # spaces and non-ASCII on purpose
        self.version = ""

    # -- the steps ------------------------------------------------------------------------

    def resources(self) -> str:
        """The data files the app reads at run time are where it looks for them."""
        from .i18n import resources_dir, translations_dir
        from .ui.about_dialog import app_version, base_dir

        res = resources_dir()
        wanted = [res / "fonts" / name for name in (
            "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf", "LICENSE-DejaVu.txt")]
        wanted += [res / "templates" / f"{name}.json"
                   for name in ("tags", "stakeholders", "werkvormen", "knooppunten")]
        wanted += [res / "templates" / "avonden" / f"{name}.json"  # the evening templates
                   for name in ("eerste-avond", "keuze-avond", "informatie-avond")]
        wanted += [translations_dir() / f"wijkdesk_{lang}.qm" for lang in ("nl", "en")]
        wanted.append(translations_dir() / "qt_extra_nl.qm")
        wanted += [res / "icons" / f"wijkdesk-{size}.png" for size in (16, 32, 48, 256)]
        wanted += [res / "THIRD_PARTY_LICENSES.md", base_dir() / "LICENSE"]
        if getattr(sys, "frozen", False):
            wanted.append(base_dir() / "pyproject.toml")  # the version, in a bundle
        missing = [str(p) for p in wanted if not p.is_file()]
        if missing:
            raise RuntimeError("missing: " + ", ".join(missing))
        self.version = app_version()
        if not self.version or self.version == "0":
            raise RuntimeError("no version found")
        return f"resources found in {res}; version {self.version}"

    def demo_project(self) -> str:
        """The demo project written to the temporary folder."""
        from .model.demo import build_demo

        with build_demo(self.demo, device=DEVICE_DESK) as project:
            counts = {k: project.count(k) for k in ("insight", "stakeholder", "timeline_item")}
        if min(counts.values()) == 0:
            raise RuntimeError(f"the demo is incomplete: {counts}")
        return (f"demo project written ({counts['insight']} insights, "
                f"{counts['stakeholder']} stakeholders, {counts['timeline_item']} timeline steps)")

    def main_window(self) -> str:
        """Qt starts, the main window opens on the demo and shows every view."""
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from . import i18n
        from .app import app_icon
        from .ui.about_dialog import AboutDialog
        from .ui.context import AppContext
        from .ui.interaction import ScriptedInteraction
        from .ui.main_window import MainWindow

        self.app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "w"])
        self.app.setApplicationName("wijkdesk")
        self.app.setOrganizationName("wijkdesk")
        translator = i18n.install(self.app, "nl")
        if translator is None:
            raise RuntimeError("the Dutch translation (wijkdesk_nl.qm) did not load")
        self._translator = translator
        # Qt's contexts in variables: with literals, lupdate would copy these words into
        # wijkdesk_nl.ts, and our own catalogue would answer for Qt's
        qt_words, buttons, files = self.app.translate, "QPlatformTheme", "QFileDialog"
        if qt_words(buttons, "Cancel") != "Annuleren":
            raise RuntimeError("Qt's own Dutch translation (qtbase_nl.qm) did not load")
        if qt_words(files, "&Look in:") != "&Zoeken in:":
            raise RuntimeError("the Dutch of Qt's file dialog (qt_extra_nl.qm) did not load")
        self.app.setWindowIcon(app_icon())
        if self.app.windowIcon().pixmap(32, 32).isNull():
            raise RuntimeError("the app icon did not load")
        settings = QSettings(str(self.work / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(AppContext(settings), ScriptedInteraction())
        painted: list[bool] = []
        self.window.firstPainted.connect(lambda: painted.append(True))
        if not self.window.open_path(str(self.demo)):
            raise RuntimeError(f"could not open the demo: {self._errors()}")
        self.window.resize(1280, 800)
        self.window.show()
        self._wait(lambda: bool(painted), "the first paint")
        self._process()
        names = []
        for row in range(self.window.nav.count()):
            self.window.nav.setCurrentRow(row)
            self._process()
            if self.window.views.currentIndex() != row:
                raise RuntimeError(f"view {row} did not show")
            names.append(self.window.nav.item(row).text())
        about = AboutDialog(self.window)
        if self.version not in about.version_label.text():
            raise RuntimeError("the About dialog does not show the version")
        if "SQLAlchemy" not in about.third_party.toPlainText():
            raise RuntimeError("the About dialog does not show the third-party licences")
        about.deleteLater()
        self._check_no_errors()
        return (f"main window opened on the demo ({self.app.platformName()}, in Dutch), "
                f"views: {', '.join(names)}; About shows {self.version}")

    def copy_edited(self) -> str:
        """A table copy written, opened as another laptop would, and edited."""
        from .model import Project

        project = self._project()
        written = project.save_copy(self.copy, table=2)
        with Project.open(written, device=DEVICE_TABLE) as laptop:
            evening = max(laptop.all("bijeenkomst"), key=lambda b: (b.date or "", b.id))
            rounds = laptop.all("round", bijeenkomst_id=evening.id)
            if not rounds:
                raise RuntimeError("the copy's latest evening has no round")
            laptop.add("insight", round_id=rounds[0].id, text=NEW_INSIGHT, table=2)
        return f"copy for table 2 written and edited: {written.name}"

    def merged(self) -> str:
        """The edited copy merged back through File → Merge (check, preview, merge)."""
        project = self._project()
        self.window.interaction.answers += [[str(self.copy)], True]
        self.window.merge_files()
        self._check_no_errors()
        summary = self.window.interaction.reviewed
        if summary is None or summary.total_new < 1:
            raise RuntimeError(f"the merge preview shows nothing new: {summary!r}")
        found = project.all("insight", text=NEW_INSIGHT)
        if len(found) != 1 or found[0].table != 2:
            raise RuntimeError("the copy's insight is not in the project after the merge")
        return f"copy merged back: {self.window.statusBar().currentMessage()}"

    def pictures(self) -> str:
        """The stakeholder network and the timeline exported as pictures (matplotlib)."""
        written = []
        for view, fmt, name in ((self.window.stakeholder_view, "png", "netwerk.png"),
                                (self.window.stakeholder_view, "svg", "netwerk.svg"),
                                (self.window.timeline_view, "pdf", "tijdlijn.pdf")):
            result = view.export(fmt, str(self.work / name))
            self._check_no_errors()
            path = self.work / name
            if not result or not path.is_file():
                raise RuntimeError(f"{name} was not written")
            head = path.read_bytes()[:256]
            magic = {"png": b"\x89PNG", "svg": b"<?xml", "pdf": b"%PDF"}[fmt]
            if not head.startswith(magic) or (fmt == "svg" and b"<svg" not in head):
                raise RuntimeError(f"{name} is not a {fmt.upper()} file")
            written.append(f"{name} ({path.stat().st_size // 1024} kB)")
        return "pictures exported: " + ", ".join(written)

    def minutes_pdf(self) -> str:
        """The minutes of the latest evening as PDF, with the network and timeline in it."""
        view = self.window.minutes_view
        view.ensure_built()
        target = self.work / "verslag.pdf"
        written = view.export_pdf(str(target))
        self._check_no_errors()
        if written is None or not target.is_file():
            raise RuntimeError("no PDF written")
        data = target.read_bytes()
        if not data.startswith(b"%PDF"):
            raise RuntimeError("the file does not start with %PDF")
        if b"/DejaVuSans" not in data and b"DejaVu" not in data:
            raise RuntimeError("the PDF does not embed the DejaVu font")
        return f"minutes exported to PDF ({len(data) // 1024} kB)"

    STEPS: tuple[tuple[str, str], ...] = (
        ("resources", "resources"),
        ("demo_project", "demo project"),
        ("main_window", "main window"),
        ("copy_edited", "copy edited"),
        ("merged", "merge"),
        ("pictures", "pictures"),
        ("minutes_pdf", "minutes PDF"),
    )

    # -- running --------------------------------------------------------------------------

    def run(self) -> bool:
        """Run every step in order; a step after a failed one is skipped (and fails)."""
        total = len(self.STEPS)
        ok = True
        for number, (method, label) in enumerate(self.STEPS, start=1):
            if not ok:
                self.out(f"{FAIL} {number}/{total} {label}: skipped after a failed step")
                continue
            start = time.perf_counter()
            try:
                detail = getattr(self, method)()
            except Exception as exc:  # noqa: BLE001 - reported, and the run fails
                traceback.print_exc()
                self.out(f"{FAIL} {number}/{total} {label}: {type(exc).__name__}: {exc}")
                ok = False
                continue
            self.out(f"{PASS} {number}/{total} {detail} "
                     f"[{time.perf_counter() - start:.2f} s]")
        return ok

    def close(self) -> None:
        """Close the window and the project (the temporary folder can then go)."""
        if self.window is not None:
            self.window.ctx.bridge.set_project(None)
            self.window.close()
            self.window.deleteLater()
            self._process()

    # -- helpers --------------------------------------------------------------------------

    def _project(self) -> Any:
        project = self.window.ctx.project if self.window is not None else None
        if project is None:
            raise RuntimeError("no project is open in the main window")
        return project

    def _errors(self) -> list[str]:
        messages = getattr(self.window.interaction, "messages", [])
        return [f"{title}: {text}" for kind, title, text in messages if kind == "error"]

    def _check_no_errors(self) -> None:
        errors = self._errors()
        if errors:
            self.window.interaction.messages.clear()
            raise RuntimeError("; ".join(errors))

    def _process(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def _wait(self, done: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while not done():
            if time.monotonic() > end:
                raise RuntimeError(f"timed out waiting for {what}")
            self.app.processEvents()
            time.sleep(0.005)


def _printer() -> Callable[[str], None]:
    stream = sys.stdout
    if stream is None:  # a windowed Windows executable: only the exit status tells
        return lambda _line: None
    try:
        (PASS + FAIL).encode(stream.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]

    def out(line: str) -> None:
        stream.write(line + "\n")
        stream.flush()

    return out


def run() -> int:
    """Run the self-test; 0 when every step passed, 1 otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = _printer()
    with tempfile.TemporaryDirectory(prefix="wijkdesk-selftest-",
                                     ignore_cleanup_errors=True) as folder:
        work = Path(folder)
        os.environ["WIJKDESK_DATA_DIR"] = str(work / "data")  # device id, demo: not the user's
        os.environ["MPLCONFIGDIR"] = str(work / "matplotlib")  # its font list too
        test = SelfTest(work, out)
        try:
            ok = test.run()
        finally:
            test.close()
    out(f"wijkdesk {test.version or '?'} self-test: " + ("all steps passed" if ok else "FAILED"))
    return 0 if ok else 1
