"""Fixtures shared by the tests: projects in temp folders, an app context, a main window."""

from __future__ import annotations

from pathlib import Path

import pytest

DEVICE_A = "aaaaaaaa-0000-4000-8000-000000000001"
DEVICE_B = "bbbbbbbb-0000-4000-8000-000000000002"


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """A path for a new project file."""
    return tmp_path / "wijk.wijkdesk"


@pytest.fixture
def project(project_path: Path):
    """A new, small project: one bijeenkomst with one round."""
    from wijkdesk.model import Project

    p = Project.create(project_path, "Testwijk", device=DEVICE_A)
    evening = p.add("bijeenkomst", title="Eerste avond", date="2026-09-17", tables=3)
    p.add("round", bijeenkomst_id=evening, prompt="Wat maakt deze wijk de moeite waard?")
    yield p
    p.close()


@pytest.fixture
def settings(tmp_path: Path):
    """Settings in a private ini file."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    """A main window with scripted dialogs (``window.interaction``), no project open."""
    from PySide6.QtCore import QStandardPaths

    from wijkdesk.ui.context import AppContext
    from wijkdesk.ui.interaction import ScriptedInteraction
    from wijkdesk.ui.main_window import MainWindow

    QStandardPaths.setTestModeEnabled(True)
    ctx = AppContext(settings)
    w = MainWindow(ctx, ScriptedInteraction())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    ctx.bridge.set_project(None)
