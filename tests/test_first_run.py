"""First run and opening a file from the file manager (issue 10, point 4).

The first start shows the welcome page (Nieuw project, Openen, Demo bekijken, recent projects,
what wijkdesk is for); later starts reopen the last project. A .wijkdesk file given by the file
manager opens: as an argument (Linux, Windows: any path, with spaces and accents, or a file://
URL) or, on macOS, as a QFileOpenEvent.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QLabel

from wijkdesk.app import choose_start_file, install_file_open_handler, local_path
from wijkdesk.model import Project

from .conftest import DEVICE_A

ODD_NAME = "Wijk Zuid – café ë 2026.wijkdesk"  # spaces, an en dash and accents


def _project_file(folder: Path, name: str = ODD_NAME) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with Project.create(folder / name, "Zuid", device=DEVICE_A) as project:
        project.add("bijeenkomst", title="Eerste avond", date="2026-09-17", tables=2)
    return folder / name


def test_the_first_start_shows_the_welcome_page_with_the_ways_in(window):
    choose_start_file(window, None)  # nothing given, nothing opened before
    welcome = window.welcome
    assert window.ctx.project is None
    assert window.pages.currentWidget() is welcome
    assert [b.text() for b in (welcome.new_button, welcome.open_button, welcome.demo_button)] == [
        "&New project…", "&Open…", "View the &demo"]
    assert all(b.isVisibleTo(window) for b in (
        welcome.new_button, welcome.open_button, welcome.demo_button))
    texts = " ".join(label.text() for label in welcome.findChildren(QLabel))
    assert "Welcome to wijkdesk" in texts
    assert "bewonersavond" in texts and "without internet" in texts
    assert welcome.no_recent.isVisibleTo(window)  # no recent projects yet, and it says so
    assert not welcome.recent.isVisibleTo(window)


def test_the_demo_button_opens_the_demo_and_it_becomes_a_recent_project(window, qtbot):
    window.welcome.demo_button.click()
    project = window.ctx.project
    assert project is not None and project.count("insight") > 50
    window.close_action.trigger()
    assert window.welcome.recent.isVisibleTo(window)
    assert not window.welcome.no_recent.isVisibleTo(window)
    assert window.welcome.recent.item(0).data(256) == str(project.path)


def test_a_later_start_reopens_the_last_project(window, tmp_path):
    path = _project_file(tmp_path)
    window.ctx.settings.setValue("lastProject", str(path))
    choose_start_file(window, None)
    assert window.ctx.project is not None and window.ctx.project.path == path


def test_a_file_with_spaces_and_accents_opens_as_given(window, tmp_path, monkeypatch):
    path = _project_file(tmp_path / "Mijn projecten")
    choose_start_file(window, str(path))
    assert window.ctx.project.path == path
    assert window.windowTitle().startswith("Zuid")
    # a relative name (a terminal in that folder) is remembered as a full path
    window.ctx.bridge.set_project(None)
    monkeypatch.chdir(path.parent)
    choose_start_file(window, ODD_NAME)
    assert window.ctx.project.path == path
    assert window.recent_files()[0] == str(path)
    # a file:// URL, as some file managers hand over
    window.ctx.bridge.set_project(None)
    url = QUrl.fromLocalFile(str(path)).toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert "%20" in url
    choose_start_file(window, url)
    assert window.ctx.project.path == path
    assert local_path("~/x.wijkdesk") == os.path.join(os.path.expanduser("~"), "x.wijkdesk")


def test_a_file_opened_in_the_finder_arrives_as_a_file_open_event(window, tmp_path):
    first = _project_file(tmp_path / "a", "Eerste.wijkdesk")
    second = _project_file(tmp_path / "b")
    app = QApplication.instance()
    handler = install_file_open_handler(app, window)
    try:
        assert window.open_path(str(first))
        accepted = QApplication.sendEvent(app, QFileOpenEvent(str(second)))
        assert accepted
        assert window.ctx.project.path == second
        url_event = QFileOpenEvent(QUrl.fromLocalFile(str(first)))
        QApplication.sendEvent(app, url_event)
        assert window.ctx.project.path == first
        # other events pass through untouched
        assert not handler.eventFilter(app, QFileOpenEvent(""))
    finally:
        app.removeEventFilter(handler)


def test_the_app_opens_a_file_with_spaces_and_accents_from_the_command_line(tmp_path):
    path = _project_file(tmp_path / "map met spaties")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WIJKDESK_EXIT_AFTER_PAINT="1",
               WIJKDESK_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               PYTHONIOENCODING="utf-8")
    script = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from wijkdesk.__main__ import main\n"
        "rc = main(sys.argv[1:])\n"
        "print('LAST', ascii(QSettings().value('lastProject')))\n"
        "sys.exit(rc)\n")
    result = subprocess.run([sys.executable, "-c", script, str(path)], env=env,
                            capture_output=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "painted" in result.stdout
    assert f"LAST {ascii(str(path))}" in result.stdout
    assert "Traceback" not in result.stderr
