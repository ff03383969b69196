"""The facilitator's window and its dialogs fit a 1024×768 beamer and a 1280×720 screen, in
Dutch: the main window's least size is at most 1000×700, and at those screens (less a title
bar) every button, field, list and box of every view and dialog is inside the window, whole
(at least as wide as it needs), and reachable (a scroll area may hold what is lower down)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTabBar,
    QWidget,
)

from tests.util import open_in_window

#: the screens, less a title bar (and a task bar on the 720-pixel one)
SCREENS = [(1024, 738), (1280, 690)]
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar)


@pytest.fixture
def dutch(qapp):
    from wijkdesk import i18n

    translator = i18n.install(qapp, "nl")
    yield
    i18n.uninstall(qapp, translator)


@pytest.fixture
def demo_window(dutch, window, tmp_path, qtbot):
    """The main window (in Dutch) on the demo project, every view built once."""
    from wijkdesk.model.demo import build_demo

    open_in_window(window, build_demo(tmp_path / "demo.wijkdesk"))
    window.show()
    qtbot.waitExposed(window)
    window.bijeenkomst_view.board  # noqa: B018 - made after the first paint in the app
    window.timer_panel  # noqa: B018
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
    window.nav.setCurrentRow(0)
    return window


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Whether the widget lies in a scroll area's viewport (under top): scrolled to, not cut."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return True
        parent = parent.parentWidget()
    return False


def problems_of(top: QWidget) -> list[str]:
    """Controls of a window that are cut off, outside it, or narrower than they need."""
    found = []
    for widget in top.findChildren(QWidget):
        if (not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView)
                or not widget.isVisibleTo(top) or widget.window() is not top):
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # a combo box's or a spin box's own parts
        name = (widget.text() if hasattr(widget, "text") and callable(widget.text)
                else widget.accessibleName()) or widget.objectName() or type(widget).__name__
        where = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
        if not _scrolled(widget, top) and not top.rect().contains(where):
            found.append(f"{name!r} outside the window: {where} in {top.rect()}")
        need = widget.minimumSizeHint().width()
        if isinstance(widget, QAbstractButton) and widget.width() < need - 1:
            found.append(f"{name!r} cut: {widget.width()} < {need} pixels wide")
        if widget.height() < min(widget.minimumSizeHint().height(), 16):
            found.append(f"{name!r} squashed: {widget.height()} pixels high")
    return found


def test_the_main_window_can_be_as_small_as_1000x700(demo_window):
    least = demo_window.minimumSizeHint().expandedTo(demo_window.minimumSize())
    assert least.width() <= 1000 and least.height() <= 700, least


@pytest.mark.parametrize("screen", SCREENS)
def test_every_view_fits_the_screen_whole(demo_window, qtbot, screen):
    window = demo_window
    window.resize(*screen)
    qtbot.waitUntil(lambda: window.size().width() == screen[0])
    problems = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        for _ in range(3):
            QApplication.processEvents()
        assert window.size().width() <= screen[0] and window.size().height() <= screen[1]
        found = problems_of(window)
        if found:
            problems[window.nav.item(row).text()] = found
    assert problems == {}


def test_on_a_1024_screen_the_board_the_notes_and_the_entry_have_room(demo_window, qtbot):
    window = demo_window
    window.resize(*SCREENS[0])
    window.nav.setCurrentRow(0)
    view = window.bijeenkomst_view
    qtbot.waitUntil(lambda: view.board.isVisible())
    QApplication.processEvents()
    assert view.board.viewport().width() >= 300 and view.board.viewport().height() >= 250
    assert view.insights.width() >= 150
    assert view.entry.width() >= 250
    # the left column folds away for more room, and comes back
    width = view.board.width()
    view.fold_button.click()
    qtbot.waitUntil(lambda: view.board.width() > width + 150)
    assert view.splitter.sizes()[0] == 0
    view.fold_button.click()
    qtbot.waitUntil(lambda: view.splitter.sizes()[0] > 150)


def _on_screen(tmp_path, width: int, height: int) -> dict:
    """Run the app in a child process on an offscreen screen of this size (the screen the
    window and the dialogs size themselves to)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "beamer", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-m", "tests.fit_screen_child", str(tmp_path)],
                          env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


@pytest.mark.parametrize("screen", [(1024, 768), (1280, 720)])
def test_on_a_real_screen_size_the_window_and_every_dialog_fit(tmp_path, screen):
    result = _on_screen(tmp_path, *screen)
    assert result["screen"] == list(screen)
    assert result["window"][0] <= screen[0] and result["window"][1] <= screen[1]
    assert len(result["views"]) >= 5 and len(result["dialogs"]) >= 12
    assert {name: found for name, found in result["views"].items() if found} == {}
    assert {name: found for name, found in result["dialogs"].items() if found} == {}
